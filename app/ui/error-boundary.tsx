import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";

const MESSAGES: Record<number, { title: string; text: string }> = {
  400: { title: "Ungültige Anfrage", text: "Die Anfrage enthält Angaben, die wir nicht verarbeiten können." },
  404: { title: "Seite nicht gefunden", text: "Diese Seite gibt es nicht oder nicht mehr." },
  503: {
    title: "Vorübergehend nicht verfügbar",
    text: "Dieser Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.",
  },
};

/** The one error view of every route. Never shows stack traces or internal messages. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (!isRouteErrorResponse(error)) console.error(error);
  const message = MESSAGES[status] ?? {
    title: "Ein Fehler ist aufgetreten",
    text: "Bitte versuchen Sie es erneut. Wenn der Fehler bleibt, versuchen Sie es später noch einmal.",
  };
  return (
    <div className="wrap page">
      <h1>{message.title}</h1>
      <p>{message.text}</p>
      <p>
        <Link to="/">Zur Startseite</Link> · <Link to="/suche">Zur Suche</Link>
      </p>
    </div>
  );
}
