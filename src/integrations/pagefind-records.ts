/**
 * Search records that are not whole pages: one Pagefind custom record per attributed-or-not speech
 * quote, so that a search for a quote's words finds the quote itself, shows its speaker, and links to
 * the quote's element in the article (`/articles/<slug>/#q-N`). Pagefind's sub-results only split pages
 * on headings, and quotes are inline `<q>` elements, hence records of their own.
 *
 * Pure functions over the corpus: the integration feeds the records to `index.addCustomRecord`.
 */
import type { CustomRecord } from "pagefind";
import type { EntityType } from "../annotator/model.ts";
import type { Corpus } from "../corpus/types.ts";
import { articlePath } from "../lib/paths.ts";

/** Filter keys shared by article pages (src/components/PagefindFilters.astro) and quote records. */
export const ENTITY_FILTER: Record<EntityType, string> = { person: "person", organization: "organization", place: "place" };

/** Values of the `kind` filter and meta: what a result is. */
export const KIND = { article: "Article", quote: "Quote", person: "Person", organization: "Organisation", place: "Place" } as const;

/** Longest quote text shown as a result title; the full quote is the record's content. */
const TITLE_CHARS = 110;

export function quoteTitle(content: string): string {
  const text = content.replace(/\s+/g, " ").trim();
  if (text.length <= TITLE_CHARS) return `“${text}”`;
  const cut = text.slice(0, TITLE_CHARS + 1).replace(/\s+\S*$/, "");
  return `“${cut || text.slice(0, TITLE_CHARS)}…”`;
}

/**
 * The quote records of a corpus. `hasElement(slug, elementId)` says whether the built article page
 * carries that element id (overlapping or re-annotated quotes may have none): a record must never
 * link to an anchor that is not there.
 */
export function quoteRecords(corpus: { entities: Pick<Corpus["entities"][number], "id" | "name" | "type">[]; articles: Corpus["articles"]; quotes: Corpus["quotes"] }, hasElement: (slug: string, elementId: string) => boolean): CustomRecord[] {
  const entities = new Map(corpus.entities.map((e) => [e.id, e]));
  // Each record carries its article's entity filters, so a person filter keeps the quotes of the
  // articles that mention that person, as it keeps the articles themselves.
  const articleFilters = new Map<string, Record<string, string[]>>();
  for (const article of corpus.articles) {
    const filters: Record<string, string[]> = {};
    for (const { id } of article.entityCounts) {
      const entity = entities.get(id);
      if (!entity) continue;
      (filters[ENTITY_FILTER[entity.type]] ??= []).push(entity.name);
    }
    articleFilters.set(article.slug, filters);
  }
  const records: CustomRecord[] = [];
  for (const q of corpus.quotes) {
    if (q.kind !== "speech" || !articleFilters.has(q.articleSlug) || !hasElement(q.articleSlug, q.elementId)) continue;
    const speaker = q.speakerName ?? "";
    records.push({
      // Site-relative without the base path, as Pagefind stores page URLs: the browser adds `baseUrl`.
      url: `/${articlePath(q.articleSlug)}#${q.elementId}`,
      content: q.content,
      language: "en",
      meta: { title: quoteTitle(q.content), kind: KIND.quote, speaker, article: q.articleTitle, date: q.date },
      filters: {
        ...articleFilters.get(q.articleSlug),
        kind: [KIND.quote],
        year: [q.date.slice(0, 4)],
        month: [q.date.slice(0, 7)],
        ...(speaker ? { speaker: [speaker] } : {}),
      },
      sort: { date: q.date },
    });
  }
  return records;
}
