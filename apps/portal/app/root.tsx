import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useMatches,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import stylesHref from "@naravard/ui/styles.css?url";
import { themeStyle } from "@naravard/ui";
import { GeneralErrorBoundary } from "./components/error-boundary.tsx";
import { PageFeedback } from "./components/page-feedback.tsx";
import { TenantNav } from "./components/tenant-nav.tsx";
import { english } from "./lib/english.server.ts";
import { type RootData, langFromCookie, translate, useDictionary, useLang } from "./lib/i18n.ts";
import { errorTitle, metaT, pageTitle } from "./lib/meta.ts";
import { useNonce } from "./lib/nonce.ts";
import type { loader as tenantLoader } from "./routes/$tenant.tsx";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = ({ error, matches }) => [{ title: error ? errorTitle(error, metaT(matches)) : pageTitle() }];

/** The interface language chosen with the language switch (a cookie); Swedish by default. */
export function loader({ request }: LoaderFunctionArgs): RootData {
  const lang = langFromCookie(request.headers.get("cookie"));
  return { lang, english: lang === "en" ? english : null };
}

// Pages differ by the language cookie: caches must keep them apart. (Security headers: entry.server.tsx.)
export const headers: HeadersFunction = () => ({ Vary: "Cookie" });

/** The whole page shell. Inside a programme, its name, theme colour and navigation come from its route. */
export function Layout({ children }: { children: ReactNode }) {
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant");
  const chosen = useLang();
  const nonce = useNonce();
  // A page speaks English only when every route on it has been translated (handle.english);
  // otherwise it stays Swedish, with a note, rather than claim a language it does not use.
  const matches = useMatches();
  const translated = matches.every((m) => m.id === "root" || (m.handle as { english?: boolean } | undefined)?.english === true);
  const lang = chosen === "en" && translated ? "en" : "sv";
  const dictionary = useDictionary();
  const t = (sv: string) => translate(lang, dictionary, sv);
  const location = useLocation();
  const other = chosen === "en" ? { code: "sv", label: "På svenska" } : { code: "en", label: "In English" };
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body style={themeStyle(tenant?.settings.accentColor)}>
        <a className="skip-link" href="#huvudinnehall">
          {t("Hoppa till innehållet")}
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <Link className="site-header__name" to="/">
              {t("Nära vård – målbilder")}
            </Link>
            {tenant ? (
              <Link className="site-header__tenant" to={`/${tenant.slug}`} lang="sv">
                {tenant.settings.logoText}
              </Link>
            ) : null}
            <a
              className="site-header__lang"
              lang={other.code}
              hrefLang={other.code}
              href={`/sprak?till=${other.code}&tillbaka=${encodeURIComponent(location.pathname + location.search)}`}
            >
              {other.label}
            </a>
          </div>
          {tenant ? <TenantNav tenant={tenant} /> : null}
        </header>
        <main id="huvudinnehall" tabIndex={-1}>
          {chosen === "en" && !translated ? (
            <p className="container note" lang="en">
              This page is available in Swedish only.
            </p>
          ) : null}
          {children}
          {tenant ? <PageFeedback slug={tenant.slug} /> : null}
        </main>
        <footer className="site-footer">
          <div className="site-footer__inner">
            <p>
              {t(
                "Nära vård – den gemensamma omställningen av hälsa, vård och omsorg i regioner och kommuner. Innehållet kommer från programmens egna dokument; det som inte gör det är märkt som demodata. Kommungränser: Källa: SCB.",
              )}
            </p>
          </div>
        </footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export const ErrorBoundary = GeneralErrorBoundary;
