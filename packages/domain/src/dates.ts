import { z } from "zod";

/**
 * A calendar date as ÅÅÅÅ-MM-DD. zod's ISO date accepts year 0000, which PostgreSQL's `date` does
 * not have (the calendar goes from 1 BC to AD 1): left alone it fails in the query as a 500.
 */
export const isoDate = (message: string) =>
  z.iso.date({ error: message }).refine((date) => !date.startsWith("0000-"), { error: "Ange ett datum från år 1 och framåt." });
