/**
 * The corpus stage in a worker thread of its own (scripts/build.ts): everything it holds at once (every
 * article's text and annotations, before and after the merge) is freed with the thread when it ends,
 * before Astro starts in the build process. Posts progress as it goes, then the messages and figures.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { PublishedId } from "../annotator/link/corpus.ts";
import type { Registry } from "../annotator/model.ts";
import { buildCorpus } from "./build-corpus.ts";

type StageInput = { articlesDir: string; root: string; registry: Registry; published: PublishedId[] };
// Started before its input exists (workerData null), the thread loads its code (the annotator and its
// model) while the build ingests and reads the registry, then waits for the input as its first message.
const { articlesDir, root, registry, published } = ((workerData as StageInput | null) ?? (await new Promise((resolve) => parentPort!.once("message", resolve)))) as StageInput;
const { messages, stats, newIds } = await buildCorpus({ articlesDir, root, registry, published, onProgress: (done, total) => parentPort!.postMessage({ type: "progress", done, total }) });
parentPort!.postMessage({ type: "done", messages, stats, newIds });
