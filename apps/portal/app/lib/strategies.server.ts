import { apiFor, load } from "./api.server.ts";

const notFound = () => new Response("Sidan finns inte.", { status: 404, statusText: "Not Found" });

/**
 * Strategies are how municipal federations work (Fyrbodal); a region's programme has a roadmap
 * instead, so for it these pages do not exist — the same as the navigation, which leaves them out.
 */
export async function federationStrategies(request: Request, slug: string | undefined) {
  const api = apiFor(request, slug);
  const [tenant, strategies] = await Promise.all([load(api.tenant.current.query()), load(api.strategy.list.query())]);
  if (tenant.kind !== "municipal_federation") throw notFound();
  return strategies;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function federationStrategy(request: Request, slug: string | undefined, strategyId: string | undefined) {
  if (!strategyId || !UUID.test(strategyId)) throw notFound();
  const strategy = (await federationStrategies(request, slug)).find((s) => s.id === strategyId);
  if (!strategy) throw notFound();
  return strategy;
}
