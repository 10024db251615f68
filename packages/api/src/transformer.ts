import { TRPCError } from "@trpc/server";
import superjson from "superjson";

/**
 * superjson for the API, with every input from the network checked in shape before superjson
 * walks it (issue 20). superjson trusts its `meta`: `{"meta":{"values":"x"}}` sends its traversal
 * round a string until the stack runs out, an annotation can point anywhere, and
 * `referentialEqualities` can make the input contain itself. So an input is only deserialized
 * when it is what superjson 2's `serialize` makes of plain data (see its plainer.js):
 *
 * - `{ json, meta? }` and nothing else, `json` nested at most MAX_DEPTH deep;
 * - `meta.values` a tree of annotations `[type]` or `[type, { path: annotation }]` (the root one
 *   bare, any other under its path), each path leading to a value that exists in `json` and has
 *   the form its type needs (a Date is a string, a map an array of pairs …), at most
 *   MAX_ANNOTATIONS in all;
 * - types only those plain data has: Date, undefined, bigint, number (NaN, ±Infinity), set, map.
 *   No input of the API is a class, a symbol, an Error, a RegExp or a typed array.
 *
 * `referentialEqualities` (an object that occurs twice) is checked like the rest and then left
 * out: superjson writes such an object out in full at every place, so the input is the same without
 * it, only not shared; and honouring it would let a client send a cyclic input.
 *
 * Anything else is BAD_REQUEST before superjson, zod or a procedure sees it. Every check is
 * iterative or bounded by MAX_DEPTH, and linear in the size of the body.
 */
export const MAX_DEPTH = 32;
/**
 * Arrays' items and objects' values in all: far above any real input (the longest lists take a few
 * hundred ids; files arrive as one string), and low enough that superjson's copy and zod stay fast.
 */
export const MAX_NODES = 20_000;
export const MAX_ANNOTATIONS = 10_000;
// BigInt() of a long string of digits is slow; no input of the API is a bigint this long.
const BIGINT = /^-?\d{1,100}$/;

const invalid = () => new TRPCError({ code: "BAD_REQUEST", message: "Förfrågan har ett ogiltigt format." });

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
const FORBIDDEN_KEYS = new Set(["__proto__", "prototype", "constructor"]);
const INDEX = /^(0|[1-9]\d{0,8})$/;

/** Whether `value`'s arrays and objects nest at most MAX_DEPTH deep and hold at most MAX_NODES values (without recursion). */
function withinDepth(value: unknown): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (typeof value !== "object" || value === null) continue;
    if (depth >= MAX_DEPTH) return false;
    const items = Array.isArray(value) ? value : Object.values(value);
    if ((nodes += items.length) > MAX_NODES) return false;
    for (const item of items) if (typeof item === "object" && item !== null) stack.push({ value: item, depth: depth + 1 });
  }
  return true;
}

/** superjson's path syntax (version 1): segments split on `.`, with `\.` and `\\` escaped. */
function parsePath(path: string): string[] | null {
  const segments: string[] = [];
  let segment = "";
  for (let i = 0; i < path.length; i++) {
    const char = path[i];
    if (char === "\\") {
      const escaped = path[i + 1];
      if (escaped !== "\\" && escaped !== ".") return null;
      segment += escaped;
      i++;
    } else if (char === ".") {
      segments.push(segment);
      segment = "";
    } else segment += char;
  }
  segments.push(segment);
  return segments;
}

/** The value at `path` under `from`, walking only arrays and plain objects; undefined if there is none. */
function valueAt(from: Json, path: string, depth: number): { value: Json; depth: number } | undefined {
  const segments = parsePath(path);
  if (!segments || depth + segments.length > MAX_DEPTH) return undefined;
  let value = from;
  for (const segment of segments) {
    if (FORBIDDEN_KEYS.has(segment)) return undefined;
    if (Array.isArray(value)) {
      if (!INDEX.test(segment) || Number(segment) >= value.length) return undefined;
      value = value[Number(segment)]!;
    } else if (isRecord(value)) {
      if (!Object.hasOwn(value, segment)) return undefined;
      value = value[segment]!;
    } else return undefined;
  }
  return { value, depth: depth + segments.length };
}

/** What each type of annotation needs its value in `json` to look like. */
const valueTypes: Record<string, (value: Json) => boolean> = {
  Date: (value) => typeof value === "string",
  undefined: (value) => value === null,
  bigint: (value) => typeof value === "string" && BIGINT.test(value),
  number: (value) => value === "NaN" || value === "Infinity" || value === "-Infinity",
  set: (value) => Array.isArray(value),
  map: (value) => Array.isArray(value) && value.every((entry) => Array.isArray(entry) && entry.length === 2),
};

/** Checks `meta.values` against `json`; false at the first thing superjson would not have made. */
function checkValues(values: unknown, json: Json): boolean {
  let count = 0;
  // An annotation of the value `at`, `depth` deep in json: recursion bounded by MAX_DEPTH, since
  // every level of annotations goes at least one level deeper into json.
  const annotation = (node: unknown, at: Json, depth: number): boolean => {
    if (++count > MAX_ANNOTATIONS || !Array.isArray(node) || node.length < 1 || node.length > 2) return false;
    const [type, children] = node as unknown[];
    if (typeof type !== "string" || !Object.hasOwn(valueTypes, type) || !valueTypes[type]!(at)) return false;
    return children === undefined || (isRecord(children) && Object.keys(children).length > 0 && annotations(children, at, depth));
  };
  const annotations = (record: Record<string, unknown>, under: Json, depth: number): boolean => {
    for (const [path, node] of Object.entries(record)) {
      const found = valueAt(under, path, depth);
      if (!found || !annotation(node, found.value, found.depth)) return false;
    }
    return true;
  };
  return Array.isArray(values) ? annotation(values, json, 0) : isRecord(values) && annotations(values, json, 0);
}

/** Checks `meta.referentialEqualities`: `{ path: [path …] }`, or `[[path …]]` / `[[path …], { … }]` for the root. */
function checkEqualities(equalities: unknown, json: Json): boolean {
  let count = 0;
  const paths = (list: unknown) =>
    Array.isArray(list) &&
    list.length > 0 &&
    list.every((path) => ++count <= MAX_ANNOTATIONS && typeof path === "string" && valueAt(json, path, 0) !== undefined);
  const record = (value: unknown) =>
    isRecord(value) && Object.entries(value).every(([path, list]) => valueAt(json, path, 0) !== undefined && paths(list));
  if (Array.isArray(equalities)) {
    const [root, other] = equalities as unknown[];
    return equalities.length >= 1 && equalities.length <= 2 && paths(root) && (other === undefined || record(other));
  }
  return record(equalities);
}

/** The input of one call as superjson should read it, or BAD_REQUEST. */
export function checkedInput(input: unknown): { json: Json; meta?: { values?: unknown; v: 1 } } {
  if (!isRecord(input) || Object.keys(input).some((key) => key !== "json" && key !== "meta")) throw invalid();
  const json = input.json as Json;
  if (!withinDepth(json)) throw invalid();
  const meta = input.meta;
  if (meta === undefined) return { json };
  if (
    !isRecord(meta) ||
    meta.v !== 1 ||
    Object.keys(meta).some((key) => key !== "values" && key !== "referentialEqualities" && key !== "v")
  )
    throw invalid();
  // JSON has no undefined: a key present is a key sent.
  if (meta.values !== undefined && !checkValues(meta.values, json)) throw invalid();
  if (meta.referentialEqualities !== undefined && !checkEqualities(meta.referentialEqualities, json)) throw invalid();
  return meta.values === undefined ? { json } : { json, meta: { values: meta.values, v: 1 } };
}

/** The transformer of the API's router: superjson out, checked superjson in. */
export const transformer = {
  input: {
    serialize: (value: unknown) => superjson.serialize(value),
    deserialize: (input: unknown) => superjson.deserialize(checkedInput(input) as Parameters<typeof superjson.deserialize>[0]),
  },
  output: {
    serialize: (value: unknown) => superjson.serialize(value),
    deserialize: (output: unknown) => superjson.deserialize(output as Parameters<typeof superjson.deserialize>[0]),
  },
};
