/**
 * Speaker noun phrases beyond the name mention:
 * - group speakers: a subject no entity stands for ("the foreign ministers of the countries present
 *   said", "officials said", "The report's authors say", "A leaked internal letter seen by Sky News
 *   says"). News reports attribute a large share of quotes to such groups and bodies; a reader is better
 *   served by "the foreign ministers" than by an unattributed quote;
 * - speaker phrases: the title words written before a speaker's name in the cue ("team member Rodaba
 *   Noori", "CEO of the Refugee Council Enver Solomon"), which the name mention leaves out.
 * There is no part-of-speech tagger here, so both walks rely on word shape (case, inflection) and the
 * closed word classes in cues.ts; where a phrase is doubtful they return nothing rather than guess.
 */
import { honorificGender, isAbbreviatedTitle, isNounLikeForm, isPreposition, isSkippable, opensClause, pronounClass, speechLemma } from "./cues.ts";
import { mentionType, type MentionInfo, type QuoteContext } from "./context.ts";
import { skippedSteps } from "../skip-steps.ts";

/** A group speaker phrase: tokens [start, end), `head` its head noun. */
export interface GroupPhrase {
  start: number;
  end: number;
  head: number;
}

const DETERMINERS = new Set(["the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "some", "many", "several", "other", "one", "two", "three", "four", "five", "both", "all", "most"]);
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
const RELATIVES = new Set(["who", "that", "which", "whose", "whom"]);
const BE = new Set(["is", "was", "were", "are", "be", "been", "being"]);

/**
 * Singular nouns that can head a speaker phrase: people by function, bodies that issue statements,
 * and documents that "say" ("the letter reads", "the report says"). Plural nouns need no list: a plural
 * subject of a speech verb ("officials", "the ministers", "critics") is almost always a group of speakers.
 */
const AGENT_NOUNS = new Set([
  "spokesperson", "spokesman", "spokeswoman", "official", "source", "minister", "secretary", "president",
  "chairman", "chairwoman", "chair", "director", "manager", "chief", "head", "leader", "officer", "aide",
  "adviser", "advisor", "analyst", "expert", "researcher", "scientist", "professor", "doctor", "lawyer",
  "attorney", "witness", "resident", "member", "statement", "letter", "report", "study", "document",
  "memo", "survey", "poll", "analysis", "assessment", "investigation", "inquiry", "audit", "paper", "review", "filing", "complaint", "lawsuit", "ruling", "judgment", "judge",
  "court", "government", "administration", "ministry", "department", "police", "prosecutor", "prosecution",
  "defence", "defense", "team", "panel", "committee", "commission", "council", "board", "company", "firm",
  "group", "agency", "office", "union", "spokesperson", "representative", "envoy", "ambassador",
  "negotiator", "campaigner", "activist", "organiser", "organizer", "author", "editor", "reporter",
  "correspondent", "coach", "captain", "player", "champion", "titleholder", "owner", "founder", "user", "poster", "commenter",
  "website", "blog", "post", "tweet", "announcement", "notice", "website", "newspaper", "editorial",
  "military", "army", "navy", "opposition", "kremlin", "pentagon", "regime", "junta", "cabinet", "parliament",
  "teenager", "teen",
  // Occupations that name one person as an official's title does ("The Norwegian diplomat told the council").
  "diplomat", "politician", "academic", "journalist", "businessman", "businesswoman", "entrepreneur", "economist",
  // Wire copy's unnamed people: "A person familiar with the matter said", "People close to the talks said".
  "person", "people", "insider",
]);

/** Plural-looking words that are not plural nouns ("news", "analysis", "its", "was"). */
const NOT_PLURAL = /(?:ss|us|is|ys|news|ous)$/;
/** Adverbs and other words in -s that the plural test would take for nouns. */
const S_WORDS = new Set(["sometimes", "always", "perhaps", "nevertheless", "besides", "afterwards", "towards", "backwards", "forwards", "upwards", "downwards", "whereas", "nowadays", "overseas", "indoors", "outdoors", "its", "hers", "ours", "yours", "theirs", "whose", "this", "has", "was", "does", "goes", "less", "unless",
  // Singular nouns in -ics ("critics" and "academics" are plural; "politics" is not).
  "politics", "economics", "physics", "mathematics", "ethics", "statistics", "athletics", "logistics", "genetics", "electronics", "linguistics", "graphics", "mechanics"]);
/** Possessive determiners: a title never runs over one ("my mind the line of Vergil"). */
const POSSESSIVE_DETERMINERS = new Set(["my", "your", "our", "their", "its", "his", "her"]);

const isWord = (s: string) => /^[\p{L}][\p{L}\p{M}'’-]*$/u.test(s);
const isLower = (s: string) => /^\p{Ll}/u.test(s);

const SKIP_ANY_ROLE = skippedSteps("QUOTE_SKIP").has("anyrole");
const SKIP_VARIATION_HEAD = skippedSteps("QUOTE_SKIP").has("variation");
const SKIP_WITH_TITLE = skippedSteps("QUOTE_SKIP").has("withtitle");
/** Words in -ist or -ician that name no person. */
const NOT_SPECIALISTS = new Set(["checklist", "playlist", "shortlist", "waitlist", "blacklist", "whitelist", "wishlist", "persist", "consist", "insist", "resist", "assist", "exist", "coexist", "enlist"]);

/** Nouns for one person that news uses to vary its words for someone just named: "the father of two", "the translator". */
export const VARIED_PERSON_NOUNS: ReadonlySet<string> = new Set([
  "grandmother", "grandfather", "mother", "father", "widow", "widower", "wife", "husband", "daughter", "son", "sister", "brother",
  "translator", "interpreter", "writer", "poet", "artist", "painter", "sculptor", "photographer", "designer", "architect",
  "farmer", "worker", "teacher", "pensioner", "survivor", "refugee", "migrant", "student", "entrepreneur", "producer",
  "musician", "composer", "conductor", "dancer", "chef", "owner", "trainer", "jockey", "rider", "pilot", "climber", "runner",
  "swimmer", "cyclist", "sailor", "fisherman", "vendor", "trader", "shopkeeper", "builder", "plumber", "electrician", "nurse",
  "midwife", "carer", "volunteer", "activist", "campaigner", "researcher", "scientist", "engineer", "programmer", "economist",
  "actor", "actress", "singer", "novelist", "playwright", "filmmaker", "comedian", "rapper", "songwriter", "athlete",
  "sprinter", "boxer", "golfer", "gymnast", "skier", "jockey", "footballer", "cricketer",
  "teenager", "youngster", "rookie", "debutant", "sophomore", "freshman", "newcomer", "veteran", "academic",
]);

/** Nouns for one person by occupation that the role lists leave out ("One ambassador in Bamako", "The Norwegian diplomat"). */
export const ONE_PERSON_NOUNS: ReadonlySet<string> = new Set(["diplomat", "ambassador", "envoy", "official", "politician", "lawyer", "economist", "scientist", "researcher", "academic", "analyst", "expert", "lawmaker", "legislator", "activist", "journalist", "businessman", "businesswoman", "entrepreneur", "campaigner", "veteran", "insider", "person"]);

/** Words of standing before what a person is or was: "the retired astronomer", "the former opener". */
export const STANDING_QUALIFIERS: ReadonlySet<string> = new Set(["retired", "former", "veteran", "long-serving", "longtime", "celebrated", "acclaimed", "award-winning", "renowned", "legendary", "experienced", "seasoned", "outgoing"]);
const SKIP_STANDING_QUALIFIER = skippedSteps("QUOTE_SKIP").has("standingqualifier");
/** "retired astronomer": a word of standing and a noun for a person by what they do (`QUOTE_SKIP=standingqualifier`). */
export function standingPerson(qualifier: string, noun: string): boolean {
  return !SKIP_STANDING_QUALIFIER && STANDING_QUALIFIERS.has(qualifier.toLowerCase()) && /^\p{Ll}{3,}(?:er|or|ist|ian|ant|ent)$/u.test(noun);
}

/** "microbiologist", "paediatrician", "activist": a noun for a person by what they do, which no list need hold. */
export function isSpecialistNoun(w: string): boolean {
  return !SKIP_ANY_ROLE && /^\p{Ll}{4,}(?:ologist|ographer|ician|ist)$/u.test(w) && !NOT_SPECIALISTS.has(w);
}

/** True when the lower-cased head can name speakers: a plural noun or an agent/body/document noun. */
export function isSpeakerHead(word: string): boolean {
  const w = word.toLowerCase();
  // Role nouns name speakers too ("the senator said", "the Connecticut senator added").
  if (AGENT_NOUNS.has(w) || PERSON_ROLES.has(w) || NAMED_ROLES.has(w) || PLAYER_HEADS.has(w)) return true;
  // A specialist's noun no list holds: "the microbiologist", "the epidemiologist", "the paediatrician"
  // (`QUOTE_SKIP=anyrole`).
  if (isSpecialistNoun(w)) return true;
  if (!SKIP_VARIATION_HEAD && VARIED_PERSON_NOUNS.has(w)) return true;
  if (w.length > 3 && w.endsWith("s") && !NOT_PLURAL.test(w) && !S_WORDS.has(w) && !speechLemma(w) && !pronounClass(w) && !isSkippable(w)) return true;
  return false;
}

/** A past participle that opens a reduced relative clause ("seen by", "published in"). */
function opensParticiple(ctx: QuoteContext, t: number): boolean {
  const w = ctx.tokens[t]!.text;
  const next = ctx.tokens[t + 1]?.text.toLowerCase() ?? "";
  return isLower(w) && /(?:ed|en|wn|seen|made|sent|held|led)$/.test(w) && (next === "by" || next === "in" || next === "at" || next === "on" || next === "to");
}

/** Adjectives that open a post-modifier with a preposition after them: "close to", "familiar with". */
const POSTMODIFYING_ADJECTIVES = new Set(["familiar", "close", "near", "loyal", "opposed", "sympathetic", "involved", "knowledgeable", "privy", "briefed", "linked", "allied", "connected", "friendly", "hostile"]);
/** "A source familiar with the matter", "Sources close to the minister": an adjective phrase after the noun (`QUOTE_SKIP=postadjective`). */
function opensAdjectivePhrase(ctx: QuoteContext, t: number): boolean {
  const next = ctx.tokens[t + 1]?.text ?? "";
  return !SKIP_POST_ADJECTIVE && t > 0 && POSTMODIFYING_ADJECTIVES.has(ctx.tokens[t]!.text) && (next === "with" || isPreposition(next));
}
const SKIP_POST_ADJECTIVE = skippedSteps("QUOTE_SKIP").has("postadjective");
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "it", "us"]);

/** The lower-cased words from `from` to `to`, each name (with `names`) one word "_name_". */
function wordsCountingNames(ctx: QuoteContext, from: number, to: number, names = true): string[] {
  const out: string[] = [];
  for (let j = from; j < to; j++) {
    const m = names ? ctx.mentionStartingAt[j]! : -1;
    out.push(m >= 0 ? "_name_" : ctx.tokens[j]!.text.toLowerCase());
    if (m >= 0) j = Math.min(to, ctx.mentions[m]!.tokEnd) - 1;
  }
  return out;
}

/**
 * The subject noun phrase of a clause region [from, to) (the tokens before a speech verb, auxiliaries
 * and adverbs already stepped over) when it can name a group of speakers: a determiner or possessive
 * run ending in a speaker head, optionally followed by a post-modifier ("of the countries present",
 * "seen by Sky News") up to the verb. Null when the region does not read as one such phrase.
 */
export function groupPhrase(ctx: QuoteContext, from: number, to: number): GroupPhrase | null {
  const tokens = ctx.tokens;
  let s = from;
  // "with Boswell stating", "with officials saying": the absolute construction's subject follows "with".
  if (s < to && tokens[s]!.text.toLowerCase() === "with") s++;
  if (s >= to || (to - s > 14 && (SKIP_POST_ADJECTIVE || wordsCountingNames(ctx, s, to).length > 14))) return null;
  const first = tokens[s]!.text;
  if (isPreposition(first) || opensClause(first) || pronounClass(first)) return null;
  // The pre-modified noun: determiners, possessives, adjectives and nouns, up to a preposition, a
  // relative pronoun, a participle phrase or punctuation.
  let k = s;
  while (k < to && k - s < 7) {
    const w = tokens[k]!.text;
    if (POSSESSIVE.has(w) && k > s) {
      k++;
      continue;
    }
    // "the 33-year-old": the tokenizer writes the age's hyphen as a token of its own.
    if (w === "-" && k > s && /^\p{N}/u.test(tokens[k - 1]!.text) && /^year-old/.test(tokens[k + 1]?.text ?? "")) {
      k++;
      continue;
    }
    if (!isWord(w) && !/^\p{N}/u.test(w)) break;
    if (k > s && (isPreposition(w) || RELATIVES.has(w.toLowerCase()) || opensParticiple(ctx, k) || opensAdjectivePhrase(ctx, k))) break;
    if (ctx.quotationAt[k]! >= 0) return null;
    k++;
  }
  if (k === s) return null;
  const head = k - 1;
  const headText = tokens[head]!.text;
  if (!isWord(headText) || DETERMINERS.has(headText.toLowerCase())) return null;
  // A capitalised head is either a common noun capitalised at the start of a sentence ("Officials
  // said", "Critics say") or a name the recogniser missed, which counts only after "the" ("the
  // Kremlin", "the Pentagon"); a lower-case head must be able to name speakers.
  if (!isLower(headText)) {
    const sentenceInitial = head === s && isSpeakerHead(headText);
    if (!sentenceInitial && tokens[s]!.text.toLowerCase() !== "the") return null;
  } else if (!isSpeakerHead(headText) && !tokens.slice(s + 1, head).some((x) => standingPerson(x.text, headText))) return null;
  // Any word in the run that is itself a verb form makes it a clause, not a phrase ("Russia has said").
  for (let j = s; j < k; j++) {
    const w = tokens[j]!.text.toLowerCase();
    // ... but "report", "statement" and the like are nouns here ("The report's authors").
    if (speechLemma(w) && !isNounLikeForm(w) && j !== head) return null;
    if (BE.has(w) || w === "has" || w === "have" || w === "had") return null;
  }
  // The phrase must reach the verb: directly, or through a post-modifier ("of the countries present",
  // "seen by Sky News") that holds no verb of its own. Words of another kind between the phrase and
  // the verb ("hare hunts - you can even rest assured") mean the phrase is not the subject.
  if (k < to) {
    // (A name inside counts as one word: "Observers from the Organization for Security and
    // Co-operation in Europe said"; `QUOTE_SKIP=postadjective`.)
    const rest = wordsCountingNames(ctx, k, to, !SKIP_POST_ADJECTIVE);
    // (An object pronoun after a preposition is no clause's subject: "A person close to him".)
    const clause = rest.some((w, i) => BE.has(w) || w === "has" || w === "have" || w === "had" || w === "," || (RELATIVES.has(w) && w !== "that") || (pronounClass(w) !== undefined && !(OBJECT_PRONOUNS.has(w) && i > 0 && isPreposition(rest[i - 1]!) && !SKIP_POST_ADJECTIVE)));
    if (clause || !(isPreposition(rest[0]!) || opensParticiple(ctx, k) || opensAdjectivePhrase(ctx, k)) || rest.length > 8) return null;
  }
  return { start: s, end: to, head };
}

/** True when the verb at `verb` is passive ("the ministers were told"): a be-form among the words before it. */
export function isPassive(ctx: QuoteContext, verb: number, from: number): boolean {
  const v = ctx.tokens[verb]!.text.toLowerCase();
  if (!/(?:ed|told|written|spoken|said)$/.test(v)) return false;
  for (let t = verb - 1; t >= from && t >= verb - 3; t--) {
    const w = ctx.tokens[t]!.text.toLowerCase();
    if (BE.has(w)) return true;
    if (!isSkippable(w) && !S_WORDS.has(w)) return false;
  }
  return false;
}

/** Lower-case words that may stand in a title before a name ("of the Refugee Council", "for Education"). */
const TITLE_LINKS = new Set(["of", "for", "at", "the", "and"]);

/**
 * The title words written right before a speaker's name mention (tokens [tokStart, ...)): "team member",
 * "CEO of the Refugee Council", "Undersecretary for Education Mr.", "Polish foreign minister". Returns
 * the first token of the phrase, or `tokStart` when there is no such title.
 */
/** Common finite verbs that are no part of a title before a name (irregular pasts and presents). */
const CLAUSE_VERBS = new Set(["met", "meets", "meet", "told", "tells", "saw", "sees", "beat", "beats", "thanked", "thanks", "hired", "hires", "fired", "fires", "replaced", "replaces", "succeeded", "succeeds", "joined", "joins", "named", "names", "appointed", "appoints", "backed", "backs", "blamed", "blames", "criticised", "criticized", "praised", "praises", "sued", "sues", "called", "calls", "urged", "urges", "asked", "asks", "is", "was", "are", "were", "has", "had", "have", "will", "would", "said", "says", "and", "or", "but", "with", "by", "from", "to"]);
const SKIP_TITLE_VERB = skippedSteps("QUOTE_SKIP").has("titleverb");

/** Portfolios and trades in -ing that stand in titles: "planning minister", "policing minister". */
const PORTFOLIO_ING = new Set(["planning", "housing", "policing", "farming", "mining", "shipping", "marketing", "banking", "nursing", "training", "fishing", "gambling", "licensing", "sentencing", "building", "publishing", "broadcasting", "engineering", "manufacturing", "advertising", "lending", "spending", "funding", "trading", "learning", "parking", "sporting", "borrowing", "pricing", "sourcing", "listing", "lobbying", "campaigning", "recruiting", "casting", "programming", "scouting", "coaching", "accounting", "wellbeing", "safeguarding", "levelling"]);

export function titleStart(ctx: QuoteContext, tokStart: number): number {
  const tokens = ctx.tokens;
  const sentence = tokens[tokStart]!.sentence;
  let start = tokStart;
  let sawTitleWord = false;
  for (let t = tokStart - 1; t >= 0 && t >= tokStart - 10; t--) {
    const token = tokens[t]!;
    const w = token.text;
    const lower = w.toLowerCase();
    if (token.sentence !== sentence || ctx.quotationAt[t]! >= 0) break;
    // "Mr." is two tokens; the period belongs to the honorific before it.
    if (w === "." && (honorificGender(tokens[t - 1]?.text ?? "") || isAbbreviatedTitle(tokens[t - 1]?.text ?? ""))) continue;
    if (POSSESSIVE.has(w)) continue; // "Labour's Shadow Home Secretary"
    if (!isWord(w)) break;
    if (TITLE_LINKS.has(lower)) {
      // Only inside a title: a title word must come before it ("CEO of the ...").
      continue;
    }
    // (A capitalised speech word is a noun in a title: "Minister of State for Interior".)
    if (isPreposition(w) || w === "with" || opensClause(w) || isSkippable(w) || pronounClass(w) || (speechLemma(w) && isLower(w)) || DETERMINERS.has(lower) || POSSESSIVE_DETERMINERS.has(lower)) break;
    // Verb forms and adverbs in lower case end the title ("after meeting", "recently elected"), and so
    // do other lower-case words that are no title, role or portfolio ("Senator Daniel Okafor met Carl
    // Henshaw": "met" is no part of Henshaw's title; `titleverb`).
    // (Not a portfolio in -ing: "Shadow planning minister Oliver Pennington", "housing secretary".)
    if (isLower(w) && /(?:ing|ed)$/.test(w) && !/(?:head|lead)$/.test(w) && !PORTFOLIO_ING.has(w)) break;
    if (isLower(w) && !SKIP_TITLE_VERB && CLAUSE_VERBS.has(w)) break;
    // A name right before the name is another entity ("In London Anna Smith said"), unless a title word
    // stands between them or it is the qualifier of a title ("UK Foreign Secretary").
    const m = ctx.mentionEndingAt[t]!;
    if (m >= 0 && !sawTitleWord) {
      // ... or the organisation of a title: "CEO of the Refugee Council Enver Solomon".
      let b = ctx.mentions[m]!.tokStart - 1;
      if (tokens[b]?.text.toLowerCase() === "the") b--;
      if (!/^(?:of|for|at)$/i.test(tokens[b]?.text ?? "")) break;
    }
    if (m >= 0) {
      t = ctx.mentions[m]!.tokStart;
      start = t;
      continue;
    }
    if (!honorificGender(w)) sawTitleWord = true;
    start = t;
  }
  // The phrase opens on a title word, never on a linking word ("of", "the") left dangling.
  while (start < tokStart && TITLE_LINKS.has(tokens[start]!.text.toLowerCase()) && tokens[start]!.text.toLowerCase() !== "the") start++;
  if (!sawTitleWord) return tokStart;
  // "the Foreign Secretary David Lammy": keep the article that opens the title.
  if (start > 0 && tokens[start - 1]!.text.toLowerCase() === "the" && tokens[start - 1]!.sentence === sentence) start--;
  // A title opens its clause: after the sentence start, punctuation, a clause opener or preposition, or
  // an inverted speech verb ("said Ambassador Mohib"). Anything else before it means the walk took in
  // a verb or an object ("He met John Smith").
  const before = tokens[start - 1];
  if (before && before.sentence === sentence) {
    const b = before.text;
    // ("with captain Aditya Rao": "with" opens a phrase as a preposition does; `QUOTE_SKIP=withtitle`.)
    if (isWord(b) && !opensClause(b) && !isPreposition(b) && !speechLemma(b) && !isSkippable(b) && (b.toLowerCase() !== "with" || SKIP_WITH_TITLE)) return tokStart;
  }
  return start;
}

/**
 * Heads of a player's description: "the striker", "the England midfielder" (not "the centre" or "the
 * guard", which are more often a body or a security guard).
 */
export const PLAYER_HEADS: ReadonlySet<string> = new Set(["captain", "skipper", "coach", "manager", "boss", "striker", "forward", "midfielder", "defender", "goalkeeper", "keeper", "goalie", "goaltender", "winger", "full-back", "fullback", "centre-back", "playmaker", "batsman", "batter", "bowler", "all-rounder", "quarterback", "pitcher", "fly-half", "scrum-half", "flanker", "international", "opener", "seamer", "spinner", "wicketkeeper", "wicket-keeper", "prop", "hooker", "lock", "outside-half"]);

/**
 * Heads of role descriptions that stand for one person already named ("the former prime minister",
 * "the Chancellor", "the 45-year-old"). "spokesman" and "official" are left out: "the spokesman" is
 * usually someone new, never named.
 */
const PERSON_ROLES = new Set([
  "minister", "president", "secretary", "chancellor", "premier", "leader", "senator", "congressman",
  "congresswoman", "governor", "mayor", "chairman", "chairwoman", "chief", "commissioner", "ambassador",
  "envoy", "general", "coach", "manager", "captain", "striker", "midfielder", "defender", "goalkeeper",
  "star", "actor", "actress", "singer", "author", "novelist", "director", "executive", "founder",
  "billionaire", "businessman", "businesswoman", "king", "queen", "prince", "princess", "pope", "judge",
  "veteran", "candidate", "nominee", "lawmaker", "politician", "mp", "councillor", "head", "boss",
  "year-old", "sheriff", "prosecutor", "coroner", "headteacher", "principal", "bishop", "archbishop",
  "admiral", "colonel", "commander", "superintendent", "inspector", "constable", "astronaut", "cosmonaut", "detective", "administrator",
  "medic", "doctor", "physician", "surgeon",
  "ceo", "cfo", "coo", "cto", "chairperson", "taoiseach", "tánaiste", "tanaiste", "speaker",
  "treasurer", "attorney-general", "solicitor-general", "auditor-general", "ombudsman", "comptroller", "vice-chancellor", "provost", "rector",
  "legislator", "parliamentarian", "assemblyman", "assemblywoman", "councilman", "councilwoman", "alderman", "alderwoman", "skipper",
]);

/** A noun for a person's role or office ("senator", "coach", "chief executive"'s "executive"). */
export function isPersonRole(word: string): boolean {
  return PERSON_ROLES.has(word.toLowerCase());
}

/**
 * Heads that stand for a person already named only when the text gave that person the same words
 * before ("Spokesman John Kirby declined ... '...,' the spokesman said"): otherwise "the spokesman" is
 * usually someone new (see PERSON_ROLES).
 */
const NAMED_ROLES = new Set(["witness", "defendant", "accused", "plaintiff", "complainant", "victim", "wing", "winger", "lock", "prop", "hooker", "flanker", "fly-half", "scrum-half", "fullback", "full-back", "farmer", "nurse", "teacher", "worker", "resident", "student", "driver", "pilot", "officer", "engineer", "owner", "shopkeeper", "fisherman", "midwife", "paramedic", "firefighter", "spokesman", "spokeswoman", "spokesperson", "official", "lawyer", "attorney", "adviser", "advisor", "aide", "economist", "analyst", "researcher", "scientist", "professor", "doctor", "curator", "editor"]);

/** "the spokesman", "the State Department spokesman": a role whose holder only a title given before names. */
export function isNamedRoleDescription(ctx: QuoteContext, phrase: GroupPhrase): boolean {
  if (phrase.end !== phrase.head + 1) return false;
  if (ctx.tokens[phrase.start]!.text.toLowerCase() !== "the") return false;
  return NAMED_ROLES.has(ctx.tokens[phrase.head]!.text.toLowerCase());
}

/** Words after the head that name the post: "of state", "for justice", "of the interior". */
export function postOfRole(ctx: QuoteContext, phrase: GroupPhrase): string[] | null {
  const after = ctx.tokens.slice(phrase.head + 1, phrase.end).map((t) => t.text);
  if (after.length < 2 || after.length > 3 || !/^(?:of|for)$/.test(after[0]!) || (after.length === 3 && after[1]!.toLowerCase() !== "the")) return null;
  const word = after[after.length - 1]!;
  return /^\p{L}+$/u.test(word) ? [word] : null;
}

/** "the [former] prime minister", "the 45-year-old": "the", modifiers, a person-role head; nothing after it. */
export function isRoleDescription(ctx: QuoteContext, phrase: GroupPhrase): boolean {
  // ("the minister of state", "the secretary for justice": "of"/"for" and a word or two name the post.)
  if (phrase.end !== phrase.head + 1 && !postOfRole(ctx, phrase)) return false;
  if (ctx.tokens[phrase.start]!.text.toLowerCase() !== "the") return false;
  const head = ctx.tokens[phrase.head]!.text.toLowerCase();
  return PERSON_ROLES.has(head) || /-year-old$/.test(head);
}

/**
 * "who gave only his surname, Jung", "who gave her name only as Mrs Boyle": the person a description's
 * relative clause names, from token `from` to the end of its sentence.
 */
export function nameGivenIn(ctx: QuoteContext, from: number): MentionInfo | null {
  const sentence = ctx.tokens[from]?.sentence;
  for (let t = from; t < ctx.tokens.length && ctx.tokens[t]!.sentence === sentence && t < from + 16; t++) {
    if (!/^(?:gave|giving|gives|identified)$/.test(ctx.tokens[t]!.text)) continue;
    for (let k = t + 1; k < ctx.tokens.length && k <= t + 8 && ctx.tokens[k]!.sentence === sentence; k++) {
      const m = ctx.mentionStartingAt[k]!;
      // (Not "who gave no name, said Mr Lowry ...".)
      const between = ctx.text.slice(ctx.tokens[t]!.end, ctx.tokens[k]!.start);
      // ("who asked to be identified only as Karla": "identified as" names the person too.)
      const named = /\b(?:name|surname|names)\b/.test(between) || (ctx.tokens[t]!.text === "identified" && /\bas\s*$/.test(between));
      if (m >= 0) return mentionType(ctx.mentions[m]!) === "person" && named && !/\b(?:no|not|never)\b/.test(between) ? ctx.mentions[m]! : null;
    }
    return null;
  }
  return null;
}

