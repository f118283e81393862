import type { merkliste as german } from "../de/merkliste";

const number = (n: number) => n.toLocaleString("en-GB");
const count = (n: number, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`;

export const merkliste: typeof german = {
  title: "Saved list",
  save: "Save",
  unsave: "Remove from saved list",
  buttonLabel: (action, title) => `${action}: ${title}`,
  toList: (n) => `Go to saved list (${number(n)})`,
  changes: {
    saved: (title) => `“${title}” is on your saved list.`,
    removed: (title) => `“${title}” is no longer on your saved list.`,
    full: (max) => `The saved list is full (${max} entries). Please remove an entry first.`,
    cleared: "Your saved list is now empty.",
    invalid: "This entry cannot be saved.",
    unavailable: "The saved list could not be stored: your browser does not allow this site to use local storage.",
  },
  print: "Print",
  ignored: {
    intro: "Not everything in this link can be shown:",
    missing: (n) => (n === 1 ? "1 entry no longer exists in the portal." : `${number(n)} entries no longer exist in the portal.`),
    invalid: (n) =>
      n === 1 ? "1 item is not a valid entry and was ignored." : `${number(n)} items are not valid entries and were ignored.`,
    overLimit: (max, n) => `A saved list holds at most ${max} entries; ${count(n, "further entry was", "further entries were")} ignored.`,
  },
  shared: {
    intro: "This saved list was sent to you as a link, or you shared it.",
    heading: (n) => (n === 0 ? "No entries" : count(n, "entry", "entries")),
    empty: { before: "This link contains no entries the portal knows. Go to the ", link: "search", after: "." },
    takeOver: "Add all to my saved list",
    myList: (n) => `My saved list (${number(n)})`,
    takenOverFull: (added, max) => `${count(added, "entry", "entries")} added; the saved list is full (${max} entries).`,
    takenOver: (added) => `${count(added, "entry", "entries")} added to your saved list.`,
    alreadyThere: "All entries are already on your saved list.",
  },
  share: {
    title: "Share the list",
    label: "Link to this list",
    text: "The link shows exactly these entries, even without JavaScript and on any device. Whoever opens it can add them to their own saved list.",
    openShared: "Open the shared view",
    printOnline: "This list online:",
  },
  local: {
    noScript:
      "Your saved list is stored only in this browser – no account, no cookie. To show it and to save entries, this page needs JavaScript.",
    noScriptShared: {
      before: "You can open a shared link to a saved list (it ends in ",
      after: ") without JavaScript, too.",
    },
    intro:
      "Your saved list is stored only in this browser – no account, no cookie. To open it on another device or pass it on, share the link.",
    empty: "Your saved list is empty",
    loading: "Loading entries …",
    heading: (n) => count(n, "saved entry", "saved entries"),
    emptyHelp: {
      before: "Use “Save” in the search results and on the pages of the entries to keep entries here. Go to the ",
      link: "search",
      after: ".",
    },
    missing: (n) =>
      n === 1 ? "1 saved entry is no longer in the portal." : `${number(n)} saved entries are no longer in the portal.`,
    removeMissing: "Remove the ones that no longer exist",
    removedMissing: (n) => `${count(n, "entry that no longer exists was", "entries that no longer exist were")} removed.`,
    removeAll: "Remove all",
    confirmRemoveAll: (n) => `Remove all ${count(n, "entry", "entries")} from the saved list?`,
    remove: "Remove",
    removeLabel: (title) => `Remove: ${title}`,
  },
};
