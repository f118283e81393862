import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { SUBJECTS } from "~/audiences/lehrkraefte";
import { loadTeacherPage } from "~/audiences/lehrkraefte.server";
import { getDb } from "~/catalogue/db.server";
import { cacheHeaders, PAGE_CACHE_CONTROL, reuseLoaderHeaders } from "~/http/headers";
import { localeFromPath, messagesFor, useLocalize, useMessages } from "~/i18n";
import { toSearchQuery } from "~/search/params";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { useGermanData } from "~/ui/german";
import { LinkedText } from "~/ui/linked-text";

export const meta: MetaFunction = ({ location }) => {
  const { common, audiences } = messagesFor(localeFromPath(location.pathname));
  return [{ title: common.title(audiences.teachers.title) }];
};

export const headers = reuseLoaderHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const page = loadTeacherPage(getDb(), new URL(request.url).searchParams);
  return json(page, { headers: cacheHeaders(PAGE_CACHE_CONTROL) });
}

export default function TeachersPage() {
  const { subject, school, issues, schoolGroups, counts, totalLernorte, otherCulture, lernorte } = useLoaderData<typeof loader>();
  const { audiences } = useMessages();
  const t = audiences.teachers;
  const localize = useLocalize();
  const dataLang = useGermanData().lang;
  const subjectsFrom = t.subjectsFrom(otherCulture);
  return (
    <div className="wrap page aud">
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>

      <Form method="get" action={localize("/lehrkraefte")} className="location-form aud-filter" aria-label={t.form}>
        <div className="aud-filter__row">
          <div>
            <label htmlFor="fach">{t.subject}</label>
            <select id="fach" name="fach" defaultValue={subject ?? ""}>
              <option value="">{t.allSubjects(totalLernorte)}</option>
              {SUBJECTS.map((option) => (
                <option key={option.id} value={option.id}>
                  {t.subjectOption(t.subjects[option.id], counts[option.id])}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="schule">{t.school}</label>
            <select id="schule" name="schule" defaultValue={school?.slug ?? ""}>
              <option value="">{t.noSchool}</option>
              {schoolGroups.map((group) => (
                <optgroup key={group.place} label={group.place} lang={dataLang}>
                  {group.schools.map((option) => (
                    <option key={option.slug} value={option.slug}>
                      {option.title} ({group.place})
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button type="submit">{t.submit}</button>
        </div>
        <p className="hint aud-filter__note">{t.gradeNote}</p>
      </Form>

      {issues.length > 0 ? (
        <div className="notice" role="status">
          <ul>
            {issues.map((issue) => (
              <li key={issue.kind}>{t.issues[issue.kind](issue.value)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <section aria-labelledby="lernorte">
        <h2 id="lernorte">{t.heading(lernorte.length, subject ? t.subjects[subject] : null, school)}</h2>
        {school ? <p className="hint">{t.distanceNote}</p> : null}
        {lernorte.length === 0 ? (
          <p>
            {t.none} <Link to={localize("/lehrkraefte")}>{t.showAll}</Link>
          </p>
        ) : null}
        <ol className="plain-list aud-lernorte">
          {lernorte.map((lernort) => (
            <li key={lernort.slug} className="aud-lernort">
              <h3>
                <Link to={localize(`/angebote/${lernort.slug}`)} lang={dataLang}>
                  {lernort.title}
                </Link>
              </h3>
              <p className="aud-meta">
                <span lang={dataLang}>{lernort.type}</span>, {lernort.place ?? audiences.noPlace}
                {lernort.distanceKm !== null ? <> · {t.away(lernort.distanceKm, lernort.approximate)}</> : null}
              </p>
              {lernort.subjects.length > 0 ? (
                <p className="aud-meta">
                  {t.subjectsOf} {lernort.subjects.map((id) => t.subjects[id]).join(", ")}
                </p>
              ) : null}
              {lernort.targetGroup ? (
                <p className="aud-meta">
                  {t.targetGroup} <span lang={dataLang}>{lernort.targetGroup}</span>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="auswahl">
        <h2 id="auswahl">{t.selectionTitle}</h2>
        <div className="prose">
          <p>{t.selection}</p>
          <p>
            <LinkedText text={subjectsFrom} to={localize(`/suche${toSearchQuery({ kategorie: ["kultur"] })}`)} />
          </p>
        </div>
      </section>

      <section aria-labelledby="programme">
        <h2 id="programme">{t.programmesTitle}</h2>
        <ul className="aud-links">
          <li>
            <Link to={localize(`/suche${toSearchQuery({ zielgruppe: ["lehrkraefte"] })}`)}>{t.programmes.forTeachers}</Link>
          </li>
          <li>
            <Link to={localize(`/suche${toSearchQuery({ typ: ["Lehrkräftefortbildung", "Hochschulweiterbildung"] })}`)}>
              {t.programmes.training}
            </Link>
          </li>
          <li>
            <Link to={localize("/themen/sprachfoerderung-grundschule")}>
              {audiences.themes.pages["sprachfoerderung-grundschule"].title}
            </Link>
          </li>
          <li>
            <Link to={localize("/themen/uebergang-schule-beruf")}>{audiences.themes.pages["uebergang-schule-beruf"].title}</Link>
          </li>
          <li>
            <Link to={localize("/projekte")}>{t.programmes.projects}</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
