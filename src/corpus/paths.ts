/**
 * Where the corpus stage writes its files. Apart from build-corpus.ts so that a process that only needs
 * the paths (the build's main process, which runs the stage in a worker) does not load the annotator.
 */
import { dirname, join } from "node:path";

export function defaultCorpusPath(root: string): string {
  return join(root, ".cache", "corpus.json");
}

/** Folder of the corpus's parts (`entities.json`, `quotes.json`, `articles.json`, `entity-details/`), next to `corpus.json`. */
export function partsDirOf(corpusFile: string): string {
  return join(dirname(corpusFile), "corpus");
}

/** Folder of the entities' per-entity lists (see entity-details.ts), next to `corpus.json`. */
export function entityDetailsDirOf(corpusFile: string): string {
  return join(dirname(corpusFile), "corpus", "entity-details");
}

/** Folder of the per-article files, next to `corpus.json`. */
export function annotationsDirOf(corpusFile: string): string {
  return join(dirname(corpusFile), "corpus", "articles");
}
