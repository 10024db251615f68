import type { ActionFunctionArgs } from "@remix-run/node";
import { FeedbackInputSchema } from "@naravard/domain";
import { apiFor, load } from "../lib/api.server.ts";
import { readFormData } from "../lib/request.server.ts";

/** Receives "was this page useful?" and returns the reader to the page they came from. */
export async function action({ request, params }: ActionFunctionArgs) {
  const form = Object.fromEntries(await readFormData(request));
  const parsed = FeedbackInputSchema.safeParse(form);
  const back =
    typeof form.path === "string" && form.path.startsWith(`/${params.tenant}`) && !form.path.startsWith("//")
      ? form.path
      : `/${params.tenant}`;
  if (!parsed.success) return new Response(null, { status: 303, headers: { Location: `${back}#sidfeedback-svar` } });
  await load(apiFor(request, params.tenant).feedback.submit.mutate(parsed.data));
  return new Response(null, { status: 303, headers: { Location: `${back}?sidfeedback=tack#sidfeedback-svar` } });
}

export function loader() {
  throw new Response("Sidan finns inte.", { status: 404 });
}
