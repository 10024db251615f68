import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { apiFor, load } from "../lib/api.server.ts";

/** Every page of a programme: its facts, members and settings (theme, terminology) for the shell. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const api = apiFor(request, params.tenant);
  const [tenant, settings] = await Promise.all([load(api.tenant.current.query()), load(api.tenant.settings.query())]);
  return { ...tenant, settings };
}

export default function TenantLayout() {
  return <Outlet />;
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
