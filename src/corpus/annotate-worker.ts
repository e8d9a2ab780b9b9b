/**
 * Worker thread of the corpus stage: receives batches of articles, answers with their annotations. The
 * registry comes once, in `workerData`.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Registry } from "../annotator/model.ts";
import { type AnnotateJob, annotateOne } from "./annotate-one.ts";

const registry = (workerData as { registry: Registry }).registry;
parentPort!.on("message", (batch: { id: number; jobs: AnnotateJob[] }) => {
  parentPort!.postMessage({ id: batch.id, results: batch.jobs.map((job) => annotateOne(job, registry)) });
});
