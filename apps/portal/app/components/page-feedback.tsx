import { Form, useLocation } from "@remix-run/react";
import { useT } from "../lib/i18n.ts";

/** "Hade du nytta av innehållet på denna sida?" — at the end of every programme page, no JavaScript needed. */
export function PageFeedback({ slug }: { slug: string }) {
  const location = useLocation();
  const t = useT();
  const thanked = new URLSearchParams(location.search).get("sidfeedback") === "tack";
  return (
    <section className="feedback container" aria-labelledby="sidfeedback" id="sidfeedback-svar">
      {thanked ? (
        <p id="sidfeedback" role="status">
          {t("Tack för ditt svar! Det hjälper oss att göra sidorna bättre.")}
        </p>
      ) : (
        <Form method="post" action={`/${slug}/sidfeedback`}>
          <input type="hidden" name="path" value={location.pathname} />
          <fieldset>
            <legend id="sidfeedback">{t("Hade du nytta av innehållet på denna sida?")}</legend>
            <label>
              <input type="radio" name="useful" value="yes" required /> {t("Ja")}
            </label>{" "}
            <label>
              <input type="radio" name="useful" value="no" /> {t("Nej")}
            </label>
            <div className="form-row">
              <label htmlFor="sidfeedback-kommentar">{t("Vill du berätta mer? (frivilligt, svar ges inte)")}</label>
              <textarea id="sidfeedback-kommentar" name="comment" rows={2} maxLength={1000} />
            </div>
            <button type="submit" className="button button--secondary">
              {t("Skicka svar")}
            </button>
          </fieldset>
        </Form>
      )}
    </section>
  );
}
