/**
 * One Markdown dialect for everything ingest reads and writes: CommonMark + GFM + directives (the
 * `:::figure` container for captions). Bodies are built as mdast and serialised by remark-stringify,
 * which escapes whatever Markdown would read as HTML, directives or markup: source text stays text.
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkDirective from "remark-directive";
import remarkStringify from "remark-stringify";
import type { Options as StringifyOptions } from "remark-stringify";
import type { Paragraph, Root, RootContent } from "mdast";
import type { ContainerDirective } from "mdast-util-directive";
import type { Caption } from "./captions.ts";

const STRINGIFY: StringifyOptions = {
  bullet: "-",
  emphasis: "_",
  strong: "*",
  fences: true,
  rule: "-",
  listItemIndent: "one",
};

const writer = unified().use(remarkDirective).use(remarkGfm).use(remarkStringify, STRINGIFY);
const reader = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

export function stringifyMarkdown(tree: Root): string {
  return writer.stringify(tree).trimEnd() + "\n";
}

export function parseMarkdown(text: string): Root {
  return reader.parse(text);
}

export function paragraph(text: string): Paragraph {
  return { type: "paragraph", children: [{ type: "text", value: text }] };
}

/** `:::figure{credit="..."}` around the caption text: rendered as <figure><figcaption>. */
export function figure(caption: Caption): ContainerDirective {
  return { type: "containerDirective", name: "figure", attributes: { credit: caption.credit }, children: [paragraph(caption.text)] };
}

export function root(children: RootContent[]): Root {
  return { type: "root", children };
}
