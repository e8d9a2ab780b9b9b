/**
 * "'...,' the Dutchman said", "the American said", "The seven-time champion said": a speaker named
 * by nationality or standing, as sports and foreign news write after the first mention. Unlike "he",
 * such a description is often used to tell two people apart ("Alcaraz beat Sinner. '...,' the
 * Italian said" is Sinner), so the nearest subject is not enough. The person is the one the text
 * gave that nationality ("Italian Jannik Sinner", "Sinner, the Italian,"); failing that, the only
 * person the nearest sentence names as a subject, when every other person there is named after a
 * preposition or as a possessor ("Verstappen, 24 points behind Oscar Piastri, was blunt"), and
 * never a person the text gave another nationality.
 */
import type { QuoteContext, MentionInfo } from "./context.ts";
import type { GroupPhrase } from "./phrases.ts";
import { isNationalityAdjective } from "../ner/lexicon.ts";

/** Nouns for a person of a nation, and the adjective the text may put before a name instead. */
const DEMONYM_ADJECTIVES: Record<string, string> = {
  Dutchman: "Dutch", Dutchwoman: "Dutch", Frenchman: "French", Frenchwoman: "French", Englishman: "English", Englishwoman: "English",
  Scotsman: "Scottish", Scotswoman: "Scottish", Scot: "Scottish", Welshman: "Welsh", Welshwoman: "Welsh", Irishman: "Irish", Irishwoman: "Irish",
  Briton: "British", Spaniard: "Spanish", Swede: "Swedish", Dane: "Danish", Finn: "Finnish", Pole: "Polish", Turk: "Turkish",
  Croat: "Croatian", Serb: "Serbian", Slovak: "Slovak", Czech: "Czech", Kiwi: "New Zealand", Aussie: "Australian", Swiss: "Swiss",
};
const MALE = /(?:man)$/, FEMALE = /(?:woman)$/;
/** Heads of standing descriptions ("the seven-time champion", "the defending champion", "the world No. 1"). */
const STANDING_HEADS = new Set(["champion", "titleholder", "title-holder"]);

/** The nationality (as its adjective) a description names, or null: "the Dutchman" -> "Dutch", "the American" -> "American". */
export function describedNationality(ctx: QuoteContext, phrase: GroupPhrase): string | null {
  if (phrase.end !== phrase.head + 1 || ctx.tokens[phrase.start]!.text.toLowerCase() !== "the") return null;
  const head = ctx.tokens[phrase.head]!.text;
  // Only "the Dutchman", "the American", "the 24-year-old Italian": no other qualifiers ("the
  // American ambassador" is a role).
  if (DEMONYM_ADJECTIVES[head]) return DEMONYM_ADJECTIVES[head]!;
  if (/^\p{Lu}/u.test(head) && isNationalityAdjective(head) && !/(?:s)$/.test(head)) return head;
  return null;
}

export function isStandingDescription(ctx: QuoteContext, phrase: GroupPhrase): boolean {
  return phrase.end === phrase.head + 1 && ctx.tokens[phrase.start]!.text.toLowerCase() === "the" && phrase.head > phrase.start + 1 && STANDING_HEADS.has(ctx.tokens[phrase.head]!.text.toLowerCase());
}

/** The nationality the text gives a person's mention: an adjective or demonym right before the name ("American Coco Gauff"), or an apposition "X, the Italian,". */
function givenNationality(ctx: QuoteContext, info: MentionInfo): string | null {
  const before = ctx.tokens[info.tokStart - 1]?.text ?? "";
  if (DEMONYM_ADJECTIVES[before]) return DEMONYM_ADJECTIVES[before]!;
  if (/^\p{Lu}/u.test(before) && isNationalityAdjective(before)) return before;
  if (ctx.tokens[info.tokEnd]?.text === "," && ctx.tokens[info.tokEnd + 1]?.text.toLowerCase() === "the") {
    for (let t = info.tokEnd + 2; t < ctx.tokens.length && t <= info.tokEnd + 4; t++) {
      const w = ctx.tokens[t]!.text;
      if (DEMONYM_ADJECTIVES[w]) return DEMONYM_ADJECTIVES[w]!;
      if (/^\p{Lu}/u.test(w) && isNationalityAdjective(w)) return w;
      if (w === ",") break;
    }
  }
  return null;
}

/** How many sentences back the description may reach for its person. */
const SENTENCES_BACK = 2;

/**
 * The entity of the person a nationality or standing description refers to (see the file's
 * comment), or null. `nationality` is null for a standing description.
 */
export function describedPerson(ctx: QuoteContext, phrase: GroupPhrase, nationality: string | null): string | null {
  const head = ctx.tokens[phrase.head]!.text;
  const gender = MALE.test(head) ? "male" : FEMALE.test(head) ? "female" : null;
  const people = ctx.mentions.filter((m) => m.tokStart < phrase.start && !m.quoted && m.mention.kind !== "pronoun" && ctx.entities.get(m.mention.entityId)?.type === "person");
  const given = new Map<string, Set<string>>();
  for (const m of people) {
    const n = givenNationality(ctx, m);
    if (n) given.set(m.mention.entityId, (given.get(m.mention.entityId) ?? new Set()).add(n));
  }
  const fits = (id: string) => {
    const g = ctx.entities.get(id)?.gender;
    if (gender && g && g !== "unknown" && g !== gender) return false;
    return !nationality || !given.has(id) || given.get(id)!.has(nationality);
  };
  if (nationality) {
    const matching = [...given].filter(([, n]) => n.has(nationality)).map(([id]) => id);
    if (matching.length === 1) return matching[0]!;
    if (matching.length > 1) return null;
  }
  const here = ctx.tokens[phrase.start]!.sentence;
  // Sentences inside a quotation do not count towards the distance: the person quoted at length is
  // still the one the description follows.
  let narrative = 0;
  for (let s = here; s >= 0 && narrative <= SENTENCES_BACK; s--) {
    const sentence = ctx.tok.sentences[s];
    if (sentence && !isQuotedOnly(ctx, sentence.tokenStart, sentence.tokenEnd)) narrative++;
    const inSentence = people.filter((m) => ctx.tokens[m.tokStart]!.sentence === s);
    if (inSentence.length === 0) continue;
    // (A person the text gave another nationality is not "the Italian": "Spaniard Carlos Alcaraz beat
    // Jannik Sinner. '...,' the Italian said" is Sinner.)
    const subjects = new Set(inSentence.filter((m) => !m.prepositionObject && !m.possessive && !m.modifier && !m.parenthesised).map((m) => m.mention.entityId).filter(fits));
    return subjects.size === 1 ? [...subjects][0]! : null;
  }
  return null;
}

/** Every word of tokens [from, to) is inside a quotation. */
function isQuotedOnly(ctx: QuoteContext, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (ctx.quotationAt[t]! < 0 && /^[\p{L}\p{N}]/u.test(ctx.tokens[t]!.text)) return false;
  return true;
}
