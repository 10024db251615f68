const dateFormat = new Intl.DateTimeFormat("sv-SE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("sv-SE", { month: "long", year: "numeric", timeZone: "UTC" });

/** "2022-02-11" → "11 februari 2022" (dates are calendar days: no time zone shifts them). */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** "2023-09" → "september 2023" */
export function formatMonth(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

/** A number the Swedish way: decimal comma, narrow space between thousands. */
export function formatNumber(value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat("sv-SE", { maximumFractionDigits }).format(value);
}
