import { useRouteLoaderData } from "@remix-run/react";

/**
 * The portal's interface in Swedish (the source) and English. Keys are the Swedish texts, so a page
 * reads naturally and a missing translation falls back to Swedish; a test checks that every text
 * passed to `t()` in the portal has an English entry. Content (the programmes' own texts) is not
 * translated: it keeps `lang="sv"` when the interface is in English.
 */
export type Lang = "sv" | "en";

export const LANG_COOKIE = "sprak";


/** The English texts (english.server.ts), sent by the root loader to English pages only. */
export type Dictionary = Record<string, string> | null;

/** What the root loader returns. */
export interface RootData {
  lang: Lang;
  english: Dictionary;
}

/** A Swedish interface text in `lang`, with the dictionary the root loader sent. */
export function translate(lang: Lang, dictionary: Dictionary | undefined, sv: string): string {
  return lang === "en" ? (dictionary?.[sv] ?? sv) : sv;
}

/** The current interface language, from the root loader (a cookie set by the language switch). */
export function useLang(): Lang {
  const root = useRouteLoaderData<RootData>("root");
  return root?.lang ?? "sv";
}

/** The English texts on an English page; null on a Swedish one. */
export function useDictionary(): Dictionary {
  return useRouteLoaderData<RootData>("root")?.english ?? null;
}

/** `"sv"` when the interface is in English, for content that stays Swedish; otherwise nothing (the page is Swedish). */
export function useSv(): "sv" | undefined {
  return useLang() === "en" ? "sv" : undefined;
}

export function useT() {
  const lang = useLang();
  const dictionary = useDictionary();
  return (sv: string) => translate(lang, dictionary, sv);
}

export function langFromCookie(header: string | null): Lang {
  const match = /(?:^|;\s*)sprak=(sv|en)(?:;|$)/.exec(header ?? "");
  return match?.[1] === "en" ? "en" : "sv";
}
