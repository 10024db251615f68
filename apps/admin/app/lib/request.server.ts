import { MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";

/**
 * The posted form. A body that is not a form (a script posting JSON, a cut-off upload) answers
 * 400 with the Swedish error page rather than crashing the action with a 500.
 */
export async function readFormData(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new Response("Förfrågan kunde inte läsas.", { status: 400, statusText: "Bad Request" });
  }
}

export const isMultipart = (request: Request) => (request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data");

/**
 * Reads an upload with every part (a file, or a text field) capped at `maxPartSize` bytes while it
 * streams in, so an oversized file is refused without being held in memory whole.
 */
export async function readUpload(request: Request, maxPartSize: number): Promise<FormData | "too-large"> {
  try {
    return await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize }));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return "too-large";
    throw new Response("Förfrågan kunde inte läsas.", { status: 400, statusText: "Bad Request" });
  }
}
