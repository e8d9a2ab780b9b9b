/**
 * Typed access to the content collections for pages. Lookups go through `getEntry` (a map lookup), so a
 * page costs what it shows, not the size of the corpus.
 */
import { getCollection, getEntry } from "astro:content";
import type { EntityType } from "../annotator/model.ts";
import type { CorpusEntity, CorpusQuote } from "../corpus/types.ts";
import type { ArticleSummary } from "../integrations/corpus-loader.ts";

export async function entityById(id: string): Promise<CorpusEntity | undefined> {
  return (await getEntry("entities", id))?.data as CorpusEntity | undefined;
}

export async function summaryBySlug(slug: string): Promise<ArticleSummary | undefined> {
  return (await getEntry("summaries", slug))?.data as ArticleSummary | undefined;
}

export async function quoteById(id: string): Promise<CorpusQuote | undefined> {
  return (await getEntry("quotes", id))?.data as CorpusQuote | undefined;
}

export async function allEntities(): Promise<CorpusEntity[]> {
  return (await getCollection("entities")).map((e) => e.data as CorpusEntity);
}

export async function allQuotes(): Promise<CorpusQuote[]> {
  return (await getCollection("quotes")).map((e) => e.data as CorpusQuote);
}

export async function allSummaries(): Promise<ArticleSummary[]> {
  return (await getCollection("summaries")).map((e) => e.data as ArticleSummary);
}

/** An article's entities with their counts, grouped by type, most mentioned first. */
export async function articleEntities(summary: ArticleSummary): Promise<Record<EntityType, { entity: CorpusEntity; count: number }[]>> {
  const groups: Record<EntityType, { entity: CorpusEntity; count: number }[]> = { person: [], organization: [], place: [] };
  for (const { id, count } of summary.entityCounts) {
    const entity = await entityById(id);
    if (entity) groups[entity.type].push({ entity, count });
  }
  return groups;
}

/** Quotes grouped by speaker (first-quoted speaker first); unattributed quotes last. */
export function quotesBySpeaker(quotes: CorpusQuote[]): { speakerId: string | null; speakerName: string | null; quotes: CorpusQuote[] }[] {
  const groups = new Map<string | null, { speakerId: string | null; speakerName: string | null; quotes: CorpusQuote[] }>();
  for (const q of quotes) {
    const group = groups.get(q.speakerEntityId) ?? { speakerId: q.speakerEntityId, speakerName: q.speakerName, quotes: [] };
    group.quotes.push(q);
    groups.set(q.speakerEntityId, group);
  }
  const list = [...groups.values()];
  return [...list.filter((g) => g.speakerId), ...list.filter((g) => !g.speakerId)];
}
