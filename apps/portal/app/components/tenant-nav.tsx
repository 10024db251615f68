import { NavLink } from "@remix-run/react";
import type { Terms } from "@naravard/domain";
import { useT } from "../lib/i18n.ts";
import { capitalise } from "../lib/words.ts";

/** A programme's navigation, in its own words (a "handlingsplan" may be what others call a "färdplan"). */
export function TenantNav({ tenant }: { tenant: { slug: string; programmeName: string; kind: string; settings: { terms: Terms } } }) {
  const { terms } = tenant.settings;
  const t = useT();
  const items = [
    { to: `/${tenant.slug}`, label: t("Start"), end: true },
    { to: `/${tenant.slug}/malbild`, label: t(capitalise(terms.malbild)) },
    { to: `/${tenant.slug}/beslut`, label: t(capitalise(terms.adoption)) },
    { to: `/${tenant.slug}/fardplan`, label: t(capitalise(terms.roadmap)) },
    ...(tenant.kind === "municipal_federation" ? [{ to: `/${tenant.slug}/strategier`, label: t(capitalise(terms.strategies)) }] : []),
    { to: `/${tenant.slug}/uppfoljning`, label: t(capitalise(terms.followUp)) },
    { to: `/${tenant.slug}/evenemang`, label: t("Evenemang") },
    { to: `/${tenant.slug}/nyheter`, label: t("Nyheter") },
    { to: `/${tenant.slug}/synpunkter`, label: t("Synpunkter") },
    { to: `/${tenant.slug}/kontakt`, label: t("Kontakt") },
    { to: `/${tenant.slug}/sok`, label: t("Sök") },
  ];
  return (
    <nav className="site-nav tenant-nav" aria-label={tenant.programmeName}>
      <div className="site-header__inner">
        <ul>
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
