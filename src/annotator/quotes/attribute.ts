/**
 * Finding the attribution cue of one quotation, in order of reliability:
 * 1. right after it: `"...," he told reporters`, `"...," said Ms Kallas`, `"...", according to X`,
 *    `"..." - Matthew Ingram`;
 * 2. before it in the same sentence: `Ms Kallas said: "..."`, `She added: "..."`,
 *    `X, who ..., said "..."`, `pledged to ... if he "turns his back on peace"`;
 *    for a quotation that opens a paragraph, at the end of the previous one when that ends with ":" or ","
 *    (`Obama tweeted using his @POTUS account:` + block quote);
 * 3. later in the same sentence, as a postposed reporting clause: `Sanctions against Russia’s "banking
 *    ..." were among the measures ..., he said in a post on X`.
 * 4. in the sentence before, when the quotation is a sentence of its own closing its paragraph
 *    (`Heald noted the findings show .... "An air-quality cleanup would improve crop yields."`).
 * A naming verb just before the quotation ("named their robot "Robogee."") marks a name, not speech.
 */
import { isSourceNoun, speechLemma } from "./cues.ts";
import { isPersonRole } from "./phrases.ts";
import { mentionType, tokenAt, type QuoteContext } from "./context.ts";
import { isNamingVerbAt, isSpeechVerbAt, sentenceEnd, sentenceStart, subjectAfter, subjectOf, type Subject } from "./subject.ts";
import { skippedSteps } from "../skip-steps.ts";

export type CuePlace = "after" | "before" | "previous-paragraph" | "previous-sentence" | "postposed" | "dash" | "none";

export interface Attribution {
  place: CuePlace;
  /** The verb token of the cue, when there is one. */
  verb: number;
  /** Cue text as shown to readers ("said", "told reporters", "according to"). */
  cue: string | null;
  subject: Subject;
  /** Pronoun resolution: search for an antecedent before this token ... */
  referenceToken: number;
  /** ... and accept subject-like mentions of that token's own sentence. */
  sameSentenceAllowed: boolean;
  /** The nearest verb before the quotation names something ("named", "dubbed"). */
  naming: boolean;
  /** Token index of the end of the cue clause (for continuation: what follows it is new text). */
  clauseEnd: number;
  /** The cue's clause ends in ":" or "," right before the quotation (`Biden said: "Yes."`). */
  introduced?: boolean;
}

const NONE: Subject = { kind: "none" };
const SKIP_OUTER_VERB = skippedSteps("QUOTE_SKIP").has("outerverb");
/** Speech verbs a thing may have for a subject, saying what it shows: "the money reflected", "the vote suggested". */
const SHOWING_LEMMAS = new Set(["reflect", "suggest", "indicate", "signal", "point", "hint", "confirm"]);
const DASHES = new Set(["-", "—", "–"]);
const STOP = new Set([".", "!", "?", ";", ":"]);
const HEARER_STOP = new Set(["that", "any", "every", "in", "on", "at", "about", "after", "before", "when", "how", "what", "why", "whether", "it", "this", "he", "she", "they", "we", "i", "no", "all", "some"]);

/** The cue's text: the verb, plus the hearer of "told" ("told reporters") and the "to" of "according to". */
function cueText(ctx: QuoteContext, verb: number): string {
  const tokens = ctx.tokens;
  const v = tokens[verb]!;
  const lemma = speechLemma(v.text);
  let end = v.end;
  if (lemma === "accord" && tokens[verb + 1]) end = tokens[verb + 1]!.end;
  else if (lemma === "tell") {
    // The hearer: up to three words before punctuation or the reported clause ("told the press",
    // "told GB News", "told Sky News any process ..." -> "told Sky News").
    for (let k = verb + 1; k < tokens.length && k <= verb + 3; k++) {
      const w = tokens[k]!.text;
      if (!/^[\p{L}\p{N}]/u.test(w) || HEARER_STOP.has(w.toLowerCase())) break;
      end = tokens[k]!.end;
    }
  }
  return ctx.text.slice(v.start, end);
}

function make(ctx: QuoteContext, place: CuePlace, verb: number, subject: Subject, referenceToken: number, sameSentenceAllowed: boolean): Attribution {
  return { place, verb, cue: cueText(ctx, verb), subject, referenceToken, sameSentenceAllowed, naming: false, clauseEnd: sentenceEnd(ctx, verb) };
}

/**
 * The nearest speech verb before the quotation in its sentence, with its subject; a "none" attribution
 * when there is none; null when a naming verb comes first ("named their robot "Robogee."").
 */
function cueBefore(ctx: QuoteContext, quoteStart: number, openTok: number, sentenceFirst: number): Attribution | null {
  const tokens = ctx.tokens;
  // (Inside a question put first, "Asked what Calloway had said to him after the siren, the teenager
  // grinned: '...'", a verb reports the question's words, not the quotation's: the one asked answers.)
  const askedEnd = tokens[sentenceFirst]?.text === "Asked" && !SKIP_ASKED_SUBJECT ? questionEnd(ctx, sentenceFirst + 1, openTok) : -1;
  for (let k = openTok - 1; k >= sentenceFirst; k--) {
    if (ctx.quotationAt[k]! >= 0) continue;
    if (k > sentenceFirst && k < askedEnd) continue;
    // ("welcomed" reports words only as "welcomed X as '...'": in "Denmark welcomed foreign investment
    // but expected the new owner 'to respect ...'" the minister who said it speaks.)
    if (speechLemma(tokens[k]!.text) === "welcome" && !tokens.slice(k + 1, openTok).some((t) => t.text === "as")) continue;
    // A semicolon joins independent clauses: a verb before it reports something else.
    if (tokens[k]!.text === ";") break;
    // (Not a naming phrase set off by commas before the words: "the group's commander, Mohamed Hamdan
    // Dagalo, known as Hemedti, was "ready to study any serious proposal""; `QUOTE_SKIP=namingaside`.)
    if (isNamingVerbAt(ctx, k) && (SKIP_NAMING_ASIDE || !tokens.slice(k + 1, openTok).some((t) => t.text === ","))) return null;
    if (!isSpeechVerbAt(ctx, k)) continue;
    // (Not a participle after a document's noun, which only says how it came out: "said in a video
    // posted on Tuesday that ...", "in a statement released by"; the verb before it reports;
    // `QUOTE_SKIP=reducedrelative`.)
    // (A preposition after it says it is such a participle: "The letter described some wards" reports.)
    if (!SKIP_REDUCED_RELATIVE && /ed$/.test(tokens[k]!.text) && REPORT_NOUNS.has(tokens[k - 1]?.text.toLowerCase() ?? "") && /^(?:on|by|to|in|at|from|via|through|online|last|earlier|this|overnight|late|early)$/i.test(tokens[k + 1]?.text ?? "")) continue;
    // (Any noun's participle so, "said that a figure agreed in Abuja 'must be ...'", where a verb before
    // it in the sentence reports; `QUOTE_SKIP=reducedrelative2`.)
    // (Only a verb of agreeing or making a thing, after a thing's noun: "the officer shouted at the
    // crowd", "the minister added on Tuesday" are a person's main verbs.)
    if (!SKIP_REDUCED_RELATIVE2 && THING_PARTICIPLES.test(tokens[k]!.text) && /^\p{Ll}+$/u.test(tokens[k - 1]?.text ?? "") && !isPersonRole(tokens[k - 1]!.text) && /^(?:a|an|the|this|that|any|every)$/i.test(tokens[k - 2]?.text ?? "") && /^(?:in|on|by|at|last|earlier|overnight|late|early|under|after|with)$/i.test(tokens[k + 1]?.text ?? "")) {
      let earlier = false;
      for (let j = k - 3; j >= sentenceFirst && !earlier; j--) if (ctx.quotationAt[j]! < 0 && isSpeechVerbAt(ctx, j)) earlier = true;
      if (earlier) continue;
    }
    // "a press release quoting the head of its astronomy department, Professor Laurent Mercier: '...'",
    // "quoted Mr X as saying": the one quoted speaks, not the one quoting (`QUOTE_SKIP=quoting`).
    if (!SKIP_QUOTING && /^(?:quoting|quoted|quotes)$/i.test(tokens[k]!.text)) {
      for (let j = k + 1; j < openTok; j++) {
        const m = ctx.mentionStartingAt[j] ?? -1;
        if (m >= 0 && mentionType(ctx.mentions[m]!) === "person" && !ctx.mentions[m]!.possessive) return make(ctx, "before", k, { kind: "mention", info: ctx.mentions[m]! }, k, true);
      }
    }
    let subject = speechLemma(tokens[k]!.text) === "accord" ? subjectAfter(ctx, k) : subjectOf(ctx, k, sentenceFirst);
    // '"It is a bold deal," said Tom Fielding, an analyst at Bell Potter, "and ..."': a verb right after
    // the words before has its subject after it, for the words after too (`QUOTE_SKIP=invertedbetween`).
    if (subject.kind === "none" && !SKIP_INVERTED_BETWEEN && speechLemma(tokens[k]!.text) !== "tell" && (ctx.quotationAt[k - 1]! >= 0 || (/^[,:]$/.test(tokens[k - 1]?.text ?? "") && ctx.quotationAt[k - 2]! >= 0))) subject = subjectAfter(ctx, k);
    // "Asked whether the findings changed the outlook, the 38-year-old researcher was cautious: '...'":
    // the one asked answers, the subject of the clause after the question (`QUOTE_SKIP=askedsubject`).
    if (subject.kind === "none" && k === sentenceFirst && askedEnd >= 0) {
      const c = askedEnd;
      let v = c + 1;
      while (v < openTok && v < c + 8 && !/^(?:was|is|were|are|had|has|replied|answered|responded|smiled|paused|laughed|shrugged|said|told|added)$/.test(tokens[v]!.text)) v++;
      if (v >= openTok || v >= c + 8) { v = c + 2; while (v < openTok && v < c + 8 && !/^\p{Ll}+ed$/u.test(tokens[v]!.text)) v++; }
      if (tokens[c]?.text === "," && v < openTok && v > c + 1) {
        const main = subjectOf(ctx, v, c + 1);
        if (main.kind === "mention" || main.kind === "pronoun" || main.kind === "group") subject = main;
      }
    }
    // "Lourenço, who holds the chair, opened the session by calling the war '...'": a gerund after "by"
    // shares the subject of the verb phrase before it (`QUOTE_SKIP=bygerund`).
    if ((subject.kind === "none" || subject.kind === "nominal") && !SKIP_BY_GERUND && /ing$/.test(tokens[k]!.text) && tokens[k - 1]?.text === "by") {
      // (Back over the verb phrase's words, names too, to the clause's start: "Mike Lee, a Republican
      // from Utah, opened the hearing in the Dirksen Senate Office Building by calling ...".)
      let v = k - 2;
      while (v > sentenceFirst && /^[\p{L}\p{N}'’-]/u.test(tokens[v - 1]!.text) && ctx.quotationAt[v - 1]! < 0 && tokens[v - 1]!.text !== ",") v--;
      while (v < k - 1 && !/^\p{Ll}+$/u.test(tokens[v]!.text)) v++;
      const main = v < k - 1 ? subjectOf(ctx, v, sentenceFirst) : NONE;
      if (main.kind === "mention" || main.kind === "pronoun") subject = main;
    }
    // A verb with no speaker for a subject inside what a verb before it reports: "Dr Maeve Garrity said
    // the money reflected 'the festival's importance'", "She added that the showing suggested the issue
    // 'is not going away'": the reporting verb's subject speaks (`QUOTE_SKIP=outerverb`).
    // (Not a document's words: "He said the report described it as 'a disaster'".)
    // (Only a verb that says what something shows, not one that reports words: "a move union leaders
    // described as '...'", "One of them, she said, had asked only '...'" are not the outer speaker's.)
    // (Nor a passive, whose subject heard the words: "she had been told by a police officer to '...'";
    // nor a verb inside a parenthetical, "One of them, she said, had asked only '...'".)
    // (Only a verb whose passive subject is the one spoken to: "it would be cited '...'" goes to the outer
    // speaker, "she had been told '...'" does not; `QUOTE_SKIP=passivething`.)
    // (Nor one with its agent after it: "dismissed by the Treasury as '...'" is the Treasury's word.)
    const passive = /^(?:been|was|were|is|are|be|being|got|get)$/i.test(tokens[k - 1]?.text ?? "") && (SKIP_PASSIVE_THING || /^(?:tell|ask|urge|advise|warn|inform|promise|assure|call|describe|accuse|praise|criticise|criticize)$/.test(speechLemma(tokens[k]!.text) ?? "") || tokens.slice(k + 1, Math.min(openTok, k + 5)).some((t) => t.text === "by"));
    if ((subject.kind === "none" || (subject.kind === "nominal" && SHOWING_LEMMAS.has(speechLemma(tokens[k]!.text) ?? ""))) && !passive && !REPORT_NOUNS.has(tokens[k - 1]?.text.toLowerCase() ?? "") && !SKIP_OUTER_VERB) {
      for (let j = k - 1; j >= sentenceFirst; j--) {
        if (ctx.quotationAt[j]! >= 0 || tokens[j]!.text === ";" || isNamingVerbAt(ctx, j)) break;
        if (!isSpeechVerbAt(ctx, j) || speechLemma(tokens[j]!.text) === "accord") continue;
        // (An "-ing" verb shares the clause's subject whatever comes between: '"...," he said, before
        // adding with a smile: "..."'.)
        if (tokens[j + 1]?.text === "," && !/ing$/.test(tokens[k]!.text)) break;
        const outer = subjectOf(ctx, j, sentenceFirst);
        if (outer.kind !== "none") { subject = outer; k = j; }
        break;
      }
    }
    const att = make(ctx, "before", k, subject, k, true);
    // Introduced by ":" or "," right after the cue's clause (`Biden said: "Yes."`): certainly speech.
    att.introduced = /^[^.,;:()"“”]{0,40}[:,]\s*$/.test(ctx.text.slice(tokens[k]!.end, quoteStart));
    return att;
  }
  return { place: "none", verb: -1, cue: null, subject: NONE, referenceToken: openTok, sameSentenceAllowed: false, naming: false, clauseEnd: openTok, introduced: false };
}

/** A speech verb in "-ing" with no words between `floor` and it: ", adding that ...", ", saying ...". */
/** Where a question put first ("Asked whether ...,") ends: its comma, or `limit`, or a quotation's start, searching from `from`. */
function questionEnd(ctx: QuoteContext, from: number, limit: number): number {
  let c = from;
  while (c < limit && ctx.tokens[c]!.text !== "," && ctx.quotationAt[c]! < 0) c++;
  return c;
}

function opensParticipleClause(ctx: QuoteContext, verb: number, floor: number): boolean {
  const word = ctx.tokens[verb]!.text;
  if (!/ing$/i.test(word) || speechLemma(word) === "accord") return false;
  for (let k = floor; k < verb; k++) if (/^[\p{L}\p{N}]/u.test(ctx.tokens[k]!.text)) return false;
  return true;
}

/** Subject of a verb that follows the quotation: normal order, or inverted when nothing precedes it. */
function subjectFollowing(ctx: QuoteContext, verb: number, floor: number): Subject {
  if (speechLemma(ctx.tokens[verb]!.text) === "accord") return subjectAfter(ctx, verb);
  let words = false;
  for (let k = floor; k < verb; k++) if (/^[\p{L}\p{N}]/u.test(ctx.tokens[k]!.text)) words = true;
  // Inverted only when the verb comes first: `"...," said Ms Kallas`; never "told": what follows it
  // is who heard it (`"Lotus", told Reuters`).
  if (!words) return speechLemma(ctx.tokens[verb]!.text) === "tell" ? NONE : subjectAfter(ctx, verb);
  return subjectOf(ctx, verb, floor);
}

/**
 * The comma closing "who ..." after a person named right after a quotation (after title words only:
 * '"...," Executive Vice-President Teresa Ribera, who is responsible for competition policy, told'), or
 * -1 when "who" is not that name's relative clause.
 */
function namedRelativeEnd(ctx: QuoteContext, who: number, floor: number): number {
  const tokens = ctx.tokens;
  if (tokens[who]!.text !== "who" || tokens[who - 1]?.text !== ",") return -1;
  const m = ctx.mentionEndingAt[who - 2] ?? -1;
  const info = m >= 0 ? ctx.mentions[m]! : null;
  if (!info || mentionType(info) !== "person" || info.tokStart < floor || info.tokStart > floor + 4) return -1;
  for (let j = floor; j < info.tokStart; j++) if (!/^(?:\p{Lu}|\.$|-$)/u.test(tokens[j]!.text)) return -1;
  const sentence = tokens[who]!.sentence;
  for (let j = who + 1; j < who + 20 && tokens[j] && tokens[j]!.sentence === sentence && ctx.quotationAt[j]! < 0; j++) if (tokens[j]!.text === ",") return j;
  return -1;
}

const WRITTEN_THINGS = new Set(["note", "sign", "notice", "letter", "message", "text", "email", "e-mail", "inscription", "poster", "banner", "card", "placard", "plaque", "headline", "caption", "label", "leaflet", "memo"]);
/**
 * The last subject of a clause in tokens [start, end]: "he" or "she", or a person's name, opening the
 * sentence or following a comma, with a lower-case word after it ("..., he went further:"); -1 if none.
 */
function clauseSubject(ctx: QuoteContext, start: number, end: number): number {
  const tokens = ctx.tokens;
  // (Not a sentence about a written thing, whose words follow: "she found a note from her landlord
  // pinned to the door:", "a sign on the ward door warned visitors:".)
  for (let k = start; k <= end; k++) if (WRITTEN_THINGS.has(tokens[k]!.text.toLowerCase())) return -1;
  for (let p = end - 1; p >= start; p--) {
    if (p > start && tokens[p - 1]!.text !== ",") continue;
    const m = ctx.mentionStartingAt[p] ?? -1;
    const after = m >= 0 && mentionType(ctx.mentions[m]!) === "person" ? ctx.mentions[m]!.tokEnd : /^(?:he|she)$/i.test(tokens[p]!.text) ? p + 1 : -1;
    if (after > 0 && after < end && /^\p{Ll}+$/u.test(tokens[after]!.text) && !/^(?:who|which|and|or|but)$/.test(tokens[after]!.text)) return p;
  }
  return -1;
}

export function findCue(ctx: QuoteContext, qi: number): Attribution {
  const q = ctx.quotations[qi]!;
  const tokens = ctx.tokens;
  const text = ctx.text;
  const openTok = tokenAt(tokens, q.start);
  let closeTok = tokenAt(tokens, q.end - 1);
  if (closeTok >= tokens.length || tokens[closeTok]!.start >= q.end) closeTok--;
  const quoteSentenceStart = sentenceStart(ctx, openTok);
  const closePara = tokens[closeTok]?.paragraph ?? -1;

  // 0. Introduced right before by a speech verb and a comma or colon: 'and I said, "Are you sure?" He
  //    said yes' is the first speaker's, whatever verb follows (`QUOTE_SKIP=introducedfirst`).
  // (Not when the words end in a comma, which hands them to the verb after: "... say, 'Hey Frank, my
  // name is John,' I say".)
  if (!SKIP_INTRODUCED_FIRST && openTok >= 2 && !/,\s*$/.test(text.slice(q.contentStart, q.contentEnd)) && /^[,:]$/.test(tokens[openTok - 1]!.text) && isSpeechVerbAt(ctx, openTok - 2) && ctx.quotationAt[openTok - 2]! < 0 && !/ing$/.test(tokens[openTok - 2]!.text)) {
    const introduced = cueBefore(ctx, q.start, openTok, quoteSentenceStart);
    if (introduced && introduced.verb === openTok - 2 && introduced.subject.kind !== "none") return introduced;
  }
  // 1. Immediately after.
  const after = closeTok + 1;
  if (q.closed && tokens[after] && tokens[after]!.paragraph === closePara) {
    const first = tokens[after]!;
    if (DASHES.has(first.text) && first.start > tokens[closeTok]!.end) {
      const s = subjectAfter(ctx, after);
      if (s.kind === "mention") {
        return { place: "dash", verb: after, cue: first.text, subject: s, referenceToken: openTok, sameSentenceAllowed: false, naming: false, clauseEnd: sentenceEnd(ctx, after) };
      }
    }
    const content = text.slice(q.contentStart, q.contentEnd);
    const comma = first.text === ",";
    const floor = comma ? after + 1 : after;
    // ", and told the police ..." coordinates a new verb phrase; it is not this quotation's cue.
    const coordinated = /^(?:and|but|or|while|whilst)$/i.test(tokens[floor]?.text ?? "");
    // ', a claim the Treasurer dismissed as ...': a noun in apposition to the words names what they are;
    // the verb after it is someone else's answer to them (`QUOTE_SKIP=claimapposed`).
    const apposed = !SKIP_CLAIM_APPOSED && comma && /^(?:a|an|the)$/i.test(tokens[floor]?.text ?? "") && CLAIM_NOUNS.has(tokens[floor + 1]?.text.toLowerCase() ?? "");
    // (Also after a nested quotation's closing mark: "... 'Harold, are we going to lose the house?'" Mr.
    // Greene said; `QUOTE_SKIP=honorificstop`.)
    if ((/[,?!]\s*$/.test(content) || (!SKIP_HONORIFIC_STOP && /[,?!]['’]\s*$/.test(content)) || comma) && !coordinated && !apposed) {
      // (A name counts as one word: '"...," Ariel Santiago, spokesman for the National Disaster Risk
      // Reduction and Management Council, told a briefing'; `QUOTE_SKIP=namedwindow`.)
      let skipped = 0;
      // (A name and its apposition may be long: '"...," Dr Joseph Kaupa, the department's deputy
      // secretary for public health, told a news conference'; `QUOTE_SKIP=longapposition`.)
      let h = floor;
      while (/^(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame|\.)$/.test(tokens[h]?.text ?? "")) h++;
      const named = (ctx.mentionStartingAt[h] ?? -1) >= 0 && mentionType(ctx.mentions[ctx.mentionStartingAt[h]!]!) === "person" && tokens[ctx.mentions[ctx.mentionStartingAt[h]!]!.tokEnd]?.text === ",";
      if (named && !SKIP_LONG_APPOSITION) skipped += 8;
      for (let k = floor; k < tokens.length && k < floor + 12 + skipped; k++) {
        const w = tokens[k]!;
        // (Not the full stop of an abbreviated honorific: '"...," Mr. Greene said'; `QUOTE_SKIP=honorificstop`.)
        const abbreviation = w.text === "." && !SKIP_HONORIFIC_STOP && /^(?:Mr|Mrs|Ms|Dr|Prof|Rev|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Det|Insp|Supt|St)$/.test(tokens[k - 1]?.text ?? "") && tokens[k + 1]?.start === w.end + 1;
        if (w.paragraph !== closePara || (STOP.has(w.text) && !abbreviation) || ctx.quotationAt[k]! >= 0) break;
        // (A clause of its own after the words is no cue of theirs: '"...", prompting an angry response
        // from Senator Kovacs, who accused the department'; `QUOTE_SKIP=afterclause`.)
        if (!SKIP_AFTER_CLAUSE && ((k === floor && /^\p{Ll}+ing$/u.test(w.text) && !isSpeechVerbAt(ctx, k)) || /^(?:who|which)$/.test(w.text))) {
          // (Not the relative clause of the name right after the words: '"...," Executive Vice-President
          // Teresa Ribera, who is responsible for competition policy, told a press conference';
          // `QUOTE_SKIP=namedrelative`.)
          const rel = SKIP_NAMED_RELATIVE ? -1 : namedRelativeEnd(ctx, k, floor);
          if (rel < 0) break;
          skipped += rel - k + 1;
          k = rel;
          continue;
        }
        const named = SKIP_NAMED_WINDOW ? -1 : ctx.mentionStartingAt[k]!;
        if (named >= 0 && ctx.mentions[named]!.tokEnd - k > 1) { skipped += ctx.mentions[named]!.tokEnd - k - 1; }
        if (!isSpeechVerbAt(ctx, k)) continue;
        // ', adding that the firm ...': a participle clause shares the subject of the clause before the
        // quotation; the name after it is what was said, not who said it.
        if (opensParticipleClause(ctx, k, floor)) break;
        // '"...," Arnaud was quoted as saying': the one quoted speaks, the passive's subject
        // (`QUOTE_SKIP=quotedas`).
        if (!SKIP_QUOTED_AS && speechLemma(w.text) === "quote" && /^(?:was|were|is|been)$/i.test(tokens[k - 1]?.text ?? "") && tokens[k + 1]?.text === "as") {
          for (let j = k - 2; j >= floor; j--) {
            const m = ctx.mentionEndingAt[j] ?? -1;
            if (m >= 0 && mentionType(ctx.mentions[m]!) === "person") return make(ctx, "after", k, { kind: "mention", info: ctx.mentions[m]! }, openTok, false);
          }
        }
        // With no subject on either side (", urged him to ...") the verb continues the writer's sentence.
        const subject = subjectFollowing(ctx, k, floor);
        if (subject.kind === "none") break;
        // A pronoun after the quotation may go back to the subject of the words before it in the same
        // sentence ('Her husband, Tom, was less sure: "We'll see," he said.'), so the search starts at
        // the quotation, not at its sentence.
        const found = make(ctx, "after", k, subject, openTok, false);
        // "the Kremlin said it was "...", according to Tass": the reporting clause before names the
        // speaker, the "according to" after only the source of the report.
        if (speechLemma(w.text) === "accord") {
          const before = cueBefore(ctx, q.start, openTok, quoteSentenceStart);
          if (before && (before.subject.kind === "mention" || before.subject.kind === "pronoun")) return before;
        }
        return found;
      }
    }
  }

  // 2. Before, in the same sentence.
  const before = cueBefore(ctx, q.start, openTok, quoteSentenceStart);
  const naming = before === null;
  if (before && before.place !== "none") return before;
  // ... or a source named by a noun: "the famous quote by Thomas Edison:", "a quote attributed to X —".
  if (!naming) {
    const source = sourceBefore(ctx, openTok, quoteSentenceStart);
    if (source) return source;
  }
  // ... or at the end of the previous paragraph, when this quotation opens its paragraph and that one
  // ends by introducing it.
  if (!naming && quoteSentenceStart === openTok && q.firstParagraph > 0) {
    const para = ctx.tok.paragraphs[q.firstParagraph - 1]!;
    const lastChar = text.slice(para.start, para.end).trimEnd().slice(-1);
    if (lastChar === ":" || lastChar === ",") {
      const end = openTok - 1;
      const start = end >= 0 ? sentenceStart(ctx, end) : 0;
      let unnamed: Attribution | null = null;
      for (let k = end; k >= start; k--) {
        if (ctx.quotationAt[k]! >= 0 || !isSpeechVerbAt(ctx, k)) continue;
        const subject = speechLemma(tokens[k]!.text) === "accord" ? subjectAfter(ctx, k) : subjectOf(ctx, k, start);
        if ((subject.kind !== "none" && subject.kind !== "nominal") || SKIP_COLON_SUBJECT) return make(ctx, "previous-paragraph", k, subject, k, true);
        unnamed ??= make(ctx, "previous-paragraph", k, subject, k, true);
      }
      // (With no speaking verb of a speaker's, the one the introducing sentence is about: "In a statement
      // read to reporters outside his home, he went further:"; `QUOTE_SKIP=colonsubject`.)
      const subject = SKIP_COLON_SUBJECT ? -1 : clauseSubject(ctx, start, end);
      if (subject >= 0) {
        const m = ctx.mentionStartingAt[subject] ?? -1;
        return make(ctx, "previous-paragraph", subject, m >= 0 ? { kind: "mention", info: ctx.mentions[m]! } : { kind: "pronoun", token: subject }, subject, true);
      }
      if (unnamed) return unnamed;
    }
  }

  // ... or after a colon in its own paragraph, with no speaking verb: the one the clause before is about,
  // a person named or "he"/"she" ("He dedicated the win to his home country: '...'"; not a written
  // thing's words; `QUOTE_SKIP=colonsentence`).
  if (!naming && !SKIP_COLON_SENTENCE && tokens[openTok - 1]?.text === ":" && tokens[openTok - 1]!.paragraph === tokens[openTok]!.paragraph) {
    const end = openTok - 1;
    const subject = clauseSubject(ctx, sentenceStart(ctx, end), end);
    if (subject >= 0) {
      const m = ctx.mentionStartingAt[subject] ?? -1;
      return make(ctx, "before", subject, m >= 0 ? { kind: "mention", info: ctx.mentions[m]! } : { kind: "pronoun", token: subject }, subject, true);
    }
  }

  // 3. A postposed reporting clause later in the sentence: ", he said ...", ", said X".
  if (!naming) {
    const end = sentenceEnd(ctx, closeTok);
    for (let k = closeTok + 1; k < end; k++) {
      if (ctx.quotationAt[k]! >= 0 || !isSpeechVerbAt(ctx, k)) continue;
      // The clause must open with a comma: ", he said", ", Kyiv’s allies have said".
      let b = k - 1;
      while (b > closeTok && /^[\p{L}\p{N}'’.-]/u.test(tokens[b]!.text) && b >= k - 8) b--;
      const opener = tokens[b + 1]?.text.toLowerCase() ?? "";
      if (!(tokens[b]!.text === "," || b === closeTok) || /^(?:and|or|but|nor|then|while|whilst)$/.test(opener)) break;
      if (opensParticipleClause(ctx, k, b + 1)) break;
      return make(ctx, "postposed", k, subjectFollowing(ctx, k, b + 1), quoteSentenceStart, false);
    }
  }
  // 3b. '"...." Dr Warsame said the organisation had set up three clinics': a sentence of its own, the
  //     next sentence opening with an honorific, the surname and a speech verb, is that person's
  //     (`QUOTE_SKIP=namednext`).
  if (!naming && q.closed && !SKIP_NAMED_NEXT && tokens[closeTok + 1]?.paragraph === closePara && /[.?!]\s*["”]?\s*$/.test(text.slice(q.contentStart, q.end))) {
    let h = closeTok + 1;
    const honorific = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof)$/.test(tokens[h]?.text ?? "");
    if (honorific) h++;
    if (honorific && tokens[h]?.text === ".") h++;
    const m = ctx.mentionStartingAt[h] ?? -1;
    const info = m >= 0 ? ctx.mentions[m]! : null;
    // (Or a full name, perhaps with a relative clause: '"..." Juan Carlos Mamani, who keeps llamas near
    // Toconao, said'.)
    let v = info ? info.tokEnd : -1;
    if (info && !honorific && info.tokEnd - info.tokStart >= 2 && tokens[v]?.text === "," && /^(?:who|a|an|the)$/.test(tokens[v + 1]?.text ?? "")) {
      v++;
      while (v < info.tokEnd + 16 && tokens[v] && tokens[v]!.text !== "," && tokens[v]!.sentence === tokens[info.tokStart]!.sentence) v++;
      v++;
    }
    if (info && mentionType(info) === "person" && (honorific || info.tokEnd - info.tokStart >= 2) && /^(?:said|says|added)$/.test(tokens[v]?.text ?? "")) return make(ctx, "after", v, { kind: "mention", info }, openTok, false);
  }
  // 4. A quotation that is a sentence of its own, closing its paragraph, right after a sentence that
  //    reports speech: `Heald noted the findings show pollution reduction is also important. "An
  //    air-quality cleanup would improve crop yields."` The reported sentence's speaker goes on in
  //    their own words (the news convention; a quote by someone else is introduced by name).
  if (!naming && q.closed && quoteSentenceStart === openTok && openTok > 0 && tokens[openTok - 1]!.paragraph === tokens[openTok]!.paragraph) {
    const rest = text.slice(q.end, ctx.tok.paragraphs[q.lastParagraph]!.end);
    // (Or followed by a sentence that goes on with the same speaker by a pronoun or a role: 'X spoke
    // through an interpreter. "..." The minister added that ...'; `QUOTE_SKIP=goeson`.)
    if (/^[\s.]*$/.test(rest) || (!SKIP_GOES_ON && GOES_ON.test(rest)) || (!SKIP_GOES_ON_SAID && GOES_ON_SAID.test(rest))) {
      const prevEnd = openTok;
      const prevStart = sentenceStart(ctx, prevEnd - 1);
      // "Asked about delays to the programme, he declined to give a date. '...'": the words answer
      // the question the sentence before put to its subject (`QUOTE_SKIP=askedanswer`).
      if (!SKIP_ASKED_ANSWER && tokens[prevStart]?.text === "Asked") {
        const c = questionEnd(ctx, prevStart + 1, Math.min(prevEnd - 1, prevStart + 20));
        const m = ctx.mentionStartingAt[c + 1] ?? -1;
        if (tokens[c]?.text === "," && /^(?:he|she)$/i.test(tokens[c + 1]?.text ?? "")) return make(ctx, "previous-sentence", prevStart, { kind: "pronoun", token: c + 1 }, prevStart, true);
        if (tokens[c]?.text === "," && m >= 0 && mentionType(ctx.mentions[m]!) === "person") return make(ctx, "previous-sentence", prevStart, { kind: "mention", info: ctx.mentions[m]! }, prevStart, true);
      }
      for (let k = prevStart; k < prevEnd; k++) {
        if (ctx.quotationAt[k]! >= 0 || !isSpeechVerbAt(ctx, k) || speechLemma(tokens[k]!.text) === "accord") continue;
        const subject = subjectOf(ctx, k, prevStart);
        if (subject.kind !== "mention" && subject.kind !== "pronoun" && subject.kind !== "group") break;
        return make(ctx, "previous-sentence", k, subject, k, true);
      }
    }
  }
  // 5. A quotation that is its paragraph(s), right after a paragraph whose last sentence reports speech:
  //    "Mr Nowak's widow, Agnieszka Nowak, said her husband had moved to Leeds in 2009. ¶ "Marek was
  //    the kindest man I ever knew. ..." (`QUOTE_SKIP=paragraphafter`).
  if (!naming && q.closed && !SKIP_PARAGRAPH_AFTER && openTok > 0 && tokens[openTok - 1]!.paragraph === tokens[openTok]!.paragraph - 1) {
    const para = ctx.tok.paragraphs[tokens[openTok]!.paragraph]!;
    const last = ctx.tok.paragraphs[q.lastParagraph]!;
    // (Or the paragraph goes on with the same speaker: '"..." Dr Warsame said the organisation had set up
    // three clinics', '"..." The minister said the government would seek support'; `QUOTE_SKIP=paragraphgoeson`.)
    const rest = text.slice(q.end, last.end);
    const goesOn = !SKIP_PARAGRAPH_GOES_ON && (GOES_ON.test(rest) || GOES_ON_SAID.test(rest));
    if (/^\s*$/.test(text.slice(para.start, q.start)) && (/^[\s.]*$/.test(rest) || goesOn)) {
      const prevEnd = openTok;
      const prevStart = sentenceStart(ctx, prevEnd - 1);
      for (let k = prevStart; k < prevEnd; k++) {
        if (ctx.quotationAt[k]! >= 0) break;
        if (!isSpeechVerbAt(ctx, k) || speechLemma(tokens[k]!.text) === "accord") continue;
        // (Not one who told someone in the story something: "The inquiry chair told her she could take
        // a break" before the witness's own words.)
        if (speechLemma(tokens[k]!.text) === "tell" && (/^(?:her|him|them|me|us)$/i.test(tokens[k + 1]?.text ?? "") || (ctx.mentionStartingAt[k + 1] ?? -1) >= 0)) break;
        // ("Speaking outside court, X said ...": a participle opening the sentence is passed over.)
        if (/ing$/i.test(tokens[k]!.text)) continue;
        const subject = subjectOf(ctx, k, prevStart);
        // (A description the text uses for someone just named is a subject too: "The former emergency
        // doctor said she had seen patients wait"; `QUOTE_SKIP=paragraphgroup`.)
        // (Not a question, which an interview puts to the one described: '... the 58-year-old reflected on
        // his time. ¶ "Do you have any regrets?"'.)
        const question = /\?\s*["”’']?\s*$/.test(text.slice(q.contentStart, q.end));
        if (subject.kind !== "mention" && subject.kind !== "pronoun" && (SKIP_PARAGRAPH_GROUP || subject.kind !== "group" || question)) break;
        return make(ctx, "previous-sentence", k, subject, k, true);
      }
    }
  }
  return { place: "none", verb: -1, cue: null, subject: NONE, referenceToken: openTok, sameSentenceAllowed: false, naming, clauseEnd: closeTok + 1 };
}

const SKIP_PARAGRAPH_AFTER = skippedSteps("QUOTE_SKIP").has("paragraphafter");
const SKIP_CLAIM_APPOSED = skippedSteps("QUOTE_SKIP").has("claimapposed");
const SKIP_GOES_ON = skippedSteps("QUOTE_SKIP").has("goeson");
const SKIP_NAMED_WINDOW = skippedSteps("QUOTE_SKIP").has("namedwindow");
const SKIP_HONORIFIC_STOP = skippedSteps("QUOTE_SKIP").has("honorificstop");
const SKIP_REDUCED_RELATIVE = skippedSteps("QUOTE_SKIP").has("reducedrelative");
/** Nouns of what words come out in, before a participle that says how: "a video posted", "a statement released". */
const REPORT_NOUNS = new Set(["video", "statement", "post", "message", "letter", "note", "interview", "speech", "address", "tweet", "clip", "recording", "broadcast", "report", "release", "filing", "document", "memo", "email", "e-mail"]);
const SKIP_PARAGRAPH_GROUP = skippedSteps("QUOTE_SKIP").has("paragraphgroup");
/** A sentence that goes on with the speaker just quoted, by a pronoun or a role: " She added that", " The minister added that". */
const GOES_ON = /^\s*(?:He|She|The\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:also\s+|later\s+)?(?:added|continued|went on|stressed|insisted|explained)\b/u;
/** ... also by "said" and an age ("The 34-year-old said his family had lost their car"; `QUOTE_SKIP=goesonsaid`). */
const GOES_ON_SAID = /^\s*(?:He|She|The\s+(?:\d{1,3}-year-old|\p{Ll}+(?:\s+\p{Ll}+)?))\s+(?:also\s+|later\s+)?(?:said|says|told)\b/u;
const SKIP_GOES_ON_SAID = skippedSteps("QUOTE_SKIP").has("goesonsaid");
const SKIP_ASKED_ANSWER = skippedSteps("QUOTE_SKIP").has("askedanswer");
const SKIP_ASKED_SUBJECT = skippedSteps("QUOTE_SKIP").has("askedsubject");
const SKIP_INTRODUCED_FIRST = skippedSteps("QUOTE_SKIP").has("introducedfirst");
const SKIP_AFTER_CLAUSE = skippedSteps("QUOTE_SKIP").has("afterclause");
const SKIP_NAMED_RELATIVE = skippedSteps("QUOTE_SKIP").has("namedrelative");
const SKIP_PASSIVE_THING = skippedSteps("QUOTE_SKIP").has("passivething");
const SKIP_INVERTED_BETWEEN = skippedSteps("QUOTE_SKIP").has("invertedbetween");
const SKIP_NAMING_ASIDE = skippedSteps("QUOTE_SKIP").has("namingaside");
const SKIP_BY_GERUND = skippedSteps("QUOTE_SKIP").has("bygerund");
const SKIP_COLON_SUBJECT = skippedSteps("QUOTE_SKIP").has("colonsubject");
const SKIP_COLON_SENTENCE = skippedSteps("QUOTE_SKIP").has("colonsentence");
const SKIP_LONG_APPOSITION = skippedSteps("QUOTE_SKIP").has("longapposition");
const SKIP_REDUCED_RELATIVE2 = skippedSteps("QUOTE_SKIP").has("reducedrelative2");
/** Participles of agreeing on or making a thing, which follow its noun in a reduced relative ("a figure agreed in Abuja"). */
const THING_PARTICIPLES = /^(?:agreed|signed|approved|proposed|passed|reached|struck|published|released|adopted|outlined|unveiled|brokered|negotiated|tabled|drafted|introduced|issued|set|offered|planned|announced|recommended)$/;
const SKIP_QUOTING = skippedSteps("QUOTE_SKIP").has("quoting");
const SKIP_PARAGRAPH_GOES_ON = skippedSteps("QUOTE_SKIP").has("paragraphgoeson");
const SKIP_NAMED_NEXT = skippedSteps("QUOTE_SKIP").has("namednext");
const SKIP_QUOTED_AS = skippedSteps("QUOTE_SKIP").has("quotedas");
/** Nouns that name words as a claim or a charge, in apposition after them. */
const CLAIM_NOUNS = new Set(["claim", "charge", "accusation", "allegation", "suggestion", "assertion", "description", "characterisation", "characterization", "remark", "comment", "view", "criticism", "complaint", "warning", "prediction", "promise", "pledge", "boast", "phrase", "line", "reference", "label", "term"]);

const SOURCE_PREPOSITIONS = new Set(["by", "from", "of", "to"]);

/** "NOUN by|from|of|to MENTION [:|—|,]" right before the quotation. */
function sourceBefore(ctx: QuoteContext, openTok: number, floor: number): Attribution | null {
  const tokens = ctx.tokens;
  let k = openTok - 1;
  while (k >= floor && /^[:—–,-]$/.test(tokens[k]!.text)) k--;
  if (k < floor) return null;
  const m = ctx.mentionEndingAt[k]!;
  if (m < 0) return null;
  const info = ctx.mentions[m]!;
  if (info.quoted) return null;
  let b = info.tokStart - 1;
  while (b >= floor && /^(?:the|a|an)$/i.test(tokens[b]!.text)) b--;
  if (b - 1 < floor || !SOURCE_PREPOSITIONS.has(tokens[b]!.text.toLowerCase()) || !isSourceNoun(tokens[b - 1]!.text)) return null;
  return {
    place: "before",
    verb: b - 1,
    cue: ctx.text.slice(tokens[b - 1]!.start, tokens[b]!.end),
    subject: { kind: "mention", info },
    referenceToken: b - 1,
    sameSentenceAllowed: true,
    naming: false,
    clauseEnd: sentenceEnd(ctx, k),
  };
}
