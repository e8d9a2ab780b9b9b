// @ts-check
/**
 * The benchmark's baseline: a minimal Astro site of the same Astro version that renders the same
 * Markdown with `markdown.processor: unified()` and nothing else (no annotation, no entity pages, no
 * search). `npm run bench` builds it to compare against the real build.
 */
import { unified } from "@astrojs/markdown-remark";
import { defineConfig } from "astro/config";
import remarkDirective from "remark-directive";

export default defineConfig({
  outDir: process.env.BARE_OUT || "./dist",
  cacheDir: process.env.BARE_CACHE || "./.cache",
  build: { format: "directory" },
  markdown: { syntaxHighlight: false, processor: unified({ smartypants: false, remarkPlugins: [remarkDirective] }) },
});
