/**
 * Site-wide aggregates over the merged annotations: per-entity mention contexts, article lists, quotes
 * and co-occurrences. One pass over articles and their mentions; co-occurrence is quadratic only in the
 * number of distinct entities of one article (capped), never in the number of articles.
 */
import type { Entity } from "../annotator/model.ts";
import { mentionElementId, quoteElementId } from "../lib/paths.ts";
import { snippetAround } from "./contexts.ts";
import type { CorpusArticle, CorpusEntity, CorpusQuote } from "./types.ts";

/** Articles with more distinct entities than this skip co-occurrence (keeps the pair count bounded). */
const MAX_COOCCURRING_PER_ARTICLE = 150;
const MAX_COOCCURRING_SHOWN = 12;
/**
 * Mention contexts kept per entity (the newest): a country named in thousands of articles would
 * otherwise carry hundreds of thousands of snippets into the corpus file and its page.
 */
export const MAX_CONTEXTS_PER_ENTITY = 200;

/** `articles` must already be sorted newest first. */
export function aggregate(articles: CorpusArticle[], entities: Entity[]): { entities: CorpusEntity[]; quotes: CorpusQuote[] } {
  const byId = new Map<string, CorpusEntity>();
  const cooc = new Map<string, Map<string, number>>();
  const months = new Map<string, Map<string, number>>();
  for (const e of entities) {
    byId.set(e.id, { ...e, mentionCount: 0, articles: [], contexts: [], quotes: [], cooccurring: [] });
  }
  const quotes: CorpusQuote[] = [];

  for (const article of articles) {
    const { text, annotations } = article;
    const counts = new Map<string, number>();
    annotations.mentions.forEach((m, i) => {
      const entity = byId.get(m.entityId);
      if (!entity) return;
      counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
      entity.mentionCount++;
      if (entity.contexts.length >= MAX_CONTEXTS_PER_ENTITY) return;
      const s = snippetAround(text, m.start, m.end);
      entity.contexts.push({ articleSlug: article.slug, articleTitle: article.title, articleDate: article.date, elementId: mentionElementId(i), snippet: s.snippet, start: s.start, end: s.end });
    });
    annotations.quotes.forEach((q, i) => {
      if (q.kind !== "speech") return;
      const speaker = q.speakerEntityId ? byId.get(q.speakerEntityId) : undefined;
      const quote: CorpusQuote = {
        id: `${article.slug}/${quoteElementId(i)}`,
        articleSlug: article.slug,
        articleTitle: article.title,
        date: article.date,
        elementId: quoteElementId(i),
        content: text.slice(q.contentStart, q.contentEnd),
        kind: q.kind,
        block: q.block,
        speakerEntityId: speaker?.id ?? null,
        speakerName: speaker?.name ?? null,
        ...(!speaker && q.speakerGroup ? { speakerGroup: q.speakerGroup.text } : {}),
      };
      quotes.push(quote);
      if (speaker) {
        speaker.quotes.push(quote.id);
        if (!counts.has(speaker.id)) counts.set(speaker.id, 0);
      }
    });
    article.entityCounts = [...counts.entries()].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
    const ids = [...counts.keys()];
    for (const id of ids) byId.get(id)!.articles.push(article.slug);
    const month = article.date.slice(0, 7);
    for (const [id, count] of counts) {
      if (count === 0) continue;
      let row = months.get(id);
      if (!row) months.set(id, (row = new Map()));
      row.set(month, (row.get(month) ?? 0) + count);
    }
    if (ids.length <= MAX_COOCCURRING_PER_ARTICLE) {
      for (const a of ids) {
        let row = cooc.get(a);
        if (!row) cooc.set(a, (row = new Map()));
        for (const b of ids) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
      }
    }
  }

  for (const [id, row] of cooc) {
    byId.get(id)!.cooccurring = [...row.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_COOCCURRING_SHOWN)
      .map(([other, count]) => ({ id: other, count }));
  }
  for (const [id, row] of months) {
    byId.get(id)!.timeline = [...row.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([month, count]) => ({ month, count }));
  }
  // Entities no article mentions (registry entries unused in this corpus) get no page.
  const used = [...byId.values()].filter((e) => e.articles.length > 0);
  return { entities: used, quotes };
}
