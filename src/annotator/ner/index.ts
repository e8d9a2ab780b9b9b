// PLACEHOLDER until the trained tagger lands: capitalised word runs, typed as person.
import type { NameSpan } from "../model.ts";
import type { Tokenized } from "../tokenize.ts";

export function recognizeNames(tok: Tokenized): NameSpan[] {
  const out: NameSpan[] = [];
  const toks = tok.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(toks[i]!.text)) continue;
    let j = i + 1;
    while (j < toks.length && /^\p{Lu}\p{Ll}+$/u.test(toks[j]!.text) && toks[j]!.sentence === toks[i]!.sentence) j++;
    if (j - i >= 2) out.push({ start: toks[i]!.start, end: toks[j - 1]!.end, text: tok.text.slice(toks[i]!.start, toks[j - 1]!.end), type: "person", confidence: 0.5 });
    i = j - 1;
  }
  return out;
}
