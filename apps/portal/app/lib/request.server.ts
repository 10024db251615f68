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
