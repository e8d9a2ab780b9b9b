/**
 * Finding the subject of a speech verb: "Ms Kallas said", "he told reporters", "Mr Lammy had earlier
 * urged", "Hernan Dario Gomez, Panama coach, said", "X, who ..., said", and coordinated verbs that share
 * an earlier subject ("... said that ..., and pledged to ...").
 */
import { isAbbreviatedTitle, isModal, isNamingVerb, nominalHeadType, isSkippable, opensClause, pronounClass, speechLemma, isNounLikeForm, isPreposition } from "./cues.ts";
import { mentionType, type MentionInfo, type QuoteContext } from "./context.ts";
import { groupPhrase, isPassive, nameGivenIn, type GroupPhrase } from "./phrases.ts";
import { resolveDescription } from "./pronouns.ts";
import { skippedSteps } from "../skip-steps.ts";
import { isNationalityAdjective, isTitleWord } from "../ner/lexicon.ts";

export type Subject =
  | { kind: "mention"; info: MentionInfo }
  | { kind: "pronoun"; token: number }
  /** A subject that no mention covers and that does not read as a group of speakers. */
  | { kind: "nominal" }
  /** A group or body no entity stands for ("the foreign ministers", "the report's authors", "officials"). */
  | { kind: "group"; phrase: GroupPhrase }
  /** A definite description of an organisation or place ("the company", "The city"): tokens [start, head]. */
  | { kind: "description"; start: number; head: number; type: "organization" | "place" }
  | { kind: "none" };

/** Conjunctions after which a verb with no subject of its own shares the previous verb's subject. */
const COORDINATORS = new Set(["and", "or", "but", "nor", "then"]);
const BOUNDARY_PUNCT = new Set([";", ":", ",", "—", "–", "(", ")", "[", "]", "\"", "“", "”", "‘", "’"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "they", "we"]);
/** A subject pronoun; "I" only in capitals (a lower-case "i" is a name: "the i"). */
function isSubjectPronoun(word: string): boolean {
  return word === "I" || SUBJECT_PRONOUNS.has(word.toLowerCase());
}

/** Words that add someone to a subject without making them it: "X, along with Y, said". */
const ALONG_WITH = /\b(?:along with|together with|as well as|alongside|accompanied by)\s+(?:[\p{L}'’.-]+\s+){0,3}$/u;
/** Nouns for a written statement whose words a text quotes ("the statement read"). */
export const DOCUMENTS = new Set(["statement", "letter", "message", "note", "post", "notice", "release", "tweet", "email", "e-mail", "memo", "communique", "communiqué"]);

/** True when token `t` is a speech verb used as a verb (not "a blog post", not inside a quotation). */
const SKIP_PASSIVE = skippedSteps("QUOTE_SKIP").has("passive");
const SKIP_QUOTE = skippedSteps("QUOTE_SKIP");
export function isSpeechVerbAt(ctx: QuoteContext, t: number): boolean {
  const token = ctx.tokens[t];
  if (!token || ctx.quotationAt[t]! >= 0) return false;
  // "shot back", "fired back", "hit back": a retort.
  if (/^(?:shot|fired|hit|shoots|fires|hits)$/i.test(token.text) && ctx.tokens[t + 1]?.text.toLowerCase() === "back") return true;
  // "the statement read", "the letter reads": a document's words are its author's.
  if (/^(?:read|reads)$/.test(token.text) && DOCUMENTS.has(ctx.tokens[t - 1]?.text.toLowerCase() ?? "")) return true;
  const lemma = speechLemma(token.text);
  if (!lemma) return false;
  // A form right after a preposition or an article is a noun: "work with states", "the reports".
  if (lemma !== "accord" && /^(?:with|for|of|by|to|from|in|on|among|between|the|a|an|its|their|our)$/i.test(ctx.tokens[t - 1]?.text ?? "") && /s$/.test(token.text) && !SKIP_QUOTE.has("nounform")) return false;
  if (lemma === "accord") return ctx.tokens[t + 1]?.text.toLowerCase() === "to";
  // "had agreed to a '...'" accepts something; it reports no words (`QUOTE_SKIP=agreedto`).
  if (lemma === "agree" && ctx.tokens[t + 1]?.text.toLowerCase() === "to" && !SKIP_QUOTE.has("agreedto")) return false;
  // "expressed" reports only the words right after it: 'Sharif expressed "deep grief"', not "poems
  // express a prescient ...", "can be expressed in many ways".
  if (lemma === "express") return ctx.quotationAt[t + 1]! >= 0 && !/^(?:be|been|is|are|was|were)$/i.test(ctx.tokens[t - 1]?.text ?? "");
  // An -ing form after a possessive or an article is a noun too: "said the Herald's reporting was
  // "one-sided"", "his warning" (`QUOTE_SKIP=ingnoun`).
  // (Not "She's insisting", where "'s" is "is".)
  if (/ing$/.test(token.text) && /^(?:['’]s?|his|her|its|their|our|my|your|the|a|an)$/i.test(ctx.tokens[t - 1]?.text ?? "") && !/^(?:she|he|it|that|who|there|what)$/i.test(ctx.tokens[t - 2]?.text ?? "") && !SKIP_QUOTE.has("ingnoun")) return false;
  if (lemma === "call" && !/^call(?:s|ed|ing)?$/i.test(token.text)) return false;
  // "pointed out" reports; "pointed to the map" does not.
  if (lemma === "point" && ctx.tokens[t + 1]?.text.toLowerCase() !== "out") return false;
  if (/^\p{Lu}/u.test(token.text) && t > 0 && ctx.tokens[t - 1]!.sentence === token.sentence && !/^(?:Writing|Speaking|Asked|Adding|Noting|Saying)$/.test(token.text)) {
    // A capitalised speech word mid-sentence is a name ("the Post"), not a verb.
    return false;
  }
  if (token.text.toLowerCase() === lemma) {
    // A bare form under a modal or "to" is not a report: "Ukraine must respond", "urged him to accept".
    let b = t - 1;
    while (b >= 0 && isSkippable(ctx.tokens[b]!.text) && !isModal(ctx.tokens[b]!.text)) b--;
    // ... except "goes on to say", "went on to tell".
    const onTo = ctx.tokens[b]?.text.toLowerCase() === "to" && ctx.tokens[b - 1]?.text.toLowerCase() === "on";
    if (b >= 0 && isModal(ctx.tokens[b]!.text) && !onTo) return false;
  }
  if (isNounLikeForm(token.text)) {
    const prev = ctx.tokens[t - 1];
    if (!prev || prev.sentence !== token.sentence) return false;
    const p = prev.text.toLowerCase();
    const mentionBefore = ctx.mentionEndingAt[t - 1]! >= 0;
    // Right before a quotation the -s form is the verb ("The Home Office letter reads "we may ...""):
    // a noun is not followed by a quotation's opening mark.
    const quoteNext = ctx.quotationAt[t + 1]! >= 0 || (ctx.tokens[t + 1]?.text === ":" && ctx.quotationAt[t + 2]! >= 0);
    const verbForm = quoteNext && token.text.toLowerCase() !== lemma && /^\p{Ll}/u.test(prev.text);
    if (!(isSubjectPronoun(prev.text) || isSkippable(prev.text) || p === "to" || mentionBefore || /^\p{Lu}/u.test(prev.text) || p === "who" || verbForm)) return false;
  }
  return true;
}

/** True when token `t` is a naming verb ("named", "dubbed", "labelled") outside quotations. */
export function isNamingVerbAt(ctx: QuoteContext, t: number): boolean {
  const token = ctx.tokens[t];
  if (!token || ctx.quotationAt[t]! >= 0 || !isNamingVerb(token.text)) return false;
  // A noun after a determiner names nothing: "the title race was "far from over"", "his name was".
  return !(NOUN_FORMS.has(token.text.toLowerCase()) && DETERMINERS.has(ctx.tokens[t - 1]?.text.toLowerCase() ?? ""));
}
/** Naming words that are also nouns, in their noun forms. */
const NOUN_FORMS = new Set(["name", "names", "title", "titles", "term", "terms", "label", "labels", "list", "brand", "nickname"]);
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "whose", "every", "each"]);

function isBoundary(ctx: QuoteContext, t: number): boolean {
  const text = ctx.tokens[t]!.text;
  // (Not a word inside a name: the "and" of "Organization for Security and Co-operation in Europe";
  // `QUOTE_SKIP=namedand`.)
  if (ctx.insideMention[t] && !SKIP_NAMED_AND && opensClause(text)) return false;
  return BOUNDARY_PUNCT.has(text) || opensClause(text) || ctx.quotationAt[t]! >= 0 || text === "." || text === "!" || text === "?";
}
const SKIP_NAMED_AND = skippedSteps("QUOTE_SKIP").has("namedand");
const SKIP_OBJECT_RELATIVE = skippedSteps("QUOTE_SKIP").has("objectrelative");
/** Nouns an object relative clause with no "that" follows: "a claim the Treasurer dismissed". */
const RELATIVE_HEADS = new Set(["claim", "charge", "accusation", "allegation", "suggestion", "assertion", "description", "remark", "comment", "view", "criticism", "complaint", "warning", "label", "term", "phrase", "word", "words", "that", "which"]);

/**
 * How far a sentence is followed from a given token. Real sentences are far shorter; the bound keeps
 * the work linear on text with no sentence breaks at all (lists, transcripts, broken markup).
 */
const MAX_SENTENCE_TOKENS = 120;

/** True when tokens `t` and `t + 1` belong to one sentence (a break inside a quotation does not count). */
function joined(ctx: QuoteContext, t: number): boolean {
  const a = ctx.tokens[t]!;
  const b = ctx.tokens[t + 1]!;
  if (a.paragraph !== b.paragraph) return false;
  return a.sentence === b.sentence || (ctx.quotationAt[t]! >= 0 && ctx.quotationAt[t]! === ctx.quotationAt[t + 1]!);
}

/** True when tokens `a` and `b` are in one sentence (quotation-internal sentence breaks ignored). */
export function sameSentence(ctx: QuoteContext, a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  if (lo < 0 || hi >= ctx.tokens.length) return false;
  for (let t = lo; t < hi; t++) if (!joined(ctx, t)) return false;
  return true;
}

/** First token of the sentence containing `t`, treating quotation-internal breaks as inside it. */
export function sentenceStart(ctx: QuoteContext, t: number): number {
  let s = t;
  while (s > 0 && t - s < MAX_SENTENCE_TOKENS && joined(ctx, s - 1)) s--;
  return s;
}

/** One past the last token of the sentence containing `t`. */
export function sentenceEnd(ctx: QuoteContext, t: number): number {
  let e = t;
  while (e + 1 < ctx.tokens.length && e - t < MAX_SENTENCE_TOKENS && joined(ctx, e)) e++;
  return e + 1;
}

function eligible(info: MentionInfo): boolean {
  return !info.quoted && !info.possessive && !info.prepositionObject && !info.parenthesised;
}

/** Mentions inside a ", who ..." / ", which ..." relative clause: the clause's own nouns, not its head. */
function insideRelativeClause(ctx: QuoteContext, info: MentionInfo, from: number): boolean {
  let crossed = false;
  for (let t = info.tokStart - 1; t >= from; t--) {
    const w = ctx.tokens[t]!.text;
    // (An apposition to a noun of the clause is inside it too: "Tianqi, which challenged the deal before
    // Chile's financial regulator, the CMF, said"; `QUOTE_SKIP=relativeapposition`.)
    const apposition = w === "," && !SKIP_QUOTE.has("relativeapposition") && (t + 1 === info.tokStart || (/^the$/i.test(ctx.tokens[t + 1]?.text ?? "") && t + 2 === info.tokStart)) && /^\p{Ll}+$/u.test(ctx.tokens[t - 1]?.text ?? "");
    if (w === "," && !apposition) return false;
    if (apposition) crossed = true;
    // (Not "whose regional secretary, Julien Moreau, called it": the apposition is the clause's subject.)
    if (/^(?:who|which|whose|whom)$/i.test(w) && ctx.tokens[t - 1]?.text === ",") return !(crossed && /^whose$/i.test(w));
  }
  return false;
}

/**
 * "Carla Suárez Navarro, watching from the box alongside Voskresenskaya's mother, Iryna, said": a
 * name in apposition to a common noun (", Iryna,") at the end of a participle clause that follows
 * the sentence's first name is part of that clause; the first name is the subject.
 */
function participleSubject(ctx: QuoteContext, best: MentionInfo, regionStart: number): MentionInfo | null {
  const tokens = ctx.tokens;
  if (tokens[best.tokStart - 1]?.text !== "," || tokens[best.tokEnd]?.text !== "," || !/^\p{Ll}+$/u.test(tokens[best.tokStart - 2]?.text ?? "")) return null;
  for (const info of ctx.mentions) {
    if (info.tokStart < regionStart || info.tokStart >= best.tokStart) continue;
    if (!eligible(info) || mentionType(info) !== "person" || info.mention.entityId === best.mention.entityId) continue;
    if (tokens[info.tokEnd]?.text === "," && /^\p{Ll}+ing$/u.test(tokens[info.tokEnd + 1]?.text ?? "")) return info;
    return null;
  }
  return null;
}

/**
 * The subject of the speech verb at `verb`. `floor` is the first token the search may look at (the
 * sentence start, or the token after a quotation that precedes the verb).
 */
/** The verb at `t` is a passive participle: "has been accused", "was described", "were told". */
function isPassiveAt(ctx: QuoteContext, t: number): boolean {
  if (!/(?:ed|told|said|asked)$/i.test(ctx.tokens[t]!.text)) return false;
  let b = t - 1;
  while (b >= 0 && /^(?:also|already|repeatedly|widely|publicly|reportedly|previously|often|not|never)$/i.test(ctx.tokens[b]!.text)) b--;
  return /^(?:been|being|was|were|is|are|be|get|got)$/i.test(ctx.tokens[b]?.text ?? "");
}

/**
 * A passive speech verb still introduces words, but its subject is who they were said to or of ("John
 * Swinney has been accused of presiding over a "winter crisis"", "the ministers were told"): the
 * speaker is the agent after "by" ("was described by W. W. Rouse Ball as "..."") or nobody.
 */
function passiveAgent(ctx: QuoteContext, verb: number): Subject {
  for (let k = verb + 1; k < ctx.tokens.length && k <= verb + 3; k++) {
    if (ctx.tokens[k]!.text.toLowerCase() !== "by") continue;
    const m = ctx.mentionStartingAt[k + 1] ?? -1;
    if (m >= 0 && !ctx.mentions[m]!.quoted) return { kind: "mention", info: ctx.mentions[m]! };
    break;
  }
  return { kind: "none" };
}

export function subjectOf(ctx: QuoteContext, verb: number, floor: number, depth = 0): Subject {
  const tokens = ctx.tokens;
  if (!SKIP_PASSIVE && isPassiveAt(ctx, verb)) return passiveAgent(ctx, verb);
  // 0. "A spokesperson for competition commissioner Teresa Ribera said": the spokesperson speaks, not
  // the name after "for" (below).
  {
    let b = verb - 1;
    while (b >= floor && !isBoundary(ctx, b)) b--;
    const spokes = spokespersonFor(ctx, b + 1, verb);
    if (spokes) return spokes;
  }
  // 1. Adjacent subject, past auxiliaries and adverbs: "he told", "Mr Lammy had earlier urged".
  let t = verb - 1;
  while (t >= floor && isSkippable(tokens[t]!.text) && !isSubjectPronoun(tokens[t]!.text)) t--;
  if (t >= floor) {
    // A pronoun the linking stage already resolved comes as a mention and is taken as it is.
    const linked = ctx.mentionEndingAt[t]!;
    if (isSubjectPronoun(tokens[t]!.text) && ctx.quotationAt[t]! < 0 && (linked < 0 || ctx.mentions[linked]!.mention.kind !== "pronoun")) {
      return { kind: "pronoun", token: t };
    }
    const m = ctx.mentionEndingAt[t]!;
    if (m >= 0) {
      const info = ctx.mentions[m]!;
      if (!info.quoted && !info.possessive && !info.parenthesised && !(info.prepositionObject && tokens[info.tokStart - 1]?.text.toLowerCase() !== "with")) return { kind: "mention", info: participleSubject(ctx, info, floor) ?? info };
    }
  }
  // 2. The rest of the clause before the verb: the rightmost mention that can be a subject.
  let start = verb - 1;
  while (start >= floor && !isBoundary(ctx, start)) start--;
  const regionStart = start + 1;
  let hasWords = false;
  let best: MentionInfo | null = null;
  for (let k = verb - 1; k >= regionStart; k--) {
    const text = tokens[k]!.text;
    if (/^[\p{L}\p{N}]/u.test(text) && !isSkippable(text)) hasWords = true;
    const m = ctx.mentionEndingAt[k]!;
    if (m < 0) continue;
    const info = ctx.mentions[m]!;
    if (info.tokStart < regionStart || !eligible(info) || info.modifier) continue;
    const type = mentionType(info);
    if (!best || (type === "person" && mentionType(best) !== "person")) best = info;
  }
  if (best) return { kind: "mention", info: participleSubject(ctx, best, regionStart) ?? best };
  if (hasWords) {
    // "The city reasoned", "the Italian company said": the head right before the verb, "the" before it.
    const headType = t >= regionStart ? nominalHeadType(tokens[t]!.text) : undefined;
    if (headType) {
      for (let d = t - 1; d >= regionStart && d >= t - 3; d--) {
        // ("the minister of state said": a head before "of" is the phrase's head, not "state".)
        if (isPreposition(tokens[d]!.text)) break;
        // Not the object of a preposition: "a spokesperson for the ministry said" is the spokesperson.
        if (/^the$/i.test(tokens[d]!.text) && !(d > regionStart && isPreposition(tokens[d - 1]!.text))) {
          // "The IG Metall union called": the name inside the description is the body it describes.
          // (Only organisations: in "the Texas city said" the name is where the city lies.)
          const named = headType === "organization" ? namedInside(ctx, d, t) : null;
          return named ? { kind: "mention", info: named } : { kind: "description", start: d, head: t, type: headType };
        }
        if (!/^[\p{L}-]+$/u.test(tokens[d]!.text)) break;
      }
    }
    // "the foreign ministers ... said", "officials say": the phrase itself is the speaker. A passive
    // ("the ministers were told") has no speaker in its subject.
    // ("a claim the Treasurer dismissed as ...": an object relative clause's own subject, after the
    // noun it is about; `QUOTE_SKIP=objectrelative`.)
    let from = regionStart;
    if (!SKIP_OBJECT_RELATIVE) for (let d = t - 1; d > regionStart; d--) if (/^the$/i.test(tokens[d]!.text) && RELATIVE_HEADS.has(tokens[d - 1]!.text.toLowerCase())) { from = d; break; }
    const phrase = t >= regionStart && !isPassive(ctx, verb, regionStart) ? groupPhrase(ctx, from, t + 1) : null;
    if (phrase) return spokesBody(ctx, phrase) ?? { kind: "group", phrase };
    return { kind: "nominal" };
  }
  // 3. Nothing between the boundary and the verb: a coordinated or appositive construction. A speech
  //    verb earlier in the sentence lends its subject ("X said ..., and told ..."); otherwise the
  //    rightmost mention that can be a subject, persons first ("Mu Li, of the University of NSW, said").
  const first = Math.max(floor, sentenceStart(ctx, verb));
  const opener = tokens[regionStart - 1]?.text.toLowerCase() ?? "";
  // A participle after a comma shares the clause's subject too: "he said, adding: ...".
  const participle = opener === "," && /ing$/i.test(tokens[verb]!.text);
  if (depth < 3 && (COORDINATORS.has(opener) || participle)) {
    for (let k = regionStart - 1; k >= first; k--) {
      if (!isSpeechVerbAt(ctx, k)) continue;
      // A gerund after a preposition ("in explaining her decision") has no subject to lend.
      if (isPreposition(tokens[k - 1]?.text ?? "")) continue;
      const s = subjectOf(ctx, k, first, depth + 1);
      if (s.kind === "mention" || s.kind === "pronoun" || s.kind === "group") return s;
      break;
    }
    // With no speech verb before it, the participle's subject is the sentence's: "Senator Tim Sheehy,
    // a Montana Republican, defended Hegseth, saying ..." is Sheehy, not the one defended (the person
    // who opens the sentence, a title or two before; `QUOTE_SKIP=participlesubject`).
    // A verb after "and"/"but" with no subject of its own shares the first clause's: "Markus Söder, the
    // leader of the CSU, sided with the chancellor but also suggested a '...'" is Söder, not the one
    // sided with (the person who opens the sentence; `QUOTE_SKIP=coordsubject`).
    if (!participle && COORDINATORS.has(opener) && !SKIP_QUOTE.has("coordsubject")) {
      const opening = clauseOpener(ctx, first, regionStart);
      if (opening) return opening;
    }
    if (participle && !SKIP_QUOTE.has("participlesubject")) {
      // (The clause the participle hangs on: after the last ", and", ", but" or ";" before it — "the
      // company blamed the union, and the union hit back, saying" is the union — and none where a
      // relative clause or a passive's agent comes between: "The minister was questioned by MPs, who
      // pressed her, saying" are the MPs; `QUOTE_SKIP=participleclause`.)
      let from = first;
      let open = true;
      for (let k = first; k < regionStart && !SKIP_QUOTE.has("participleclause"); k++) {
        const w = tokens[k]!.text.toLowerCase();
        if (w === ";" || (w === "," && /^(?:and|but)$/i.test(tokens[k + 1]?.text ?? ""))) from = w === ";" ? k + 1 : k + 2;
        if ((w === "," && /^(?:who|which)$/i.test(tokens[k + 1]?.text ?? "")) || (w === "by" && /ed$/.test(tokens[k - 1]?.text ?? "") && /^(?:was|were|is|are|been|being)$/i.test(tokens[k - 2]?.text ?? ""))) open = false;
      }
      const opening = open ? clauseOpener(ctx, from, regionStart) : null;
      if (opening) return opening;
    }
  }
  // "Andrew Ferguson, the FTC chairman appointed by President Trump, has said": the person before a
  // descriptive apposition, not a name inside it.
  if (opener === ",") {
    // "Another resident, who gave her name only as Mrs Patel, said:".
    const given = SKIP_QUOTE.has("gavename") ? null : nameGivenIn(ctx, first);
    if (given && given.tokEnd < verb) return { kind: "mention", info: given };
    const described = nameBeforeApposition(ctx, regionStart - 1, first);
    if (described) return { kind: "mention", info: described };
  }
  let person: MentionInfo | null = null;
  let other: MentionInfo | null = null;
  for (let k = verb - 1; k >= first; k--) {
    const m = ctx.mentionEndingAt[k]!;
    if (m < 0) continue;
    const info = ctx.mentions[m]!;
    if (!eligible(info) || info.modifier || insideRelativeClause(ctx, info, first)) continue;
    // (Nor a passive's agent behind a title: "The uMkhonto weSizwe Party, led by former President Jacob
    // Zuma and named after ..., called"; `QUOTE_SKIP=titledagent`.)
    if (!SKIP_QUOTE.has("titledagent") && titledAgent(ctx, info)) continue;
    // ("Tony Galloway, along with club captain Jordan Reid, said": the one "along with" adds is not
    // the subject; the name before it is.)
    if (!SKIP_QUOTE.has("alongwith") && ALONG_WITH.test(ctx.text.slice(tokens[Math.max(first, info.tokStart - 5)]!.start, tokens[info.tokStart]!.start))) continue;
    const type = mentionType(info);
    if (type === "person") {
      person = info;
      break;
    }
    if (type === "organization") other ??= info;
  }
  if (person) return { kind: "mention", info: participleSubject(ctx, person, first) ?? person };
  if (other) return { kind: "mention", info: other };
  // "A senior Israeli official, speaking to reporters in Jerusalem, said": the phrase that opens the
  // sentence before a clause set off by commas (`QUOTE_SKIP=openinggroup`).
  if (opener === "," && !SKIP_QUOTE.has("openinggroup")) {
    let comma = first;
    while (comma < regionStart - 1 && tokens[comma]!.text !== ",") comma++;
    const phrase = comma > first && comma < regionStart - 1 ? groupPhrase(ctx, first, comma) : null;
    // (Or a definite description of someone named before: "The 41-year-old, who was appointed in the
    // summer reshuffle, added", "The 52-year-old minister, a former GP, later told reporters".)
    if (phrase && /^(?:a|an|one|another|two|three|several|some|the)$/i.test(tokens[first]!.text)) return spokesBody(ctx, phrase) ?? { kind: "group", phrase };
  }
  return { kind: "none" };
}

/**
 * The person who opens the sentence, as the subject of its first clause: the first person named in its
 * first words, past a dateline ("MUNICH — Bavarian premier Markus Söder"), a title or a date, or a
 * "he"/"she" ("In 1989 he refused to perform before Prince Charles and Princess Diana, saying ...").
 * Null when something else opens it (a body, a person after a preposition).
 */
function clauseOpener(ctx: QuoteContext, first: number, regionStart: number): Subject | null {
  const tokens = ctx.tokens;
  // (A fronted phrase is no part of the clause: "In a statement posted on his campaign's website, he
  // congratulated Nishimura and said" opens at "he"; `QUOTE_SKIP=frontedphrase`.)
  // (Or a participle's clause: "Asked whether Mensah-Boateng would start, Reid smiled and said".)
  if ((isPreposition(tokens[first]?.text.toLowerCase() ?? "") || /^(?:According|Asked|Pressed|Questioned|Speaking|Told)$/.test(tokens[first]?.text ?? "")) && !SKIP_QUOTE.has("frontedphrase")) {
    let comma = first + 1;
    // (A phrase with no subject of its own: "On Thursday she declined to comment on the talks," is a clause.)
    while (comma < regionStart && comma < first + 14 && tokens[comma]!.text !== "," && ctx.quotationAt[comma]! < 0 && !/^(?:he|she|they|we|i|it)$/i.test(tokens[comma]!.text)) comma++;
    if (tokens[comma]?.text === "," && comma < regionStart && comma > first + 1) first = comma + 1;
  }
  for (let k = first; k < regionStart && k <= first + 8; k++) {
    if (ctx.quotationAt[k]! >= 0) return null;
    // (Only the short extension past a first mention that is no person: the rule as first written
    // looked at three words, `QUOTE_SKIP=openerwide`.)
    if (SKIP_QUOTE.has("openerwide") && k > first + 3) return null;
    if (/^(?:he|she)$/i.test(tokens[k]!.text) && !SKIP_QUOTE.has("openerwide")) return { kind: "pronoun", token: k };
    // "The spokeswoman rejected that offer, saying ...": a description opening the sentence, "the" and
    // its head, as "The spokeswoman said" would be (`QUOTE_SKIP=openerdescription`).
    if (k === first && /^the$/i.test(tokens[k]!.text) && /^\p{Ll}+$/u.test(tokens[k + 1]?.text ?? "") && (ctx.mentionStartingAt[k + 1] ?? -1) < 0 && !SKIP_QUOTE.has("openerdescription")) {
      // (Only the whole subject, a verb right after its head: not "The general secretary of Unison, X,".)
      const verbNext = /^(?:\p{Ll}+ed|\p{Ll}+s|has|had|was|is|will|would|also|then|later|again|did|does|could|can|told|said|spoke|went|took|made)$/u.test(tokens[k + 2]?.text ?? "") && !isPreposition(tokens[k + 2]!.text);
      const type = verbNext ? nominalHeadType(tokens[k + 1]!.text) : undefined;
      if (type) return { kind: "description", start: k, head: k + 1, type };
      const phrase = verbNext && isTitleWord(tokens[k + 1]!.text) ? groupPhrase(ctx, k, k + 2) : null;
      if (phrase) return spokesBody(ctx, phrase) ?? { kind: "group", phrase };
    }
    const m = ctx.mentionStartingAt[k] ?? -1;
    if (m < 0) continue;
    const info = ctx.mentions[m]!;
    if (eligible(info) && !info.modifier && !info.prepositionObject && mentionType(info) === "person") return { kind: "mention", info };
    // A dateline's place in capitals opens the line, not the clause.
    if (!SKIP_QUOTE.has("openerwide") && mentionType(info) === "place" && /^\p{Lu}{2,}/u.test(info.mention.text) && !/\p{Ll}/u.test(info.mention.text)) {
      k = info.tokEnd - 1;
      continue;
    }
    return null;
  }
  return null;
}

/** Role nouns an apposition may open with and no article ("spokesman for the ministry", "head of research at"). */
const BARE_ROLES = /^(?:spokes(?:man|woman|person)|aide|advis[eo]r|head|director|chair(?:man|woman|person)?|president|secretary|chief|leader|founder|co-founder|professor|lecturer|editor|coach|manager|captain|mayor|governor|ambassador|envoy|counsel|lawyer|attorney|chancellor|dean|rector|principal)$/;

/**
 * The person (or body) named right before an apposition that closes at the comma `close` and opens with an
 * article or a possessor ("X, the FTC chairman appointed by ...,", "X, an epidemiologist at ...,",
 * "X, Tesco's chief executive,"); null when the apposition is a name itself ("the minister, Jean Dupont,").
 */
function nameBeforeApposition(ctx: QuoteContext, close: number, first: number): MentionInfo | null {
  const tokens = ctx.tokens;
  let open = close - 1;
  while (open > first && tokens[open]!.text !== ",") open--;
  if (open <= first || tokens[open]!.text !== ",") return null;
  const lead = tokens[open + 1]?.text.toLowerCase() ?? "";
  // (Or a bare role noun and its preposition, as news writes a spokesperson's: "Stéphane Dujarric,
  // spokesman for UN Secretary-General António Guterres, said"; `QUOTE_SKIP=bareapposition`.)
  const bareRole = !SKIP_QUOTE.has("bareapposition") && BARE_ROLES.test(tokens[open + 1]?.text ?? "") && /^(?:for|of|to|at)$/.test(tokens[open + 2]?.text ?? "");
  if (!bareRole && !/^(?:the|a|an|his|her|their|its)$/.test(lead) && !/^['’]s$/.test(tokens[open + 2]?.text ?? "")) return null;
  // (A body too, over its acronym in brackets: "Airlines for Europe (A4E), a lobby group whose members
  // include Air France and Ryanair, said"; `QUOTE_SKIP=bodyapposition`.)
  const bodies = !SKIP_QUOTE.has("bodyapposition");
  const end = bodies && tokens[open - 1]?.text === ")" && tokens[open - 3]?.text === "(" ? open - 4 : open - 1;
  const m = ctx.mentionEndingAt[end]!;
  // (A person "of" a body before the apposition: "Opposition leader Sajith Premadasa of the Samagi Jana
  // Balawegaya (SJB), the son of the late president Ranasinghe Premadasa, called"; `QUOTE_SKIP=personofbody`.)
  if (!SKIP_QUOTE.has("personofbody")) {
    let k = m >= 0 ? ctx.mentions[m]!.tokStart : end + 1;
    if (m < 0) while (k > first + 1 && /^\p{Lu}/u.test(tokens[k - 1]!.text)) k--;
    if (/^the$/i.test(tokens[k - 1]?.text ?? "")) k--;
    const p = tokens[k - 1]?.text === "of" && k >= 2 ? ctx.mentionEndingAt[k - 2]! : -1;
    if (p >= 0 && mentionType(ctx.mentions[p]!) === "person" && eligible(ctx.mentions[p]!) && (m < 0 || mentionType(ctx.mentions[m]!) !== "person")) return ctx.mentions[p]!;
  }
  if (m < 0) return null;
  const info = ctx.mentions[m]!;
  const type = mentionType(info);
  return eligible(info) && !info.modifier && (type === "person" || (bodies && type === "organization")) ? info : null;
}

/** An organisation mention wholly between tokens `from` and `to`. */
function namedInside(ctx: QuoteContext, from: number, to: number): MentionInfo | null {
  for (let k = from + 1; k < to; k++) {
    const m = ctx.mentionEndingAt[k]!;
    if (m < 0) continue;
    const info = ctx.mentions[m]!;
    if (info.tokStart > from && mentionType(info) === "organization") return info;
  }
  return null;
}

/**
 * The subject after an inverted verb ("...," said Ms Kallas; "according to the Kremlin"): the first
 * mention starting within a few tokens after `verb`, before any punctuation.
 */
export function subjectAfter(ctx: QuoteContext, verb: number): Subject {
  const tokens = ctx.tokens;
  let t = verb + 1;
  if (tokens[t]?.text.toLowerCase() === "to" && speechLemma(tokens[verb]!.text) === "accord") t++;
  for (let k = t; k < tokens.length && k < t + 5; k++) {
    const text = tokens[k]!.text;
    // The period of an abbreviated title is no end: '"...," said Dr. Maria Glymour'.
    if (text === "." && k > t && isAbbreviatedTitle(tokens[k - 1]!.text) && tokens[k - 1]!.end === tokens[k]!.start) continue;
    if (!/^[\p{L}\p{N}]/u.test(text) || !sameSentence(ctx, verb, k)) break;
    if (k === t && isSubjectPronoun(text)) return { kind: "pronoun", token: k };
    // "According to her, ...": the object pronoun after "according to" is the source.
    if (k === t && speechLemma(tokens[verb]!.text) === "accord" && /^(?:him|her|them)$/i.test(text)) return { kind: "pronoun", token: k };
    const m = ctx.mentionStartingAt[k]!;
    // '"He is innocent," said Brown's lawyer, Anna Jones': the possessor is not the speaker; the
    // name in apposition to the noun it owns is, and without one the phrase is ("said Peter Brown's
    // mother").
    if (m >= 0 && ctx.mentions[m]!.possessive && !ctx.mentions[m]!.quoted) return possessedSpeaker(ctx, verb, ctx.mentions[m]!) ?? groupAfter(ctx, verb, t);
    // "said one Labour MP": a name modifying the noun after it is not the speaker; the phrase is.
    // ("said TWU National Secretary Michael Kaine": a body before a capitalised title and a person's name
    // is the title's, and the person speaks; `QUOTE_SKIP=bodytitle`.)
    if (m >= 0 && !ctx.mentions[m]!.quoted && !ctx.mentions[m]!.modifier && mentionType(ctx.mentions[m]!) !== "person" && !SKIP_QUOTE.has("bodytitle")) {
      let j = ctx.mentions[m]!.tokEnd;
      // (A hyphenated title too: "said United Nations Secretary-General António Guterres".)
      while (j < ctx.mentions[m]!.tokEnd + 4 && /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?$/u.test(tokens[j]?.text ?? "") && (ctx.mentionStartingAt[j] ?? -1) < 0) j++;
      const person = j > ctx.mentions[m]!.tokEnd ? ctx.mentionStartingAt[j] ?? -1 : -1;
      if (person >= 0 && mentionType(ctx.mentions[person]!) === "person") return { kind: "mention", info: ctx.mentions[person]! };
    }
    if (m >= 0 && !ctx.mentions[m]!.quoted && !ctx.mentions[m]!.modifier) return { kind: "mention", info: ctx.mentions[m]! };
    if (isPreposition(text) && k > t) break;
  }
  // "..., according to the service.", "said the ministry.": a body's description closing the clause
  // (`QUOTE_SKIP=descafter`).
  const head = tokens[t + 1]?.text ?? "";
  const type = /^the$/i.test(tokens[t]?.text ?? "") && !SKIP_QUOTE.has("descafter") && /^[.,;:!?)]$/.test(tokens[t + 2]?.text ?? ".") ? nominalHeadType(head) : undefined;
  if (type) return { kind: "description", start: t, head: t + 1, type };
  // '"...," said a pepper seller who gave her name only as Funmi': the name the phrase gives
  // (`QUOTE_SKIP=gavenameafter`).
  const given = SKIP_QUOTE.has("gavenameafter") ? null : nameGivenIn(ctx, t);
  if (given) return { kind: "mention", info: given };
  return groupAfter(ctx, verb, t);
}

/** The name in apposition after "X's <noun>,": "said Brown's lawyer, Anna Jones". */
function possessedSpeaker(ctx: QuoteContext, verb: number, owner: MentionInfo): Subject | null {
  const tokens = ctx.tokens;
  for (let k = owner.tokEnd; k < tokens.length && k <= owner.tokEnd + 6 && sameSentence(ctx, verb, k); k++) {
    if (tokens[k]!.text !== ",") continue;
    const m = ctx.mentionStartingAt[k + 1]!;
    if (m >= 0 && mentionType(ctx.mentions[m]!) === "person" && !ctx.mentions[m]!.possessive) return { kind: "mention", info: ctx.mentions[m]! };
    return null;
  }
  return null;
}

/** No name after an inverted cue: a group ("according to officials", "said one official"). */
function groupAfter(ctx: QuoteContext, verb: number, t: number): Subject {
  const tokens = ctx.tokens;
  let end = t;
  // (A hyphen inside a word runs on: "said the 61-year-old", which the tokenizer writes "61", "-", "year-old".)
  const joined = (k: number) => tokens[k]!.text === "-" && k > t && tokens[k - 1]!.end === tokens[k]!.start && tokens[k + 1]?.start === tokens[k]!.end;
  while (end < tokens.length && end < t + 12 && (/^[\p{L}\p{N}'’]/u.test(tokens[end]!.text) || joined(end)) && sameSentence(ctx, verb, end) && ctx.quotationAt[end]! < 0) end++;
  const phrase = end > t ? groupPhrase(ctx, t, end) : null;
  // "said one crane operator, who gave only his surname, Jung" (whatever the noun).
  if (!phrase && end > t && tokens[end]?.text === "," && /^(?:who|whom)$/.test(tokens[end + 1]?.text ?? "") && !SKIP_QUOTE.has("gavename")) {
    const given = nameGivenIn(ctx, end + 2);
    if (given) return { kind: "mention", info: given };
  }
  if (phrase) return namedInApposition(ctx, phrase, end) ?? spokesBody(ctx, phrase) ?? { kind: "group", phrase };
  return { kind: "none" };
}

/**
 * '"...," said the group's chairman, Brendan Hales.': the person named right after the role, closing
 * the sentence or the clause, is the speaker (not when another noun comes between: "said the
 * chairman, Brendan Hales's successor").
 */
function namedInApposition(ctx: QuoteContext, phrase: GroupPhrase, end: number): Subject | null {
  if (SKIP_QUOTE.has("appos") || ctx.tokens[end]?.text !== "," || !/^\p{Ll}/u.test(ctx.tokens[phrase.head]!.text)) return null;
  // "said one crane operator, who gave only his surname, Jung."
  if (/^(?:who|whom)$/.test(ctx.tokens[end + 1]?.text ?? "")) {
    const given = SKIP_QUOTE.has("gavename") ? null : nameGivenIn(ctx, end + 2);
    return given ? { kind: "mention", info: given } : null;
  }
  // (An honorific or title between: "said the charity's chief science officer, Dr Meredith Lane".)
  let at = end + 1;
  while (/^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)$/.test(ctx.tokens[at]?.text ?? "") || (ctx.tokens[at]?.text === "." && at > end + 1)) at++;
  // (Or a nationality and an occupation: "said the head of the mission, Austrian diplomat Katharina
  // Steindl"; `QUOTE_SKIP=apposeddesc`.)
  if (at === end + 1 && !SKIP_QUOTE.has("apposeddesc") && (ctx.mentionStartingAt[at] ?? -1) < 0) {
    let k = at;
    if (isNationalityAdjective(ctx.tokens[k]?.text ?? "")) k++;
    while (k < at + 3 && /^\p{Ll}+$/u.test(ctx.tokens[k]?.text ?? "") && !/^(?:who|which|that|the|a|an|of|and)$/.test(ctx.tokens[k]!.text)) k++;
    if (k > at && (ctx.mentionStartingAt[k] ?? -1) >= 0) at = k;
  }
  const m = ctx.mentionStartingAt[at]!;
  if (m < 0) return null;
  const info = ctx.mentions[m]!;
  const after = ctx.tokens[info.tokEnd]?.text ?? ".";
  // (A body or a place the person is of may follow: "Dr Sofia Lindqvist of the University of Geneva.")
  const ofBody = /^(?:of|from|at)$/.test(after) && !SKIP_QUOTE.has("apposeddesc");
  if (mentionType(info) !== "person" || info.possessive || info.quoted || !(/^[.,;:!?"”]$/.test(after) || ofBody) || !sameSentence(ctx, end, info.tokStart)) return null;
  return { kind: "mention", info };
}

/**
 * "A spokesperson for X said": for an organisation X, X itself speaks (as reports write "X said"); for
 * a person, the spokesperson, an unnamed speaker (words a spokesperson chose are not the person's).
 */
function spokespersonFor(ctx: QuoteContext, from: number, verb: number): Subject | null {
  const tokens = ctx.tokens;
  let h = from;
  if (/^(?:a|an|the|one)$/i.test(tokens[h]?.text ?? "")) h++;
  if (h >= verb || !SPOKES_HEADS.has(tokens[h]!.text.toLowerCase()) || !/^(?:for|of|to)$/i.test(tokens[h + 1]?.text ?? "")) return null;
  for (let k = h + 2; k < verb; k++) {
    const m = ctx.mentionStartingAt[k]!;
    if (m < 0) continue;
    const info = ctx.mentions[m]!;
    // ("a spokesman for Vietnam's Ministry of Natural Resources": the body the possessive owns.)
    if (info.possessive) continue;
    // (Or a place speaking as a body: "a spokeswoman for the British Museum", "for Downing Street".)
    if (mentionType(info) === "organization" || (mentionType(info) === "place" && !SKIP_QUOTE.has("spokesplace"))) return { kind: "mention", info };
    break;
  }
  // "a spokeswoman for the centre said", "for the group": the body a description names, resolved
  // like "the centre said".
  if (/^the$/i.test(tokens[h + 2]?.text ?? "") && h + 3 < verb && nominalHeadType(tokens[h + 3]!.text) === "organization" && (h + 4 >= verb || isSkippable(tokens[h + 4]!.text) || tokens[h + 4]!.text === ",")) {
    // (Not "the group": lobbies, campaigns and holding companies alike, often unrecognised.)
    const head = tokens[h + 3]!.text.toLowerCase();
    const body = head === "group" ? null : resolveDescription(ctx, "organization", h + 2, head);
    if (body) return { kind: "mention", info: body };
  }
  let end = verb;
  while (end > h + 1 && isSkippable(tokens[end - 1]!.text)) end--;
  return { kind: "group", phrase: { start: from, end, head: h } };
}

/** Nouns for someone who speaks for a body: what they say, the body says. */
const SPOKES_HEADS = new Set(["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen", "representative", "representatives"]);

/**
 * "An Amazon spokesperson said", "said a Kremlin spokesman": the organisation the spokesperson speaks
 * for is the speaker, as news reports write "Amazon said". Not other people named by a body ("one
 * Labour MP" speaks for herself).
 */
function spokesBody(ctx: QuoteContext, phrase: GroupPhrase): Subject | null {
  if (!SPOKES_HEADS.has(ctx.tokens[phrase.head]!.text.toLowerCase())) return null;
  for (let k = phrase.start; k < phrase.head; k++) {
    const m = ctx.mentionStartingAt[k]!;
    if (m >= 0 && mentionType(ctx.mentions[m]!) === "organization" && ctx.mentions[m]!.tokEnd <= phrase.head) return { kind: "mention", info: ctx.mentions[m]! };
  }
  return null;
}

const LEADING_PARTICIPLES = /^(?:led|headed|chaired|founded|run|owned|backed|funded|created|formed|established|named|controlled)$/;
/**
 * Whether a mention is the agent of a participle set off by a comma, behind title words: ", led by
 * former President Jacob Zuma" (not "was led by Deputy Foreign Minister Tomasz Wrona, who accused").
 */
function titledAgent(ctx: QuoteContext, info: MentionInfo): boolean {
  const tokens = ctx.tokens;
  let t = info.tokStart - 1;
  while (t > 0 && info.tokStart - t <= 4 && (isTitleWord(tokens[t]!.text.toLowerCase()) || /^(?:former|late|then|ex|outgoing)$/i.test(tokens[t]!.text))) t--;
  // (A leader's or founder's participle only: "A statement, signed by Chief Executive Ann Cole, said" is hers.)
  return t < info.tokStart - 1 && tokens[t]?.text === "by" && LEADING_PARTICIPLES.test(tokens[t - 1]?.text ?? "") && tokens[t - 2]?.text === ",";
}
