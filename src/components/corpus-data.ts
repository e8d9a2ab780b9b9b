/**
 * Typed access to the corpus for pages: the lists the corpus stage wrote (`.cache/corpus/entities.json`,
 * `quotes.json`, `articles.json`, or `corpus.json` whole when there are no parts), read once per build
 * and kept in maps, so a page costs what it shows, not the size of the corpus. An entity's own lists
 * (mentions in context, articles, quotes, companions, timeline) are not kept: its pages read them from
 * `.cache/corpus/entity-details/` when they render (`entityDetail`), so the process never holds all of
 * them at once (they were most of its memory on a large archive).
 *
 * Not Astro content collections: a collection is copied into Astro's content store, which Astro
 * serialises to `.cache/astro/` on every build, bundles into the prerender code and holds in memory a
 * second time; for a corpus of 10,000 articles that was most of the build's time and memory, for data
 * the corpus stage has already validated and keyed (see the README, Scale).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import type { EntityType } from "../annotator/model.ts";
import { entityDetail as detailOf, entityDetailReader, entitySummary } from "../corpus/entity-details.ts";
import type { Corpus, CorpusEntity, CorpusQuote, EntityDetail, EntitySummary, StoredArticle } from "../corpus/types.ts";
import { corpusPath } from "../integrations/site-env.ts";

/** An article as the pages see it: front matter, entity counts, cache keys and its quotes. */
export type ArticleSummary = StoredArticle & { quotes: CorpusQuote[] };

interface CorpusData {
  entities: Map<string, EntitySummary>;
  /** The per-entity lists: inline when the entities came from `corpus.json` whole, else read from their files. */
  detail: (id: string) => EntityDetail | undefined;
  quotes: Map<string, CorpusQuote>;
  summaries: Map<string, ArticleSummary>;
}

type Kind = "entities" | "quotes" | "articles";

/**
 * One list of the corpus: from its own part file when the corpus stage wrote one (and it is not older
 * than corpus.json), else from `corpus.json` whole; an empty list when there is no corpus.
 */
function readList<T>(path: string, kind: Kind): { list: T[]; fromPart: boolean } {
  const part = join(dirname(path), "corpus", `${kind}.json`);
  if (existsSync(part) && existsSync(path) && statSync(part).mtimeMs >= statSync(path).mtimeMs - 1000) {
    return { list: JSON.parse(readFileSync(part, "utf8")) as T[], fromPart: true };
  }
  if (!existsSync(path)) return { list: [], fromPart: false };
  return { list: ((JSON.parse(readFileSync(path, "utf8")) as Corpus)[kind] ?? []) as T[], fromPart: false };
}

/** The entities and where their lists are: `entities.json` (summaries) and their files, or `corpus.json`'s entities whole. */
function readEntities(path: string): Pick<CorpusData, "entities" | "detail"> {
  const { list, fromPart } = readList<EntitySummary | CorpusEntity>(path, "entities");
  if (fromPart) return { entities: byId(list as EntitySummary[], (e) => e.id), detail: entityDetailReader(join(dirname(path), "corpus", "entity-details")) };
  const full = new Map((list as CorpusEntity[]).map((e) => [e.id, e]));
  return { entities: byId((list as CorpusEntity[]).map(entitySummary), (e) => e.id), detail: (id) => (full.has(id) ? detailOf(full.get(id)!) : undefined) };
}

/** In id order, as Astro's content collections listed them (list pages sort stably from it). */
const byId = <T>(list: T[], id: (t: T) => string): Map<string, T> => new Map(list.map((t) => [id(t), t] as const).sort((a, b) => a[0].localeCompare(b[0])));

let loaded: { path: string; data: CorpusData } | undefined;

function corpusData(): CorpusData {
  const path = corpusPath();
  if (loaded?.path === path) return loaded.data;
  if (!existsSync(path)) console.warn(`warning: no corpus at ${path}: run \`npm run build\` (it builds the corpus before the site)`);
  const { entities, detail } = readEntities(path);
  // Older corpus files listed text and annotations inline: never keep them here.
  const stored = readList<StoredArticle>(path, "articles").list.map((a) => {
    const { text: _t, annotations: _a, ...meta } = a as StoredArticle & { text?: unknown; annotations?: unknown };
    return meta;
  });
  const bySlug = new Map(stored.map((a) => [a.slug, a]));
  const quotes = readList<CorpusQuote>(path, "quotes").list;
  const quotesBySlug = new Map<string, CorpusQuote[]>();
  for (const q of quotes) {
    shareStrings(q, bySlug.get(q.articleSlug), q.speakerEntityId ? entities.get(q.speakerEntityId) : undefined);
    const list = quotesBySlug.get(q.articleSlug) ?? [];
    list.push(q);
    quotesBySlug.set(q.articleSlug, list);
  }
  const summaries = stored.map((meta) => {
    for (const c of meta.entityCounts) c.id = entities.get(c.id)?.id ?? c.id;
    return { ...meta, quotes: quotesBySlug.get(meta.slug) ?? [] };
  });
  const data: CorpusData = {
    entities,
    detail,
    quotes: byId(quotes, (q) => q.id),
    summaries: byId(summaries, (s) => s.slug),
  };
  loaded = { path, data };
  return data;
}

/**
 * JSON.parse makes a new string for every copy of an article's title and slug in its quotes, and of an
 * entity's id in every article's counts: pointing them at one copy (same value) keeps a large corpus's
 * lists a quarter smaller for the whole build.
 */
function shareStrings(q: CorpusQuote, article: StoredArticle | undefined, speaker: EntitySummary | undefined): void {
  if (article) {
    q.articleSlug = article.slug;
    if (q.articleTitle === article.title) q.articleTitle = article.title;
    if (q.date === article.date) q.date = article.date;
  }
  if (speaker) {
    q.speakerEntityId = speaker.id;
    if (q.speakerName === speaker.name) q.speakerName = speaker.name;
  }
}

export async function entityById(id: string): Promise<EntitySummary | undefined> {
  return corpusData().entities.get(id);
}

/** An entity's own lists, read when its page renders (not kept: see the top of this file). */
export async function entityDetail(id: string): Promise<EntityDetail> {
  const detail = corpusData().detail(id);
  // Every listed entity has its lists: a missing one is a corpus written half-way, not an empty page to publish.
  if (!detail) throw new Error(`no stored lists for entity ${id}: run the full build (npm run build) again`);
  return detail;
}

export async function summaryBySlug(slug: string): Promise<ArticleSummary | undefined> {
  return corpusData().summaries.get(slug);
}

export async function quoteById(id: string): Promise<CorpusQuote | undefined> {
  return corpusData().quotes.get(id);
}

export async function allEntities(): Promise<EntitySummary[]> {
  return [...corpusData().entities.values()];
}

export async function allQuotes(): Promise<CorpusQuote[]> {
  return [...corpusData().quotes.values()];
}

export async function allSummaries(): Promise<ArticleSummary[]> {
  return [...corpusData().summaries.values()];
}

/** An article's entities with their counts, grouped by type, most mentioned first. */
export async function articleEntities(summary: ArticleSummary): Promise<Record<EntityType, { entity: EntitySummary; count: number }[]>> {
  const groups: Record<EntityType, { entity: EntitySummary; count: number }[]> = { person: [], organization: [], place: [] };
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
