// PLACEHOLDER until linking lands: one entity per distinct surface form.
import type { AnnotateOptions, Entity, Mention, NameSpan } from "../model.ts";
import type { Tokenized } from "../tokenize.ts";
import { slugify } from "../../lib/paths.ts";

export function linkMentions(_tok: Tokenized, names: NameSpan[], _options: AnnotateOptions): { mentions: Mention[]; entities: Entity[] } {
  const entities = new Map<string, Entity>();
  const mentions: Mention[] = names.map((n) => {
    const id = slugify(n.text);
    if (!entities.has(id)) entities.set(id, { id, name: n.text, type: n.type, aliases: [], roles: [], inRegistry: false });
    return { start: n.start, end: n.end, text: n.text, entityId: id, type: n.type, kind: "name", source: "model" };
  });
  return { mentions, entities: [...entities.values()] };
}
