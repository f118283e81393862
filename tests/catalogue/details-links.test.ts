// Contact links on the detail page and the prefilled "Hinweis senden" mail.
import { describe, expect, it } from "vitest";
import { feedbackMailto, mailtoHref, telHref } from "~/ui/contact-links";

describe("telHref", () => {
  it.each<[string, string | null]>([
    ["07141 9542-161", "tel:071419542161"],
    ["07144/88775810", "tel:0714488775810"],
    ["+49 7141 144-0", "tel:+4971411440"],
    ["(07142) 74-0", "tel:07142740"],
    ["keine Angabe", null],
  ])("%s → %s", (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });
});

describe("mailtoHref", () => {
  it.each<[string, string | null]>([
    ["info@example.org", "mailto:info@example.org"],
    [" sekretariat@schule.example.de ", "mailto:sekretariat@schule.example.de"],
    ["info@example.org?bcc=alle@example.org", null],
    ["zwei@example.org, drei@example.org", null],
    ["kein Mail", null],
  ])("%s → %s", (email, href) => {
    expect(mailtoHref(email)).toBe(href);
  });
});

describe("feedbackMailto", () => {
  const entry = { title: "Kita „Sonnenschein“ & Hort", url: "https://bildung.example.org/angebote/kita-sonnenschein" };

  it("prefills subject and body with the entry's title and page", () => {
    const href = feedbackMailto("hinweise@example.org", entry);
    expect(href).not.toBeNull();
    const url = new URL(href ?? "");
    expect(url.protocol).toBe("mailto:");
    expect(url.pathname).toBe("hinweise@example.org");
    expect(url.searchParams.get("subject")).toBe("Hinweis zum Eintrag „Kita „Sonnenschein“ & Hort“");
    const body = url.searchParams.get("body") ?? "";
    expect(body).toContain("Eintrag: Kita „Sonnenschein“ & Hort\r\n");
    expect(body).toContain("Seite: https://bildung.example.org/angebote/kita-sonnenschein\r\n");
  });

  it("encodes spaces as %20, not +, as mail programs expect", () => {
    const href = feedbackMailto("hinweise@example.org", entry) ?? "";
    expect(href).not.toContain("+");
    expect(href).toContain("Hinweis%20zum%20Eintrag");
    // "&" in a title must not start a new header.
    expect(href.match(/&/g)).toHaveLength(1);
  });

  it("gives no link for an address that is not plain", () => {
    expect(feedbackMailto("a@example.org?cc=b@example.org", entry)).toBeNull();
  });
});
