/**
 * Averaged structured perceptron (Collins 2002) for the BILOU tagger. Only `scripts/train.ts` imports
 * this file; the annotator itself needs just `weights.ts`.
 */
import { STRIDE, extractFeatures } from "./features.ts";
import { COLS_OF, NUM_COLS, NUM_TAGS, decodeSpans, encodeSpans, expandCols } from "./tags.ts";
import { viterbi } from "./viterbi.ts";
import type { ModelFile } from "./weights.ts";
import type { WordView } from "./words.ts";
import { mulberry32 } from "../../lib/random.ts";

export interface TrainDoc {
  view: WordView;
  tags: Uint8Array;
  /** Update scale for this document's source. */
  weight: number;
  /**
   * Words whose gold O is not trusted (1): a name the model predicts entirely over such words is not
   * penalised. For sources that leave names unannotated (re3d) or label them misc (wikigold).
   */
  unsure?: Uint8Array;
}

export interface TrainOptions {
  epochs: number;
  /** One perceptron per seed (shuffle order); their averaged weights are averaged again. */
  seeds: number[];
  /** Features seen fewer times than this in the training data are dropped. */
  minCount: number;
  /** Averaged weights with |w| below this are dropped from the model file. */
  prune: number;
  /** Probability of hiding a word's identity features in one training pass (word dropout). */
  wordDropout: number;
  log?: (line: string) => void;
}

const T = NUM_TAGS;
const C = NUM_COLS;
/** Weights are stored as integers in hundredths: perceptron weights here range over about ±100. */
const SCALE = 100;


/** Gold tags for one sentence with the predicted names over unsure words accepted as gold. */
function forgive(gold: Uint8Array, pred: Uint8Array, a: number, n: number, unsure: Uint8Array): Uint8Array {
  const accepted = decodeSpans(pred, 0, n).filter((s) => {
    for (let i = s.start; i < s.end; i++) if (!unsure[a + i] || gold[a + i] !== 0) return false;
    return true;
  });
  if (!accepted.length) return gold;
  const out = gold.slice();
  const extra = encodeSpans(n, accepted);
  for (const s of accepted) for (let i = s.start; i < s.end; i++) out[a + i] = extra[i]!;
  return out;
}

export function trainPerceptron(docs: TrainDoc[], opts: TrainOptions): ModelFile {
  const log = opts.log ?? (() => {});
  // 1. Features, and the feature ids frequent enough to keep.
  const extracted = docs.map((d) => extractFeatures(d.view));
  const freq = new Map<number, number>();
  for (const f of extracted) {
    for (let i = 0; i < f.n; i++) {
      const off = i * STRIDE;
      for (let k = 0; k < f.counts[i]!; k++) {
        const id = f.feats[off + k]!;
        freq.set(id, (freq.get(id) ?? 0) + 1);
      }
    }
  }
  const rowOf = new Map<number, number>();
  const featureIds: number[] = [];
  for (const [id, c] of freq) if (c >= opts.minCount) { rowOf.set(id, featureIds.length); featureIds.push(id); }
  log(`features: ${freq.size} distinct, ${featureIds.length} kept (count >= ${opts.minCount})`);
  // Rows per word as flat arrays, -1 padding dropped.
  const rowsPerDoc = extracted.map((f) => {
    const starts = new Int32Array(f.n + 1);
    const lexEnds = new Int32Array(f.n);
    const rows: number[] = [];
    for (let i = 0; i < f.n; i++) {
      starts[i] = rows.length;
      const off = i * STRIDE;
      for (let k = 0; k < f.counts[i]!; k++) {
        if (k === f.lexCounts[i]) lexEnds[i] = rows.length;
        const r = rowOf.get(f.feats[off + k]!);
        if (r !== undefined) rows.push(r);
      }
    }
    starts[f.n] = rows.length;
    return { starts, lexEnds, rows: Int32Array.from(rows) };
  });

  const nRows = featureIds.length;
  const sumW = new Float64Array(nRows * C);
  const sumT = new Float64Array((T + 1) * T);
  for (const seed of opts.seeds) {
    const { w, tw } = trainOnce(seed);
    for (let i = 0; i < w.length; i++) sumW[i]! += w[i]! / opts.seeds.length;
    for (let i = 0; i < tw.length; i++) sumT[i]! += tw[i]! / opts.seeds.length;
  }

  /** One averaged perceptron over its own shuffle order; returns the averaged weights. */
  function trainOnce(seed: number): { w: Float32Array; tw: Float32Array } {
  log(`seed ${seed}`);
  const w = new Float32Array(nRows * C);
  const u = new Float64Array(nRows * C);
  const colSums = new Float32Array(C);
  const tw = new Float32Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  let c = 1;

  const sentences: [number, number][] = [];
  docs.forEach((d, di) => { for (let s = 0; s + 1 < d.view.sentStart.length; s++) sentences.push([di, s]); });
  const rand = mulberry32(seed);
  let emission = new Float32Array(256 * T);
  let pred = new Uint8Array(256);
  let first = new Int32Array(256);

  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = sentences.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const tmp = sentences[i]!; sentences[i] = sentences[j]!; sentences[j] = tmp;
    }
    let errors = 0, total = 0;
    for (const [di, s] of sentences) {
      const doc = docs[di]!;
      const a = doc.view.sentStart[s]!, b = doc.view.sentStart[s + 1]!;
      const n = b - a;
      if (n === 0) continue;
      if (emission.length < n * T) { emission = new Float32Array(n * T * 2); pred = new Uint8Array(n * 2); first = new Int32Array(n * 2); }
      const { starts, lexEnds, rows } = rowsPerDoc[di]!;
      for (let i = 0; i < n; i++) {
        first[i] = rand() < opts.wordDropout ? lexEnds[a + i]! : starts[a + i]!;
        colSums.fill(0);
        for (let k = first[i]!; k < starts[a + i + 1]!; k++) {
          const base = rows[k]! * C;
          for (let t = 0; t < C; t++) colSums[t]! += w[base + t]!;
        }
        expandCols(colSums, 0, emission, i * T);
      }
      viterbi(emission, n, tw, pred, 0);
      let gold = doc.tags;
      if (doc.unsure) gold = forgive(gold, pred, a, n, doc.unsure);
      let wrong = false;
      for (let i = 0; i < n; i++) if (pred[i] !== gold[a + i]) { wrong = true; errors++; }
      total += n;
      if (wrong) {
        const scale = doc.weight;
        for (let i = 0; i < n; i++) {
          const g = gold[a + i]!, p = pred[i]!;
          if (g !== p) {
            const gc = COLS_OF[g]!, pc = COLS_OF[p]!;
            for (let k = first[i]!; k < starts[a + i + 1]!; k++) {
              const base = rows[k]! * C;
              for (const col of gc) { w[base + col]! += scale; u[base + col]! += c * scale; }
              for (const col of pc) { w[base + col]! -= scale; u[base + col]! -= c * scale; }
            }
          }
          const gp = i === 0 ? T : gold[a + i - 1]!, pp = i === 0 ? T : pred[i - 1]!;
          if (gp !== pp || g !== p) {
            tw[gp * T + g]! += scale; tu[gp * T + g]! += c * scale;
            tw[pp * T + p]! -= scale; tu[pp * T + p]! -= c * scale;
          }
        }
      }
      c++;
    }
    log(`epoch ${epoch + 1}: token error rate ${(errors / total).toFixed(4)}`);
  }
  for (let i = 0; i < w.length; i++) w[i] = w[i]! - u[i]! / c;
  for (let i = 0; i < tw.length; i++) tw[i] = tw[i]! - tu[i]! / c;
  return { w, tw };
  }

  // Averaged weights, rounded to thousandths, small ones pruned.
  const features: number[] = [], rowSizes: number[] = [], entries: number[] = [];
  for (let r = 0; r < nRows; r++) {
    let k = 0;
    for (let t = 0; t < C; t++) {
      const avg = sumW[r * C + t]!;
      if (Math.abs(avg) < opts.prune) continue;
      const q = Math.round(avg * SCALE);
      if (q === 0) continue;
      entries.push(q * 32 + t);
      k++;
    }
    if (k > 0) { features.push(featureIds[r]!); rowSizes.push(k); }
  }
  const transitions = Array.from({ length: (T + 1) * T }, (_, i) => Math.round(sumT[i]! * SCALE));
  log(`model: ${features.length} rows, ${entries.length} weights`);
  return { version: 3, tags: T, cols: C, scale: SCALE, features, rowSizes, entries, transitions };
}
