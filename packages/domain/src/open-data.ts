import { z } from "zod";

/** The largest page number and page size of the open-data lists (/api/v1/{tenant}/…). */
export const OPEN_DATA_PAGE_MAX = 100_000;
export const OPEN_DATA_PAGE_SIZE_MAX = 500;

/** A page of an open-data list, read in SQL (`limit`/`offset`). */
export const OpenDataPageInputSchema = z.object({
  page: z
    .number({ error: "Ange sidan som ett heltal." })
    .int({ error: "Ange sidan som ett heltal." })
    .min(1, { error: "Sidan finns inte." })
    .max(OPEN_DATA_PAGE_MAX, { error: "Sidan finns inte." }),
  pageSize: z
    .number({ error: "Ange sidstorleken som ett heltal." })
    .int({ error: "Ange sidstorleken som ett heltal." })
    .min(1, { error: `Sidstorleken ska vara 1–${OPEN_DATA_PAGE_SIZE_MAX}.` })
    .max(OPEN_DATA_PAGE_SIZE_MAX, { error: `Sidstorleken ska vara 1–${OPEN_DATA_PAGE_SIZE_MAX}.` }),
});
export type OpenDataPageInput = z.infer<typeof OpenDataPageInputSchema>;
