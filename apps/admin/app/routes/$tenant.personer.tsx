import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { compareSwedish, roleLabel } from "@naravard/domain";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { InviteForm } from "../components/invite-form.tsx";
import { OneTimeLinkPanel } from "../components/one-time-link.tsx";
import { InvitationList, MemberList } from "../components/people-list.tsx";
import { apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { type PeopleActionData, runPeopleAction } from "../lib/people-actions.server.ts";
import { peopleFormIds } from "../lib/people-forms.ts";
import { readFormData } from "../lib/request.server.ts";
import { pageParams } from "../lib/roadmap-form-data.ts";
import { type Membership, requireMembership } from "../lib/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [{ title: error ? errorTitle(error) : pageTitle("Personer", data?.programme) }];

const FORBIDDEN = "Bara programmets samordnare hanterar personer och behörigheter.";

/** Only coordinators manage people; the API refuses everyone else too. */
function requireCoordinator(membership: Membership) {
  if (membership.role !== "coordinator") throw new Response(FORBIDDEN, { status: 403, statusText: "Forbidden" });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, user, membership } = await requireMembership(request, params.tenant);
  requireCoordinator(membership);
  const { members, invitations } = await apiFor({ token, tenant: membership.slug }).users.list.query().catch(rethrowUnexpected);
  return {
    programme: membership.name,
    slug: membership.slug,
    pagePath: `/${membership.slug}/personer`,
    selfId: user.id,
    members: [...members]
      .sort((a, b) => compareSwedish(a.name, b.name))
      .map((m) => ({ userId: m.userId, name: m.name, email: m.email, role: m.role, roleLabel: roleLabel[m.role], since: new Date(m.since).toISOString() })),
    invitations: invitations.map((i) => ({ id: i.id, email: i.email, roleLabel: roleLabel[i.role], expiresAt: new Date(i.expiresAt).toISOString() })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, user, membership } = await requireMembership(request, params.tenant);
  requireCoordinator(membership);
  const ctx = {
    request,
    api: apiFor({ token, tenant: membership.slug }),
    pageUrl: `/${membership.slug}/personer`,
    programmeUrl: `/${membership.slug}`,
    forbidden: FORBIDDEN,
    selfId: user.id,
  };
  return runPeopleAction(ctx, await readFormData(request));
}

export default function PeoplePage() {
  const { programme, slug, pagePath, selfId, members, invitations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as PeopleActionData | undefined;
  const [searchParams] = useSearchParams();
  const link = actionData?.link;

  return (
    <>
      <h1>Personer</h1>
      <p className="lead">
        Här bjuder du in personer till {programme}, ändrar deras roller och hjälper den som glömt sitt lösenord. Vem som ändrat vad syns i{" "}
        <Link to={`/${slug}/logg`}>ändringsloggen</Link>.
      </p>

      {link ? <OneTimeLinkPanel link={link} programme={programme} id={peopleFormIds.link} /> : null}

      <section aria-labelledby="bjud-in-rubrik" className="panel">
        <h2 id="bjud-in-rubrik">Bjud in en person</h2>
        <p>Du får en länk som gäller i en vecka. Personen väljer själv sitt namn och lösenord när länken öppnas.</p>
        <InviteForm pagePath={pagePath} actionData={actionData} />
      </section>

      <section aria-labelledby="medlemmar-rubrik" id={peopleFormIds.members}>
        <h2 id="medlemmar-rubrik">Medlemmar ({members.length})</h2>
        <MemberList members={members} selfId={selfId} pagePath={pagePath} confirming={searchParams.get(pageParams.remove)} actionData={actionData} />
      </section>

      <section aria-labelledby="inbjudningar-rubrik" id={peopleFormIds.invitations}>
        <h2 id="inbjudningar-rubrik">Inbjudningar som väntar</h2>
        <InvitationList invitations={invitations} pagePath={pagePath} actionData={actionData} />
      </section>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
