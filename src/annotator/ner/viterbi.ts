/** First-order Viterbi over BILOU tags with the invalid transitions removed. */
import { ALLOWED, NUM_TAGS, canEnd } from "./tags.ts";

const T = NUM_TAGS;
/** For each tag, the tags allowed before it (most tags have 2 or 7 of the 13). */
const PREV: Int32Array[] = Array.from({ length: T }, (_, c) => Int32Array.from({ length: T }, (_, p) => p).filter((p) => ALLOWED[p * T + c] === 1));
let delta = new Float64Array(0);
let back = new Int32Array(0);

/**
 * emission: n x T scores for words [from, from + n) stored at (i - from) * T; trans: (T + 1) x T with row T
 * the sentence start. Writes the best tags into out[from .. from + n).
 */
export function viterbi(emission: Float32Array, n: number, trans: Float32Array, out: Uint8Array, from: number): void {
  if (n === 0) return;
  if (delta.length < n * T) { delta = new Float64Array(n * T * 2); back = new Int32Array(n * T * 2); }
  for (let c = 0; c < T; c++) {
    delta[c] = ALLOWED[T * T + c] ? trans[T * T + c]! + emission[c]! : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T, cur = i * T;
    for (let c = 0; c < T; c++) {
      let best = -Infinity, arg = 0;
      const allowed = PREV[c]!;
      for (let j = 0; j < allowed.length; j++) {
        const p = allowed[j]!;
        const v = delta[prev + p]! + trans[p * T + c]!;
        if (v > best) { best = v; arg = p; }
      }
      delta[cur + c] = best + emission[cur + c]!;
      back[cur + c] = arg;
    }
  }
  let best = -Infinity, arg = 0;
  const last = (n - 1) * T;
  for (let c = 0; c < T; c++) {
    if (!canEnd(c)) continue;
    if (delta[last + c]! > best) { best = delta[last + c]!; arg = c; }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[from + i] = arg;
    arg = back[i * T + arg]!;
  }
}
