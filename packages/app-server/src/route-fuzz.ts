/**
 * Generated requests to every route of a Remix app, for the apps' tests (issue 20): GETs with
 * hostile query strings and form posts with hostile bodies — control characters, CR/LF, tabs that
 * browsers strip (`/\t/host` is `//host` to them), backslashes, %-encodings, `javascript:`, non-
 * Latin-1 text, very long values — in the page's own fields and in every redirect-style parameter.
 * Every answer must be below 500 and any redirect must stay on the app's origin, read the way a
 * browser reads a Location header (the WHATWG URL parser).
 *
 * The routes come from the server build's `routes` manifest, so a route added tomorrow is covered
 * without editing a test. Params are filled with real values found in the links of the pages.
 */
import { randomUUID } from "node:crypto";
import type { ServerBuild } from "@remix-run/node";
import fc from "fast-check";

export interface FuzzRoute {
  id: string;
  /** The URL path with `:params` (and `*` for a splat). */
  pattern: string;
  /** `?index` for an index route, so a post reaches it rather than its layout. */
  index: boolean;
  hasAction: boolean;
}

/** Every route of the build with a URL of its own (not pathless layouts). */
export function routesOf(build: Pick<ServerBuild, "routes">): FuzzRoute[] {
  const routes = build.routes;
  const pathOf = (id: string | undefined): string[] => {
    const route = id ? routes[id] : undefined;
    if (!route) return [];
    return [...pathOf(route.parentId), ...(route.path ? route.path.split("/") : [])];
  };
  return Object.values(routes)
    .filter((route): route is NonNullable<typeof route> => !!route && route.id !== "root" && (route.index || route.path !== undefined))
    .map((route) => ({
      id: route.id,
      pattern: `/${pathOf(route.id).filter(Boolean).join("/")}`,
      index: !!route.index,
      hasAction: typeof route.module.action === "function",
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Values that got past string checks somewhere, or would break a header, or are simply large. */
export const HOSTILE_VALUES = [
  "/\t/127.0.0.2:3001/logga-in",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/varmland\r\nSet-Cookie: x=1",
  "//evil.example/",
  "/\\evil.example",
  "\\\\evil.example",
  "/.//evil.example",
  "/%2F%2Fevil.example",
  "/%09/evil.example",
  "%0d%0aLocation:%20http://evil.example",
  "javascript:alert(1)",
  "https://evil.example/",
  "http://127.0.0.2:3001/logga-in",
  "/varmland/\u2603\u{1F600}",
  "/varmland/\u0000\u0001\u007f",
  "/varmland/\uD800",
  "/varmland/ö",
  `/varmland/${"å".repeat(5000)}`,
  "x".repeat(70_000),
  "",
];

/** How many of HOSTILE_VALUES (the redirect tricks come first) every GET route gets. */
const FIXED = 12;

/** Redirect-style parameter names, sent with every request whatever the route reads. */
export const REDIRECT_PARAMS = ["tillbaka", "redirectTo", "returnTo", "next", "path", "back", "to"];

const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom("/", "//", "\\", "\t", "\n", "\r", "%", "%0A", "%2F", "..", ".", "?", "#", "@", ":", "evil.example", "varmland", "å", "\u2028", "\u0000"), { maxLength: 10 })
      .map((parts) => parts.join("")),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 40_000 }).map((n) => "ä".repeat(n)) },
);

/** Name–value pairs: the route's own fields (when known) and the redirect-style names. */
function fieldsArbitrary(names: string[]) {
  const name = fc.oneof(fc.constantFrom(...names, ...REDIRECT_PARAMS), fc.string({ unit: "binary", maxLength: 12 }));
  return fc.array(fc.tuple(name, hostileText), { minLength: 1, maxLength: 6 });
}

/** Field names and intents of the forms on a page. */
export function formFields(html: string): string[] {
  const names = new Set<string>();
  for (const match of html.matchAll(/<(?:input|textarea|select|button)\b[^>]*\bname="([^"]*)"/g)) names.add(match[1]!);
  return [...names];
}

/** Real values for `pattern`'s params, from the links of pages already fetched. */
export function fillParams(pattern: string, links: Set<string>, samples: Record<string, string>): string {
  const names = [...pattern.matchAll(/:(\w+)\??/g)].map((m) => m[1]!);
  const withKnown = pattern.replace(/:(\w+)\??/g, (whole, name: string) => (samples[name] ? encodeURIComponent(samples[name]) : whole));
  const open = names.filter((n) => !samples[n]);
  if (open.length > 0) {
    const source = `^${withKnown.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/:\w+\??/g, "([^/?#]+)").replace(/\/\*$/, "/.+")}$`;
    const found = [...links].find((link) => new RegExp(source).test(link));
    if (found) return found;
  }
  return withKnown.replace(/:\w+\??/g, () => randomUUID()).replace(/\/\*$/, "/finns-inte");
}

export interface FuzzOptions {
  /** The app's address, e.g. http://127.0.0.1:41234 */
  base: string;
  routes: FuzzRoute[];
  /** Known param values (e.g. { tenant: "varmland" }); others are found in the pages' links. */
  samples: Record<string, string>;
  /** Requests per route and method (GET, and POST when the route has an action). */
  runs: number;
  seed: number;
  /** Sent with every request (a signed-in session), or none. */
  cookie?: string;
  /** Routes not to post to (e.g. logging out, which would end the session being tested). */
  skipPosts?: RegExp;
}

/** One request; a description of what is wrong with its answer, or null. */
export async function probe(base: string, path: string, init: RequestInit = {}): Promise<string | null> {
  const what = `${init.method ?? "GET"} ${path.length > 200 ? `${path.slice(0, 200)}…` : path}${typeof init.body === "string" ? ` body (${init.body.length}) ${JSON.stringify(init.body.slice(0, 200))}` : ""}`;
  let res: Response;
  try {
    res = await fetch(base + path, { redirect: "manual", ...init, signal: AbortSignal.timeout(30_000) });
    await res.arrayBuffer();
  } catch (error) {
    return `${what} → ${String((error as Error).cause ?? error)}`;
  }
  if (res.status >= 500) return `${what} → ${res.status}`;
  const location = res.headers.get("location");
  if (location !== null) {
    // As the browser reads it: it strips tabs and newlines and takes `\` for `/`.
    let origin: string;
    try {
      origin = new URL(location, base).origin;
    } catch {
      return `${what} → Location ${JSON.stringify(location)} is no address`;
    }
    if (origin !== new URL(base).origin) return `${what} → Location ${JSON.stringify(location)} leaves the site`;
  }
  return null;
}

/**
 * Path segments a visitor can type in place of a route's params (issue 20's review: `/%0A` was an
 * empty 500, a programme name with a control character or an emoji a false 503): control
 * characters, a broken percent-encoding, non-ASCII, slashes and dots encoded.
 */
export const HOSTILE_SEGMENTS = ["%0A", "%00", "%0D%0A", "a%0Db", "%7F", "%F0%9F%99%82", "%E0%A4%A", "%", "..%2F..%2F", "%2F%2Fevil.example", "%5C%5Cevil", "x".repeat(3000)];

/** Runs the generated requests against every route; returns the problems found (empty: all well). */
export async function fuzzRoutes(options: FuzzOptions): Promise<string[]> {
  const { base, routes, samples, runs, seed, cookie, skipPosts } = options;
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const problems: string[] = [];
  const links = new Set<string>();
  const fieldsOf = new Map<string, string[]>();
  const urlOf = new Map<string, string>();
  // Static routes first, so the links that fill the params of the others have been seen.
  const ordered = [...routes].sort((a, b) => Number(a.pattern.includes(":")) - Number(b.pattern.includes(":")));
  for (const route of ordered) {
    const url = fillParams(route.pattern, links, samples);
    urlOf.set(route.id, url);
    const res = await fetch(base + url, { headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
    const html = await res.text();
    if (res.status >= 500) problems.push(`GET ${url} → ${res.status}`);
    for (const match of html.matchAll(/href="(\/[^"#?]*)/g)) links.add(match[1]!);
    fieldsOf.set(route.id, formFields(html));
  }
  // Every param of every route, and the first segment of the site, replaced by each hostile segment.
  for (const segment of HOSTILE_SEGMENTS) {
    const problem = await probe(base, `/${segment}`, { headers });
    if (problem) problems.push(problem);
    for (const route of routes.filter((r) => /[:*]/.test(r.pattern))) {
      const problem = await probe(base, route.pattern.replace(/:\w+\??/g, segment).replace(/\*$/, segment), { headers });
      if (problem) problems.push(problem);
    }
  }
  let n = 0;
  for (const route of routes) {
    n += 1;
    const url = urlOf.get(route.id)!;
    const names = fieldsOf.get(route.id) ?? [];
    const queries = fc.sample(fieldsArbitrary(names), { numRuns: runs, seed: seed + n });
    // The known tricks always, each in every redirect-style parameter at once; then generated ones.
    const fixed = HOSTILE_VALUES.slice(0, FIXED).map((value): [string, string][] => REDIRECT_PARAMS.map((name) => [name, value]));
    for (const pairs of [...fixed, ...queries]) {
      const query = new URLSearchParams(pairs).toString();
      const problem = await probe(base, `${url}?${route.index ? "index&" : ""}${query}`, { headers });
      if (problem) problems.push(`${problem} (seed ${seed})`);
    }
    if (!route.hasAction || skipPosts?.test(url)) continue;
    const bodies = fc.sample(fieldsArbitrary(names), { numRuns: runs, seed: seed + 1000 + n });
    const fixedPosts = HOSTILE_VALUES.map((value): [string, string][] => [...names, ...REDIRECT_PARAMS].map((name) => [name, value]));
    for (const pairs of [...fixedPosts, ...bodies]) {
      const body = new URLSearchParams(pairs).toString();
      const problem = await probe(base, `${url}${route.index ? "?index" : ""}`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
        body,
      });
      if (problem) problems.push(`${problem} (seed ${seed})`);
    }
  }
  return problems;
}
