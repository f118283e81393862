import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useLocalize, useMessages } from "~/i18n";

/** The one error view of every route. Never shows stack traces or internal messages. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const { errors } = useMessages().common;
  const localize = useLocalize();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (!isRouteErrorResponse(error)) console.error(error);
  const message = status === 400 || status === 404 || status === 503 ? errors[status] : errors.other;
  return (
    <div className="wrap page">
      <h1>{message.title}</h1>
      <p>{message.text}</p>
      <p>
        <Link to={localize("/")}>{errors.home}</Link> · <Link to={localize("/suche")}>{errors.search}</Link>
      </p>
    </div>
  );
}
