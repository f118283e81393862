// The fields of the entry form, shared by "Neuer Eintrag" and the edit page. Every field has
// a visible label; an error sits under its field and is tied to it (aria-invalid,
// aria-describedby). Values are re-rendered as posted, so nothing typed is lost.
import { Fragment, type ReactNode } from "react";
import {
  AUDIENCE_LABELS,
  AUDIENCES,
  CARRIER_LABELS,
  CARRIERS,
  SECTOR_LABELS,
  SECTORS,
  TOPIC_LABELS,
  TOPICS,
  type EntryKind,
} from "~/catalogue/vocabulary";
import { GEO_PRECISION_LABELS, MANUAL_GEO_SOURCE, type EntryFormValues, type FieldErrors, type FieldName } from "./entry-form";
import { PinEditorFrame } from "./pin-editor";
import { FieldError, Notice } from "./ui";

export type EntryFieldsContext = {
  municipalities: { slug: string; name: string }[];
  institutions: { id: number; name: string }[];
  types: string[];
};

const idOf = (name: FieldName) => `feld-${name}`;

/** aria props of a field: its hint and its error, when there are any. */
function describe(name: FieldName, error: string | undefined, hint: boolean) {
  const ids = [hint ? `${idOf(name)}-hinweis` : null, error ? `${idOf(name)}-fehler` : null].filter(Boolean);
  return {
    ...(error ? { "aria-invalid": true as const } : {}),
    ...(ids.length > 0 ? { "aria-describedby": ids.join(" ") } : {}),
  };
}

function Field({
  name,
  label,
  hint,
  error,
  required,
  children,
}: {
  name: FieldName;
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: (props: { id: string; name: FieldName; required?: boolean } & ReturnType<typeof describe>) => ReactNode;
}) {
  const id = idOf(name);
  return (
    <div className="entry-field">
      <label htmlFor={id}>
        {label}
        {required ? <span className="entry-field__required"> (Pflichtangabe)</span> : null}
      </label>
      {hint ? (
        <p className="hint entry-field__hint" id={`${id}-hinweis`}>
          {hint}
        </p>
      ) : null}
      {children({ id, name, required, ...describe(name, error, Boolean(hint)) })}
      <FieldError id={`${id}-fehler`} message={error} />
    </div>
  );
}

function Text({
  values,
  errors,
  name,
  label,
  hint,
  required,
  inputMode,
  type = "text",
  list,
  autoComplete = "off",
}: {
  values: EntryFormValues;
  errors: FieldErrors;
  name: Exclude<FieldName, "topics" | "audiences" | "reviewed">;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  inputMode?: "decimal" | "numeric" | "tel" | "email" | "url";
  type?: "text" | "email" | "url" | "tel";
  list?: string;
  autoComplete?: string;
}) {
  return (
    <Field name={name} label={label} hint={hint} error={errors[name]} required={required}>
      {(props) => (
        <input {...props} type={type} inputMode={inputMode} list={list} autoComplete={autoComplete} defaultValue={values[name]} />
      )}
    </Field>
  );
}

function Area({
  values,
  errors,
  name,
  label,
  hint,
  required,
  rows = 4,
}: {
  values: EntryFormValues;
  errors: FieldErrors;
  name: "description" | "types" | "sourceUrls";
  label: string;
  hint?: ReactNode;
  required?: boolean;
  rows?: number;
}) {
  return (
    <Field name={name} label={label} hint={hint} error={errors[name]} required={required}>
      {(props) => <textarea {...props} rows={rows} defaultValue={values[name]} />}
    </Field>
  );
}

function Select({
  values,
  errors,
  name,
  label,
  hint,
  required,
  empty,
  options,
}: {
  values: EntryFormValues;
  errors: FieldErrors;
  name: "sector" | "carrier" | "institution" | "gemeinde";
  label: string;
  hint?: ReactNode;
  required?: boolean;
  /** The label of the empty choice. */
  empty: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <Field name={name} label={label} hint={hint} error={errors[name]} required={required}>
      {(props) => (
        <select {...props} defaultValue={values[name]}>
          <option value="">{empty}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function Choices({
  values,
  errors,
  name,
  legend,
  options,
}: {
  values: EntryFormValues;
  errors: FieldErrors;
  name: "topics" | "audiences";
  legend: string;
  options: readonly { value: string; label: string }[];
}) {
  const error = errors[name];
  const errorId = `${idOf(name)}-fehler`;
  return (
    <fieldset className="entry-choices" id={idOf(name)} aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      <ul>
        {options.map((option) => (
          <li key={option.value}>
            <label>
              <input type="checkbox" name={name} value={option.value} defaultChecked={values[name].includes(option.value)} /> {option.label}
            </label>
          </li>
        ))}
      </ul>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

/** Why nothing was saved, with a link to each field that needs a change. */
export function ErrorSummary({ message, errors }: { message: string; errors: FieldErrors }) {
  const problems = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  return (
    <Notice kind="error">
      <p>{message}</p>
      {problems.length > 0 ? (
        <ul>
          {problems.map(([field, text]) => (
            <li key={field}>
              <a href={`#feld-${field}`}>{text}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </Notice>
  );
}

/** What the stored precision means, for the line above the position fields. */
function positionText(values: EntryFormValues) {
  if (values.lat === "" || values.lng === "") return "Derzeit ist keine Position gespeichert: Der Eintrag erscheint auf keiner Karte.";
  const precision = values.geoPrecision === "exact" || values.geoPrecision === "municipality" ? values.geoPrecision : null;
  if (!precision) return "Die Genauigkeit der Position ist nicht bekannt.";
  const source = values.geoSource ? ` (Herkunft: ${values.geoSource})` : "";
  return `Lage: ${GEO_PRECISION_LABELS[precision]}${source}.`;
}

/**
 * `revision` changes with every answer of the server: the fields are then drawn anew with the
 * values it sent (uncontrolled inputs keep their first value otherwise). The map stays
 * mounted, so Leaflet is never torn down in the middle of an animation.
 */
export function EntryFields({
  kind,
  values,
  errors,
  context,
  revision,
}: {
  kind: EntryKind;
  values: EntryFormValues;
  errors: FieldErrors;
  context: EntryFieldsContext;
  revision: string | number;
}) {
  const shared = { values, errors };
  const initial =
    values.lat !== "" &&
    values.lng !== "" &&
    Number.isFinite(Number(values.lat.replace(",", "."))) &&
    Number.isFinite(Number(values.lng.replace(",", ".")))
      ? { lat: Number(values.lat.replace(",", ".")), lng: Number(values.lng.replace(",", ".")) }
      : null;
  return (
    <>
      <Fragment key={`grunddaten-${revision}`}>
        <fieldset>
          <legend>Grunddaten</legend>
          <Text {...shared} name="name" label={kind === "einrichtung" ? "Name der Einrichtung" : "Titel des Angebots"} required />
          <Select
            {...shared}
            name="sector"
            label="Bereich"
            required
            empty="Bitte wählen"
            options={SECTORS.map((value) => ({ value, label: SECTOR_LABELS[value] }))}
          />
          <Text
            {...shared}
            name="type"
            label="Art"
            hint="Wie die Einrichtung oder das Angebot heißt, z. B. „Grundschule“, „Bibliothek“, „Beratungsstelle“."
            list="entry-types"
            required
          />
          <datalist id="entry-types">
            {context.types.map((type) => (
              <option key={type} value={type} />
            ))}
          </datalist>
          {kind === "einrichtung" ? (
            <>
              <Area
                {...shared}
                name="types"
                label="Weitere Arten"
                hint="Nur wenn die Einrichtung mehrere Arten hat (z. B. Grund- und Werkrealschule): eine je Zeile."
                rows={2}
              />
              <Text {...shared} name="typeDetail" label="Art laut Quelle" hint="Nur wenn die Quelle die Art genauer benennt." />
              <Select
                {...shared}
                name="carrier"
                label="Trägerschaft"
                empty="nicht angegeben"
                options={CARRIERS.map((value) => ({ value, label: CARRIER_LABELS[value] }))}
              />
            </>
          ) : (
            <>
              <Select
                {...shared}
                name="institution"
                label="Einrichtung, die das Angebot macht"
                empty="keine oder nicht im Katalog"
                options={context.institutions.map((institution) => ({ value: String(institution.id), label: institution.name }))}
              />
              <Choices {...shared} name="topics" legend="Themen" options={TOPICS.map((value) => ({ value, label: TOPIC_LABELS[value] }))} />
              <Choices
                {...shared}
                name="audiences"
                legend="Zielgruppen im Portal"
                options={AUDIENCES.map((value) => ({ value, label: AUDIENCE_LABELS[value] }))}
              />
            </>
          )}
          <Area {...shared} name="description" label="Beschreibung" hint="Reiner Text, ohne HTML. Höchstens 5.000 Zeichen." rows={6} />
          <Text {...shared} name="targetGroup" label="Zielgruppe (in Worten)" hint="Z. B. „Kinder von 3 bis 6 Jahren und ihre Familien“." />
          <div className="entry-pair">
            <Text {...shared} name="ageMin" label="Alter von (Jahre)" inputMode="numeric" />
            <Text {...shared} name="ageMax" label="Alter bis (Jahre)" inputMode="numeric" />
          </div>
        </fieldset>

        <fieldset>
          <legend>Kontakt</legend>
          <Text {...shared} name="phone" label="Telefon" type="tel" inputMode="tel" hint="Eine Nummer, z. B. 07141 144-0." />
          {kind === "einrichtung" ? <Text {...shared} name="email" label="E-Mail" type="email" inputMode="email" /> : null}
          <Text {...shared} name="website" label="Website" type="url" inputMode="url" hint="Vollständig, mit https://" />
        </fieldset>
      </Fragment>

      <fieldset id="lage">
        <legend>Adresse und Lage</legend>
        <Fragment key={`lage-${revision}`}>
          <Text {...shared} name="street" label="Straße und Hausnummer" />
          <div className="entry-pair">
            <Text {...shared} name="postcode" label="Postleitzahl" inputMode="numeric" />
            <Text {...shared} name="town" label="Ort" />
          </div>
          <Select
            {...shared}
            name="gemeinde"
            label="Gemeinde"
            hint="Die Stadt oder Gemeinde im Landkreis, zu der die Adresse gehört."
            empty="keine (landkreisweit)"
            options={context.municipalities.map((municipality) => ({ value: municipality.slug, label: municipality.name }))}
          />
          <p className="entry-position">{positionText(values)}</p>
          <input type="hidden" name="geoLat" value={values.geoLat} />
          <input type="hidden" name="geoLng" value={values.geoLng} />
          <input type="hidden" name="geoPrecision" value={values.geoPrecision} />
          <input type="hidden" name="geoSource" value={values.geoSource} />
          <div className="entry-pair">
            <Text {...shared} name="lat" label="Breitengrad (Nord)" inputMode="decimal" hint="Z. B. 48,8974" />
            <Text {...shared} name="lng" label="Längengrad (Ost)" inputMode="decimal" hint="Z. B. 9,1920" />
          </div>
          <p className="hint">
            Von Hand eingetragene oder auf der Karte gesetzte Werte gelten als genaue Lage (Herkunft „{MANUAL_GEO_SOURCE}“). Beide Felder
            leer: keine Position.
          </p>
          <div className="admin-actions">
            <button type="submit" name="intent" value="ortsmitte" formNoValidate>
              Position aus Adresse
            </button>
            <span className="hint">
              Ohne Adressdienst: setzt die Position nur ungefähr auf die Ortsmitte der gewählten Gemeinde. Noch nichts wird gespeichert.
            </span>
          </div>
        </Fragment>
        <PinEditorFrame
          latInputId={idOf("lat")}
          lngInputId={idOf("lng")}
          initial={initial}
          focusSlug={values.gemeinde || undefined}
          revision={revision}
        />
      </fieldset>

      <Fragment key={`herkunft-${revision}`}>
        <fieldset>
          <legend>Herkunft der Angaben</legend>
          <Area
            {...shared}
            name="sourceUrls"
            label="Quelle"
            hint="Web-Adresse(n), woher die Angaben stammen, eine je Zeile (z. B. die Seite des Trägers)."
            rows={2}
            required
          />
          <Text
            {...shared}
            name="licence"
            label="Lizenz"
            hint="Unter welcher Lizenz oder welchen Bedingungen die Quelle die Angaben bereitstellt."
            list="entry-licences"
            required
          />
          <datalist id="entry-licences">
            <option value="Datenlizenz Deutschland – Namensnennung – Version 2.0" />
            <option value="Datenlizenz Deutschland – Zero – Version 2.0" />
            <option value="CC BY 4.0" />
            <option value="CC0 1.0" />
            <option value="Keine offene Lizenz: Fakten aus öffentlichen Webseiten in eigenen Worten, Quelle verlinkt" />
          </datalist>
          <Text {...shared} name="stand" label="Stand" hint="Wie aktuell die Angaben der Quelle sind, z. B. „März 2026“." required />
        </fieldset>

        <div className="entry-review">
          <label>
            <input type="checkbox" name="reviewed" value="ja" defaultChecked={values.reviewed} /> Angaben geprüft: Ich habe die Angaben mit
            der Quelle abgeglichen (setzt „geprüft am“ auf heute).
          </label>
        </div>
      </Fragment>
    </>
  );
}
