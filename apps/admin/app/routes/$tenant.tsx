import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { roleLabel } from "@naravard/domain";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { sectionsFor } from "../lib/sections.ts";
import { requireMembership } from "../lib/session.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { membership } = await requireMembership(request, params.tenant);
  return { slug: membership.slug, name: membership.name, role: roleLabel[membership.role], sections: sectionsFor(membership.role) };
}

/** The frame of one programme's pages: which programme, the user's role, and its sections. */
export default function TenantLayout() {
  const programme = useLoaderData<typeof loader>();
  return (
    <>
      <div className="programme-bar">
        <p className="programme-bar__name">
          {programme.name} <span className="programme-bar__role">Din roll: {programme.role}</span>
        </p>
        <nav aria-label="Programmets sidor">
          <ul className="subnav">
            <li>
              <NavLink to={`/${programme.slug}`} end>
                Översikt
              </NavLink>
            </li>
            {programme.sections.map((section) => (
              <li key={section.path}>
                <NavLink to={`/${programme.slug}/${section.path}`}>{section.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <Outlet />
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
