/**
 * Named-entity recogniser: an averaged-perceptron BILOU tagger (features.ts, trainer.ts) decoded with
 * Viterbi, followed by span clean-up (clean.ts) and optional registry names from the caller.
 * The model is a JSON module so bundlers ship it with the annotator; no file-system access at run time.
 */
import type { EntityType, NameSpan } from "../model.ts";
import { ENTITY_TYPES } from "../model.ts";
import type { Tokenized } from "../tokenize.ts";
import modelFile from "./model.json" with { type: "json" };
import { cleanSpan } from "./clean.ts";
import { STRIDE, extractFeatures } from "./features.ts";
import { applyGazetteer } from "./gazetteer.ts";
import { NUM_TAGS, decodeSpans } from "./tags.ts";
import { viterbi } from "./viterbi.ts";
import { Weights, type ModelFile } from "./weights.ts";
import { toWords } from "./words.ts";

export interface RecognizeOptions {
  /**
   * Registry names (exact surface form -> type), e.g. from the editor's registry. Matches are added
   * with confidence 1 and win over overlapping model spans.
   */
  gazetteer?: ReadonlyMap<string, EntityType>;
  /** Drop model spans below this confidence (default 0: keep all). */
  minConfidence?: number;
}

let weights: Weights | undefined;
/** Builds the look-up table on first use (about 50 ms), not at import. */
function model(): Weights {
  return (weights ??= new Weights(modelFile as ModelFile));
}

let emission = new Float32Array(1024 * NUM_TAGS);
let tags = new Uint8Array(1024);

export function recognizeNames(tok: Tokenized, options: RecognizeOptions = {}): NameSpan[] {
  const w = model();
  const view = toWords(tok);
  const { words, sentStart } = view;
  const n = words.length;
  const f = extractFeatures(view);
  if (emission.length < n * NUM_TAGS) { emission = new Float32Array(n * NUM_TAGS * 2); tags = new Uint8Array(n * 2); }
  for (let i = 0; i < n; i++) w.score(f.feats, i * STRIDE, f.counts[i]!, emission, i * NUM_TAGS);
  const out: NameSpan[] = [];
  const minConfidence = options.minConfidence ?? 0;
  for (let s = 0; s + 1 < sentStart.length; s++) {
    const a = sentStart[s]!, b = sentStart[s + 1]!;
    viterbi(emission.subarray(a * NUM_TAGS, b * NUM_TAGS), b - a, w.transitions, tags, a);
    for (const span of decodeSpans(tags, a, b)) {
      const type = ENTITY_TYPES[span.typeIndex]!;
      const cleaned = cleanSpan(words, span.start, span.end, type === "person");
      if (!cleaned) continue;
      const confidence = spanConfidence(span.start, span.end);
      if (confidence < minConfidence) continue;
      const start = words[cleaned[0]]!.start, end = words[cleaned[1] - 1]!.end;
      out.push({ start, end, text: tok.text.slice(start, end), type, confidence });
    }
  }
  return options.gazetteer && options.gazetteer.size ? applyGazetteer(tok.text, view, out, options.gazetteer) : out;
}

/** Smallest per-word margin between the chosen tag and the best other tag, squashed into (0, 1). */
function spanConfidence(start: number, end: number): number {
  let margin = Infinity;
  for (let i = start; i < end; i++) {
    const o = i * NUM_TAGS, chosen = tags[i]!;
    let other = -Infinity;
    for (let t = 0; t < NUM_TAGS; t++) if (t !== chosen && emission[o + t]! > other) other = emission[o + t]!;
    margin = Math.min(margin, emission[o + chosen]! - other);
  }
  return Math.round((1 / (1 + Math.exp(-margin))) * 1000) / 1000;
}
