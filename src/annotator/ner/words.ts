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

const POSSESSIVE_RE = /^(.*\p{L}.*)(['’][sS])$/u;

export function toWords(tok: Tokenized): WordView {
  const words: Word[] = [];
  const sentStart: number[] = [];
  let lastSentence = -1;
  for (const t of tok.tokens) {
    if (t.sentence !== lastSentence) {
      sentStart.push(words.length);
      lastSentence = t.sentence;
    }
    const m = POSSESSIVE_RE.exec(t.text);
    if (m) {
      const stem = m[1]!;
      words.push({ text: stem, start: t.start, end: t.start + stem.length });
      words.push({ text: m[2]!, start: t.start + stem.length, end: t.end });
    } else {
      words.push({ text: t.text, start: t.start, end: t.end });
    }
  }
  sentStart.push(words.length);
  return { words, sentStart };
}
