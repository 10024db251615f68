/** Today's date in Sweden as YYYY-MM-DD (what "upcoming" means to a reader here). */
export const todayInSweden = (now = new Date()) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(now);

/** Splits events into upcoming (soonest first) and past (latest first); undated ones are past, by year. */
export function splitEvents<T extends { startsOn: string | null; endsOn: string | null; year: number | null }>(events: readonly T[], today: string) {
  const upcoming = events.filter((e) => e.startsOn !== null && (e.endsOn ?? e.startsOn) >= today).sort((a, b) => a.startsOn!.localeCompare(b.startsOn!));
  const past = events
    .filter((e) => !upcoming.includes(e))
    .sort((a, b) => (b.startsOn ?? `${b.year ?? 0}`).localeCompare(a.startsOn ?? `${a.year ?? 0}`));
  return { upcoming, past };
}
