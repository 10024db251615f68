import type { ActionFunctionArgs } from "@remix-run/node";
import { sameOriginPath } from "@naravard/app-server/same-origin";
import { FeedbackInputSchema } from "@naravard/domain";
import { apiFor, load } from "../lib/api.server.ts";
import { readFormData } from "../lib/request.server.ts";

/** Receives "was this page useful?" and returns the reader to the page they came from. */
export async function action({ request, params }: ActionFunctionArgs) {
  const form = Object.fromEntries(await readFormData(request));
  const parsed = FeedbackInputSchema.safeParse(form);
  // The form always sends the page's own path: any other is not a reader's answer, and is refused
  // whole rather than stored or sent back in a header.
  const badPath = parsed.error?.issues.find((issue) => issue.path[0] === "path");
  if (badPath) throw new Response(badPath.message, { status: 400, statusText: "Bad Request" });
  const home = sameOriginPath(`/${params.tenant}`, request.url);
  const path = sameOriginPath(form.path, request.url, home);
  const back = path === home || path.startsWith(`${home}/`) ? path : home;
  if (!parsed.success) return new Response(null, { status: 303, headers: { Location: `${back}#sidfeedback-svar` } });
  await load(apiFor(request, params.tenant).feedback.submit.mutate(parsed.data));
  return new Response(null, { status: 303, headers: { Location: `${back}?sidfeedback=tack#sidfeedback-svar` } });
}

export function loader() {
  throw new Response("Sidan finns inte.", { status: 404 });
}
