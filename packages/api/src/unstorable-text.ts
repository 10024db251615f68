import { z } from "zod";

/**
 * Text PostgreSQL cannot store faithfully: NUL is refused outright (a 500 if it gets that far) and
 * a lone UTF-16 surrogate is silently turned into U+FFFD on the way in. Found anywhere in an
 * input, the request is refused up front with the field's path, so every procedure — present and
 * future — answers BAD_REQUEST instead of failing in the query.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for.
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Deeper than any real input; zod refuses such shapes anyway, so the walk stops there. */
const MAX_DEPTH = 32;

/** Paths (as zod would name them) of every string, key included, that cannot be stored. */
export function findUnstorableText(input: unknown): (string | number)[][] {
  const found: (string | number)[][] = [];
  const seen = new Set<object>();
  // Iterative so a maliciously deep input cannot exhaust the stack.
  const queue: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  while (queue.length > 0 && found.length < 50) {
    const { value, path } = queue.pop()!;
    if (typeof value === "string") {
      if (unstorable.test(value)) found.push(path);
      continue;
    }
    if (typeof value !== "object" || value === null || seen.has(value) || path.length >= MAX_DEPTH) continue;
    seen.add(value);
    if (Array.isArray(value)) value.forEach((item, index) => queue.push({ value: item, path: [...path, index] }));
    else
      for (const [key, item] of Object.entries(value)) {
        if (unstorable.test(key)) found.push([...path, key]);
        queue.push({ value: item, path: [...path, key] });
      }
  }
  return found;
}

/**
 * The refusal as a zod error (made by parsing, so it is a real Error and the error formatter
 * passes its field errors on like any other validation failure).
 */
export function unstorableTextError(paths: (string | number)[][]) {
  const refusal = z.unknown().superRefine((_, ctx) => {
    for (const path of paths) ctx.addIssue({ code: "custom", path, message: "Texten innehåller ett tecken som inte kan sparas. Ta bort det och försök igen." });
  });
  return refusal.safeParse(null).error;
}
