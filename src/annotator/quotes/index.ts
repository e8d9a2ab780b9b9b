/**
 * Quote stage: find quotations and attribute them to speakers.
 *
 * - marks.ts     pairs quotation marks into top-level quotations (apostrophes, nesting, paragraphs);
 * - classify.ts  speech or scare quote/title, partial fragment or not;
 * - attribute.ts finds the cue (after, before, previous paragraph, postposed, dash, "quote by X");
 * - subject.ts   finds the cue's subject (name or role mention, pronoun, "the company", a group);
 * - phrases.ts   group speaker phrases ("the foreign ministers", "officials") and the title words
 *                before a speaker's name ("team member Rodaba Noori");
 * - pronouns.ts  genders and antecedents for pronouns ("they" -> a group) and definite descriptions;
 * - context.ts   per-document token/mention indexes; cues.ts the word lists.
 *
 * A quotation with no cue that directly continues the previous speech quotation keeps its speaker;
 * anything else the text does not attribute stays `speakerEntityId: null` rather than guessed. A
 * speaker the text names only by a noun phrase is `speakerGroup`, with `speakerEntityId` null.
 */
import type { AnnotateOptions, Entity, GroupSpeaker, Mention, Quote, Span } from "../model.ts";
import type { Tokenized } from "../tokenize.ts";
import { findCue, type Attribution } from "./attribute.ts";
import { isPartial, isSpeech } from "./classify.ts";
import { buildContext, mentionType, tokenAt, type MentionInfo, type QuoteContext } from "./context.ts";
import { honorificGender, isPreposition, pronounClass, speechLemma } from "./cues.ts";
import { coversParagraph, findQuotations } from "./marks.ts";
import { knownCanonical } from "../link/known-aliases.ts";
import { ONE_PERSON_NOUNS, PLAYER_HEADS, VARIED_PERSON_NOUNS, isNamedRoleDescription, isPersonRole, isSpecialistNoun, isRoleDescription, postOfRole, titleStart, type GroupPhrase } from "./phrases.ts";
import { describedPersonAt, inferGenders, resolveDescription, resolveGroupPronoun, resolvePronoun, roleSubjectAt, unnamedSubjectBefore, type Genders } from "./pronouns.ts";
import { DOCUMENTS, isSpeechVerbAt, sameSentence } from "./subject.ts";
import { countryNationality, describedNationality, describedPerson, givenAge, isQuotedOnly, isStandingDescription, nationalityOfNoun } from "./described.ts";
import { SPORT_WORDS } from "../ner/document/sport.ts";
import { APPOINTING_VERBS, GAZ, gazFlags, isCountry, isKnownOrganization, isListedPlace, isNationalityAdjective, isTitleWord } from "../ner/lexicon.ts";
import { skippedSteps } from "../skip-steps.ts";

interface Speaker {
  entityId: string | null;
  mention: Span | null;
  /** The cue's whole speaker phrase when it says more than the mention ("team member Rodaba Noori"). */
  phrase?: Span | null;
  /** A group or body no entity stands for. */
  group?: GroupSpeaker | null;
}

const NO_SPEAKER: Speaker = { entityId: null, mention: null };

export function annotateQuotes(tok: Tokenized, mentions: Mention[], entities: Entity[], _options: AnnotateOptions): Quote[] {
  const text = tok.text;
  const quotations = findQuotations(text, tok.paragraphs);
  if (quotations.length === 0) return [];
  const ctx = buildContext(tok, mentions, entities, quotations);
  const genders = inferGenders(ctx);

  const out: Quote[] = [];
  // The previous speech quotation, for quotations that carry on with no cue of their own.
  let previous: { quote: Quote; continuesFrom: number } | null = null;
  for (let qi = 0; qi < quotations.length; qi++) {
    const q = quotations[qi]!;
    // A nickname inside a name is part of the name, no quotation: 'Ramon "Monching" Dela Peña'.
    if (mentions.some((m) => m.start < q.start && q.end < m.end)) continue;
    const content = text.slice(q.contentStart, q.contentEnd);
    const att = findCue(ctx, qi);
    const whole = q.pieces.some((piece, k) => coversParagraph(text, piece, tok.paragraphs[q.firstParagraph + k]!));
    const paragraphs = q.lastParagraph - q.firstParagraph + 1;
    const continuing = previous !== null && continues(text, previous.continuesFrom, q.start);
    // A name given with "call", "known as", "simply as" is a name, whatever follows: 'whom residents
    // also call "Kapitan Dong", said ...' (`calledname`).
    // (Not one ordinary word, which is what someone said: 'described the offer simply as "Insulting."'.)
    const oneWord = content.replace(/[,.!?]$/, "");
    const ordinary = !/\s/.test(oneWord) && (gazFlags(oneWord, oneWord.toLowerCase()) & GAZ.dictCommon) !== 0;
    const named = !SKIP_CALLED_NAME && !ordinary && /^(?:\p{Lu}[\p{L}'’.-]*\s?){1,4}[,.]?$/u.test(content) && CALLED_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start));
    // (Asked only of a quotation that goes on from the one before: did that one end in a question?)
    const previousAsked = continuing && /\?\s*$/.test(text.slice(previous!.quote.contentStart, previous!.quote.contentEnd));
    const speech = !named && isSpeech(content, att, whole, paragraphs, continuing, previousAsked);
    const quote: Quote = {
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      contentStart: q.contentStart,
      contentEnd: q.contentEnd,
      kind: speech ? "speech" : "scare",
      block: whole,
      paragraphs,
      partial: speech && !whole && isPartial(content, text.slice(tok.paragraphs[q.firstParagraph]!.start, q.start)),
      speakerEntityId: null,
      speakerMention: null,
      speakerPhrase: null,
      speakerGroup: null,
      cue: null,
    };
    if (speech) {
      let speaker: Speaker = NO_SPEAKER;
      let credited: MentionInfo | null = null;
      // A question and answers, each its own paragraph with no cue of its own ('"You signed that
      // report, didn't you?" Gallagher asked. ¶ "I did," Navarro said. ¶ "And you're telling this jury
      // ...?" ¶ "Not every word."'): the turns alternate between the two speakers (`QUOTE_SKIP=turns`).
      const turn = !SKIP_TURNS && whole && (att.place === "none" || att.place === "previous-sentence") ? dialogueTurn(ctx, out, content, q.firstParagraph) : null;
      if (turn) {
        speaker = { entityId: turn, mention: null };
      } else if (att.place !== "none") {
        speaker = speakerOf(ctx, att, genders, out, q);
        quote.cue = att.cue;
      } else if ((credited = SKIP_CREDITED_AFTER ? null : creditedAfter(ctx, q.end, whole))) {
        // "'...' That was the message from Dr Eilidh Baxter", "The admission came from Ingrid Solberg":
        // words with no cue that the sentence right after them credits to someone, though they follow
        // another's ('"...," said Lucy Grant. \n\n"It is a bad day." That was the verdict of Ms
        // Pemberton'; `QUOTE_SKIP=creditedafter`).
        speaker = { entityId: credited.mention.entityId, mention: { start: credited.mention.start, end: credited.mention.end } };
      } else if (previous && continuing && !SKIP_NEXT_OTHER && !nextNamesOther(ctx, q.end, previous.quote.speakerEntityId)) {
        const p = previous.quote;
        speaker = { entityId: p.speakerEntityId, mention: p.speakerMention, phrase: p.speakerPhrase ?? null, group: p.speakerGroup ?? null };
      } else if (whole && !continuing && !SKIP_INTRODUCED) {
        const introduced = introducedSpeaker(ctx, q.firstParagraph, genders);
        // (Or a reaction that closes the paragraph before: "Asked about Dr Byrne's comments, she smiles.")
        // (Or a stance that closes it: "Leinster coach Declan Mulcahy was angry about the sin-binning."; `stanceparagraph`.)
        const reacting = introduced || SKIP_REACTION ? null : (reactingSpeaker(ctx, q.start, genders, true) ?? (SKIP_STANCE || SKIP_STANCE_PARAGRAPH ? null : stanceSpeaker(ctx, q.start, genders, true)));
        if (introduced ?? reacting) speaker = { entityId: (introduced ?? reacting)!, mention: null };
      } else if (!continuing && !SKIP_REACTION) {
        const reacting = reactingSpeaker(ctx, q.start, genders) ?? (SKIP_STANCE ? null : stanceSpeaker(ctx, q.start, genders));
        if (reacting) speaker = { entityId: reacting, mention: null };
      }
      quote.speakerEntityId = speaker.entityId;
      quote.speakerMention = speaker.mention;
      quote.speakerPhrase = speaker.phrase ?? null;
      // A group stands in only where no entity does.
      quote.speakerGroup = speaker.entityId === null ? (speaker.group ?? null) : null;
      // What may stand between this quotation and one that continues it: its own postposed cue clause.
      const cueAfter = att.place === "after" || att.place === "postposed" || att.place === "dash";
      const continuesFrom = cueAfter ? Math.max(q.end, ctx.tokens[att.clauseEnd - 1]?.end ?? q.end) : q.end;
      previous = { quote, continuesFrom };
    }
    out.push(quote);
  }
  if (!SKIP_ECHOES) echoedSpeakers(ctx, out);
  return out;
}

const SKIP_TEAM_ANYWHERE = skippedSteps("QUOTE_SKIP").has("teamanywhere");
const SKIP_NATIONALITY_SUBJECT = skippedSteps("QUOTE_SKIP").has("nationalitysubject");
const SKIP_NAMED_AFTER = skippedSteps("QUOTE_SKIP").has("namedafter");
const SKIP_CUE_SEX = skippedSteps("QUOTE_SKIP").has("cuesex");
const SKIP_MEMBER_NATIONALITY = skippedSteps("QUOTE_SKIP").has("membernationality");
const SKIP_FRONTED_SEX = skippedSteps("QUOTE_SKIP").has("frontedsex");
const SKIP_ROLE_NATIONALITY = skippedSteps("QUOTE_SKIP").has("rolenationality");
const SKIP_AGED_ROLE = skippedSteps("QUOTE_SKIP").has("agedrole");
const SKIP_DESCRIBED_BEFORE = skippedSteps("QUOTE_SKIP").has("describedbefore");
const SKIP_TITLED_DESCRIPTION = skippedSteps("QUOTE_SKIP").has("titleddescription");
const SKIP_ROLE_APPOSED = skippedSteps("QUOTE_SKIP").has("roleapposed");
const SKIP_RANK_WORDS = skippedSteps("QUOTE_SKIP").has("rankwords");
const SKIP_APPOSED_DESC = skippedSteps("QUOTE_SKIP").has("apposeddesc");
const SKIP_APPOSED_ROLE = skippedSteps("QUOTE_SKIP").has("apposedrole");
const SKIP_SERVE_AS = skippedSteps("QUOTE_SKIP").has("serveas");
const SKIP_BODY_COMPOUND = skippedSteps("QUOTE_SKIP").has("bodycompound");
/** One person's nouns that are no title, for someone the text gave one as a title or an apposition. */
const APPOSED_ROLE_NOUNS = new Set(["coach", "manager", "agent", "captain", "skipper", "trainer", "caddie", "solicitor", "barrister", "lawyer", "attorney", "landlord", "headteacher", "headmaster", "headmistress", "principal", "priest", "vicar", "pastor", "imam", "rabbi"]);
const SKIP_QUOTED_SENTENCES = skippedSteps("QUOTE_SKIP").has("quotedsentences");
const SKIP_CREDITED_AFTER = skippedSteps("QUOTE_SKIP").has("creditedafter");
const SKIP_STANCE = skippedSteps("QUOTE_SKIP").has("stance");
const SKIP_STANCE_PARAGRAPH = skippedSteps("QUOTE_SKIP").has("stanceparagraph");
const SKIP_ROLE_BEFORE = skippedSteps("QUOTE_SKIP").has("rolebefore");
const SKIP_TITLED_QUOTED = skippedSteps("QUOTE_SKIP").has("titledquoted");
const SKIP_ECHOES = skippedSteps("QUOTE_SKIP").has("echoes");
const SKIP_NAMED_INSIDE = skippedSteps("QUOTE_SKIP").has("namedinside");
const SKIP_INTRODUCED = skippedSteps("QUOTE_SKIP").has("introduced");
const SKIP_REACTION = skippedSteps("QUOTE_SKIP").has("reaction");
const SKIP_APPOSITION_AUTHOR = skippedSteps("QUOTE_SKIP").has("appositionauthor");
const SKIP_PORTFOLIO_LIST = skippedSteps("QUOTE_SKIP").has("portfoliolist");
const SKIP_APPOINTED = skippedSteps("QUOTE_SKIP").has("appointed");
/** Verbs of a reaction that closes a sentence before the words it comes with: "she laughed. '...'". */
const REACTIONS = /^(?:laughed|laughs|smiled|smiles|shrugged|shrugs|sighed|sighs|nodded|nods|paused|pauses|grinned|grins|joked|jokes|beamed|beams|chuckled|chuckles|winced|winces|frowned|frowns|hesitated|hesitates|bowed|bows|waved|waves|shook|shakes|raised|raises|smirked|smirks|blushed|blushes|exhaled|exhales|leaned|leans|gestured|gestures|shifted|shifts)$/;
/** Words between the one who reacts and the reaction: "only nodded", "paused, then smiled". */
const REACTION_FILLERS = /^(?:only|just|simply|then|merely|briefly|again|slowly|finally|,|and)$/;
/** What a reaction may do to a part of the body or a thing: "shook her head", "waved a hand", "raised an eyebrow". */
const REACTION_OBJECTS = /^(?:her|his|their|a|an|the|head|hand|hands|eyebrow|eyebrows|shoulders|arm|arms|finger|forward|back|in|chair|seat|deeply|slightly|politely|apologetically|again)$/;

/**
 * "Asked whether she was surprised by the margin, she laughed. 'Surprised? ...'": a quotation with no
 * cue right after a sentence that ends on a person's reaction is that person's, named or as "he"/"she"
 * (`QUOTE_SKIP=reaction`).
 */
function reactingSpeaker(ctx: QuoteContext, quoteStart: number, genders: Genders, paragraphBefore = false): string | null {
  // The last word before the quotation, in its paragraph: the reaction verb, before a full stop or a colon.
  let t = tokenAt(ctx.tokens, quoteStart) - 1;
  while (t >= 0 && /^[.:,]$/.test(ctx.tokens[t]!.text)) t--;
  // (The reaction may take a part of the body: "She shook her head."; and words may stand between it
  // and whoever reacts: "Mr de la Cruz only nodded", "President Lee paused, then smiled".)
  const end = t;
  while (t > 0 && end - t < 3 && !REACTIONS.test(ctx.tokens[t]!.text) && REACTION_OBJECTS.test(ctx.tokens[t]!.text.toLowerCase())) t--;
  const verbAt = t;
  let w = verbAt - 1;
  while (w > 0 && verbAt - w < 5 && (REACTION_FILLERS.test(ctx.tokens[w]!.text.toLowerCase()) || REACTIONS.test(ctx.tokens[w]!.text))) w--;
  const verb = ctx.tokens[verbAt], who = ctx.tokens[w];
  const open = ctx.tokens[tokenAt(ctx.tokens, quoteStart)];
  if (!verb || !who || !open || verb.paragraph !== open.paragraph - (paragraphBefore ? 1 : 0) || !REACTIONS.test(verb.text) || ctx.quotationAt[verbAt]! >= 0 || ctx.quotationAt[end]! >= 0) return null;
  if (verb.sentence !== ctx.tokens[end]!.sentence || who.sentence !== verb.sentence) return null;
  t = w + 1;
  const named = ctx.mentions.find((m) => m.tokEnd === t && m.mention.kind === "name" && ctx.entities.get(m.mention.entityId)?.type === "person");
  if (named) return named.mention.entityId;
  const cls = pronounClass(who.text);
  if (cls !== "male" && cls !== "female") return null;
  const antecedent = resolvePronoun(ctx, cls, t - 1, false, genders);
  return antecedent && ctx.entities.get(antecedent.mention.entityId)?.type === "person" ? antecedent.mention.entityId : null;
}
/** What a sentence says of someone's stance before their words: "was blunt", "was more measured", "disagreed". */
const STANCE = /^(?:(?:was|is|were|are|remained|remains|seemed|seems|sounded|sounds|appeared|appears)\s+(?:(?:more|less|far|even|rather|much|very|equally|just|as|so)\s+)*\p{Ll}+(?:\s+(?:and|but)\s+\p{Ll}+)?|disagreed|disagrees|disputed (?:that|this|it)|objected|objects|demurred|hit back|hits back|fired back|pushed back|begged to differ|was having none of it|was not convinced|was unconvinced|was not so sure)$/u;
/** Words after "was" that say no stance: "was there", "was born", "was arrested". */
const NOT_STANCE = /\b(?:there|here|not|born|arrested|charged|killed|injured|elected|appointed|sentenced|jailed|released|named|found|shown|given|told|asked|present|absent|dead|alive|away|out|in|on|off|up|down)$/;

/**
 * "Okoro was more measured. '...'", "Dr Marsh, a hydrologist, disputed that. '...'": words with no cue
 * right after a sentence, in the same paragraph, that names a person as its subject and says only
 * their stance; the words are theirs (`QUOTE_SKIP=stance`).
 */
function stanceSpeaker(ctx: QuoteContext, quoteStart: number, genders: Genders, acrossParagraph = false): string | null {
  const open = tokenAt(ctx.tokens, quoteStart);
  const stop = ctx.tokens[open - 1];
  const paragraphOk = acrossParagraph ? stop?.paragraph === ctx.tokens[open]!.paragraph - 1 : stop?.paragraph === ctx.tokens[open]!.paragraph;
  if (!stop || !/^[.:]$/.test(stop.text) || !paragraphOk || ctx.quotationAt[open - 1]! >= 0) return null;
  const sentence = ctx.tok.sentences[stop.sentence];
  if (!sentence) return null;
  let first = sentence.tokenStart;
  while (first < open - 1 && !/^[\p{L}\p{N}]/u.test(ctx.tokens[first]!.text)) first++;
  if (ctx.quotationAt.slice(first, open - 1).some((q) => q >= 0)) return null;
  let id: string | null = null, after = first;
  // (Over a title or an honorific: "Dr Helen Marsh", "Coach Anouk Meijer".)
  let named = first;
  while (named < first + 3 && ctx.mentionStartingAt[named]! < 0 && /^\p{Lu}[\p{L}.]*$/u.test(ctx.tokens[named]!.text) && (honorificGender(ctx.tokens[named]!.text.replace(/\.$/, "")) !== undefined || isTitleWord(ctx.tokens[named]!.text.toLowerCase()) || /^(?:Dr|Prof|Sir|Dame)\.?$/.test(ctx.tokens[named]!.text))) named++;
  let m = ctx.mentionStartingAt[named]!;
  // (Or after a title that opens the sentence: "Leinster coach Declan Mulcahy was angry about ...".)
  if (!SKIP_STANCE_PARAGRAPH && (m < 0 || ctx.entities.get(ctx.mentions[m]!.mention.entityId)?.type !== "person")) {
    for (let k = first + 1; k < first + 6 && k < open - 1; k++) {
      const at = ctx.mentionStartingAt[k]!;
      if (at < 0) continue;
      if (ctx.entities.get(ctx.mentions[at]!.mention.entityId)?.type === "person" && titleStart(ctx, k) <= first && k > titleStart(ctx, k)) m = at;
      break;
    }
  }
  if (m >= 0 && ctx.entities.get(ctx.mentions[m]!.mention.entityId)?.type === "person") {
    id = ctx.mentions[m]!.mention.entityId;
    after = ctx.mentions[m]!.tokEnd;
  } else {
    const cls = pronounClass(ctx.tokens[first]!.text);
    if (cls !== "male" && cls !== "female") return null;
    const antecedent = resolvePronoun(ctx, cls, first, false, genders);
    if (!antecedent || ctx.entities.get(antecedent.mention.entityId)?.type !== "person") return null;
    id = antecedent.mention.entityId;
    after = first + 1;
  }
  let rest = ctx.text.slice(ctx.tokens[after - 1]!.end, stop.start).trim();
  // (An apposition between: "Dr Marsh, a hydrologist who has chaired the board since 2021, disputed that".)
  if (rest.startsWith(",")) {
    const close = rest.lastIndexOf(",");
    if (close <= 0) return null;
    rest = rest.slice(close + 1).trim();
  }
  rest = rest.replace(/^himself\s+|^herself\s+/, "");
  return (STANCE.test(rest) && !NOT_STANCE.test(rest)) || (!SKIP_STANCE_PARAGRAPH && FEELING.test(rest)) ? id : null;
}
/** A feeling about something, which the words after it voice: "was angry about the sin-binning of prop Rory Keane". */
const FEELING = /^(?:was|is|were|are|remained|remains|seemed|seems|sounded|sounds|appeared|appears)\s+(?:(?:more|less|far|even|rather|much|very|visibly|clearly|equally|just|still|so)\s+)*(?:angry|furious|livid|incensed|upset|frustrated|delighted|pleased|happy|thrilled|disappointed|critical|scathing|adamant|defiant|unrepentant|emphatic|blunt|candid|philosophical|cautious|optimistic|pessimistic|sceptical|skeptical|unapologetic|apologetic|bullish|confident|gracious|dismissive|unimpressed|unhappy|relieved|proud|emotional|bitter|annoyed|irritated|outraged|baffled|puzzled|mystified)\s+(?:about|at|over|with|after|by)\s[^"“”]*$/u;

/** A sentence that credits the words before it: "That was the message from", "The admission came from", "That was how". */
const SKIP_CREDITED_TITLE = skippedSteps("QUOTE_SKIP").has("creditedtitle");
const CREDITING = /^(?:With\s+(?:those|these|that|this)\s+(?:words|remarks?|comments?|message|warning|plea),|(?:That|This|Such|Those|These)\s+(?:was|is|came|were|are)\s+(?:(?:the|a|an)\s+(?:\p{Ll}+\s+){1,2})?(?:from|of)|The\s+(?:\p{Ll}+\s+)?(?:admission|message|warning|remarks?|comments?|words|plea|claim|call|appeal|criticism|praise|verdict|response|reaction|assessment|announcement|statement|confession|rebuke|boast|promise|pledge|apology)\s+(?:was|came)\s+from|(?:That|This|The)\s+(?:\p{Ll}+\s+)?(?:complaint|warning|message|verdict|plea|remark|comment|assessment|view|admission|criticism)\s*,?\s+from|(?:That|This)\s+(?:was|is)\s+how)\s+(?:\p{Ll}+\s+){0,4}(?:[\p{Ll}][\p{L}'’-]*\s+){0,2}(?:[\p{Ll}][\p{L}'’-]*,\s+)?(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame)\.?\s+)?$/u;

/** What a sentence opening with a person says of the words before it: "made the remark", "was speaking to". */
const CREDITING_AFTER = /^\s+(?:made|was making)\s+(?:the|those|these|her|his)\s+(?:remarks?|comments?)\b|^\s+was\s+(?:speaking|responding|replying|writing)\b|^\s+(?:posted|wrote|tweeted|shared|sent)\s+(?:that|the|this|those)\s+(?:message|post|comment|statement|words|note|email)\b|^\s+(?:made|pressed|repeated)\s+(?:the|that|this)\s+(?:argument|point|case|claim)\b/;

/**
 * The person the sentence right after a quotation credits it to: in its paragraph, or opening the next
 * when the quotation is a whole paragraph. Over a possessor to the name in apposition: "That was the
 * message from Mr al-Murtada's deputy, Nabil Hassan Shamsan".
 */
function creditedAfter(ctx: QuoteContext, quoteEnd: number, whole: boolean): MentionInfo | null {
  let t = tokenAt(ctx.tokens, quoteEnd);
  while (t < ctx.tokens.length && ctx.tokens[t]!.end <= quoteEnd) t++;
  const first = ctx.tokens[t];
  const last = ctx.tokens[t - 1];
  if (!first || !last || ctx.quotationAt[t]! >= 0) return null;
  if (first.paragraph !== last.paragraph && !(whole && first.paragraph === last.paragraph + 1)) return null;
  for (let k = t; k < ctx.tokens.length && k < t + 14 && ctx.tokens[k]!.sentence === first.sentence; k++) {
    const m = ctx.mentionStartingAt[k]!;
    if (m < 0) continue;
    // "Ms Greaves made the remark when asked about deposits", "Mr Rees was speaking to BBC Wales": the
    // person the sentence opens with, whose words they were.
    const opener = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame)\.?\s+)?$/.test(ctx.text.slice(first.start, ctx.tokens[k]!.start));
    if (opener && ctx.entities.get(ctx.mentions[m]!.mention.entityId)?.type === "person" && CREDITING_AFTER.test(ctx.text.slice(ctx.mentions[m]!.mention.end, ctx.mentions[m]!.mention.end + 40))) return ctx.mentions[m]!;
    if (!CREDITING.test(ctx.text.slice(first.start, ctx.tokens[k]!.start))) return null;
    let info = ctx.mentions[m]!;
    // "With those words, the United Nations Special Envoy for Syria, Dr Ingrid Halvorsen, opened": a
    // body's name inside a title, and the person in apposition after it (`QUOTE_SKIP=creditedtitle`).
    if (!SKIP_CREDITED_TITLE && ctx.entities.get(info.mention.entityId)?.type !== "person" && !info.possessive) {
      let j = info.tokEnd;
      while (j < info.tokEnd + 8 && ctx.tokens[j] && (/^\p{Lu}/u.test(ctx.tokens[j]!.text) || /^(?:of|for|the|and)$/.test(ctx.tokens[j]!.text))) {
        const inner = ctx.mentionStartingAt[j]!;
        if (inner >= 0 && ctx.entities.get(ctx.mentions[inner]!.mention.entityId)?.type === "person") break;
        j = inner >= 0 ? ctx.mentions[inner]!.tokEnd : j + 1;
      }
      if (ctx.tokens[j]?.text !== ",") return null;
      j++;
      while (j < info.tokEnd + 12 && ctx.mentionStartingAt[j]! < 0 && /^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|\.)$/.test(ctx.tokens[j]?.text ?? "")) j++;
      const next = ctx.mentionStartingAt[j] ?? -1;
      return next >= 0 && ctx.entities.get(ctx.mentions[next]!.mention.entityId)?.type === "person" ? ctx.mentions[next]! : null;
    }
    if (info.possessive) {
      // "Mr al-Murtada's deputy, Nabil Hassan Shamsan": the name after the possessor's noun and a comma.
      let j = info.tokEnd;
      while (j < info.tokEnd + 4 && ctx.tokens[j] && ctx.tokens[j]!.text !== ",") j++;
      const next = ctx.tokens[j]?.text === "," ? ctx.mentionStartingAt[j + 1]! : -1;
      if (next < 0) return null;
      info = ctx.mentions[next]!;
    }
    return ctx.entities.get(info.mention.entityId)?.type === "person" ? info : null;
  }
  return null;
}

/** Verbs that introduce words given in the paragraphs after: "read from a prepared statement", "told the inquiry". */
const INTRODUCING = /^(?:read|reads|said|says|told|tells|testified|recalled|recalls|explained|described|wrote|writes|added|continued)$/;

/**
 * "The first witness, Carlos Muñoz, ..., read from a prepared statement." and then paragraphs that are
 * wholly a quotation with no cue: the words are the one person the paragraph before ends on as the
 * subject of a speech verb, named ("Carlos Muñoz ... read") or as "he"/"she" ("She said she had been
 * at work ..."); never when that paragraph quotes anyone itself (`QUOTE_SKIP=introduced`).
 */
function introducedSpeaker(ctx: QuoteContext, paragraph: number, genders: Genders): string | null {
  let last = -1;
  for (let t = tokenAt(ctx.tokens, ctx.tok.paragraphs[paragraph]!.start) - 1; t >= 0; t--) {
    if (ctx.tokens[t]!.paragraph !== paragraph - 1) break;
    if (ctx.quotationAt[t]! >= 0) return null;
    if (last < 0 && /^[\p{L}\p{N}]/u.test(ctx.tokens[t]!.text)) last = t;
  }
  if (last < 0) return null;
  const sentence = ctx.tokens[last]!.sentence;
  let first = last;
  while (first > 0 && ctx.tokens[first - 1]!.sentence === sentence) first--;
  if (ctx.quotationAt.slice(first, last + 1).some((q) => q >= 0)) return null;
  let verb = -1;
  for (let t = first; t <= last && verb < 0; t++) if (INTRODUCING.test(ctx.tokens[t]!.text) || isSpeechVerbAt(ctx, t)) verb = t;
  if (verb < 0) return null;
  // (Not words said to someone: "The inquiry chair, Dame Helen Marsh, told her she could take a break"
  // is followed by the witness's own words.)
  const object = ctx.tokens[verb + 1];
  if (object && (/^(?:her|him|them|me|us)$/i.test(object.text) || ctx.mentions.some((m) => m.tokStart === verb + 1 && ctx.entities.get(m.mention.entityId)?.type === "person"))) return null;
  const subjects = new Set(ctx.mentions.filter((m) => m.tokStart >= first && m.tokStart < verb && m.mention.kind === "name" && !m.prepositionObject && !m.possessive && !m.modifier && !m.parenthesised && ctx.entities.get(m.mention.entityId)?.type === "person").map((m) => m.mention.entityId));
  if (subjects.size === 1) return [...subjects][0]!;
  if (subjects.size > 1 || verb !== first + 1) return null;
  const cls = pronounClass(ctx.tokens[first]!.text);
  if (cls !== "male" && cls !== "female") return null;
  const antecedent = resolvePronoun(ctx, cls, first, false, genders);
  return antecedent && ctx.entities.get(antecedent.mention.entityId)?.type === "person" ? antecedent.mention.entityId : null;
}
/** A quotation's words, lower case, without punctuation: for finding the same words quoted twice. */
const plainWords = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim();

/**
 * Headlines and standfirsts quote without a cue: "'I never wanted to be the first': Ama Boateng on
 * running Ghana's central bank" names the speaker after a colon; "'We waited for eleven years':
 * survivors give evidence" repeats words the body gives their speaker. A quotation still without a
 * speaker takes the person named right after its colon, else the one speaker of the other quotations
 * that hold its words (five words at least; `QUOTE_SKIP=echoes`).
 */
function echoedSpeakers(ctx: QuoteContext, quotes: Quote[]): void {
  for (const q of quotes) {
    if (q.kind !== "speech" || q.speakerEntityId !== null || q.speakerGroup) continue;
    // The words said again in the body come first: "'I don't think anyone ... has done the sums': Torsten
    // Bell, the pensions minister, faced questions" quotes Clive Lewis, whom the body gives them.
    const words = plainWords(ctx.text.slice(q.contentStart, q.contentEnd));
    // (Five words at least: a phrase such as "point of no return" is a term, not the words of one speaker.)
    const speakers = words.split(" ").length < 5 ? new Set<string>() : new Set(quotes.filter((o) => o !== q && o.kind === "speech" && o.speakerEntityId !== null && ctx.entities.get(o.speakerEntityId)?.type === "person" && plainWords(ctx.text.slice(o.contentStart, o.contentEnd)).includes(words)).map((o) => o.speakerEntityId!));
    if (speakers.size === 1) {
      q.speakerEntityId = [...speakers][0]!;
      continue;
    }
    if (speakers.size > 1) continue;
    // Else the name after the colon, as the headline's subject: "... : Ama Boateng on running the bank".
    const colon = /^\s*:\s*/.exec(ctx.text.slice(q.end, q.end + 4));
    const named = colon ? ctx.mentions.find((m) => m.mention.start === q.end + colon[0].length && m.mention.kind === "name" && ctx.entities.get(m.mention.entityId)?.type === "person") : undefined;
    if (named && /^(?:\s+(?:on|says|said|tells|told|reveals|explains|speaks|warns|insists|admits|writes)\b|\s*$|\s*\n)/.test(ctx.text.slice(named.mention.end, named.mention.end + 12))) {
      q.speakerEntityId = named.mention.entityId;
      q.speakerMention = { start: named.mention.start, end: named.mention.end };
    }
  }
}

const SKIP_NEXT_OTHER = skippedSteps("QUOTE_SKIP").has("nextother");
const SKIP_CALLED_NAME = skippedSteps("QUOTE_SKIP").has("calledname");
/** Words right before a quoted name: "also call", "known as", "simply as", "nicknamed". */
const CALLED_BEFORE = /\b(?:call|calls|called|calling|dubbed|nicknamed|named|known(?:\s+\w+){0,3}\s+as|simply\s+as|better\s+as|known\s+by\s+(?:the|his|her|a)\s+(?:nick)?name|(?:the|his|her)\s+nickname)\s*$/i;
const SKIP_ROLE_CHAIN = skippedSteps("QUOTE_SKIP").has("rolechain");
const SKIP_SPOKES_AGAIN = skippedSteps("QUOTE_SKIP").has("spokesagain");
const SKIP_COUNTERPART = skippedSteps("QUOTE_SKIP").has("counterpart");
const SKIP_AUTHOR = skippedSteps("QUOTE_SKIP").has("author");
const SKIP_RANKS = skippedSteps("QUOTE_SKIP").has("ranks");
const SKIP_PLAYERS = skippedSteps("QUOTE_SKIP").has("players");


/** Four words of sport at least, besides players' nouns ("scored", "match", "league"). */
function aboutSport(ctx: QuoteContext): boolean {
  let n = 0;
  for (const t of ctx.tokens) if (SPORT_WORDS.has(t.text.toLowerCase()) && !PLAYER_HEADS.has(t.text.toLowerCase()) && ++n >= 4) return true;
  return false;
}

/**
 * "the Swedish striker", "the Liverpool captain", "the 6ft 4in forward": the nationality its words give
 * (null for none), or undefined when the phrase is no player's description. ("the" and modifiers only,
 * nothing after the head.)
 */

/**
 * A team the description names ("the Liverpool captain", "the England midfielder") is named in the
 * sentence of the person's last mention before it ("Van Dijk, who captained Liverpool, ..."): "Leah
 * Williamson ..., and the England captain said" is not "the Arsenal captain".
 */
function teamNamedWith(ctx: QuoteContext, phrase: GroupPhrase, id: string): boolean {
  // (A country before "international" is the player's, not a team the text must name with them.)
  const capped = !SKIP_PLAYER_COUNTRY && ctx.tokens[phrase.head]!.text.toLowerCase() === "international";
  const teams = qualifiers(ctx, phrase).filter((q) => /^\p{Lu}/u.test(q) && !nationalityOfNoun(q) && !(capped && isCountry(q)));
  if (teams.length === 0) return true;
  // (In the sentence of the person's last mention or, failing that, of any earlier one: "Bristol City
  // came from behind ... lifted Gareth Pruitt's side ... Pruitt admitted ... the City manager said";
  // `QUOTE_SKIP=teamanywhere`.)
  const mentions = ctx.mentions.filter((m) => m.tokStart < phrase.start && m.mention.entityId === id);
  const last = mentions.at(-1);
  if (!last) return false;
  const names = (sentence: number) => teams.every((q) => ctx.tokens.some((t) => t.sentence === sentence && (t.text === q || t.text === `${q}'s` || t.text === `${q}’s`)));
  if (names(ctx.tokens[last.tokStart]!.sentence)) return true;
  return !SKIP_TEAM_ANYWHERE && mentions.some((m) => names(ctx.tokens[m.tokStart]!.sentence));
}

function playerDescription(ctx: QuoteContext, phrase: GroupPhrase): string | null | undefined {
  if (phrase.end !== phrase.head + 1 || ctx.tokens[phrase.start]!.text.toLowerCase() !== "the" || !PLAYER_HEADS.has(ctx.tokens[phrase.head]!.text.toLowerCase())) return undefined;
  // (Only in a text about sport: "the captain said" in a story about a flight is its pilot, whom the
  // text may never name.)
  if (!aboutSport(ctx)) return undefined;
  // (Not a deputy's or a former one's post: "the assistant captain", "the former striker".)
  const quals = qualifiers(ctx, phrase);
  if (quals.some((q) => RANKED.has(q.toLowerCase()) || /^(?:former|ex|new)$/i.test(q))) return undefined;
  // ("the Ireland international": a country's name for its nationality.)
  // (Only for a player capped by it: "the England manager" may be German.)
  const capped = !SKIP_PLAYER_COUNTRY && ctx.tokens[phrase.head]!.text.toLowerCase() === "international";
  return quals.map((q) => nationalityOfNoun(q) ?? (capped && isCountry(q) ? (countryNationality(q) ?? `of ${q}`) : null)).find((n) => n) ?? null;
}
const SKIP_PLAYER_COUNTRY = skippedSteps("QUOTE_SKIP").has("playercountry");

/** The last speech quotation was given to a role the text never named ("the race director said"), within two sentences, with no person named since. */
function continuesUnnamedRole(ctx: QuoteContext, earlier: Quote[], at: number): boolean {
  let q: Quote | undefined;
  for (let i = earlier.length - 1; i >= 0 && !q; i--) if (earlier[i]!.kind === "speech") q = earlier[i];
  if (!q || q.speakerEntityId || !q.speakerGroup) return false;
  const head = ctx.text.slice(q.speakerGroup.head.start, q.speakerGroup.head.end).toLowerCase();
  if (!isPersonRole(head) && !isTitleWord(head)) return false;
  const from = tokenAt(ctx.tokens, q.speakerGroup.start);
  const here = ctx.tokens[at]!;
  if (!ctx.tokens[from] || here.sentence - ctx.tokens[from]!.sentence > 2) return false;
  for (const m of ctx.mentions) {
    if (m.quoted || m.mention.start <= q.speakerGroup.end || m.tokStart >= at) continue;
    if (ctx.entities.get(m.mention.entityId)?.type === "person" && m.mention.kind !== "pronoun") return false;
  }
  return true;
}

/**
 * The person the last speech quotation's description speaker ("the Briton", "the 24-year-old") was
 * found to be, when that description is in one of the two sentences before token `at` (the second may
 * be the quotation that goes on from it) and no other person is named between them; or null.
 */
function continuesDescribed(ctx: QuoteContext, earlier: Quote[], at: number): string | null {
  let q: Quote | undefined;
  for (let i = earlier.length - 1; i >= 0 && !q; i--) if (earlier[i]!.kind === "speech") q = earlier[i];
  if (!q?.speakerEntityId || !q.speakerMention || !/^the\s/i.test(ctx.text.slice(q.speakerMention.start, q.speakerMention.end))) return null;
  const from = tokenAt(ctx.tokens, q.speakerMention.start);
  const here = ctx.tokens[at];
  if (!ctx.tokens[from] || !here || here.sentence - ctx.tokens[from]!.sentence > 2) return null;
  for (const m of ctx.mentions) {
    if (m.quoted || m.mention.start <= q.speakerMention.end || m.tokStart >= at) continue;
    if (ctx.entities.get(m.mention.entityId)?.type === "person" && m.mention.kind !== "pronoun") return null;
  }
  // (Nor past a sentence about someone the text does not name: "His father, who was in the crowd, was
  // in tears. '...,' he said".)
  for (let s = ctx.tokens[from]!.sentence + 1; s <= here.sentence; s++) {
    const head = describedPersonAt(ctx, s);
    if (head >= 0 && head < at && ctx.quotationAt[head]! < 0) return null;
    // (... or a player or official the sentence opens with: "The goalkeeper he beat three times was
    // philosophical".)
    const t = ctx.tok.sentences[s]!.tokenStart;
    // (Its noun after a word or two: "The home manager", "The Liverpool goalkeeper".)
    const nouns = ctx.tokens.slice(t + 1, t + 4).map((x) => x.text.toLowerCase());
    if (t < at && /^(?:The|A|An|His|Her|Their)$/.test(ctx.tokens[t]!.text) && nouns.some((noun) => isPersonRole(noun) || PLAYER_HEADS.has(noun))) return null;
  }
  return q.speakerEntityId;
}
const SKIP_DESCRIBED_CHAIN = skippedSteps("QUOTE_SKIP").has("describedchain");

/** Nationalities given to speakers by earlier descriptions ("'...,' the Kenyan said" -> Jepkosgei: Kenyan). */
function knownNationalities(ctx: QuoteContext, earlier: Quote[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const q of earlier) {
    if (!q.speakerEntityId || !q.speakerMention) continue;
    const m = /^the\s+(\S+)$/i.exec(ctx.text.slice(q.speakerMention.start, q.speakerMention.end));
    const n = m ? nationalityOfNoun(m[1]!) : null;
    if (n) out.set(q.speakerEntityId, n);
  }
  return out;
}

/** Nouns that give a quotation to someone named after it: "That was the verdict of Hannah Ostrowski". */
const VERDICT_NOUNS = new Set(["verdict", "words", "view", "message", "response", "reaction", "assessment", "warning", "reply"]);

/**
 * A quotation with no cue of its own carries on with the previous speaker, unless the sentence right
 * after it gives the words to another person ("'...' That was the verdict of Greens leader Hannah
 * Ostrowski, who said ..."): then it is left without a speaker rather than given to the wrong one.
 */
function nextNamesOther(ctx: QuoteContext, end: number, previousSpeaker: string | null): boolean {
  let t = tokenAt(ctx.tokens, end);
  while (t < ctx.tokens.length && ctx.tokens[t]!.start < end) t++;
  const first = ctx.tokens[t];
  if (!first) return false;
  // Only a sentence that points back at the words: "That was the verdict of ...", "Those were the words of ...".
  let w = t;
  while (w < ctx.tokens.length && !/^[\p{L}]/u.test(ctx.tokens[w]!.text)) w++;
  if (!/^(?:That|Those|This|Such|So)$/.test(ctx.tokens[w]?.text ?? "")) return false;
  const sentence = first.sentence;
  let other = false, cue = false;
  for (let k = t; k < ctx.tokens.length && ctx.tokens[k]!.sentence === sentence && k < t + 40; k++) {
    if (ctx.quotationAt[k]! >= 0) continue;
    const m = ctx.mentionStartingAt[k]!;
    if (m >= 0 && ctx.entities.get(ctx.mentions[m]!.mention.entityId)?.type === "person" && ctx.mentions[m]!.mention.entityId !== previousSpeaker) other = true;
    if (isSpeechVerbAt(ctx, k) || VERDICT_NOUNS.has(ctx.tokens[k]!.text.toLowerCase())) cue = true;
  }
  return other && cue;
}

/** Only spaces and punctuation between the previous quotation (or its cue clause) and this one. */
function continues(text: string, from: number, to: number): boolean {
  return from <= to && /^[\s.,;:]*$/.test(text.slice(from, to));
}


/** The person named in apposition right after a role's words: "the minister of infrastructure, Carlos Mejia Zelaya,". */
function appositionAfter(ctx: QuoteContext, role: GroupPhrase): string | null {
  let t = role.head + 1;
  // (Only a post's words after a preposition, "of infrastructure", "for Louth and Horncastle"; not a
  // clause: "The 58-year-old said he had spoken to the Chancellor, Rebecca Stanton".)
  if (ctx.tokens[t]?.text !== "," && !/^(?:of|for|in|at|from|on)$/.test(ctx.tokens[t]?.text ?? "")) return null;
  // (Over the post's words: "of infrastructure", "for health".)
  // (And a seat or a body named in them: "the Conservative MP for Louth and Horncastle, Sir Roger Baddeley,".)
  while (t < role.head + 8 && ctx.tokens[t] && ctx.tokens[t]!.text !== "," && /^[\p{L}'’-]+$/u.test(ctx.tokens[t]!.text)) {
    const inner = ctx.mentionStartingAt[t]!;
    if (inner >= 0 && mentionType(ctx.mentions[inner]!) === "person") break;
    t = inner >= 0 ? ctx.mentions[inner]!.tokEnd : t + 1;
  }
  // (And a list of portfolios: "The Minister of Art, Culture and the Creative Economy, Hannatu Musawa,";
  // `QUOTE_SKIP=postlist`.)
  while (!SKIP_POST_LIST && t > role.head + 1 && ctx.tokens[t]?.text === "," && /^\p{Lu}/u.test(ctx.tokens[t + 1]?.text ?? "")) {
    const inner = ctx.mentionStartingAt[t + 1]!;
    if (inner >= 0 && mentionType(ctx.mentions[inner]!) === "person") break;
    let j = t + 1, and = false;
    while (j < t + 10 && ctx.tokens[j] && ctx.tokens[j]!.text !== "," && /^[\p{L}'’-]+$/u.test(ctx.tokens[j]!.text)) { if (ctx.tokens[j]!.text === "and") and = true; j++; }
    if (!and || ctx.tokens[j]?.text !== ",") break;
    t = j;
  }
  if (ctx.tokens[t]?.text !== ",") return null;
  // (Over an honorific: "The British ambassador, Dame Catherine Ashworth,".)
  let n = t + 1;
  // (Or a rank or title: "The head of INDECI, General Ricardo Huamán,".)
  while (n < t + 4 && ctx.mentionStartingAt[n]! < 0 && (/^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Gen|Col|Capt|\.)$/.test(ctx.tokens[n]?.text ?? "") || (/^\p{Lu}/u.test(ctx.tokens[n]?.text ?? "") && isTitleWord(ctx.tokens[n]!.text.toLowerCase())))) n++;
  // (Or a nationality and an occupation: "The head of the OSCE observer mission, Danish diplomat Henrik
  // Sørensen,"; `QUOTE_SKIP=apposeddesc`.)
  if (!SKIP_APPOSED_DESC && n === t + 1) {
    if (isNationalityAdjective(ctx.tokens[n]?.text ?? "") && ctx.mentionStartingAt[n]! < 0) n++;
    for (let k = 0; k < 2 && /^\p{Ll}[\p{Ll}-]*$/u.test(ctx.tokens[n]?.text ?? "") && !/^(?:who|which|that|said|says|told|the|a|an|of|and|as|speaking|asked)$/.test(ctx.tokens[n]!.text); k++) n++;
  }
  const at = ctx.mentionStartingAt[n]!;
  if (at < 0 || mentionType(ctx.mentions[at]!) !== "person") return null;
  // (Closed by a comma, after a country or a body it is from: "Dr Helga Strandberg of Sweden,".)
  let e = ctx.mentions[at]!.tokEnd;
  if (/^(?:of|from)$/.test(ctx.tokens[e]?.text ?? "") && (ctx.mentionStartingAt[e + 1] ?? -1) >= 0) e = ctx.mentions[ctx.mentionStartingAt[e + 1]!]!.tokEnd;
  return ctx.tokens[e]?.text === "," ? ctx.mentions[at]!.mention.entityId : null;
}

/** The one person the text knows to be of sex `cls` named in the two sentences before token `at` and in its own. */
function onlyOfSex(ctx: QuoteContext, at: number, cls: "male" | "female", genders: Genders): string | null {
  const here = ctx.tokens[at]!.sentence;
  const ids = new Set<string>();
  for (const m of ctx.mentions) {
    if (m.tokStart >= at || m.quoted) continue;
    const s = ctx.tokens[m.tokStart]!.sentence;
    if (s < here - 2 || mentionType(m) !== "person" || m.mention.kind === "pronoun") continue;
    if (genders.get(m.mention.entityId) === cls) ids.add(m.mention.entityId);
  }
  return ids.size === 1 ? [...ids][0]! : null;
}

const SKIP_VARIATION = skippedSteps("QUOTE_SKIP").has("variation");
const SKIP_POST_LIST = skippedSteps("QUOTE_SKIP").has("postlist");
function variedDescription(ctx: QuoteContext, phrase: GroupPhrase, genders: Genders, said: "male" | "female" | undefined): string | null {
  const t = ctx.tokens;
  if (!/^the$/i.test(t[phrase.start]!.text)) return null;
  // "the <lower-case words> <noun>", and "of <a number>" after it ("the father of two").
  let end = phrase.head + 1;
  if (t[end]?.text === "of" && /^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(t[end + 1]?.text ?? "")) end += 2;
  if (end !== phrase.end || phrase.head - phrase.start > 3 || !t.slice(phrase.start + 1, phrase.head + 1).every((x) => /^\p{Ll}[\p{Ll}-]*$/u.test(x.text))) return null;
  const head = t[phrase.head]!.text;
  // (Only nouns for what a person is, not a part someone else may play in the story: "the captain
  // said" after a passenger's words is the pilot.)
  if (!VARIED_PERSON_NOUNS.has(head)) return null;
  // The sentence right before, in this paragraph or ending the one before, names one person as its subject.
  const here = t[phrase.start]!.sentence;
  let s = here - 1;
  while (s >= 0 && isQuotedOnly(ctx, ctx.tok.sentences[s]!.tokenStart, ctx.tok.sentences[s]!.tokenEnd)) s--;
  if (s < 0 || here - s > 2) return null;
  const sentence = ctx.tok.sentences[s]!;
  // (People after a preposition or as possessors are no rival subjects: "said he had spoken with Moss".)
  const people = new Set(ctx.mentions.filter((m) => t[m.tokStart]!.sentence === s && !m.quoted && m.mention.kind !== "pronoun" && mentionType(m) === "person" && !m.prepositionObject && !m.possessive).map((m) => m.mention.entityId));
  if (people.size !== 1) return null;
  const id = [...people][0]!;
  // (Opening the sentence, or after a clause put first and right before its verb: "When the curtain
  // came down ..., Sir Desmond Achterberg stood in the wings".)
  const subject = ctx.mentions.find((m) => m.mention.entityId === id && t[m.tokStart]!.sentence === s && !m.prepositionObject && !m.possessive && !m.modifier && (titleStart(ctx, m.tokStart) <= sentence.tokenStart + 1 || (t[overHonorifics(ctx, titleStart(ctx, m.tokStart)) - 1]?.text === "," && /^\p{Ll}+(?:ed|s)?$/u.test(t[m.tokEnd]?.text ?? "") && !isPreposition(t[m.tokEnd]!.text))));
  if (!subject) return null;
  const g = genders.get(id);
  const nounSex = /^(?:grandmother|mother|widow|wife|daughter|sister|granddaughter|aunt)$/.test(head) ? "female" : /^(?:grandfather|father|widower|husband|son|brother|grandson|uncle)$/.test(head) ? "male" : undefined;
  const sex = nounSex ?? said;
  return sex && g && g !== "unknown" && g !== sex ? null : id;
}
/** Token `b` moved back over honorifics before it ("Sir Desmond", "Dr. Anita"). */
function overHonorifics(ctx: QuoteContext, b: number): number {
  while (b > 0 && (honorificGender(ctx.tokens[b - 1]!.text.replace(/\.$/, "")) !== undefined || /^(?:Sir|Dame|Dr|Prof|Rev|Lord|Lady|\.)$/.test(ctx.tokens[b - 1]!.text))) b--;
  return b;
}

const SKIP_TURNS = skippedSteps("QUOTE_SKIP").has("turns");
/**
 * The speaker of the next turn in a question-and-answer exchange: the last two speech quotations are
 * whole paragraphs by two people, the earlier one a question; a question goes to the one who asked, an
 * answer to the one who answered.
 */
function dialogueTurn(ctx: QuoteContext, earlier: Quote[], content: string, paragraph: number): string | null {
  // (The last two speech quotations, read from the end: this runs for every paragraph-long quotation.)
  let a: Quote | undefined, b: Quote | undefined;
  for (let i = earlier.length - 1; i >= 0 && !b; i--) if (earlier[i]!.kind === "speech") { if (!a) a = earlier[i]; else b = earlier[i]; }
  if (!a || !b || !a.speakerEntityId || !b.speakerEntityId || a.speakerEntityId === b.speakerEntityId) return null;
  // (Each turn its own paragraph, opening it: the two before are the two paragraphs before this one.)
  const para = (x: Quote) => ctx.tokens[tokenAt(ctx.tokens, x.start)]!.paragraph;
  const opens = (x: Quote) => ctx.tok.paragraphs[para(x)]!.start === x.start || /^\s*$/.test(ctx.text.slice(ctx.tok.paragraphs[para(x)]!.start, x.start));
  if (para(a) !== paragraph - 1 || para(b) !== paragraph - 2 || !opens(a) || !opens(b)) return null;
  const question = (x: string) => /\?\s*["”’']?\s*$/.test(x);
  // (One of the two asked, the other answered: the asker asks again, the other answers again.)
  if (question(a.text) === question(b.text)) return null;
  const asker = question(a.text) ? a.speakerEntityId : b.speakerEntityId;
  const answerer = question(a.text) ? b.speakerEntityId : a.speakerEntityId;
  return question(content) ? asker : answerer;
}

/** The unnamed group the last speech quotation went to, within two sentences, when its head is the phrase's and no one is named since. */
function sameUnnamedGroup(ctx: QuoteContext, earlier: Quote[], phrase: GroupPhrase): GroupSpeaker | null {
  let q: Quote | undefined;
  for (let i = earlier.length - 1; i >= 0 && !q; i--) if (earlier[i]!.kind === "speech") q = earlier[i];
  // (Only a bare "the <head>": "the Labour leader" after "the Fine Gael leader" is another.)
  if (!q || q.speakerEntityId || !q.speakerGroup || ctx.tokens[phrase.start]!.text.toLowerCase() !== "the" || phrase.head !== phrase.start + 1 || phrase.end !== phrase.head + 1) return null;
  const head = ctx.tokens[phrase.head]!.text.toLowerCase();
  if (ctx.text.slice(q.speakerGroup.head.start, q.speakerGroup.head.end).toLowerCase() !== head) return null;
  const from = tokenAt(ctx.tokens, q.speakerGroup.start);
  if (!ctx.tokens[from] || ctx.tokens[phrase.start]!.sentence - ctx.tokens[from]!.sentence > 2) return null;
  const named = ctx.mentions.some((m) => !m.quoted && m.mention.kind !== "pronoun" && m.mention.start >= q.speakerGroup!.end && m.tokStart < phrase.start && ctx.entities.get(m.mention.entityId)?.type === "person");
  return named ? null : q.speakerGroup;
}
const SKIP_SAME_GROUP = skippedSteps("QUOTE_SKIP").has("samegroup");

/** Whether `pos` lies inside a quotation opened (by a single quotation mark) within the text from `from`. */
function insideNestedQuote(text: string, from: number, pos: number): boolean {
  let open = false;
  const span = text.slice(from, pos);
  for (let i = 0; i < span.length; i++) {
    const c = span[i]!, prev = i === 0 ? " " : span[i - 1]!, next = span[i + 1] ?? " ";
    if ((c === "‘" || (c === "'" && /[\s(“"—–-]/.test(prev))) && !open) open = true;
    else if ((c === "’" || c === "'") && open && /[\s,.;:!?)”"—–-]/.test(next) && !/\p{L}/u.test(next)) open = false;
  }
  return open;
}
const SKIP_NESTED_NAME = skippedSteps("QUOTE_SKIP").has("nestedname");

/** "the Spanish MEP", "The Portuguese defender": the nationality adjective a description of one word after it opens with. */
function memberNationality(ctx: QuoteContext, phrase: { start: number; head: number }): string | null {
  const w = ctx.tokens[phrase.start + 1]?.text ?? "";
  return phrase.head === phrase.start + 2 && /^\p{Lu}\p{Ll}/u.test(w) && isNationalityAdjective(w) ? w : null;
}

/**
 * The sex of the pronouns in a clause put before a speaker's description in its sentence: "Asked what
 * she would do if it passed, the Spanish MEP said" (only one sex's pronouns, and the clause ends in a
 * comma right before the description).
 */
function frontedClauseSex(ctx: QuoteContext, subject: number): "male" | "female" | undefined {
  if (ctx.tokens[subject - 1]?.text !== ",") return undefined;
  const sentence = ctx.tok.sentences[ctx.tokens[subject]!.sentence]!;
  let male = false, female = false;
  for (let t = sentence.tokenStart; t < subject - 1; t++) {
    if (ctx.quotationAt[t]! >= 0) return undefined;
    const w = ctx.tokens[t]!.text.toLowerCase();
    if (w === "he" || w === "him" || w === "his" || w === "himself") male = true;
    else if (w === "she" || w === "her" || w === "hers" || w === "herself") female = true;
  }
  return male === female ? undefined : male ? "male" : "female";
}

/** The sex of a "he" or "she" opening the clause the cue's verb reports: "added that she remained". */
function cueClauseSex(ctx: QuoteContext, verb: number): "male" | "female" | undefined {
  let t = verb + 1;
  if (/^that$/i.test(ctx.tokens[t]?.text ?? "")) t++;
  const w = ctx.tokens[t]?.text.toLowerCase();
  return w === "he" ? "male" : w === "she" ? "female" : undefined;
}

function speakerOf(ctx: QuoteContext, att: Attribution, genders: Genders, earlier: Quote[], quoted?: { contentStart: number; contentEnd: number }): Speaker {
  const s = att.subject;
  if (s.kind === "mention") return fromMention(ctx, s.info);
  if (s.kind === "group") {
    const group = groupSpeaker(ctx, s.phrase);
    const mention = { start: group.start, end: group.end };
    // `"I have a mandate," the former prime minister added`, right after a quote by Boris Johnson: a
    // definite role description goes on with the person who was just speaking.
    // The person the text last introduced by that title comes first: 'Senator Chris Murphy criticised
    // the speech. "...," the Connecticut senator said.'
    // "An Egyptian official briefed on the talks said ... '...,' the official said": the same head as
    // the unnamed group just quoted goes on with that group, not with a person the text titled so
    // before it (Hamas's "senior official Mahmoud Abu Zeid"; `QUOTE_SKIP=samegroup`).
    const same = SKIP_SAME_GROUP ? null : sameUnnamedGroup(ctx, earlier, s.phrase);
    if (same) return { entityId: null, mention, group: same };
    const role = isRoleDescription(ctx, s.phrase);
    // Going on with the last speaker only for a description of who they are ("the former prime
    // minister", "the 45-year-old"), not for a part in the story that someone else may play: "the
    // judge said" after the defence lawyer's quote is the judge.
    const last = role && continuesSpeaker(ctx, s.phrase) ? lastPersonSpeaker(ctx, earlier, s.phrase.start) : null;
    // (Any other noun the text gave one person as a title or an apposition names that person: "Dr
    // Wanjiru Kamau, a microbiologist at KEMRI, ... '...,' the microbiologist said"; `QUOTE_SKIP=anyrole`.)
    const anyRole = s.phrase.end === s.phrase.head + 1 && s.phrase.head === s.phrase.start + 1 && /^the$/i.test(ctx.tokens[s.phrase.start]!.text) && (isSpecialistNoun(ctx.tokens[s.phrase.head]!.text) || (!SKIP_VARIATION && VARIED_PERSON_NOUNS.has(ctx.tokens[s.phrase.head]!.text)));
    // "The 38-year-old told reporters she was working on a novel. '...,' the author said": a person's
    // noun right after a sentence about a person the text described, who is that person, before the
    // last speaker (`QUOTE_SKIP=describedbefore`).
    const describedBefore = () => {
      if (SKIP_DESCRIBED_BEFORE || s.phrase.head !== s.phrase.start + 1 || s.phrase.end !== s.phrase.head + 1 || !/^the$/i.test(ctx.tokens[s.phrase.start]!.text)) return null;
      const head = ctx.tokens[s.phrase.head]!.text.toLowerCase();
      if (!isPersonRole(head) && !isSpecialistNoun(head)) return null;
      const before = roleSubjectBefore(ctx, s.phrase.start);
      return before && before.start !== s.phrase.start ? titledPerson(ctx, before) : null;
    };
    // (A coach, a manager, an agent the text gave one person as a title or an apposition: "Kyle's former
    // football coach, Ricky Lawson, ... the coach said"; `QUOTE_SKIP=apposedrole`.)
    const apposedRole = !SKIP_APPOSED_ROLE && s.phrase.end === s.phrase.head + 1 && s.phrase.head === s.phrase.start + 1 && /^the$/i.test(ctx.tokens[s.phrase.start]!.text) && APPOSED_ROLE_NOUNS.has(ctx.tokens[s.phrase.head]!.text.toLowerCase());
    const previous = role ? (titledPerson(ctx, s.phrase) ?? describedBefore() ?? (last && !otherTitle(ctx, last, s.phrase) ? last : null)) : isNamedRoleDescription(ctx, s.phrase) ? titledPerson(ctx, s.phrase) : (partyMember(ctx, s.phrase) ?? (anyRole ? (titledPerson(ctx, s.phrase) ?? describedBefore()) : apposedRole ? titledPerson(ctx, s.phrase) : null));
    // (Not one of the other sex than the cue's own clause says: "The founder added that she remained
    // 'fully committed'" is not the male founder named earlier; `QUOTE_SKIP=cuesex`.)
    const said = SKIP_CUE_SEX ? undefined : cueClauseSex(ctx, att.verb);
    const known = previous ? genders.get(previous) : undefined;
    if (previous && !(said && known && known !== "unknown" && known !== said)) return { entityId: previous, mention };
    // "A spokesman for Hartwell Homes said ... '...,' the spokesman said": the body that spokesman
    // speaks for, as before (`spokesagain`).
    const body = SKIP_SPOKES_AGAIN ? null : earlierSpokesBody(ctx, s.phrase);
    if (body) return { entityId: body, mention };
    // "The PCO, which released a short statement. '...,' the statement read": the statement's author
    // (`author`).
    const author = SKIP_AUTHOR ? null : documentAuthor(ctx, s.phrase);
    if (author) return { entityId: author, mention };
    // "the Dutchman said", "the seven-time champion said" (described.ts).
    const nationality = describedNationality(ctx, s.phrase);
    const standing = !nationality && isStandingDescription(ctx, s.phrase);
    // ("the Spanish MEP said": a member described by nationality is someone the text gave it, or no
    // one it gave another; `QUOTE_SKIP=membernationality`.)
    // (Also any one person's noun after a nationality: "The Norwegian diplomat told the council";
    // `QUOTE_SKIP=rolenationality`.)
    const headWord = ctx.tokens[s.phrase.head]!.text.toLowerCase();
    // (A player's description has its own rule below, which weighs positions and teams.)
    const nationalRole = !nationality && !standing && !SKIP_ROLE_NATIONALITY && !PLAYER_HEADS.has(headWord) && /^the$/i.test(ctx.tokens[s.phrase.start]!.text) && (isPersonRole(headWord) || ONE_PERSON_NOUNS.has(headWord) || isSpecialistNoun(headWord));
    const memberOf = (standing && !SKIP_MEMBER_NATIONALITY) || nationalRole ? memberNationality(ctx, s.phrase) : null;
    const described = nationality || standing || memberOf ? describedPerson(ctx, s.phrase, nationality ?? memberOf, knownNationalities(ctx, earlier)) : null;
    // (Nor one of the other sex than a clause put before the description says: "Asked what she would
    // do if it passed, the Spanish MEP said"; `QUOTE_SKIP=frontedsex`.)
    const fronted = SKIP_FRONTED_SEX ? undefined : frontedClauseSex(ctx, s.phrase.start);
    const describedSex = described ? genders.get(described) : undefined;
    if (described && !(fronted && describedSex && describedSex !== "unknown" && describedSex !== fronted)) return { entityId: described, mention };
    // "the Swedish striker said", "said the Liverpool captain": a player the text never titled so is,
    // as for "the Dutchman", the one person the sentences just before are about (`players`).
    const player = SKIP_PLAYERS ? undefined : playerDescription(ctx, s.phrase);
    const playing = player === undefined ? null : describedPerson(ctx, s.phrase, player, knownNationalities(ctx, earlier), PLAYER_HEADS);
    if (playing && teamNamedWith(ctx, s.phrase, playing)) return { entityId: playing, mention };
    // "A row has broken out after a shadow minister accused the government of 'fiddling the figures'.
    // Shadow planning minister Oliver Pennington said ...": a role in the opening paragraph that the
    // next sentences give a name, with that role's word in its title (`QUOTE_SKIP=namedafter`).
    const named = SKIP_NAMED_AFTER ? null : namedAfter(ctx, s.phrase);
    if (named) return { entityId: named, mention };
    // "Stefan Wolf, a 41-year-old assembly line worker, said he had worked there 19 years. '...,' the
    // father of two said": a definite description of one person right after a sentence about a person
    // named as its subject is that person, as news varies its words for someone just named
    // (`QUOTE_SKIP=variation`).
    const varied = SKIP_VARIATION ? null : variedDescription(ctx, s.phrase, genders, said);
    if (varied) return { entityId: varied, mention };
    return { entityId: null, mention, group };
  }
  if (s.kind === "description") {
    const first = ctx.tokens[s.start]!;
    const span = { start: first.start, end: ctx.tokens[s.head]!.end };
    const antecedent = resolveDescription(ctx, s.type, s.start, ctx.tokens[s.head]!.text.toLowerCase());
    if (antecedent) return { entityId: antecedent.mention.entityId, mention: span };
    // ("a claim the Treasurer dismissed as 'nonsense'": a title the text gave one person before, as
    // for a group's role below; `QUOTE_SKIP=titleddescription`.)
    const headWord = ctx.tokens[s.head]!.text.toLowerCase();
    if (!SKIP_TITLED_DESCRIPTION && s.head === s.start + 1 && (isPersonRole(headWord) || isTitleWord(headWord))) {
      const titled = titledPerson(ctx, { start: s.start, end: s.head + 1, head: s.head });
      if (titled) return { entityId: titled, mention: span };
    }
    // "the team said" with no team named before: the description is the speaker, as a group.
    const group = groupSpeaker(ctx, { start: s.start, end: s.head + 1, head: s.head });
    return { entityId: null, mention: span, group };
  }
  if (s.kind !== "pronoun") return NO_SPEAKER;
  const token = ctx.tokens[s.token]!;
  const span = { start: token.start, end: token.end };
  const cls = pronounClass(token.text);
  if (!cls) return { entityId: null, mention: span };
  const reference = att.sameSentenceAllowed ? s.token : att.referenceToken;
  // One pronoun is one person: the quotation on either side of '"...," she says. "..."' has the speaker
  // the first one found for it.
  const before = cls === "male" || cls === "female" ? earlier.find((e) => e.speakerMention?.start === span.start && e.speakerEntityId !== null) : undefined;
  if (before && !SKIP_NAMED_INSIDE) return { entityId: before.speakerEntityId, mention: span };
  if (cls === "plural") {
    // "they added": the group that spoke or acted last, never a single person.
    const group = resolveGroupPronoun(ctx, reference, att.sameSentenceAllowed, earlier);
    return { entityId: null, mention: span, group };
  }
  // "'...,' the Ferrari team principal said. '...,' he added": "he" goes on with the role the text
  // never named, not with a person named before it.
  // (Not a reply: '"Did you mislead voters?" the reporter asked. "No," she replied' is the one asked.)
  const reply = /^(?:reply|respond|answer|counter|retort)$/.test(speechLemma(ctx.tokens[att.verb]?.text ?? "") ?? "");
  if ((cls === "male" || cls === "female") && !SKIP_ROLE_CHAIN && !reply && continuesUnnamedRole(ctx, earlier, s.token)) return { entityId: null, mention: span };
  // "'...,' the Briton said. '...' He also praised ...": "he" goes on with the person a description
  // in the sentence before was found to be (`QUOTE_SKIP=describedchain`).
  const describedBefore = (cls === "male" || cls === "female") && !SKIP_DESCRIBED_CHAIN && !reply ? continuesDescribed(ctx, earlier, s.token) : null;
  if (describedBefore && [undefined, "unknown", cls].includes(genders.get(describedBefore))) return { entityId: describedBefore, mention: span };
  // "The council leader was unmoved. '...,' she said": the sentence before is about a role, so "she" is
  // whoever the text gave that role ("Priya Raman, the leader of Shropshire Council"), or no one it can
  // name; not the person quoted before it (`QUOTE_SKIP=rolebefore`).
  if ((cls === "male" || cls === "female") && !SKIP_ROLE_BEFORE) {
    const role = roleSubjectBefore(ctx, s.token);
    if (role) {
      // (An age the text never gave, "the 46-year-old", is the person the sentences before are about.)
      const nationality = describedNationality(ctx, role);
      const byNationality = !isPersonRole(ctx.tokens[role.head]!.text.toLowerCase()) && !/-year-old$/.test(ctx.tokens[role.head]!.text);
      // (A role qualified by a nationality the text never titled anyone with, "The Portuguese defender
      // had been booked", is the one person given that nationality, or the subject before; `rolenationality`.)
      const roleNationality = SKIP_ROLE_NATIONALITY ? null : memberNationality(ctx, role);
      // (The role's own apposition names it: "the minister of infrastructure, Carlos Mejia Zelaya,
      // admitted ..."; `QUOTE_SKIP=roleapposed`.)
      const apposed = SKIP_ROLE_APPOSED ? null : appositionAfter(ctx, role);
      if (apposed) {
        const ga = genders.get(apposed);
        return { entityId: !ga || ga === "unknown" || ga === cls ? apposed : null, mention: span };
      }
      const id = nationality || byNationality ? describedPerson(ctx, role, nationality, knownNationalities(ctx, earlier)) : titledPerson(ctx, role) ?? (isStandingDescription(ctx, role) ? describedPerson(ctx, role, null, knownNationalities(ctx, earlier)) : roleNationality ? describedPerson(ctx, role, roleNationality, knownNationalities(ctx, earlier)) : null);
      const g = id ? genders.get(id) : undefined;
      // (An age is given to someone the text named: with no one found for "the 46-year-old engineer",
      // "she" is the one person of that sex the two sentences before it name; `QUOTE_SKIP=agedrole`.)
      const aged = !SKIP_AGED_ROLE && !id && ctx.tokens.slice(role.start, role.head + 1).some((t) => t.text === "year-old") ? onlyOfSex(ctx, role.start, cls, genders) : null;
      return { entityId: aged ?? (id && (!g || g === "unknown" || g === cls) ? id : null), mention: span };
    }
  }
  let antecedent = resolvePronoun(ctx, cls, reference, att.sameSentenceAllowed, genders);
  // A person the quotation itself names is not its "he" or "she": '"Alistair once told me ...," she
  // says' is not Alistair Reid, whom the sentence before was about (`namedinside`). Someone else fits,
  // or no one.
  if (antecedent && quoted && !SKIP_NAMED_INSIDE && (cls === "male" || cls === "female")) {
    const id = antecedent.mention.entityId;
    // (Not a possessive, which may be an eponym: '"Raghavan's law ... is simple," she joked'.)
    // (Nor a name inside words the quotation itself quotes, which others may have said to the speaker:
    // "'...she said, 'Sipho, cows do not have teeth like that,'" he recalled' is Sipho; `nestedname`.)
    const inside = ctx.mentions.some((m) => m.mention.entityId === id && m.mention.kind === "name" && !m.possessive && m.mention.start >= quoted.contentStart && m.mention.end <= quoted.contentEnd && (SKIP_NESTED_NAME || !insideNestedQuote(ctx.text, quoted.contentStart, m.mention.start)));
    if (inside) {
      const had = genders.get(id), weak = genders.weak?.has(id);
      genders.set(id, cls === "male" ? "female" : "male");
      genders.weak?.delete(id);
      antecedent = resolvePronoun(ctx, cls, reference, att.sameSentenceAllowed, genders);
      if (had === undefined) genders.delete(id);
      else genders.set(id, had);
      if (weak) genders.weak?.add(id);
    }
  }
  if (!antecedent) {
    // A chain of sentences about "she" ('"Galway is a small city," she said. ... Asked whether she
    // would run, she smiled. "Not yet," she said.') has no name within reach; it goes on with the
    // last quotation's speaker when that one was given by the same pronoun, a sentence or two before.
    const chained = (cls === "male" || cls === "female") ? pronounChainSpeaker(ctx, earlier, s.token, cls) : null;
    // (Or the unnamed person a sentence just before describes, as a group: "A 52-year-old farmer from
    // Tawila ... said ... '...,' he said".)
    const unnamed = !chained && (cls === "male" || cls === "female") ? unnamedSubjectBefore(ctx, s.token) : null;
    return { entityId: chained, mention: span, ...(unnamed ? { group: groupSpeaker(ctx, unnamed) } : {}) };
  }
  // What a pronoun says about its antecedent helps the next pronoun ("he" makes an unknown entity male).
  if ((cls === "male" || cls === "female") && (genders.get(antecedent.mention.entityId) ?? "unknown") === "unknown") {
    genders.set(antecedent.mention.entityId, cls);
  }
  return { entityId: antecedent.mention.entityId, mention: span };
}

/**
 * For "the spokesman" (after "the", perhaps with the body's word: "the union spokesman", "the
 * Commission spokeswoman"): the organisation or place a spokesperson was last said to speak for within
 * the last few sentences ("a spokesman for X", "an X spokesman"), the same word first ("the spokesman"
 * is not the spokeswoman of another body named in between); with a word, the body it names.
 */
function earlierSpokesBody(ctx: QuoteContext, phrase: GroupPhrase): string | null {
  const tokens = ctx.tokens;
  if (phrase.end !== phrase.head + 1 || tokens[phrase.start]!.text.toLowerCase() !== "the" || phrase.head - phrase.start > 2) return null;
  const head = tokens[phrase.head]!.text.toLowerCase();
  if (!/^spokes(?:man|woman|person)$/.test(head)) return null;
  const here = tokens[phrase.start]!.sentence;
  if (phrase.head === phrase.start + 2) {
    // "the union spokesman", "the Commission spokeswoman": the body of the last spokesperson whose body
    // the word fits ("the RMT union", "... Commission"); else the one body the text names so.
    const word = tokens[phrase.start + 1]!.text, lower = word.toLowerCase();
    const fits = (info: MentionInfo) => mentionType(info) !== "person" && (tokens[info.tokEnd - 1]?.text.toLowerCase() === lower || tokens[info.tokEnd]?.text === lower);
    for (let t = phrase.start - 1; t >= 0 && here - tokens[t]!.sentence <= 6; t--) {
      if (ctx.quotationAt[t]! >= 0 || !/^spokes(?:man|woman|person)$/i.test(tokens[t]!.text)) continue;
      const body = spokesBodyAt(ctx, t);
      if (body && fits(body)) return body.mention.entityId;
    }
    const named = new Set(ctx.mentions.filter((info) => info.tokStart < phrase.start && fits(info)).map((info) => info.mention.entityId));
    return named.size === 1 ? [...named][0]! : null;
  }
  for (const same of [true, false]) {
    for (let t = phrase.start - 1; t >= 0 && here - tokens[t]!.sentence <= 4; t--) {
      // (Not the word inside someone's quotation: "I'm not a spokesman for Ofwat".)
      if (ctx.quotationAt[t]! >= 0) continue;
      const w = tokens[t]!.text.toLowerCase();
      if (same ? w !== head : !/^spokes(?:man|woman|person)$/.test(w)) continue;
      return spokesBodyAt(ctx, t)?.mention.entityId ?? null;
    }
  }
  return null;
}

/** The body a spokesperson at token t speaks for: "a spokesman for X", "a spokesman for X's Y", "an X spokesman". */
function spokesBodyAt(ctx: QuoteContext, t: number): MentionInfo | null {
  const tokens = ctx.tokens;
  let k = t + 1;
  if (/^(?:for|of)$/.test(tokens[k]?.text ?? "")) k++;
  if (tokens[k]?.text.toLowerCase() === "the") k++;
  let m = k > t + 1 ? ctx.mentionStartingAt[k]! : ctx.mentionEndingAt[t - 1]!;
  if (m >= 0 && k > t + 1 && ctx.mentions[m]!.possessive) m = ctx.mentionStartingAt[ctx.mentions[m]!.tokEnd + 1] ?? -1;
  if (m < 0) return null;
  const info = ctx.mentions[m]!;
  return mentionType(info) === "person" ? null : info;
}

/**
 * For "the statement" (or letter, message): who issued it, when the text says so in one of the usual
 * ways about the last such noun before the quotation: "X said in a statement", "X, which released a
 * statement", "In a statement (released through Z), X said", "a statement issued by X". Nobody for a
 * joint statement ("X and Y said in a joint statement", "X, along with Y, said") or when the last
 * mention of the noun is someone else's reply to it ("Meta disputed the Commission's statement").
 */
function documentAuthor(ctx: QuoteContext, phrase: GroupPhrase): string | null {
  const tokens = ctx.tokens;
  if (phrase.end !== phrase.head + 1 || phrase.head !== phrase.start + 1 || tokens[phrase.start]!.text.toLowerCase() !== "the") return null;
  const noun = tokens[phrase.head]!.text.toLowerCase();
  if (!DOCUMENTS.has(noun)) return null;
  const here = tokens[phrase.start]!.sentence;
  let t = phrase.start - 1;
  while (t >= 0 && here - tokens[t]!.sentence <= 3 && (tokens[t]!.text.toLowerCase() !== noun || ctx.quotationAt[t]! >= 0)) t--;
  if (t < 0 || here - tokens[t]!.sentence > 3) return null;
  const sentence = tokens[t]!.sentence;
  if (/\b(?:joint|jointly)\b/i.test(ctx.text.slice(tokens[Math.max(0, t - 2)]!.start, tokens[t]!.end))) return null;
  const person = (m: number) => (m >= 0 && !ctx.mentions[m]!.possessive && !ctx.mentions[m]!.quoted ? ctx.mentions[m]! : null);
  // The subject of "said" right before "in a statement": "Hamas said in a statement that ...".
  let k = t - 1;
  while (k >= 0 && /^(?:a|an|the|short|brief|written|separate|joint|new|its|his|her|their)$/i.test(tokens[k]!.text)) k--;
  if (/^(?:in|via|through)$/i.test(tokens[k]?.text ?? "") && isSpeechVerbAt(ctx, k - 1)) return subjectBefore(ctx, k - 1, sentence);
  // "X, which released a short statement": the body the relative clause is about.
  // ("which also issued a statement": an adverb between.)
  const adverb = /^(?:also|later|earlier|then|separately|itself)$/i.test(tokens[k - 1]?.text ?? "") ? 1 : 0;
  if (/^(?:released|issued|published|sent|posted|put)$/.test(tokens[k]?.text ?? "") && /^(?:which|who)$/i.test(tokens[k - 1 - adverb]?.text ?? "") && tokens[k - 2 - adverb]?.text === ",") return person(ctx.mentionEndingAt[overBracket(ctx, k - 3 - adverb)]!)?.mention.entityId ?? null;
  // "a statement issued by X".
  if (/^(?:issued|released|signed|published)$/.test(tokens[t + 1]?.text ?? "") && tokens[t + 2]?.text === "by") return person(ctx.mentionStartingAt[t + 3 + (tokens[t + 3]?.text.toLowerCase() === "the" ? 1 : 0)]!)?.mention.entityId ?? null;
  // "Mr Choi defended the plan in a statement", "Dr Marcus Whitfield congratulated the team in a
  // statement": the subject of the clause the statement is part of (`QUOTE_SKIP=statementsubject`).
  if (!SKIP_STATEMENT_SUBJECT && /^(?:in|via|through)$/i.test(tokens[k]?.text ?? "")) {
    const subject = clauseSubject(ctx, sentence, k);
    if (subject) return subject;
  }
  // "In a statement (released through Wigan Athletic), Brennan said": the subject of the verb after it.
  if (/^in$/i.test(tokens[k]?.text ?? "")) {
    for (let v = t + 1; v < tokens.length && tokens[v]!.sentence === sentence && v < t + 24; v++) if (isSpeechVerbAt(ctx, v)) return subjectBefore(ctx, v, sentence);
  }
  return null;
}

/**
 * The person or body that opens sentence `sentence` as the subject of a verb before token `limit`:
 * "Mr Choi defended ...", "NASA's associate administrator for science, Dr Marcus Whitfield,
 * congratulated ..." (a name, possibly after a title or a possessor, then a lower-case verb in -ed or
 * -s, or its apposition's closing comma and the verb).
 */
function clauseSubject(ctx: QuoteContext, sentence: number, limit: number): string | null {
  const tokens = ctx.tokens;
  const first = ctx.tok.sentences[sentence]!.tokenStart;
  for (let t = first; t < limit && t < first + 12; t++) {
    if (ctx.quotationAt[t]! >= 0) return null;
    const m = ctx.mentionStartingAt[t]!;
    if (m < 0) continue;
    const info = ctx.mentions[m]!;
    if (info.possessive || info.prepositionObject) { t = info.tokEnd - 1; continue; }
    let v = info.tokEnd;
    // (An apposition's name closes with a comma: "..., Dr Marcus Whitfield, congratulated".)
    const opened = tokens.slice(first, info.tokStart).some((x) => x.text === ",");
    if (tokens[v]?.text === "," && opened) v++;
    const verb = tokens[v]?.text ?? "";
    return v < limit && /^\p{Ll}+(?:ed|s)$/u.test(verb) && !/(?:ss|us)$/.test(verb) ? info.mention.entityId : null;
  }
  return null;
}
const SKIP_STATEMENT_SUBJECT = skippedSteps("QUOTE_SKIP").has("statementsubject");

/** The token before an acronym in brackets that ends at t ("... Office (PCO)"), or t itself. */
function overBracket(ctx: QuoteContext, t: number): number {
  const tokens = ctx.tokens;
  return tokens[t]?.text === ")" && tokens[t - 2]?.text === "(" ? t - 3 : t;
}

/** The person or body right before a speech verb, and only when it stands alone ("X said"), not one of two ("X and Y said", "X, along with Y, said"). */
function subjectBefore(ctx: QuoteContext, verb: number, sentence: number): string | null {
  const tokens = ctx.tokens;
  // ("The band's label, Blue Heron Records, said in a statement": the name an apposition gives, its
  // closing comma before the verb; `QUOTE_SKIP=appositionauthor`.)
  const last = tokens[verb - 1]?.text === "," && !SKIP_APPOSITION_AUTHOR ? verb - 2 : verb - 1;
  let m = ctx.mentionEndingAt[overBracket(ctx, last)]!;
  if (m < 0 && last === verb - 1) return null;
  if (last !== verb - 1) {
    // "X, the Y, said": X, or the name the apposition is ("The band's label, Blue Heron Records,
    // said"); "Amanda Gearing, a senior organiser at the GMB, said" is Gearing.
    let open = last;
    while (open > 0 && tokens[open]!.text !== "," && tokens[open]!.sentence === sentence) open--;
    const named = m >= 0 && ctx.mentions[m]!.tokStart - 1 === open;
    if (!named) {
      const before = ctx.mentionEndingAt[open - 1] ?? -1;
      if (tokens[open]?.text !== "," || before < 0) return null;
      m = before;
    }
  }
  const info = ctx.mentions[m]!;
  // ("The family of Whitney Houston said", "Lawyers for Denzel Washington said": the family, the lawyers.)
  if (info.prepositionObject && !SKIP_APPOSITION_AUTHOR) return null;
  if (info.possessive || info.quoted || tokens[info.tokStart]!.sentence !== sentence) return null;
  const before = ctx.text.slice(tokens[Math.max(0, info.tokStart - 6)]!.start, tokens[info.tokStart]!.start);
  if (/\b(?:and|along with|together with|as well as)\s+(?:\p{L}+\s+){0,3}$/u.test(before)) return null;
  return info.mention.entityId;
}

/** Heads of descriptions that say who someone is rather than which part they play in the story. */
const STATUS_HEADS = new Set(["veteran", "star", "actor", "actress", "singer", "author", "novelist", "billionaire", "businessman", "businesswoman", "politician", "king", "queen", "prince", "princess", "pope"]);

function continuesSpeaker(ctx: QuoteContext, phrase: GroupPhrase): boolean {
  const head = ctx.tokens[phrase.head]!.text.toLowerCase();
  // (An age goes only to the person the text gave that age: see agedPerson.)
  if (STATUS_HEADS.has(head)) return true;
  for (let k = phrase.start; k < phrase.head; k++) if (/^(?:former|ex|late|outgoing|veteran)$/i.test(ctx.tokens[k]!.text)) return true;
  return false;
}

/** Sentences back within which a role description continues the previous speaker. */
const ROLE_CONTINUATION_SENTENCES = 2;

/**
 * The entity of the last speech quotation before token `before` when its speaker is a person named by
 * a mention (not a group), and its own cue lies within the last two sentences.
 */
/** The speaker of the last quotation when a pronoun of class `cls` gave it, within a few sentences of `before`. */
function pronounChainSpeaker(ctx: QuoteContext, earlier: Quote[], before: number, cls: "male" | "female"): string | null {
  let q: Quote | undefined;
  for (let i = earlier.length - 1; i >= 0 && !q; i--) if (earlier[i]!.kind === "speech") q = earlier[i];
  if (!q?.speakerEntityId || !q.speakerMention) return null;
  const said = ctx.tok.text.slice(q.speakerMention.start, q.speakerMention.end);
  if (pronounClass(said) !== cls || ctx.entities.get(q.speakerEntityId)?.type !== "person") return null;
  const at = ctx.tokens[tokenAt(ctx.tokens, q.speakerMention.start)];
  const here = ctx.tokens[before]!;
  // (The same "she" may be the cue of both: '"Not yet," she said. "Ask me in five years."'.)
  if (!at || at.start > here.start || here.sentence - at.sentence > 12) return null;
  // Every sentence between is about the same "she": it says "she" and names no person (not "A
  // commander of the brigade ... told Reuters", someone else the text only describes).
  const subject = cls === "male" ? "he" : "she";
  // (Nor across a sentence about a role the text never named: "The High Representative said she
  // would ... '...,' she said" is not the woman quoted before.)
  for (let s = at.sentence + 1; s <= here.sentence && !SKIP_ROLE_CHAIN; s++) if (roleSubjectAt(ctx, s) >= 0) return null;
  for (let s = at.sentence + 1; s < here.sentence; s++) {
    const sentence = ctx.tok.sentences[s];
    if (!sentence) return null;
    let says = false, quotedOnly = true;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      if (ctx.quotationAt[t]! >= 0) continue;
      if (/^[\p{L}\p{N}]/u.test(ctx.tokens[t]!.text)) quotedOnly = false;
      if (ctx.tokens[t]!.text.toLowerCase() === subject) says = true;
      const m = ctx.mentionStartingAt[t]!;
      if (m >= 0 && ctx.entities.get(ctx.mentions[m]!.mention.entityId)?.type === "person" && ctx.mentions[m]!.mention.kind !== "pronoun") return null;
    }
    if (!says && !quotedOnly) return null;
  }
  return q.speakerEntityId;
}

function lastPersonSpeaker(ctx: QuoteContext, earlier: Quote[], before: number): string | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const q = earlier[i]!;
    if (q.kind !== "speech") continue;
    if (!q.speakerEntityId || !q.speakerMention) return null;
    const entity = ctx.entities.get(q.speakerEntityId);
    if (entity?.type !== "person") return null;
    const at = ctx.tokens[tokenAt(ctx.tokens, q.speakerMention.start)];
    const here = ctx.tokens[before]!;
    if (!at || here.sentence - at.sentence > ROLE_CONTINUATION_SENTENCES || at.start > here.start) return null;
    // Not across another name: "'...,' the 27-year-old said. In the men's race, Ethiopia's Dawit
    // Bekele held off ... '...,' the veteran said" is Bekele, whatever the recogniser typed him.
    for (const m of ctx.mentions) {
      if (m.quoted || m.mention.entityId === q.speakerEntityId || m.mention.kind === "pronoun") continue;
      if (m.mention.start > q.speakerMention.end && m.tokStart < before && !isListedPlace(m.mention.text) && !isKnownOrganization(m.mention.text)) return null;
    }
    return q.speakerEntityId;
  }
  return null;
}

/**
 * The text gave the person other role titles, not the description's head: "Senator Chris Murphy
 * ... the mayor said" is someone else.
 */
function otherTitle(ctx: QuoteContext, entityId: string, phrase: GroupPhrase): boolean {
  const head = ctx.tokens[phrase.head]!.text.toLowerCase();
  let titled = false;
  for (const info of ctx.mentions) {
    if (info.mention.entityId !== entityId) continue;
    for (let t = titleStart(ctx, info.tokStart); t < info.tokStart; t++) {
      const w = ctx.tokens[t]!.text.toLowerCase();
      if (w === head) return false;
      if (isPersonRole(w)) titled = true;
    }
  }
  return titled;
}

/** Titles a role description may stand for: "the judge" for "Mr Justice Harlow". */
const SAME_ROLE: Record<string, string[]> = {
  judge: ["judge", "justice"], prosecutor: ["prosecutor", "prosecuting"], skipper: ["skipper", "captain"], captain: ["captain", "skipper"], academic: ["academic", "professor", "lecturer", "scientist", "researcher", "historian", "economist"], legislator: ["legislator", "lawmaker", "mla", "mp", "mpp"], governor: ["governor", "gov", "gov."],
  senator: ["senator", "sen", "sen."], general: ["general", "gen", "gen."], representative: ["representative", "rep", "rep."],
  // A company's officers by their letters or in words: "the CFO" for "finance chief Tom Reyes" or
  // "chief financial officer Tom Reyes"; "the CEO" for "chief executive Jane Fraser".
  cfo: ["cfo", "financial", "finance"], ceo: ["ceo", "executive"], coo: ["coo", "operating"], cto: ["cto", "technology"],
  // A secretary of state is a minister: "Culture Secretary Helen Marsh ... the minister said".
  minister: ["minister", "secretary"],
  // A football club's manager is its coach and its boss in the same report.
  coach: ["coach", "manager", "boss"], manager: ["manager", "coach", "boss"], boss: ["boss", "manager", "coach", "ceo", "executive"],
  // "the researcher" for "Dr. Aric Prather, an assistant professor of psychiatry".
  researcher: ["researcher", "scientist", "professor", "prof", "prof.", "dr", "dr.", "author", "academic"],
  scientist: ["scientist", "researcher", "professor", "prof", "prof.", "dr", "dr."],
  // "the officer" for "PC Sarah Holt", "Det Insp Laura Bright", "Sergeant Tom Hale".
  // "the medic" for "Dr Wilson Kiprotich", "the surgeon" for "Dr Amara Obi".
  medic: ["medic", "doctor", "dr", "dr.", "physician", "surgeon"], doctor: ["doctor", "dr", "dr.", "physician", "medic"],
  officer: ["officer", "pc", "constable", "sergeant", "sgt", "inspector", "insp", "detective", "det", "dc", "ds", "di", "dci", "superintendent", "supt", "trooper"],
  detective: ["detective", "det", "dc", "ds", "di", "dci"],
};
const roleWords = (head: string) => SAME_ROLE[head] ?? [head];

/** The words of a role description before its head, lower case: "finance" in "the finance minister". */
const PARTY_LETTERS: Record<string, string> = { republican: "R", democrat: "D", independent: "I" };

/**
 * "the Ohio Republican said", "the Democrat said": the one person the text tagged with that party (and
 * state, when the description gives one) in the American manner, "Rep. Jim Jordan, R-Ohio," or
 * "(D-Mass.)", or named after the party ("Ohio Republican Jim Jordan").
 */
function partyMember(ctx: QuoteContext, phrase: GroupPhrase): string | null {
  if (phrase.end !== phrase.head + 1 || ctx.tokens[phrase.start]!.text.toLowerCase() !== "the") return null;
  const head = ctx.tokens[phrase.head]!.text.toLowerCase();
  const letter = PARTY_LETTERS[head];
  if (!letter) return null;
  const state = qualifiers(ctx, phrase).join(" ").toLowerCase().replace(/\./g, "");
  const text = ctx.tok.text;
  const found = new Set<string>();
  for (const info of ctx.mentions) {
    if (info.tokStart >= phrase.start || ctx.entities.get(info.mention.entityId)?.type !== "person") continue;
    const tag = /^\s*[,(]\s*([RDI])-([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)/.exec(text.slice(info.mention.end, info.mention.end + 24));
    const before = text.slice(Math.max(0, info.mention.start - 40), info.mention.start).toLowerCase();
    // (The state as AP abbreviates it, "Md.", or written out, "Ohio".)
    const tagState = tag ? knownCanonical(tag[2]!).toLowerCase().replace(/\./g, "") : "";
    const tagged = tag && tag[1] === letter && (!state || state === tagState || state.startsWith(tagState.slice(0, 4)));
    const named = new RegExp(`(?:^|\\s)${state ? state + " " : ""}${head}(?:\\s+(?:rep|sen|gov|senator|representative|congressman|congresswoman|governor)\\.?)?\\s+$`).test(before);
    if (tagged || named) found.add(info.mention.entityId);
  }
  return found.size === 1 ? [...found][0]! : null;
}

function qualifiers(ctx: QuoteContext, phrase: GroupPhrase): string[] {
  // ("the minister of state": "state" must be in the title too.)
  const out: string[] = [...(postOfRole(ctx, phrase) ?? [])];
  for (let k = phrase.start; k < phrase.head; k++) {
    const w = ctx.tokens[k]!.text;
    if (!/^(?:the|a|an|his|her|their|its)$/i.test(w) && /^[\p{L}-]+$/u.test(w)) out.push(w);
  }
  return out;
}

const PORTFOLIOS = new Set(["finance", "health", "foreign", "home", "defence", "defense", "education", "justice", "interior", "trade", "energy", "environment", "culture", "transport", "economy", "agriculture", "housing", "labour", "labor", "treasury", "shadow", "deputy", "assistant", "head", "first-team", "youth", "women's"]);
/** The kind of a qualifier that another of the same kind contradicts: a portfolio, or a body's name. */
function qualifierKind(w: string): "portfolio" | "body" | "nation" | null {
  if (PORTFOLIOS.has(w.toLowerCase())) return "portfolio";
  // ("the Russian leader" is not "Ukrainian President Volodymyr Zelensky".)
  if (isNationalityAdjective(w)) return "nation";
  // (A party's adjective is a body too: "the Fine Gael leader" is not "Labour leader Ivana Bacik".)
  if (/^\p{Lu}/u.test(w) && !isListedPlace(w)) return "body";
  return null;
}

/**
 * The title words given with a mention agree with the description's qualifiers: none contradicts one
 * of the same kind ("the finance minister" is not "Anna Jones, the health minister"; "the Real Madrid
 * coach" is not "the Bayern coach"; "the Connecticut senator" may be "Democratic Senator Chris Murphy"),
 * and a holder no longer in office is not the plain title ("the coach" is not "Peter Brown, the former
 * coach").
 */
/**
 * "Chief" before another title word is part of that title, no chief: "the Chief Executive Officer of
 * the Minerals Commission" is no one "the chief said" stands for.
 */
// (Any head before a body's word is part of the body's name: "a Justice Department lawyer" is no justice;
// `QUOTE_SKIP=bodycompound`.)
const compoundAt = (next: string, head: string) => (!SKIP_BODY_COMPOUND && /^(?:Department|Ministry|Committee|Office|Agency|Commission|Council|Union|Association|Institute|Foundation|Service|Board|Party)$/.test(next)) || head === "chief" && /^(?:Executive|Operating|Financial|Technology|Information|Marketing|Medical|Scientific|Economist|Justice|Constable|Inspector|Superintendent|Whip|Secretary|Minister|Rabbi|Prosecutor|Strategist|Commercial|People|Digital|Investment|Risk|Product|Nursing|Fire|Police|Medical)$/i.test(next);
/**
 * Heads an apposition may give: not "secretary" for "the minister" (", its general secretary, Niamh
 * Cullen," is no minister; a secretary of state is written before the name: "Education Secretary X").
 */
const appositionHeads = (heads: string[]) => (heads[0] === "minister" ? heads.filter((h) => h !== "secretary") : heads);
/**
 * The person a lead's description of one person ("a shadow minister", "The chief executive of the
 * Scottish Ambulance Service") is named as in the next two sentences: the first person there whose
 * title before the name or apposition after it has the description's head word. Only in the opening
 * paragraph, where news writes the description first and the name after.
 */
function namedAfter(ctx: QuoteContext, phrase: GroupPhrase): string | null {
  const start = ctx.tokens[phrase.start]!;
  if (start.paragraph !== 0 || !/^(?:a|an|the)$/i.test(start.text)) return null;
  const head = ctx.tokens[phrase.head]!.text.toLowerCase();
  if (!isPersonRole(head) || head === "year-old") return null;
  const heads = roleWords(head);
  for (const info of ctx.mentions) {
    if (info.tokStart <= phrase.head || info.quoted || mentionType(info) !== "person") continue;
    const s = ctx.tokens[info.tokStart]!.sentence;
    if (s > start.sentence + 2) break;
    const title: string[] = [];
    for (let t = titleStart(ctx, info.tokStart); t < info.tokStart; t++) title.push(ctx.tokens[t]!.text);
    if (hasHead(title, heads) || appositionHeads(heads).some((h) => inApposition(ctx, info, h, []))) return info.mention.entityId;
  }
  // (Else the first person the next paragraph names as the subject of a speech verb, when the lead's
  // description is its sentence's subject: "The chief executive of the Scottish Ambulance Service has
  // told MSPs ... \n\nAppearing before the committee, Dr Alasdair Grant said ...".)
  if (ctx.tok.sentences[start.sentence]!.tokenStart !== phrase.start || !/^(?:A|An|The)$/.test(start.text)) return null;
  for (const info of ctx.mentions) {
    if (info.tokStart <= phrase.head || info.quoted) continue;
    const t = ctx.tokens[info.tokStart]!;
    if (t.paragraph === start.paragraph) continue;
    // (In the next paragraph's first sentence.)
    if (t.paragraph > start.paragraph + 1 || t.sentence > ctx.tokens[tokenAt(ctx.tokens, ctx.tok.paragraphs[t.paragraph]!.start)]!.sentence) return null;
    // (Past a body or a place in a clause put first: "Appearing before Holyrood's committee, Dr Grant said".)
    if (mentionType(info) !== "person") continue;
    if (info.prepositionObject || info.possessive || info.modifier) return null;
    return /^(?:,[^,."“”]{0,40},)?\s+(?:has\s+|had\s+)?(?:said|says|told|added|explained|insisted)\b/.test(ctx.text.slice(info.mention.end, info.mention.end + 60)) ? info.mention.entityId : null;
  }
  return null;
}

/** Title words include one of the heads, not as the front of a longer title ("Chief Executive"). */
const hasHead = (title: string[], heads: string[]) => title.some((w, i) => heads.includes(w.toLowerCase()) && !compoundAt(title[i + 1] ?? "", w.toLowerCase()) && (w.toLowerCase() !== "secretary" || heads[0] !== "minister" || CABINET_PORTFOLIOS.has((title[i - 1] ?? "").toLowerCase())));
/** Portfolios of a British-style secretary of state, who is "the minister" too ("Culture Secretary Lisa Nandy"), unlike a press or general secretary. */
const CABINET_PORTFOLIOS = new Set(["culture", "home", "foreign", "health", "defence", "defense", "justice", "education", "business", "transport", "energy", "environment", "treasury", "trade", "work", "pensions", "housing", "science", "northern", "scotland", "scottish", "welsh", "wales", "ireland", "irish", "levelling", "communities", "agriculture", "interior", "state"]);
/** The person a counterpart is set against, in the same sentence before it, holds one of the heads: "Trade Minister Andrew Whitlock and his Indonesian counterpart, Hendra Wijaya". */
function partnerHolds(ctx: QuoteContext, counterpart: MentionInfo, heads: string[], quals: string[]): boolean {
  const sentence = ctx.tokens[counterpart.tokStart]!.sentence;
  return ctx.mentions.some((m) => m.tokStart < counterpart.tokStart && ctx.tokens[m.tokStart]!.sentence === sentence && m.mention.entityId !== counterpart.mention.entityId && mentionType(m) === "person" && (() => {
    const title: string[] = [];
    for (let t = titleStart(ctx, m.tokStart); t < m.tokStart; t++) title.push(ctx.tokens[t]!.text);
    return (hasHead(title, heads) && agrees(title, quals)) || appositionHeads(heads).some((h) => inApposition(ctx, m, h, quals));
  })());
}
/** Words that make a title another post: "deputy minister", "assistant coach", "shadow chancellor". */
const RANKED = new Set(["deputy", "assistant", "vice", "junior", "acting", "shadow", "associate", "interim", "vice-president", "co-chair"]);
function agrees(words: string[], quals: string[]): boolean {
  const lower = words.map((w) => w.toLowerCase()), qlower = quals.map((q) => q.toLowerCase());
  if (lower.some((w) => /^(?:former|ex|late|outgoing)$/.test(w) && !qlower.includes(w))) return false;
  // A shadow, deputy or press title is another post than the one the description names ("Shadow
  // Culture Secretary Martin Tovey" is not "the minister"; `ranks`).
  if (!SKIP_RANKS && lower.some((w) => (RANKED.has(w) || w === "press") && !qlower.includes(w))) return false;
  // A qualifier the title lacks, where the title has one of its own: "the secretary for justice" is not
  // "Secretary for Security Raymond Lau"; "the press secretary" is not "Culture Secretary Helen Strand".
  // (A nationality the title leaves out is another matter: "the Italian coach" may be "Roma coach
  // Claudio Ranieri".)
  if (!SKIP_RANKS && quals.some((q) => !lower.includes(q.toLowerCase()) && /^\p{Ll}/u.test(q) && !isNationalityAdjective(q)) && words.some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !qlower.includes(w.toLowerCase()) && !isPersonRole(w.toLowerCase()) && !/^(?:of|for|the|and|Mr|Mrs|Ms|Dr|Only|Even|Just|Also|Then|Now|But|And|Meanwhile|However|Later|Earlier|When|While|As|Former|Fellow|Veteran|New|Incoming|Acting)$/.test(w) && !isNationalityAdjective(w))) return false;
  for (const q of quals) {
    if (lower.includes(q.toLowerCase())) continue;
    // "the deputy minister" is no minister the text never called deputy.
    if (RANKED.has(q.toLowerCase())) return false;
    const kind = qualifierKind(q);
    // (A capitalised title is no body's name: "the ACT senator" may be "Senator David Pocock"; and
    // "Labour" is a portfolio and a party.)
    const sameKind = (w: string) => qualifierKind(w) === kind || (kind === "body" && /^(?:Labour|Labor)$/.test(w));
    if (kind && words.some((w) => !qlower.includes(w.toLowerCase()) && sameKind(w) && !isTitleWord(w.toLowerCase()) && !isPersonRole(w.toLowerCase()))) return false;
  }
  return true;
}

/** "the 33-year-old said": the one person the text gave that age (", 33," or "(33)") before it. */
/** Whether the text gives anyone's age before the phrase ("Smith, 45,"). */
function agedPerson(ctx: QuoteContext, phrase: GroupPhrase, age: string): string | null {
  const found = new Set<string>();
  for (const info of ctx.mentions) {
    if (info.tokStart >= phrase.start || ctx.entities.get(info.mention.entityId)?.type !== "person") continue;
    if (givenAge(ctx, info) === Number(age)) found.add(info.mention.entityId);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * The person most recently named with the description's head as a title before the name ("Senator
 * Chris Murphy" for "the senator"), within the last ROLE_CONTINUATION_SENTENCES sentences, or given it anywhere
 * before in a title or an apposition; an age goes to the one person given that age.
 */
/**
 * The role description that opens the narrative sentence before token `at`, in its paragraph, as the
 * subject of a verb: "The council leader was unmoved.", "The Den Bosch coach disagreed." Null when that
 * sentence opens otherwise or names anyone before the role's head.
 */
function roleSubjectBefore(ctx: QuoteContext, at: number): GroupPhrase | null {
  const here = ctx.tokens[at]!;
  // (The paragraph before too, when this one opens with the quotation: "The chief executive ... said
  // the group would cut its fleet.\n\n'...,' she said.")
  const para = ctx.tok.paragraphs[here.paragraph]!;
  const opensQuoted = ctx.quotationAt[tokenAt(ctx.tokens, para.start)]! >= 0;
  for (let s = here.sentence - 1; s >= 0 && s >= here.sentence - 3; s--) {
    const sentence = ctx.tok.sentences[s];
    const paragraph = sentence ? ctx.tokens[sentence.tokenStart]!.paragraph : -1;
    if (!sentence || (paragraph !== here.paragraph && !(opensQuoted && paragraph === here.paragraph - 1))) return null;
    let t = sentence.tokenStart;
    while (t < sentence.tokenEnd && !/^[\p{L}\p{N}]/u.test(ctx.tokens[t]!.text)) t++;
    // (A sentence all inside a quotation is the person speaking: look before it.)
    if (ctx.quotationAt[t]! >= 0) continue;
    // (After a clause put first: "Asked what she planned to do next, the 46-year-old laughed.")
    if (/^(?:Asked|Pressed|Questioned|Told|When|After|Speaking)$/.test(ctx.tokens[t]?.text ?? "")) {
      let c = t + 1;
      while (c < sentence.tokenEnd && c < t + 16 && ctx.tokens[c]!.text !== "," && ctx.quotationAt[c]! < 0) c++;
      if (ctx.tokens[c]?.text !== "," || ctx.tokens[c + 1]?.text !== "the") return null;
      t = c + 1;
    } else if (ctx.tokens[t]?.text !== "The") return null;
    // ("The Slovakian, who took charge in October, also questioned ...": a person by nationality; not
    // the adjective of a longer description, "The Dutch finance minister, Joost van der Meulen,".)
    const demonym = ctx.tokens[t + 1];
    // (Also a word shaped like one the lists lack, before ", who": "The Slovakian, who took charge".)
    const shaped = !!demonym && /^\p{Lu}\p{Ll}+(?:ian|ean|an|ese|ish|i|ic)$/u.test(demonym.text) && ctx.tokens[t + 2]?.text === "," && ctx.tokens[t + 3]?.text === "who";
    if (demonym && !SKIP_NATIONALITY_SUBJECT && /^the$/i.test(ctx.tokens[t]!.text) && (nationalityOfNoun(demonym.text) || shaped) && ctx.mentionStartingAt[t + 1]! < 0 && (ctx.tokens[t + 2]?.text === "," || /^(?:was|is|has|had|said|says|added|told|also|then|later|again|\p{Ll}+ed)$/u.test(ctx.tokens[t + 2]?.text ?? ""))) return { start: t, end: t + 2, head: t + 1 };
    for (let k = t + 1; k < sentence.tokenEnd && k <= t + 4; k++) {
      const w = ctx.tokens[k]!.text;
      if (ctx.mentionStartingAt[k]! >= 0 || !/^(?:[\p{L}\p{N}][\p{L}\p{N}-]*|-)$/u.test(w)) return null;
      if (!isPersonRole(w.toLowerCase())) continue;
      // ("The chief executive": the last of the role's words is its head.)
      let h = k;
      while (isPersonRole(ctx.tokens[h + 1]?.text.toLowerCase() ?? "") && ctx.mentionStartingAt[h + 1]! < 0) h++;
      const next = ctx.tokens[h + 1]?.text ?? "";
      // (A verb or a comma after it: "The chief executive, who took over in 2022, said"; not a name in
      // apposition, which says who it is: "The party chairman, Nadia Hussain, tried".)
      // (Also after the post's own words: "The Cabinet Secretary for Transport, Owain Rees, later told".)
      let c = h + 1;
      while (c < sentence.tokenEnd && c <= h + 5 && (/^(?:of|for|the|and)$/.test(ctx.tokens[c]!.text) || /^\p{Lu}/u.test(ctx.tokens[c]!.text))) c++;
      if (ctx.tokens[c]?.text === "," && ctx.mentionStartingAt[c + 1]! >= 0) return null;
      // (Or the post's "of"/"for": "The chief executive of the water board said".)
      if ((/^\p{Ll}+$/u.test(next) && !/^(?:and|or|who|whose|that|in|on|to)$/.test(next)) || next === ",") return { start: t, end: h + 1, head: h };
      return null;
    }
    return null;
  }
  return null;
}

/**
 * Sentences from sentence `from` to sentence `to`, not counting those all inside a quotation: a
 * speaker's own sentences do not take the text further from them ("Iraq's oil minister, X, struck a
 * cautious tone. ... he said: '[two sentences]' The minister added"; `QUOTE_SKIP=quotedsentences`).
 */
function sentencesBetween(ctx: QuoteContext, from: number, to: number): number {
  if (SKIP_QUOTED_SENTENCES || to - from <= ROLE_CONTINUATION_SENTENCES) return to - from;
  // (Counted from the description back, and only as far as the reach: the callers ask whether it is
  // within ROLE_CONTINUATION_SENTENCES.)
  let n = 0;
  for (let x = to; x > from && n <= ROLE_CONTINUATION_SENTENCES; x--) {
    const sentence = ctx.tok.sentences[x]!;
    if (x === to || !isQuotedOnly(ctx, sentence.tokenStart, sentence.tokenEnd)) n++;
  }
  return n;
}

function titledPerson(ctx: QuoteContext, phrase: GroupPhrase): string | null {
  const head = ctx.tokens[phrase.head]!.text.toLowerCase();
  // (The tokenizer writes "33-year-old" as "33", "-", "year-old".)
  const joined = head === "year-old" && ctx.tokens[phrase.head - 1]?.text === "-" ? `${ctx.tokens[phrase.head - 2]?.text ?? ""}-year-old` : head;
  const age = /^(\d{1,3})-year-old$/.exec(joined);
  // (An age the text never gave is a standing description's, below: the one person the sentences just
  // before are about, never one the text gave another age; described.ts.)
  if (age) return agedPerson(ctx, phrase, age[1]!);
  const quals = qualifiers(ctx, phrase);
  // "the Ukrainian leader" is the country's president, premier or chancellor (not "the opposition
  // leader": only with a nationality alone).
  const national = head === "leader" && quals.length === 1 && isNationalityAdjective(quals[0]!);
  const heads = national ? ["leader", "president", "premier", "chancellor", "prime"] : roleWords(head);
  const here = ctx.tokens[phrase.start]!;
  const checked = new Set<string>();
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const info = ctx.mentions[i]!;
    if (info.tokStart >= phrase.start) continue;
    if (sentencesBetween(ctx, ctx.tokens[info.tokStart]!.sentence, here.sentence) > ROLE_CONTINUATION_SENTENCES) break;
    if (checked.has(info.mention.entityId) || ctx.entities.get(info.mention.entityId)?.type !== "person") continue;
    // (Not a name inside a quotation: '"Saskia can say what she likes," the coach said' is not Saskia;
    // `QUOTE_SKIP=titledquoted`.)
    if (info.quoted && !SKIP_TITLED_QUOTED) continue;
    checked.add(info.mention.entityId);
    // The person named in the last sentences, wherever the text gave them the title ("Pennsylvania
    // Governor Josh Shapiro ... Shapiro, for his part, brushed aside questions. '...,' the governor said").
    for (const other of ctx.mentions) {
      if (other.mention.entityId !== info.mention.entityId || other.tokStart >= phrase.start) continue;
      const title: string[] = [];
      for (let t = titleStart(ctx, other.tokStart); t < other.tokStart; t++) title.push(ctx.tokens[t]!.text);
      if (hasHead(title, heads) && agrees(title, quals)) return info.mention.entityId;
      if (appositionHeads(heads).some((h) => inApposition(ctx, other, h, quals))) return info.mention.entityId;
      // "Anwar named Siti Aishah Rahman as the new finance minister", "Defence Minister Khaled Nordin
      // was replaced by Mohamad Hasan": the one given the post by an appointment (`QUOTE_SKIP=appointed`).
      if (!SKIP_APPOINTED && appointedTo(ctx, other, heads, quals)) return info.mention.entityId;
      // "Trade Minister Andrew Whitlock and his Indonesian counterpart, Hendra Wijaya": a counterpart
      // holds the same post (`counterpart`).
      if (!SKIP_COUNTERPART && inApposition(ctx, other, "counterpart", quals) && partnerHolds(ctx, other, heads, quals)) return info.mention.entityId;
    }
  }
  // Further back, the one person the whole text gave that title before ("Gov. Gavin Newsom declared
  // ... [three sentences] ... '...,' the governor said"); two such people leave it open.
  const holders = new Set<string>();
  for (const other of ctx.mentions) {
    if (other.tokStart >= phrase.start || ctx.entities.get(other.mention.entityId)?.type !== "person") continue;
    const title: string[] = [];
    for (let t = titleStart(ctx, other.tokStart); t < other.tokStart; t++) title.push(ctx.tokens[t]!.text);
    if ((hasHead(title, heads) && agrees(title, quals)) || appositionHeads(heads).some((h) => inApposition(ctx, other, h, quals))) holders.add(other.mention.entityId);
  }
  return holders.size === 1 ? [...holders][0]! : null;
}

/** Whether the text gives the mention's person the post by an appointment: "named X as the new finance minister", "T Y was replaced by X". */
function appointedTo(ctx: QuoteContext, info: MentionInfo, heads: string[], quals: string[]): boolean {
  const tokens = ctx.tokens;
  // "X as the new finance minister", "X, a former banker, as finance minister".
  let t = info.tokEnd;
  if (tokens[t]?.text === ",") { while (t < tokens.length && t < info.tokEnd + 12 && tokens[t + 1]?.text !== "," && sameSentence(ctx, t, info.tokStart)) t++; t += 2; }
  if (tokens[t]?.text.toLowerCase() === "as") {
    const seen: string[] = [];
    for (let k = t + 1; k < tokens.length && k <= t + 5 && /^[\p{L}-]+$/u.test(tokens[k]!.text); k++) {
      seen.push(tokens[k]!.text);
      if (heads.includes(tokens[k]!.text.toLowerCase())) return APPOINTING_VERBS.has(tokens[info.tokStart - 1]?.text.toLowerCase() ?? "") && agrees(seen, quals);
    }
  }
  // "Chief Financial Officer Kittisak Chaiyaporn will serve as acting chief executive": one who serves
  // or takes over as the post holds it (`QUOTE_SKIP=serveas`).
  if (!SKIP_SERVE_AS) {
    let k = info.tokEnd;
    while (/^(?:will|would|is|was|has|had|to|now|also|then|have)$/i.test(tokens[k]?.text ?? "")) k++;
    if (/^(?:serve|serves|served|serving|act|acts|acted|take|takes|took|taking|taken|step|steps|stepped)$/i.test(tokens[k]?.text ?? "")) {
      k++;
      if (/^(?:over|in|up)$/i.test(tokens[k]?.text ?? "")) k++;
      if (tokens[k]?.text.toLowerCase() === "as") {
        const seen: string[] = [];
        for (let x = k + 1; x < tokens.length && x <= k + 5 && /^[\p{L}-]+$/u.test(tokens[x]!.text); x++) {
          seen.push(tokens[x]!.text);
          if (heads.includes(tokens[x]!.text.toLowerCase())) return agrees(seen, quals);
        }
      }
    }
  }
  // "Defence Minister Khaled Nordin ... was replaced by Mohamad Hasan".
  if (/^by$/i.test(tokens[info.tokStart - 1]?.text ?? "") && /^(?:replaced|succeeded)$/i.test(tokens[info.tokStart - 2]?.text ?? "")) {
    for (let k = info.tokStart - 3; k >= 0 && sameSentence(ctx, k, info.tokStart); k--) {
      const m = ctx.mentionEndingAt[k] ?? -1;
      if (m < 0 || ctx.entities.get(ctx.mentions[m]!.mention.entityId)?.type !== "person") continue;
      const other = ctx.mentions[m]!;
      const title: string[] = [];
      for (let x = titleStart(ctx, other.tokStart); x < other.tokStart; x++) title.push(tokens[x]!.text);
      return hasHead(title, heads) && agrees(title, quals);
    }
  }
  return false;
}

/**
 * The role is given to the person in an apposition, after the name ("Garnett Johnson, the mayor of
 * Augusta,") or before it ("The mayor of Augusta, Garnett Johnson,"): the head word within the few
 * words between the name and a comma, with no other name between.
 */
function inApposition(ctx: QuoteContext, info: MentionInfo, head: string, quals: string[] = []): boolean {
  const tokens = ctx.tokens;
  const end = info.tokEnd;
  if (tokens[end]?.text === ",") {
    const seen: string[] = [];
    for (let t = end + 1; t < tokens.length && t <= end + 7; t++) {
      const w = tokens[t]!.text;
      // (The title itself may be a mention of the same person: "Phil Woolas, the Minister of State".)
      // (A possessor inside the apposition is no other person in it: "Ingrid Solberg, Halvorsen
      // Maritime's chief executive,", whatever the recogniser typed the company.)
      if (/^[,.;:]$/.test(w) || (ctx.mentionStartingAt[t]! >= 0 && mentionIsPerson(ctx, t) && !ctx.mentions[ctx.mentionStartingAt[t]!]!.possessive && ctx.mentions[ctx.mentionStartingAt[t]!]!.mention.entityId !== info.mention.entityId)) break;
      seen.push(w);
      // (Not the subject of a clause after the name: "Asked about Okafor, the coach said".)
      if (w.toLowerCase() === head && !compoundAt(tokens[t + 1]?.text ?? "", head)) return !speechLemma(tokens[t + 1]?.text ?? "") && agrees(seen, quals);
    }
  }
  // (An honorific may stand between the comma and the name: "the Deputy Minister of Lands, Mr Yusif Sulemana".)
  let before = info.tokStart - 1;
  if (tokens[before]?.text === "." && honorificGender(tokens[before - 1]?.text ?? "")) before--;
  // (Or a title: "The council's cabinet member for communities, Councillor Aisha Rahman".)
  if (honorificGender(tokens[before]?.text ?? "") || (/^\p{Lu}/u.test(tokens[before]?.text ?? "") && isTitleWord(tokens[before]!.text.toLowerCase()))) {
    before--;
    // (And a rank's other capitalised words: "Its spokesperson, Brigadier General Maria Fajardo,";
    // `QUOTE_SKIP=rankwords`.)
    for (let n = 0; n < 2 && !SKIP_RANK_WORDS && /^\p{Lu}\p{Ll}+$/u.test(tokens[before]?.text ?? "") && ctx.mentionStartingAt[before]! < 0 && tokens[before - 1] !== undefined; n++) before--;
  }
  if (tokens[before]?.text === ",") {
    const seen: string[] = [];
    let passedList = false;
    for (let t = before - 1; t >= 0 && t >= before - (passedList ? 12 : 7); t--) {
      const w = tokens[t]!.text;
      // (A portfolio's list of capitalised words goes on over its commas: "Minister of Tourism, Arts
      // and Culture, Abena Osei-Mensah"; `QUOTE_SKIP=portfoliolist`.)
      const list = w === "," && !SKIP_PORTFOLIO_LIST && seen.length > 0 && seen.length <= 4 && seen.every((x) => /^\p{Lu}/u.test(x) || x === "and" || x === "&") && /^\p{Lu}/u.test(tokens[t - 1]?.text ?? "");
      if ((/^[,.;:]$/.test(w) && !list) || !sameSentence(ctx, t, info.tokStart)) break;
      if (list) { passedList = true; continue; }
      seen.push(w);
    }
    // (seen runs backwards: the word after seen[i] is seen[i - 1].)
    if (seen.some((w, i) => w.toLowerCase() === head && !compoundAt(seen[i - 1] ?? "", head))) return agrees(personalRole(seen, head), quals);
  }
  return false;
}

/**
 * A coach or an agent someone's possessive gives a person stays theirs when "former": "Kyle's former
 * football coach, Ricky Lawson, ... the coach said" is Lawson, though "former" rules out a post's
 * holder ("the former prime minister" is not "the prime minister"; `QUOTE_SKIP=apposedrole`).
 */
function personalRole(seen: string[], head: string): string[] {
  if (SKIP_APPOSED_ROLE || !APPOSED_ROLE_NOUNS.has(head) || !seen.some((w) => /^['’]s$/.test(w))) return seen;
  return seen.filter((w) => !/^(?:former|ex)$/i.test(w));
}

function mentionIsPerson(ctx: QuoteContext, t: number): boolean {
  const m = ctx.mentionStartingAt[t]!;
  return m >= 0 && ctx.entities.get(ctx.mentions[m]!.mention.entityId)?.type === "person";
}

function fromMention(ctx: QuoteContext, info: MentionInfo): Speaker {
  const mention = { start: info.mention.start, end: info.mention.end };
  const first = titleStart(ctx, info.tokStart);
  const phrase = first < info.tokStart ? { start: ctx.tokens[first]!.start, end: info.mention.end } : null;
  return { entityId: info.mention.entityId, mention, phrase };
}

export function groupSpeaker(ctx: QuoteContext, phrase: GroupPhrase): GroupSpeaker {
  const start = ctx.tokens[phrase.start]!.start;
  const end = ctx.tokens[phrase.end - 1]!.end;
  const head = ctx.tokens[phrase.head]!;
  return { start, end, text: ctx.text.slice(start, end), head: { start: head.start, end: head.end } };
}
