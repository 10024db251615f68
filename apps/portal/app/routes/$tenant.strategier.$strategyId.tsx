import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { strategyModeLabel } from "@naravard/domain";
import { Badge, Breadcrumbs } from "@naravard/ui";
import { StrategyActivities, StrategyFacts, StrategyMeetings } from "../components/strategy.tsx";
import { useSv, useT } from "../lib/i18n.ts";
import { pageTitle } from "../lib/meta.ts";
import { programmeStrategy } from "../lib/strategies.server.ts";
import { capitalise } from "../lib/words.ts";
import type { loader as tenantLoader } from "./$tenant.tsx";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return { strategy: await programmeStrategy(request, params.tenant, params.strategyId), slug: params.tenant! };
}

export const meta: MetaFunction<typeof loader, { "routes/$tenant": typeof tenantLoader }> = ({ data, matches }) => {
  const tenant = matches.find((m) => m.id === "routes/$tenant")?.data;
  return [
    { title: pageTitle(data?.strategy.title, tenant?.programmeName) },
    { name: "description", content: data?.strategy.description ?? "" },
  ];
};

export default function StrategyPage() {
  const { strategy, slug } = useLoaderData<typeof loader>();
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant")!;
  const t = useT();
  const sv = useSv();
  return (
    <div className="container">
      <Breadcrumbs
        items={[
          { label: t("Alla program"), href: "/" },
          { label: tenant.programmeName, href: `/${slug}` },
          { label: t(capitalise(tenant.settings.terms.strategies)), href: `/${slug}/strategier` },
          { label: strategy.title },
        ]}
      />
      <h1 lang={sv}>{strategy.title}</h1>
      <p>
        <Badge tone="info">{t(strategyModeLabel[strategy.mode])}</Badge>
      </p>
      {strategy.description ? (
        <p className="lead" lang={sv}>
          {strategy.description}
        </p>
      ) : null}
      <StrategyFacts strategy={strategy} />
      <StrategyActivities strategy={strategy} />
      <StrategyMeetings strategy={strategy} />
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
