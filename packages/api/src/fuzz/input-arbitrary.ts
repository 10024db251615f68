import fc from "fast-check";
import { z } from "zod";

/**
 * fast-check arbitraries for a procedure's input, derived from its zod schema (through zod's own
 * JSON Schema export) so a new procedure is fuzzed without anyone writing a generator for it.
 * Values are mostly *nearly* valid — the right shape with hostile leaves — because only those get
 * past validation into the queries, where a 500 would hide; every node may also be swapped for
 * garbage of the wrong type.
 */

type JsonSchema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** Characters that have broken text handling somewhere: NUL, lone surrogates, bidi overrides, zero-width, emoji, combining marks. */
const oddCharacters = ["\u0000", "\uD800", "\uDFFF", "\u202E", "\u200B", "\uFEFF", "👩‍⚕️", "e\u0301", "\u0085", "\r\n", "'", '"', "\\", "%", "<script>", "${", "--", ";"];

const oddText = fc
  .array(fc.oneof(fc.constantFrom(...oddCharacters), fc.string({ unit: "binary", maxLength: 8 }), fc.string({ maxLength: 8 })), { maxLength: 12 })
  .map((parts) => parts.join(""));

/** A string that is the right length (so it passes min/max checks) but full of odd characters. */
function textOfLength(min = 0, max = 10_000): fc.Arbitrary<string> {
  const cap = Math.min(max, min + 80);
  return fc.tuple(oddText, fc.string({ unit: "grapheme", minLength: min, maxLength: cap })).map(([odd, filler]) => {
    const text = (odd + filler).slice(0, max);
    return text.length >= min ? text : text.padEnd(min, "å");
  });
}

const boundaryDates = ["0000-01-01", "0001-01-01", "1969-12-31", "1970-01-01", "2000-02-29", "2024-02-29", "2025-02-29", "2026-12-31", "9999-12-31", "2026-13-01", "2026-00-10", "2026-04-31", "26-01-01", "2026-1-1", "2026-01-01T00:00:00Z", "+275760-09-13", ""];

/** A deeply nested object: parsers that recurse naively blow the stack on these. */
const deepObject = fc.integer({ min: 50, max: 5_000 }).map((depth) => {
  let value: unknown = "botten";
  for (let i = 0; i < depth; i++) value = i % 2 ? { nested: value } : [value];
  return value;
});

/** Values of the wrong type for any position. */
export const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, true, false, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 31, 2 ** 53 + 1, -1e308, "", " ", "null", "undefined", "true", "0", "[]", "{}"),
  fc.constantFrom<unknown>([], {}, [[]], { toString: "x" }, JSON.parse('{"__proto__": {"polluted": true}}'), new Date(Number.NaN), new Date(8.64e15), 10n ** 30n),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.integer().map((n) => "x".repeat(Math.abs(n % 5) * 50_000 + 1)),
  fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true }),
  deepObject,
);

function stringArbitrary(schema: JsonSchema, pool: IdPool): fc.Arbitrary<unknown> {
  if (schema.format === "uuid")
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...pool.own, ...pool.other) },
      { weight: 2, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: fc.constantFrom("00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "00000000-0000-0000-0000-00000000000g", "") },
    );
  if (schema.format === "date")
    return fc.oneof(
      fc.constantFrom(...boundaryDates),
      fc.date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    );
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 10_000;
  const choices: fc.WeightedArbitrary<unknown>[] = [
    { weight: 4, arbitrary: textOfLength(min, max) },
    { weight: 1, arbitrary: fc.constantFrom("x".repeat(max + 1), "x".repeat(Math.max(0, min - 1)), " ".repeat(Math.max(min, 1)), "\u0000".repeat(Math.max(min, 1))) },
  ];
  if (schema.pattern) {
    // Matching the pattern gets past the regex; suffixing an odd character probes what the regex lets through.
    const matching = fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= max);
    choices.push({ weight: 4, arbitrary: matching }, { weight: 1, arbitrary: fc.tuple(matching, fc.constantFrom(...oddCharacters)).map(([s, c]) => s + c) });
  }
  return fc.oneof(...choices);
}

function numberArbitrary(schema: JsonSchema): fc.Arbitrary<unknown> {
  const min = schema.minimum ?? schema.exclusiveMinimum ?? -(2 ** 31);
  const max = schema.maximum ?? schema.exclusiveMaximum ?? 2 ** 31;
  const boundaries = [min, max, min - 1, max + 1, 0, -1, 0.5, min + 0.5, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 31, -(2 ** 31) - 1];
  const inRange = schema.type === "integer" ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
  return fc.oneof({ weight: 3, arbitrary: inRange }, { weight: 2, arbitrary: fc.constantFrom(...boundaries) });
}

/** A nearly valid value for `schema`, any node of which may be garbage instead. */
export function arbitraryFor(schema: JsonSchema, pool: IdPool, depth = 0): fc.Arbitrary<unknown> {
  const nearlyValid = shapeFor(schema, pool, depth);
  return fc.oneof({ weight: 8, arbitrary: nearlyValid }, { weight: 1, arbitrary: garbage });
}

function shapeFor(schema: JsonSchema, pool: IdPool, depth: number): fc.Arbitrary<unknown> {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches?.length) return fc.oneof(...branches.map((b) => arbitraryFor(b, pool, depth + 1)));
  if (schema.allOf?.length) return arbitraryFor(Object.assign({}, ...schema.allOf) as JsonSchema, pool, depth + 1);
  if (schema.enum) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...schema.enum) }, { weight: 1, arbitrary: oddText });
  if (schema.const !== undefined) return fc.constant(schema.const);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      return stringArbitrary(schema, pool);
    case "integer":
    case "number":
      return numberArbitrary(schema);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const item = schema.items && depth < 6 ? arbitraryFor(schema.items, pool, depth + 1) : garbage;
      const maxLength = Math.min(schema.maxItems ?? 6, 6);
      return fc.oneof(
        { weight: 4, arbitrary: fc.array(item, { minLength: Math.min(schema.minItems ?? 0, maxLength), maxLength }) },
        { weight: 1, arbitrary: fc.array(item, { minLength: (schema.maxItems ?? 200) + 1, maxLength: (schema.maxItems ?? 200) + 1 }) },
      );
    }
    case "object": {
      if (!schema.properties || depth >= 6) return fc.dictionary(fc.string({ maxLength: 10 }), garbage, { maxKeys: 4 });
      const required = new Set(schema.required ?? []);
      const record = fc.record(
        Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, arbitraryFor(value, pool, depth + 1)])),
        { requiredKeys: Object.keys(schema.properties).filter((key) => required.has(key)) },
      );
      // Extra keys must be ignored, never stored.
      return fc.tuple(record, fc.dictionary(fc.constantFrom("tenantId", "id", "createdBy", "role", "isPlatformAdmin", "__proto__", "constructor"), garbage, { maxKeys: 2 })).map(([r, extra]) => ({ ...extra, ...r }));
    }
    default:
      return garbage;
  }
}

/** Real ids to aim at: the caller's own tenant's (reaching deep into the queries) and another tenant's (which must look missing). */
export interface IdPool {
  own: string[];
  other: string[];
}

/** The arbitrary for a procedure's input: none when it takes none (garbage is still sent, and must be ignored). */
export function inputArbitrary(inputs: readonly unknown[], pool: IdPool): fc.Arbitrary<unknown> {
  const parser = inputs[0];
  if (!(parser instanceof z.ZodType)) return garbage;
  const schema = z.toJSONSchema(parser, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return arbitraryFor(schema, pool);
}
