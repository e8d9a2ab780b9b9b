/**
 * Content-layer loaders over `.cache/corpus.json` (written by the corpus stage). Articles are stored
 * without their text and offsets (the pages only need counts and quotes), keeping the data store small
 * for large archives.
 */
import type { Loader } from "astro/loaders";
import { existsSync, readFileSync } from "node:fs";
import type { Corpus, CorpusArticle, CorpusQuote } from "../corpus/types.ts";

/**
 * Parsed afresh for each collection and not kept: three parses cost less than holding a large corpus
 * in memory for the whole build.
 */
function readCorpus(path: string): Corpus | undefined {
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, "utf8")) as Corpus;
}

/** An article as the pages see it: front matter, entity counts and its quotes. */
export type ArticleSummary = Omit<CorpusArticle, "text" | "annotations"> & { quotes: CorpusQuote[] };

type Kind = "entities" | "quotes" | "articles";

function entriesOf(corpus: Corpus, kind: Kind): { id: string; data: Record<string, unknown> }[] {
  if (kind === "entities") return corpus.entities.map((e) => ({ id: e.id, data: { ...e } }));
  if (kind === "quotes") return corpus.quotes.map((q) => ({ id: q.id, data: { ...q } }));
  const quotesBySlug = new Map<string, CorpusQuote[]>();
  for (const q of corpus.quotes) {
    const list = quotesBySlug.get(q.articleSlug) ?? [];
    list.push(q);
    quotesBySlug.set(q.articleSlug, list);
  }
  return corpus.articles.map(({ text: _t, annotations: _a, ...meta }) => ({ id: meta.slug, data: { ...meta, quotes: quotesBySlug.get(meta.slug) ?? [] } }));
}

export function corpusLoader(path: string, kind: Kind): Loader {
  return {
    name: `corpus-${kind}`,
    load: async ({ store, parseData, generateDigest, logger }) => {
      const corpus = readCorpus(path);
      store.clear();
      if (!corpus) {
        logger.warn(`No corpus at ${path}: run \`npm run build\` (it builds the corpus before the site)`);
        return;
      }
      for (const { id, data } of entriesOf(corpus, kind)) {
        store.set({ id, data: await parseData({ id, data }), digest: generateDigest(data) });
      }
    },
  };
}
