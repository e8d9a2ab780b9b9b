/**
 * Types shared by the ingest stage. Parsers are pure (text in, `ParsedSource` or issues out); only
 * `index.ts` touches the file system.
 */
import type { BuildMessage } from "../lib/messages.ts";
import type { Slug } from "../lib/paths.ts";

/** A message before the file-system layer knows which file it belongs to. */
export type SourceIssue = Omit<BuildMessage, "file">;

/** The three source forms (see README of the samples). */
export type SourceKind = "text" | "markdown" | "html";

/** What a parser extracts from one source, before a slug is assigned. */
export interface ParsedSource {
  title: string;
  /** True when the source had no headline and the title was inferred from the lede. */
  titleInferred: boolean;
  /** YYYY-MM-DD, already validated. */
  date: string;
  /** The article body as Markdown (remark-stringify output or the source's own Markdown). */
  body: string;
  sourceUrl?: string;
  license?: string;
  credit?: string;
  author?: string;
  /** A slug the source asked for (`slug:` in Markdown front matter); still made unique. */
  requestedSlug?: string;
  /** Front-matter keys of a Markdown source that ingest does not interpret; passed through. */
  extra?: Record<string, unknown>;
}

export type ParseResult =
  | { ok: true; parsed: ParsedSource; issues: SourceIssue[] }
  | { ok: false; issues: SourceIssue[] };

/** The front matter ingest writes, in this key order. */
export interface ArticleFrontMatter {
  title: string;
  date: string;
  slug: string;
  /** The source file, relative to the project root (POSIX separators). */
  source: string;
  sourceUrl?: string;
  license?: string;
  credit?: string;
  author?: string;
  /** sha256 (hex) of the generated file without this line: a mismatch means an editor changed it. */
  ingestHash: string;
  [extra: string]: unknown;
}

export type IngestStatus =
  /** Article file did not exist and was written. */
  | "created"
  /** Article was generated before, not edited since, and the new output differs: rewritten. */
  | "updated"
  /** Generated output is identical to the file on disk: nothing written. */
  | "unchanged"
  /** An editor changed the article (or removed its ingestHash): left alone. */
  | "edited";

export interface IngestedArticle {
  slug: Slug;
  /** Article file relative to the root, e.g. `content/articles/foo.md`. */
  file: string;
  /** Source file relative to the root, e.g. `content/sources/foo.txt`. */
  source: string;
  kind: SourceKind;
  status: IngestStatus;
  /**
   * Front matter as written by this run; for `edited` articles, as read from the editor's file (fields
   * that file lacks or holds in another type are filled from what ingest would have written).
   */
  frontMatter: ArticleFrontMatter;
  /** Markdown body (after the front matter), as on disk after the run. */
  body: string;
}
