// Entries for the detail page and the Merkliste, read from a real SQLite catalogue seeded from db/seed.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { institutions, offers } from "../../db/schema";
import { getEntryBySlug, getEntryCards } from "~/catalogue/details.server";
import { entryJsonLd } from "~/catalogue/schema-org";
import { createTempCatalogue, findInstitution, type TempCatalogue } from "../support/catalogue";

let catalogue: TempCatalogue;
let school: string;
let museum: string;
const OFFER = "musikimpulse-jugendmusikschule-ludwigsburg";

beforeAll(() => {
  catalogue = createTempCatalogue("details");
  school = findInstitution(catalogue.db, "Friedrich-Schiller-Gymnasium", "marbach-am-neckar").institution.slug;
  museum = findInstitution(catalogue.db, "Schillers Geburtshaus Marbach").institution.slug;
});

afterAll(() => catalogue?.cleanup());

describe("getEntryCards", () => {
  it("returns institutions and offers as cards, in the order asked", () => {
    const cards = getEntryCards(catalogue.db, [OFFER, school, museum]);
    expect(cards.map((card) => card.slug)).toEqual([OFFER, school, museum]);
    expect(cards[1]).toEqual({
      slug: school,
      title: "Friedrich-Schiller-Gymnasium",
      category: "schule",
      type: "Gymnasium",
      municipality: { slug: "marbach-am-neckar", name: "Marbach am Neckar" },
      address: "Schulstraße 34, 71672 Marbach am Neckar",
      geoPrecision: "exact",
      stand: "Schulstatistik 2015",
    });
    expect(cards[0]).toMatchObject({ title: "MusikImpulse (Jugendmusikschule Ludwigsburg)", category: "kultur" });
  });

  it("leaves out slugs that name nothing, repeats and unpublished entries", () => {
    catalogue.db.update(institutions).set({ status: "draft" }).where(eq(institutions.slug, museum)).run();
    try {
      expect(getEntryCards(catalogue.db, ["gibt-es-nicht", school, school, museum]).map((card) => card.slug)).toEqual([school]);
    } finally {
      catalogue.db.update(institutions).set({ status: "published" }).where(eq(institutions.slug, museum)).run();
    }
  });

  it("answers an empty list without a query", () => {
    expect(getEntryCards(catalogue.db, [])).toEqual([]);
  });
});

describe("getEntryBySlug and its JSON-LD", () => {
  it("gives an offer its topics, audiences and the institution that runs it", () => {
    const offer = getEntryBySlug(catalogue.db, OFFER);
    expect(offer).toMatchObject({ kind: "angebot", institution: { slug: "jugendmusikschule-ludwigsburg-jms" } });
    expect(offer?.topics.length).toBeGreaterThan(0);
    const row = catalogue.db.select({ topics: offers.topics }).from(offers).where(eq(offers.slug, OFFER)).get();
    expect(offer?.topics).toEqual(row?.topics);
  });

  it.each([
    ["the school", "School", () => school],
    ["the museum", "Museum", () => museum],
    ["the programme", "Course", () => OFFER],
  ])("types %s as schema.org %s", (_name, type, slug) => {
    const entry = getEntryBySlug(catalogue.db, slug());
    expect(entry).not.toBeNull();
    if (!entry) return;
    expect(entryJsonLd(entry, `https://bildung.example.org/angebote/${entry.slug}`)["@type"]).toBe(type);
  });
});
