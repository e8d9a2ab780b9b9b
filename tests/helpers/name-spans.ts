import type { EntityType, NameSpan } from "../../src/annotator/model.ts";

/** Names as the recogniser gives them (bare, without titles): [surface, type] in order of appearance. */
export function spans(text: string, names: [string, EntityType][]): NameSpan[] {
  let from = 0;
  return names.map(([surface, type]) => {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`"${surface}" not found after ${from}`);
    from = start + surface.length;
    return { start, end: start + surface.length, text: surface, type, confidence: 0.9 };
  });
}
