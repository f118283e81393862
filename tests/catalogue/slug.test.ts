import { describe, expect, it } from "vitest";
import { slugify } from "~/catalogue/slug";

describe("slugify", () => {
  it.each([
    ["Vaihingen an der Enz", "vaihingen-an-der-enz"],
    ["Markgröningen", "markgroeningen"],
    ["Großbottwar", "grossbottwar"],
    ["Bietigheim-Bissingen", "bietigheim-bissingen"],
    ["Korntal-Münchingen", "korntal-muenchingen"],
    ["Marbach am Neckar", "marbach-am-neckar"],
    ["Möglingen", "moeglingen"],
    ["Freiberg am Neckar", "freiberg-am-neckar"],
    ["Sachsenheim", "sachsenheim"],
    ["ÄÖÜ äöü ß", "aeoeue-aeoeue-ss"],
    ["Friedrich-Schiller-Gymnasium", "friedrich-schiller-gymnasium"],
    ["Staatsarchiv Ludwigsburg (Landesarchiv Baden-Württemberg) – Archivpädagogik", "staatsarchiv-ludwigsburg-landesarchiv-baden-wuerttemberg-archivpaedagogik"],
    ["Kita St. Johannes", "kita-st-johannes"],
    ["Café Crème", "cafe-creme"],
    ["  --Jugendhaus  \"Oase\"--  ", "jugendhaus-oase"],
    ["Grundschule 2", "grundschule-2"],
    ["", ""],
    ["–", ""],
  ])("%j → %j", (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });

  it.each([
    "Vaihingen an der Enz",
    "Pädagogische Hochschule Ludwigsburg",
    "Ausbildungsvorbereitung dual (AVdual) im Landkreis Ludwigsburg",
  ])("is stable when applied twice: %j", (input) => {
    const once = slugify(input);
    expect(slugify(once)).toBe(once);
    expect(once).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
