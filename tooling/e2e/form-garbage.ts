/**
 * Garbage for every form action of a Remix app: the actions are found in the app's production
 * build (build/server/index.js exports `routes`, each with its module), so a route added tomorrow
 * is posted to without editing any test.
 */
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

interface BuildRoute {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  module: { action?: unknown; default?: unknown };
}

export interface ActionRoute {
  id: string;
  /** The URL path with `:params`, and `?index` for an index route (else the layout gets the post). */
  pattern: string;
  /** A route without a page (logga-ut): nothing to harvest field names from. */
  hasPage: boolean;
}

/** Every route of the built app that has an action. */
export async function actionRoutes(app: "admin" | "portal"): Promise<ActionRoute[]> {
  const build = (await import(pathToFileURL(join(root, "apps", app, "build", "server", "index.js")).href)) as { routes: Record<string, BuildRoute> };
  const routes = build.routes;
  const pathOf = (route: BuildRoute): string[] => {
    const parent = route.parentId ? routes[route.parentId] : undefined;
    return [...(parent ? pathOf(parent) : []), ...(route.path ? route.path.split("/") : [])];
  };
  return Object.values(routes)
    .filter((route) => typeof route.module.action === "function")
    .map((route) => ({
      id: route.id,
      pattern: `/${pathOf(route).filter(Boolean).join("/")}${route.index ? "?index" : ""}`,
      hasPage: typeof route.module.default === "function",
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Fills `:params`: known ones from `samples`, any other with an id that exists nowhere. */
export function urlFor(pattern: string, samples: Record<string, string>): string {
  return pattern.replace(/:(\w+)\??/g, (_, name: string) => encodeURIComponent(samples[name] ?? randomUUID())).replace(/\/\*$/, "/x");
}

/** Field names and intents of the forms on a page (the garbage then aims at real fields). */
export function formFields(html: string): { names: string[]; intents: string[] } {
  const names = new Set<string>();
  const intents = new Set<string>();
  for (const match of html.matchAll(/<(?:input|textarea|select|button)\b[^>]*>/g)) {
    const tag = match[0];
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    if (!name) continue;
    names.add(name);
    const value = /\bvalue="([^"]*)"/.exec(tag)?.[1];
    if (name === "intent" && value) intents.add(value);
  }
  return { names: [...names], intents: [...intents] };
}

// Every value carries something no schema should accept (NUL, a lone surrogate, or a size past
// every limit), so however lenient a field is, the whole post is refused and the seeded data stays.
const poisons = ["", "x".repeat(100_000), "\u0000", "Å\u0000", "\uD800", "-1\u0000", "2026-02-30\u0000", "00000000-0000-0000-0000-000000000000\u0000", "<script>alert(1)</script>\u0000", "'; drop table tenant; --\u0000", "null\u0000", "[]\u0000"];

/** Bodies to post: empty, random fields, huge and odd values in the page's own fields, wrong intents, and things that are not forms at all. */
export function garbageBodies(fields: { names: string[]; intents: string[] }): { label: string; body: BodyInit; contentType?: string }[] {
  const names = [...new Set([...fields.names, "intent", "id", "title", "text", "redirectTo"])];
  const intents = [...fields.intents, "finns-inte", "__proto__", "x".repeat(10_000), "delete\u0000", ""];
  const form = (entries: [string, string][]) => new URLSearchParams(entries).toString();
  const bodies: { label: string; body: BodyInit; contentType?: string }[] = [
    { label: "empty", body: "" },
    { label: "random fields", body: form([["a".repeat(300), "b"], ["", ""], ["__proto__[polluted]", "1"], ["constructor", "x"]]) },
    { label: "not a form (JSON)", body: JSON.stringify({ intent: "delete", id: 1 }), contentType: "application/json" },
    { label: "broken multipart", body: "--gräns\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nslut saknas", contentType: "multipart/form-data; boundary=annan" },
    { label: "bad percent-encoding", body: "title=%E0%A4%A&intent=%" },
  ];
  for (const intent of intents)
    for (const [index, poison] of poisons.entries())
      bodies.push({ label: `intent ${JSON.stringify(intent.slice(0, 20))}, values #${index}`, body: form([["intent", intent], ...names.filter((n) => n !== "intent").map((n): [string, string] => [n, poison])]) });
  // The same field many times over, and one field holding a whole page of text.
  bodies.push({ label: "repeated fields", body: form(names.flatMap((n) => Array.from({ length: 200 }, (): [string, string] => [n, "Å"]))) });
  return bodies;
}

/** What a response must never show: a stack trace, SQL, or the names of the machinery. */
export function leaks(body: string): string | null {
  const patterns = [/\bat [\w.<>]+ \(?[^)\s]*:\d+:\d+\)?/, /node_modules/, /Failed query/i, /\b(insert into|delete from|update \w+ set)\b/i, /\bselect .{1,80} from\b/i, /ZodError|TRPCError|PostgresError|drizzle/i];
  const hit = patterns.find((p) => p.test(body));
  return hit ? (hit.exec(body)?.[0] ?? null) : null;
}

/**
 * Posts every garbage body to one action (as whoever `cookie` signs in) and returns what went
 * wrong: a 5xx, an answer that is neither a redirect nor a 4xx, or a leak in the body.
 */
export async function postGarbage(baseUrl: string, route: ActionRoute, options: { samples: Record<string, string>; cookie: string | null }): Promise<string[]> {
  const url = `${baseUrl}${urlFor(route.pattern, options.samples)}`;
  const headers: Record<string, string> = options.cookie ? { cookie: options.cookie } : {};
  const page = route.hasPage ? await fetch(url.replace(/\?index$/, ""), { headers, redirect: "manual" }) : null;
  const fields = page && page.status === 200 ? formFields(await page.text()) : { names: [], intents: [] };
  const problems: string[] = [];
  for (const { label, body, contentType } of garbageBodies(fields)) {
    const response = await fetch(url, {
      method: "POST",
      headers: { ...headers, "content-type": contentType ?? "application/x-www-form-urlencoded" },
      body,
      redirect: "manual",
    }).catch(async (error: unknown) => {
      // A route that answers without reading a large body (logga-ut) closes the connection while
      // the body is still being sent; that is fine as long as the server is still there.
      if ((await fetch(baseUrl, { redirect: "manual" }).catch(() => null)) === null) throw error;
      return null;
    });
    if (!response) continue;
    const text = await response.text();
    const redirectOrClientError = (response.status >= 300 && response.status < 400) || (response.status >= 400 && response.status < 500);
    if (!redirectOrClientError) problems.push(`${route.id} (${label}): ${response.status}`);
    const leak = leaks(text);
    if (leak) problems.push(`${route.id} (${label}): leaks ${JSON.stringify(leak)}`);
  }
  return problems;
}
