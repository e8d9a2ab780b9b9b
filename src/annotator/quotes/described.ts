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
import { isPreposition } from "./cues.ts";
import { PLAYER_HEADS, isPersonRole, standingPerson } from "./phrases.ts";
import type { GroupPhrase } from "./phrases.ts";
import { demonymNationality, isCountry, isKnownOrganization, isListedPlace, isNationalityAdjective } from "../ner/lexicon.ts";

import { skippedSteps } from "../skip-steps.ts";

const SKIP_OF_COUNTRY = skippedSteps("QUOTE_SKIP").has("ofcountry");
const SKIP_DESCRIBED_MODIFIER = skippedSteps("QUOTE_SKIP").has("describedmodifier");
const SKIP_AGE = skippedSteps("QUOTE_SKIP").has("age");
const SKIP_DESCRIBED_BACK = skippedSteps("QUOTE_SKIP").has("describedback");
const SKIP_TEEN = skippedSteps("QUOTE_SKIP").has("teen");
const SKIP_DESCRIBED_POSSESSOR = skippedSteps("QUOTE_SKIP").has("describedpossessor");
const SKIP_PLAYER_COUNTRY = skippedSteps("QUOTE_SKIP").has("playercountry");
/** Player heads that go with any position. */
const ANY_POSITION = new Set(["captain", "skipper", "international"]);
const MALE = /(?:man)$/, FEMALE = /(?:woman)$/;
/** Heads of standing descriptions ("the seven-time champion", "the defending champion", "the world No. 1"). */
const STANDING_HEADS = new Set(["champion", "titleholder", "title-holder"]);

/** The nationality (as its adjective) a description names, or null: "the Dutchman" -> "Dutch", "the American" -> "American". */
export function describedNationality(ctx: QuoteContext, phrase: GroupPhrase): string | null {
  if (phrase.end !== phrase.head + 1 || ctx.tokens[phrase.start]!.text.toLowerCase() !== "the") return null;
  const head = ctx.tokens[phrase.head]!.text;
  // Only "the Dutchman", "the American", "the 24-year-old Italian": no other qualifiers ("the
  // American ambassador" is a role).
  // (Not a plural, "the Americans": a group; "the Swiss" is one word for both.)
  return /s$/.test(head) && isNationalityAdjective(head.slice(0, -1)) ? null : nationalityOfNoun(head);
}

/** The nationality a capitalised noun names ("Dutchman" -> "Dutch", "Kenyan" -> "Kenyan"), or null. */
export function nationalityOfNoun(word: string): string | null {
  return demonymNationality(word) ?? (/^\p{Lu}/u.test(word) && isNationalityAdjective(word) ? word : null);
}

export function isStandingDescription(ctx: QuoteContext, phrase: GroupPhrase): boolean {
  if (ctx.tokens[phrase.start]!.text.toLowerCase() !== "the") return false;
  // "the veteran MP for Ribble Valley North said": a member and the seat, a standing description too.
  if (!SKIP_MEMBER && phrase.end > phrase.head + 1 && ctx.tokens[phrase.head + 1]?.text === "for" && MEMBER_HEADS.has(ctx.tokens[phrase.head]!.text.toLowerCase()) && /^\p{Lu}/u.test(ctx.tokens[phrase.head + 2]?.text ?? "")) return true;
  if (phrase.end !== phrase.head + 1) return false;
  // "the 30-year-old said", "the 55-year-old engineer said" (`QUOTE_SKIP=age`).
  if (!SKIP_AGE && describedAge(ctx, phrase) !== null) return true;
  if (phrase.head > phrase.start + 1 && STANDING_HEADS.has(ctx.tokens[phrase.head]!.text.toLowerCase())) return true;
  // "the retired astronomer said", "the former opener said": a word of standing before what the person
  // is or was, which news uses for the person just named (`QUOTE_SKIP=standingqualifier`).
  // (Lower-case words may stand between: "the former emergency doctor".)
  if (phrase.head >= phrase.start + 2 && phrase.head <= phrase.start + 4 && standingPerson(ctx.tokens[phrase.start + 1]!.text, ctx.tokens[phrase.head]!.text) && ctx.tokens.slice(phrase.start + 2, phrase.head).every((t) => /^\p{Ll}+$/u.test(t.text))) return true;
  // "the Stockport MP said", "the Conservative MP told BBC Radio 4": a member's seat or party, as a
  // nationality, describes the person the sentences before are about (`QUOTE_SKIP=memberdescribed`).
  // (Or a word of standing: "the veteran MP", "the long-serving senator".)
  // (A seat of two or three words too: "the Clwyd West MS"; `QUOTE_SKIP=memberseat`.)
  const seat = !SKIP_MEMBER_SEAT && phrase.head > phrase.start + 2 && phrase.head <= phrase.start + 4 && ctx.tokens.slice(phrase.start + 1, phrase.head).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text));
  return !SKIP_MEMBER && (phrase.head === phrase.start + 2 || seat) && MEMBER_HEADS.has(ctx.tokens[phrase.head]!.text.toLowerCase()) && (/^\p{Lu}\p{Ll}/u.test(ctx.tokens[phrase.start + 1]!.text) || /^(?:veteran|long-serving|senior|backbench|independent|maverick)$/.test(ctx.tokens[phrase.start + 1]!.text));
}
/** Members of a legislature, described by seat or party: "the Stockport MP", "the Ohio senator". */
const MEMBER_HEADS = new Set(["mp", "msp", "ms", "mla", "mpp", "td", "mep", "senator", "congressman", "congresswoman", "lawmaker", "legislator", "backbencher", "councillor", "councilor", "assemblyman", "assemblywoman"]);
const SKIP_MEMBER = skippedSteps("QUOTE_SKIP").has("memberdescribed");
const SKIP_MEMBER_SEAT = skippedSteps("QUOTE_SKIP").has("memberseat");

/**
 * The ages a description gives: "the 30-year-old", "the 55-year-old engineer" -> 30 to 30, 55 to 55;
 * "the teenager" -> 13 to 19 (`QUOTE_SKIP=teen`).
 */
function describedAge(ctx: QuoteContext, phrase: GroupPhrase): { min: number; max: number } | null {
  // (The tokenizer writes "30-year-old" as "30", "-", "year-old".)
  const t = ctx.tokens;
  const n = t[phrase.start + 1]?.text ?? "";
  if (!SKIP_TEEN && phrase.head === phrase.start + 1 && /^(?:teenager|teen)$/i.test(n)) return { min: 13, max: 19 };
  if (!/^\d{1,3}$/.test(n) || t[phrase.start + 2]?.text !== "-" || t[phrase.start + 3]?.text !== "year-old") return null;
  return phrase.head - phrase.start <= 4 ? { min: Number(n), max: Number(n) } : null;
}

/**
 * The age the text gives a person's mention: "Ms Raghavan, 29,", "Boyd (24)", "McAllister, who turned 24
 * last week,", "Boyd, aged 24," or "29-year-old Priya Raghavan". One reading for every rule that
 * matches ages.
 */
export function givenAge(ctx: QuoteContext, info: MentionInfo): number | null {
  const t = ctx.tokens, a = t[info.tokEnd];
  if ((a?.text === "," || a?.text === "(") && /^\d{1,3}$/.test(t[info.tokEnd + 1]?.text ?? "")) return Number(t[info.tokEnd + 1]!.text);
  const clause = a?.text === "," ? /^,\s*(?:who\s+(?:turned|is|was|turns)|aged)\s+(\d{1,3})\b/.exec(ctx.text.slice(a.start, a.start + 30)) : null;
  if (clause) return Number(clause[1]);
  const i = info.tokStart;
  return t[i - 1]?.text === "year-old" && t[i - 2]?.text === "-" && /^\d{1,3}$/.test(t[i - 3]?.text ?? "") ? Number(t[i - 3]!.text) : null;
}

/**
 * The adjective of a country's name by the usual endings ("Belarus" -> "Belarusian", "Serbia" ->
 * "Serbian", "Italy" -> "Italian", "China" -> "Chinese"), when the nationality list has it. (No table of
 * countries and their adjectives is at hand; the endings cover the common ones.)
 */
export function countryNationality(country: string): string | null {
  const stem = country.replace(/(?:ia|a|e|o|y)$/, "");
  for (const n of [`${country}n`, `${country}ian`, `${country}an`, `${stem}ian`, `${stem}an`, `${stem}ese`, `${country}ese`, `${stem}ish`, `${country}i`, `${stem}i`]) if (isNationalityAdjective(n)) return n;
  return null;
}

/** The nationality the text gives a person's mention: an adjective or demonym right before the name ("American Coco Gauff"), "X of Belarus", or an apposition "X, the Italian,". */
function givenNationality(ctx: QuoteContext, info: MentionInfo): string | null {
  const before = nationalityOfNoun(ctx.tokens[info.tokStart - 1]?.text ?? "");
  if (before) return before;
  // "Aryna Sabalenka of Belarus" (`QUOTE_SKIP=ofcountry`).
  const of = ctx.tokens[info.tokEnd], country = ctx.tokens[info.tokEnd + 1];
  if (!SKIP_OF_COUNTRY && of?.text === "of" && country && /^\p{Lu}/u.test(country.text)) {
    const n = countryNationality(country.text);
    if (n) return n;
  }
  // ", the Italian,", ", a former Estonian prime minister,".
  if (ctx.tokens[info.tokEnd]?.text === "," && /^(?:the|a|an)$/i.test(ctx.tokens[info.tokEnd + 1]?.text ?? "")) {
    for (let t = info.tokEnd + 2; t < ctx.tokens.length && t <= info.tokEnd + 6; t++) {
      const w = ctx.tokens[t]!.text;
      const n = nationalityOfNoun(w);
      if (n) return n;
      if (w === ",") break;
    }
  }
  return null;
}

/**
 * "For Bellandi, who was sacked three years ago, the win carried ...": a person a sentence opens with
 * after "For" and sets off by a comma is what the sentence is about, as its subject would be
 * (`QUOTE_SKIP=fortopic`).
 */
function fronted(ctx: QuoteContext, m: MentionInfo): boolean {
  if (SKIP_FOR_TOPIC || !/^For$/.test(ctx.tokens[m.tokStart - 1]?.text ?? "")) return false;
  const sentence = ctx.tok.sentences[ctx.tokens[m.tokStart]!.sentence]!;
  return m.tokStart - 1 === sentence.tokenStart && ctx.tokens[m.tokEnd]?.text === ",";
}
const SKIP_FOR_TOPIC = skippedSteps("QUOTE_SKIP").has("fortopic");

/** Whether token `t` lies in a relative clause opened by ", who" or ", which" and not yet closed by a comma. */
function inRelativeClause(ctx: QuoteContext, t: number): boolean {
  const sentence = ctx.tokens[t]!.sentence;
  for (let k = t - 1; k > 0 && ctx.tokens[k]!.sentence === sentence; k--) {
    const w = ctx.tokens[k]!.text;
    if (w === ",") return false;
    if ((w === "who" || w === "which" || w === "whose") && ctx.tokens[k - 1]!.text === ",") return true;
  }
  return false;
}

/**
 * "It was Russell's second win of the season. '...,' the Briton said": a possessor right after "It
 * was" before a win or a title is whom a nationality description after it is about (not "It was
 * Vingegaard's worst day", nor "It was Messi's replacement, Alvarez, who"; `QUOTE_SKIP=itwaswin`).
 */
function winnerPossessor(ctx: QuoteContext, m: MentionInfo): boolean {
  const t = ctx.tokens;
  if (SKIP_IT_WAS_WIN || !/^(?:was|is)$/.test(t[m.tokStart - 1]?.text ?? "") || !/^(?:It|This)$/.test(t[m.tokStart - 2]?.text ?? "")) return false;
  // (The possessive ends the mention, or is a token of its own after it.)
  let k = m.tokEnd;
  if (/^['’]s?$/.test(t[k]?.text ?? "")) k++;
  while (k < m.tokEnd + 4 && /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|maiden|first-ever|straight|consecutive|successive|career|home)$/.test(t[k]?.text ?? "")) k++;
  if (!/^(?:win|wins|victory|title|titles|triumph|medal|gold|goal|goals|century|hat-trick|pole|podium|crown|trophy)$/.test(t[k]?.text ?? "")) return false;
  // (And the winner the sentences before make a subject, not the loser's opponent: "Jannik Sinner lost
  // to Carlos Alcaraz. It was Alcaraz's second title. '...,' the Italian said" is Sinner.)
  const here = t[m.tokStart]!.sentence;
  return ctx.mentions.some((o) => o.mention.entityId === m.mention.entityId && o !== m && !o.possessive && !o.prepositionObject && !o.quoted && here - t[o.tokStart]!.sentence >= 1 && here - t[o.tokStart]!.sentence <= 2);
}
const SKIP_IT_WAS_WIN = skippedSteps("QUOTE_SKIP").has("itwaswin");

/** How many sentences back the description may reach for its person. */
const SENTENCES_BACK = 2;

/**
 * The entity of the person a nationality or standing description refers to (see the file's
 * comment), or null. `nationality` is null for a standing description.
 */
/** The nationality adjective a "<Country>'s" before a name gives ("Ethiopia's Tigist Alemu" -> "Ethiopian"), by the shared stem. */
const ODD_ADJECTIVES: Record<string, string> = { Spain: "Spanish", France: "French", Netherlands: "Dutch", Britain: "British", "United Kingdom": "British", "United States": "American", Switzerland: "Swiss", Wales: "Welsh", Ireland: "Irish", Scotland: "Scottish", England: "English", Denmark: "Danish", Sweden: "Swedish", Norway: "Norwegian", Finland: "Finnish", Poland: "Polish", Turkey: "Turkish", Greece: "Greek", Portugal: "Portuguese", China: "Chinese", Japan: "Japanese", Peru: "Peruvian" };
function countryAdjective(country: string, adjective: string): boolean {
  if (ODD_ADJECTIVES[country]) return ODD_ADJECTIVES[country] === adjective;
  return country.length >= 4 && adjective.slice(0, 4) === country.slice(0, 4);
}

/**
 * Nationalities the text has already given people by describing them ("'...,' the Kenyan said" resolved
 * to Faith Jepkosgei), for the next description: "the Ethiopian" is then not Jepkosgei.
 */
export type KnownNationalities = ReadonlyMap<string, string>;

/**
 * The position the text gives a player's mention, from `heads`: the word before the name ("striker
 * Stina Blackstenius") or an apposition's head (", the Swedish winger,"), or null.
 */
function givenPosition(ctx: QuoteContext, info: MentionInfo, heads: ReadonlySet<string>): string | null {
  const before = ctx.tokens[info.tokStart - 1]?.text.toLowerCase() ?? "";
  if (heads.has(before)) return before;
  if (ctx.tokens[info.tokEnd]?.text !== "," || !/^(?:the|a|an)$/i.test(ctx.tokens[info.tokEnd + 1]?.text ?? "")) return null;
  for (let t = info.tokEnd + 2; t < ctx.tokens.length && t <= info.tokEnd + 6; t++) {
    const w = ctx.tokens[t]!.text.toLowerCase();
    if (heads.has(w)) return w;
    if (w === ",") break;
  }
  return null;
}

export function describedPerson(ctx: QuoteContext, phrase: GroupPhrase, nationality: string | null, known: KnownNationalities = new Map(), positions?: ReadonlySet<string>): string | null {
  const head = ctx.tokens[phrase.head]!.text;
  // A player's description is no one the text gave another position: "the Swedish striker" is not
  // "Johanna Rytting Kaneryd, the Swedish winger".
  // (A captain or an international plays in some position too: "the Ireland international" may be
  // "fly-half Seán Fitzmaurice"; `QUOTE_SKIP=playercountry`.)
  const position = positions?.has(head.toLowerCase()) && (SKIP_PLAYER_COUNTRY || !ANY_POSITION.has(head.toLowerCase())) ? head.toLowerCase() : null;
  const gender = MALE.test(head) ? "male" : FEMALE.test(head) ? "female" : null;
  const people = ctx.mentions.filter((m) => m.tokStart < phrase.start && !m.quoted && m.mention.kind !== "pronoun" && ctx.entities.get(m.mention.entityId)?.type === "person");
  const given = new Map<string, Set<string>>();
  for (const m of people) {
    const n = givenNationality(ctx, m);
    if (n) given.set(m.mention.entityId, (given.get(m.mention.entityId) ?? new Set()).add(n));
  }
  for (const [id, n] of known) given.set(id, (given.get(id) ?? new Set()).add(n));
  // "Ethiopia's Tigist Alemu" gives a nationality too, though the recogniser may type the name as no person.
  const countryOf = new Map<string, string>();
  for (const m of ctx.mentions) {
    // (Or a country typed its team in a text about sport: "beating Italy's Jannik Sinner".)
    if (m.tokStart >= phrase.start || !m.possessive || (ctx.entities.get(m.mention.entityId)?.type !== "place" && (SKIP_DESCRIBED_BACK || !isCountry(m.mention.text)))) continue;
    const next = ctx.mentionStartingAt[m.tokEnd + 1] ?? -1;
    if (next >= 0 && ctx.mentions[next]!.mention.entityId !== m.mention.entityId) countryOf.set(ctx.mentions[next]!.mention.entityId, m.mention.text);
  }
  if (nationality) {
    for (const [id, country] of countryOf) {
      const adj = countryAdjective(country, nationality) ? nationality : `of ${country}`;
      given.set(id, (given.get(id) ?? new Set()).add(adj));
    }
  }
  const otherPosition = new Set<string>();
  if (position && positions) for (const m of people) { const p = givenPosition(ctx, m, positions); if (p && p !== position) otherPosition.add(m.mention.entityId); }
  // (Nor one the text gave another age: "Ms Raghavan, 29," is not "the 30-year-old".)
  const age = describedAge(ctx, phrase);
  const otherAge = new Set<string>();
  if (age !== null) for (const m of people) { const a = givenAge(ctx, m); if (a !== null && (a < age.min || a > age.max)) otherAge.add(m.mention.entityId); }
  const fits = (id: string) => {
    if (otherAge.has(id)) return false;
    const g = ctx.entities.get(id)?.gender;
    if (gender && g && g !== "unknown" && g !== gender) return false;
    if (otherPosition.has(id)) return false;
    return !nationality || !given.has(id) || given.get(id)!.has(nationality);
  };
  const here0 = ctx.tokens[phrase.start]!.sentence;
  if (nationality) {
    const matching = [...given].filter(([id, n]) => n.has(nationality) && !otherPosition.has(id)).map(([id]) => id);
    if (matching.length === 1) return matching[0]!;
    // Two of that nationality: the one the last two sentences name ("Kenya's Geoffrey Kiprono ...
    // Kiprono had led. '...,' the Kenyan said", after another Kenyan quoted earlier).
    if (matching.length > 1) {
      const near = matching.filter((id) => people.some((m) => m.mention.entityId === id && here0 - ctx.tokens[m.tokStart]!.sentence <= 2));
      return near.length === 1 ? near[0]! : null;
    }
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
    const subjects = new Set(inSentence.filter((m) => (!m.prepositionObject || fronted(ctx, m)) && !afterPrepositionHonorific(ctx, m) && (!m.possessive || (nationality !== null && winnerPossessor(ctx, m))) && !m.modifier && !m.parenthesised).map((m) => m.mention.entityId).filter(fits));
    // (A sentence whose people are all objects or possessors has some other subject, often the
    // description itself: "The Spaniard, who had lost both matches against Sinner, sank to the court";
    // the sentence before says who that is; `QUOTE_SKIP=describedback`.)
    if (subjects.size === 0 && !SKIP_DESCRIBED_BACK) continue;
    if (subjects.size !== 1) return null;
    // Only when nothing else in the sentence may be the person the recogniser mistyped: every other
    // name there is a listed place or a well-known organisation, or a person after a preposition
    // ("Alcaraz beat Sinner", Sinner typed an organisation, leaves "the Italian" open).
    const id = [...subjects][0]!;
    for (const m of ctx.mentions) {
      if (ctx.tokens[m.tokStart]!.sentence !== s || m.quoted || m.mention.entityId === id || m.mention.kind === "pronoun") continue;
      const type = ctx.entities.get(m.mention.entityId)?.type;
      // (A name of three words or more is rarely a mistyped person: "the Lusail International Circuit".)
      // (Nor a short form of a well-known body's name: "City's academy" for Manchester City.)
      const name = ctx.entities.get(m.mention.entityId)?.name ?? m.mention.text;
      // (Nor a body the text names three times or more, none of them a person: "Zeptra sourced ...".)
      const settled = !SKIP_AGE && ctx.mentions.filter((x) => x.mention.entityId === m.mention.entityId && x.mention.kind === "name").length >= 3;
      // (Nor a name inside a relative clause about the subject: "Ms France, who was contesting Dickson
      // for the third time, told the ABC".)
      if (!SKIP_AGE && inRelativeClause(ctx, m.tokStart)) continue;
      const maybePerson = !settled && m.tokEnd - m.tokStart <= 2 && !/^[\p{Lu}\d&.-]{2,}$/u.test(m.mention.text) && !isListedPlace(m.mention.text) && !isKnownOrganization(m.mention.text) && !(type === "organization" && isKnownOrganization(name));
      // (Nor one that only modifies a noun: "Villa manager Unai Emery", `QUOTE_SKIP=describedmodifier`.)
      // (Nor a possessor: "contact with Brennan's head".)
      if (type === "person" ? !m.prepositionObject && !afterPrepositionHonorific(ctx, m) && !(m.possessive && !SKIP_DESCRIBED_POSSESSOR) && fits(m.mention.entityId) : maybePerson && !m.prepositionObject && (SKIP_DESCRIBED_MODIFIER || !m.modifier)) return null;
    }
    // ... and no other person is the subject of the narrative sentence before it: "Arteta was furious
    // ... Slot, asked about it, said he had not seen it. '...,' the Spaniard said" may be either.
    // (Within the paragraph, and only someone the description may fit.)
    const paragraph = ctx.tokens[phrase.start]!.paragraph;
    for (let p = s - 1, seen = 0; p >= 0 && seen < 1; p--) {
      const before = ctx.tok.sentences[p];
      if (!before || ctx.tokens[before.tokenStart]!.paragraph !== paragraph) break;
      if (isQuotedOnly(ctx, before.tokenStart, before.tokenEnd)) continue;
      seen++;
      for (const m of people) if (ctx.tokens[m.tokStart]!.sentence === p && m.mention.entityId !== id && fits(m.mention.entityId) && !m.prepositionObject && !m.possessive && !m.modifier) return null;
    }
    return id;
  }
  return null;
}

/** Every word of tokens [from, to) is inside a quotation. */
export function isQuotedOnly(ctx: QuoteContext, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (ctx.quotationAt[t]! < 0 && /^[\p{L}\p{N}]/u.test(ctx.tokens[t]!.text)) return false;
  return true;
}

/** "writing to Ms Whitcombe": a name after a preposition and an honorific, an object as much as "to Whitcombe" (`QUOTE_SKIP=honorificobject`). */
function afterPrepositionHonorific(ctx: QuoteContext, m: MentionInfo): boolean {
  if (SKIP_HONORIFIC_OBJECT) return false;
  let b = m.tokStart - 1;
  if (ctx.tokens[b]?.text === ".") b--;
  // (Or a role's noun: "stabbed the ball past goalkeeper Lewis Harrop".)
  let skipped = 0;
  while (skipped < 2 && (/^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady)$/.test(ctx.tokens[b]?.text ?? "") || (/^\p{Ll}+$/u.test(ctx.tokens[b]?.text ?? "") && (isPersonRole(ctx.tokens[b]!.text) || PLAYER_HEADS.has(ctx.tokens[b]!.text))))) { b--; skipped++; }
  return skipped > 0 && isPreposition(ctx.tokens[b]?.text ?? "");
}
const SKIP_HONORIFIC_OBJECT = skippedSteps("QUOTE_SKIP").has("honorificobject");
