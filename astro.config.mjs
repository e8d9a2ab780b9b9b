// @ts-check
/**
 * Astro configuration. SITE_URL and BASE_PATH choose where the site is deployed; CONTENT_ROOT where its
 * content and corpus are (see src/integrations/site-env.ts). The Markdown pipeline must parse exactly as
 * the corpus stage does (src/plugins/parser.ts): GFM + directives, SmartyPants off.
 */
import { unified } from "@astrojs/markdown-remark";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { relative } from "node:path";
import rehypeSanitize from "rehype-sanitize";
import remarkDirective from "remark-directive";
import pagefind from "./src/integrations/pagefind.ts";
import { contentRoot, corpusPath } from "./src/integrations/site-env.ts";
import { normalizeBase, TRAILING_SLASH } from "./src/lib/paths.ts";
import { remarkAnnotate, remarkFigure, sanitizeSchema } from "./src/plugins/index.ts";

/** @param {string} message @param {import("vfile").VFile} file */
const warnAnnotation = (message, file) => console.warn(`warning: ${file.path ? relative(contentRoot(), file.path) : "markdown"}: ${message}`);
const base = normalizeBase(process.env.BASE_PATH);
const site = process.env.SITE_URL || "http://localhost:4321";

export default defineConfig({
  site,
  base,
  trailingSlash: TRAILING_SLASH,
  build: { format: "directory" },
  cacheDir: `${contentRoot()}/.cache/astro`,
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      smartypants: false,
      remarkPlugins: [remarkDirective, [remarkAnnotate, { base, corpusPath: corpusPath(), onWarning: warnAnnotation }], remarkFigure],
      // Raw HTML in a source is dropped, never rendered; the sanitizer then checks what the marks built.
      remarkRehype: { allowDangerousHtml: false },
      rehypePlugins: [[rehypeSanitize, sanitizeSchema]],
    }),
  },
  integrations: [sitemap(), pagefind()],
  // Pages returning a `cacheKey` from getStaticPaths (articles, entities: the corpus's page keys) are
  // reused from `.cache/astro/` while their key and their code are unchanged.
  // The content store in chunks of files (.cache/astro/), not one data-store.json: a single file of a
  // large archive (over 200 MB at 10,000 articles) was serialised whole and compared whole on every save.
  experimental: { incrementalBuild: true, collectionStorage: "chunked" },
  // Astro would delete dist/ first and copy every reused page back from its cache; scripts/build.ts
  // deletes what this build did not write or keep instead.
  vite: { build: { emptyOutDir: false } },
});
