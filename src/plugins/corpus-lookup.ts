/**
 * Reads the annotations the corpus stage stored for an article: `.cache/corpus/articles/<slug>.json`
 * (see src/corpus/types.ts), one small file per article read when the article is rendered, so the
 * renderer never holds the whole corpus. A corpus file that still lists annotations inline (older
 * format, tests) is read whole, once per modification.
 */
import { readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Annotations } from "../annotator/model.ts";

export interface StoredAnnotations {
  textHash: string;
  /** The annotated text the offsets point into (the Web Annotation export quotes from it). */
  text: string;
  annotations: Annotations;
}

export interface CorpusAnnotations {
  get(slug: string): StoredAnnotations | undefined;
}

interface InlineCorpus {
  annotationsDir?: string;
  articles?: { slug: string; textHash: string; text?: string; annotations?: Annotations }[];
}

const inline = new Map<string, { mtimeMs: number; bySlug: Map<string, StoredAnnotations> | null; dir: string }>();

function corpusInfo(corpusPath: string): { bySlug: Map<string, StoredAnnotations> | null; dir: string } | undefined {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(corpusPath).mtimeMs;
  } catch {
    return undefined;
  }
  const hit = inline.get(corpusPath);
  if (hit && hit.mtimeMs === mtimeMs) return hit;
  const corpus = JSON.parse(readFileSync(corpusPath, "utf8")) as InlineCorpus;
  const dir = join(dirname(corpusPath), corpus.annotationsDir ?? join("corpus", "articles"));
  const withInline = (corpus.articles ?? []).filter((a) => a.annotations && typeof a.text === "string");
  const bySlug = withInline.length > 0 ? new Map(withInline.map((a) => [a.slug, { textHash: a.textHash, text: a.text!, annotations: a.annotations! }])) : null;
  const info = { mtimeMs, bySlug, dir };
  inline.set(corpusPath, info);
  return info;
}

/** The stored annotations by article slug; `get` answers `undefined` when the corpus does not exist. */
export function corpusAnnotations(corpusPath: string): CorpusAnnotations {
  return {
    get(slug) {
      // The usual place first: no need to read the corpus file at all.
      try {
        return JSON.parse(readFileSync(join(dirname(corpusPath), "corpus", "articles", `${slug}.json`), "utf8")) as StoredAnnotations;
      } catch {
        // not there: an older or a test corpus file
      }
      const info = corpusInfo(corpusPath);
      if (!info) return undefined;
      if (info.bySlug) return info.bySlug.get(slug);
      try {
        return JSON.parse(readFileSync(join(info.dir, `${slug}.json`), "utf8")) as StoredAnnotations;
      } catch {
        return undefined;
      }
    },
  };
}
