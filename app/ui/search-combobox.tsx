// The search box with suggestions: an editable combobox with a listbox popup, after the
// ARIA 1.2 pattern (APG "Editable Combobox With List Autocomplete"). The server renders the
// plain text input of the GET form; role, popup and live region only appear after
// hydration, so without JavaScript the form works exactly as before.
import { useNavigate } from "@remix-run/react";
import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from "react";
import { useHydrated } from "remix-utils/use-hydrated";
import type { Sector } from "~/catalogue/vocabulary";
import { useLocalize, useMessages, type Messages } from "~/i18n";
import { toSearchQuery, type SearchParams } from "~/search/params";
import { MAX_SUGGEST_QUERY_LENGTH, queryWithout, type Suggestions } from "~/search/suggest";
import { useGermanData } from "./german";

/** Filters a new search keeps (everything but the words and the page). */
export type SearchFilters = Omit<Partial<SearchParams>, "q" | "seite">;

/** Fewer typed characters than this ask for nothing: one letter matches half the catalogue. */
const MIN_QUERY_LENGTH = 2;
const DEBOUNCE_MS = 200;

type Option =
  | { kind: "entry"; label: string; type: string; municipality: string | null; slug: string }
  | { kind: "gemeinde"; label: string; slug: string }
  | { kind: "kategorie"; label: string; key: Sector };

type Group = { key: string; label: string; options: Option[] };

/** Entries and Gemeinden keep their (German) names; sectors are named in the page's language. */
function toGroups(suggestions: Suggestions | null, messages: Messages): Group[] {
  if (!suggestions) return [];
  const texts = messages.search.suggestions;
  const groups: Group[] = [
    {
      key: "eintraege",
      label: texts.groups.eintraege,
      options: suggestions.entries.map((entry) => ({
        kind: "entry",
        label: entry.title,
        type: entry.type,
        municipality: entry.municipality?.name ?? null,
        slug: entry.slug,
      })),
    },
    {
      key: "gemeinden",
      label: texts.groups.gemeinden,
      options: suggestions.gemeinden.map((gemeinde) => ({ kind: "gemeinde", label: gemeinde.name, slug: gemeinde.slug })),
    },
    {
      key: "bereiche",
      label: texts.groups.bereiche,
      options: suggestions.kategorien.map((sector) => ({
        kind: "kategorie",
        label: messages.vocabulary.sectors[sector.key] ?? sector.label,
        key: sector.key,
      })),
    },
  ];
  return groups.filter((group) => group.options.length > 0);
}

function normalized(text: string) {
  return text.replace(/\s+/g, " ").trim();
}

export function SearchCombobox({
  id = "suchbegriff",
  name = "q",
  defaultValue,
  filters,
  placeholder,
  describedBy,
}: {
  id?: string;
  name?: string;
  defaultValue: string;
  filters: SearchFilters;
  placeholder?: string;
  describedBy?: string;
}) {
  const hydrated = useHydrated();
  const navigate = useNavigate();
  const messages = useMessages();
  const localize = useLocalize();
  const germanData = useGermanData();
  const inputRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const pending = useRef<AbortController>();
  const latestRequest = useRef(0);
  const shownValue = useRef(defaultValue);

  const [suggestions, setSuggestions] = useState<Suggestions | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");

  const listboxId = `${id}-vorschlaege`;
  const optionId = (index: number) => `${id}-vorschlag-${index}`;
  const groups = toGroups(suggestions, messages);
  const options = groups.flatMap((group) => group.options);
  const expanded = open && options.length > 0;

  function cancelPending() {
    clearTimeout(timer.current);
    pending.current?.abort();
    pending.current = undefined;
    // Whatever is still on its way answers an older question.
    latestRequest.current += 1;
  }

  function close() {
    setOpen(false);
    setActive(-1);
  }

  // The route's query changed (a search was run): show it and forget the old suggestions.
  // Not on mount, where it would throw away what someone typed before hydration.
  useEffect(() => {
    if (shownValue.current === defaultValue) return;
    shownValue.current = defaultValue;
    if (inputRef.current) inputRef.current.value = defaultValue;
    cancelPending();
    setSuggestions(null);
    close();
  }, [defaultValue]);

  useEffect(() => cancelPending, []);

  // Keep the highlighted option visible in a list that scrolls.
  const activeId = expanded && active >= 0 ? optionId(active) : undefined;
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  async function load(query: string, request: number) {
    const controller = new AbortController();
    pending.current = controller;
    try {
      const response = await fetch(`/api/v1/suggest?${new URLSearchParams({ q: query })}`, {
        signal: controller.signal,
        headers: { Accept: "application/json" },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = (await response.json()) as Suggestions;
      if (request !== latestRequest.current) return;
      const count = toGroups(data, messages).reduce((sum, group) => sum + group.options.length, 0);
      const focused = document.activeElement === inputRef.current;
      setSuggestions(data);
      setActive(-1);
      setOpen(focused && count > 0);
      if (focused) setStatus(messages.search.suggestions.status(count));
    } catch {
      // Aborted, offline or search unavailable: the form still submits as usual.
      if (request !== latestRequest.current) return;
      setSuggestions(null);
      close();
    } finally {
      if (pending.current === controller) pending.current = undefined;
    }
  }

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    cancelPending();
    setActive(-1);
    const query = normalized(event.target.value);
    if (query.length < MIN_QUERY_LENGTH || query.length > MAX_SUGGEST_QUERY_LENGTH) {
      setSuggestions(null);
      setOpen(false);
      setStatus("");
      return;
    }
    const request = latestRequest.current;
    timer.current = setTimeout(() => void load(query, request), DEBOUNCE_MS);
  }

  /** The chosen Gemeinde or sector replaces that filter; the words it stood for leave the query. */
  function choose(option: Option) {
    const input = inputRef.current;
    cancelPending();
    close();
    if (option.kind === "entry") {
      navigate(localize(`/angebote/${option.slug}`));
      return;
    }
    const q =
      option.kind === "gemeinde"
        ? queryWithout(input?.value ?? "", { kind: "gemeinde", name: option.label })
        : queryWithout(input?.value ?? "", { kind: "kategorie", key: option.key });
    // The box shows what is searched for, also when the route's query stays the same.
    if (input) input.value = q;
    const change = option.kind === "gemeinde" ? { gemeinde: [option.slug] } : { kategorie: [option.key] };
    navigate(localize(`/suche${toSearchQuery({ ...filters, ...change, q })}`));
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (count === 0) return;
        event.preventDefault();
        const down = event.key === "ArrowDown";
        if (!expanded) {
          setOpen(true);
          // Alt+ArrowDown only opens the list, as in the APG pattern.
          setActive(event.altKey ? -1 : down ? 0 : count - 1);
        } else if (down) {
          setActive(active + 1 >= count ? 0 : active + 1);
        } else {
          setActive(active <= 0 ? count - 1 : active - 1);
        }
        return;
      }
      case "Enter": {
        const option = expanded && active >= 0 ? options[active] : undefined;
        if (option) {
          event.preventDefault();
          choose(option);
        } else {
          // No option chosen: the form submits the typed words.
          cancelPending();
          close();
        }
        return;
      }
      case "Escape": {
        if (expanded) {
          event.preventDefault();
          close();
        } else if (inputRef.current?.value) {
          event.preventDefault();
          inputRef.current.value = "";
          cancelPending();
          setSuggestions(null);
          setStatus("");
        }
        return;
      }
      case "Tab":
        close();
        return;
      case "ArrowLeft":
      case "ArrowRight":
      case "Home":
      case "End":
        // The caret moves in the text; the highlighted option is no longer current.
        setActive(-1);
        return;
      default:
        return;
    }
  }

  let index = -1;
  return (
    <div className="combobox">
      <input
        ref={inputRef}
        id={id}
        name={name}
        type="search"
        defaultValue={defaultValue}
        maxLength={200}
        autoComplete="off"
        placeholder={placeholder}
        aria-describedby={describedBy}
        {...(hydrated
          ? {
              role: "combobox",
              "aria-autocomplete": "list" as const,
              "aria-expanded": expanded,
              "aria-controls": listboxId,
              "aria-activedescendant": activeId,
              onChange: handleChange,
              onKeyDown: handleKeyDown,
              onBlur: close,
            }
          : {})}
      />
      {hydrated ? (
        <>
          <div
            id={listboxId}
            role="listbox"
            aria-label={messages.search.suggestions.label}
            className="combobox__listbox"
            hidden={!expanded}
            // Keep the focus in the input while an option is clicked.
            onMouseDown={(event) => event.preventDefault()}
          >
            {groups.map((group) => (
              <div key={group.key} role="group" aria-labelledby={`${id}-gruppe-${group.key}`} className="combobox__group">
                <div role="presentation" id={`${id}-gruppe-${group.key}`} className="combobox__group-label">
                  {group.label}
                </div>
                {group.options.map((option) => {
                  index += 1;
                  const optionIndex = index;
                  return (
                    <div
                      key={`${option.kind}-${option.kind === "kategorie" ? option.key : option.slug}`}
                      id={optionId(optionIndex)}
                      role="option"
                      aria-selected={optionIndex === active}
                      className="combobox__option"
                      onClick={() => choose(option)}
                    >
                      <span className="combobox__option-label" {...(option.kind === "kategorie" ? {} : germanData)}>
                        {option.label}
                      </span>
                      {option.kind === "entry" ? (
                        <>
                          {" "}
                          <span className="combobox__option-detail">
                            <span {...germanData}>{option.type}</span>
                            {" · "}
                            {option.municipality === null ? (
                              messages.search.suggestions.districtWide
                            ) : (
                              <span {...germanData}>{option.municipality}</span>
                            )}
                          </span>
                        </>
                      ) : null}
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
          <div role="status" aria-live="polite" aria-atomic="true" className="combobox__status">
            {status}
          </div>
        </>
      ) : null}
    </div>
  );
}
