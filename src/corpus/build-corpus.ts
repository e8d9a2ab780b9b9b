/**
 * The corpus stage: articles -> annotations -> one corpus-wide set of entities -> `.cache/corpus.json`,
 * which the Astro site and remark-annotate read. Linear in the number of articles (see aggregate.ts).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { annotate, ANNOTATOR_VERSION } from "../annotator/annotate.ts";
import { mergeCorpus } from "../annotator/link/corpus.ts";
import type { Annotations, Registry } from "../annotator/model.ts";
import type { BuildMessage } from "../lib/messages.ts";
import { extractText, textHash } from "../plugins/mdast-text.ts";
import { parseMarkdown } from "../plugins/parser.ts";
import { aggregate } from "./aggregate.ts";
import { annotatorFingerprint, cacheKey, openAnnotationCache, registryHash } from "./annotate-cache.ts";
import { readArticles } from "./read-articles.ts";
import { CORPUS_FORMAT, type Corpus, type CorpusArticle } from "./types.ts";

export interface BuildCorpusOptions {
  /** Folder of article Markdown files (`content/articles`). */
  articlesDir: string;
  /** Project/content root: file names in messages are relative to it. */
  root: string;
  registry: Registry;
  /** Extra pins applied to every article, under each article's own `pins`. */
  pins?: Record<string, string>;
  /** Where to write the corpus; `null` to only return it. Default `{root}/.cache/corpus.json`. */
  outFile?: string | null;
  /** Per-article annotation cache; `null` disables it. Default `{root}/.cache/annotations.json`. */
  cacheFile?: string | null;
}

export function defaultCorpusPath(root: string): string {
  return join(root, ".cache", "corpus.json");
}

export async function buildCorpus(options: BuildCorpusOptions): Promise<{ corpus: Corpus; messages: BuildMessage[]; annotated: number }> {
  const { root, registry } = options;
  const outFile = options.outFile === undefined ? defaultCorpusPath(root) : options.outFile;
  const cacheFile = options.cacheFile === undefined ? join(root, ".cache", "annotations.json") : options.cacheFile;
  const { articles: files, messages } = await readArticles(options.articlesDir, root);
  const cache = await openAnnotationCache(cacheFile);
  const regHash = registryHash(registry);
  const annotatorHash = annotatorFingerprint(ANNOTATOR_VERSION);

  let annotated = 0;
  const docs: { slug: string; annotations: Annotations }[] = [];
  const prepared = files.map((f) => {
    const pins = { ...options.pins, ...f.meta.pins };
    // Keyed by the Markdown body, so an unchanged article is neither parsed nor annotated again.
    const key = cacheKey([CORPUS_FORMAT, annotatorHash, regHash, f.meta.date, pins, f.body]);
    let cached = cache.get(f.meta.slug, key);
    if (!cached) {
      const { text } = extractText(parseMarkdown(f.body));
      let annotations: Annotations;
      try {
        annotations = annotate(text, { date: f.meta.date, registry, pins });
      } catch (error) {
        messages.push({ severity: "error", file: f.file, message: `the annotator failed: ${(error as Error).message}`, hint: "the article is published without annotations; report this with the article" });
        annotations = { mentions: [], entities: [], quotes: [] };
      }
      cached = { text, annotations };
      annotated++;
    }
    cache.set(f.meta.slug, key, cached);
    docs.push({ slug: f.meta.slug, annotations: cached.annotations });
    return { file: f, text: cached.text };
  });

  const merged = mergeCorpus(docs, registry);
  const articles: CorpusArticle[] = prepared.map(({ file, text }, i) => ({
    ...file.meta,
    file: file.file,
    text,
    textHash: textHash(text),
    annotations: merged.docs[i]!.annotations,
    entityCounts: [],
  }));
  articles.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
  const { entities, quotes } = aggregate(articles, merged.entities);
  const corpus: Corpus = { format: CORPUS_FORMAT, annotatorVersion: ANNOTATOR_VERSION, articles, entities, quotes };

  if (outFile) {
    await mkdir(dirname(outFile), { recursive: true });
    await writeFile(outFile, JSON.stringify(corpus));
  }
  await cache.save();
  return { corpus, messages, annotated };
}
