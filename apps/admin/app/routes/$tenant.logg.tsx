import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { auditEntityLabel, compareSwedish } from "@naravard/domain";
import { AuditEntry } from "../components/audit-entry.tsx";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { type AuditFilters, auditPageHref, auditParams, describeChanges, labelOfAction, labelOfEntity, pageOf, parseAuditQuery } from "../lib/audit-view.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { requireMembership } from "../lib/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [{ title: error ? errorTitle(error) : pageTitle("Ändringslogg", data?.programme) }];

const entityChoices = Object.keys(auditEntityLabel)
  .map((value) => ({ value, label: labelOfEntity(value) }))
  .sort((a, b) => compareSwedish(a.label, b.label));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  if (membership.role !== "coordinator") throw new Response("Bara programmets samordnare ser ändringsloggen.", { status: 403, statusText: "Forbidden" });
  const api = apiFor({ token, tenant: membership.slug });
  const { members } = await api.users.list.query().catch(rethrowUnexpected);
  const query = parseAuditQuery(new URL(request.url).searchParams, { actors: members.map((m) => m.userId), entities: entityChoices.map((e) => e.value) });
  const rows = await api.audit.list.query(query.input).catch(rethrowUnexpected);
  const page = pageOf(rows, { from: query.from });
  const people = new Map([...rows.flatMap((r) => (r.actorUserId && r.actorName ? [[r.actorUserId, r.actorName] as const] : [])), ...members.map((m) => [m.userId, m.name] as const)]);
  return {
    programme: membership.name,
    pagePath: `/${membership.slug}/logg`,
    filters: query.filters,
    errors: query.errors,
    paged: new URL(request.url).searchParams.has(auditParams.before),
    nextBefore: page.nextBefore,
    actors: [...members].sort((a, b) => compareSwedish(a.name, b.name)).map((m) => ({ value: m.userId, label: m.name })),
    entries: page.entries.map((e) => ({
      id: e.id,
      at: new Date(e.at).toISOString(),
      action: labelOfAction(e.action),
      entity: labelOfEntity(e.entity),
      // No actor: the change was made by the system itself (seed data, a scheduled clean-up).
      who: e.actorName ? `${e.actorName} (${e.actorEmail})` : e.actorUserId ? "en borttagen användare" : "systemet",
      changes: describeChanges(e, people),
    })),
  };
}

type FilterName = keyof AuditFilters;
interface ControlProps {
  id: string;
  name: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

/** One filter with its label, and its error next to it when the value could not be used. */
function FilterField({ name, label, error, children }: { name: FilterName; label: string; error?: string; children: (props: ControlProps) => ReactNode }) {
  const id = `filter-${name}`;
  const errorId = `${id}-fel`;
  return (
    <div className={error ? "field field--invalid" : "field"}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Fel: </span>
          {error}
        </p>
      ) : null}
      {children({ id, name: auditParams[name], "aria-invalid": error ? true : undefined, "aria-describedby": error ? errorId : undefined })}
    </div>
  );
}

export default function AuditLogPage() {
  const { pagePath, filters, errors, paged, nextBefore, actors, entries } = useLoaderData<typeof loader>();
  const filtered = Object.values(filters).some(Boolean);
  return (
    <>
      <h1>Ändringslogg</h1>
      <p className="lead">Vem ändrade vad och när i programmet, nyaste först. Personuppgifter från allmänheten och filers innehåll sparas inte i loggen.</p>

      <section aria-labelledby="filter-rubrik" className="panel">
        <h2 id="filter-rubrik">Filtrera</h2>
        <Form method="get" action={pagePath} className="filter-form">
          <FilterField name="actor" label="Vem" error={errors.actor}>
            {(props) => (
              <select className="select" defaultValue={filters.actor} {...props}>
                <option value="">Alla personer</option>
                {actors.map((a) => (
                  <option key={a.value} value={a.value}>
                    {a.label}
                  </option>
                ))}
              </select>
            )}
          </FilterField>
          <FilterField name="entity" label="Typ av uppgift" error={errors.entity}>
            {(props) => (
              <select className="select" defaultValue={filters.entity} {...props}>
                <option value="">Alla typer</option>
                {entityChoices.map((e) => (
                  <option key={e.value} value={e.value}>
                    {e.label}
                  </option>
                ))}
              </select>
            )}
          </FilterField>
          <FilterField name="from" label="Från och med" error={errors.from}>
            {(props) => <input className="input" type="date" defaultValue={filters.from} {...props} />}
          </FilterField>
          <FilterField name="to" label="Till och med" error={errors.to}>
            {(props) => <input className="input" type="date" defaultValue={filters.to} {...props} />}
          </FilterField>
          <div className="button-row">
            <button type="submit" className="button">
              Visa
            </button>
            {filtered ? (
              <Link to={pagePath} className="button button--secondary">
                Rensa filter
              </Link>
            ) : null}
          </div>
        </Form>
      </section>

      <section aria-labelledby="andringar-rubrik">
        <h2 id="andringar-rubrik">{paged ? "Äldre ändringar" : "Senaste ändringarna"}</h2>
        {entries.length === 0 ? (
          <p>{filtered ? "Inga ändringar matchar filtren." : "Inga ändringar är gjorda ännu."}</p>
        ) : (
          <ol className="plain-list">
            {entries.map((e) => (
              <AuditEntry key={e.id} entry={e} />
            ))}
          </ol>
        )}
        {paged || nextBefore ? (
          <nav aria-label="Bläddra i loggen">
            <p className="button-row">
              {paged ? <Link to={auditPageHref(pagePath, filters, null)}>Till de senaste ändringarna</Link> : null}
              {nextBefore ? <Link to={auditPageHref(pagePath, filters, nextBefore)}>Visa äldre ändringar</Link> : null}
            </p>
          </nav>
        ) : null}
      </section>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
