/**
 * The generated article file and its edit check. `ingestHash` is the sha256 of the file exactly as
 * generated minus the `ingestHash:` line itself. An editor's change anywhere (front matter or body)
 * makes the file disagree with its own hash, and ingest then never touches it again.
 */
import { createHash } from "node:crypto";
import type { ArticleFrontMatter } from "./types.ts";
import { stringifyFrontMatter } from "./front-matter.ts";

const HASH_LINE = /^ingestHash:[ \t]*["']?([0-9a-f]{64})["']?[ \t]*\n/m;

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export interface RenderedArticle {
  content: string;
  frontMatter: ArticleFrontMatter;
}

export function renderArticle(frontMatter: Omit<ArticleFrontMatter, "ingestHash">, body: string): RenderedArticle {
  const yaml = stringifyFrontMatter(frontMatter);
  const unhashed = `---\n${yaml}---\n\n${body.trimEnd()}\n`;
  const ingestHash = sha256(unhashed);
  const content = `---\n${yaml}ingestHash: ${ingestHash}\n---\n\n${body.trimEnd()}\n`;
  return { content, frontMatter: { ...frontMatter, ingestHash } as ArticleFrontMatter };
}

export type EditState =
  /** The file is exactly what ingest wrote. */
  | "generated"
  /** The file changed since ingest wrote it. */
  | "edited"
  /** No ingestHash: ingest did not write it (or an editor removed the hash to claim it). */
  | "no-hash";

export function editState(content: string): EditState {
  const fmEnd = frontMatterEnd(content);
  if (fmEnd < 0) return "no-hash";
  const head = content.slice(0, fmEnd);
  const m = HASH_LINE.exec(head);
  if (!m) return "no-hash";
  const without = head.slice(0, m.index) + head.slice(m.index + m[0].length) + content.slice(fmEnd);
  return sha256(without) === m[1] ? "generated" : "edited";
}

/** Offset of the closing `---` line of the front matter, or -1. */
function frontMatterEnd(content: string): number {
  if (!content.startsWith("---\n")) return -1;
  const m = /^---[ \t]*$/m.exec(content.slice(4));
  return m ? 4 + m.index : -1;
}
