/**
 * BILOU tags with types. Tag 0 is O; type k (index in ENTITY_TYPES) owns tags 1 + 4k .. 4 + 4k in the
 * order B, I, L, U. BILOU rather than BIO because the explicit "last" and "unit" tags let the model
 * learn where names end (before "'s", before a comma) separately from where they start.
 */
import { ENTITY_TYPES, type EntityType } from "../model.ts";

export const NUM_TAGS = 1 + 4 * ENTITY_TYPES.length;
export const O = 0;
export const B = 0, I = 1, L = 2, U = 3;

export function tagOf(typeIndex: number, part: number): number {
  return 1 + 4 * typeIndex + part;
}
export function partOf(tag: number): number {
  return (tag - 1) % 4;
}
export function typeIndexOf(tag: number): number {
  return Math.floor((tag - 1) / 4);
}
export function typeOf(tag: number): EntityType {
  return ENTITY_TYPES[typeIndexOf(tag)]!;
}

/**
 * Weight columns per feature. Besides one column per tag, each feature has shared columns for the
 * tag's type (any part), the tag's part (any type; O counts as a part) and "inside any name", and a
 * tag's score is the sum of its four columns. With a small training set this lets evidence for
 * "B-organization" also count for "U-organization", and boundary evidence count across types.
 */
export const TYPE_COL = NUM_TAGS;
export const PART_COL = NUM_TAGS + ENTITY_TYPES.length;
export const NAME_COL = PART_COL + 5;
export const NUM_COLS = NAME_COL + 1;

/** The columns whose sum is the score of each tag: COLS_OF[tag] = [tag, type?, part, name?]. */
export const COLS_OF: number[][] = Array.from({ length: NUM_TAGS }, (_, t) =>
  t === O ? [O, PART_COL + 4] : [t, TYPE_COL + typeIndexOf(t), PART_COL + partOf(t), NAME_COL],
);

/** Expands column sums (NUM_COLS) at cols[co..] into tag scores at out[oo..]. */
export function expandCols(cols: Float32Array, co: number, out: Float32Array, oo: number): void {
  out[oo] = cols[co]! + cols[co + PART_COL + 4]!;
  for (let t = 1; t < NUM_TAGS; t++) {
    out[oo + t] = cols[co + t]! + cols[co + TYPE_COL + typeIndexOf(t)]! + cols[co + PART_COL + partOf(t)]! + cols[co + NAME_COL]!;
  }
}

/** allowed[prev * NUM_TAGS + cur]; prev = NUM_TAGS stands for the sentence start. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NUM_TAGS + 1) * NUM_TAGS);
  for (let p = 0; p <= NUM_TAGS; p++) {
    for (let c = 0; c < NUM_TAGS; c++) {
      const open = p !== NUM_TAGS && p !== O && (partOf(p) === B || partOf(p) === I);
      let ok: boolean;
      if (open) ok = c !== O && typeIndexOf(c) === typeIndexOf(p) && (partOf(c) === I || partOf(c) === L);
      else ok = c === O || partOf(c) === B || partOf(c) === U;
      a[p * NUM_TAGS + c] = ok ? 1 : 0;
    }
  }
  return a;
})();

/** Tags a sentence may end on. */
export function canEnd(tag: number): boolean {
  return tag === O || partOf(tag) === L || partOf(tag) === U;
}

/** BILOU tags for word-index spans (end exclusive) over n words. */
export function encodeSpans(n: number, spans: { start: number; end: number; typeIndex: number }[]): Uint8Array {
  const tags = new Uint8Array(n);
  for (const s of spans) {
    if (s.end - s.start === 1) tags[s.start] = tagOf(s.typeIndex, U);
    else {
      tags[s.start] = tagOf(s.typeIndex, B);
      for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = tagOf(s.typeIndex, I);
      tags[s.end - 1] = tagOf(s.typeIndex, L);
    }
  }
  return tags;
}

/** Word-index spans from a valid BILOU sequence. */
export function decodeSpans(tags: ArrayLike<number>, from: number, to: number): { start: number; end: number; typeIndex: number }[] {
  const out: { start: number; end: number; typeIndex: number }[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const t = tags[i]!;
    if (t === O) { open = -1; continue; }
    const part = partOf(t);
    if (part === U) { out.push({ start: i, end: i + 1, typeIndex: typeIndexOf(t) }); open = -1; }
    else if (part === B) open = i;
    else if (part === L && open >= 0) { out.push({ start: open, end: i + 1, typeIndex: typeIndexOf(t) }); open = -1; }
  }
  return out;
}
