import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useT } from "../lib/i18n.ts";

/** How to print a print page (no script needed: the browser's own print does it), and the way back. */
export function PrintHint({ back, backLabel, children }: { back: string; backLabel: string; children?: ReactNode }) {
  const t = useT();
  return (
    <div className="print-hint no-print">
      <p>
        <strong>{t("Skriv ut:")}</strong>{" "}
        {t(
          "använd webbläsarens utskriftsfunktion (Ctrl + P, på Mac ⌘ + P). Sidan är anpassad för A4 och menyerna skrivs inte ut. Välj ”Spara som PDF” som skrivare om du vill ha en fil.",
        )}
      </p>
      {children}
      <p>
        <Link to={back}>{backLabel}</Link>
      </p>
    </div>
  );
}
