import type { MalbildView } from "../lib/api-types.ts";

type Content = Pick<
  MalbildView,
  "vision" | "goal" | "introduction" | "perspectives" | "statements" | "shifts" | "principles" | "journey" | "faq"
>;

/**
 * A målbild's whole content, open and in order, for reading top to bottom or on paper (no
 * collapsed parts). `level` is the heading level of its sections, so it fits under any heading.
 */
export function MalbildContent({ malbild, level = 2 }: { malbild: Content; level?: 2 | 3 }) {
  const H = `h${level}` as const;
  const Sub = `h${level + 1}` as "h3" | "h4";
  return (
    <div className="malbild-content">
      <p className="vision">{malbild.vision}</p>
      {malbild.goal ? (
        <p>
          Målet: <strong>{malbild.goal}</strong>
        </p>
      ) : null}
      {malbild.introduction ? <p>{malbild.introduction}</p> : null}
      {malbild.perspectives.length ? (
        <section>
          <H>Perspektiv</H>
          {malbild.perspectives.map((p) => (
            <div key={p.id} className="print-block">
              <Sub>{p.title}</Sub>
              {p.description ? <p>{p.description}</p> : null}
              {p.statements.length ? (
                <ul>
                  {p.statements.map((s) => (
                    <li key={s.id}>”{s.text}”</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
        </section>
      ) : null}
      {malbild.statements.length ? (
        <section>
          <H>Så ska invånarna uppleva det</H>
          <ul>
            {malbild.statements.map((s) => (
              <li key={s.id}>”{s.text}”</li>
            ))}
          </ul>
        </section>
      ) : null}
      {malbild.shifts.length ? (
        <section>
          <H>Förflyttningar</H>
          <table className="shift-table">
            <caption>Från – till</caption>
            <thead>
              <tr>
                <th scope="col">Från</th>
                <th scope="col">Till</th>
              </tr>
            </thead>
            <tbody>
              {malbild.shifts.map((s) => (
                <tr key={s.id}>
                  <td>{s.fromText}</td>
                  <td>{s.toText}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {malbild.principles.length ? (
        <section>
          <H>Principer som guidar oss i arbetet</H>
          <ol>
            {malbild.principles.map((p) => (
              <li key={p.id}>{p.text}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {malbild.journey.length ? (
        <section>
          <H>Gemensam färdriktning</H>
          <ol className="journey">
            {malbild.journey.map((j) => (
              <li key={j.id}>{j.title}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {malbild.faq.length ? (
        <section>
          <H>Vanliga frågor</H>
          {malbild.faq.map((f) => (
            <div key={f.id} className="print-block">
              <Sub>{f.question}</Sub>
              {f.answer.split("\n\n").map((para, i) => (
                <p key={i}>{para}</p>
              ))}
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}
