import { apiErrorCode, apiFor, clientAddress, rethrowUnexpected } from "./api.server.ts";
import { redirectWithFlash } from "./flash.server.ts";
import { commitSessionToken } from "./session.server.ts";

/**
 * Signs the person in with the password they just chose (after accepting an invitation or
 * resetting it) and takes them to `to`, the way the login page does. Should the sign-in itself be
 * refused now (too many attempts), the account is still ready: the login page takes over.
 */
export async function signInAndRedirect(request: Request, credentials: { email: string; password: string }, to: string, message: string) {
  try {
    const session = await apiFor({ clientAddress: clientAddress(request) }).auth.login.mutate(credentials);
    const cookie = await commitSessionToken(session.token, new Date(session.expiresAt));
    return await redirectWithFlash(to, message, { headers: { "Set-Cookie": cookie } });
  } catch (error) {
    if (apiErrorCode(error) === null) return rethrowUnexpected(error);
    return redirectWithFlash(`/logga-in?${new URLSearchParams({ redirectTo: to })}`, `${message} Logga in för att fortsätta.`);
  }
}
