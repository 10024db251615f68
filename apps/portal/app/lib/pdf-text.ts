/**
 * The PDF uses the standard Helvetica, which every reader has and which needs no font file; it
 * covers the WinAnsi character set: all of Swedish (å ä ö é ü), typographic quotes and dashes.
 * Anything outside it would print as a blank box, so it is replaced by its nearest equivalent.
 */

/** Characters above Latin-1 that WinAnsi still has (quotes, dashes, bullet, euro …). */
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

const NEAREST: Record<string, string> = {
  "\u2212": "-", // minus sign (Intl writes negative numbers with it)
  "\u2010": "-",
  "\u2011": "-",
  "\u202f": " ", // narrow no-break space (some number formats)
  "\u2009": " ",
  "\u2007": " ",
  "\u200b": "",
  "\u00ad": "",
  "\u2192": "->",
  "\u2190": "<-",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2248": "~",
  "\u25c6": "*",
  "\u2713": "x",
  "\u2032": "'",
  "\u2033": '"',
};

const printable = (ch: string) => {
  const code = ch.codePointAt(0)!;
  return ch === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch);
};

export function pdfSafe(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) out += printable(ch) ? ch : (NEAREST[ch] ?? "?");
  return out;
}
