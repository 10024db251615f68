import { useEffect, useRef, useState } from "react";
import { type OneTimeLink, formatDateTime, mailtoFor } from "../lib/people-forms.ts";

/**
 * A link just made, shown once: as text to copy (the admin sends no e-mail), and as a mailto the
 * coordinator may use instead. Focus moves here so keyboard and screen-reader users find it.
 */
export function OneTimeLinkPanel({ link, programme, id }: { link: OneTimeLink; programme: string; id: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [link.url]);
  // The copy button needs a script and the clipboard; without them the text field is copied by hand.
  const [canCopy, setCanCopy] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => setCanCopy(typeof navigator !== "undefined" && !!navigator.clipboard), []);
  useEffect(() => setCopied(null), [link.url]);
  const copy = () =>
    navigator.clipboard.writeText(link.url).then(
      () => setCopied("Länken är kopierad."),
      () => setCopied("Länken gick inte att kopiera. Markera texten och kopiera den."),
    );
  const title = link.kind === "invitation" ? "Inbjudningslänk" : "Länk för nytt lösenord";
  return (
    <section className="panel one-time-link" aria-labelledby={`${id}-rubrik`} id={id}>
      <h2 id={`${id}-rubrik`} tabIndex={-1} ref={heading}>
        {title} till {link.recipient}
      </h2>
      <p>
        Kopiera länken och skicka den till {link.email}. Den visas bara nu, fungerar en gång och gäller till {formatDateTime(link.expiresAt)}.
      </p>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-adress`}>
          {title}
        </label>
        <input className="input" id={`${id}-adress`} type="text" readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} />
      </div>
      {canCopy ? (
        <p>
          <button type="button" className="button button--secondary button--small" onClick={copy}>
            Kopiera länken
          </button>{" "}
          <span role="status">{copied}</span>
        </p>
      ) : null}
      <p>
        <a href={mailtoFor(link, programme)}>Skicka länken med ditt e-postprogram</a>
      </p>
    </section>
  );
}
