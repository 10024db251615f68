import { Link } from "@remix-run/react";

/**
 * A one-time link that no longer works (used, too old, revoked or mistyped). The API cannot tell
 * which, on purpose: it keeps only the links' hashes. The next step is the same in every case.
 */
export function InvalidLink({ kind }: { kind: "invitation" | "reset" }) {
  return (
    <div className="narrow">
      <h1>{kind === "invitation" ? "Inbjudan går inte att använda" : "Länken går inte att använda"}</h1>
      <p>
        Länken är redan använd, för gammal eller felaktig. {kind === "invitation" ? "En inbjudan gäller i en vecka" : "En länk för nytt lösenord gäller i ett dygn"}{" "}
        och fungerar bara en gång.
      </p>
      <p>
        {kind === "invitation"
          ? "Be programmets samordnare om en ny inbjudan. Har du redan tackat ja kan du logga in som vanligt."
          : "Be programmets samordnare om en ny länk."}
      </p>
      <p>
        <Link to="/logga-in">Till inloggningen</Link>
      </p>
    </div>
  );
}
