// German UI texts: Impressum, Datenschutz, the accessibility statement and the page in Leichte
// Sprache. The German texts are the binding ones; other languages translate them and say so.

/** A sentence with a link (or an emphasis) in the middle. */
export type Linked = { before: string; link: string; after: string };
export type Emphasised = { before: string; strong: string; after: string };

/** Above a translated legal text: the German original applies, with a link to it. */
export type TranslationNote = { text: string; link: string };

/** A line of the Leichte-Sprache text, plain or with a link to a page of the portal. */
export type EasyLine = string | { before: string; link: string; to: string; after: string };
export type EasyBlock = EasyLine | { list: "ul" | "ol"; items: EasyLine[] };
export type EasySection = { heading: string; blocks: EasyBlock[] };

/** A gap in the operator's configuration, named with the setting that fills it. */
const missing = (setting: string) => `Noch nicht eingetragen (Einstellung ${setting})`;

export const legal = {
  /** Only on translations: which version applies. */
  translationNote: null as TranslationNote | null,

  imprint: {
    title: "Impressum",
    missing,
    incomplete: {
      strong: "Das Impressum ist noch unvollständig.",
      text: "Der Betreiber des Portals hat noch nicht alle Pflichtangaben eingetragen. Fehlende Angaben sind unten gekennzeichnet.",
    },
    provider: "Anbieter",
    providerBasis: "Angaben nach § 5 Digitale-Dienste-Gesetz (DDG):",
    representedBy: "Vertreten durch",
    email: "E-Mail",
    phone: "Telefon",
    contentResponsible: "Verantwortlich für den Inhalt nach § 18 Abs. 2 Medienstaatsvertrag",
    contentTitle: "Inhalte und Datenquellen",
    content: {
      before:
        "Das Portal stellt Angaben aus offenen und öffentlichen Quellen zusammen. Bei jedem Eintrag stehen Quelle, Lizenz " +
        "und Stand; alle Datensätze beschreibt die Seite ",
      link: "Datenquellen",
      after:
        ". Die Angaben wurden nicht mit den Einrichtungen abgestimmt und können veraltet sein. Verbindlich sind die " +
        "Angaben der Einrichtungen selbst.",
    } satisfies Linked,
    linksTitle: "Links auf andere Websites",
    links:
      "Einträge verlinken auf die Websites der Einrichtungen und auf die Quellen. Für deren Inhalte sind die jeweiligen " +
      "Anbieter verantwortlich.",
  },

  privacy: {
    title: "Datenschutz",
    lead:
      "Kurz gesagt: Das Portal setzt keine Cookies, verwendet kein Tracking und keine Analyse-Dienste und speichert " +
      "nicht, wer wonach sucht.",
    controllerTitle: "Verantwortlich",
    controller: "Verantwortlich für die Verarbeitung ist der Betreiber des Portals:",
    controllerMissing: "noch nicht eingetragen (siehe Impressum)",
    moreInImprint: { before: ". Weitere Angaben stehen im ", link: "Impressum", after: "." } satisfies Linked,
    requestTitle: "Was beim Aufruf einer Seite geschieht",
    request: [
      "Ihr Browser sendet wie bei jeder Website Ihre IP-Adresse, die aufgerufene Adresse (bei einer Suche mit den " +
        "Suchbegriffen) und technische Angaben wie den Browsertyp. Der Webserver des Portals braucht sie, um die Seite " +
        "auszuliefern.",
      {
        before: "Der Webserver des Portals führt ",
        strong: "kein Zugriffsprotokoll",
        after: ": Er speichert keine IP-Adressen und protokolliert nur technische Fehler, ohne IP-Adresse.",
      },
      "Für die Planung des Bildungsbüros zählt das Portal Suchen auf der Ergebnisseite: je Tag nur den vereinheitlichten " +
        "Suchbegriff (klein geschrieben, höchstens 100 Zeichen) und wie oft er gesucht wurde und wie oft ohne Treffer. " +
        "Nicht gezählt werden Begriffe mit E-Mail-Adressen oder langen Ziffernfolgen (etwa Telefonnummern). Es gibt " +
        "keinen Bezug zu IP-Adresse, Browser oder Uhrzeit; nach 90 Tagen werden die Zahlen gelöscht.",
      "Die Suchmaschine des Portals (Meilisearch) läuft auf demselben Server und protokolliert nur Warnungen und " +
        "Fehler, keine Anfragen.",
      "Betreibt der Betreiber einen vorgeschalteten Webserver oder Proxy, kann dieser Zugriffe protokollieren. Art und " +
        "Speicherdauer solcher Protokolle muss der Betreiber hier angeben.",
    ] satisfies (string | Emphasised)[],
    storageTitle: "Cookies und lokale Speicherung",
    storage: {
      before:
        "Das Portal setzt keine Cookies. Nur wer sich für die Redaktion anmeldet (/admin), erhält zwei technisch " +
        "notwendige Cookies für die Anmeldung und den Schutz der Formulare. Die ",
      link: "Merkliste",
      after:
        " speichert die gemerkten Einträge nur in Ihrem Browser (localStorage). Sie werden nicht an den Server " +
        "übertragen, solange Sie die Liste nicht selbst über den Link „Liste teilen“ aufrufen. Sie können die Merkliste " +
        "jederzeit leeren oder die Websitedaten in Ihrem Browser löschen.",
    } satisfies Linked,
    locationTitle: "Ihr Standort",
    location:
      "Nur wenn Sie auf „Meinen Standort verwenden“ klicken, fragt Ihr Browser Sie, ob er dem Portal Ihren Standort " +
      "mitteilen darf. Stimmen Sie zu, wird die Position auf etwa 100 m gerundet und als Teil der Suchadresse an den " +
      "Server geschickt, um Entfernungen zu berechnen. Sie wird nicht gespeichert, und Antworten mit Standort dürfen " +
      "nicht in gemeinsam genutzten Zwischenspeichern abgelegt werden.",
    mapsTitle: "Karten",
    tiles: (host: string) => ({
      before: "Die Karten laden Kartenkacheln von ",
      strong: host,
      after:
        ". Dabei erhält dieser Dienst Ihre IP-Adresse, Angaben zu Ihrem Browser und den angezeigten Kartenausschnitt. " +
        "Angaben zu diesem Dienst und seiner Datenverarbeitung muss der Betreiber hier ergänzen.",
    }),
    noTiles:
      "Die Karten zeichnen nur die Grenzen des Landkreises und der Gemeinden aus dem Datenbestand des Portals. Dabei " +
      "werden keine Daten an andere Anbieter übertragen; es werden keine Kartenkacheln von fremden Servern geladen.",
    thirdPartiesTitle: "Keine Dienste Dritter",
    thirdParties:
      "Das Portal lädt keine Schriften, Skripte oder Bilder von fremden Servern und bindet keine Dienste sozialer " +
      "Netzwerke ein. Links zu den Websites von Einrichtungen und Quellen führen Sie erst auf Ihren Klick dorthin.",
    rightsTitle: "Ihre Rechte",
    rights:
      "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung Ihrer Daten sowie " +
      "auf Widerspruch (Art. 15 bis 21 Datenschutz-Grundverordnung). Wenden Sie sich dazu an den Betreiber. Sie können " +
      "sich außerdem bei einer Datenschutz-Aufsichtsbehörde beschweren, in Baden-Württemberg beim Landesbeauftragten " +
      "für den Datenschutz und die Informationsfreiheit.",
  },

  accessibility: {
    title: "Erklärung zur Barrierefreiheit",
    operatorMissing: "Der Betreiber (noch nicht eingetragen)",
    /** Follows the operator's name. */
    scope:
      " ist bemüht, das Bildungsportal Landkreis Ludwigsburg im Einklang mit § 10 Absatz 1 des " +
      "Landes-Behindertengleichstellungsgesetzes (L-BGG) barrierefrei zugänglich zu machen. Diese Erklärung gilt für " +
      "die Website des Bildungsportals.",
    complianceTitle: "Stand der Vereinbarkeit mit den Anforderungen",
    compliance: {
      before: "Die Website ist wegen der unten aufgeführten Unvereinbarkeiten ",
      strong: "teilweise",
      after: " mit § 10 Absatz 1 L-BGG vereinbar.",
    } satisfies Emphasised,
    nonAccessibleTitle: "Nicht barrierefreie Inhalte",
    incompatibilitiesTitle: "Unvereinbarkeiten mit § 10 Absatz 1 L-BGG",
    signLanguage: {
      before: "Es gibt noch keine Erläuterungen in Deutscher Gebärdensprache. Erläuterungen in ",
      link: "Leichter Sprache",
      after: " gibt es.",
    } satisfies Linked,
    incompatibilities: [
      "Die Karten sind eine Ergänzung: Alle Einträge einer Karte stehen auch in der Liste daneben. In den Karten selbst " +
        "sind Markierungen per Tastatur erreichbar; Gruppen vieler nah beieinander liegender Einträge müssen aber " +
        "schrittweise vergrößert werden. Eine Karte ohne Maus zu verschieben ist mit den Pfeiltasten möglich, aber mühsam.",
      "Ein Teil der Daten stammt aus älteren Quellen (zum Beispiel die Schulstatistik 2015). Das betrifft die " +
        "Aktualität der Inhalte, nicht ihre Zugänglichkeit; veraltete Angaben können Sie über „Angaben veraltet?“ auf " +
        "jeder Eintragsseite melden, sobald der Betreiber eine Adresse dafür eingetragen hat.",
      "Die Angaben der Einträge (Namen, Beschreibungen, Adressen) gibt es nur auf Deutsch. Auf den englischen Seiten " +
        "sind sie als deutschsprachig ausgezeichnet.",
    ],
    preparationTitle: "Erstellung dieser Erklärung",
    prepared: (date: Date) =>
      `Diese Erklärung wurde am ${date.toLocaleDateString("de-DE", { timeZone: "UTC", day: "2-digit", month: "2-digit", year: "numeric" })} erstellt.`,
    method:
      "Die Aussagen beruhen auf einer Selbstbewertung: automatische Prüfungen mit axe-core (WCAG 2.1, Stufen A und AA) " +
      "für jede Seitenart bei jeder Änderung, Tests der wichtigsten Abläufe nur mit der Tastatur und eine Prüfung der " +
      "Darstellung bei 320 Pixel Breite und 200 % Vergrößerung. Eine Prüfung durch eine unabhängige Prüfstelle (BITV-Test) " +
      "hat noch nicht stattgefunden.",
    feedbackTitle: "Feedback und Kontaktangaben",
    feedback:
      "Sind Ihnen Mängel beim barrierefreien Zugang zu Inhalten aufgefallen? Oder benötigen Sie Informationen, die " +
      "nicht barrierefrei sind, in einer anderen Form? Dann melden Sie sich bitte:",
    email: "E-Mail:",
    emailSubject: "Barrierefreiheit Bildungsportal",
    emailMissing: "noch nicht eingetragen (Einstellung FEEDBACK_EMAIL)",
    phone: "Telefon:",
    enforcementTitle: "Durchsetzungsverfahren",
    enforcement:
      "Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Beauftragte oder " +
      "den Beauftragten der Landesregierung Baden-Württemberg für die Belange von Menschen mit Behinderungen wenden.",
  },

  easyLanguage: {
    /** The page's title in the UI language (meta title and, on translations, the h1). */
    title: "Leichte Sprache",
    /** Only on translations: what the page is, before the German text. */
    intro: null as string | null,
    /**
     * Leichte Sprache is German by nature: every language shows this text, marked as German
     * on the pages of other languages.
     */
    text: {
      title: "Das Bildungs·portal in Leichter Sprache",
      sections: [
        {
          heading: "Was ist das Bildungs·portal?",
          blocks: [
            "Das Bildungs·portal ist eine Internet·seite.",
            "Hier finden Sie Orte zum Lernen im Land·kreis Ludwigsburg.",
            "Zum Beispiel:",
            {
              list: "ul",
              items: [
                "Kitas. Das sind Kinder·gärten und Krippen für kleine Kinder.",
                "Schulen.",
                "Jugend·häuser und Beratungs·stellen.",
                "Museen, Büchereien und Musik·schulen.",
                "Kurse für Erwachsene. Zum Beispiel an der Volks·hoch·schule.",
              ],
            },
            "Der Land·kreis Ludwigsburg hat 39 Städte und Gemeinden. Das Bildungs·portal zeigt Orte in allen 39.",
          ],
        },
        {
          heading: "So suchen Sie",
          blocks: [
            {
              list: "ol",
              items: [
                { before: "Gehen Sie zur Seite ", link: "Suche", to: "/suche", after: "." },
                "Schreiben Sie ein Wort in das Feld „Suchbegriff“. Zum Beispiel: Kita.",
                "Sie können auch den Ort dazu schreiben. Zum Beispiel: Kita Tamm.",
                "Klicken Sie auf den Knopf „Suchen“.",
                "Sie sehen dann eine Liste. Klicken Sie auf einen Namen. Dann sehen Sie mehr über diesen Ort.",
              ],
            },
          ],
        },
        {
          heading: "In Ihrer Nähe suchen",
          blocks: [
            "Sie wollen einen Ort in Ihrer Nähe finden?",
            "Dann schreiben Sie Ihre Post·leit·zahl in das Feld „Ort oder Postleitzahl“.",
            "Die Post·leit·zahl ist die Zahl vor Ihrem Wohn·ort. Zum Beispiel: 71634.",
            "Das Portal zeigt Ihnen dann zuerst die Orte, die nah bei Ihnen sind.",
          ],
        },
        {
          heading: "Die Karte",
          blocks: [
            "Neben der Liste gibt es eine Karte. Auf der Karte sehen Sie, wo die Orte sind.",
            "Sie brauchen die Karte nicht. In der Liste steht alles, was auf der Karte ist.",
          ],
        },
        {
          heading: "Die Merk·liste",
          blocks: [
            "Sie haben einen Ort gefunden und wollen ihn sich merken?",
            "Dann klicken Sie auf „Merken“. Der Ort kommt auf Ihre Merk·liste.",
            { before: "Die ", link: "Merk·liste", to: "/merkliste", after: " bleibt nur auf Ihrem Gerät. Niemand sonst sieht sie." },
          ],
        },
        {
          heading: "Ihre Daten",
          blocks: [
            "Das Bildungs·portal speichert nicht, wer etwas sucht.",
            "Es zählt nur, wie oft ein Wort gesucht wird. Nach 90 Tagen werden die Zahlen gelöscht.",
            "Das Bildungs·portal benutzt keine Cookies. Cookies sind kleine Dateien, die sich Internet·seiten merken.",
          ],
        },
        {
          heading: "Wer macht das Bildungs·portal?",
          blocks: [
            "Das Bildungs·portal gehört zur Bildungs·region Land·kreis Ludwigsburg.",
            "In der Bildungs·region arbeiten viele zusammen: Kitas, Schulen, Jugend·hilfe, Museen, Volks·hoch·schulen und Firmen.",
            "Das Ziel ist: Alle Kinder und Jugendlichen sollen gut lernen können. Auch beim Wechsel von der Kita in die Schule. Und von der Schule in den Beruf.",
            { before: "Mehr dazu in schwerer Sprache: ", link: "Die Bildungsregion", to: "/bildungsregion", after: "." },
          ],
        },
        {
          heading: "Etwas stimmt nicht?",
          blocks: [
            "Manche Angaben sind vielleicht alt.",
            "Auf jeder Seite zu einem Ort steht, von wann die Angaben sind.",
            "Fragen Sie im Zweifel direkt bei dem Ort nach.",
          ],
        },
      ] satisfies EasySection[],
    },
  },
};
