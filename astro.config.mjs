// @ts-check
/**
 * Astro configuration. SITE_URL and BASE_PATH choose where the site is deployed; CONTENT_ROOT where its
 * content and corpus are (see src/integrations/site-env.ts). The Markdown pipeline must parse exactly as
 * the corpus stage does (src/plugins/parser.ts): GFM + directives, SmartyPants off.
 */
import { unified } from "@astrojs/markdown-remark";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { articleMarkdownOptions } from "./src/integrations/article-markdown.ts";
import pagefind from "./src/integrations/pagefind.ts";
import { contentRoot } from "./src/integrations/site-env.ts";
import { normalizeBase, TRAILING_SLASH } from "./src/lib/paths.ts";
const base = normalizeBase(process.env.BASE_PATH);
const site = process.env.SITE_URL || "http://localhost:4321";

export default defineConfig({
  site,
  base,
  trailingSlash: TRAILING_SLASH,
  // Several pages in flight: a page's file writes (the page, its copy in the incremental cache) overlap
  // the rendering of the next ones instead of waiting for each other. Order-free: every page is a file
  // of its own, and the sitemap and the search index sort what they list.
  build: { format: "directory", concurrency: 4 },
  cacheDir: `${contentRoot()}/.cache/astro`,
  markdown: {
    syntaxHighlight: false,
    // The article pipeline (src/integrations/article-markdown.ts); the article page renders with it too.
    processor: unified(/** @type {any} */ (articleMarkdownOptions())),
  },
  integrations: [sitemap(), pagefind()],
  // Pages returning a `cacheKey` from getStaticPaths (articles, entities: the corpus's page keys) are
  // reused from `.cache/astro/` while their key and their code are unchanged.
  // No content collections: the pages read the corpus stage's files, and the article page renders its
  // Markdown (src/integrations/article-markdown.ts), so Astro's content store stays empty.
  experimental: { incrementalBuild: true },
  // Astro would delete dist/ first and copy every reused page back from its cache; scripts/build.ts
  // deletes what this build did not write or keep instead.
  vite: { build: { emptyOutDir: false } },
});
