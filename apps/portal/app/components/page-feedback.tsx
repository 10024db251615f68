import { Form, useLocation } from "@remix-run/react";

/** "Hade du nytta av innehållet på denna sida?" — at the end of every programme page, no JavaScript needed. */
export function PageFeedback({ slug }: { slug: string }) {
  const location = useLocation();
  const thanked = new URLSearchParams(location.search).get("sidfeedback") === "tack";
  return (
    <section className="feedback container" aria-labelledby="sidfeedback" id="sidfeedback-svar">
      {thanked ? (
        <p id="sidfeedback" role="status">
          Tack för ditt svar! Det hjälper oss att göra sidorna bättre.
        </p>
      ) : (
        <Form method="post" action={`/${slug}/sidfeedback`}>
          <input type="hidden" name="path" value={location.pathname} />
          <fieldset>
            <legend id="sidfeedback">Hade du nytta av innehållet på denna sida?</legend>
            <label>
              <input type="radio" name="useful" value="yes" required /> Ja
            </label>{" "}
            <label>
              <input type="radio" name="useful" value="no" /> Nej
            </label>
            <div className="form-row">
              <label htmlFor="sidfeedback-kommentar">Vill du berätta mer? (frivilligt, svar ges inte)</label>
              <textarea id="sidfeedback-kommentar" name="comment" rows={2} maxLength={1000} />
            </div>
            <button type="submit" className="button button--secondary">
              Skicka svar
            </button>
          </fieldset>
        </Form>
      )}
    </section>
  );
}
