/**
 * The tagger's view of the tokens. The project tokenizer keeps a possessive on its word ("Kyiv’s",
 * "Trump's"); names must end before the possessive, so the tagger splits it off as a word of its own.
 */
import type { Tokenized } from "../tokenize.ts";

export interface Word {
  text: string;
  start: number;
  end: number;
}

export interface WordView {
  words: Word[];
  /** Sentence boundaries as word indices: sentence k is words[sentStart[k], sentStart[k + 1]). */
  sentStart: number[];
}

// Checked in two linear steps: one regex with `.*\p{L}.*` backtracks quadratically on a long word.
const POSSESSIVE_END = /['’][sS]$/;
const HAS_LETTER = /\p{L}/u;
function splitPossessive(text: string): [string, string] | null {
  if (text.length < 3 || !POSSESSIVE_END.test(text)) return null;
  const stem = text.slice(0, -2);
  return HAS_LETTER.test(stem) ? [stem, text.slice(-2)] : null;
}

export function toWords(tok: Tokenized): WordView {
  const words: Word[] = [];
  const sentStart: number[] = [];
  let lastSentence = -1;
  for (const t of tok.tokens) {
    if (t.sentence !== lastSentence) {
      sentStart.push(words.length);
      lastSentence = t.sentence;
    }
    const m = splitPossessive(t.text);
    if (m) {
      const stem = m[0];
      words.push({ text: stem, start: t.start, end: t.start + stem.length });
      words.push({ text: m[1], start: t.start + stem.length, end: t.end });
    } else {
      words.push({ text: t.text, start: t.start, end: t.end });
    }
  }
  sentStart.push(words.length);
  return { words, sentStart };
}
