import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { MAX_DEPTH, MAX_NODES, checkedInput, transformer } from "./transformer.ts";

/**
 * The router's transformer (issue 20): what superjson makes of plain data passes unchanged, and
 * whatever else a client sends is BAD_REQUEST, never an error from inside superjson (a stack
 * overflow, a TypeError) and never a value built from cycles.
 */
const refused = (input: unknown) => {
  try {
    transformer.input.deserialize(input);
  } catch (error) {
    return error instanceof TRPCError && error.code === "BAD_REQUEST";
  }
  return false;
};

// Plain data as the apps send it: Dates, undefined, Maps, Sets, bigints, NaN, nested.
const leaf = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: true }),
  fc.bigInt(),
  fc.constant(Number.NaN),
  fc.constant(-Infinity),
);
const plain = fc.letrec((tie) => ({
  value: fc.oneof({ maxDepth: 4 }, leaf, tie("array"), tie("object"), tie("map"), tie("set")),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), tie("value"), { maxKeys: 4 }),
  map: fc
    .array(fc.tuple(fc.oneof(fc.string(), fc.date({ noInvalidDate: true })), tie("value")), { maxLength: 3 })
    .map((entries) => new Map(entries)),
  set: fc.array(leaf, { maxLength: 3 }).map((items) => new Set(items)),
})).value;

describe("the API's superjson transformer", () => {
  it("reads back whatever superjson makes of plain data", () => {
    fc.assert(
      fc.property(plain, (value) => {
        expect(transformer.input.deserialize(JSON.parse(JSON.stringify(superjson.serialize({ value, again: value }))))).toEqual({
          value,
          again: value,
        });
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a meta superjson would walk for ever, or anywhere, with BAD_REQUEST", () => {
    for (const meta of [
      { values: "x" },
      { values: "x", v: 1 },
      { values: { q: "abc" }, v: 1 },
      { values: { q: ["Date", "x"] }, v: 1 },
      { values: { nope: ["Date"] }, v: 1 },
      { values: { q: ["Error"] }, v: 1 },
      { values: { q: [["class", "X"]] }, v: 1 },
      { values: { "__proto__.x": ["Date"] }, v: 1 },
      { values: { q: ["map"] }, v: 1 },
      { values: { q: ["bigint"] }, v: 1 },
      { referentialEqualities: { q: ["q.x"] }, v: 1 },
      { referentialEqualities: [["nope"]], v: 1 },
      { v: 1, extra: 1 },
    ])
      expect(refused({ json: { q: "ab" }, meta }), JSON.stringify(meta)).toBe(true);
    expect(refused({ json: "x".repeat(10), meta: { values: ["bigint"], v: 1 } })).toBe(true);
    expect(refused({ json: {}, other: 1 })).toBe(true);
    expect(refused("x")).toBe(true);
  });

  it("never lets superjson fail on what it accepts, for any meta", () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    const path = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("0", "a", "0.0", "a.b", "a\\.b", "0.1", ""));
    const type = fc.constantFrom<unknown>(
      "Date",
      "undefined",
      "bigint",
      "number",
      "set",
      "map",
      "Error",
      "regexp",
      ["class", "X"],
      1,
    );
    const node: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      node: fc.oneof(
        { maxDepth: 3 },
        fc.tuple(type),
        fc.tuple(type, fc.dictionary(path, tie("node"), { maxKeys: 3 })),
        fc.jsonValue({ maxDepth: 2 }),
      ),
    })).node;
    const meta = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.record({ values: fc.oneof(node, fc.dictionary(path, node, { maxKeys: 4 })), v: fc.constant(1) }),
      fc.record({
        referentialEqualities: fc.oneof(fc.dictionary(path, fc.array(path)), fc.tuple(fc.array(path))),
        v: fc.constant(1),
      }),
    );
    fc.assert(
      fc.property(json, meta, (json, meta) => {
        let checked: ReturnType<typeof checkedInput>;
        try {
          checked = checkedInput({ json, meta });
        } catch (error) {
          expect(error).toBeInstanceOf(TRPCError);
          return;
        }
        expect(() => superjson.deserialize(checked as Parameters<typeof superjson.deserialize>[0])).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses input nested deeper than MAX_DEPTH, without recursing over it", () => {
    const nested = (depth: number) => JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`) as unknown;
    expect(transformer.input.deserialize({ json: nested(MAX_DEPTH) })).toEqual(nested(MAX_DEPTH));
    expect(refused({ json: nested(MAX_DEPTH + 1) })).toBe(true);
    expect(refused({ json: nested(100_000) })).toBe(true);
  });

  it("refuses more than MAX_NODES values in all, however they are spread (the review's 34 s array)", () => {
    expect(refused({ json: { comment: Array(MAX_NODES - 1).fill(0) } })).toBe(false);
    expect(refused({ json: { comment: Array(MAX_NODES + 1).fill(0) } })).toBe(true);
    expect(refused({ json: Array.from({ length: 200 }, () => Array(MAX_NODES / 200).fill("x")) })).toBe(true);
    expect(refused({ json: Object.fromEntries(Array.from({ length: MAX_NODES + 1 }, (_, i) => [`k${i}`, i])) })).toBe(true);
  });

  it("leaves out referential equalities, so a client cannot make its input contain itself", () => {
    const input = transformer.input.deserialize({
      json: { a: { x: 1 }, b: { x: 1 } },
      meta: { referentialEqualities: { a: ["a.x"] }, v: 1 },
    }) as { a: { x: unknown } };
    expect(input.a.x).toBe(1);
    const shared = { x: 1 };
    expect(transformer.input.deserialize(JSON.parse(JSON.stringify(superjson.serialize({ a: shared, b: shared }))))).toEqual({
      a: shared,
      b: shared,
    });
  });
});
