/**
 * The one Markdown parser configuration shared by the corpus stage and the Astro pipeline: CommonMark +
 * GFM + directives, no SmartyPants (it would rewrite quotation marks and shift offsets). Astro's
 * `unified()` processor adds remark-parse and remark-gfm itself; astro.config.mjs adds remark-directive
 * and turns SmartyPants off, which makes its trees identical to these.
 */
import type { Root } from "mdast";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { restoreUnknownDirectives } from "./directives.ts";

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();

/** Parses a Markdown body (front matter already removed) to the tree the site renders. */
export function parseMarkdown(body: string): Root {
  const tree = processor.runSync(processor.parse(body)) as Root;
  restoreUnknownDirectives(tree, body);
  return tree;
}
