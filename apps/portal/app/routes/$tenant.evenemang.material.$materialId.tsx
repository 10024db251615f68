import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiFor, load } from "../lib/api.server.ts";

/** Downloads an uploaded slide deck (PDF) as a file. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const file = await load(apiFor(request, params.tenant).event.material.query({ materialId: params.materialId ?? "" }));
  const name = file.fileName ?? "material.pdf";
  return new Response(Buffer.from(file.base64, "base64"), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=300",
    },
  });
}
