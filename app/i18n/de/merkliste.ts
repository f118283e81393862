// German UI texts of the Merkliste: the "Merken" button, its messages and the /merkliste page.
// Text around a link is split into `before`, `link` and `after`.

const number = (n: number) => n.toLocaleString("de-DE");
const count = (n: number, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`;

export const merkliste = {
  title: "Merkliste",
  save: "Merken",
  unsave: "Nicht mehr merken",
  /** The accessible name of the button: what it does, to which entry. */
  buttonLabel: (action: string, title: string) => `${action}: ${title}`,
  toList: (n: number) => `Zur Merkliste (${number(n)})`,
  /** What a change did, for the message a screen reader hears. */
  changes: {
    saved: (title: string) => `„${title}“ steht auf Ihrer Merkliste.`,
    removed: (title: string) => `„${title}“ ist nicht mehr auf Ihrer Merkliste.`,
    full: (max: number) => `Die Merkliste ist voll (${max} Einträge). Bitte entfernen Sie zuerst einen Eintrag.`,
    cleared: "Die Merkliste ist jetzt leer.",
    invalid: "Dieser Eintrag kann nicht gemerkt werden.",
    unavailable: "Die Merkliste konnte nicht gespeichert werden: Ihr Browser erlaubt dieser Seite keinen lokalen Speicher.",
  },
  print: "Drucken",
  ignored: {
    intro: "Nicht alles aus diesem Link kann angezeigt werden:",
    missing: (n: number) =>
      n === 1 ? "1 Eintrag gibt es im Portal nicht (mehr)." : `${number(n)} Einträge gibt es im Portal nicht (mehr).`,
    invalid: (n: number) =>
      n === 1
        ? "1 Angabe ist kein gültiger Eintrag und wurde ignoriert."
        : `${number(n)} Angaben sind keine gültigen Einträge und wurden ignoriert.`,
    overLimit: (max: number, n: number) =>
      `Eine Merkliste fasst höchstens ${max} Einträge; ${count(n, "weiterer wurde", "weitere wurden")} ignoriert.`,
  },
  shared: {
    intro: "Diese Merkliste wurde Ihnen als Link geschickt oder von Ihnen geteilt.",
    heading: (n: number) => (n === 0 ? "Keine Einträge" : count(n, "Eintrag", "Einträge")),
    empty: { before: "Dieser Link enthält keine Einträge, die das Portal kennt. Zur ", link: "Suche", after: "." },
    takeOver: "Alle auf meine Merkliste übernehmen",
    myList: (n: number) => `Meine Merkliste (${number(n)})`,
    takenOverFull: (added: number, max: number) =>
      `${count(added, "Eintrag", "Einträge")} übernommen; die Merkliste ist voll (${max} Einträge).`,
    takenOver: (added: number) => `${count(added, "Eintrag", "Einträge")} auf Ihre Merkliste übernommen.`,
    alreadyThere: "Alle Einträge stehen schon auf Ihrer Merkliste.",
  },
  share: {
    title: "Liste teilen",
    label: "Link zu dieser Liste",
    text: "Der Link zeigt genau diese Einträge, auch ohne JavaScript und auf jedem Gerät. Wer ihn öffnet, kann sie auf die eigene Merkliste übernehmen.",
    openShared: "Geteilte Ansicht öffnen",
    printOnline: "Diese Liste online:",
  },
  local: {
    noScript:
      "Ihre Merkliste wird nur in diesem Browser gespeichert – ohne Konto und ohne Cookie. Um sie anzuzeigen und Einträge zu merken, braucht diese Seite JavaScript.",
    noScriptShared: {
      before: "Einen geteilten Link auf eine Merkliste (er endet auf ",
      after: ") können Sie auch ohne JavaScript öffnen.",
    },
    intro:
      "Ihre Merkliste wird nur in diesem Browser gespeichert – ohne Konto und ohne Cookie. Um sie an einem anderen Gerät zu öffnen oder weiterzugeben, teilen Sie den Link.",
    empty: "Ihre Merkliste ist leer",
    loading: "Einträge werden geladen …",
    heading: (n: number) => count(n, "gemerkter Eintrag", "gemerkte Einträge"),
    emptyHelp: {
      before: "Mit „Merken“ bei den Suchergebnissen und auf den Seiten der Einträge legen Sie Einträge hier ab. Zur ",
      link: "Suche",
      after: ".",
    },
    missing: (n: number) =>
      n === 1 ? "1 gemerkter Eintrag ist nicht mehr im Portal." : `${number(n)} gemerkte Einträge sind nicht mehr im Portal.`,
    removeMissing: "Nicht mehr vorhandene entfernen",
    removedMissing: (n: number) =>
      `${count(n, "nicht mehr vorhandener Eintrag wurde", "nicht mehr vorhandene Einträge wurden")} entfernt.`,
    removeAll: "Alle entfernen",
    confirmRemoveAll: (n: number) => `Alle ${count(n, "Eintrag", "Einträge")} von der Merkliste entfernen?`,
    remove: "Entfernen",
    removeLabel: (title: string) => `Entfernen: ${title}`,
  },
};
