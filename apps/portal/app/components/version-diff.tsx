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

const Label = ({ kind }: { kind: keyof typeof changeLabel }) => (
  <span className={`diff__label diff__label--${kind}`}>{changeLabel[kind]}</span>
);

function Item({ item }: { item: DiffItem }) {
  switch (item.kind) {
    case "skipped":
      return <li className="diff__skipped">{item.count === 1 ? "1 oförändrad rad" : `${item.count} oförändrade rader`}</li>;
    case "unchanged":
      return (
        <li className="diff__unchanged">
          <span className="visually-hidden">Oförändrat: </span>
          <span className="diff__text">{item.text}</span>
        </li>
      );
    case "added":
      return (
        <li className="diff__added">
          <Label kind="added" /> <ins className="diff__text">{item.text}</ins>
        </li>
      );
    case "removed":
      return (
        <li className="diff__removed">
          <Label kind="removed" /> <del className="diff__text">{item.text}</del>
        </li>
      );
    case "changed":
      return <Changed line={item} />;
  }
}

function Changed({ line }: { line: Extract<DiffLine, { kind: "changed" }> }) {
  return (
    <li className="diff__changed">
      <Label kind="changed" />
      <span className="diff__pair">
        <span>
          Före: <del className="diff__text">{line.before}</del>
        </span>
        <span>
          Efter: <ins className="diff__text">{line.after}</ins>
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
  if (diff.identical) return <p>Innehållet är detsamma som i version {previous}.</p>;
  return (
    <div className="diff-view">
      <p>
        <strong>{diffSummary(diffCounts(diff))}</strong> jämfört med version {previous}.
      </p>
      {diff.fields.length ? (
        <section aria-labelledby="andrat-grund">
          <h3 id="andrat-grund">Rubrik, vision och inledning</h3>
          <ul className="diff">
            {diff.fields.map((f) => (
              <li key={f.field} className="diff__changed">
                <Label kind="changed" /> <strong>{fieldLabel[f.field]}</strong>
                <span className="diff__pair">
                  <span>Före: {f.before ? <del className="diff__text">{f.before}</del> : <em>(tomt)</em>}</span>
                  <span>Efter: {f.after ? <ins className="diff__text">{f.after}</ins> : <em>(tomt)</em>}</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {changedSections(diff).map((s) => (
        <section key={s.section} aria-labelledby={`andrat-${s.section}`}>
          <h3 id={`andrat-${s.section}`}>{sectionLabel[s.section]}</h3>
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
