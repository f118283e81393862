// The Merkliste in the browser: localStorage behind useSyncExternalStore, so every button and
// the /merkliste page show the same list, other tabs included ("storage" event). On the server
// and during hydration the list is `null` (unknown): nothing depending on it is rendered, which
// is also what a visitor without JavaScript sees.
import { useCallback, useMemo, useSyncExternalStore } from "react";
import {
  addToMerkliste,
  mergeIntoMerkliste,
  MERKLISTE_STORAGE_KEY,
  parseStoredMerkliste,
  removeFromMerkliste,
  serialiseMerkliste,
  type AddOutcome,
} from "./storage";

/** Same-tab change notification; "storage" events only reach other tabs. */
const CHANGE_EVENT = "bildungsportal:merkliste";

function subscribe(onChange: () => void) {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === MERKLISTE_STORAGE_KEY) onChange();
  };
  window.addEventListener("storage", onStorage);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** The raw stored string; "" when nothing is stored or storage is blocked (privacy settings). */
function readRaw(): string {
  try {
    return window.localStorage.getItem(MERKLISTE_STORAGE_KEY) ?? "";
  } catch {
    return "";
  }
}

const serverSnapshot = () => null;

function write(slugs: string[]): boolean {
  try {
    window.localStorage.setItem(MERKLISTE_STORAGE_KEY, serialiseMerkliste(slugs));
  } catch {
    return false;
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return true;
}

/** What an action did, for the message a screen reader hears. */
export type MerklisteChange = AddOutcome | "removed" | "cleared" | "unavailable";

export function useMerkliste() {
  const raw = useSyncExternalStore(subscribe, readRaw, serverSnapshot);
  const slugs = useMemo(() => (raw === null ? null : parseStoredMerkliste(raw)), [raw]);

  // Every action starts from what is stored now, not from the last render: another tab
  // may have changed the list in between.
  const add = useCallback((slug: string): MerklisteChange => {
    const { list, outcome } = addToMerkliste(parseStoredMerkliste(readRaw()), slug);
    if (outcome !== "added") return outcome;
    return write(list) ? "added" : "unavailable";
  }, []);
  const remove = useCallback((slug: string): MerklisteChange => {
    return write(removeFromMerkliste(parseStoredMerkliste(readRaw()), slug)) ? "removed" : "unavailable";
  }, []);
  const addAll = useCallback((more: string[]) => {
    const merged = mergeIntoMerkliste(parseStoredMerkliste(readRaw()), more);
    return { ...merged, saved: merged.added === 0 || write(merged.list) };
  }, []);
  const clear = useCallback((): MerklisteChange => (write([]) ? "cleared" : "unavailable"), []);

  return { slugs, add, remove, addAll, clear };
}
