/**
 * Content collections: the article Markdown files (rendered through the annotating pipeline) and the
 * corpus-wide data the corpus stage computed (entities, quotes, per-article summaries).
 */
import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import type { CorpusEntity, CorpusQuote } from "./corpus/types.ts";
import { annotatedArticles, corpusLoader, type ArticleSummary } from "./integrations/corpus-loader.ts";
import { articlesDir, corpusPath } from "./integrations/site-env.ts";

/** YAML may give an unquoted date as a Date: pages always get `YYYY-MM-DD`. */
const isoDate = z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d));

const articles = defineCollection({
  // The id is the front matter slug, so `getEntry("articles", slug)` finds the Markdown of an article.
  // Rendered Markdown is cached between builds, keyed by the file and its annotations (corpus-loader.ts).
  loader: annotatedArticles({ pattern: "*.md", base: articlesDir(), generateId: ({ entry, data }) => (typeof data.slug === "string" ? data.slug : entry.replace(/\.md$/, "")) }, corpusPath()),
  // Lenient on purpose: an editor's article with a wrong type in its front matter (a list as title, text
  // as pins) must not stop the whole site. The corpus stage has already reported it and left it out, and
  // only articles the corpus accepted get a page (see getStaticPaths), so the fallbacks are never shown.
  schema: z.object({
    title: z.string().catch(""),
    date: isoDate.catch(""),
    slug: z.string().catch(""),
    source: z.string().optional().catch(undefined),
    sourceUrl: z.string().optional().catch(undefined),
    license: z.string().optional().catch(undefined),
    credit: z.string().optional().catch(undefined),
    author: z.string().optional().catch(undefined),
    pins: z.record(z.string(), z.string()).optional().catch(undefined),
  }).passthrough(),
});

const entities = defineCollection({ loader: corpusLoader(corpusPath(), "entities"), schema: z.custom<CorpusEntity>() });
const quotes = defineCollection({ loader: corpusLoader(corpusPath(), "quotes"), schema: z.custom<CorpusQuote>() });
const summaries = defineCollection({ loader: corpusLoader(corpusPath(), "articles"), schema: z.custom<ArticleSummary>() });

export const collections = { articles, entities, quotes, summaries };
