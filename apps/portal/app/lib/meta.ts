import { isRouteErrorResponse } from "@remix-run/react";
import { type RootData, translate } from "./i18n.ts";

const SITE = "Nära vård – målbilder";

/** "Målbild – Region Värmland – Nära vård – målbilder" */
export const pageTitle = (...parts: (string | null | undefined)[]) => [...parts.filter(Boolean), SITE].join(" – ");

/** The error page's title, in the interface language when given that language's `t()` (see `metaT`). */
export function errorTitle(error: unknown, t: (sv: string) => string = (sv) => sv) {
  if (isRouteErrorResponse(error) && error.status === 404) return pageTitle(t("Sidan finns inte"));
  if (isRouteErrorResponse(error) && error.status === 503) return pageTitle(t("Tillfälligt otillgänglig"));
  if (isRouteErrorResponse(error) && error.status === 400) return pageTitle(t("Ogiltig adress"));
  return pageTitle(t("Något gick fel"));
}

/** `t()` for a meta function: the interface language from the root loader's data among the matches. */
export function metaT(matches: readonly { id: string; data?: unknown }[]) {
  const root = matches.find((m) => m.id === "root")?.data as Partial<RootData> | undefined;
  return (sv: string) => translate(root?.lang ?? "sv", root?.english, sv);
}
