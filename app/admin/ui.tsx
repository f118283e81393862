import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import type { ReactNode } from "react";
import { AuthenticityTokenInput } from "remix-utils/csrf/react";

/** The hidden CSRF field every back-office form carries. */
export function CsrfField() {
  return <AuthenticityTokenInput name="csrf" />;
}

/** The message under a form field, tied to it through `aria-describedby`. */
export function FieldError({ id, message }: { id: string; message?: string | null }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      {message}
    </p>
  );
}

/** Props that tie a field to its error message. */
export function fieldErrorProps(id: string, message?: string | null) {
  return message ? { "aria-invalid": true as const, "aria-describedby": `${id}-fehler` } : {};
}

export function Notice({ kind = "info", children }: { kind?: "info" | "error" | "success"; children: ReactNode }) {
  return (
    <div className={`notice${kind === "error" ? " notice--error" : kind === "success" ? " notice--success" : ""}`} role={kind === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}

/** "22.11.2026, 14:05" in German time. */
export function formatDateTime(iso: string | null | undefined) {
  if (!iso) return "–";
  return new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" }).format(new Date(iso));
}

export function formatDate(iso: string | null | undefined) {
  if (!iso) return "–";
  return new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" }).format(new Date(iso));
}

/** The back office's error view: says what went wrong in German, never a stack trace. */
export function AdminErrorBoundary() {
  const error = useRouteError();
  if (!isRouteErrorResponse(error)) console.error(error);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const text =
    isRouteErrorResponse(error) && typeof error.data === "string" && error.data && status < 500
      ? error.data
      : status === 404
        ? "Diese Seite oder dieser Eintrag existiert nicht (mehr)."
        : "Ein interner Fehler ist aufgetreten. Die Änderung wurde nicht gespeichert.";
  const title = status === 403 ? "Keine Berechtigung" : status === 404 ? "Nicht gefunden" : status < 500 ? "Anfrage nicht möglich" : "Fehler";
  return (
    <div className="admin-page">
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <Link to="/admin">Zur Übersicht der Redaktion</Link>
      </p>
    </div>
  );
}

/** The error view of a route without the back office's layout around it: the layout itself, the login. */
export function AdminFrameErrorBoundary() {
  return (
    <div className="wrap">
      <AdminErrorBoundary />
    </div>
  );
}
