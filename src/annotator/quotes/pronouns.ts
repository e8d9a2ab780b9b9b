/**
 * Pronoun speakers ("...," he told reporters): the antecedent is the nearest earlier sentence's most
 * prominent compatible mention. Prominence is approximated the way Hobbs' algorithm walks earlier
 * sentences: left to right, so subjects come before objects; mentions that cannot be subjects
 * (possessives, prepositional objects, parenthesised credits, names inside quotations) are passed over.
 */
import { skippedSteps } from "../skip-steps.ts";
import { GAZ, demonymNationality, gazFlags, isGroupPlural, isKnownOrganization, isListedPlace, isNationalityAdjective, isTitleWord } from "../ner/lexicon.ts";
import type { Gender, GroupSpeaker, Quote } from "../model.ts";
import { ARTS_HEADS, honorificGender, isAbbreviatedTitle, nominalHeadType, nounGender, speechLemma, type PronounClass } from "./cues.ts";
import { mentionType, type MentionInfo, type QuoteContext } from "./context.ts";
import { ONE_PERSON_NOUNS, isPersonRole, isSpeakerHead, isSpecialistNoun, nameGivenIn } from "./phrases.ts";
import firstNameGenders from "./data/first-name-genders.json" with { type: "json" };
import { companyWords } from "../ner/org-cues.ts";

/** How far back (in sentences) an antecedent may be. */
const MAX_SENTENCES_BACK = 6;
const SKIP_OWN_POSSESSOR = skippedSteps("QUOTE_SKIP").has("ownpossessor");
const SKIP_FRONTED = skippedSteps("QUOTE_SKIP").has("fronted");
const SKIP_BODY_DESCRIBED = skippedSteps("QUOTE_SKIP").has("bodydescribed");
const SKIP_FRONTED_PARTICIPLE = skippedSteps("QUOTE_SKIP").has("frontedparticiple");
const SKIP_JOINED_BY = skippedSteps("QUOTE_SKIP").has("joinedby");
const SKIP_ASKED_DESCRIBED = skippedSteps("QUOTE_SKIP").has("askeddescribed");
const SKIP_BODY_OWN_SENTENCE = skippedSteps("QUOTE_SKIP").has("bodyownsentence");
/** Nouns for one person the text may not name: "the witness", "the woman", "her lawyer". */
const isPersonNoun = (w: string) => isPersonRole(w.toLowerCase()) || /^(?:witness|woman|man|girl|boy|victim|survivor|mother|father|daughter|son|wife|husband|lawyer|attorney|counsel|accused|defendant|applicant|claimant|complainant|nurse|teacher|pilot|driver|officer|resident)$/.test(w.toLowerCase());
/** Participles that open a clause put before a sentence's subject: "Led in evidence by ...", "Asked by ...". */
const FRONTED_PARTICIPLE = /^(?:Led|Asked|Pressed|Questioned|Cross-examined|Prompted|Joined|Flanked|Accompanied|Interviewed|Quizzed|Challenged|Supported|Backed|Speaking|Responding|Replying|Addressing|Writing|Standing|Sitting)$/;
const SUBORDINATORS = new Set(["after", "because", "when", "as", "since", "before", "while", "although", "though", "until", "once"]);
const SKIP_HEAD_NAMED = skippedSteps("QUOTE_SKIP").has("headnamed");
const SKIP_NEAR_FALLBACK = skippedSteps("QUOTE_SKIP").has("nearfallback");
const SKIP_APPOSED_TITLE = skippedSteps("QUOTE_SKIP").has("apposedtitle");
const SKIP_ROLE_SUBJECT = skippedSteps("QUOTE_SKIP").has("rolesubject");
const SKIP_SOURCE = skippedSteps("QUOTE_SKIP").has("accsrc");
const SKIP_ASKED = skippedSteps("QUOTE_SKIP").has("asked");
const SKIP_GAVE_NAME = skippedSteps("QUOTE_SKIP").has("gavename");

/** Genders by entity id; `weak` holds the ids whose gender only a first-name list gave. */
export type Genders = Map<string, Gender> & { weak?: Set<string> };

/**
 * Gender of each entity from, in order of strength: the entity record, honorifics written before any
 * of its mentions ("Mr Lammy", "Ms Kallas"), and pronoun mentions the linking stage resolved to it;
 * contradicting evidence leaves the entity `unknown`. Failing all of these, a first name used for one
 * sex only (data/first-name-genders.json).
 */
/**
 * The word right before a mention that may be its honorific: capitalised, in the same paragraph, and
 * before a full stop only as an abbreviation ("Mr. Lee"): "with his mother.\n\nMenon, 36," gives
 * Menon no sex (`QUOTE_SKIP=honorificcase`).
 */
function honorificWordBefore(text: string, start: number): string | undefined {
  const m = /([\p{L}]+)(\.?)(\s+)$/u.exec(text.slice(Math.max(0, start - 12), start));
  if (!m) return undefined;
  if (SKIP_HONORIFIC_CASE) return m[1];
  return /^\p{Lu}/u.test(m[1]!) && !/\n/.test(m[3]!) && (m[2] === "" || /^(?:Mr|Mrs|Ms|Messrs|Mme|Mlle|Sr|Sra|Srta|Fr)$/.test(m[1]!)) ? m[1] : undefined;
}
const SKIP_HONORIFIC_CASE = skippedSteps("QUOTE_SKIP").has("honorificcase");
const SKIP_FULL_NAME_GENDER = skippedSteps("QUOTE_SKIP").has("fullnamegender");
const SKIP_APPOSITION_END = skippedSteps("QUOTE_SKIP").has("appositionend");
/** Abbreviated titles the quotes' list lacks, whose period ends no sentence either: "Cllr. Ann Wu". */
const MORE_ABBREVIATED_TITLES = /^(?:Cpl|Cllr|Hon|Pres|Amb|Atty)$/;

export function inferGenders(ctx: QuoteContext): Genders {
  const evidence = new Map<string, Set<"male" | "female">>();
  const note = (id: string, g: "male" | "female") => {
    let set = evidence.get(id);
    if (!set) evidence.set(id, (set = new Set()));
    set.add(g);
  };
  for (const info of ctx.mentions) {
    const { mention } = info;
    if (mention.kind === "pronoun") {
      const w = mention.text.toLowerCase();
      if (w === "he" || w === "him" || w === "his") note(mention.entityId, "male");
      else if (w === "she" || w === "her" || w === "hers") note(mention.entityId, "female");
      continue;
    }
    // The honorific is either the mention's first word (gold noun phrases) or the word before it.
    const first = /^[\p{L}.]+/u.exec(mention.text)?.[0];
    const before = honorificWordBefore(ctx.text, mention.start);
    const g = (first && honorificGender(first)) || (before && honorificGender(before)) || appositionGender(ctx.text, mention.start, mention.end);
    if (g) note(mention.entityId, g);
  }
  const genders = new Map<string, Gender>();
  for (const [id, entity] of ctx.entities) {
    if (entity.gender === "male" || entity.gender === "female") genders.set(id, entity.gender);
  }
  for (const [id, set] of evidence) {
    if (genders.has(id)) continue;
    genders.set(id, set.size === 1 ? [...set][0]! : "unknown");
  }
  // Weakest evidence, for people the text gives nothing else about: a first name that is given to one
  // sex only ("Ursula von der Leyen met Zelensky. "...," he said" is not about her).
  const weak = new Set<string>();
  for (const info of ctx.mentions) {
    const id = info.mention.entityId;
    if (genders.has(id) || info.mention.type !== "person" || info.mention.kind === "pronoun") continue;
    // (The entity's full name decides where it has one: a shorter mention's first word may be part of
    // the family name, "Ben Hania" of Kaouther Ben Hania; `QUOTE_SKIP=fullnamegender`.)
    // (Initials before the first name are passed over: "J. Robert Oppenheimer".)
    const name = (ctx.entities.get(id)?.name ?? "").replace(/^(?:\p{Lu}\.\s*)+/u, "");
    const g = firstNameGender(name) ?? (!SKIP_FULL_NAME_GENDER && /\s/.test(name.trim()) ? undefined : firstNameGender(info.mention.text));
    if (g) { genders.set(id, g); weak.add(id); }
  }
  return Object.assign(genders, { weak });
}

/**
 * First names given to one sex in some countries and the other (or both) elsewhere, which the locale
 * lists behind first-name-genders.json give to one: "Michal" is a Czech man's name and an Israeli
 * woman's ("National Unity MK Michal Rosenberg-Shaked said ... '...,' she said"); Yoruba short names
 * ("Kemi", "Tomi", "Bisi") are given to both, and the lists call them men's ("Kemi Badenoch ... Mrs
 * Badenoch").
 */
const UNISEX = new Set(["Chanda", "Temitope", "Michal", "Sasha", "Nikita", "Andrea", "Nicola", "Simone", "Jean", "Kim", "Ariel", "Eden", "Shai", "Tal", "Gal", "Yuval", "Noam", "Amit", "Dominique", "Camille", "Claude", "Alexis", "Charlie", "Jordan", "Robin", "Rana", "Ashley", "Hilary", "Leslie", "Kemi", "Tomi", "Bisi", "Dami", "Ayo", "Funmi"]);
const FEMALE_NAMES = new Set(firstNameGenders.female);
const MALE_NAMES = new Set(firstNameGenders.male);

/** The gender of a full name's first word, when that first name is given to one sex only; a lone word is a surname. */
export function firstNameGender(name: string): "male" | "female" | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return undefined;
  const first = words[0]!;
  if (UNISEX.has(first)) return undefined;
  if (FEMALE_NAMES.has(first)) return "female";
  if (MALE_NAMES.has(first)) return "male";
  return undefined;
}

/**
 * A gendered noun right before a name, over capitalised words and commas ("Congresswoman Karen Bass",
 * "his daughter, Gianna"), or heading its apposition ("Ms X, a spokeswoman for ...").
 */
function appositionGender(text: string, start: number, end: number): "male" | "female" | undefined {
  const before = /([\p{L}]+)[\s,]*(?:\p{Lu}[\p{L}.'’-]*[\s,]+){0,3}$/u.exec(text.slice(Math.max(0, start - 40), start));
  // (Not across a sentence's end: "... Brazilian actress Fernanda Torres.\n\nJim Jarmusch at a photocall"
  // is no actress; `QUOTE_SKIP=appositionend`.)
  // (An abbreviated title's period is no end: "Her daughter, Prof. Sasha Cole".)
  const gap = before === null ? "" : before[0]!.slice(before[1]!.length);
  const across = !SKIP_APPOSITION_END && before !== null && (/\n/.test(gap) || [...gap.matchAll(/(\p{L}+)[.!?]\s/gu)].some((m) => /\p{Ll}{2}$/u.test(m[1]!) && !isAbbreviatedTitle(m[1]!) && !MORE_ABBREVIATED_TITLES.test(m[1]!)));
  const g = before?.[1] && !across && nounGender(before[1]);
  if (g) return g;
  const after = /^,\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{L}'’-]+\s+){0,3}?([\p{L}]+)(?=[\s,.])/u.exec(text.slice(end, end + 60));
  return (after?.[1] && nounGender(after[1])) || undefined;
}

function compatible(ctx: QuoteContext, info: MentionInfo, cls: PronounClass, genders: Genders, relaxWeak = false): boolean {
  const type = mentionType(info);
  if (cls === "male" || cls === "female") {
    // A group of people ("the Greens", "Democrats") is no "he" or "she".
    if (type !== "person" || (isGroupPlural(info.mention.text) && info.mention.kind === "name")) return false;
    const g = genders.get(info.mention.entityId) ?? "unknown";
    return g === "unknown" || g === cls || (relaxWeak && !!genders.weak?.has(info.mention.entityId));
  }
  if (cls === "neuter") return type === "organization";
  return false;
}

/**
 * The antecedent of a pronoun of class `cls`. `sentenceToken` is a token of the sentence the pronoun's
 * clause reports on; mentions of that sentence before `beforeToken` count only when they could be a
 * subject ("After Ms X arrived, she said"), and earlier sentences are searched nearest first.
 * Groups ("they") and first person ("we") have no single-entity antecedent: null.
 */
export function resolvePronoun(
  ctx: QuoteContext,
  cls: PronounClass,
  beforeToken: number,
  sameSentenceAllowed: boolean,
  genders: Genders,
): MentionInfo | null {
  if (cls === "plural" || cls === "first") return null;
  const found = searchAntecedent(ctx, cls, beforeToken, sameSentenceAllowed, genders, false);
  if (found || (cls !== "male" && cls !== "female")) return found;
  // A first-name list can be wrong for one person ("Gabriele" is listed as a man's name; Gabriele
  // Münter was a woman): when no person fits at all, the one person the sentence before names, whose gender
  // only that list gave, is the antecedent.
  const weak = searchAntecedent(ctx, cls, beforeToken, sameSentenceAllowed, genders, true);
  if (!weak || !genders.weak?.has(weak.mention.entityId)) return null;
  const here = ctx.tokens[beforeToken] ?? ctx.tokens[ctx.tokens.length - 1]!;
  const s = ctx.tokens[weak.tokStart]!.sentence;
  if (s < here.sentence - 1) return null;
  const people = new Set(ctx.mentions.filter((m) => ctx.tokens[m.tokStart]!.sentence === s && mentionType(m) === "person" && m.mention.kind !== "pronoun").map((m) => m.mention.entityId));
  if (people.size !== 1) return null;
  genders.set(weak.mention.entityId, cls);
  genders.weak!.delete(weak.mention.entityId);
  return weak;
}

function searchAntecedent(ctx: QuoteContext, cls: PronounClass, beforeToken: number, sameSentenceAllowed: boolean, genders: Genders, relaxWeak: boolean): MentionInfo | null {
  const tokens = ctx.tokens;
  const here = tokens[beforeToken] ?? tokens[tokens.length - 1];
  if (!here) return null;
  const sentence = here.sentence;
  // Candidates grouped by sentence, nearest sentence first; within one, left to right.
  const bySentence = new Map<number, MentionInfo[]>();
  const possessors = new Map<number, MentionInfo>();
  let fallback: MentionInfo | null = null;
  let ownPossessor: MentionInfo | null = null;
  const joined = new Map<number, MentionInfo>();
  const fronted = !SKIP_FRONTED_NAME && afterFrontedPhrase(ctx, sentence, beforeToken);
  for (let i = lastMentionBefore(ctx, beforeToken); i >= 0; i--) {
    const info = ctx.mentions[i]!;
    if (info.tokStart >= beforeToken) continue;
    const s = tokens[info.tokStart]!.sentence;
    if (s < sentence - MAX_SENTENCES_BACK) break;
    // The quotation's own sentence counts too, before the quotation ('Her husband, Tom, was less
    // sure: "We'll see," he said.'), but only as a subject: not "Asked about Smith, ..."
    if (s === sentence && !sameSentenceAllowed && (info.possessive || info.prepositionObject || info.modifier)) continue;
    if (info.quoted || info.parenthesised) continue;
    // (Nor a name inside a phrase put before the pronoun's clause: "In a post on X, formerly Twitter, it
    // urged" is not Twitter; `QUOTE_SKIP=frontedname`.)
    if (s === sentence && fronted) continue;
    // (Nor an interview's speaker label, "McAllister: Through Aunty Joan Richards, ... She came to the
    // studio": the one it labels speaks as "I"; `QUOTE_SKIP=speakerlabel`.)
    if (!SKIP_SPEAKER_LABEL && tokens[info.tokEnd]?.text === ":" && (info.tokStart === 0 || tokens[info.tokStart - 1]!.paragraph !== tokens[info.tokStart]!.paragraph)) continue;
    if (!compatible(ctx, info, cls, genders, relaxWeak)) continue;
    // A possessor that opens its sentence is what the sentence is about ("Van Nistelrooy's first game
    // in charge will be ... he said"), as a subject would be.
    // Only when the sentence names no other subject: "Trump's lawyer, John Smith, said" is about Smith.
    if (info.possessive && opensSentence(ctx, info) && !info.prepositionObject) possessors.set(s, info);
    // "According to O'Sullivan, the squad had focused on discipline. '...,' he told the Irish Times":
    // whom a sentence is credited to is its speaker, as a subject would be (`accsrc`).
    const source = !SKIP_SOURCE && !info.possessive && /^according$/i.test(tokens[info.tokStart - 2]?.text ?? "") && tokens[info.tokStart - 1]?.text === "to";
    // "Mr Whitlock was joined by Derek Hanley, the MP for North Cotswolds. '...,' he said": the person a
    // sentence brings in by "joined by" or "followed by" is whom the next words are about (`joinedby`).
    // (So is the one who leads or speaks for what the sentence is about: "The prosecution was led by
    // Simon Achebe KC. He described ..."; `QUOTE_SKIP=ledby`.)
    if (!SKIP_JOINED_BY && s < sentence && info.prepositionObject && /^by$/i.test(tokens[info.tokStart - 1]?.text ?? "") && (/^(?:joined|accompanied|followed|succeeded|replaced)$/i.test(tokens[info.tokStart - 2]?.text ?? "") || (!SKIP_LED_BY && /^(?:led|headed|chaired|represented|presented|hosted|conducted|directed|opened|introduced)$/i.test(tokens[info.tokStart - 2]?.text ?? ""))) && /^(?:was|were|is|are|been)$/i.test(tokens[info.tokStart - 3]?.text ?? "")) joined.set(s, info);
    if (!source && (info.possessive || info.prepositionObject || info.modifier || insideSubordinate(ctx, info))) {
      if (s === sentence && sameSentenceAllowed && info.possessive && !info.prepositionObject) ownPossessor ??= info;
      fallback ??= info;
      continue;
    }
    let list = bySentence.get(s);
    if (!list) bySentence.set(s, (list = []));
    list.push(info);
  }
  for (let s = sentence; s >= sentence - MAX_SENTENCES_BACK && s >= 0; s--) {
    const list = bySentence.get(s);
    // Collected right to left: the last one is the leftmost.
    const leftmost = list && list.length > 0 ? list[list.length - 1]! : (possessors.get(s) ?? null);
    // "The FA will review Whitcombe's comments, after he described the officiating as ...": in the
    // pronoun's own sentence, with no subject that fits, the possessor before a clause the pronoun
    // opens (after, because, when ...) comes before anyone in the sentences before (`ownpossessor`).
    if (joined.has(s)) return joined.get(s)!;
    if (s === sentence && !leftmost && ownPossessor && !SKIP_OWN_POSSESSOR && SUBORDINATORS.has(tokens[beforeToken - 1]?.text.toLowerCase() ?? "")) return ownPossessor;
    // A sentence about someone the text never names ("A commander of the brigade, who gave only his
    // call sign, told Reuters ...") is what a "he" after it continues: no named person before it.
    // "Ms Mutch asked Dr Rourke whether an earlier arrival would have changed the outcome. She said it
    // probably would have", "One reporter asked Halvorsen whether he felt sorry. '...,' he said": after
    // a question put to someone, the pronoun is the one who answers (`asked`), also when the asker is
    // someone the text never names.
    if (s < sentence && !SKIP_ASKED) {
      const asked = askedPerson(ctx, s, cls, genders, relaxWeak);
      if (asked === "unnamed") return null;
      if (asked && (!leftmost || leftmost.tokStart < asked.tokStart)) return asked;
    }
    if ((cls === "male" || cls === "female") && s < sentence) {
      const described = describedPersonAt(ctx, s);
      // (Unless the name is the description's apposition: "A police spokesman, Gheorghe Cavcaliuc, said".)
      // (Also over an honorific or a title: "Her daughter, Dr Ngozi Reid, followed her"; `apposedtitle`.)
      const titleOnly = (from: number, to: number) => !SKIP_APPOSED_TITLE && to - from <= 2 && ctx.tokens.slice(from, to).every((t) => honorificGender(t.text.replace(/\.$/, "")) !== undefined || /^(?:Dr|Prof|Professor|Sir|Dame|Rev|Reverend)\.?$/.test(t.text) || isTitleWord(t.text.toLowerCase()));
      // (Or after the description's own words and an age: "One survivor, 34-year-old teacher Gabriel
      // Huamán, described ..."; `QUOTE_SKIP=namedlater`.)
      const apposed = leftmost !== null && described >= 0 && ((ctx.tokens[described + 1]?.text === "," && (leftmost.tokStart === described + 2 || (leftmost.tokStart > described + 2 && titleOnly(described + 2, leftmost.tokStart)))) || (!SKIP_NAMED_LATER && personApposed(ctx, described + 1, ctx.tok.sentences[s]!.tokenEnd) === leftmost.tokStart));
      // (A name in apposition of the other sex is still the description's name: "His daughter, Zainab,
      // had urged him to do it" is about Zainab, and "he" after it goes further back; `QUOTE_SKIP=apposedother`.)
      const apposedOther = !apposed && !SKIP_APPOSED_OTHER && described >= 0 && ctx.tokens[described + 1]?.text === "," && (ctx.mentionStartingAt[described + 2] ?? -1) >= 0 && mentionType(ctx.mentions[ctx.mentionStartingAt[described + 2]!]!) === "person";
      if (apposedOther && !leftmost) continue;
      // (Or the name the description's clause gives: "A neighbour, who gave her name only as Mrs
      // Boyle, said ..."; `gavename`.)
      const given = described >= 0 && !apposed && !SKIP_GAVE_NAME ? nameGivenIn(ctx, described) : null;
      if (given && compatible(ctx, given, cls, genders, relaxWeak)) return given;
      // (A person a nearer sentence names after a preposition comes before a description further back:
      // "... offered a break by the chair. The inquiry also heard from Isabel Reyes. She said ..." is
      // Isabel Reyes; `nearfallback`.)
      const nearer = !SKIP_NEAR_FALLBACK && fallback !== null && tokens[fallback.tokStart]!.sentence > s ? fallback : null;
      // (Not a relative of the other sex: "Her husband did not follow. '...,' she said" goes on with
      // her; `QUOTE_SKIP=describedsex`.)
      const otherSex = !SKIP_DESCRIBED_SEX && described >= 0 && NOUN_SEX[tokens[described]!.text.toLowerCase()] !== undefined && NOUN_SEX[tokens[described]!.text.toLowerCase()] !== cls;
      if (described >= 0 && !apposed && !otherSex && (!leftmost || described < leftmost.tokStart)) return nearer;
      // "Speaking in Leeds, the Chancellor said she had full confidence ... '...,' she said": a role
      // the text never gave a name says who "she" is; not a person named further back.
      const role = SKIP_ROLE_SUBJECT || s < sentence - 1 ? -1 : roleSubjectAt(ctx, s);
      if (role >= 0 && (!leftmost || role < leftmost.tokStart)) return nearer;
    }
    // ... and "it" after a sentence about a body the text names only by a noun ("Netanyahu's office
    // rejected the claim. In a statement it said ..." is the office, not Hamas named before).
    // (Its own sentence too, when the body opens it before the pronoun: "The jury, chaired by ...,
    // praised what it called the film's 'patience'"; `QUOTE_SKIP=bodyownsentence`.)
    if (cls === "neuter" && (s < sentence || !SKIP_BODY_OWN_SENTENCE)) {
      const described = describedBodyAt(ctx, s);
      if (described >= 0 && (s < sentence || described < beforeToken) && (!leftmost || described < leftmost.tokStart)) return null;
    }
    // A sentence led by a pronoun of the same class ("he went up to Cambridge, where he met John
    // Edleston") is about the entity that pronoun continues: look further back for it.
    const pronounAt = firstPronoun(ctx, s, cls, s === sentence ? beforeToken : Infinity);
    // (Not a pronoun in a clause put before the subject it anticipates: "Asked whether she feared
    // opposition, Brazil's foreign minister, Ana Clara Moreira, was cautious" is about Moreira; `fronted`.)
    if (pronounAt >= 0 && (!leftmost || pronounAt < leftmost.tokStart) && !(leftmost && !SKIP_FRONTED && frontedClause(ctx, s, pronounAt, leftmost.tokStart))) continue;
    if (leftmost) return leftmost;
  }
  return fallback;
}

/** The mention is the first word of its sentence (after any opening punctuation). */
function opensSentence(ctx: QuoteContext, info: MentionInfo): boolean {
  const sentence = ctx.tok.sentences[ctx.tokens[info.tokStart]!.sentence];
  if (!sentence) return false;
  let t = sentence.tokenStart;
  while (t < info.tokStart && !/^[\p{L}\p{N}]/u.test(ctx.tokens[t]!.text)) t++;
  return t === info.tokStart;
}

/**
 * A mention inside a clause that is no main clause's subject: "Asked whether Josh Shapiro should run,
 * Biden laughed", "declined to say whether Erling Haaland would play": the question is about them.
 */
function insideSubordinate(ctx: QuoteContext, info: MentionInfo): boolean {
  const tokens = ctx.tokens;
  const sentence = tokens[info.tokStart]!.sentence;
  // "Led in evidence by State advocate Priya Naidoo, Mkhize said ...": a person in a participle's
  // clause put before the subject is no subject (`QUOTE_SKIP=frontedparticiple`).
  if (!SKIP_FRONTED_PARTICIPLE) {
    const s = ctx.tok.sentences[sentence]!;
    let t = s.tokenStart;
    while (t < info.tokStart && !/^\p{L}/u.test(tokens[t]!.text)) t++;
    if (t < info.tokStart && FRONTED_PARTICIPLE.test(tokens[t]!.text)) {
      let k = t + 1;
      while (k < info.tokStart && tokens[k]!.text !== ",") k++;
      if (k === info.tokStart || tokens[k]?.text !== ",") {
        let c = info.tokEnd;
        while (c < s.tokenEnd && c < info.tokEnd + 8 && tokens[c]!.text !== ",") c++;
        if (tokens[c]?.text === "," && ctx.mentionStartingAt[c + 1]! >= 0 && mentionType(ctx.mentions[ctx.mentionStartingAt[c + 1]!]!) === "person") return true;
      }
    }
  }
  for (let t = info.tokStart - 1; t >= 0 && info.tokStart - t <= 8; t--) {
    const tok = tokens[t]!;
    if (tok.sentence !== sentence || tok.text === "," || ctx.quotationAt[t]! >= 0) return false;
    if (/^(?:whether|if|asked|about)$/i.test(tok.text)) return true;
  }
  return false;
}

/** Pronouns and determiners, which open sentences about others ("Its president, John Smith, said"). */
const FUNCTION_WORDS = new Set(["its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those", "it", "he", "she", "they", "we", "you", "there", "here", "such", "each", "every", "both", "all", "some", "many", "most", "several", "few", "no", "any", "other", "another"]);

/**
 * The description of one person the text never names that the sentence of token `at`, or the one
 * before it in the paragraph, opens with, as the group a "he" or "she" after it stands for: "A
 * 52-year-old farmer from Tawila, who asked not to be named, said ... '...,' he said" (the article,
 * its words up to the head and a prepositional phrase after it; `QUOTE_SKIP=unnamedgroup`).
 */
export function unnamedSubjectBefore(ctx: QuoteContext, at: number): { start: number; end: number; head: number } | null {
  if (SKIP_UNNAMED_GROUP) return null;
  // (From the quotation the pronoun's clause follows, which may hold sentences of its own.)
  let a = at - 1;
  while (a >= 0 && at - a < 4 && ctx.quotationAt[a]! < 0) a--;
  if (a >= 0 && ctx.quotationAt[a]! >= 0) {
    const q = ctx.quotationAt[a]!;
    while (a > 0 && ctx.quotationAt[a - 1] === q) a--;
    at = a;
  }
  const here = ctx.tokens[at];
  if (!here) return null;
  for (let s = here.sentence; s >= here.sentence - 1 && s >= 0; s--) {
    const sentence = ctx.tok.sentences[s]!;
    if (ctx.tokens[sentence.tokenStart]!.paragraph !== here.paragraph) return null;
    const head = describedPersonAt(ctx, s);
    if (head < 0 || head >= at || ctx.quotationAt[head]! >= 0) continue;
    // ("A 52-year-old farmer": the noun after an age.)
    let head2 = head;
    if (ctx.tokens[head]!.text === "year-old" && /^\p{Ll}+$/u.test(ctx.tokens[head + 1]?.text ?? "") && !speechLemma(ctx.tokens[head + 1]!.text)) head2 = head + 1;
    let start = head;
    while (start > sentence.tokenStart && !/^(?:a|an|one|another)$/i.test(ctx.tokens[start]!.text) && head - start < 5) start--;
    if (!/^(?:a|an|one|another)$/i.test(ctx.tokens[start]!.text)) return null;
    // (Named after all: "A police spokesman, Gheorghe Cavcaliuc, said" is that person, not a group.)
    if (ctx.tokens[head2 + 1]?.text === "," && (ctx.mentionStartingAt[head2 + 2] ?? -1) >= 0) return null;
    // (... also after the description's own words and an age or occupation: "One survivor, 34-year-old
    // teacher Gabriel Huamán,", "A relative of one of the victims, Rosa Mamani,", "A driver taking part
    // in the protest, 31-year-old Faith Wanjiru,"; `QUOTE_SKIP=namedlater`.)
    if (!SKIP_NAMED_LATER && personApposed(ctx, head2 + 1, sentence.tokenEnd) >= 0) return null;
    let end = head2 + 1;
    while (end < sentence.tokenEnd && end < head2 + 6 && /^(?:from|of|in|at|near|with)$/.test(ctx.tokens[end]!.text)) {
      let e = end + 1;
      while (e < sentence.tokenEnd && e < end + 4 && /^[\p{L}\p{N}'’-]+$/u.test(ctx.tokens[e]!.text) && !/^(?:who|which|that|said|says|told)$/.test(ctx.tokens[e]!.text) && !(/^\p{Ll}+(?:ed|s)$/u.test(ctx.tokens[e]!.text) && e > end + 1)) e++;
      if (e === end + 1) break;
      end = e;
    }
    return { start, end, head: head2 };
  }
  return null;
}
const SKIP_UNNAMED_GROUP = skippedSteps("QUOTE_SKIP").has("unnamedgroup");
const SKIP_NAMED_LATER = skippedSteps("QUOTE_SKIP").has("namedlater");
const SKIP_HEAD_NAMED_FAR = skippedSteps("QUOTE_SKIP").has("headnamedfar");
const SKIP_SPEAKER_LABEL = skippedSteps("QUOTE_SKIP").has("speakerlabel");
const SKIP_DESCRIBED_SEX = skippedSteps("QUOTE_SKIP").has("describedsex");
const SKIP_HEAD_APPOSED = skippedSteps("QUOTE_SKIP").has("headapposed");
const SKIP_ACCORDING_SOURCE = skippedSteps("QUOTE_SKIP").has("accordingsource");
const SKIP_FRONTED_NAME = skippedSteps("QUOTE_SKIP").has("frontedname");

/**
 * Whether a pronoun at `at` opens its clause right after a prepositional phrase its sentence puts
 * first ("In a post on X, formerly Twitter, it urged"): every name before it is inside that phrase.
 */
function afterFrontedPhrase(ctx: QuoteContext, s: number, at: number): boolean {
  const sentence = ctx.tok.sentences[s];
  return !!sentence && ctx.tokens[at - 1]?.text === "," && /^(?:In|On|At|After|During|From|With|For|Before|Under|Through|Via)$/.test(ctx.tokens[sentence.tokenStart]?.text ?? "");
}
/** The sex a noun for one person says. */
const NOUN_SEX: Record<string, "male" | "female"> = {
  husband: "male", wife: "female", son: "male", daughter: "female", father: "male", mother: "female", brother: "male", sister: "female",
  man: "male", woman: "female", boy: "male", girl: "female", grandfather: "male", grandmother: "female", widow: "female", widower: "male",
  uncle: "male", aunt: "female", nephew: "male", niece: "female", boyfriend: "male", girlfriend: "female",
};

/**
 * Whether the words from token `from` (a description's head's end) run, within a few words and no
 * clause of their own, to a comma and then, after an age and at most three lower-case words, to a
 * person's name: the description's apposition names its person.
 */
function personApposed(ctx: QuoteContext, from: number, end: number): number {
  let k = from;
  while (k < end && k < from + 9 && ctx.tokens[k]!.text !== "," && ctx.quotationAt[k]! < 0 && /^[\p{L}\p{N}'’-]+$/u.test(ctx.tokens[k]!.text) && !/^(?:who|which|that|said|says|told|added)$/.test(ctx.tokens[k]!.text)) k++;
  if (ctx.tokens[k]?.text !== ",") return -1;
  k++;
  if (/^\d{1,3}$/.test(ctx.tokens[k]?.text ?? "") && ctx.tokens[k + 1]?.text === "-" && ctx.tokens[k + 2]?.text === "year-old") k += 3;
  // (A nationality may open the words: "The head of the mission, Danish diplomat Henrik Sørensen,".)
  if (isNationalityAdjective(ctx.tokens[k]?.text ?? "")) k++;
  for (let n = 0; n < 3 && k < end && /^\p{Ll}[\p{Ll}-]*$/u.test(ctx.tokens[k]!.text) && !/^(?:who|which|that|said|says|told|the|a|an|of|and|as|speaking|asked)$/.test(ctx.tokens[k]!.text); n++) k++;
  // (And a title or an honorific: "The council's cabinet member for children's services, Councillor
  // David Hughes,".)
  // (A rank of two words too: "An army spokesperson, Brigadier General Rajan Adhikari,".)
  const rankWord = (t: number) => /^\p{Lu}\p{Ll}+$/u.test(ctx.tokens[t]?.text ?? "") && (ctx.mentionStartingAt[t] ?? -1) < 0 && isTitleWord(ctx.tokens[t + 1]?.text.toLowerCase() ?? "");
  for (let n = 0; n < 3 && k < end && (ctx.mentionStartingAt[k] ?? -1) < 0 && (/^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|\.)$/.test(ctx.tokens[k]!.text) || (/^\p{Lu}/u.test(ctx.tokens[k]!.text) && isTitleWord(ctx.tokens[k]!.text.toLowerCase())) || (n === 0 && rankWord(k))); n++) k++;
  const m = ctx.mentionStartingAt[k] ?? -1;
  return m >= 0 && mentionType(ctx.mentions[m]!) === "person" ? k : -1;
}
const SKIP_LED_BY = skippedSteps("QUOTE_SKIP").has("ledby");
const SKIP_APPOSED_OTHER = skippedSteps("QUOTE_SKIP").has("apposedother");
const SKIP_BODY_OFFICER = skippedSteps("QUOTE_SKIP").has("bodyofficer");

const SKIP_FRONTED_PLACE = skippedSteps("QUOTE_SKIP").has("frontedplace");
const SKIP_DESCRIBED_ROLE = skippedSteps("QUOTE_SKIP").has("describedrole");

/** Nouns for one person the text may never name. */
const PERSON_NOUNS = new Set([
  "man", "woman", "boy", "girl", "commander", "soldier", "officer", "official", "spokesman", "spokeswoman",
  "spokesperson", "resident", "witness", "source", "doctor", "nurse", "worker", "farmer", "teacher",
  "student", "survivor", "victim", "father", "mother", "neighbour", "neighbor", "driver", "pilot", "diplomat",
  "fighter", "volunteer", "paramedic", "firefighter", "lawyer", "engineer", "shopkeeper", "owner", "employee",
  "grandmother", "grandfather", "widow", "widower", "pensioner", "refugee", "villager", "trader", "vendor", "herder",
  "fisherman", "fisherwoman", "mechanic", "labourer", "laborer", "miner", "guard", "passenger", "shopper", "parent",
  "tenant", "customer", "patient", "client", "donor", "supporter", "voter", "colleague", "friend", "relative",
  "tourist", "visitor", "spectator", "fan", "commuter", "motorist", "cyclist", "pedestrian", "homeowner",
  "landlord", "investor", "shareholder", "viewer", "listener", "reader", "caller", "protester", "demonstrator",
  "carer", "pupil", "graduate", "member", "employer", "contractor", "developer", "organiser", "organizer",
]);

/** Nouns for a body that "it" may stand for, besides the organisation heads: "Netanyahu's office". */
const BODY_NOUNS = new Set(["office", "government", "administration", "cabinet", "army", "military", "police", "embassy", "presidency", "spokesman", "spokeswoman", "spokesperson", "jury", "panel", "bench", "tribunal", "inquiry", "judges"]);
/**
 * The head token when sentence `s` opens with a body named by a noun before its verb ("Netanyahu's
 * office rejected", "The ministry said", "Its parent company denied"); -1 otherwise.
 */
function describedBodyAt(ctx: QuoteContext, s: number): number {
  const sentence = ctx.tok.sentences[s];
  if (!sentence) return -1;
  let t = sentence.tokenStart;
  while (t < sentence.tokenEnd && !/^[\p{L}\p{N}]/u.test(ctx.tokens[t]!.text)) t++;
  for (let k = t; k < sentence.tokenEnd && k <= t + 4; k++) {
    const w = ctx.tokens[k]!.text;
    if (nominalHeadType(w) === "organization" || BODY_NOUNS.has(w)) return /^\p{Ll}+$/u.test(ctx.tokens[k + 1]?.text ?? "") || (!SKIP_BODY_OWN_SENTENCE && ctx.tokens[k + 1]?.text === ",") ? k : -1;
    if (!/^[\p{L}'’-]+$/u.test(w) || (/^\p{Ll}/u.test(w) && !/^(?:the|a|an|its|his|her|their|['’]s)$/i.test(w) && k > t)) return -1;
  }
  return -1;
}

/** The head of "the <role> said" (a title or role word before a speech verb, named by no mention) in sentence `s`, or -1. */
export function roleSubjectAt(ctx: QuoteContext, s: number): number {
  const sentence = ctx.tok.sentences[s];
  if (!sentence) return -1;
  for (let t = sentence.tokenStart + 1; t + 1 < sentence.tokenEnd; t++) {
    if (ctx.quotationAt[t]! >= 0 || ctx.mentionStartingAt[t]! >= 0) continue;
    // "the Chancellor", "The High Representative": "the" and up to two capitalised words before it.
    let b = t - 1;
    while (b > sentence.tokenStart && t - b <= 2 && /^\p{Lu}\p{Ll}/u.test(ctx.tokens[b]!.text) && ctx.mentionStartingAt[b]! < 0) b--;
    if (!/^the$/i.test(ctx.tokens[b]!.text)) continue;
    // (A role the linker resolved, "the Prime Minister" through the registry, is a mention: the person.)
    let linked = false;
    for (let k = b + 1; k <= t && !linked; k++) linked = ctx.mentionStartingAt[k]! >= 0 || ctx.mentionEndingAt[k]! >= 0;
    if (linked) continue;
    // (A capitalised office, "the Chancellor", "the Taoiseach": not "the minister laughed", "the
    // detective said", which the text usually gave a name it resolves.)
    const w = ctx.tokens[t]!.text.toLowerCase();
    if (!/^\p{Lu}\p{Ll}/u.test(ctx.tokens[t]!.text) || !(isPersonRole(w) || isTitleWord(w) || w === "representative")) continue;
    if (speechLemma(ctx.tokens[t + 1]!.text)) return t;
  }
  return -1;
}

/**
 * The head token when sentence `s` opens with a description of one person ("A commander of ...", "One
 * resident", "The man"), before any name; -1 otherwise.
 */
/** Nouns for a relative, who may be the subject of a sentence without a name ("Her husband disagreed"). */
const RELATIVE_NOUNS = new Set(["husband", "wife", "son", "daughter", "father", "mother", "brother", "sister", "partner", "widow", "widower", "grandson", "granddaughter", "grandfather", "grandmother", "uncle", "aunt", "nephew", "niece", "cousin", "fiancé", "fiancée", "boyfriend", "girlfriend"]);
/** A plural or a British spelling of a dictionary word ("Neighbours", "Labourers"), which the American word list lacks. */
function isBritishOrPlural(word: string): boolean {
  const lower = word.toLowerCase();
  const forms = [lower.replace(/s$/, ""), lower.replace(/our/g, "or"), lower.replace(/s$/, "").replace(/our/g, "or"), lower.replace(/ies$/, "y")];
  return forms.some((f) => f !== lower && (gazFlags(f, f) & GAZ.dictCommon) !== 0);
}

export function describedPersonAt(ctx: QuoteContext, s: number): number {
  const sentence = ctx.tok.sentences[s];
  if (!sentence) return -1;
  let t = sentence.tokenStart;
  while (t < sentence.tokenEnd && !/^[\p{L}\p{N}]/u.test(ctx.tokens[t]!.text)) t++;
  // ("According to a company spokesperson, talks began last week. '...,' she said": the unnamed source
  // the sentence opens with; `QUOTE_SKIP=accordingsource`.)
  if (!SKIP_ACCORDING_SOURCE && ctx.tokens[t]?.text === "According" && ctx.tokens[t + 1]?.text === "to" && /^(?:a|an|one)$/i.test(ctx.tokens[t + 2]?.text ?? "")) {
    for (let k = t + 3; k < t + 7 && k < sentence.tokenEnd && ctx.tokens[k]!.text !== ","; k++) if (PERSON_NOUNS.has(ctx.tokens[k]!.text.toLowerCase())) return k;
  }
  // (After a place or time put first: "In Rafah, a displaced father of four from Jabalia described
  // ..."; `QUOTE_SKIP=frontedplace`.)
  if (!SKIP_FRONTED_PLACE && /^(?:In|At|On|From|Outside|Inside|Near|Across|Back|Elsewhere|Meanwhile|Later|Earlier)$/.test(ctx.tokens[t]?.text ?? "")) {
    let c = t + 1;
    while (c < sentence.tokenEnd && c < t + 7 && ctx.tokens[c]!.text !== "," && ctx.quotationAt[c]! < 0) c++;
    if (ctx.tokens[c]?.text === "," && /^(?:a|an|one|another)$/i.test(ctx.tokens[c + 1]?.text ?? "")) t = c + 1;
  }
  const first = ctx.tokens[t]?.text ?? "", next = ctx.tokens[t + 1]?.text ?? "";
  // A one-word name the recogniser typed as a place or body that no list knows: someone the
  // annotation does not know as a person ("Vinicius, who had been booed, said ...", read as a place).
  const opening = ctx.mentionStartingAt[t]!;
  if (opening >= 0) {
    const info = ctx.mentions[opening]!;
    // (Not a body's name before the person the sentence is about: "Waikato police district commander
    // Superintendent Bruce Bird said ...".)
    let personSoon = false;
    for (let k = info.tokEnd; k < sentence.tokenEnd && k <= info.tokEnd + 8 && !personSoon; k++) {
      const m = ctx.mentionStartingAt[k]!;
      personSoon = m >= 0 && mentionType(ctx.mentions[m]!) === "person";
    }
    if (!personSoon && info.tokEnd - info.tokStart === 1 && mentionType(info) !== "person" && !isListedPlace(first) && !isKnownOrganization(first) && !/^\p{Lu}{2,}$/u.test(first) && (next === "," || /^\p{Ll}+$/u.test(next))) return t;
  }
  // ... and so is a capitalised word no dictionary knows, which the recogniser left out, before a verb
  // ("Ashby wept as she left the witness box").
  // (Not a pronoun or determiner the dictionary leaves out: "Its president, John Smith, said".)
  // (Not a title's first word before the person: "Barangay captain Eduardo Villanueva said".)
  let titledSoon = false;
  for (let k = t + 1; k < sentence.tokenEnd && k <= t + 3 && !titledSoon; k++) titledSoon = ctx.mentionStartingAt[k]! >= 0 && mentionType(ctx.mentions[ctx.mentionStartingAt[k]!]!) === "person";
  if (!titledSoon && /^\p{Lu}\p{Ll}+$/u.test(first) && ctx.mentionStartingAt[t]! < 0 && !FUNCTION_WORDS.has(first.toLowerCase()) && !(gazFlags(first, first.toLowerCase()) & (GAZ.dictCommon | GAZ.title | GAZ.honorific)) && !isBritishOrPlural(first) && /^\p{Ll}+$/u.test(next) && !/^(?:of|and|or|in|on|at|to|for|with|the|a|an|is|was|are|were|has|had)$/.test(next)) return t;
  // "Her husband disagreed.", "His son said": a relative the text never names.
  // (The noun's index, so that a name in apposition after it counts: "Her husband, Emeka Okafor, said".)
  if (/^(?:his|her|their)$/i.test(first) && RELATIVE_NOUNS.has(next.toLowerCase())) return t + 1;
  if (!/^(?:a|an|one|another|the)$/i.test(first)) return -1;
  for (let k = t + 1; k < sentence.tokenEnd && k <= t + (SKIP_UNNAMED_GROUP ? 4 : 6); k++) {
    const w = ctx.tokens[k]!.text;
    if (PERSON_NOUNS.has(w.toLowerCase())) return k;
    // ("One ambassador in Bamako said", "A senior diplomat said": any one person's role after "a" or
    // "one", not "the", which goes back to someone named; `QUOTE_SKIP=describedrole`.)
    if (!SKIP_DESCRIBED_ROLE && /^(?:a|an|one|another)$/i.test(first) && w !== "year-old" && (isPersonRole(w) || isSpecialistNoun(w) || ONE_PERSON_NOUNS.has(w))) return k;
    // ("The board's inspector had recommended refusal": a body's officer the text does not name, after
    // a possessive; `QUOTE_SKIP=bodyofficer`.)
    // (Not a role a name in apposition names: "The trust's chief executive, Dr Helen Mbeki-Carr,".)
    if (!SKIP_BODY_OFFICER && /^the$/i.test(first) && /^['’]s?$/.test(ctx.tokens[k - 1]?.text ?? "") && k - 1 > t + 1 && (isPersonRole(w) || ONE_PERSON_NOUNS.has(w)) && !/^\p{Lu}/u.test(w)) {
      let h = k;
      while (h + 1 < sentence.tokenEnd && h < k + 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(ctx.tokens[h + 1]!.text) && (isPersonRole(ctx.tokens[h + 1]!.text) || ONE_PERSON_NOUNS.has(ctx.tokens[h + 1]!.text) || /^(?:executive|officer|secretary|director|coach|manager)$/.test(ctx.tokens[h + 1]!.text))) h++;
      return ctx.tokens[h + 1]?.text === "," ? -1 : h;
    }
    // (A body's or a place's name may modify the noun: "A Garda spokesman confirmed ...", "A Google
    // engineer said"; `QUOTE_SKIP=bodydescribed`.)
    const body = SKIP_BODY_DESCRIBED ? -1 : ctx.mentionStartingAt[k]!;
    if (body >= 0 && mentionType(ctx.mentions[body]!) !== "person" && !ctx.mentions[body]!.possessive) { k = ctx.mentions[body]!.tokEnd - 1; continue; }
    // "The Spaniard said Saka ...", "the Italian": a person named by nationality, not the name after.
    if (k === t + 1 && (demonymNationality(w) !== undefined || (isNationalityAdjective(w) && /^(?:said|says|told|added|insisted|admitted|conceded|explained|believes|thinks)$/.test(ctx.tokens[k + 1]?.text ?? "")))) return k;
    // (An age before the noun: "A 52-year-old farmer", which the tokenizer writes "52", "-", "year-old".)
    // (And a body's possessive: "The board's inspector".)
    if (!/^[\p{Ll}-]+$/u.test(w) && !(/^\d{1,3}$/.test(w) && ctx.tokens[k + 1]?.text === "-" && !SKIP_UNNAMED_GROUP) && !(/^['’]s?$/.test(w) && !SKIP_BODY_OFFICER && /^the$/i.test(first))) return -1;
  }
  return -1;
}

const CLASS_PRONOUNS: Record<string, PronounClass> = { he: "male", him: "male", his: "male", she: "female", her: "female", it: "neuter", its: "neuter" };

/** Token index of the first pronoun of class `cls` outside quotations in sentence `s` (before `limit`), or -1. */
/** The person asked a question in sentence s: "<X> asked <Y> whether/if/what ...". */
function askedPerson(ctx: QuoteContext, s: number, cls: PronounClass, genders: Genders, relaxWeak: boolean): MentionInfo | "unnamed" | null {
  const sentence = ctx.tok.sentences[s];
  if (!sentence) return null;
  for (let t = sentence.tokenStart; t + 1 < sentence.tokenEnd; t++) {
    if (ctx.quotationAt[t]! >= 0 || !/^(?:asked|questioned|pressed)$/.test(ctx.tokens[t]!.text)) continue;
    // (An honorific between: "asked Dr Rourke".)
    let k = t + 1;
    while (k < sentence.tokenEnd && (isHonorificWord(ctx.tokens[k]!.text) || ctx.tokens[k]!.text === ".")) k++;
    const m = ctx.mentionStartingAt[k]!;
    // "asked the witness whether she had ever met the directors": someone the text does not name here
    // answers, not a person named before (`QUOTE_SKIP=askeddescribed`).
    if (m < 0) {
      if (SKIP_ASKED_DESCRIBED || !/^(?:the|his|her|their)$/i.test(ctx.tokens[k]?.text ?? "")) return null;
      let h = k + 1;
      while (h < sentence.tokenEnd && h <= k + 3 && /^\p{Ll}+$/u.test(ctx.tokens[h]!.text) && !/^(?:whether|if|what|why|how|when|where|who|about)$/.test(ctx.tokens[h]!.text)) h++;
      return h > k + 1 && /^(?:whether|if|what|why|how|when|where|who|about)$/.test(ctx.tokens[h]?.text ?? "") && isPersonNoun(ctx.tokens[h - 1]!.text) ? "unnamed" : null;
    }
    const info = ctx.mentions[m]!;
    if (!/^(?:whether|if|what|why|how|when|where|who|about)$/.test(ctx.tokens[info.tokEnd]?.text ?? "")) return null;
    return compatible(ctx, info, cls, genders, relaxWeak) ? info : null;
  }
  return null;
}
const isHonorificWord = (w: string) => /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Judge|Justice|Lord|Lady)$/.test(w);

/**
 * Token `at` lies in a clause that opens sentence `s` ("Asked whether she ...,", "When he arrived,",
 * "Speaking to reporters, she ...") and a comma closes that clause before token `subject`.
 */
function frontedClause(ctx: QuoteContext, s: number, at: number, subject: number): boolean {
  const sentence = ctx.tok.sentences[s];
  if (!sentence) return false;
  let t = sentence.tokenStart;
  while (t < at && !/^\p{L}/u.test(ctx.tokens[t]!.text)) t++;
  const first = ctx.tokens[t]?.text ?? "";
  const opens = SUBORDINATORS.has(first.toLowerCase()) || /^(?:If|Asked|Told|Pressed|Questioned)$/.test(first) || /^\p{Lu}\p{Ll}+ing$/u.test(first);
  if (!opens || t >= at) return false;
  for (let k = at + 1; k < subject; k++) if (ctx.tokens[k]!.text === ",") return true;
  return false;
}

function firstPronoun(ctx: QuoteContext, s: number, cls: PronounClass, limit: number): number {
  const sentence = ctx.tok.sentences[s];
  if (!sentence) return -1;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd && t < limit; t++) {
    if (ctx.quotationAt[t]! >= 0) continue;
    const w = ctx.tokens[t]!.text;
    // A possessive before a noun is no subject: "His attorney Martin Greer told reporters" is about
    // Greer, not about the man "his" refers to.
    if (/^(?:his|her|its)$/i.test(w) && /^\p{Ll}/u.test(ctx.tokens[t + 1]?.text ?? "")) continue;
    if (CLASS_PRONOUNS[w.toLowerCase()] === cls && (w !== "It" || t === sentence.tokenStart)) return t;
  }
  return -1;
}

/**
 * The referent of a definite description ("the company", "The city"): the nearest earlier mention of
 * that type outside quotations, within a few sentences. Unlike a pronoun, a description names its
 * type, so the nearest fitting mention is taken even as a prepositional object ("advanced by the
 * Municipality of Livorno ... The city reasoned").
 */
const PLACE_BODY = /\b(?:City|Municipality|Town|Borough|County|Council|Republic|Kingdom|State|Government) of\b/;

export function resolveDescription(ctx: QuoteContext, type: "organization" | "place", beforeToken: number, head?: string): MentionInfo | null {
  // "The American Academy of Sleep Medicine ... the academy said": a body named with the description's
  // own head word, within reach, before any other ("the academy" is not the CDC named in between).
  // ("group" names lobbies, campaigns and holding companies alike: "a spokeswoman for the group" is not
  // the "Rideau Transit Group" named before when the group itself went unrecognised.)
  // "the company", "the firm": the company the story is about, the one named most so far (a company's
  // words in its name count double), not whichever body was named last: "Halvorsen Shipping said ...
  // a search led by the headhunting firm Spencer Stuart. '...,' the company said" (`QUOTE_SKIP=salient`).
  // "Siam Skyways, Thailand's second-largest budget airline, ... The airline said": the one body the
  // text gave the description's noun in an apposition or just before its name (`QUOTE_SKIP=headapposed`).
  // ("group" too when the apposition says so: "Klinikverbund Hellweg, a group of five public hospitals, ...
  // the hospital group said"; `QUOTE_SKIP=groupapposed`.)
  if (head && type === "organization" && !SKIP_HEAD_APPOSED && (head !== "group" || !SKIP_GROUP_APPOSED)) {
    const found = headApposed(ctx, beforeToken, head);
    if (found) return found;
  }
  if (head && type === "organization" && COMPANY_HEADS.has(head) && !SKIP_SALIENT) {
    const found = salientCompany(ctx, beforeToken);
    if (found) return found;
  }
  if (head && head !== "group" && !(COMPANY_HEADS.has(head) && !SKIP_SALIENT) && !SKIP_HEAD_NAMED) {
    const word = head.charAt(0).toUpperCase() + head.slice(1);
    const here = ctx.tokens[beforeToken] ?? ctx.tokens[ctx.tokens.length - 1];
    // (A museum or a hospital named so may be typed a place, as a building: "The Horniman Museum in
    // London returned 72 objects ... the museum said".)
    const fits = (info: MentionInfo) => mentionType(info) === type || (ARTS_HEADS.has(head) && mentionType(info) === "place");
    for (let i = lastMentionBefore(ctx, beforeToken); here && i >= 0; i--) {
      const info = ctx.mentions[i]!;
      if (ctx.tokens[info.tokStart]!.sentence < here.sentence - MAX_SENTENCES_BACK) break;
      if (info.quoted || !fits(info)) continue;
      if (info.mention.text.split(/\s+/).includes(word)) return info;
    }
    // (Further back, the one body the whole text named with the word: "The University Hospitals of
    // North Midlands NHS Trust ... [five sentences] ... A spokesman for the trust said" is the trust,
    // not the BBC named since; `QUOTE_SKIP=headnamedfar`.)
    if (!SKIP_HEAD_NAMED_FAR) {
      let found: MentionInfo | null = null, two = false;
      for (let i = lastMentionBefore(ctx, beforeToken); i >= 0 && !two; i--) {
        const info = ctx.mentions[i]!;
        if (info.quoted || !fits(info) || !info.mention.text.split(/\s+/).includes(word)) continue;
        two = found !== null && found.mention.entityId !== info.mention.entityId;
        found ??= info;
      }
      if (found && !two) return found;
    }
  }
  // "the band", "the museum", "the hospital": only a body the text named with that noun or gave it in
  // an apposition or just before its name (above), never merely the nearest body ("West Yorkshire
  // Police said ... The hospital said" is not the police; `QUOTE_SKIP=artsheads`).
  if (head && ARTS_HEADS.has(head)) return null;
  // "the regulator", "the watchdog": a body named as one that oversees ("the Competition Commission
  // fined Zamtel ... the regulator said" is the commission, not the company it fined); failing that, the
  // nearest body that is no company (`QUOTE_SKIP=regulator`).
  if (head && REGULATOR_HEADS.has(head) && type === "organization" && !SKIP_REGULATOR) {
    // (Named so within the last two sentences; else the nearest body that is no company, which may be a
    // regulator with no such word in its name, "Ofwat"; else one named so further back.)
    const oversees = (name: string) => REGULATOR_NAME.test(name.split(/\s+/).pop()!);
    const found = nearestBody(ctx, beforeToken, oversees, 2) ?? findDescribed(ctx, type, beforeToken, true, isCompanyName) ?? findDescribed(ctx, type, beforeToken, false, isCompanyName) ?? nearestBody(ctx, beforeToken, oversees, MAX_SENTENCES_BACK);
    if (found) return found;
  }
  // A body that was a sentence's subject or object first ("Manchester United have sacked ... a defeat
  // by West Ham United ... the club said" is Manchester United); one named only after a preposition,
  // as a modifier or a possessor, when no other fits.
  return findDescribed(ctx, type, beforeToken, true) ?? findDescribed(ctx, type, beforeToken, false);
}

/** The mention follows a participle and "by": a passive's agent ("advanced by the Municipality"), not a noun's ("a defeat by West Ham"). */
function afterBy(ctx: QuoteContext, info: MentionInfo): boolean {
  let b = info.tokStart - 1;
  while (b >= 0 && /^(?:the|a|an)$/i.test(ctx.tokens[b]!.text)) b--;
  return b >= 1 && ctx.tokens[b]!.text.toLowerCase() === "by" && /(?:ed|en|wn|ne)$/i.test(ctx.tokens[b - 1]!.text);
}

// (And the nouns for a company by its trade: "The airline said", "the carmaker said"; `QUOTE_SKIP=tradeheads`.)
const COMPANY_HEADS = new Set(["company", "firm", ...(skippedSteps("QUOTE_SKIP").has("tradeheads") ? [] : ["airline", "carrier", "carmaker", "automaker", "retailer", "lender", "insurer", "miner", "brewer", "chipmaker", "manufacturer", "supermarket", "broadcaster", "publisher", "developer", "operator", "conglomerate", "startup", "start-up"])]);
const REGULATOR_HEADS = new Set(["regulator", "watchdog"]);

/** Last words of the names of bodies that regulate or oversee. */
const REGULATOR_NAME = /^(?:Commission|Authority|Agency|Office|Board|Regulator|Ombudsman|Inspectorate|Administration|Bureau|Commissioner|Directorate|Council)$/;
const SKIP_REGULATOR = skippedSteps("QUOTE_SKIP").has("regulator");
const SKIP_GROUP_APPOSED = skippedSteps("QUOTE_SKIP").has("groupapposed");

/** The entity's name has a company's words after its first ("Halvorsen Shipping", "Zamtel Holdings"). */
function isCompanyName(ctx: QuoteContext, info: MentionInfo): boolean {
  const words = (ctx.entities.get(info.mention.entityId)?.name ?? info.mention.text).split(/\s+/);
  return words.length > 1 && companyWords(words.slice(1));
}

/** The nearest organisation at most `sentencesBack` sentences back, outside quotations, whose entity name passes `test`. */
function nearestBody(ctx: QuoteContext, beforeToken: number, test: (name: string) => boolean, sentencesBack: number): MentionInfo | null {
  const here = ctx.tokens[beforeToken] ?? ctx.tokens[ctx.tokens.length - 1];
  for (let i = lastMentionBefore(ctx, beforeToken); here && i >= 0; i--) {
    const info = ctx.mentions[i]!;
    if (ctx.tokens[info.tokStart]!.sentence < here.sentence - sentencesBack) break;
    // (Names only: "the regulator" that an earlier quote's cue resolved is no new naming of a body.)
    if (info.quoted || info.mention.kind !== "name" || mentionType(info) !== "organization") continue;
    if (test(ctx.entities.get(info.mention.entityId)?.name ?? info.mention.text)) return info;
  }
  return null;
}
/** Last words of bodies that are no company: "the company" is never a union, a ministry or a court. */
const NOT_COMPANY = /^(?:Union|Ministry|Council|Court|Party|Police|Department|Agency|Commission|Committee|Authority|Government|University|College|School|Hospital|Parliament|Assembly|Senate|Congress|Office|Service|Board|Federation|Association|Times|Post|News|Journal|Telegraph|Guardian|Herald|Exchange|Markets)$/;
const SKIP_SALIENT = skippedSteps("QUOTE_SKIP").has("salient");

/** The one organisation a mention of which has the noun `head` in its apposition or in the three lower-case words before it. */
function headApposed(ctx: QuoteContext, beforeToken: number, head: string): MentionInfo | null {
  const tokens = ctx.tokens;
  let found: MentionInfo | null = null;
  for (let i = lastMentionBefore(ctx, beforeToken); i >= 0; i--) {
    const info = ctx.mentions[i]!;
    if (info.tokStart >= beforeToken || info.quoted || mentionType(info) !== "organization") continue;
    let has = false;
    // (The apposition closes after the noun: not "Comrade Idris Attah-Onoja, the party said".)
    if (tokens[info.tokEnd]?.text === ",") for (let k = info.tokEnd + 1; k < info.tokEnd + 9 && k < tokens.length && !/^[,.;:]$/.test(tokens[k]!.text); k++) if (tokens[k]!.text.toLowerCase() === head && (/^(?:[,.;:)]|and)$/.test(tokens[k + 1]?.text ?? ".") || (!SKIP_GROUP_APPOSED && tokens[k + 1]?.text === "of" && /^(?:a|an|the)$/i.test(tokens[k - 1]?.text ?? "")))) { has = true; break; }
    for (let k = info.tokStart - 1; !has && k >= 0 && k >= info.tokStart - 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text); k--) if (tokens[k]!.text === head) has = true;
    if (!has) continue;
    if (found && found.mention.entityId !== info.mention.entityId) return null;
    found ??= info;
  }
  return found;
}

function salientCompany(ctx: QuoteContext, beforeToken: number): MentionInfo | null {
  const score = new Map<string, number>();
  const last = new Map<string, MentionInfo>();
  for (let i = lastMentionBefore(ctx, beforeToken); i >= 0; i--) {
    const info = ctx.mentions[i]!;
    if (info.tokStart >= beforeToken || info.quoted || mentionType(info) !== "organization") continue;
    const id = info.mention.entityId;
    const name = ctx.entities.get(id)?.name ?? info.mention.text;
    const words = name.split(/\s+/);
    if (NOT_COMPANY.test(words[words.length - 1]!) || isKnownOrganization(name) && !companyWords(words.slice(1))) continue;
    const bonus = words.length > 1 && companyWords(words.slice(1)) ? 2 : 1;
    score.set(id, (score.get(id) ?? 0) + bonus);
    if (!last.has(id)) last.set(id, info);
  }
  let best: string | undefined;
  for (const [id, n] of score) if (!best || n > score.get(best)! || (n === score.get(best)! && last.get(id)!.tokStart > last.get(best)!.tokStart)) best = id;
  // (Only a company named more than once, or with its company words: else the nearest body, as before.)
  return best && score.get(best)! >= 2 ? last.get(best)! : null;
}

function findDescribed(ctx: QuoteContext, type: "organization" | "place", beforeToken: number, mainOnly: boolean, exclude?: (ctx: QuoteContext, info: MentionInfo) => boolean): MentionInfo | null {
  const tokens = ctx.tokens;
  const here = tokens[beforeToken] ?? tokens[tokens.length - 1];
  if (!here) return null;
  for (let i = lastMentionBefore(ctx, beforeToken); i >= 0; i--) {
    const info = ctx.mentions[i]!;
    if (info.tokStart >= beforeToken) continue;
    if (tokens[info.tokStart]!.sentence < here.sentence - MAX_SENTENCES_BACK) break;
    if (info.quoted || info.parenthesised) continue;
    // Not a body the same sentence names after a preposition before the description: "In a filing to
    // the London Stock Exchange, the company said" is the company filing, not the exchange.
    if (tokens[info.tokStart]!.sentence === here.sentence && info.prepositionObject) continue;
    // Nor the source of a figure, anywhere: "according to LSEG data" before "the company said".
    if (type === "organization" && /^to$/i.test(tokens[info.tokStart - 1]?.text ?? "") && /^according$/i.test(tokens[info.tokStart - 2]?.text ?? "")) continue;
    // (A passive's agent is an actor: "advanced by the Municipality of Livorno ... The city reasoned".)
    if (mainOnly && ((info.prepositionObject && !afterBy(ctx, info)) || info.modifier || info.possessive)) continue;
    const t = mentionType(info);
    if (exclude?.(ctx, info)) continue;
    if (t === type) return info;
    // A place's governing body stands for it: "the Municipality of Livorno ... The city said".
    if (type === "place" && t === "organization" && PLACE_BODY.test(info.mention.text)) return info;
  }
  return null;
}

/** Index of the last mention (they are sorted by start) that starts before token `t`, or -1. */
function lastMentionBefore(ctx: QuoteContext, t: number): number {
  let lo = 0;
  let hi = ctx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.mentions[mid]!.tokStart < t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** How far back (in sentences) "they" looks for a group. Groups are re-named more often than people. */
const MAX_GROUP_SENTENCES_BACK = 4;

/**
 * The group a "they" of a speech cue refers to: nearest sentence first, the group speaker of an earlier
 * quote whose cue lies there ("the foreign ministers ... said ... In an effort to ..., they added"), or
 * the sentence right before when it opens with a plural speaker phrase ("The ministers met the envoy.
 * "...," they added").
 * Named entities are not considered: "they" for one organisation is rare in news and a person never.
 */
export function resolveGroupPronoun(ctx: QuoteContext, beforeToken: number, sameSentenceAllowed: boolean, earlier: Quote[]): GroupSpeaker | null {
  const tokens = ctx.tokens;
  const here = tokens[beforeToken] ?? tokens[tokens.length - 1];
  if (!here) return null;
  const limit = here.start;
  const oldest = ctx.tok.sentences[Math.max(0, here.sentence - MAX_GROUP_SENTENCES_BACK)]!.start;
  // The groups of earlier quotes inside the window, nearest last. Quotes come in text order, so the walk
  // back stops at the window's start: linear work however many quotes the article has.
  const groups: GroupSpeaker[] = [];
  for (let i = earlier.length - 1; i >= 0 && earlier[i]!.end + 300 >= oldest; i--) {
    const g = earlier[i]!.speakerGroup;
    if (g && g.start >= oldest && g.start < limit) groups.push(g);
  }
  for (let s = here.sentence; s >= 0 && s >= here.sentence - MAX_GROUP_SENTENCES_BACK; s--) {
    if (s === here.sentence && !sameSentenceAllowed) continue;
    const sentence = ctx.tok.sentences[s]!;
    let found: GroupSpeaker | null = null;
    for (const g of groups) if (g.start >= sentence.start && g.start < sentence.end && (!found || g.start > found.start)) found = g;
    if (found) return found;
    // A plural subject is taken from the sentence right before only: further back, "they" has too
    // many other candidates for a guess without syntax.
    if (s !== here.sentence - 1) continue;
    const opening = pluralOpening(ctx, sentence.tokenStart, sentence.tokenEnd);
    if (opening && opening.start < limit) return opening;
  }
  return null;
}

const OPENING_DETERMINERS = new Set(["the", "these", "those", "both", "all", "many", "some", "several", "most"]);

/** A sentence that opens with a plural speaker phrase: "The ministers met ...", "Officials said ...". */
function pluralOpening(ctx: QuoteContext, from: number, to: number): GroupSpeaker | null {
  const tokens = ctx.tokens;
  let k = from;
  if (k < to && OPENING_DETERMINERS.has(tokens[k]!.text.toLowerCase())) k++;
  for (let j = k; j < to && j < k + 4; j++) {
    const w = tokens[j]!.text;
    if (ctx.quotationAt[j]! >= 0 || !/^[\p{L}][\p{L}'’-]*$/u.test(w)) return null;
    const next = tokens[j + 1]?.text ?? "";
    if (/s$/.test(w) && isSpeakerHead(w) && ctx.mentionEndingAt[j]! < 0 && /^\p{Ll}/u.test(next)) {
      const start = tokens[from]!.start;
      return { start, end: tokens[j]!.end, text: ctx.text.slice(start, tokens[j]!.end), head: { start: tokens[j]!.start, end: tokens[j]!.end } };
    }
  }
  return null;
}
