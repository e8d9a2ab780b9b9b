/**
 * Content-layer loaders over `.cache/corpus.json` (written by the corpus stage), and the article loader.
 *
 * Astro keeps each article's rendered Markdown in its content layer store (`.cache/astro/`) between
 * builds and renders an article again only when the entry's digest changes. The glob loader digests the
 * file alone, but the marks come from the corpus: `annotatedArticles` digests the file together with the
 * key of the annotations it is rendered with and the renderer's fingerprint (src/corpus/render-key.ts),
 * so an unchanged article is not rendered again and a changed annotation always is.
 */
import type { Loader } from "astro/loaders";
import { glob } from "astro/loaders";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { articleDigestInput, sha } from "../corpus/render-key.ts";
import type { Corpus, CorpusEntity, CorpusQuote, StoredArticle } from "../corpus/types.ts";

/**
 * One list of the corpus: from its own part file (`.cache/corpus/<kind>.json`) when the corpus stage wrote
 * one, so that each collection parses only its own list; else from `corpus.json` whole. Not kept.
 */
function readList<T>(path: string, kind: "entities" | "quotes" | "articles"): T[] | undefined {
  const part = join(dirname(path), "corpus", `${kind}.json`);
  if (existsSync(part) && existsSync(path) && statSync(part).mtimeMs >= statSync(path).mtimeMs - 1000) {
    return JSON.parse(readFileSync(part, "utf8")) as T[];
  }
  if (!existsSync(path)) return undefined;
  return (JSON.parse(readFileSync(path, "utf8")) as Corpus)[kind] as T[];
}

/** An article as the pages see it: front matter, entity counts, cache keys and its quotes. */
export type ArticleSummary = StoredArticle & { quotes: CorpusQuote[] };

type Kind = "entities" | "quotes" | "articles";

function entriesOf(path: string, kind: Kind): { id: string; data: Record<string, unknown> }[] | undefined {
  if (kind === "entities") return readList<CorpusEntity>(path, "entities")?.map((e) => ({ id: e.id, data: { ...e } }));
  const quotes = readList<CorpusQuote>(path, "quotes");
  if (!quotes) return undefined;
  if (kind === "quotes") return quotes.map((q) => ({ id: q.id, data: { ...q } }));
  const quotesBySlug = new Map<string, CorpusQuote[]>();
  for (const q of quotes) {
    const list = quotesBySlug.get(q.articleSlug) ?? [];
    list.push(q);
    quotesBySlug.set(q.articleSlug, list);
  }
  // Older corpus files listed text and annotations inline: never copy them into the store.
  return (readList<StoredArticle>(path, "articles") ?? []).map((a) => {
    const { text: _t, annotations: _a, ...meta } = a as StoredArticle & { text?: unknown; annotations?: unknown };
    return { id: meta.slug, data: { ...meta, quotes: quotesBySlug.get(meta.slug) ?? [] } };
  });
}

export function corpusLoader(path: string, kind: Kind): Loader {
  return {
    name: `corpus-${kind}`,
    load: async ({ store, parseData, generateDigest, logger }) => {
      const entries = entriesOf(path, kind);
      if (!entries) {
        store.clear();
        logger.warn(`No corpus at ${path}: run \`npm run build\` (it builds the corpus before the site)`);
        return;
      }
      const seen = new Set<string>();
      for (const { id, data } of entries) {
        seen.add(id);
        const digest = generateDigest(data);
        // Unchanged entries keep their stored (already parsed) data.
        if (store.get(id)?.digest === digest) continue;
        store.set({ id, data: await parseData({ id, data }), digest });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}

/** The render keys of the corpus's articles, by hash of the article file (`StoredArticle.sourceHash`). */
function renderKeysBySource(corpusPath: string): Map<string, string> {
  return new Map((readList<StoredArticle>(corpusPath, "articles") ?? []).map((a) => [a.sourceHash, a.renderKey]));
}

/** `glob()` for the article Markdown, with a digest that covers the article's annotations. */
export function annotatedArticles(options: Parameters<typeof glob>[0], corpusPath: string): Loader {
  const inner = glob(options);
  return {
    name: "annotated-articles",
    load: async (context) => {
      const keys = renderKeysBySource(corpusPath);
      const generateDigest: typeof context.generateDigest = (data) =>
        typeof data === "string" ? context.generateDigest(articleDigestInput(data, keys.get(sha(data)))) : context.generateDigest(data);
      return inner.load({ ...context, generateDigest });
    },
  };
}
