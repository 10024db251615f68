import type { DiffLine, MalbildDiff } from "@naravard/domain";
import {
  type DiffItem,
  changeLabel,
  changedSections,
  diffCounts,
  diffSummary,
  fieldLabel,
  foldUnchanged,
  sectionLabel,
} from "../lib/diff-view.ts";
import { useLang, useSv, useT } from "../lib/i18n.ts";

function Label({ kind }: { kind: keyof typeof changeLabel }) {
  const t = useT();
  return <span className={`diff__label diff__label--${kind}`}>{t(changeLabel[kind])}</span>;
}

function Item({ item }: { item: DiffItem }) {
  const t = useT();
  const sv = useSv();
  const en = useLang() === "en";
  switch (item.kind) {
    case "skipped":
      return (
        <li className="diff__skipped">
          {en
            ? `${item.count} unchanged ${item.count === 1 ? "line" : "lines"}`
            : item.count === 1
              ? "1 oförändrad rad"
              : `${item.count} oförändrade rader`}
        </li>
      );
    case "unchanged":
      return (
        <li className="diff__unchanged">
          <span className="visually-hidden">{t("Oförändrat:")} </span>
          <span className="diff__text" lang={sv}>
            {item.text}
          </span>
        </li>
      );
    case "added":
      return (
        <li className="diff__added">
          <Label kind="added" />{" "}
          <ins className="diff__text" lang={sv}>
            {item.text}
          </ins>
        </li>
      );
    case "removed":
      return (
        <li className="diff__removed">
          <Label kind="removed" />{" "}
          <del className="diff__text" lang={sv}>
            {item.text}
          </del>
        </li>
      );
    case "changed":
      return <Changed line={item} />;
  }
}

function Changed({ line }: { line: Extract<DiffLine, { kind: "changed" }> }) {
  const t = useT();
  const sv = useSv();
  return (
    <li className="diff__changed">
      <Label kind="changed" />
      <span className="diff__pair">
        <span>
          {t("Före:")}{" "}
          <del className="diff__text" lang={sv}>
            {line.before}
          </del>
        </span>
        <span>
          {t("Efter:")}{" "}
          <ins className="diff__text" lang={sv}>
            {line.after}
          </ins>
        </span>
      </span>
    </li>
  );
}

/**
 * What changed from the previous version, readable without colour: every change carries the word
 * "Tillagt", "Borttaget" or "Ändrat", in ins/del markup; unchanged stretches are folded away.
 */
export function VersionDiff({ diff, previous }: { diff: MalbildDiff; previous: number }) {
  const t = useT();
  const sv = useSv();
  const en = useLang() === "en";
  if (diff.identical)
    return (
      <p>{en ? `The content is the same as in version ${previous}.` : `Innehållet är detsamma som i version ${previous}.`}</p>
    );
  const counts = diffCounts(diff);
  const total = counts.added + counts.removed + counts.changed;
  const summary = en
    ? total === 0
      ? "No changes"
      : `${total} ${total === 1 ? "change" : "changes"}: ${[
          counts.added ? `${counts.added} added` : null,
          counts.removed ? `${counts.removed} removed` : null,
          counts.changed ? `${counts.changed} changed` : null,
        ]
          .filter(Boolean)
          .join(", ")
          .replace(/, ([^,]*)$/, " and $1")}`
    : diffSummary(counts);
  return (
    <div className="diff-view">
      <p>
        <strong>{summary}</strong> {t("jämfört med version")} {previous}.
      </p>
      {diff.fields.length ? (
        <section aria-labelledby="andrat-grund">
          <h3 id="andrat-grund">{t("Rubrik, vision och inledning")}</h3>
          <ul className="diff">
            {diff.fields.map((f) => (
              <li key={f.field} className="diff__changed">
                <Label kind="changed" /> <strong>{t(fieldLabel[f.field])}</strong>
                <span className="diff__pair">
                  <span>
                    {t("Före:")}{" "}
                    {f.before ? (
                      <del className="diff__text" lang={sv}>
                        {f.before}
                      </del>
                    ) : (
                      <em>({t("tomt")})</em>
                    )}
                  </span>
                  <span>
                    {t("Efter:")}{" "}
                    {f.after ? (
                      <ins className="diff__text" lang={sv}>
                        {f.after}
                      </ins>
                    ) : (
                      <em>({t("tomt")})</em>
                    )}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {changedSections(diff).map((s) => (
        <section key={s.section} aria-labelledby={`andrat-${s.section}`}>
          <h3 id={`andrat-${s.section}`}>{t(sectionLabel[s.section])}</h3>
          <ul className="diff">
            {foldUnchanged(s.lines).map((item, i) => (
              <Item key={i} item={item} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
