import type { SavedNow } from "../lib/roadmap-form-data.ts";

/**
 * What someone else saved while this user was editing, shown under the form after a conflict so
 * they can compare and merge by hand; the form keeps what they typed. Every edit form shares it:
 * a single text (the målbild's vision and statements) or the item's facts, label by label.
 */
export function SavedByOthers({ text }: { text: string }) {
  return (
    <div className="saved-by-others">
      <p className="saved-by-others__label">Det här är sparat nu:</p>
      <blockquote>{text}</blockquote>
    </div>
  );
}

export function SavedNowFacts({ saved }: { saved: SavedNow }) {
  return (
    <div className="saved-by-others">
      <p className="saved-by-others__label">Det här är sparat nu:</p>
      <dl className="saved-facts">
        {saved.facts.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value || "–"}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
