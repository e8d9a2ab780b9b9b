/**
 * Tokens and sentences with character offsets. Hand-written rather than taken from a library because
 * every later stage needs exact UTF-16 offsets into the original text and news-specific handling of
 * abbreviations ("U.S.", "Mr.", "D.C."), curly apostrophes ("Kyiv’s") and quotation marks, which the
 * general-purpose JavaScript tokenizers we tried do not keep.
 */
import type { Span } from "./model.ts";

export interface Token extends Span {
  text: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** Index of the paragraph (blocks separated by a blank line). */
  paragraph: number;
}

export interface Sentence extends Span {
  /** Index of the first token and one past the last. */
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
}

export interface Tokenized {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Span[];
}

// A web or e-mail address is one token, so no later stage reads its parts as words or names
// ("wikihow.com/wikiHow:Right-to-Fork"); its final punctuation is the sentence's. (An address's
// local part is bounded, as e-mail's is, so a long run of dashes is not scanned again at each dash.)
// A word: letters/digits, joined by internal apostrophes or hyphens; a possessive 's / ’s is its own token
// ("Kyiv’s" -> "Kyiv" + "’s") so names never carry it; "U.S."-style abbreviations keep their periods.
const TOKEN_RE =
  /(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]*[^\s<>"'()[\]{}.,;:!?]|\w[\w.+-]{0,63}@[\w-]+(?:\.[\w-]+)+|(?:[A-Za-z]\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:(?:['’](?![sS]\b)|-)[\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|s)?|['’]s\b|\S/gu;

/** Abbreviations after which a period does not end a sentence. Lower-cased, without the period. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt", "cmdr",
  "gov", "sen", "rep", "rev", "hon", "pres", "sec", "supt", "insp", "det", "cpl", "pvt", "adm", "maj", "adv", "messrs",
  "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "univ", "approx", "est", "fig", "vol", "op",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "e.g", "i.e", "ph.d",
]);

export function tokenize(text: string): Tokenized {
  const paragraphs: Span[] = [];
  const paraRe = /\n[ \t]*\n/g;
  let pStart = 0;
  for (let m = paraRe.exec(text); m; m = paraRe.exec(text)) {
    if (m.index > pStart) paragraphs.push({ start: pStart, end: m.index });
    pStart = m.index + m[0].length;
  }
  if (pStart < text.length) paragraphs.push({ start: pStart, end: text.length });

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const slice = text.slice(para.start, para.end);
    const paraTokens: Token[] = [];
    TOKEN_RE.lastIndex = 0;
    for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
      pushToken(paraTokens, m[0], para.start + m.index, p);
    }
    splitSentences(text, paraTokens, p, tokens, sentences);
  }
  return { text, tokens, sentences, paragraphs };
}

/**
 * Longer "words" (a run of letters from a broken export, a base64 blob) are cut into pieces of this
 * size: no name is that long, and later stages (the tagger's word patterns) may do work quadratic in a
 * token's length.
 */
export const MAX_TOKEN_CHARS = 100;

function pushToken(tokens: Token[], text: string, start: number, paragraph: number): void {
  let from = 0;
  while (text.length - from > MAX_TOKEN_CHARS) {
    let cut = from + MAX_TOKEN_CHARS;
    // Never between the two halves of a surrogate pair (an emoji or other astral character).
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    tokens.push({ text: text.slice(from, cut), start: start + from, end: start + cut, sentence: 0, paragraph });
    from = cut;
  }
  tokens.push({ text: from === 0 ? text : text.slice(from), start: start + from, end: start + text.length, sentence: 0, paragraph });
}

const CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "»"]);

function splitSentences(text: string, paraTokens: Token[], paragraph: number, tokens: Token[], sentences: Sentence[]): void {
  let first = 0;
  const close = (endIndex: number) => {
    if (endIndex <= first) return;
    const sentenceIndex = sentences.length;
    const startToken = tokens.length;
    for (let i = first; i < endIndex; i++) tokens.push({ ...paraTokens[i]!, sentence: sentenceIndex });
    sentences.push({
      start: paraTokens[first]!.start,
      end: paraTokens[endIndex - 1]!.end,
      tokenStart: startToken,
      tokenEnd: tokens.length,
      paragraph,
    });
    first = endIndex;
  };
  for (let i = 0; i < paraTokens.length; i++) {
    const tok = paraTokens[i]!;
    if (!isTerminal(paraTokens, i)) continue;
    // Closing quotes and brackets that follow the terminal belong to this sentence.
    let end = i + 1;
    while (end < paraTokens.length && CLOSERS.has(paraTokens[end]!.text) && paraTokens[end]!.start === paraTokens[end - 1]!.end) end++;
    const next = paraTokens[end];
    if (!next) break;
    // A new sentence starts with a capital, a digit or an opening quote after whitespace.
    const gap = text.slice(paraTokens[end - 1]!.end, next.start);
    if (!/\s/.test(gap)) continue;
    if (!/^[\p{Lu}\p{N}"“‘'(\[]/u.test(next.text)) continue;
    close(end);
    i = end - 1;
    void tok;
  }
  close(paraTokens.length);
}

function isTerminal(tokens: Token[], i: number): boolean {
  const t = tokens[i]!.text;
  if (t === "!" || t === "?") return true;
  if (t === "." ) {
    const prev = tokens[i - 1];
    if (!prev || prev.end !== tokens[i]!.start) return true;
    const word = prev.text.toLowerCase();
    if (ABBREVIATIONS.has(word)) return false;
    // A single capital letter followed by a period is an initial ("George W. Bush").
    // (Not a temperature's unit: "fell to minus 14 °C. AFAD president Okay Memiş said".)
    const before = tokens[i - 2];
    if (/^\p{Lu}$/u.test(prev.text) && !(before && before.text === "°" && before.end === prev.start)) return false;
    return true;
  }
  // "U.S." or "D.C." absorbed its own final period: it ends a sentence only if followed by a capitalised
  // word that is not itself a name continuation; we cannot know, so treat it as non-terminal unless the
  // next token starts a quotation or the paragraph ends.
  if (/^(?:[A-Za-z]\.){2,}$/.test(t)) {
    const next = tokens[i + 1];
    return !next ? true : /^["“]$/.test(next.text) === false && /^(?:The|A|An|It|He|She|They|We|I|This|In|But|And)$/.test(next.text);
  }
  return false;
}
