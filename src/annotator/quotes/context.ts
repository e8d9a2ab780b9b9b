/**
 * Per-document indexes the attribution rules share: which token each mention covers, which tokens lie
 * inside quotations, and whether a mention can be a clause's subject at all. Built once per document so
 * every rule is a short walk over tokens.
 */
import { skippedSteps } from "../skip-steps.ts";
import type { Entity, Mention } from "../model.ts";
import type { Token, Tokenized } from "../tokenize.ts";
import { isPreposition, isSkippable, opensClause, speechLemma } from "./cues.ts";
import type { Quotation } from "./marks.ts";
import { isPersonRole } from "./phrases.ts";

/** Members' titles after a party's name: "a Labour MP", "two SNP MSPs". */
const MEMBER_TITLE = /^(?:MPs?|MSPs?|MSs|MS|MEPs?|MLAs?|TDs?|MKs?|MPPs?)$/

export interface MentionInfo {
  mention: Mention;
  /** Index into `QuoteContext.mentions`. */
  index: number;
  tokStart: number;
  /** One past the mention's last token. */
  tokEnd: number;
  /** Followed by a possessive ("Kyiv’s leading allies"): a modifier, never the subject. */
  possessive: boolean;
  /** Object of a preposition ("a letter seen by Sky News"). */
  prepositionObject: boolean;
  /** Inside parentheses (photo credits, glosses). */
  parenthesised: boolean;
  /** Followed by a common noun ("Panama coach", "Home Office letter"): a modifier of that noun. */
  modifier: boolean;
  /** Inside a quotation: never a speaker, never an antecedent outside it. */
  quoted: boolean;
}

export interface QuoteContext {
  text: string;
  tok: Tokenized;
  tokens: Token[];
  entities: Map<string, Entity>;
  mentions: MentionInfo[];
  /** Per token: the longest mention whose last token it is, or -1. */
  mentionEndingAt: Int32Array;
  /** Per token: the longest mention whose first token it is, or -1. */
  mentionStartingAt: Int32Array;
  /** Per token: 1 inside a mention after its first token ("and" in "Organization for Security and Co-operation"). */
  insideMention: Uint8Array;
  /** Per token: the quotation (index into `quotations`) containing it, marks included, or -1. */
  quotationAt: Int32Array;
  quotations: Quotation[];
}

/** Index of the first token that ends after `pos` (the token containing `pos`, or the next one). */
export function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those"]);
/**
 * Irregular past tenses: after a name they are its verb ("Zelensky met Ursula von der Leyen"), not a
 * noun the name modifies ("Panama coach"). Regular ones end in -ed, which the modifier test already
 * passes over.
 */
const IRREGULAR_PAST = new Set([
  "met", "went", "came", "saw", "took", "gave", "made", "left", "led", "won", "lost", "held", "began", "became",
  "brought", "bought", "built", "chose", "drove", "fell", "felt", "fled", "fought", "found", "flew", "got",
  "grew", "heard", "hit", "kept", "knew", "meant", "paid", "put", "ran", "rose", "sat", "sent", "set", "shot",
  "sold", "spent", "stood", "struck", "swore", "taught", "thought", "threw", "understood", "wore", "won",
  "withdrew", "overtook", "undertook", "forgot", "forgave", "sought", "sank", "spoke", "stole", "swam",
  "beat", "broke", "caught", "dealt", "drew", "forbade", "froze", "hid", "hung", "lay", "lit", "quit",
  "rang", "rode", "saw", "shook", "shut", "slept", "split", "spread", "sprang", "stuck", "stung", "swept",
  "tore", "woke", "wrote", "read", "let", "cut", "cost", "bid", "hurt",
]);
const isLowerWord = (t: string) => /^\p{Ll}/u.test(t);
const PARTY_MEMBER = /^(?:Democrat|Republican|Conservative|Tory|Liberal|Socialist|Independent|Labourite)s?$/;
const REFLEXIVE = /^(?:himself|herself|itself|themselves|themself)$/;
const SKIP_REFLEXIVE = skippedSteps("QUOTE_SKIP").has("reflexive");
const POSSESSIVE = new Set(["'s", "’s", "'", "’", "'S", "’S"]);

export function buildContext(tok: Tokenized, mentions: Mention[], entities: Entity[], quotations: Quotation[]): QuoteContext {
  const tokens = tok.tokens;
  const quotationAt = new Int32Array(tokens.length).fill(-1);
  for (let q = 0; q < quotations.length; q++) {
    const quotation = quotations[q]!;
    for (let t = tokenAt(tokens, quotation.start); t < tokens.length && tokens[t]!.start < quotation.end; t++) quotationAt[t] = q;
  }
  // Parenthesis depth per token, reset at each paragraph.
  const parenDepth = new Int8Array(tokens.length);
  let depth = 0;
  for (let t = 0; t < tokens.length; t++) {
    if (t > 0 && tokens[t]!.paragraph !== tokens[t - 1]!.paragraph) depth = 0;
    const text = tokens[t]!.text;
    if (text === "(" || text === "[") depth++;
    parenDepth[t] = depth;
    if ((text === ")" || text === "]") && depth > 0) depth--;
  }

  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const infos: MentionInfo[] = [];
  const mentionEndingAt = new Int32Array(tokens.length).fill(-1);
  const mentionStartingAt = new Int32Array(tokens.length).fill(-1);
  for (const mention of sorted) {
    const tokStart = tokenAt(tokens, mention.start);
    let tokEnd = tokStart;
    while (tokEnd < tokens.length && tokens[tokEnd]!.start < mention.end) tokEnd++;
    if (tokEnd === tokStart) continue;
    // A mention may include a trailing possessive (gold noun phrases do): look inside and after it.
    const lastText = tokens[tokEnd - 1]!.text;
    const after = tokens[tokEnd]?.text ?? "";
    const possessive = POSSESSIVE.has(lastText) || (POSSESSIVE.has(after) && tokens[tokEnd]!.start === tokens[tokEnd - 1]!.end);
    let b = tokStart - 1;
    while (b >= 0 && DETERMINERS.has(tokens[b]!.text.toLowerCase()) && tokens[b]!.paragraph === tokens[tokStart]!.paragraph) b--;
    const prepositionObject = b >= 0 && tokens[b]!.sentence === tokens[tokStart]!.sentence && isPreposition(tokens[b]!.text);
    const nextWord = tokens[tokEnd];
    const modifier =
      !possessive &&
      nextWord !== undefined &&
      nextWord.sentence === tokens[tokStart]!.sentence &&
      // "one Labour MP": a member's title written in capitals is a noun the party modifies; so is a
      // party member's noun after a place ("the Illinois Democrat said").
      // ... and so is a capitalised title with no name after it ("said the Homa Bay Governor").
      (MEMBER_TITLE.test(nextWord.text) || PARTY_MEMBER.test(nextWord.text) ||
      (/^\p{Lu}\p{Ll}+$/u.test(nextWord.text) && isPersonRole(nextWord.text) && !/^\p{Lu}/u.test(tokens[tokEnd + 1]?.text ?? "")) ||
      isLowerWord(nextWord.text) &&
      !isSkippable(nextWord.text) &&
      !isPreposition(nextWord.text) &&
      !opensClause(nextWord.text) &&
      speechLemma(nextWord.text) === undefined &&
      // ("Okoro himself was more measured": an emphatic pronoun, the name still the subject.)
      !(REFLEXIVE.test(nextWord.text) && !SKIP_REFLEXIVE) &&
      // (A plural noun before "and" is a noun, not a verb: "European Union flags and chanting".)
      // (Nor a noun in -ss, which is no verb's -s: "The Mayo boss added", "a Reuters business reporter".)
      (!/(?:ed|[^s]s)$/.test(nextWord.text) || (/[^s]s$/.test(nextWord.text) && tokens[tokEnd + 1]?.text === "and")) &&
      !IRREGULAR_PAST.has(nextWord.text));
    const info: MentionInfo = {
      mention,
      index: infos.length,
      tokStart,
      tokEnd,
      possessive,
      prepositionObject,
      // (A photo credit counts as a gloss too: "Image: Jason Benjamin." names no one in the story.)
      parenthesised: parenDepth[tokStart]! > 0 || (tokStart >= 2 && tokens[tokStart - 1]!.text === ":" && /^(?:Image|Photo|Photograph|Picture|Credit|Source)$/i.test(tokens[tokStart - 2]!.text)),
      modifier,
      quoted: quotationAt[tokStart]! >= 0 && quotationAt[tokEnd - 1]! >= 0,
    };
    infos.push(info);
    const prev = mentionEndingAt[tokEnd - 1]!;
    if (prev < 0 || infos[prev]!.tokStart > tokStart) mentionEndingAt[tokEnd - 1] = info.index;
    const prevStart = mentionStartingAt[tokStart]!;
    if (prevStart < 0 || infos[prevStart]!.tokEnd < tokEnd) mentionStartingAt[tokStart] = info.index;
  }
  const insideMention = new Uint8Array(tokens.length);
  for (const info of infos) for (let t = info.tokStart + 1; t < info.tokEnd; t++) insideMention[t] = 1;
  return { text: tok.text, tok, tokens, entities: new Map(entities.map((e) => [e.id, e])), mentions: infos, mentionEndingAt, mentionStartingAt, insideMention, quotationAt, quotations };
}

/** The type a mention has in context ("Russia has said" is an organisation there, GUM's rule). */
export function mentionType(info: MentionInfo): Entity["type"] {
  return info.mention.type;
}
