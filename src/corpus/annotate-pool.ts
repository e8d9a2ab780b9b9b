/**
 * Annotates the articles the cache did not have, on every core when there are many of them (worker
 * threads, in batches) and in this thread otherwise. Results come back through `onResult` as they are
 * ready, so the caller can store and drop them without holding every article twice.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Registry } from "../annotator/model.ts";
import { type AnnotateJob, type AnnotateResult, annotateOne } from "./annotate-one.ts";

/** Below this many articles to annotate, starting workers (each loads the model) costs more than it saves. */
export const MIN_ARTICLES_FOR_WORKERS = 150;
const BATCH = 16;

export interface PoolOptions {
  registry: Registry;
  /** Number of worker threads; default: the machine's cores when there are enough articles, else 0. */
  workers?: number;
  onResult: (index: number, result: AnnotateResult) => Promise<void> | void;
}

export async function annotateAll(jobs: AnnotateJob[], options: PoolOptions): Promise<void> {
  const wanted = options.workers ?? (jobs.length >= MIN_ARTICLES_FOR_WORKERS ? availableParallelism() : 0);
  const count = Math.min(wanted, Math.ceil(jobs.length / BATCH));
  if (count <= 1) {
    for (let i = 0; i < jobs.length; i++) await options.onResult(i, annotateOne(jobs[i]!, options.registry));
    return;
  }
  let workers: Worker[];
  try {
    workers = Array.from({ length: count }, () => new Worker(new URL("./annotate-worker.ts", import.meta.url), { workerData: { registry: options.registry } }));
  } catch {
    // No loader for TypeScript workers in this runtime (e.g. a test runner): annotate here.
    for (let i = 0; i < jobs.length; i++) await options.onResult(i, annotateOne(jobs[i]!, options.registry));
    return;
  }
  let next = 0;
  let pending = Promise.resolve();
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let start = 0;
            const send = () => {
              if (next >= jobs.length) return resolve();
              start = next;
              next = Math.min(jobs.length, next + BATCH);
              worker.postMessage({ id: start, jobs: jobs.slice(start, next) });
            };
            worker.on("message", (message: { id: number; results: AnnotateResult[] }) => {
              const results = message.results;
              // Results are handed on in arrival order, one batch at a time.
              pending = pending.then(async () => {
                for (let k = 0; k < results.length; k++) await options.onResult(message.id + k, results[k]!);
              });
              pending.then(send, reject);
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (next < jobs.length || code !== 0) reject(new Error(`annotation worker stopped (exit code ${code})`));
            });
            send();
          }),
      ),
    );
    await pending;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
