import type { HeadersFunction, LinksFunction, MetaFunction } from "@remix-run/node";
import { Link, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import stylesHref from "@naravard/ui/styles.css?url";
import { themeStyle } from "@naravard/ui";
import { GeneralErrorBoundary } from "./components/error-boundary.tsx";
import { PageFeedback } from "./components/page-feedback.tsx";
import { TenantNav } from "./components/tenant-nav.tsx";
import { errorTitle, pageTitle } from "./lib/meta.ts";
import type { loader as tenantLoader } from "./routes/$tenant.tsx";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = ({ error }) => [{ title: error ? errorTitle(error) : pageTitle() }];

export const headers: HeadersFunction = () => ({
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "SAMEORIGIN",
});

/** The whole page shell. Inside a programme, its name, theme colour and navigation come from its route. */
export function Layout({ children }: { children: ReactNode }) {
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant");
  return (
    <html lang="sv">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body style={themeStyle(tenant?.settings.accentColor)}>
        <a className="skip-link" href="#huvudinnehall">
          Hoppa till innehållet
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <Link className="site-header__name" to="/">
              Nära vård – målbilder
            </Link>
            {tenant ? (
              <Link className="site-header__tenant" to={`/${tenant.slug}`}>
                {tenant.settings.logoText}
              </Link>
            ) : null}
          </div>
          {tenant ? <TenantNav tenant={tenant} /> : null}
        </header>
        <main id="huvudinnehall" tabIndex={-1}>
          {children}
          {tenant ? <PageFeedback slug={tenant.slug} /> : null}
        </main>
        <footer className="site-footer">
          <div className="site-footer__inner">
            <p>
              Nära vård – den gemensamma omställningen av hälsa, vård och omsorg i regioner och kommuner. Innehållet kommer från programmens egna dokument;
              det som inte gör det är märkt som demodata. Kommungränser: Källa: SCB.
            </p>
          </div>
        </footer>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export const ErrorBoundary = GeneralErrorBoundary;
