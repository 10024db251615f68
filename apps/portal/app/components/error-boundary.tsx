import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { useT } from "../lib/i18n.ts";

/** One error page for every route: Swedish, no stack traces, a way home. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (!isRouteErrorResponse(error)) console.error(error);
  const [heading, text] =
    status === 404
      ? ["Sidan finns inte", "Vi hittar inte sidan du söker. Den kan ha flyttats, eller så är adressen felstavad."]
      : status === 503
        ? ["Tillfälligt otillgänglig", "Tjänsten svarar inte just nu. Försök igen om en liten stund."]
        : status === 400
          ? ["Ogiltig adress", "Adressen innehåller något vi inte förstår. Kontrollera den och försök igen."]
          : ["Något gick fel", "Ett oväntat fel inträffade. Försök igen, eller gå till startsidan."];
  return (
    <div className="container">
      <h1>{t(heading)}</h1>
      <p>{t(text)}</p>
      <p>
        <a href="/">{t("Till startsidan med alla program")}</a>
      </p>
    </div>
  );
}
