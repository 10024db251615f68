import { Link, isRouteErrorResponse, useRouteError } from "@remix-run/react";

interface ErrorText {
  title: string;
  body: string;
}

function describe(error: unknown): ErrorText {
  if (isRouteErrorResponse(error)) {
    switch (error.status) {
      case 404:
        return { title: "Sidan finns inte", body: "Sidan du söker finns inte, eller så har du inte tillgång till den. Kontrollera adressen." };
      case 403:
        return { title: "Du saknar behörighet", body: "Din roll i programmet får inte göra detta. Kontakta programmets samordnare om du behöver mer behörighet." };
      case 400:
        return { title: "Förfrågan kunde inte hanteras", body: "Något i förfrågan var fel. Gå tillbaka och försök igen." };
      case 503:
        return { title: "Tjänsten är inte tillgänglig", body: "Tjänsten svarar inte just nu. Försök igen om en stund." };
    }
  }
  return { title: "Något gick fel", body: "Ett oväntat fel inträffade. Försök igen om en stund. Om felet kvarstår, kontakta supporten." };
}

/**
 * The one error view every route shows. It never renders the error itself: a stack trace or an
 * API message could leak internals, and staff need a plain next step instead.
 */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const { title, body } = describe(error);
  if (!isRouteErrorResponse(error)) console.error(error);
  return (
    <div className="error-page">
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <Link to="/">Till startsidan</Link>
      </p>
    </div>
  );
}
