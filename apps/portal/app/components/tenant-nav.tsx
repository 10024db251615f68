import { NavLink } from "@remix-run/react";
import type { Terms } from "@naravard/domain";

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A programme's navigation, in its own words (a "handlingsplan" may be what others call a "färdplan"). */
export function TenantNav({ tenant }: { tenant: { slug: string; programmeName: string; kind: string; settings: { terms: Terms } } }) {
  const { terms } = tenant.settings;
  const items = [
    { to: `/${tenant.slug}`, label: "Start", end: true },
    { to: `/${tenant.slug}/malbild`, label: capitalise(terms.malbild) },
    { to: `/${tenant.slug}/beslut`, label: capitalise(terms.adoption) },
    { to: `/${tenant.slug}/fardplan`, label: capitalise(terms.roadmap) },
    ...(tenant.kind === "municipal_federation" ? [{ to: `/${tenant.slug}/strategier`, label: capitalise(terms.strategies) }] : []),
    { to: `/${tenant.slug}/uppfoljning`, label: capitalise(terms.followUp) },
    { to: `/${tenant.slug}/evenemang`, label: "Evenemang" },
    { to: `/${tenant.slug}/nyheter`, label: "Nyheter" },
    { to: `/${tenant.slug}/synpunkter`, label: "Synpunkter" },
    { to: `/${tenant.slug}/kontakt`, label: "Kontakt" },
    { to: `/${tenant.slug}/sok`, label: "Sök" },
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
