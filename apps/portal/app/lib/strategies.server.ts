import { apiFor, load } from "./api.server.ts";

const notFound = () => new Response("Sidan finns inte.", { status: 404, statusText: "Not Found" });

/**
 * A programme's published strategies. Strategies are how municipal federations work (Fyrbodal), and
 * only their navigation links here; a region's programme has a roadmap instead, but its address
 * still answers with a page (an empty list pointing to the roadmap) rather than a 404.
 */
export async function programmeStrategies(request: Request, slug: string | undefined) {
  return load(apiFor(request, slug).strategy.list.query());
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function programmeStrategy(request: Request, slug: string | undefined, strategyId: string | undefined) {
  if (!strategyId || !UUID.test(strategyId)) throw notFound();
  const strategy = (await programmeStrategies(request, slug)).find((s) => s.id === strategyId);
  if (!strategy) throw notFound();
  return strategy;
}
