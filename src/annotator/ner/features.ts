/**
 * Feature extraction for the tagger. Each word gets up to STRIDE hashed feature ids in a flat
 * Uint32Array. Per-word string work (lower case, shape, affixes, list look-ups) is cached by word form,
 * so tagging allocates almost nothing per word.
 */
import { hashString, mix } from "./hash.ts";
import { GAZ_BITS, gazFlags, matchMulti } from "./lexicon.ts";
import { coarseCluster, fineCluster } from "./clusters.ts";
import type { WordView } from "./words.ts";

export const STRIDE = 96;

/** Capitalisation classes. */
const LOWER = 0, INITCAP = 1, ALLCAPS = 2, MIXED = 3, DIGIT = 4, PUNCT = 5;

interface WordInfo {
  lower: string;
  hLower: number;
  hForm: number;
  hShape: number;
  hSuf2: number;
  hSuf3: number;
  hSuf4: number;
  hPre2: number;
  hPre3: number;
  cap: number;
  gaz: number;
  len: number;
  /** Word-vector clusters (clusters.ts), 0 when the word has none. */
  clus: number;
  clusC: number;
}

const cache = new Map<string, WordInfo>();
const CACHE_LIMIT = 200_000;

function shapeOf(s: string): string {
  let out = "";
  let last = "";
  for (const ch of s) {
    let c: string;
    if (/\p{Lu}/u.test(ch)) c = "X";
    else if (/\p{Ll}/u.test(ch)) c = "x";
    else if (/\p{N}/u.test(ch)) c = "d";
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function capOf(s: string): number {
  const first = s[0] ?? "";
  if (/\p{Lu}/u.test(first)) {
    if (s.length > 1 && !/\p{Ll}/u.test(s)) return ALLCAPS;
    if (/\p{Lu}/u.test(s.slice(1)) && /\p{Ll}/u.test(s.slice(1))) return MIXED;
    return INITCAP;
  }
  if (/\p{Ll}/u.test(first)) return /\p{Lu}/u.test(s) ? MIXED : LOWER;
  if (/\p{N}/u.test(first)) return DIGIT;
  return PUNCT;
}

export function infoOf(form: string): WordInfo {
  let w = cache.get(form);
  if (w) return w;
  const lower = form.toLowerCase();
  w = {
    lower,
    hLower: hashString(lower),
    hForm: hashString(form),
    hShape: hashString(shapeOf(form)),
    hSuf2: hashString(lower.slice(-2)),
    hSuf3: hashString(lower.slice(-3)),
    hSuf4: hashString(lower.slice(-4)),
    hPre2: hashString(lower.slice(0, 2)),
    hPre3: hashString(lower.slice(0, 3)),
    cap: capOf(form),
    gaz: gazFlags(form, lower),
    len: Math.min(form.length, 8),
    clus: 0,
    clusC: 0,
  };
  if (!SKIP_CLUSTERS) {
    w.clus = fineCluster(lower);
    w.clusC = coarseCluster(w.clus);
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(form, w);
  return w;
}

const isCap = (w: WordInfo) => w.cap === INITCAP || w.cap === ALLCAPS || w.cap === MIXED;
const CONNECTORS = new Set(["of", "and", "&", "for", "de", "the", "on", "du", "von", "van", "der", "al", "bin", "la", "le", "del", "da", "y"]);
const OPENERS = new Set(['"', "“", "‘", "'", "(", "[", "-", "—", "–", ":"]);

// Template ids. Values only need to be distinct.
const enum T {
  Bias = 1, Lower, Form, Shape, Suf2, Suf3, Suf4, Pre2, Pre3, CapInit, LowerInit, Len,
  LowerM2, LowerM1, LowerP1, LowerP2, ShapeM1, ShapeP1, BiM1, BiP1, Shape3, CapM1CapP1,
  Gaz, GazM1, GazP1, GazM2, Multi, MultiM1, MultiP1,
  RunPos, RunLast, RunFirst, RunLastGaz, RunFirstGaz, Doc, DocRun, NextPoss, CapNext, PrevCap, RunLen,
  Clus, ClusC, ClusM1, ClusP1,
}
/** NER_NO_CLUSTERS=1 leaves the cluster features out (for measuring them; a model must be trained so). */
const SKIP_CLUSTERS = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.NER_NO_CLUSTERS === "1";

export interface DocFeatures {
  n: number;
  feats: Uint32Array;
  counts: Uint8Array;
  /** How many of each word's features (at the front) are about the word itself. */
  lexCounts: Uint8Array;
}

export function extractFeatures(view: WordView): DocFeatures {
  const { words, sentStart } = view;
  const n = words.length;
  const infos: WordInfo[] = new Array(n);
  const forms: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    forms[i] = words[i]!.text;
    infos[i] = infoOf(words[i]!.text);
  }
  const sentInit = new Uint8Array(n);
  const multiTag = new Int8Array(n);
  // Capitalised runs: runId start/end per word (-1 when not in a run).
  const runStart = new Int32Array(n).fill(-1);
  const runEnd = new Int32Array(n).fill(-1);
  for (let s = 0; s + 1 < sentStart.length; s++) {
    const a = sentStart[s]!, b = sentStart[s + 1]!;
    let k = a;
    while (k < b && OPENERS.has(forms[k]!)) k++;
    for (let i = a; i <= k && i < b; i++) sentInit[i] = 1;
    matchMulti(forms, a, b, multiTag);
    let i = a;
    while (i < b) {
      if (!isCap(infos[i]!)) { i++; continue; }
      let j = i + 1;
      for (;;) {
        if (j < b && isCap(infos[j]!)) { j++; continue; }
        if (j + 1 < b && CONNECTORS.has(forms[j]!) && isCap(infos[j + 1]!)) { j += 2; continue; }
        break;
      }
      for (let k2 = i; k2 < j; k2++) { runStart[k2] = i; runEnd[k2] = j; }
      i = j;
    }
  }
  // Document evidence: how a word is written elsewhere in the same text.
  const seenLower = new Set<string>();
  const seenCapMid = new Set<string>();
  const seenRunLast = new Set<string>();
  const seenRunFirst = new Set<string>();
  for (let i = 0; i < n; i++) {
    const w = infos[i]!;
    if (w.cap === LOWER) seenLower.add(w.lower);
    else if (isCap(w)) {
      if (!sentInit[i]) seenCapMid.add(w.lower);
      if (runEnd[i]! - runStart[i]! >= 2) {
        if (i === runEnd[i]! - 1) seenRunLast.add(w.lower);
        if (i === runStart[i]) seenRunFirst.add(w.lower);
      }
    }
  }

  const feats = new Uint32Array(n * STRIDE);
  const counts = new Uint8Array(n);
  const lexCounts = new Uint8Array(n);
  const NONE = 0x2545f491;
  const BOS = 0x6a09e667, EOS = 0x3c6ef372;
  for (let s = 0; s + 1 < sentStart.length; s++) {
    const a = sentStart[s]!, b = sentStart[s + 1]!;
    for (let i = a; i < b; i++) {
      const w = infos[i]!;
      const m1 = i - 1 >= a ? infos[i - 1]! : undefined;
      const m2 = i - 2 >= a ? infos[i - 2]! : undefined;
      const p1 = i + 1 < b ? infos[i + 1]! : undefined;
      const p2 = i + 2 < b ? infos[i + 2]! : undefined;
      let c = i * STRIDE;
      const base = c;
      const init = sentInit[i]!;
      // Word-identity features first: training drops them at random (lexCounts) so that the weights
      // also learn what an unseen word looks like from its shape, lists and context.
      feats[c++] = mix(T.Lower, w.hLower);
      feats[c++] = mix(T.Form, w.hForm);
      if (init) feats[c++] = mix(T.LowerInit, w.hLower);
      feats[c++] = mix(mix(T.BiM1, m1 ? m1.hLower : BOS), w.hLower);
      feats[c++] = mix(mix(T.BiP1, w.hLower), p1 ? p1.hLower : EOS);
      lexCounts[i] = c - base;
      feats[c++] = mix(T.Bias, 0);
      feats[c++] = mix(T.Shape, w.hShape);
      feats[c++] = mix(T.Suf2, w.hSuf2);
      feats[c++] = mix(T.Suf3, w.hSuf3);
      feats[c++] = mix(T.Suf4, w.hSuf4);
      feats[c++] = mix(T.Pre2, w.hPre2);
      feats[c++] = mix(T.Pre3, w.hPre3);
      feats[c++] = mix(T.CapInit, w.cap * 2 + init);
      feats[c++] = mix(T.Len, w.len * 8 + w.cap);
      const hm1 = m1 ? m1.hLower : BOS, hm2 = m2 ? m2.hLower : m1 ? BOS : NONE;
      const hp1 = p1 ? p1.hLower : EOS, hp2 = p2 ? p2.hLower : p1 ? EOS : NONE;
      feats[c++] = mix(T.LowerM2, hm2);
      feats[c++] = mix(T.LowerM1, hm1);
      feats[c++] = mix(T.LowerP1, hp1);
      feats[c++] = mix(T.LowerP2, hp2);
      feats[c++] = mix(T.ShapeM1, m1 ? m1.hShape : BOS);
      feats[c++] = mix(T.ShapeP1, p1 ? p1.hShape : EOS);
      feats[c++] = mix(mix(mix(T.Shape3, m1 ? m1.hShape : BOS), w.hShape), p1 ? p1.hShape : EOS);
      feats[c++] = mix(T.CapM1CapP1, (m1 ? m1.cap : 7) * 64 + w.cap * 8 + (p1 ? p1.cap : 7));
      if (w.clus) {
        feats[c++] = mix(T.Clus, w.clus * 8 + w.cap);
        feats[c++] = mix(T.ClusC, w.clusC * 8 + w.cap);
      }
      if (m1?.clus) feats[c++] = mix(T.ClusM1, m1.clus * 8 + w.cap);
      if (p1?.clus) feats[c++] = mix(T.ClusP1, p1.clus * 8 + w.cap);
      // Coarse ids share the neighbours' templates, offset past every fine id (kept so: the trained
      // weights are keyed by these hashes).
      if (m1?.clusC) feats[c++] = mix(T.ClusM1, 100000 + m1.clusC * 8 + w.cap);
      if (p1?.clusC) feats[c++] = mix(T.ClusP1, 100000 + p1.clusC * 8 + w.cap);
      // The list features vary in number; the guard keeps room for the fixed ones after them.
      for (let bit = 0; bit < GAZ_BITS && c - base < STRIDE - 40; bit++) {
        const f = 1 << bit;
        if (w.gaz & f) feats[c++] = mix(T.Gaz, bit * 8 + w.cap);
        if (m1 && m1.gaz & f) feats[c++] = mix(T.GazM1, bit * 8 + w.cap);
        if (p1 && p1.gaz & f) feats[c++] = mix(T.GazP1, bit * 8 + w.cap);
        if (m2 && m2.gaz & f) feats[c++] = mix(T.GazM2, bit);
      }
      if (multiTag[i]) feats[c++] = mix(T.Multi, multiTag[i]!);
      if (i - 1 >= a && multiTag[i - 1]) feats[c++] = mix(T.MultiM1, multiTag[i - 1]! * 8 + w.cap);
      if (i + 1 < b && multiTag[i + 1]) feats[c++] = mix(T.MultiP1, multiTag[i + 1]! * 8 + w.cap);
      const rs = runStart[i]!;
      if (rs >= 0) {
        const re = runEnd[i]!;
        const len = Math.min(re - rs, 5);
        const pos = re - rs === 1 ? 0 : i === rs ? 1 : i === re - 1 ? 3 : 2;
        feats[c++] = mix(T.RunPos, len * 8 + pos * 2 + init);
        const last = infos[re - 1]!, first = infos[rs]!;
        feats[c++] = mix(mix(T.RunLast, last.hLower), pos);
        feats[c++] = mix(mix(T.RunFirst, first.hLower), pos);
        for (let bit = 0; bit < GAZ_BITS && c - base < STRIDE - 12; bit++) {
          if (last.gaz & (1 << bit)) feats[c++] = mix(T.RunLastGaz, bit * 8 + pos);
          if (first.gaz & (1 << bit)) feats[c++] = mix(T.RunFirstGaz, bit * 8 + pos);
        }
        feats[c++] = mix(T.RunLen, len * 2 + (rs > a && rs - 1 >= a && infos[rs - 1]!.cap === PUNCT ? 1 : 0));
        const docBits = (seenLower.has(w.lower) ? 1 : 0) | (seenCapMid.has(w.lower) ? 2 : 0);
        feats[c++] = mix(T.Doc, docBits * 4 + init * 2 + (re - rs > 1 ? 1 : 0));
        const runBits = (seenRunLast.has(w.lower) ? 1 : 0) | (seenRunFirst.has(w.lower) ? 2 : 0);
        feats[c++] = mix(T.DocRun, runBits * 4 + (re - rs > 1 ? 1 : 0) * 2 + init);
      }
      if (p1 && (p1.lower === "'s" || p1.lower === "’s")) feats[c++] = mix(T.NextPoss, w.cap);
      if (isCap(w)) feats[c++] = mix(T.CapNext, hp1);
      if (isCap(w)) feats[c++] = mix(T.PrevCap, hm1);
      counts[i] = c - base;
    }
  }
  return { n, feats, counts, lexCounts };
}
