/**
 * Shared by `npm run predict` and scripts/eval-quotes.ts: how the quote speakers the product shows
 * become scorer predictions.
 */
import type { GroupSpeaker, Quote } from "../src/annotator/model.ts";

/**
 * The speaker phrases the article page shows beside a quote, as scorer mentions without a `type` (they
 * are noun phrases, not names: the scorer's name scores skip them, its speaker check does not):
 * - a group speaker ("the foreign ministers", "officials") gets an id of its own, `group:<start>`, made
 *   from its phrase's offset; a "they" quote that refers back to the group carries the same id;
 * - the title phrase of a named speaker ("team member Rodaba Noori") carries the speaker's entity id.
 * Pronouns are never emitted: a wrongly resolved "he" would otherwise be judged by where it stands.
 */
export function speakerMentions(quotes: Quote[]): { mentions: { start: number; end: number; entityId: string; kind: string }[]; idOf: (q: Quote) => string | null } {
  const mentions = new Map<string, { start: number; end: number; entityId: string; kind: string }>();
  const groupId = (g: GroupSpeaker) => `group:${g.start}`;
  for (const q of quotes) {
    if (q.kind !== "speech") continue;
    if (q.speakerGroup && !q.speakerEntityId) {
      const g = q.speakerGroup;
      mentions.set(`${g.start}:${g.end}`, { start: g.start, end: g.end, entityId: groupId(g), kind: "group" });
    }
    if (q.speakerPhrase && q.speakerEntityId) {
      const p = q.speakerPhrase;
      mentions.set(`${p.start}:${p.end}`, { start: p.start, end: p.end, entityId: q.speakerEntityId, kind: "speaker-phrase" });
    }
  }
  return { mentions: [...mentions.values()], idOf: (q) => q.speakerEntityId ?? (q.speakerGroup ? groupId(q.speakerGroup) : null) };
}
