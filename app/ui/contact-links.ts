// Links for contact data from the catalogue and for the feedback address the operator
// configures. Pure, so what ends up in an href is tested.
import { detail as germanTexts } from "~/i18n/de/detail";

/** "07141 9542-161" → "tel:071419542161"; null when no digits are left. */
export function telHref(phone: string): string | null {
  const dialable = phone.replace(/[^\d+]/g, "");
  return /\d{3,}/.test(dialable) ? `tel:${dialable}` : null;
}

/** A plain address only: anything that could add headers (?, &) or spaces gives no link. */
const PLAIN_EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

export function mailtoHref(email: string): string | null {
  const trimmed = email.trim();
  return PLAIN_EMAIL.test(trimmed) ? `mailto:${trimmed}` : null;
}

/**
 * "Angaben veraltet? Hinweis senden": a mail to the configured address with the entry's title
 * and page prefilled (RFC 6068: percent-encoded UTF-8, CRLF line breaks). The template is in
 * the language of the page the person writes from (`texts`, German by default).
 */
export function feedbackMailto(
  address: string,
  entry: { title: string; url: string },
  texts: Pick<typeof germanTexts, "feedbackMail"> = germanTexts,
): string | null {
  const to = mailtoHref(address);
  if (!to) return null;
  const say = texts.feedbackMail;
  const subject = say.subject(entry.title);
  const body = [say.entry(entry.title), say.page(entry.url), "", say.question, "", ""].join("\r\n");
  return `${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
