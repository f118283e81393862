import type { CatalogueDb } from "~/catalogue/db.server";
import { TOPICS } from "~/catalogue/vocabulary";
import { loadAudienceEntries } from "./entries.server";
import { filterProjects, isTopic, MAX_WORDS_LENGTH } from "./projekte";

/** /projekte: every programme and project, or those matching `q` and `thema`. */
export function loadProjectsPage(db: CatalogueDb, query: URLSearchParams) {
  const entries = loadAudienceEntries(db);
  const offers = entries.filter((entry) => entry.kind === "angebot");
  const q = (query.get("q") ?? "").replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").replace(/\s+/g, " ").trim().slice(0, MAX_WORDS_LENGTH);
  const rawTopic = query.get("thema") ?? "";
  const thema = isTopic(rawTopic) ? rawTopic : null;
  const projects = filterProjects(entries, { q, thema });
  return {
    q,
    thema,
    ignoredTopic: rawTopic !== "" && thema === null,
    total: offers.length,
    topics: TOPICS.filter((topic) => offers.some((offer) => offer.topics.includes(topic))),
    projects: projects.map((entry) => ({
      slug: entry.slug,
      title: entry.title,
      type: entry.type,
      place: entry.municipality?.name ?? null,
      topics: entry.topics,
      description: entry.description,
      stand: entry.stand,
    })),
  };
}
