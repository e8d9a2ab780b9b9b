export { buildCorpus, defaultCorpusPath } from "./build-corpus.ts";
export type { BuildCorpusOptions } from "./build-corpus.ts";
export type * from "./types.ts";
