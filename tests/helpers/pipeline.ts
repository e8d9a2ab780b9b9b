/**
 * The Markdown pipeline as astro.config.mjs assembles it (minus Astro's own image/heading plugins), for
 * unit tests: parse + GFM + directives -> annotate -> figure -> rehype (raw HTML dropped) -> sanitize.
 */
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { remarkAnnotate, remarkFigure, sanitizeSchema } from "../../src/plugins/index.ts";
import type { RemarkAnnotateOptions } from "../../src/plugins/index.ts";

export async function renderMarkdown(markdown: string, options: Partial<RemarkAnnotateOptions> = {}, frontmatter: Record<string, unknown> = {}): Promise<{ html: string; file: VFile }> {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter } } as Record<string, unknown> });
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkAnnotate, options)
    .use(remarkFigure)
    .use(remarkRehype, { allowDangerousHtml: false })
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeStringify);
  const result = await processor.process(file);
  return { html: String(result.value), file: result };
}
