import { isRouteErrorResponse } from "@remix-run/react";

const SITE = "Nära vård – målbilder";

/** "Målbild – Region Värmland – Nära vård – målbilder" */
export const pageTitle = (...parts: (string | null | undefined)[]) => [...parts.filter(Boolean), SITE].join(" – ");

export function errorTitle(error: unknown) {
  if (isRouteErrorResponse(error) && error.status === 404) return pageTitle("Sidan finns inte");
  if (isRouteErrorResponse(error) && error.status === 503) return pageTitle("Tillfälligt otillgänglig");
  if (isRouteErrorResponse(error) && error.status === 400) return pageTitle("Ogiltig adress");
  return pageTitle("Något gick fel");
}
