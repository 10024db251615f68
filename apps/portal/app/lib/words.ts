/** "färdplan" → "Färdplan": a programme's own term at the start of a heading or link. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "1 kommun", "3 kommuner": a count with the right form of its noun. */
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
