// PLACEHOLDER until quote detection and attribution land: curly/straight double quotes, no speaker.
import type { AnnotateOptions, Entity, Mention, Quote } from "../model.ts";
import type { Tokenized } from "../tokenize.ts";

export function annotateQuotes(tok: Tokenized, _mentions: Mention[], _entities: Entity[], _options: AnnotateOptions): Quote[] {
  const out: Quote[] = [];
  const re = /[“"]([^”"\n]+)[”"]/g;
  for (let m = re.exec(tok.text); m; m = re.exec(tok.text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], contentStart: m.index + 1, contentEnd: m.index + m[0].length - 1, kind: "speech", block: false, paragraphs: 1, partial: false, speakerEntityId: null, speakerMention: null, cue: null });
  }
  return out;
}
