import { type HeadersFunction, type LinksFunction, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, Link, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { GeneralErrorBoundary } from "./components/error-boundary.tsx";
import { flash } from "./lib/flash.server.ts";
import { errorTitle, pageTitle } from "./lib/meta.ts";
import { useNonce } from "./lib/nonce.ts";
import { getOptionalUser } from "./lib/session.server.ts";
import stylesHref from "./styles/admin.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  // Named explicitly so browsers do not ask for /favicon.ico, which would look like a programme slug.
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = ({ error }) => [{ title: error ? errorTitle(error) : pageTitle() }];

// Every page shows someone's own programme: never cache it, never frame it.
export const headers: HeadersFunction = () => ({
  "Cache-Control": "private, no-store",
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
});

export async function loader({ request }: LoaderFunctionArgs) {
  const [signedIn, { message, headers }] = await Promise.all([getOptionalUser(request), flash.read(request)]);
  return data({ user: signedIn ? { name: signedIn.user.name, email: signedIn.user.email } : null, flash: message }, { headers });
}

// The flash message and the signed-in user must be current on every page, not only when the
// root's own parameters change.
export const shouldRevalidate = () => true;

export function Layout({ children }: { children: ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root");
  const user = root?.user ?? null;
  const nonce = useNonce();
  return (
    <html lang="sv">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#huvudinnehall">
          Hoppa till huvudinnehållet
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <Link className="site-header__name" to="/">
              Nära vård <span className="site-header__sub">administration</span>
            </Link>
            {user ? (
              <div className="site-header__user">
                <Link to="/konto">
                  <span className="visually-hidden">Inloggad som </span>
                  {user.name}
                  <span className="site-header__account"> – ditt konto</span>
                </Link>
                <Form method="post" action="/logga-ut">
                  <button type="submit" className="button button--secondary button--small">
                    Logga ut
                  </button>
                </Form>
              </div>
            ) : null}
          </div>
        </header>
        <main id="huvudinnehall" className="main" tabIndex={-1}>
          {/* Always present, so a message that appears after a save is announced. */}
          <div className="status" role="status">
            {root?.flash ? <p className="status__message">{root.flash}</p> : null}
          </div>
          {children}
        </main>
        <footer className="site-footer">
          <p>Nära vård – samordnarnas verktyg för målbilden. Frågor om ditt konto besvaras av programmets samordnare.</p>
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
