/**
 * The målbild elements roadmap activities and indicators point at (perspectives, statements,
 * shifts), as short quotable texts: what an id in `links` means to a reader.
 */
interface MalbildContent {
  perspectives: readonly { id: string; title: string; statements: readonly { id: string; text: string }[] }[];
  statements: readonly { id: string; text: string }[];
  shifts: readonly { id: string; fromText: string; toText: string }[];
}

export function elementTexts(malbild: MalbildContent | null): Map<string, string> {
  const texts = new Map<string, string>();
  if (!malbild) return texts;
  for (const p of malbild.perspectives) {
    texts.set(p.id, p.title);
    for (const s of p.statements) texts.set(s.id, `”${s.text}”`);
  }
  for (const s of malbild.statements) texts.set(s.id, `”${s.text}”`);
  for (const s of malbild.shifts) texts.set(s.id, `från ”${s.fromText}” till ”${s.toText}”`);
  return texts;
}

/** The texts of the linked elements that still exist in the målbild shown (older versions' links drop out). */
export const linkedTexts = (links: readonly { id: string }[], texts: ReadonlyMap<string, string>) =>
  links.map((l) => texts.get(l.id)).filter((t): t is string => t !== undefined);
