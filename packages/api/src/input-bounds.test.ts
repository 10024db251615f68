import { describe, expect, it } from "vitest";
import { z } from "zod";
import { procedures } from "./fuzz/procedure-fuzz.ts";

/**
 * Where a procedure's input leaves a string or a list unbounded, in zod's own JSON Schema of it. A
 * string is bounded by a maximum length, by being one of fixed values, or by a pattern without
 * open-ended repetition (a uuid, a date, a code of so many digits); a list by a maximum count.
 */
function unbounded(schema: Record<string, unknown>, at: string): string[] {
  const found: string[] = [];
  const types = ([] as unknown[]).concat(schema.type ?? []);
  for (const key of ["anyOf", "oneOf", "allOf"] as const)
    for (const part of (schema[key] as Record<string, unknown>[] | undefined) ?? []) found.push(...unbounded(part, at));
  if (types.includes("string") && schema.maxLength === undefined && schema.enum === undefined && schema.const === undefined) {
    const pattern = typeof schema.pattern === "string" ? schema.pattern : null;
    if (!pattern || /(?<!\\)[*+]|\{\d+,\}/.test(pattern)) found.push(`${at}: text without a maximum length`);
  }
  if (types.includes("array")) {
    if (schema.maxItems === undefined) found.push(`${at}: list without a maximum count`);
    if (schema.items) found.push(...unbounded(schema.items as Record<string, unknown>, `${at}[]`));
  }
  for (const [name, property] of Object.entries((schema.properties as Record<string, Record<string, unknown>> | undefined) ?? {}))
    found.push(...unbounded(property, `${at}.${name}`));
  return found;
}

describe("the bounds of every procedure's input", () => {
  it("limits every text and every list, so no input is unbounded and a loosened bound is noticed", () => {
    const found = procedures.flatMap(([path, procedure]) => {
      const parser = procedure._def.inputs[0];
      return parser instanceof z.ZodType
        ? unbounded(z.toJSONSchema(parser, { io: "input", unrepresentable: "any" }) as Record<string, unknown>, path)
        : [];
    });
    expect(found).toEqual([]);
  });
});
