import type { MetaFunction } from "@remix-run/node";
import { Fragment } from "react";
import type { EasyLine } from "~/i18n/de/legal";
import { localeFromPath, messagesFor, useLocale, useLocalize, useMessages } from "~/i18n";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { LinkedText } from "~/ui/linked-text";

export const meta: MetaFunction = ({ location }) => {
  const { common, legal } = messagesFor(localeFromPath(location.pathname));
  return [{ title: common.title(legal.easyLanguage.title) }];
};

function Line({ line }: { line: EasyLine }) {
  const localize = useLocalize();
  if (typeof line === "string") return <>{line}</>;
  return <LinkedText text={line} to={localize(line.to)} />;
}

const keyOf = (line: EasyLine) => (typeof line === "string" ? line : line.link);

// Leichte Sprache is German by nature: pages in other languages introduce the German text in
// their language and mark it as German.
export default function EasyLanguagePage() {
  const { title, intro, text } = useMessages().legal.easyLanguage;
  const german = useLocale() === "de";
  return (
    <div className="wrap page prose easy-language">
      <h1>{german ? text.title : title}</h1>
      {intro ? <p className="lead">{intro}</p> : null}
      <div lang={german ? undefined : "de"}>
        {text.sections.map((section) => (
          <Fragment key={section.heading}>
            <h2>{section.heading}</h2>
            {section.blocks.map((block) =>
              typeof block === "object" && "list" in block ? (
                block.list === "ul" ? (
                  <ul key={block.items.map(keyOf).join()}>
                    {block.items.map((item) => (
                      <li key={keyOf(item)}>
                        <Line line={item} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <ol key={block.items.map(keyOf).join()}>
                    {block.items.map((item) => (
                      <li key={keyOf(item)}>
                        <Line line={item} />
                      </li>
                    ))}
                  </ol>
                )
              ) : (
                <p key={keyOf(block)}>
                  <Line line={block} />
                </p>
              ),
            )}
          </Fragment>
        ))}
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
