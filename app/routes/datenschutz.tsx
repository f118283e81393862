import { json, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { operatorConfig, publicConfig } from "~/env.server";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { localeFromPath, messagesFor, useLocalize, useMessages } from "~/i18n";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { LinkedText, TranslationNote } from "~/ui/linked-text";

export const meta: MetaFunction = ({ location }) => {
  const { common, legal } = messagesFor(localeFromPath(location.pathname));
  return [{ title: common.title(legal.privacy.title) }];
};

export const headers = reuseLoaderHeaders;

export async function loader() {
  const { tiles } = publicConfig();
  return json(
    { operator: operatorConfig(), tileHost: tiles ? new URL(tiles.url.replace(/[{}]/g, "")).host : null },
    { headers: cacheHeaders(PAGE_CACHE_CONTROL) },
  );
}

export default function PrivacyPage() {
  const { operator, tileHost } = useLoaderData<typeof loader>();
  const { legal } = useMessages();
  const t = legal.privacy;
  const localize = useLocalize();
  const tiles = tileHost ? t.tiles(tileHost) : null;
  return (
    <div className="wrap page prose">
      <h1>{t.title}</h1>
      <TranslationNote note={legal.translationNote} germanPath="/datenschutz" />
      <p className="lead">{t.lead}</p>

      <h2>{t.controllerTitle}</h2>
      <p>
        {t.controller}{" "}
        {operator.name ? (
          <>
            {operator.name}
            {operator.address.length > 0 ? `, ${operator.address.join(", ")}` : ""}
            {operator.email ? (
              <>
                , <a href={`mailto:${operator.email}`}>{operator.email}</a>
              </>
            ) : null}
          </>
        ) : (
          <span className="missing">{t.controllerMissing}</span>
        )}
        <LinkedText text={t.moreInImprint} to={localize("/impressum")} />
      </p>

      <h2>{t.requestTitle}</h2>
      <ul>
        {t.request.map((item) =>
          typeof item === "string" ? (
            <li key={item}>{item}</li>
          ) : (
            <li key={item.strong}>
              {item.before}
              <strong>{item.strong}</strong>
              {item.after}
            </li>
          ),
        )}
      </ul>

      <h2>{t.storageTitle}</h2>
      <p>
        <LinkedText text={t.storage} to={localize("/merkliste")} />
      </p>

      <h2>{t.locationTitle}</h2>
      <p>{t.location}</p>

      <h2>{t.mapsTitle}</h2>
      {tiles ? (
        <p>
          {tiles.before}
          <strong>{tiles.strong}</strong>
          {tiles.after}
        </p>
      ) : (
        <p>{t.noTiles}</p>
      )}

      <h2>{t.thirdPartiesTitle}</h2>
      <p>{t.thirdParties}</p>

      <h2>{t.rightsTitle}</h2>
      <p>{t.rights}</p>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
