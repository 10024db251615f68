/**
 * Swedish alphabetical order (… X, Y, Z, Å, Ä, Ö). The embedded database has no ICU collations and
 * sorts Ä before Å, so names are ordered here rather than by the database.
 */
const collator = new Intl.Collator("sv", { sensitivity: "base", numeric: true });

export const compareSwedish = (a: string, b: string): number => collator.compare(a, b);

export function sortBySwedishName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareSwedish(a.name, b.name));
}

/** Orders items by their explicit position, the order an author gave them. */
export function byPosition<T extends { position: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.position - b.position);
}
