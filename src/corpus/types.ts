/**
 * The shape of `.cache/corpus.json` and `.cache/corpus/articles/<slug>.json`: what the corpus stage
 * writes and the site reads. Annotation types come from the annotator's model; this file only adds the
 * per-site aggregates. The texts and annotations of the articles are in one file per article (the
 * renderer reads one at a time), so `corpus.json` stays small enough to read whole on a large archive.
 * The site reads the lists from `.cache/corpus/` instead: entities there are `EntitySummary`, their
 * per-entity lists (`EntityDetail`) in `.cache/corpus/entity-details/`.
 */
import type { Annotations, Entity } from "../annotator/model.ts";

export const CORPUS_FORMAT = 2;

/** Front matter of an article file in content/articles/. */
export interface ArticleMeta {
  slug: string;
  title: string;
  /** ISO `YYYY-MM-DD`. */
  date: string;
  source: string;
  sourceUrl: string;
  license: string;
  credit: string;
  author?: string;
  pins?: Record<string, string>;
}

/** An article in the corpus stage's memory: with its text and (merged) annotations. */
export interface CorpusArticle extends ArticleMeta {
  /** Path of the Markdown file relative to the content root. */
  file: string;
  /** The extracted annotatable text (see src/plugins/mdast-text.ts). */
  text: string;
  /** `textHash(text)`: the renderer re-annotates when its own extraction hashes differently. */
  textHash: string;
  /** Annotations after corpus merging: entity ids are the site-wide ids. */
  annotations: Annotations;
  /** Entities of this article with their mention counts, most mentioned first. */
  entityCounts: { id: string; count: number }[];
}

/** An article as `corpus.json` lists it: no text, no annotations (see `ArticleAnnotationsFile`). */
export interface StoredArticle extends Omit<CorpusArticle, "text" | "annotations"> {
  /** Hash of the article file as read (front matter and body): keys its rendered Markdown. */
  sourceHash: string;
  /** Hash of what the renderer draws from the annotations (marks, ids, names, types). */
  renderKey: string;
  /**
   * Hash of everything the article's pages show (text, marks, front matter, its entities' cards, its
   * quotes): the `cacheKey` of its pages for Astro's incremental build.
   */
  pageKey: string;
}

/** `.cache/corpus/articles/<slug>.json`: what remark-annotate (and the Web Annotation export) read. */
export interface ArticleAnnotationsFile {
  textHash: string;
  text: string;
  annotations: Annotations;
}

/** One mention shown in context on an entity page. */
export interface MentionContext {
  articleSlug: string;
  articleTitle: string;
  articleDate: string;
  /** Element id of the mention in the article page (`m-3`). */
  elementId: string;
  /** About a sentence of text around the mention. */
  snippet: string;
  /** The mention's offsets inside `snippet`. */
  start: number;
  end: number;
}

export interface CorpusEntity extends Entity {
  mentionCount: number;
  /** Slugs of the articles it appears in, newest first. */
  articles: string[];
  /** The newest mentions in context (at most MAX_CONTEXTS_PER_ENTITY; `mentionCount` counts all). */
  contexts: MentionContext[];
  /** Ids (`CorpusQuote.id`) of the quotes attributed to it. */
  quotes: string[];
  /** Entities appearing in the same articles, by number of shared articles. */
  cooccurring: { id: string; count: number }[];
  /** Mentions per month of the articles' dates (`YYYY-MM`), oldest first: the entity page's timeline. */
  timeline?: { month: string; count: number }[];
  /** Hash of everything the entity's page shows: its `cacheKey` for Astro's incremental build. */
  pageKey?: string;
}

/** The per-entity lists only its own page shows: stored apart from the entity list (see entity-details.ts). */
export type EntityDetail = Pick<CorpusEntity, "contexts" | "articles" | "quotes" | "cooccurring" | "timeline">;

/** An entity as `.cache/corpus/entities.json` lists it, and as the site holds it: no per-entity lists. */
export type EntitySummary = Omit<CorpusEntity, keyof EntityDetail> & {
  /** `articles.length`: the lists and the article page's cards show it. */
  articleCount: number;
};

export interface CorpusQuote {
  /** `{articleSlug}/q-{index}`. */
  id: string;
  articleSlug: string;
  articleTitle: string;
  date: string;
  elementId: string;
  /** Quoted words without the outer marks. */
  content: string;
  kind: "speech" | "scare";
  block: boolean;
  speakerEntityId: string | null;
  speakerName: string | null;
  /** A speaker no entity stands for, in the text's words ("the foreign ministers"): shown, never linked. */
  speakerGroup?: string;
}

export interface Corpus {
  format: typeof CORPUS_FORMAT;
  annotatorVersion: string;
  /** Folder of the per-article annotation files, relative to the folder of `corpus.json`. */
  annotationsDir: string;
  /** Articles newest first. */
  articles: StoredArticle[];
  /** Entities by id. */
  entities: CorpusEntity[];
  /** Quotes newest first. */
  quotes: CorpusQuote[];
}
