import { json, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { operatorConfig } from "~/env.server";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { localeFromPath, messagesFor, useLocalize, useMessages } from "~/i18n";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { LinkedText, TranslationNote } from "~/ui/linked-text";

export const meta: MetaFunction = ({ location }) => {
  const { common, legal } = messagesFor(localeFromPath(location.pathname));
  return [{ title: common.title(legal.imprint.title) }];
};

export const headers = reuseLoaderHeaders;

export async function loader() {
  return json({ operator: operatorConfig() }, { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

/** A configured value, or a clearly marked gap naming the setting that fills it. */
function Field({ value, setting }: { value: string | null; setting: string }) {
  const { legal } = useMessages();
  return value ? <>{value}</> : <span className="missing">{legal.imprint.missing(setting)}</span>;
}

export default function ImprintPage() {
  const { operator } = useLoaderData<typeof loader>();
  const { legal } = useMessages();
  const t = legal.imprint;
  const localize = useLocalize();
  const complete = operator.name !== null && operator.address.length > 0 && operator.email !== null && operator.representative !== null;
  return (
    <div className="wrap page prose">
      <h1>{t.title}</h1>
      <TranslationNote note={legal.translationNote} germanPath="/impressum" />
      {complete ? null : (
        <div className="notice notice--error" role="note">
          <p>
            <strong>{t.incomplete.strong}</strong> {t.incomplete.text}
          </p>
        </div>
      )}
      <h2>{t.provider}</h2>
      <p>{t.providerBasis}</p>
      <address>
        <Field value={operator.name} setting="OPERATOR_NAME" />
        <br />
        {operator.address.length > 0 ? (
          operator.address.map((line) => (
            <span key={line}>
              {line}
              <br />
            </span>
          ))
        ) : (
          <Field value={null} setting="OPERATOR_ADDRESS" />
        )}
      </address>
      <dl className="facts-list">
        <dt>{t.representedBy}</dt>
        <dd>
          <Field value={operator.representative} setting="OPERATOR_REPRESENTATIVE" />
        </dd>
        <dt>{t.email}</dt>
        <dd>
          {operator.email ? <a href={`mailto:${operator.email}`}>{operator.email}</a> : <Field value={null} setting="OPERATOR_EMAIL" />}
        </dd>
        <dt>{t.phone}</dt>
        <dd>{operator.phone ?? <Field value={null} setting="OPERATOR_PHONE" />}</dd>
        <dt>{t.contentResponsible}</dt>
        <dd>
          <Field value={operator.contentResponsible} setting="OPERATOR_CONTENT_RESPONSIBLE" />
        </dd>
      </dl>

      <h2>{t.contentTitle}</h2>
      <p>
        <LinkedText text={t.content} to={localize("/datenquellen")} />
      </p>
      <h2>{t.linksTitle}</h2>
      <p>{t.links}</p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
