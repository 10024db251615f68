import type { MalbildView } from "../lib/api-types.ts";
import { useSv, useT } from "../lib/i18n.ts";

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
  const t = useT();
  const sv = useSv();
  return (
    <div className="malbild-content">
      <p className="vision" lang={sv}>
        {malbild.vision}
      </p>
      {malbild.goal ? (
        <p>
          {t("Målet:")} <strong lang={sv}>{malbild.goal}</strong>
        </p>
      ) : null}
      {malbild.introduction ? <p lang={sv}>{malbild.introduction}</p> : null}
      {malbild.perspectives.length ? (
        <section>
          <H>{t("Perspektiv")}</H>
          {malbild.perspectives.map((p) => (
            <div key={p.id} className="print-block" lang={sv}>
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
          <H>{t("Så ska invånarna uppleva det")}</H>
          <ul lang={sv}>
            {malbild.statements.map((s) => (
              <li key={s.id}>”{s.text}”</li>
            ))}
          </ul>
        </section>
      ) : null}
      {malbild.shifts.length ? (
        <section>
          <H>{t("Förflyttningar")}</H>
          <table className="shift-table">
            <caption>{t("Från – till")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("Från")}</th>
                <th scope="col">{t("Till")}</th>
              </tr>
            </thead>
            <tbody lang={sv}>
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
          <H>{t("Principer som guidar oss i arbetet")}</H>
          <ol lang={sv}>
            {malbild.principles.map((p) => (
              <li key={p.id}>{p.text}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {malbild.journey.length ? (
        <section>
          <H>{t("Gemensam färdriktning")}</H>
          <ol className="journey" lang={sv}>
            {malbild.journey.map((j) => (
              <li key={j.id}>{j.title}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {malbild.faq.length ? (
        <section>
          <H>{t("Vanliga frågor")}</H>
          {malbild.faq.map((f) => (
            <div key={f.id} className="print-block" lang={sv}>
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
