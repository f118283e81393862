import { json, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { operatorConfig, publicConfig } from "~/env.server";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { localeFromPath, messagesFor, useLocalize, useMessages } from "~/i18n";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { LinkedText, TranslationNote } from "~/ui/linked-text";

export const meta: MetaFunction = ({ location }) => {
  const { common, legal } = messagesFor(localeFromPath(location.pathname));
  return [{ title: common.title(legal.accessibility.title) }];
};

export const headers = reuseLoaderHeaders;

/** When this statement was last reviewed against the portal; update it with every review. */
const STATEMENT_DATE = new Date("2026-11-22T00:00:00Z");

export async function loader() {
  const operator = operatorConfig();
  return json(
    { operatorName: operator.name, contact: publicConfig().feedbackEmail, phone: operator.phone },
    { headers: cacheHeaders(PAGE_CACHE_CONTROL) },
  );
}

// The structure follows the model statement of the L-BGG-DVO Baden-Württemberg (Anlage 1).
export default function AccessibilityStatementPage() {
  const { operatorName, contact, phone } = useLoaderData<typeof loader>();
  const { legal } = useMessages();
  const t = legal.accessibility;
  const localize = useLocalize();
  return (
    <div className="wrap page prose">
      <h1>{t.title}</h1>
      <TranslationNote note={legal.translationNote} germanPath="/barrierefreiheit" />
      <p>
        {operatorName ?? <span className="missing">{t.operatorMissing}</span>}
        {t.scope}
      </p>

      <h2>{t.complianceTitle}</h2>
      <p>
        {t.compliance.before}
        <strong>{t.compliance.strong}</strong>
        {t.compliance.after}
      </p>

      <h2>{t.nonAccessibleTitle}</h2>
      <h3>{t.incompatibilitiesTitle}</h3>
      <ul>
        <li>
          <LinkedText text={t.signLanguage} to={localize("/leichte-sprache")} />
        </li>
        {t.incompatibilities.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2>{t.preparationTitle}</h2>
      <p>{t.prepared(STATEMENT_DATE)}</p>
      <p>{t.method}</p>

      <h2>{t.feedbackTitle}</h2>
      <p>{t.feedback}</p>
      <ul>
        <li>
          {t.email}{" "}
          {contact ? (
            <a href={`mailto:${contact}?subject=${encodeURIComponent(t.emailSubject)}`}>{contact}</a>
          ) : (
            <span className="missing">{t.emailMissing}</span>
          )}
        </li>
        {phone ? (
          <li>
            {t.phone} {phone}
          </li>
        ) : null}
      </ul>

      <h2>{t.enforcementTitle}</h2>
      <p>{t.enforcement}</p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
