import { isRouteErrorResponse } from "@remix-run/react";

const SITE = "Nära vård administration";

/** "Redigera målbilden – Region Värmland – Nära vård administration": most specific first. */
export const pageTitle = (...parts: (string | undefined)[]) => [...parts.filter(Boolean), SITE].join(" – ");

/** The title of an error page, matching what the error boundary says. */
export const errorTitle = (error: unknown) =>
  pageTitle(isRouteErrorResponse(error) && error.status === 404 ? "Sidan finns inte" : "Något gick fel");
