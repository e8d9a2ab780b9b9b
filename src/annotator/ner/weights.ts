/**
 * The trained weights at run time: an open-addressing hash table from 32-bit feature id to a row of
 * NUM_TAGS weights, plus the tag transition matrix. Built once from the compact JSON model.
 */
import { NUM_COLS, NUM_TAGS, expandCols } from "./tags.ts";

const T = NUM_TAGS;

/** The JSON model file. Weights are integers (weight * scale); each row entry packs that * 32 + column. */
export interface ModelFile {
  version: number;
  tags: number;
  /** Weight columns per feature (tags.ts NUM_COLS). */
  cols: number;
  /** Stored integer = round(weight * scale). */
  scale: number;
  /** Feature ids, one per row. */
  features: number[];
  /** Number of packed entries for each row. */
  rowSizes: number[];
  /** Packed entries: round(weight * scale) * 32 + column. */
  entries: number[];
  /** (NUM_TAGS + 1) x NUM_TAGS transition weights (times scale); the last row is the sentence start. */
  transitions: number[];
  meta?: Record<string, unknown>;
}

export class Weights {
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  readonly weights: Float32Array;
  readonly transitions: Float32Array;

  constructor(file: ModelFile) {
    if (file.tags !== NUM_TAGS || file.cols !== NUM_COLS) throw new Error(`NER model has ${file.tags} tags and ${file.cols} columns, expected ${NUM_TAGS} and ${NUM_COLS}`);
    const nRows = file.features.length;
    let size = 1;
    while (size < nRows * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Uint32Array(size);
    this.rows = new Int32Array(size).fill(-1);
    // Rows are stored per column (tags.ts) but expanded to per-tag weights once here, since a
    // tag's score is a fixed sum of columns: scoring then adds NUM_TAGS numbers per feature.
    this.weights = new Float32Array(nRows * T);
    const cols = new Float32Array(NUM_COLS);
    let e = 0;
    for (let r = 0; r < nRows; r++) {
      const key = file.features[r]! >>> 0;
      let slot = key & this.mask;
      while (this.rows[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.rows[slot] = r;
      const k = file.rowSizes[r]!;
      cols.fill(0);
      for (let j = 0; j < k; j++, e++) {
        const packed = file.entries[e]!;
        const col = ((packed % 32) + 32) % 32;
        cols[col] = (packed - col) / 32 / file.scale;
      }
      expandCols(cols, 0, this.weights, r * T);
    }
    this.transitions = Float32Array.from(file.transitions, (v) => v / file.scale);
  }

  /** Row index of a feature id, or -1. */
  row(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const r = this.rows[slot]!;
      if (r === -1) return -1;
      if (this.keys[slot] === key) return r;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Scores the word's features for every tag into out[outOff .. outOff + NUM_TAGS). */
  score(feats: Uint32Array, off: number, count: number, out: Float32Array, outOff: number): void {
    // Locals, and the probe inlined: this loop is most of the tagger's time.
    const w = this.weights, keys = this.keys, rows = this.rows, mask = this.mask;
    for (let t = 0; t < T; t++) out[outOff + t] = 0;
    for (let k = 0; k < count; k++) {
      const key = feats[off + k]!;
      let slot = key & mask;
      let r = rows[slot]!;
      while (r !== -1 && keys[slot] !== key) {
        slot = (slot + 1) & mask;
        r = rows[slot]!;
      }
      if (r === -1) continue;
      const base = r * T;
      for (let t = 0; t < T; t++) out[outOff + t] = out[outOff + t]! + w[base + t]!;
    }
  }
}
