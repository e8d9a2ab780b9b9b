/**
 * Typed access to the corpus for pages: the lists the corpus stage wrote (`.cache/corpus/entities.json`,
 * `quotes.json`, `articles.json`, or `corpus.json` whole when there are no parts), read once per build
 * and kept in maps, so a page costs what it shows, not the size of the corpus.
 *
 * Not Astro content collections: a collection is copied into Astro's content store, which Astro
 * serialises to `.cache/astro/` on every build, bundles into the prerender code and holds in memory a
 * second time; for a corpus of 10,000 articles that was most of the build's time and memory, for data
 * the corpus stage has already validated and keyed (see the README, Scale).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import type { EntityType } from "../annotator/model.ts";
import type { Corpus, CorpusEntity, CorpusQuote, StoredArticle } from "../corpus/types.ts";
import { corpusPath } from "../integrations/site-env.ts";

/** An article as the pages see it: front matter, entity counts, cache keys and its quotes. */
export type ArticleSummary = StoredArticle & { quotes: CorpusQuote[] };

interface CorpusData {
  entities: Map<string, CorpusEntity>;
  quotes: Map<string, CorpusQuote>;
  summaries: Map<string, ArticleSummary>;
}

type Kind = "entities" | "quotes" | "articles";

/**
 * One list of the corpus: from its own part file when the corpus stage wrote one (and it is not older
 * than corpus.json), else from `corpus.json` whole; an empty list when there is no corpus.
 */
function readList<T>(path: string, kind: Kind): T[] {
  const part = join(dirname(path), "corpus", `${kind}.json`);
  if (existsSync(part) && existsSync(path) && statSync(part).mtimeMs >= statSync(path).mtimeMs - 1000) {
    return JSON.parse(readFileSync(part, "utf8")) as T[];
  }
  if (!existsSync(path)) return [];
  return ((JSON.parse(readFileSync(path, "utf8")) as Corpus)[kind] ?? []) as T[];
}

/** In id order, as Astro's content collections listed them (list pages sort stably from it). */
const byId = <T>(list: T[], id: (t: T) => string): Map<string, T> => new Map(list.map((t) => [id(t), t] as const).sort((a, b) => a[0].localeCompare(b[0])));

let loaded: { path: string; data: CorpusData } | undefined;

function corpusData(): CorpusData {
  const path = corpusPath();
  if (loaded?.path === path) return loaded.data;
  if (!existsSync(path)) console.warn(`warning: no corpus at ${path}: run \`npm run build\` (it builds the corpus before the site)`);
  const quotes = readList<CorpusQuote>(path, "quotes");
  const quotesBySlug = new Map<string, CorpusQuote[]>();
  for (const q of quotes) {
    const list = quotesBySlug.get(q.articleSlug) ?? [];
    list.push(q);
    quotesBySlug.set(q.articleSlug, list);
  }
  // Older corpus files listed text and annotations inline: never keep them here.
  const summaries = readList<StoredArticle>(path, "articles").map((a) => {
    const { text: _t, annotations: _a, ...meta } = a as StoredArticle & { text?: unknown; annotations?: unknown };
    return { ...meta, quotes: quotesBySlug.get(meta.slug) ?? [] };
  });
  const data: CorpusData = {
    entities: byId(readList<CorpusEntity>(path, "entities"), (e) => e.id),
    quotes: byId(quotes, (q) => q.id),
    summaries: byId(summaries, (s) => s.slug),
  };
  loaded = { path, data };
  return data;
}

export async function entityById(id: string): Promise<CorpusEntity | undefined> {
  return corpusData().entities.get(id);
}

export async function summaryBySlug(slug: string): Promise<ArticleSummary | undefined> {
  return corpusData().summaries.get(slug);
}

export async function quoteById(id: string): Promise<CorpusQuote | undefined> {
  return corpusData().quotes.get(id);
}

export async function allEntities(): Promise<CorpusEntity[]> {
  return [...corpusData().entities.values()];
}

export async function allQuotes(): Promise<CorpusQuote[]> {
  return [...corpusData().quotes.values()];
}

export async function allSummaries(): Promise<ArticleSummary[]> {
  return [...corpusData().summaries.values()];
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
/**
 * An article's quotes by speaker: entities first, then groups the text names only in words ("the
 * ministers", compared case-insensitively), then the unattributed ones.
 */
export function quotesBySpeaker(quotes: CorpusQuote[]): { speakerId: string | null; speakerName: string | null; speakerGroup: string | null; quotes: CorpusQuote[] }[] {
  const groups = new Map<string, { speakerId: string | null; speakerName: string | null; speakerGroup: string | null; quotes: CorpusQuote[] }>();
  for (const q of quotes) {
    const key = q.speakerEntityId ? `e:${q.speakerEntityId}` : q.speakerGroup ? `g:${q.speakerGroup.toLowerCase()}` : "-";
    const group = groups.get(key) ?? { speakerId: q.speakerEntityId, speakerName: q.speakerName, speakerGroup: q.speakerEntityId ? null : (q.speakerGroup ?? null), quotes: [] };
    group.quotes.push(q);
    groups.set(key, group);
  }
  const list = [...groups.values()];
  return [...list.filter((g) => g.speakerId), ...list.filter((g) => !g.speakerId && g.speakerGroup), ...list.filter((g) => !g.speakerId && !g.speakerGroup)];
}
