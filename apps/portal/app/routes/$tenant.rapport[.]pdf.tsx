import type { LoaderFunctionArgs } from "@remix-run/node";
import { loadReport } from "../lib/report.server.ts";
import { reportPdf } from "../lib/report-pdf.server.ts";
import { todayInSweden } from "../lib/dates.ts";
import { PDF_HEADERS } from "../lib/feeds.server.ts";

/** The follow-up report as a PDF file (resource route: no page around it). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { report, tenant, settings, adoption } = await loadReport(request, params.tenant);
  const url = new URL(request.url);
  const pdf = await reportPdf({
    report,
    adoption,
    programmeName: tenant.programmeName,
    organisation: tenant.name,
    accent: settings.accentColor,
    terms: settings.terms,
    source: `${url.origin}/${tenant.slug}/rapport`,
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${tenant.slug}-uppfoljningsrapport-${todayInSweden()}.pdf"`,
      "Content-Length": String(pdf.length),
      // The page cache in front of Remix may keep it (same day, same data); browsers ask again.
      "Cache-Control": "no-cache",
      ...PDF_HEADERS,
    },
  });
}
