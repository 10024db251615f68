import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** A route of a Remix app, as its build's client manifest describes it. */
export interface ManifestRoute {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  hasLoader: boolean;
  module: string;
  imports?: string[];
}

export interface Manifest {
  entry: { module: string; imports: string[] };
  routes: Record<string, ManifestRoute>;
}

/** Reads `build/client/assets/manifest-*.js` of a built Remix v2 (Vite) app. */
export function readManifest(appDir: string): Manifest {
  const assets = join(appDir, "build", "client", "assets");
  const file = readdirSync(assets).find((f) => f.startsWith("manifest-") && f.endsWith(".js"));
  if (!file) throw new Error(`Ingen manifest i ${assets}: bygg appen först.`);
  const source = readFileSync(join(assets, file), "utf8");
  return JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1)) as Manifest;
}

/** The routes a visitor can open (leaves and index routes), each with its full path pattern. */
export function pageRoutes(manifest: Manifest) {
  const routes = Object.values(manifest.routes);
  const fullPath = (route: ManifestRoute): string => {
    const parent = route.parentId ? manifest.routes[route.parentId] : undefined;
    const own = route.path ?? "";
    const base = parent ? fullPath(parent) : "";
    return [base, own].filter(Boolean).join("/");
  };
  const hasChildren = (route: ManifestRoute) => routes.some((r) => r.parentId === route.id && !r.index);
  return routes
    .filter((r) => r.id !== "root" && (r.index || !hasChildren(r)))
    .map((r) => ({ id: r.id, pattern: "/" + fullPath(r), route: r }))
    .sort((a, b) => a.pattern.split("/").length - b.pattern.split("/").length || a.pattern.localeCompare(b.pattern));
}

/** The JavaScript modules a document of this route loads: entry, root and the matched routes. */
export function scriptsOf(manifest: Manifest, routeId: string): string[] {
  const chain: ManifestRoute[] = [];
  for (let route: ManifestRoute | undefined = manifest.routes[routeId]; route; route = route.parentId ? manifest.routes[route.parentId] : undefined)
    chain.push(route);
  return [...new Set([manifest.entry.module, ...manifest.entry.imports, ...chain.flatMap((r) => [r.module, ...(r.imports ?? [])])])];
}

const hrefs = (html: string) => [...html.matchAll(/href="([^"#?]+)/g)].map((m) => m[1]!);

/**
 * Fills a route pattern's parameters with real values: `:tenant` with the first programme whose
 * page answers, other parameters with the first link on an already crawled page that fits.
 */
export async function resolvePaths(
  baseUrl: string,
  patterns: { id: string; pattern: string }[],
  tenants: string[],
  headers: Record<string, string> = {},
) {
  const seen: string[] = [];
  const crawled = new Set<string>();
  const crawl = async (path: string) => {
    crawled.add(path);
    const res = await fetch(baseUrl + path, { redirect: "manual", headers });
    const body = await res.text();
    if (res.headers.get("content-type")?.includes("text/html")) seen.push(...hrefs(body));
    return res.status;
  };
  const resolved: { id: string; pattern: string; path: string | null }[] = [];
  for (const { id, pattern } of patterns) {
    let path: string | null = null;
    for (const tenant of tenants) {
      const withTenant = pattern.replace(":tenant", tenant);
      if (withTenant.endsWith("*")) {
        path = withTenant.replace("*", "sida-som-inte-finns");
        break;
      }
      if (!withTenant.includes(":")) {
        if ((await crawl(withTenant)) < 400) {
          path = withTenant;
          break;
        }
        continue;
      }
      const shape = new RegExp("^" + withTenant.replace(/[.]/g, "\\.").replace(/:[A-Za-z]+/g, "[^/]+") + "$");
      let found = seen.find((href) => shape.test(href));
      // The list page above (e.g. /fyrbodal/strategier for a strategy) may not have been read for
      // this programme yet: every programme has the page, not every one has items on it.
      const parent = withTenant.slice(0, withTenant.indexOf(":")).replace(/\/$/, "");
      if (!found && parent && !crawled.has(parent)) {
        await crawl(parent);
        found = seen.find((href) => shape.test(href));
      }
      if (found && (await crawl(found)) < 400) {
        path = found;
        break;
      }
    }
    resolved.push({ id, pattern, path });
  }
  return resolved;
}

/**
 * Signs in to the admin as a browser does (the form at /logga-in) and returns the session cookie,
 * so the admin's pages can be crawled and the API's authenticated reads observed.
 */
export async function signIn(adminUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${adminUrl}/logga-in`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: adminUrl },
    body: new URLSearchParams({ email, password, redirectTo: "/" }),
  });
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  if (res.status >= 400 || !cookie) throw new Error(`Inloggningen i admin som ${email} misslyckades (${res.status}).`);
  return cookie;
}

/** Every GET address of the open-data API (its OpenAPI document), with `{tenant}` filled in. */
export async function openDataPaths(apiUrl: string, tenant: string): Promise<string[]> {
  const doc = (await (await fetch(`${apiUrl}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths)
    .filter(([, operations]) => "get" in operations)
    .map(([path]) => path.replaceAll("{tenant}", tenant));
}
