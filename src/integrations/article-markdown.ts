/**
 * The article Markdown pipeline, in one place for astro.config.mjs (`markdown.processor`) and for the
 * article page, which renders its article itself (`renderArticle`): GFM + directives, SmartyPants off,
 * the annotation marks (src/plugins), raw HTML dropped, then the sanitizer. It must parse exactly as the
 * corpus stage does (src/plugins/parser.ts).
 *
 * Why the page renders and not an Astro content collection: a collection copies every article's
 * Markdown and HTML into Astro's content store, which Astro serialises to `.cache/astro/` on every build
 * (character by character in its chunked form), bundles into the prerender code and holds in memory
 * twice. Astro's incremental build already keeps the finished article pages of unchanged articles, so
 * the store only cost time and memory. Same processor, same options, same front matter and file URL as
 * Astro's Markdown loader gives it, so the HTML is the same.
 */
import { type AstroMarkdownOptions, createMarkdownProcessor, parseFrontmatter, type MarkdownRenderer } from "@astrojs/markdown-remark";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import rehypeSanitize from "rehype-sanitize";
import remarkDirective from "remark-directive";
import type { VFile } from "vfile";
import { normalizeBase } from "../lib/paths.ts";
import { remarkAnnotate, remarkFigure, sanitizeSchema } from "../plugins/index.ts";
import { contentRoot, corpusPath } from "./site-env.ts";

/** Warnings of the annotation plugin, with the file relative to the content root (Astro does not print vfile messages). */
const warnAnnotation = (message: string, file: VFile) => console.warn(`warning: ${file.path ? relative(contentRoot(), file.path) : "markdown"}: ${message}`);

/** Options of `unified()` from @astrojs/markdown-remark (and of createMarkdownProcessor). */
export function articleMarkdownOptions(): Pick<AstroMarkdownOptions, "smartypants" | "remarkPlugins" | "remarkRehype" | "rehypePlugins"> {
  const base = normalizeBase(process.env.BASE_PATH);
  return {
    smartypants: false,
    remarkPlugins: [remarkDirective, [remarkAnnotate, { base, corpusPath: corpusPath(), onWarning: warnAnnotation }], remarkFigure],
    // Raw HTML in a source is dropped, never rendered; the sanitizer then checks what the marks built.
    remarkRehype: { allowDangerousHtml: false },
    rehypePlugins: [[rehypeSanitize, sanitizeSchema]],
  };
}

let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * The HTML of an article file (`file`: relative to the content root, as the corpus lists it): its
 * Markdown body, without front matter, through the article pipeline.
 */
export async function renderArticle(file: string): Promise<string> {
  // As astro.config.mjs configures Markdown: no syntax highlighting, GFM on.
  renderer ??= createMarkdownProcessor({ ...articleMarkdownOptions(), syntaxHighlight: false, gfm: true });
  const path = join(contentRoot(), file);
  // As Astro's Markdown loader reads a file: front matter blanked out, body trimmed, the raw front matter as `frontmatter`.
  const parsed = parseFrontmatter(readFileSync(path, "utf8"), { frontmatter: "empty-with-spaces" });
  const result = await (await renderer).render(parsed.content.trim(), { frontmatter: parsed.frontmatter, fileURL: pathToFileURL(path) });
  return result.code;
}
