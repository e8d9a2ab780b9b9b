/**
 * The annotatable plain text of an mdast tree, with a map from text offsets back to the text nodes.
 *
 * The corpus stage (which annotates) and remark-annotate (which renders the marks) both call this on the
 * same parse of the same Markdown, so an offset the annotator returns lands on the same character here.
 *
 * Rules: every paragraph, heading and table cell is a block (list items and figure-caption directives
 * are made of paragraphs); blocks are joined by "\n\n"; inside a block, text and inline code are
 * concatenated in document order, a hard break counts as one space. Code blocks, raw HTML, images and
 * front matter contribute nothing.
 */
import type { Heading, Nodes, Paragraph, Parents, Root, TableCell, Text } from "mdast";
import { createHash } from "node:crypto";

export type TextBlockNode = Paragraph | Heading | TableCell;

/** One text node's place in the extracted text: `text.slice(start, end) === node.value`. */
export interface TextSegment {
  node: Text;
  /** The node's parent, so a renderer can replace the node in place. */
  parent: Parents;
  start: number;
  end: number;
  /** True when the node sits inside a Markdown link (marks must not nest a link in a link). */
  inLink: boolean;
}

export interface TextBlock {
  node: TextBlockNode;
  /** The block's parent and index there, so a renderer can wrap runs of blocks. */
  parent: Parents;
  start: number;
  end: number;
  segments: TextSegment[];
}

export interface ExtractedText {
  text: string;
  blocks: TextBlock[];
}

const BLOCK_SEPARATOR = "\n\n";
const SKIPPED = new Set(["code", "html", "yaml", "toml", "definition", "footnoteDefinition", "image", "imageReference"]);

function isBlock(node: Nodes): node is TextBlockNode {
  return node.type === "paragraph" || node.type === "heading" || node.type === "tableCell";
}

export function extractText(tree: Root): ExtractedText {
  const parts: string[] = [];
  const blocks: TextBlock[] = [];
  let offset = 0;

  // Inline walk inside one block: iterative-recursive over phrasing content, in document order.
  function collectInline(node: Parents, block: TextBlock, inLink: boolean): void {
    for (const child of node.children as Nodes[]) {
      if (SKIPPED.has(child.type)) continue;
      if (child.type === "text") {
        block.segments.push({ node: child, parent: node, start: offset, end: offset + child.value.length, inLink });
        parts.push(child.value);
        offset += child.value.length;
      } else if (child.type === "inlineCode") {
        parts.push(child.value);
        offset += child.value.length;
      } else if (child.type === "break") {
        parts.push(" ");
        offset += 1;
      } else if ("children" in child) {
        collectInline(child, block, inLink || child.type === "link" || child.type === "linkReference");
      }
    }
  }

  function walk(node: Parents): void {
    for (const child of node.children as Nodes[]) {
      if (SKIPPED.has(child.type)) continue;
      if (isBlock(child)) {
        if (blocks.length > 0) {
          parts.push(BLOCK_SEPARATOR);
          offset += BLOCK_SEPARATOR.length;
        }
        const block: TextBlock = { node: child, parent: node, start: offset, end: offset, segments: [] };
        collectInline(child, block, false);
        block.end = offset;
        blocks.push(block);
      } else if ("children" in child) {
        walk(child);
      }
    }
  }

  walk(tree);
  return { text: parts.join(""), blocks };
}

/** Content hash of an extracted text: how the renderer knows the corpus annotated this very text. */
export function textHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}
