import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { apiErrorCode, apiFor } from "../lib/api.server.ts";
import { assertSameOrigin } from "../lib/security.server.ts";
import { clearSessionCookie, getSessionToken } from "../lib/session.server.ts";

// Signing out changes state, so it is a POST; a plain visit just goes to the start page.
export const loader = () => redirect("/");

export async function action({ request }: ActionFunctionArgs) {
  // A forged sign-out is a nuisance, not a breach, but it is refused like every other post.
  assertSameOrigin(request);
  const token = await getSessionToken(request);
  if (token) {
    try {
      await apiFor({ token }).auth.logout.mutate();
    } catch (error) {
      // The browser forgets the token below whatever the API answered; an expired session
      // (UNAUTHORIZED) is already the state we want, anything else is worth a log line.
      if (apiErrorCode(error) !== "UNAUTHORIZED") console.error("Utloggningen nådde inte API:t:", error);
    }
  }
  return redirect("/logga-in", { headers: { "Set-Cookie": await clearSessionCookie() } });
}
