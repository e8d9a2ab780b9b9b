/**
 * What the corpus stage read from each article's front matter last time, keyed by the file's exact bytes
 * (`.cache/article-meta.json`): a rebuild after one changed article parsed the YAML of every article
 * again, the largest part of the stage's reading. An entry is used only for a file whose bytes hash the
 * same and only while the code that reads front matter is the same; anything else is parsed again.
 */
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { BuildMessage } from "../lib/messages.ts";
import type { ArticleMeta } from "./types.ts";
import { sha256 } from "../ingest/render.ts";

export interface MetaEntry {
  /** sha256 of the file's bytes (as UTF-8 text). */
  hash: string;
  meta: ArticleMeta;
  /** The warnings the front matter gave (no licence, no credit), shown again on every build. */
  messages: BuildMessage[];
}

interface MetaFile {
  version: string;
  entries: Record<string, MetaEntry>;
}

export interface MetaCache {
  get(file: string, hash: string): MetaEntry | undefined;
  set(file: string, entry: MetaEntry): void;
  /** Writes the entries of this build's files (the others are dropped). */
  save(): Promise<void>;
}


let version: string | undefined;
/** The code that turns a file into `ArticleMeta` and messages: a change to it makes every entry stale. */
function codeVersion(): string {
  version ??= sha256(
    ["./read-articles.ts", "./types.ts", "../ingest/front-matter.ts", "../lib/paths.ts", "../lib/messages.ts"]
      .map((p) => readFileSync(new URL(p, import.meta.url), "utf8"))
      .join("\u0000"),
  );
  return version;
}

/** `path` null: nothing is remembered, every file is parsed. */
export function openMetaCache(path: string | null): MetaCache {
  let previous: Record<string, MetaEntry> = {};
  if (path) {
    try {
      const data = JSON.parse(readFileSync(path, "utf8")) as MetaFile;
      if (data.version === codeVersion() && data.entries) previous = data.entries;
    } catch {
      // missing or unreadable: every file is parsed
    }
  }
  const next: Record<string, MetaEntry> = {};
  return {
    get(file, hash) {
      const entry = path ? previous[file] : undefined;
      if (entry?.hash !== hash) return undefined;
      next[file] = entry;
      return entry;
    },
    set(file, entry) {
      next[file] = entry;
    },
    async save() {
      if (!path) return;
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, JSON.stringify({ version: codeVersion(), entries: next } satisfies MetaFile));
    },
  };
}
