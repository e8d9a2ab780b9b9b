/**
 * Named-entity recogniser: an averaged-perceptron BILOU tagger (features.ts, trainer.ts) decoded with
 * Viterbi, followed by span clean-up (clean.ts) and optional registry names from the caller.
 * The model is a JSON module so bundlers ship it with the annotator; no file-system access at run time.
 */
import type { EntityType, NameSpan } from "../model.ts";
import { ENTITY_TYPES } from "../model.ts";
import type { Tokenized } from "../tokenize.ts";
import { skippedSteps } from "../skip-steps.ts";
import modelFile from "./model.json" with { type: "json" };
import { cleanSpan } from "./clean.ts";
import { harmonise, type TaggedSpan } from "./consistency.ts";
import { keyOf } from "./document/spans.ts";
import { STRIDE, extractFeatures } from "./features.ts";
import { applyGazetteer } from "./gazetteer.ts";
import { GAZ, gazFlags, isKnownOrganization, isListedPlace } from "./lexicon.ts";
import { B, I, L, NUM_TAGS, U, decodeSpans, tagOf } from "./tags.ts";
import { viterbi } from "./viterbi.ts";
import { Weights, type ModelFile } from "./weights.ts";
import { toWords, type Word } from "./words.ts";

export interface RecognizeOptions {
  /**
   * Registry names (exact surface form -> type), e.g. from the editor's registry. Matches are added
   * with confidence 1 and win over overlapping model spans.
   */
  gazetteer?: ReadonlyMap<string, EntityType>;
  /** Drop model spans below this confidence (default 0: keep all). */
  minConfidence?: number;
  /** Skip the document-level consistency pass (consistency.ts); for measuring it. */
  noDocumentPass?: boolean;
}

let weights: Weights | undefined;
/** Builds the look-up table on first use (about 50 ms), not at import. */
function model(): Weights {
  return (weights ??= new Weights(modelFile as ModelFile));
}

/** Replaces the shipped weights (evaluation of a model trained with documents held out). */
export function useModel(file: ModelFile): void {
  weights = new Weights(file);
}

const PERSON = ENTITY_TYPES.indexOf("person");
const HAS_LETTER = /\p{L}/u;
const SKIP_LETTERLESS = skippedSteps("NER_SKIP").has("nl");
const SKIP_LINES = skippedSteps("NER_SKIP").has("0nl");
const PLACE = ENTITY_TYPES.indexOf("place");
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
  const raw: TaggedSpan[] = [];
  for (let s = 0; s + 1 < sentStart.length; s++) {
    const a = sentStart[s]!, b = sentStart[s + 1]!;
    viterbi(emission.subarray(a * NUM_TAGS, b * NUM_TAGS), b - a, w.transitions, tags, a);
    for (const span of decodeSpans(tags, a, b)) {
      // A name never runs over a line break ("By JON GAMBRELL\nAssociated Press"): each line's part is
      // a span of its own.
      for (const [from, to] of splitAtLineBreaks(tok.text, words, span.start, span.end)) {
        const cleaned = cleanSpan(words, from, to, span.typeIndex === PERSON, a, span.typeIndex === PLACE);
        if (!cleaned) continue;
        raw.push({ start: cleaned[0], end: cleaned[1], typeIndex: span.typeIndex, confidence: spanConfidence(from, to), scores: typeScores(from, to) });
      }
    }
  }
  const minConfidence = options.minConfidence ?? 0;
  const out: NameSpan[] = [];
  const emit = (span: TaggedSpan) => {
    if (span.confidence < minConfidence) return;
    const start = words[span.start]!.start, end = words[span.end - 1]!.end - (span.trim ?? 0);
    // A name has a letter: a document step reading "(Argentina)" in a results list as a side must not
    // make a set's tie-break "7–6(4)" one (`nl`).
    if (!SKIP_LETTERLESS && !HAS_LETTER.test(tok.text.slice(start, end))) return;
    out.push({ start, end, text: tok.text.slice(start, end), type: ENTITY_TYPES[span.typeIndex]!, confidence: span.confidence });
  };
  for (const whole of options.noDocumentPass ? raw : harmonise(words, sentStart, raw)) {
    const parts = SKIP_LINES ? undefined : documentLineParts(tok.text, words, whole);
    if (parts) for (const part of parts) emit(part);
    else emit(whole);
  }
  return options.gazetteer && options.gazetteer.size ? applyGazetteer(tok.text, view, out, options.gazetteer) : out;
}

/** Characters of a line short enough to be a heading's, a byline's or a list's, not a wrapped sentence's. */
const SHORT_LINE = 50;
/**
 * A name the document pass carried over a line break, cut at it (`0nl`): the tagger's spans never
 * cross one (above), but steps that join or extend spans read words, not lines ("Investigation\n\n
 * Sweden said", a section heading before a country that acts). A part that is one ordinary word no
 * dictionary knows as a name ("Investigation", "Results") was a heading and is no name. Undefined
 * where the name stays whole.
 */
function documentLineParts(text: string, words: Word[], span: TaggedSpan): TaggedSpan[] | undefined {
  if (span.end - span.start < 2 || !text.slice(words[span.start]!.end, words[span.end - 1]!.start).includes("\n")) return undefined;
  // (Only at a break that ends a paragraph, a heading, a byline or a list's line: a blank line, or a
  // short line. A hard-wrapped sentence breaks a long line anywhere: "A Human Rights\nWatch researcher".)
  const pieces = splitAtLineBreaks(text, words, span.start, span.end);
  const cut = pieces.slice(0, -1).every(([, to]) => {
    const at = words[to - 1]!.end;
    return text.slice(at, words[to]!.start).includes("\n\n") || at - text.lastIndexOf("\n", at - 1) <= SHORT_LINE;
  });
  if (!cut) return undefined;
  const parts: TaggedSpan[] = [];
  for (const [from, to] of pieces) {
    if (to - from === 1 && isPlainWord(words[from]!.text)) continue;
    // (A listed place after "in" is a place, whatever the joined name was: "Reaction in Los Angeles\n\nLakers president".)
    const located = isListedPlace(keyOf(words, from, to)) && /^(?:in|at|from|to|near)$/.test(words[from - 1]?.text ?? "");
    parts.push({ ...span, start: from, end: to, trim: to === span.end ? span.trim : undefined, typeIndex: located ? PLACE : span.typeIndex });
  }
  return parts;
}
function isPlainWord(w: string): boolean {
  const f = gazFlags(w, w.toLowerCase());
  return (f & GAZ.dictCommon) !== 0 && (f & (GAZ.dictProper | GAZ.country | GAZ.city | GAZ.firstName | GAZ.surname)) === 0 && !isListedPlace(w) && !isKnownOrganization(w);
}

/** Word ranges of [start, end) between line breaks. */
function splitAtLineBreaks(text: string, words: Word[], start: number, end: number): [number, number][] {
  const parts: [number, number][] = [];
  let from = start;
  for (let i = start + 1; i < end; i++) {
    if (text.slice(words[i - 1]!.end, words[i]!.start).includes("\n")) { parts.push([from, i]); from = i; }
  }
  parts.push([from, end]);
  return parts;
}

/**
 * How much more the chosen tags score than O, over the span's weakest word, squashed into (0, 1).
 * (Emission scores only: the transition weights are shared by every span.)
 */
function spanConfidence(start: number, end: number): number {
  let margin = Infinity;
  for (let i = start; i < end; i++) {
    const o = i * NUM_TAGS;
    margin = Math.min(margin, emission[o + tags[i]!]! - emission[o]!);
  }
  return Math.round((1 / (1 + Math.exp(-margin / 10))) * 1000) / 1000;
}

/** Emission score of the span's BILOU pattern for each type, so later passes can retype it. */
function typeScores(start: number, end: number): number[] {
  return ENTITY_TYPES.map((_, k) => {
    if (end - start === 1) return emission[start * NUM_TAGS + tagOf(k, U)]!;
    let sum = 0;
    for (let i = start; i < end; i++) sum += emission[i * NUM_TAGS + tagOf(k, i === start ? B : i === end - 1 ? L : I)]!;
    return sum;
  });
}
