/** Document-pass steps for organisations' names: run-ons split, joined bodies split, lists inside names, tails carried on, party leaders, title phrases and media short names. */
import { GAZ, MONTHS_AND_DAYS, gazFlags, isCountry, isGroupPlural, isHonorific, isKnownOrganization, isKnownPerson, isListedPlace, isNationalityAdjective, isTitleWord } from "../lexicon.ts";
import { isTitleOrRank } from "../clean.ts";
import { COMPANY_TAILS, COMPANY_WORDS } from "../org-cues.ts";
import type { Word } from "../words.ts";
import { INSTITUTIONS } from "./acronyms.ts";
import { COLLECTIVES, DETERMINERS, INSTITUTION_ENDS, OCCUPATIONS, INSTITUTION_WORDS, NAMED_AFTER_HEADS, ORG, PARTY_ADJECTIVES, PERSON, PLACE, PORTFOLIO_WORDS, SKIP, STOP_WORDS, type TaggedSpan, canAlternate, isCapitalised, keyOf, title } from "./spans.ts";

/** Punctuation or a function word after a name: what may follow a body named with its seat ("the World Conference Center Bonn are held"). */
const FUNCTION_AFTER = /^(?:[,.;:)!?]|are|is|was|were|has|have|had|will|in|on|at|from|to|for|and|with|by|said|says)$/;
/** Step 0e: split spans whose name-like last one or two words stand alone elsewhere in the document. */
export function splitRunOns(words: Word[], spans: TaggedSpan[]): void {
  const alone = new Set<string>();
  const placesAlone = new Set<string>();
  for (const s of spans) if (s.end - s.start <= 2) { alone.add(keyOf(words, s.start, s.end)); if (s.typeIndex === PLACE) placesAlone.add(keyOf(words, s.start, s.end)); }
  const nameLike = (w: string) => {
    // A capitalised word in lower case after its first letter: no acronym ("Air Force ROTC").
    if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(w)) return false;
    const f = gazFlags(w, w.toLowerCase());
    return (f & (GAZ.orgSuffix | GAZ.placeSuffix | GAZ.country | GAZ.city | GAZ.nationality | GAZ.title | GAZ.honorific)) === 0 && ((f & GAZ.dictCommon) === 0 || (f & (GAZ.firstName | GAZ.surname)) !== 0);
  };
  const added: TaggedSpan[] = [];
  for (const s of spans) {
    // A person's surname stands alone all the time ("Mohamed El-Hassan Mohamed" ... "Mohamed").
    if (s.end - s.start < 3 || s.typeIndex === PERSON) continue;
    for (const k of [2, 1]) {
      const cut = s.end - k;
      const headLast = words[cut - 1]!.text;
      // The head is a name too: two words or more, not initials ("T C Phailin").
      if (cut - s.start < 2 || !/^\p{Lu}\p{L}+/u.test(headLast) || !nameLike(words[cut]!.text) || !nameLike(words[s.end - 1]!.text)) continue;
      const tail = keyOf(words, cut, s.end), last = words[s.end - 1]!.text;
      // The evidence must stand apart: the whole tail, or (for a two-word tail) its last word.
      if (!alone.has(tail) && !(k === 2 && alone.has(last))) continue;
      // ... and the tail must not end a longer name the head's last word begins: "University of New
      // Brunswick" beside "New Brunswick" and "Brunswick" (0en).
      const longer = keyOf(words, cut - 1, s.end);
      if (!SKIP.has("0en") && (alone.has(longer) || isListedPlace(longer) || canAlternate(longer))) continue;
      // ... nor be a place after a body's last word: "the World Conference Center Bonn", "the Minerals
      // Council South Africa" name the body with its seat (0ebs).
      // (Only before punctuation or a function word: "Council Tralee traders", "Library Springfield
      // exhibit" are a run-on into the town's own use.)
      if (!SKIP.has("0ebs") && (placesAlone.has(tail) || isListedPlace(tail)) && gazFlags(headLast, headLast.toLowerCase()) & GAZ.orgSuffix && FUNCTION_AFTER.test(words[s.end]?.text ?? ".")) continue;
      added.push({ start: cut, end: s.end, typeIndex: PERSON, confidence: s.confidence, scores: [0, 0, 0] });
      s.end = cut;
      break;
    }
  }
  if (added.length) { spans.push(...added); spans.sort((x, y) => x.start - y.start); }
}

/**
 * Step 0of: "Deputy Commissioner of Belagavi Mohammed Roshan", "Leader of the Opposition in the
 * Assembly R. Ashoka": a title phrase's place or body run on into the holder's name. After "of",
 * "in" or "for", a "person" whose first word is no first name but a later word is one (or initials)
 * is the place or body, then the person.
 */
export function splitTitledRunOns(words: Word[], spans: TaggedSpan[]): void {
  const added: TaggedSpan[] = [];
  const firstName = (w: string) => (gazFlags(w, w.toLowerCase()) & GAZ.firstName) !== 0;
  for (const s of spans) {
    if (s.typeIndex !== PERSON || s.end - s.start < 3 || !/^(?:of|in|for|the)$/.test(words[s.start - 1]?.text ?? "")) continue;
    const front = words[s.start]!.text;
    if (firstName(front) || isHonorific(front.toLowerCase()) || isTitleWord(front.toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(front)) continue;
    // Only where a title stands before the preposition chain: "Commissioner of", "Leader of the Opposition in the".
    let titled = false;
    for (let j = s.start - 1; j >= 0 && j >= s.start - 6 && !titled; j--) titled = /^\p{Lu}/u.test(words[j]!.text) && isTitleWord(words[j]!.text.toLowerCase());
    if (!titled) continue;
    for (let k = s.start + 1; k <= s.end - 2; k++) {
      const w = words[k]!.text;
      if (!(firstName(w) || /^(?:\p{Lu}\.)+$/u.test(w) || (/^\p{Lu}$/u.test(w) && words[k + 1]?.text === "."))) continue;
      const body = keyOf(words, s.start, k);
      const last = words[k - 1]!.text;
      added.push({ start: k, end: s.end, typeIndex: PERSON, confidence: s.confidence, scores: [0, 0, 0] });
      s.end = k;
      s.typeIndex = isKnownOrganization(body) || gazFlags(last, last.toLowerCase()) & GAZ.orgSuffix ? ORG : PLACE;
      break;
    }
  }
  if (added.length) { spans.push(...added); spans.sort((x, y) => x.start - y.start); }
}

/** Titles of one person that stand between a body's or place's name and the holder's (step 0it); not "State", "Foreign" or "Defense", which are bodies' words too. */
const INNER_TITLES = new Set(["Mayor", "Governor", "President", "Minister", "Senator", "Secretary", "Chairman", "Chairwoman", "Chairperson", "Administrator", "Commissioner", "Ambassador", "Premier", "Sheriff", "Councillor", "Spokesman", "Spokeswoman", "Spokesperson", "CEO", "Director", "Superintendent", "Principal",
  // ("United Nations Secretary-General António Guterres"; `0it2`.)
  ...(SKIP.has("0it2") ? [] : ["Secretary-General", "Director-General", "Chair", "Envoy", "Chancellor", "Vice-President", "President-elect"])]);
/** Titles held for a place: "Jackson Mayor", "Texas Governor". */
const PLACE_TITLES = new Set(["mayor", "governor", "gov", "premier", "sheriff", "councillor", "alderman", "senator", "sen"]);
/**
 * Step 0it: "Manila Mayor Honey Lacuna" tagged as one organisation: a span with a capitalised title
 * inside, and two or three plain capitalised words after it (no body's or place's word),
 * is the place or body before the title, then the person; the title is neither.
 */
export function splitInnerTitles(words: Word[], spans: TaggedSpan[]): void {
  const added: TaggedSpan[] = [];
  const plain = (w: string) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w);
  for (const s of spans) {
    if (s.end - s.start < 4) continue;
    for (let k = s.start + 1; k <= s.end - 3; k++) {
      const t = words[k]!.text;
      if (!INNER_TITLES.has(t)) continue;
      const name = words.slice(k + 1, s.end).map((w) => w.text);
      if (name.length > 3 || !name.every(plain) || name.some((w) => isTitleWord(w.toLowerCase()) || gazFlags(w, w.toLowerCase()) & (GAZ.orgSuffix | GAZ.placeSuffix | GAZ.country | GAZ.city)) || isKnownOrganization(name.join(" "))) continue;
      const body = keyOf(words, s.start, k);
      added.push({ start: k + 1, end: s.end, typeIndex: PERSON, confidence: s.confidence, scores: [0, 0, 0] });
      // (A body's words before the title stay its name; titles alone are no name: "Governor General";
      // nor a nationality, "Philippine Vice-President Sara Duterte".)
      if (words.slice(s.start, k).every((w) => isTitleWord(w.text.toLowerCase()) || isNationalityAdjective(w.text))) s.end = s.start;
      else {
        s.end = k;
        // (A mayor's or a governor's is a place's: "Jackson Mayor John Horhn" is the city, not Justice Jackson.)
        s.typeIndex = isListedPlace(body) || PLACE_TITLES.has(t.toLowerCase()) ? PLACE : ORG;
      }
      break;
    }
  }
  // ... and a body's name the tagger ended with the title, the person's name its own span after it:
  // "United Nations Secretary-General" + "António Guterres" (`0it3`).
  for (let k = 0; k + 1 < spans.length && !SKIP.has("0it3"); k++) {
    const s = spans[k]!, next = spans[k + 1]!;
    if (s.typeIndex === PERSON || s.end - s.start < 2 || next.start !== s.end || next.end - next.start < 2 || !INNER_TITLES.has(words[s.end - 1]!.text)) continue;
    let e = s.end - 1;
    while (e > s.start && isTitleWord(words[e - 1]!.text.toLowerCase())) e--;
    if (e === s.start) continue;
    s.end = e;
    next.typeIndex = PERSON;
  }
  for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.end <= spans[k]!.start) spans.splice(k, 1);
  if (added.length) { spans.push(...added); spans.sort((x, y) => x.start - y.start); }
}

/** Last words of names that are bodies' only (step 3oe). */
export const BODY_ENDS = new Set(["Party", "Committee", "Council", "Commission", "Association", "Foundation", "Corporation", "Company", "Agency", "Authority", "Institute", "College", "Group", "Lab", "Laboratory", "Ministry", "Department", "Inspectorate", "Directorate"]);
/** Step 5ij (see consistency.ts). */
export function splitJoinedBodies(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    // (Companies too: "Sequoia Capital and Insight Partners"; 5ij3.)
    const ends = (w: string) => INSTITUTION_ENDS.has(w) || (!SKIP.has("5ij3") && COMPANY_TAILS.has(w));
    if (s.end - s.start < (SKIP.has("5ij3") ? 5 : 4) || !ends(words[s.end - 1]!.text)) continue;
    for (let j = s.start + 2; j < s.end - 1; j++) {
      // ... or the first is "<institution> of <name>": "the University of Otago and Monash University" (5ij2).
      const ofName = !SKIP.has("5ij2") && INSTITUTION_ENDS.has(words[s.start]!.text) && words[s.start + 1]!.text === "of" && j - s.start <= 4 && s.end - j >= 3 && INSTITUTION_ENDS.has(words[s.end - 1]!.text);
      if (words[j]!.text !== "and" || !(ends(words[j - 1]!.text) || ofName) || !/^\p{Lu}/u.test(words[j + 1]!.text) || s.end - j < 3) continue;
      spans.splice(k + 1, 0, { ...s, start: j + 1, end: s.end });
      s.end = j;
      break;
    }
  }
}

/** Words that make "Democrat(s)" part of a party's name: "Liberal Democrat", "Social Democrats". */
const DEMOCRAT_FRONTS = new Set(["Liberal", "Social", "Christian", "Free", "Sweden"]);

/**
 * Step 0pl: a party named by its adjective before a leader's or member's noun and a person's name is
 * the party ("Conservative Leader Pierre Poilievre", "Liberal Democrat leader Ed Davey"; the tagger
 * leaves the adjective out or keeps half of "Liberal Democrat").
 */
export function partyLeaders(words: Word[], spans: TaggedSpan[]): void {
  let added = false;
  // Half of "Liberal Democrat(s)" is the whole ("The Liberal Democrat leader, Sir Ed Davey,").
  for (const t of spans) {
    const next = words[t.end]?.text ?? "";
    if (t.end - t.start === 1 && DEMOCRAT_FRONTS.has(words[t.start]!.text) && /^Democrats?$/.test(next) && !spans.some((x) => x.start === t.end)) {
      t.end++;
      if (next === "Democrat") t.typeIndex = ORG;
    }
  }
  for (let n = 1; n + 1 < words.length; n++) {
    if (!/^(?:[Ll]eader|MP|MPs|candidate|[Cc]hair|spokesman|spokeswoman|spokesperson)$/.test(words[n]!.text)) continue;
    const person = spans.find((t) => t.start === n + 1);
    if (!person || person.typeIndex !== PERSON) continue;
    let i = n - 1;
    if (!PARTY_ADJECTIVES.has(words[i]!.text)) continue;
    if (words[i]!.text === "Democrat" && i > 0 && DEMOCRAT_FRONTS.has(words[i - 1]!.text)) i--;
    const over = spans.filter((t) => t.start < n && t.end > i);
    if (over.some((t) => t.start < i || t.end > n || t.typeIndex === PERSON && t.end - t.start > 1)) continue;
    for (const t of over) spans.splice(spans.indexOf(t), 1);
    spans.push({ start: i, end: n, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0] });
    added = true;
  }
  if (added) spans.sort((x, y) => x.start - y.start);
}

/**
 * Step 0sf: "Social Democratic leader Rūta Kazlauskienė claimed victory" after "the Social Democratic
 * Party": the word that opens a sentence, which the tagger leaves out as a capitalised common word, is
 * the front of the name after it when the text writes those words together inside another name.
 */
export function sentenceFronts(words: Word[], sentStart: number[], spans: TaggedSpan[]): void {
  const opens = new Set(sentStart);
  for (const s of spans) {
    const f = s.start - 1;
    if (f < 0 || !opens.has(f) || !/^\p{Lu}\p{Ll}+$/u.test(words[f]!.text) || spans.some((t) => t.start <= f && t.end > f)) continue;
    const want = [words[f]!.text, ...words.slice(s.start, s.end).map((w) => w.text)];
    const written = spans.find((t) => t !== s && t.end - t.start >= want.length && want.every((w, i) => words[t.start + i]!.text === w));
    if (!written) continue;
    s.start = f;
    // (With the type the text gives the whole name: "Radio New Zealand reported" was "New Zealand", a
    // place, to the tagger; `0sft`.)
    if (!SKIP.has("0sft") && written.end - written.start === want.length) s.typeIndex = written.typeIndex;
  }
}

/** Verbs after a company's name opening a sentence: "Salesforce said", "Zendesk declined to comment". */
const BODY_OPENING_VERBS = new Set(["said", "says", "announced", "announces", "reported", "reports", "confirmed", "confirms", "declined", "denied", "denies", "told", "unveiled", "launched", "warned", "posted", "plans", "planned", "expects", "employs", "operates", "sells", "acquired", "raised"]);

/** Step 0so (see consistency.ts). */
export function sentenceOpeningBodies(words: Word[], sentStart: number[], spans: TaggedSpan[]): void {
  let added = false;
  // Words the document also writes in lower case are ordinary words ("And told all about it").
  let lower: Set<string> | undefined;
  for (const i of sentStart) {
    if (i + 1 >= words.length || !BODY_OPENING_VERBS.has(words[i + 1]!.text) || spans.some((t) => t.start <= i && i < t.end)) continue;
    const w = words[i]!.text;
    // (Not a plural agent noun the dictionary spells otherwise: "Organisers said".)
    if (!/^\p{Lu}[\p{L}\d]*$/u.test(w) || w.length < 3 || MONTHS_AND_DAYS.has(w) || isGroupPlural(w) || STOP_WORDS.has(w.toLowerCase()) || /(?:ers|ors|ists|ians|ants|ents)$/.test(w)) continue;
    const f = gazFlags(w, w.toLowerCase());
    if (f & (GAZ.dictCommon | GAZ.firstName | GAZ.surname | GAZ.title | GAZ.honorific | GAZ.nationality)) continue;
    lower ??= new Set(words.filter((x) => /^\p{Ll}/u.test(x.text)).map((x) => x.text));
    if (lower.has(w.toLowerCase())) continue;
    spans.push({ start: i, end: i + 1, typeIndex: isListedPlace(w) ? PLACE : ORG, confidence: 0.5, scores: [0, 0, 0] });
    added = true;
  }
  if (added) spans.sort((x, y) => x.start - y.start);
}

/** Step 0tp (see consistency.ts). */
export function titlePhraseBodies(words: Word[], spans: TaggedSpan[]): void {
  const isTitleAt = (i: number) => i < words.length && /^\p{Lu}/u.test(words[i]!.text) && isTitleOrRank(words[i]!.text.toLowerCase());
  // (Only an abbreviation's period, not a sentence's: "according to the Ministry of Health. Dr Grace
  // Mhango spoke"; `0tpa`.)
  const abbreviation = (i: number) => SKIP.has("0tpa") || /^\p{Lu}\p{Ll}{0,3}$/u.test(words[i]!.text);
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    let j = a.end;
    // (An abbreviated title's period too: "Pennsylvania Gov. Josh Shapiro".)
    while (j < b.start && j - a.end < 4 && (isTitleAt(j) || (words[j]!.text === "." && j > a.start && isTitleAt(j - 1) && abbreviation(j - 1) && words[j - 1]!.end === words[j]!.start))) j++;
    // Title words after the name (or at its end), then the person. A portfolio word at the name's end
    // is the name's own ("Washington State Attorney General": "State" stays).
    let e = a.end;
    while (e - a.start > 1 && isTitleAt(e - 1) && !PORTFOLIO_WORDS.has(words[e - 1]!.text.toLowerCase())) e--;
    if (j !== b.start || b.typeIndex !== PERSON || (j === a.end && e === a.end)) continue;
    // (Not over a paragraph break: a list's last name and the next paragraph's "Councilmember Harlan"; `0tpl`.)
    if (!SKIP.has("0tpl") && gapBetween(words, a.end - 1, b.start)) continue;
    const body = keyOf(words, a.start, e);
    const lastBody = words[e - 1]!.text;
    if (isListedPlace(body) || isNationalityAdjective(body) || gazFlags(lastBody, lastBody.toLowerCase()) & GAZ.placeSuffix) {
      // "Pennsylvania Gov." tagged as one name: the place, without the title.
      if (a.end - e === 1 && isListedPlace(body)) { a.end = e; a.typeIndex = PLACE; }
      continue;
    }
    if (isKnownOrganization(body) || /^\p{Lu}{2,6}$/u.test(body) || words.slice(a.start, e).some((w) => !(gazFlags(w.text, w.text.toLowerCase()) & GAZ.dictCommon))) {
      a.end = e;
      a.typeIndex = ORG;
    } else {
      spans.splice(k, 1);
      k--;
    }
  }
}

/** Whether two neighbours among words `i`..`j` stand more than one character apart: a paragraph break ("\n\n"). */
function gapBetween(words: Word[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (words[k + 1]!.start - words[k]!.end > 1) return true;
  return false;
}

/** Capitalised common words from `i`, at most 3: one item of a list inside a name ("Rural Affairs"). */
function commonRun(words: Word[], i: number): number {
  let j = i;
  while (j < words.length && j - i < 3 && isListItem(words[j]!.text)) j++;
  return j;
}

/** A capitalised common word that names no place, people or well-known organisation ("Media", not "Apple"). */
function isListItem(w: string): boolean {
  if (!isCapitalised(w) || isKnownOrganization(w) || STOP_WORDS.has(w.toLowerCase())) return false;
  // (A British spelling the American word list lacks: "Defence", "Labour", "Centre"; `5flb`.)
  const lower = w.toLowerCase();
  const american = SKIP.has("5flb") ? lower : lower.replace(/ence$/, "ense").replace(/our$/, "or").replace(/tre$/, "ter").replace(/ise$/, "ize");
  let f = gazFlags(w, lower) | (american !== lower ? gazFlags(american, american) & GAZ.dictCommon : 0);
  // (A plural or a science the word list lacks: "Cargo and Goods", "Meteorology, Climatology and
  // Geophysics"; `5flp`.)
  if (!(f & GAZ.dictCommon) && !SKIP.has("5flp") && /^\p{Lu}\p{Ll}+$/u.test(w)) {
    const singular = lower.endsWith("s") && !lower.endsWith("ss") ? lower.slice(0, -1) : "";
    if (/(?:ology|ography|onomy)$/.test(lower) || (singular.length > 2 && gazFlags(singular, singular) & GAZ.dictCommon)) f |= GAZ.dictCommon;
  }
  return (f & GAZ.dictCommon) !== 0 && (f & (GAZ.country | GAZ.city | GAZ.nationality)) === 0;
}

/** The name's words before its head ("of"/"for" or its end) are list items joined by one "and": "Social Care and Sport Committee". */
function andBeforeHead(words: Word[], s: TaggedSpan): boolean {
  let and = 0;
  for (let q = s.start; q < s.end - 1; q++) {
    const w = words[q]!.text;
    if (w === "of" || w === "for") break;
    if (w === "and") and++;
    else if (!isListItem(w)) return false;
  }
  return and === 1;
}

/** Step 5fl: an organisation's name runs over a list of capitalised common words, forwards or backwards. */
export function listsInNames(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.typeIndex !== ORG) continue;
    // Forwards: "Department for Environment" + ", Food and Rural Affairs".
    if (words.slice(s.start + 1, s.end - 1).some((w) => w.text === "for" || w.text === "of" || (w.text === "on" && !SKIP.has("5flo"))) && words[s.end]?.text === ",") {
      let j = s.end, end = -1;
      for (let items = 0; items < 4 && words[j]?.text === ","; items++) {
        let x = j + 1;
        if (words[x]?.text === "and") x++;
        const e = commonRun(words, x);
        if (e === x) break;
        if (words[x - 1]!.text === "and" || words[e]?.text === "and") {
          // The last item follows "and" (", Food and Rural Affairs" or ", Media, and Sport").
          let last = e;
          if (words[e]?.text === "and") { last = commonRun(words, e + 1); if (last === e + 1) break; }
          // ... unless the last item is a body of its own: "the Department for Education, Treasury and
          // Home Office" (not a portfolio: "Housing, Communities and Local Government").
          const head = words[last - 1]!.text;
          if (gazFlags(head, head.toLowerCase()) & GAZ.orgSuffix && words[last - 2]?.text !== "and" && words[last - 2]?.text !== "," && (head !== "Government" || SKIP.has("5flg"))) break;
          end = last;
          break;
        }
        j = e;
      }
      // Items the tagger made organisations of their own ("Media", "Sport") join the name.
      const inside = spans.filter((t) => t !== s && t.start < end && t.end > s.end);
      const ofItems = (t: TaggedSpan) => words.slice(t.start, t.end).every((w) => isListItem(w.text) || w.text === "and" || w.text === ",");
      if (end > 0 && !isCapitalised(words[end]?.text ?? "") && inside.every((t) => t.start >= s.end && t.end <= end && ((t.typeIndex === ORG && t.end - t.start === 1) || ((t.typeIndex === ORG || !SKIP.has("5flt")) && ofItems(t))))) {
        s.end = end;
        for (const t of inside) spans.splice(spans.indexOf(t), 1);
      }
      continue;
    }
    // Backwards: "the Environment, Food and" + "Rural Affairs Committee", opened by "the" or "'s".
    // Or the tagger's name starts after a comma and holds the list's "and" itself: "The Health," +
    // "Social Care and Sport Committee" (`NER_SKIP=5flc`).
    const andInside = !SKIP.has("5flc") && words[s.start - 1]?.text === "," && andBeforeHead(words, s);
    if ((words[s.start - 1]?.text !== "and" && !andInside) || !isListItem(words[s.start]!.text)) continue;
    let i = s.start - 1, from = -1;
    for (let items = 0; items < 4; items++) {
      let b = i;
      while (b > 0 && i - b < 3 && isListItem(words[b - 1]!.text)) b--;
      if (b === i) break;
      const before = words[b - 1]?.text ?? "";
      if (before === ",") { i = b - 1; continue; }
      // One item before "and" only when the name ends in a body's head word: "The Food and Drug
      // Administration" (not "the Treasury and Foreign Office": its items are bodies themselves).
      // (The head stands before a complement: "... Trades Council of Greater New York".)
      let h = s.end - 1;
      for (let q = s.start + 1; q < s.end - 1; q++) if (words[q]!.text === "of" || words[q]!.text === "for") { h = q - 1; break; }
      const head = words[h]!.text.toLowerCase();
      // (Or a body's name that owns it: "the Knesset Foreign Affairs and Defence Committee"; `5flk`.)
      const owner = SKIP.has("5flk") ? undefined : spans.find((t) => t.end === b && t.typeIndex === ORG && t !== s);
      if (owner && items === 0 && i - b <= 3 && INSTITUTIONS.has(words[s.end - 1]!.text.toLowerCase())) { from = owner.start; break; }
      if (/^(?:the|The|['’]s)$/.test(before) && (items > 0 || andInside || (i - b === 1 && INSTITUTIONS.has(head) && !(gazFlags(words[b]!.text, words[b]!.text.toLowerCase()) & GAZ.orgSuffix)))) from = b;
      break;
    }
    // Items the tagger made organisations of their own ("Food") join the name.
    // (And with an owner's name, the owner and any list item the tagger took for a name of its own.)
    const inside = spans.filter((t) => t !== s && t.end > from && t.start < s.start);
    const joins = (t: TaggedSpan) => t.end - t.start === 1 && (t.typeIndex === ORG || (!SKIP.has("5flk") && isListItem(words[t.start]!.text)));
    if (from >= 0 && inside.every((t) => t.start >= from && (joins(t) || (!SKIP.has("5flk") && t.start === from && t.typeIndex === ORG)))) {
      s.start = from;
      for (const t of inside) spans.splice(spans.indexOf(t), 1);
      k = spans.indexOf(s);
    }
  }
}

/** Plural institution words that two or more names before them share: "the State and Homeland Security Departments". */
const PLURAL_HEADS = new Set(["Departments", "Ministries", "Committees", "Agencies", "Councils", "Commissions", "Offices", "Services"]);

/**
 * Step 5pd: "the State and Homeland Security Departments", "the Treasury and Commerce Departments":
 * the plural word belongs to each of the names listed before it, and none of them is named with it;
 * each is an organisation of its own (GUM marks "State" and "Homeland Security"). The capitalised
 * runs are found whether the tagger took them or not.
 */
export function sharedPluralHeads(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (let h = 3; h < words.length; h++) {
    if (!PLURAL_HEADS.has(words[h]!.text)) continue;
    // (Not where a body's head or a law's follows the plural: "the Philippine Atmospheric, Geophysical
    // and Astronomical Services Administration" is one body, "the Fire and Rescue Services Act" a law; `5pd2`.)
    if (!SKIP.has("5pd2") && /^(?:Administration|Agency|Authority|Commission|Board|Office|Directorate|Department|Ministry|Council|Committee|Act|Bill|Law|Institute|Centre|Center)$/.test(words[h + 1]?.text ?? "")) continue;
    // The runs before the head: "Homeland Security", then "and", then "State" (", " between more).
    const runs: [number, number][] = [];
    let e = h;
    for (let guard = 0; guard < 4; guard++) {
      let b = e;
      while (b > 0 && e - b < 4 && /^\p{Lu}\p{Ll}+$/u.test(words[b - 1]!.text) && words[b - 1]!.text !== "The") b--;
      if (b === e) break;
      runs.unshift([b, e]);
      const joiner = words[b - 1]?.text;
      if (joiner !== "and" && joiner !== ",") break;
      e = b - 1;
      if (words[e - 1]?.text === "," && joiner === "and") e--;
    }
    if (runs.length < 2 || !/^(?:the|The)$/.test(words[runs[0]![0] - 1]?.text ?? "")) continue;
    const [from] = runs[0]!;
    out = out.filter((t) => t.end <= from || t.start > h);
    for (const [b, e2] of runs) out.push({ start: b, end: e2, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0], keep: true });
    out.sort((x, y) => x.start - y.start);
  }
  return out;
}

export const MEDIA_WORDS = new Set(["newspaper", "magazine", "tabloid", "broadcaster", "daily", "weekly", "website", "paper", "channel", "station"]);

/** Last words of newspapers' names, which news also uses alone after "the": "The Washington Post" ... "the Post". */
const MEDIA_TAILS = new Set(["Post", "Times", "Journal", "Herald", "Tribune", "Telegraph", "Guardian", "Globe", "Chronicle", "Gazette", "Observer", "Inquirer", "Courier", "Examiner", "Mirror", "Standard"]);

/**
 * Step 6m: "the Post" after "The Washington Post": a newspaper's last word after "the", capitalised
 * mid-sentence, when the text names one newspaper ending in it (two would leave it unclear).
 */
export function mediaShortNames(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  const byTail = new Map<string, Set<string>>();
  for (const s of spans) {
    const last = words[s.end - 1]!.text;
    if (s.typeIndex !== ORG || s.end - s.start < 2 || !MEDIA_TAILS.has(last)) continue;
    if (!byTail.has(last)) byTail.set(last, new Set());
    byTail.get(last)!.add(keyOf(words, s.start, s.end));
  }
  if (!byTail.size) return spans;
  const covered = new Uint8Array(words.length);
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered[i] = 1;
  const added: TaggedSpan[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!.text;
    if (covered[i] || byTail.get(w)?.size !== 1 || !/^the$/i.test(words[i - 1]!.text)) continue;
    // Not the front of another name ("the Times Square crowd") nor a possessive's thing.
    if (/^\p{Lu}/u.test(words[i + 1]?.text ?? "")) continue;
    added.push({ start: i, end: i + 1, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0] });
  }
  return added.length ? [...spans, ...added].sort((x, y) => x.start - y.start) : spans;
}

const LABEL = /^[A-Z]$/;
/** Step 3g: "Group G" is an organisation; an untagged "Group F" beside it is added. */
export function groupLabels(words: Word[], spans: TaggedSpan[]): void {
  const isGroupWord = (w: string) => isCapitalised(w) && (gazFlags(w, w.toLowerCase()) & (GAZ.orgSuffix | GAZ.dictCommon)) === (GAZ.orgSuffix | GAZ.dictCommon);
  const heads = new Set<string>();
  for (const s of spans) {
    if (s.end - s.start !== 2 || !LABEL.test(words[s.end - 1]!.text) || !isGroupWord(words[s.start]!.text)) continue;
    s.typeIndex = ORG;
    heads.add(words[s.start]!.text);
  }
  if (!heads.size) return;
  const covered = new Set<number>();
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered.add(i);
  let added = false;
  for (let i = 0; i + 1 < words.length; i++) {
    if (covered.has(i) || covered.has(i + 1) || !heads.has(words[i]!.text) || !LABEL.test(words[i + 1]!.text)) continue;
    spans.push({ start: i, end: i + 2, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0] });
    added = true;
  }
  if (added) spans.sort((x, y) => x.start - y.start);
}

const TAIL_JOINERS = new Set(["and", "of", "for", "the", "&"]);
/** Step 5h: extends an organisation over an untagged "for/of (the) Capitalised ..." tail. */
export function orgTails(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const head = words[s.end - 1]!.text;
    const link = words[s.end]?.text;
    if (s.typeIndex !== ORG || (link !== "for" && link !== "of") || !isCapitalised(head) || !(gazFlags(head, head.toLowerCase()) & GAZ.orgSuffix)) continue;
    const next = spans[k + 1];
    const limit = Math.min(next ? next.start : words.length, s.start + 12);
    let j = s.end + 1;
    if (words[j]?.text === "the") j++;
    const from = j;
    let end = j;
    while (j < limit && (isCapitalised(words[j]!.text) || TAIL_JOINERS.has(words[j]!.text))) {
      j++;
      if (isCapitalised(words[j - 1]!.text)) end = j;
    }
    // The tail ends at a word that is no part of a name; one that runs into a tagged name is left
    // to 5g ("Bank of England").
    if (end === from || (next && j === next.start)) continue;
    s.end = end;
  }
}

/** Step 0fs (see consistency.ts). */
export function splitForRuns(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.typeIndex === PERSON) continue;
    // "Qatalyst Partners for Cyvantra": a company closed by its form word and "for" another name (0fs2).
    const forAt = words.slice(s.start + 2, s.end - 1).findIndex((w) => w.text === "for") + s.start + 2;
    if (!SKIP.has("0fs2") && forAt > s.start + 1 && COMPANY_TAILS.has(words[forAt - 1]!.text) && /^\p{Lu}/u.test(words[forAt + 1]!.text)) {
      spans.splice(k + 1, 0, { ...s, start: forAt + 1 });
      s.end = forAt;
      continue;
    }
    if (s.end - s.start < 3 || s.end - s.start > 4 || words[s.start + 1]!.text !== "for") continue;
    const left = words[s.start]!.text;
    const f = gazFlags(left, left.toLowerCase());
    if (!/^\p{Lu}\p{Ll}+$/u.test(left) || f & (GAZ.dictCommon | GAZ.nationality | GAZ.orgSuffix | GAZ.title) || isGroupPlural(left) || isKnownOrganization(left) || INSTITUTION_WORDS.has(left)) continue;
    if (words.slice(s.start + 2, s.end).some((w) => !/^\p{Lu}\p{Ll}/u.test(w.text) || gazFlags(w.text, w.text.toLowerCase()) & GAZ.dictCommon)) continue;
    const type = (a: number, b: number) => (isListedPlace(keyOf(words, a, b)) ? PLACE : s.typeIndex);
    spans.splice(k + 1, 0, { ...s, start: s.start + 2, typeIndex: type(s.start + 2, s.end) });
    s.end = s.start + 1;
    s.typeIndex = type(s.start, s.end);
  }
}

/** Step 0ip: split a non-person span at an inner possessive when both sides name a body. */
export function splitBodyPossessives(words: Word[], spans: TaggedSpan[]): void {
  const body = (a: number, b: number) => b - a >= 2 && words.slice(a, b).some((w) => INSTITUTION_ENDS.has(w.text) || NAMED_AFTER_HEADS.has(w.text));
  // One word names a body when it is well known or the text names the body in full with it:
  // "Monash University" ... "Monash's School of Biological Sciences".
  const shortNames = new Set<string>();
  for (const t of spans) if (t.typeIndex === ORG && t.end - t.start === 2 && INSTITUTION_ENDS.has(words[t.start + 1]!.text)) shortNames.add(words[t.start]!.text);
  const left = (a: number, b: number) => body(a, b) || (b - a === 1 && (shortNames.has(words[a]!.text) || isKnownOrganization(words[a]!.text)));
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.typeIndex === PERSON) continue;
    for (let p = s.start + 1; p < s.end - 2; p++) {
      if (!/^['’]s$/.test(words[p]!.text) || !/^\p{Lu}/u.test(words[p + 1]!.text)) continue;
      if (!left(s.start, p) || !body(p + 1, s.end)) continue;
      spans.splice(k + 1, 0, { ...s, start: p + 1, typeIndex: ORG });
      s.end = p;
      s.typeIndex = ORG;
      break;
    }
  }
}

/**
 * Step 5pb: "the Great Barrier Reef Marine Park Authority", "Doñana Biological Station": a place's name
 * the lists do not know, written right before a body's name that ends in an institution's word, is the
 * front of that body's name (the tagger ends a place at its own head word). Not a listed country or
 * city, which names a body's place as often as it opens its name ("US Federal Reserve").
 */
export function placeLedBodies(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    // (Not a place cut off a compound: "Lagos-based Financial Derivatives Company".)
    if (a.typeIndex !== PLACE || a.trim || b.start !== a.end || words[b.start]!.start - words[a.end - 1]!.end !== 1) continue;
    const last = words[b.end - 1]!.text;
    if (!(INSTITUTION_ENDS.has(last) || BODY_ENDS.has(last)) || isListedPlace(keyOf(words, a.start, a.end)) || isCountry(keyOf(words, a.start, a.end))) continue;
    a.end = b.end;
    a.typeIndex = ORG;
    spans.splice(k + 1, 1);
  }
}

/**
 * Step 6cp: a listed country the tagger called a person is the place ("Assistant U.S. Attorney Keisha
 * Bramwell", "U.S." typed a person before a title), unless an honorific or a first name stands before
 * it (a person named after a country: "Mr Jordan", "Michael Jordan" are other spans).
 */
export function countriesNotPeople(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (s.typeIndex !== PERSON || !isCountry(keyOf(words, s.start, s.end)) || /^\p{Ll}/u.test(words[s.start]!.text)) continue;
    const before = words[s.start - 1]?.text ?? "";
    if (isHonorific(before.toLowerCase().replace(/\.$/, "")) || gazFlags(before, before.toLowerCase()) & GAZ.firstName) continue;
    // (Only an abbreviation or a name no first-name list knows: "U.S.", "UK", not "Jordan", "Chad".)
    const key = keyOf(words, s.start, s.end);
    if (!/^\p{Lu}[\p{Lu}.]+$/u.test(key) && gazFlags(words[s.start]!.text, words[s.start]!.text.toLowerCase()) & GAZ.firstName) continue;
    s.typeIndex = PLACE;
  }
}

/** `spans` with an organisation's span over [start, end) in place of those inside it, in order; kept by the last steps' word lists. */
function withBody(spans: TaggedSpan[], start: number, end: number): TaggedSpan[] {
  return [...spans.filter((t) => t.end <= start || t.start >= end), { start, end, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0], keep: true }].sort((x, y) => x.start - y.start);
}

/** Nouns for a publication that its name follows: "the journal Nature", "the newspaper Lietuvos rytas". */
const PUBLICATION_NOUNS = new Set(["journal", "newspaper", "magazine", "tabloid", "broadsheet", "daily", "weekly", "paper", "periodical"]);

/**
 * Step 6pn: "published in the journal Nature Astronomy", "told the newspaper Lietuvos rytas": the
 * capitalised words right after "the" and a publication's noun are its name, an organisation (GUM marks
 * journals and papers so), with one lower-case word after a foreign capitalised one ("rytas").
 */
export function publicationNames(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (let i = 1; i + 1 < words.length; i++) {
    if (!PUBLICATION_NOUNS.has(words[i]!.text) || !/^(?:the|a|its)$/i.test(words[i - 1]!.text) || !/^\p{Lu}/u.test(words[i + 1]!.text)) continue;
    // (Not a person after it, "the paper's editor": a first name or "I" opens no title here.)
    const first = words[i + 1]!.text;
    if (first === "I" || gazFlags(first, first.toLowerCase()) & GAZ.firstName) continue;
    let e = i + 1;
    while (e < words.length && e < i + 5 && (/^\p{Lu}/u.test(words[e]!.text) || (/^(?:of|and|the|&)$/.test(words[e]!.text) && /^\p{Lu}/u.test(words[e + 1]?.text ?? "")))) e++;
    // (A foreign title's lower-case word: "Lietuvos rytas", "Le Monde diplomatique" — only after a word
    // no English list knows, and before punctuation or a verb's "that".)
    const last = words[e - 1]!.text;
    if (/^\p{Ll}+$/u.test(words[e]?.text ?? "") && !(gazFlags(last, last.toLowerCase()) & GAZ.dictCommon) && !(gazFlags(words[e]!.text, words[e]!.text) & GAZ.dictCommon) && /^(?:[,.;:]|that)$/.test(words[e + 1]?.text ?? "")) e++;
    if (e === i + 1 || out.some((t) => t.start < i + 1 && t.end > i + 1)) continue;
    out = withBody(out, i + 1, e);
  }
  return out;
}

/** Titles of members of a legislature written after a seat or a party: "the Clwyd West MS", "the Green MSP". */
const MEMBER_TITLES = new Set(["MP", "MPs", "MS", "MSP", "MSPs", "MLA", "MLAs", "TD", "TDs", "MEP", "MEPs", "MPP", "MHA", "MNA"]);

/**
 * Step 6mt: "the Clwyd West MS said", "the Green MSP said": a member's title after a seat or a party is
 * no part of the name, which is the seat (a place) or the party; and "the MP for Hertford and
 * Stortford": a seat of two places joined by "and" after a member's "for" is one place.
 */
export function memberSeats(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (const s of out) {
    if (s.end - s.start < 2 || !MEMBER_TITLES.has(words[s.end - 1]!.text)) continue;
    s.end--;
    const key = keyOf(words, s.start, s.end);
    s.typeIndex = PARTY_ADJECTIVES.has(key) || key === "Tory" || key === "Green" ? ORG : PLACE;
  }
  for (let i = 2; i + 2 < words.length; i++) {
    if (words[i]!.text !== "and" || words[i - 2]?.text === "," ) continue;
    const a = out.find((t) => t.end === i), b = out.find((t) => t.start === i + 1);
    // (The member's "for" right before the first place.)
    if (!a || !b || !/^(?:for)$/.test(words[a.start - 1]?.text ?? "") || !MEMBER_TITLES.has(words[a.start - 2]?.text ?? "") && !/^(?:member|Member|minister)$/.test(words[a.start - 2]?.text ?? "")) continue;
    if (b.end < words.length && isCapitalised(words[b.end]!.text)) continue;
    out = [...out.filter((t) => t !== a && t !== b), { start: a.start, end: b.end, typeIndex: PLACE, confidence: 0.5, scores: [0, 0, 0], keep: true }].sort((x, y) => x.start - y.start);
  }
  return out;
}

/** Kinds of a shop or a place to eat named after its owner: "Hoffman's Bakery", "Joe's Diner". */
const OWNED_BUSINESSES = new Set(["Bakery", "Restaurant", "Cafe", "Café", "Pub", "Bar", "Diner", "Store", "Stores", "Shop", "Deli", "Garage", "Grill", "Kitchen", "Pharmacy", "Market", "Tavern", "Inn", "Hardware", "Bistro", "Pizzeria", "Salon", "Bookshop", "Bookstore", "Butchers", "Bakehouse", "Brewery", "Creamery", "Dairy", "Farm", "Farms", "Nursery", "Jewellers", "Jewelers", "Tailors", "Motors"]);

/**
 * Step 6ob: "Hoffman's Bakery on Main Street": an owner's possessive and a shop's kind are one
 * business, and "from Hoffman's" or "Places like Hoffman's" alone are that business too (as
 * "McDonald's" is), not the owner the tagger takes them for.
 */
export function ownedBusinesses(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  const owners = new Set<string>();
  let out = spans;
  for (let i = 1; i + 1 < words.length; i++) {
    if (!/^['’]s$/.test(words[i]!.text) || !OWNED_BUSINESSES.has(words[i + 1]!.text) || !/^\p{Lu}\p{Ll}+$/u.test(words[i - 1]!.text) || isCapitalised(words[i + 2]?.text ?? "")) continue;
    // (One word of a name before it: "Hoffman's", not "Frank Hoffman's Bakery", whose owner is named.)
    if (isCapitalised(words[i - 2]?.text ?? "") && !/^(?:The|At|In|From)$/.test(words[i - 2]!.text)) continue;
    owners.add(words[i - 1]!.text);
    out = withBody(out, i - 1, i + 2);
  }
  if (!owners.size) return out;
  // The owner's word with a possessive and no noun after it: "from Hoffman's, and", "like Hoffman's are".
  for (let i = 1; i + 1 < words.length; i++) {
    if (!owners.has(words[i - 1]!.text) || !/^['’]s$/.test(words[i]!.text) || isCapitalised(words[i - 2]?.text ?? "")) continue;
    const next = words[i + 1]?.text ?? "";
    if (!/^(?:[,.;:!?)"”]|and|or|are|is|was|were|has|had|will|would|closes|closed|opened|opens)$/.test(next)) continue;
    out = withBody(out, i - 1, i + 1);
  }
  return out;
}

/** Offices named by their holder's title: "the Prime Minister's Office", "the Mayor's Office". */
const HOLDER_BODIES = new Set(["Office", "Department", "Cabinet", "Residence"]);

/**
 * Step 6to: "Israel's Prime Minister's Office said", "the Attorney General's Office": a capitalised
 * title, a possessive and "Office" are a body's name, which the tagger leaves out as a title.
 */
export function titleOffices(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (let i = 1; i + 1 < words.length; i++) {
    if (!/^['’]s?$/.test(words[i]!.text) || !HOLDER_BODIES.has(words[i + 1]!.text) || isCapitalised(words[i + 2]?.text ?? "")) continue;
    let a = i;
    while (a > 0 && i - a < 3 && isCapitalised(words[a - 1]!.text) && isTitleWord(words[a - 1]!.text.toLowerCase())) a--;
    if (a === i || out.some((t) => t.start < i + 2 && t.end > a)) continue;
    out = [...out, { start: a, end: i + 2, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0], keep: true }].sort((x, y) => x.start - y.start);
  }
  return out;
}

/**
 * Step 6cf: "the Bill and Melinda Gates Foundation", "the William and Flora Hewlett Foundation": a
 * couple's first names before a body named after them are the front of its name; the tagger takes the
 * first name for a person of its own.
 */
export function couplesBodies(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (const s of spans) {
    const i = s.start;
    if (s.typeIndex !== ORG || i < 2 || words[i - 1]!.text !== "and" || !INSTITUTION_ENDS.has(words[s.end - 1]!.text)) continue;
    const first = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && (gazFlags(w, w.toLowerCase()) & GAZ.firstName) !== 0;
    if (!first(words[i]!.text) || !first(words[i - 2]!.text) || s.end - i < 3) continue;
    // The first name alone, or nothing, before the "and": not "Jane Smith and Melinda Gates Foundation staff".
    const before = words[i - 3]?.text ?? "";
    if (out.some((t) => t !== s && t.start < i - 2 && t.end > i - 2) || (isCapitalised(before) && !DETERMINERS.has(before.toLowerCase()))) continue;
    const grown = { ...s, start: i - 2 };
    out = [...out.filter((t) => t !== s && (t.end <= i - 2 || t.start >= s.end)), grown].sort((x, y) => x.start - y.start);
  }
  return out;
}

/**
 * Step 6amp: "Marks & Spencer" ... "Marks and Spencer", "the Bill & Melinda Gates Foundation" ... "the
 * Bill and Melinda Gates Foundation": an organisation's name with "&" is the same name written with
 * "and" elsewhere in the text, and the other way round. The tagger reads the "and" form as two names
 * ("Marks", "Spencer") or cuts it at "and"; the words themselves, found again, settle it.
 */
export function conjunctionVariants(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  const forms = new Map<string, string[]>();
  for (const s of spans) {
    if (s.typeIndex !== ORG || s.end - s.start < 3) continue;
    const toks = words.slice(s.start, s.end).map((w) => w.text);
    const at = toks.findIndex((t, i) => i > 0 && i < toks.length - 1 && (t === "&" || t === "and"));
    if (at < 0 || !isCapitalised(toks[at - 1]!) || !isCapitalised(toks[at + 1]!)) continue;
    const other = toks.slice();
    other[at] = toks[at] === "&" ? "and" : "&";
    forms.set(other.join(" "), other);
  }
  if (!forms.size) return spans;
  let out = spans;
  for (const form of forms.values()) {
    for (let i = 0; i + form.length <= words.length; i++) {
      if (words[i]!.text !== form[0]) continue;
      let k = 1;
      while (k < form.length && words[i + k]!.text === form[k]) k++;
      if (k < form.length) continue;
      const end = i + form.length;
      // Not inside a longer name, nor one already whole.
      if (out.some((t) => (t.start < i && t.end > i) || (t.start < end && t.end > end) || (t.start === i && t.end === end && t.typeIndex === ORG))) continue;
      if (i + form.length < words.length && isCapitalised(words[end]!.text)) continue;
      out = withBody(out, i, end);
    }
  }
  return out;
}

/** Last words of a firm's name after "&": "& Sons", "& Söhne", "& Co", "& Partners". */
const FIRM_WORDS = new Set(["Sons", "Son", "Söhne", "Sohn", "Fils", "Hijos", "Figli", "Zonen", "Co", "Co.", "Company", "Partners", "Associates", "Brothers", "Bros", "Bros.", "Daughters", "Cie", "Cie."]);

/**
 * Step 0amp: "Brandt & Söhne", "Procter & Gamble", "Marks & Spencer": capitalised words joined by an
 * ampersand are one organisation's name, which the tagger often breaks at "&" into two people. Only
 * where the tagger found part of it (no "Q&A" or "R&D" made up from letters alone).
 */
export function ampersandNames(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  const cap = (i: number) => i >= 0 && i < words.length && /^\p{Lu}/u.test(words[i]!.text);
  // A citation's authors: a year or a reference number after the names, anywhere in the text
  // ("Baron & Beresford 2014", "(Dye & Bavelier, 2010)", "Carrano & Biewener [7]").
  const cited = new Set<string>();
  for (let i = 1; i + 2 < words.length; i++) {
    if (words[i]!.text !== "&") continue;
    const after = words.slice(i + 2, i + 5).map((w) => w.text).join(" ");
    if (/^(?:, )?\(?(?:1[89]|20)\d\d\b|^\[ \d/.test(after)) cited.add(words[i - 1]!.text + "&" + words[i + 1]!.text);
  }
  // Words of people's full names in the text ("Megan Hollis ... Hollis & Crane" are two people).
  const namedParts = new Set<string>();
  for (const t of spans) if (t.typeIndex === PERSON && t.end - t.start >= 2) for (let k = t.start; k < t.end; k++) namedParts.add(words[k]!.text);
  let out = spans;
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i]!.text !== "&" || !cap(i - 1) || !cap(i + 1)) continue;
    // One word before the ampersand (two people's full names joined so, "Karl Langdon & Harvey
    // Deegan", are two people), a word in lower-case letters on each side (no "B&SR"), and no citation.
    const a = i - 1;
    let b = i + 2;
    while (b < words.length && b - i < 3 && cap(b) && words[b]!.start === words[b - 1]!.end + 1) b++;
    if (!/\p{Ll}/u.test(words[a]!.text) || !/\p{Ll}/u.test(words[i + 1]!.text) || cited.has(words[a]!.text + "&" + words[i + 1]!.text)) continue;
    const touched = out.filter((t) => t.start < b && a < t.end);
    // (A country written with "&": "Trinidad & Tobago".)
    const country = isListedPlace(`${keyOf(words, a, i)} and ${keyOf(words, i + 1, b)}`);
    // (Places joined so are places: "Tempe & Mesa", the corner of "Priest & Washington"; and two
    // people the tagger found are two people, a duo or a couple, "Lennon & McCartney", "Harry &
    // Meghan", "Mr & Mrs Patel", unless a firm's word ends it: "Brandt & Söhne", "Dombey & Son".)
    if (!touched.length || touched.some((t) => t.start < a || t.end > b) || (touched.every((t) => t.typeIndex === PLACE) && !country)) continue;
    // (Both sides found as people, and both a person's name on its face: a first name, a
    // famous surname, or a word of a person's full name in the text; "Fortnum & Mason", "Ant & Dec"
    // are a firm and a duo.)
    const bothPeople = touched.some((t) => t.typeIndex === PERSON && t.end <= i) && touched.some((t) => t.typeIndex === PERSON && t.start > i) && touched.every((t) => t.typeIndex === PERSON);
    const personal = (w: string) => (gazFlags(w, w.toLowerCase()) & GAZ.firstName) !== 0 || isKnownPerson(w) || namedParts.has(w);
    if (bothPeople && personal(words[a]!.text) && personal(words[i + 1]!.text) && !FIRM_WORDS.has(words[b - 1]!.text)) continue;
    if (/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?$/.test(words[a]!.text)) continue;
    const confidence = Math.max(...touched.map((t) => t.confidence));
    out = out.filter((t) => !touched.includes(t));
    out.push({ start: a, end: b, typeIndex: country ? PLACE : ORG, confidence, scores: [0, 0, 0], cued: true });
    out.sort((x, y) => x.start - y.start);
  }
  return out;
}

/**
 * Step 6cb: "Environment and Climate Change Canada", "Fisheries and Oceans Canada": a list of capitalised
 * common words joined by "and" before a country's name is a government department named Canadian
 * style, an organisation (the tagger takes the one-word ones, "Health Canada", by itself). The list
 * must open the capitalised run and hold an "and", so "Medieval England" stays a place.
 */
const BODY_SPEECH = new Set(["said", "says", "warned", "argued", "welcomed", "called", "urged", "criticised", "criticized", "added", "told"]);
const CONTINENTS = new Set(["Europe", "Africa", "Asia"]);
/** Adjectives and compass words, which make a region of a country rather than a body: "Western Europe", "Medieval England". */
const ADJECTIVE_END = /^(?:\p{Lu}\p{Ll}*(?:ern|al|an|ic|ish|ese|ive|ous)|Greater|Upper|Lower|Old|New|Great|Little|Mainland|Outer|Inner|Central|Middle|Rural|Modern)$/u;
export function countryBodies(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (const s of spans) {
    const lastWord = words[s.end - 1]!.text;
    if (s.typeIndex === ORG || !(isCountry(lastWord) || CONTINENTS.has(lastWord))) continue;
    // (A span the tagger ran over the words before it: "Police Scotland", "Zero Waste Europe"; only
    // when they are plain nouns, no compass word or adjective: not "Western Europe".)
    if (s.end - s.start > 1) {
      if (SKIP.has("6cs") || s.end - s.start > 4 || isListedPlace(keyOf(words, s.start, s.end)) || !words.slice(s.start, s.end - 1).every((w) => isListItem(w.text) && !ADJECTIVE_END.test(w.text))) continue;
      if (BODY_SPEECH.has(words[s.end]?.text ?? "") || (/^(?:for|of)$/.test(words[s.start - 1]?.text ?? "") && /^spokes(?:man|woman|person)$|^director$|^head$|^chief$/.test(words[s.start - 2]?.text ?? ""))) s.typeIndex = ORG;
      continue;
    }
    if (s.typeIndex !== PLACE) continue;
    let b = s.start, and = 0, items = 0;
    while (b > 0 && s.start - b < 8) {
      const w = words[b - 1]!.text;
      if (w === "and" || w === "&") { if (items === 0 || and > 0) break; and++; b--; continue; }
      if (!isListItem(w)) break;
      items++;
      b--;
    }
    // (Or, with no "and", one to three words when the name speaks or has a spokesperson: "Zero Waste
    // Europe said", "A spokesperson for Age Scotland"; `6cs`.)
    const speaks = !SKIP.has("6cs") && items >= 1 && items <= 3 && words.slice(b, s.start).every((w) => !ADJECTIVE_END.test(w.text)) && (BODY_SPEECH.has(words[s.end]?.text ?? "") || (/^(?:for|of)$/.test(words[b - 1]?.text ?? "") && /^spokes(?:man|woman|person)$|^director$|^head$|^chief$/.test(words[b - 2]?.text ?? "")));
    if ((and === 0 && !speaks) || (and > 0 && items < 2) || words[b]!.text === "and" || words[b]!.text === "&" || isCapitalised(words[b - 1]?.text ?? "")) continue;
    // (Items the tagger made names of their own join it.)
    const inside = out.filter((t) => t !== s && t.start >= b && t.end <= s.start);
    if (out.some((t) => t !== s && !inside.includes(t) && t.start < s.start && t.end > b)) continue;
    out = out.filter((t) => !inside.includes(t));
    s.start = b;
    s.typeIndex = ORG;
  }
  return out;
}

/**
 * Step 6uc: "the University of California, Santa Cruz", "University of Wisconsin, Madison": a
 * university named "of" a state or a system, a comma and its campus's place is one name (the tagger
 * stops at the comma and takes the campus for a person or a place). Only before a comma, a full stop
 * or a bracket, so a list of places after a university is left alone.
 */
export function campusNames(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (const s of spans) {
    if (s.typeIndex !== ORG || s.end - s.start < 3 || words[s.start]!.text !== "University" || words[s.start + 1]!.text !== "of" || words[s.end]?.text !== ",") continue;
    const campus = out.find((t) => t.start === s.end + 1 && t.end - t.start <= 3);
    // (Not a person's name in apposition after it: "at the University of Paris, Johann, unable to".)
    if (!campus || !/^[,.)]$/.test(words[campus.end]?.text ?? ".") || !words.slice(campus.start, campus.end).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text)) || (campus.end - campus.start === 1 && gazFlags(words[campus.start]!.text, words[campus.start]!.text.toLowerCase()) & GAZ.firstName)) continue;
    out = out.filter((t) => t !== campus);
    s.end = campus.end;
  }
  return out;
}

/**
 * Step 0ot: "the Parramatta Eels 26-18 ... The Eels replied": a capitalised word right after a name,
 * which the text uses alone as an organisation, is the end of that name: one organisation (a club's
 * nickname after its town, a company's word after its founder's name).
 */
export function bodyWordRunOns(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  const bodies = new Set<string>(), others = new Set<string>();
  for (const s of spans) if (s.end - s.start === 1) (s.typeIndex === ORG ? bodies : others).add(words[s.start]!.text);
  // (Only a word never alone as a place or a person: "the town of Zandvoort" is no part of "Circuit Park".)
  for (const w of others) bodies.delete(w);
  if (!bodies.size) return spans;
  const out = [...spans];
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!, next = out[k + 1];
    const w = words[s.end]?.text ?? "";
    // (On one line, one space apart: a heading's "YouTube" is no part of "Marbles uploads" below it.)
    // (After a name typed a body only: "Leeds Labour councillor" is the city and the party.)
    if (s.typeIndex !== ORG || s.end - s.start > 3 || !bodies.has(w) || !/^\p{Lu}\p{Ll}+$/u.test(w) || words[s.end]!.start !== words[s.end - 1]!.end + 1 || (next && next.start === s.end && next.end - next.start > 1)) continue;
    if (next && next.start === s.end) out.splice(k + 1, 1);
    out[k] = { ...s, end: s.end + 1, typeIndex: ORG };
  }
  return out;
}


/** Words that head a body named by its fields: "Ministry of Science and ICT", "National Center for Maternal and Child Health". */
const FIELD_HEADS = new Set(["Ministry", "Department", "Office", "Agency", "Commission", "Committee", "Council", "Institute", "Center", "Centre", "Fund", "Bureau", "Board", "Authority", "Directorate", "Secretariat", "Service", "Federation", "Organisation", "Organization"]);
/**
 * Step 5jf: "the Federal Ministry for Economic Affairs and Climate Action", "the Ministry of Science and
 * ICT", "the National Center for Maternal and Child Health": a body named by its fields ("of" or "for"
 * and capitalised words) goes on over "and" and the next field, where the tagger ended it at "and" or
 * left its fields out. Not a list's next item: a place, a known body, a person, someone's first name or
 * surname, or another body ("the Ministry of Health and Interpol", "the University of Otago and Otago
 * Polytechnic"); commas only before the "and" ("the Department of Enterprise, Trade and Employment").
 */
export function fieldBodies(words: Word[], spans: TaggedSpan[]): void {
  const body = (w: string) => FIELD_HEADS.has(w) || INSTITUTION_ENDS.has(w) || BODY_ENDS.has(w) || COMPANY_TAILS.has(w) || /^(?:Polytechnic|Hospital|Museum|Trust)$/.test(w);
  const proper = (w: string) => {
    const f = gazFlags(w, w.toLowerCase());
    return isListedPlace(w) || isKnownOrganization(w) || isKnownPerson(w) || ((f & (GAZ.firstName | GAZ.surname | GAZ.country | GAZ.city)) !== 0 && !(f & GAZ.dictCommon));
  };
  let changed = false;
  for (const a of spans) {
    // (The tagger may take a centre for a place: "the National Center" + "for Maternal and Child Health".)
    if (a.typeIndex === PERSON) continue;
    let head = -1;
    for (let j = a.start; j < a.end; j++) if (FIELD_HEADS.has(words[j]!.text) && (j + 1 === a.end || /^(?:of|for)$/.test(words[j + 1]!.text))) head = j;
    const i = head + 1;
    if (head < 0 || !/^(?:of|for)$/.test(words[i]?.text ?? "") || !isCapitalised(words[i + 1]?.text ?? "")) continue;
    let j = i + 1, andAt = -1;
    while (j < words.length && j <= i + 9) {
      const w = words[j]!.text;
      if (isCapitalised(w)) { j++; continue; }
      if (andAt >= 0 || (w !== "and" && w !== ",") || !isCapitalised(words[j + 1]?.text ?? "")) break;
      if (w === "and") andAt = j;
      j++;
    }
    const end = j;
    if (andAt < 0 || end <= a.end || end - andAt > 5) continue;
    const fields = words.slice(i + 1, end).filter((w) => isCapitalised(w.text)).map((w) => w.text);
    if (body(words[end - 1]!.text) || fields.some(proper) || isKnownOrganization(keyOf(words, andAt + 1, end)) || isListedPlace(keyOf(words, andAt + 1, end))) continue;
    if (spans.some((t) => t !== a && t.start < end && a.start < t.end && (t.typeIndex === PERSON || t.start < a.start || t.end > end))) continue;
    // (Nor a name the text writes elsewhere on its own, a body of its own: "The Institute for Fiscal
    // Studies and Citizens Advice both criticised ... Citizens Advice said".)
    const second = words.slice(andAt + 1, end).map((w) => w.text);
    if (words.some((_, k) => (k < a.start || k >= end) && second.every((w, n) => words[k + n]?.text === w))) continue;
    // (Nor a name ending in a country's letters: "the Office for National Statistics and Stats NZ"; nor
    // a word no dictionary has, a body's own name: "the Ministry of Defence and Babcock", "... and
    // Pharmac"; nor after a body the lists know whole: "the Department for Transport and Network Rail".)
    if (second.length >= 2 && /^\p{Lu}{2,3}$/u.test(second.at(-1)!)) continue;
    if (second.some((w) => !/^\p{Lu}{2,4}$/u.test(w) && !(gazFlags(w, w.toLowerCase()) & GAZ.dictCommon))) continue;
    if (isKnownOrganization(keyOf(words, a.start, andAt))) continue;
    for (let k = spans.length - 1; k >= 0; k--) if (spans[k] !== a && spans[k]!.start >= a.start && spans[k]!.end <= end) spans.splice(k, 1);
    a.end = end;
    a.typeIndex = ORG;
    changed = true;
  }
  if (changed) spans.sort((x, y) => x.start - y.start);
}

/** A word made with "bank" after four letters or more ("Handelsbank", "Rabobank", "Landesbank"; not the town "Redbank"). */
const BANK_WORD = /^\p{Lu}\p{Ll}{3,}bank(?:en|a)?$/u;
/**
 * Step 3bk: "Zürcher Handelsbank", "Rabobank", "Banque Lémanique": a name with a bank's compound word
 * last, or "Banque", "Banco", "Banca" first, is a bank, whatever the tagger typed (it reads
 * "Zürcher Handelsbank" as a man's first name and surname).
 */
export function bankNames(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (s.typeIndex === ORG) continue;
    if (BANK_WORD.test(words[s.end - 1]!.text) || (s.end - s.start >= 2 && /^(?:Banque|Banco|Banca|Bankhaus)$/.test(words[s.start]!.text))) s.typeIndex = ORG;
  }
}

/**
 * Step 0al: "the ruling All India Anna Dravida Munnetra Kazhagam", "the All Progressives Congress":
 * "All" capitalised within a sentence, with at most two untagged capitalised words after it, opens the
 * body's name the tagger found after them (it reads "All" as the ordinary word). Such names are
 * bodies' and teams': "the All Blacks".
 */
export function allLedNames(words: Word[], sentStart: readonly number[], spans: TaggedSpan[]): void {
  const starts = new Set(sentStart);
  for (const s of spans) {
    let b = s.start - 1;
    while (b >= 0 && s.start - b <= 3 && words[b]!.text !== "All" && /^\p{Lu}\p{Ll}+$/u.test(words[b]!.text) && !spans.some((t) => t.start <= b && b < t.end)) b--;
    if (b < 1 || words[b]!.text !== "All" || starts.has(b) || !/^(?:the|a|an|ruling|opposition|of|by|for|and|to|with|from|’s|'s)$/.test(words[b - 1]!.text)) continue;
    // (Not a player's honour before a name: "All Star Anthony Davis", "All Pro Patrick Mahomes", nor a
    // feast: "All Hallows Eve".)
    if (/^(?:Star|Stars|Pro|American|Americans|Black|Blacks|Hallows|Saints|Souls|Time)$/.test(words[b + 1]?.text ?? "")) continue;
    s.start = b;
    s.typeIndex = ORG;
  }
}

/**
 * Step 0fb: "the Communist Party of India (Marxist)", "Janata Dal (United)", "the CPI(M)": a party's
 * faction in brackets right after its name is part of the name (South Asian parties split so). A
 * faction's word ("Marxist", "Maoist", "United", "Secular") or, glued to an acronym, its letters; not
 * an acronym in brackets after a space, which is the name's alias (step 5), nor a place ("(India)").
 */
export function bracketedFactions(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    const o = s.end;
    if (s.typeIndex !== ORG || words[o]?.text !== "(" || words[o + 2]?.text !== ")") continue;
    const inner = words[o + 1]!.text;
    const glued = words[o]!.start === words[o - 1]!.end && /^\p{Lu}{1,3}$/u.test(inner) && /^\p{Lu}{2,6}$/u.test(words[o - 1]!.text);
    const faction = /^(?:\p{Lu}\p{Ll}+(?:ist|ite)|United|Secular|Unified|Socialist|Democratic|Reformed|Nawaz|Awami)$/u.test(inner) && /^(?:Party|Dal|League|Congress|Front|Sena|India|Nepal|Bangladesh|Pakistan|Sri Lanka)$/.test(words[s.end - 1]!.text);
    if (!glued && !faction) continue;
    s.end = o + 3;
    // (The faction's word the tagger found on its own is now inside the party's name.)
    for (let k = spans.length - 1; k >= 0; k--) if (spans[k] !== s && spans[k]!.start >= o && spans[k]!.end <= o + 3) spans.splice(k, 1);
  }
}

/** Lower-case kinds of body before a body's one-word name: "the environmental group Germanwatch", "the airline Ryanair". */
const BODY_KINDS = new Set(["group", "charity", "company", "firm", "startup", "start-up", "organisation", "organization", "NGO", "airline", "carrier", "broadcaster", "newspaper", "insurer", "retailer", "lender", "watchdog", "regulator", "band", "publisher", "carmaker", "automaker", "drugmaker", "chipmaker", "conglomerate", "consultancy", "nonprofit", "non-profit", "think-tank", "supermarket", "bank"]);
/** Posts and business words, with their preposition, before a body's one-word name: "co-founder of Kestrel", "analysts at Jefferies". */
const BODY_OF = new Map([["founder", "of"], ["co-founder", "of"], ["cofounder", "of"], ["spokesperson", "for"], ["spokesman", "for"], ["spokeswoman", "for"], ["analyst", "at"], ["analysts", "at"], ["economist", "at"], ["strategist", "at"], ["shares", "in"], ["stake", "in"]]);

/**
 * Step 0kb: one capitalised word within a sentence that the tagger left out, after a kind of body and
 * a determiner or adjective ("the environmental group Germanwatch") or after a post or a business word
 * and its preposition ("Rohan Tan, co-founder of Kestrel"), is that body. Not a listed place ("shares
 * in London"), a month or a day, a nationality, a known first name, or a word before another
 * capitalised one (a longer name the tagger missed is not guessed at).
 */
export function kindNamedBodies(words: Word[], sentStart: readonly number[], spans: TaggedSpan[]): void {
  const starts = new Set(sentStart);
  const covered = new Uint8Array(words.length);
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered[i] = 1;
  let added = false;
  for (let i = 2; i < words.length; i++) {
    const w = words[i]!.text;
    const prev = words[i - 1]!.text, prev2 = words[i - 2]!.text;
    const kind = BODY_KINDS.has(prev) && (/^(?:the|a|an)$/i.test(prev2) || /^\p{Ll}+(?:al|ic|an|ish|ese|ive|ent|ant|ed|ing|-based|-owned|-listed)$/u.test(prev2));
    const post = BODY_OF.get(prev2) === prev;
    if (!kind && !post) continue;
    // (Nor one a joining word carries on: "the group Parents for Safer Screens".)
    const carried = /^(?:for|of|and|&|de|du|der|la|the)$/.test(words[i + 1]?.text ?? "") && /^\p{Lu}/u.test(words[i + 2]?.text ?? "");
    // (Nor a doctrine: "a founder of Methodism".)
    if (covered[i] || starts.has(i) || carried || /ism$/.test(w) || !/^\p{Lu}[\p{Ll}\p{Lu}]*\p{Ll}[\p{L}]*$/u.test(w) || /^\p{Lu}/u.test(words[i + 1]?.text ?? "")) continue;
    const f = gazFlags(w, w.toLowerCase());
    if (MONTHS_AND_DAYS.has(w) || isListedPlace(w) || isNationalityAdjective(w) || f & (GAZ.firstName | GAZ.title | GAZ.honorific)) continue;
    // (After a kind, not an ordinary word: "gave the proposal a firm No", "the bank Holiday weekend".)
    if (kind && !post && f & GAZ.dictCommon) continue;
    spans.push({ start: i, end: i + 1, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0] });
    added = true;
  }
  if (added) spans.sort((x, y) => x.start - y.start);
}

/**
 * Step 0oc: "The Minerals Council South Africa, which represents the industry": a body of two words or
 * more that ends in a body's word, with a country right after it, is one body named with its country
 * (as "Cricket South Africa", "Tourism New Zealand" are); the tagger often ends the body at its word.
 * Only before punctuation: "At the Security Council Russia vetoed it" is two names.
 */
/** What may follow a company's regional arm: punctuation or a verb of saying ("Google Japan told reporters"). */
const ARM_AFTER = /^(?:[,.;:)]|said|says|told|announced|reported|plans|will)$/;
/** Continents a company's regional arm is named by. */
const CONTINENT_ARMS = new Set(["Europe", "Africa", "Asia", "Asia Pacific", "Latin America", "North America", "Middle East"]);
export function countrySuffixedBodies(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    if (b.start !== a.end || a.end - a.start < 2) continue;
    const last = words[a.end - 1]!.text, key = keyOf(words, b.start, b.end), after = words[b.end]?.text ?? ".";
    // (Punctuation after the country: "At the Security Council Russia vetoed it" is two names.)
    const country = a.typeIndex === ORG && isCountry(key) && (gazFlags(last, last.toLowerCase()) & GAZ.orgSuffix) !== 0 && /^[,.;:)]$/.test(after);
    // ... and a venue's centre with its city, before punctuation or a lower-case word: "at the Austria
    // Center Vienna from Sunday" (`0oc2`).
    const venue = !SKIP.has("0oc2") && a.typeIndex !== PERSON && /^(?:Center|Centre|Arena|Hall|Stadium)$/.test(last) && isListedPlace(key) && !isCountry(key) && FUNCTION_AFTER.test(after);
    // ... and a company's arm named by its continent, before punctuation or a function word:
    // "Thyssenkrupp Steel Europe said" (`0occ`).
    // (Only before punctuation or a verb of saying: "told the Financial Times Europe was not ready" is two names.)
    const continent = !SKIP.has("0occ") && a.typeIndex === ORG && CONTINENT_ARMS.has(key) && ARM_AFTER.test(after);
    if (!country && !venue && !continent) continue;
    a.end = b.end;
    spans.splice(k + 1, 1);
  }
  if (!SKIP.has("0okc")) companyArms(words, spans);
}

/**
 * Step 0okc: "A spokesperson for Google Japan told reporters", "Amazon India said": a well-known
 * company's one-word name (no person's name) and a country right after it, before
 * punctuation or a verb of saying, is the company's arm in that country, one organisation.
 */
function companyArms(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k]!;
    const first = words[a.start]!.text;
    if (a.typeIndex !== ORG || a.end - a.start !== 1 || !isKnownOrganization(first) || gazFlags(first, first.toLowerCase()) & (GAZ.firstName | GAZ.surname)) continue;
    for (const n of [1, 2]) {
      const end = a.end + n;
      if (end > words.length || !isCountry(keyOf(words, a.end, end))) continue;
      // (Not an agency's byline before a country that acts: "Contacted by AFP France confirmed".)
      if (!ARM_AFTER.test(words[end]?.text ?? ".") || /^(?:by|to|told|from)$/i.test(words[a.start - 1]?.text ?? "")) break;
      const inside = spans.filter((t) => t.start < end && t.end > a.end);
      if (inside.some((t) => t.start < a.end || t.end > end)) break;
      for (const t of inside) spans.splice(spans.indexOf(t), 1);
      a.end = end;
      break;
    }
  }
}

/**
 * Step 5cx: "the Brisbane Convention and Exhibition Centre": a place, one or two ordinary capitalised
 * words, "and", and a venue or a body ending in its word are one name (the tagger, or the step that
 * cuts a listed place off a body, leaves the words before "and" out). Not where the words before "and"
 * end a name of their own ("London Bridge and Tower Bridge").
 */
export function venuesOverAnd(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    const and = b.start - 1;
    if (words[and]?.text !== "and" || b.end - b.start < 2 || a.typeIndex === PERSON) continue;
    const head = words[b.end - 1]!.text;
    if (!(gazFlags(head, head.toLowerCase()) & (GAZ.orgSuffix | GAZ.placeSuffix))) continue;
    const gap = words.slice(a.end, and);
    // (No title: "The London Mayor and Greater London Authority" are two.)
    if (gap.length < 1 || gap.length > 2 || !gap.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && gazFlags(w.text, w.text.toLowerCase()) & GAZ.dictCommon && !isTitleWord(w.text.toLowerCase()) && !isTitleOrRank(w.text.toLowerCase()))) continue;
    a.end = b.end;
    a.typeIndex = b.typeIndex;
    spans.splice(k + 1, 1);
  }
}

/**
 * Step 0ld: "the Congress-led United Democratic Front", "a Hamas-run ministry": the name before "-led",
 * "-run", "-backed" and the like is a mention of the body the text names so elsewhere, or of a known
 * organisation (the tokenizer keeps the compound as one word; the suffix is trimmed off the span).
 */
export function ledCompounds(words: Word[], spans: TaggedSpan[]): void {
  const typeOf = new Map<string, number>();
  for (const s of spans) if (s.end - s.start === 1) typeOf.set(words[s.start]!.text, s.typeIndex);
  let added = false;
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!.text;
    if (t.length < 6 || t.indexOf("-") < 2) continue;
    const m = /^(\p{Lu}[\p{L}]+)-(?:led|run|backed|funded|owned|controlled|dominated|allied|aligned|brokered|sponsored)$/u.exec(t);
    if (!m || spans.some((t) => t.start <= i && i < t.end)) continue;
    const stem = m[1]!;
    const type = typeOf.get(stem) ?? (isKnownOrganization(stem) ? ORG : undefined);
    if (type === undefined || isNationalityAdjective(stem)) continue;
    spans.push({ start: i, end: i + 1, typeIndex: type, confidence: 0.5, scores: [0, 0, 0], trim: words[i]!.text.length - stem.length });
    added = true;
  }
  if (added) spans.sort((x, y) => x.start - y.start);
}

/** Clubs' words of other languages that open a club's name: "Real Valladolid", "Borussia Mönchengladbach". */
// ("Hertha" and "Fortuna" are left out: women's names too, "Hertha Firnberg".)
const CLUB_OPENERS = new Set(["Real", "Atlético", "Atletico", "Borussia", "Olympique", "Eintracht", "Dynamo", "Dinamo", "Sporting", "Werder"]);

/**
 * Step 0cbo: a name of two or three words that opens with a club's word of another language and goes
 * on with a word no dictionary knows is a club, an organisation, whatever the tagger typed it ("a 3-0
 * win at Real Valladolid"; the tagger reads the town). Not "Real Estate", "Sporting Life".
 */
export function clubOpeners(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (s.typeIndex === ORG || s.end - s.start < 2 || s.end - s.start > 3 || !CLUB_OPENERS.has(words[s.start]!.text)) continue;
    const rest = words.slice(s.start + 1, s.end);
    if (rest.some((w) => !/^\p{Lu}/u.test(w.text) || (gazFlags(w.text, w.text.toLowerCase()) & GAZ.dictCommon && !isListedPlace(w.text)))) continue;
    s.typeIndex = ORG;
  }
}

/** Nouns for a body before "known as", "called": "the central bank, commonly known as Banxico". */
// (Not "movement", "group" or "party", which also name ideologies, kinds and celebrations: "the art
// movement known as Impressionism", "a group known as Ebola-like viruses", "the staff party, known as
// Carnival".)
const KNOWN_AS_BODIES = new Set(["bank", "company", "firm", "agency", "ministry", "department", "authority", "regulator", "airline", "union", "alliance", "coalition", "organisation", "organization", "institute", "commission", "council", "broadcaster", "carrier", "militia"]);

/**
 * Step 0kab: "the central bank, commonly known as Banxico, said": the name a body is known by is the
 * body's, an organisation, whatever the tagger typed it or if it left it out (one capitalised word).
 */
export function knownAsBodies(words: Word[], spans: TaggedSpan[]): void {
  let added = false;
  for (let i = 3; i < words.length; i++) {
    if (words[i - 1]!.text !== "as" || words[i - 2]!.text !== "known") continue;
    let k = i - 3;
    if (/^(?:commonly|widely|also|locally|better|popularly|formally|officially)$/.test(words[k]?.text ?? "")) k--;
    if (words[k]?.text === ",") k--;
    if (!KNOWN_AS_BODIES.has(words[k]?.text ?? "")) continue;
    const s = spans.find((t) => t.start === i);
    if (s) { s.typeIndex = ORG; continue; }
    const w = words[i]!.text;
    // (Not a name a joining word carries on, "Fridays for Future", nor a doctrine.)
    const carried = /^(?:for|of|and|&|de)$/.test(words[i + 1]?.text ?? "") && /^\p{Lu}/u.test(words[i + 2]?.text ?? "");
    if (carried || /ism$/.test(w) || !/^\p{Lu}[\p{L}-]+$/u.test(w) || /^\p{Lu}/u.test(words[i + 1]?.text ?? "") || spans.some((t) => t.start <= i && i < t.end)) continue;
    spans.push({ start: i, end: i + 1, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0] });
    added = true;
  }
  if (added) spans.sort((x, y) => x.start - y.start);
}

/**
 * Step 5ct: "the United States District Court for the Western District of Wisconsin", "the U.S. Court
 * of Appeals for the Tenth Circuit": a court goes on over "for the" and the district or circuit it
 * sits for, which the tagger finds as a place or a body of its own. One organisation.
 */
export function courtDistricts(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    if (a.typeIndex !== ORG || !/^(?:Court|Appeals)$/.test(words[a.end - 1]!.text) || words[a.end]?.text !== "for" || words[a.end + 1]?.text !== "the" || b.start !== a.end + 2) continue;
    // (A district or circuit by name, "the Tenth Circuit", "the Western District of Wisconsin"; not
    // another court, judge or board: "the Supreme Court for the District Court to reconsider".)
    const inner = words.slice(b.start, b.end).map((w) => w.text);
    if (inner.length < 2 || !(/^(?:District|Circuit)$/.test(inner[inner.length - 1]!) || (inner.includes("District") && inner[inner.indexOf("District") + 1] === "of"))) continue;
    a.end = b.end;
    spans.splice(k + 1, 1);
  }
}

/**
 * Step 0hd: "== Loans from abroad ==", "Council evidence", "Shareholders angry": an ordinary word that
 * opens a section heading (a line marked with "==", or a short one with no closing punctuation) is
 * capitalised as the heading's first word, no name, unless the text writes it capitalised within a
 * sentence too ("the Council said").
 */
export function headingWords(words: Word[], sentStart: readonly number[], spans: TaggedSpan[]): void {
  const heads = new Set<number>();
  for (let k = 0; k < sentStart.length; k++) {
    const a = sentStart[k]!, b = sentStart[k + 1] ?? words.length;
    let first = a;
    while (first < b && words[first]!.text === "=") first++;
    const marked = first > a;
    const last = words[b - 1]?.text ?? ".";
    if (marked || (b - a <= 6 && !/^[.!?:;,"'”’)]$/.test(last))) heads.add(first);
  }
  if (!heads.size) return;
  const starts = new Set(sentStart);
  for (let k = spans.length - 1; k >= 0; k--) {
    const s = spans[k]!;
    if (s.end - s.start !== 1 || !heads.has(s.start)) continue;
    const w = words[s.start]!.text;
    const singular = w.endsWith("s") ? w.slice(0, -1) : w;
    if (!((gazFlags(w, w.toLowerCase()) | gazFlags(singular, singular.toLowerCase())) & GAZ.dictCommon) || isListedPlace(w) || isKnownOrganization(w) || isCountry(w) || isGroupPlural(w)) continue;
    // (Written so within a sentence elsewhere: a name after all.)
    if (words.some((x, i) => x.text === w && i !== s.start && !starts.has(i) && words[i - 1]?.text !== "=")) continue;
    spans.splice(k, 1);
  }
}

/** Last words of companies' names besides the company words: "Borealis Events". */
const RUN_TAILS = new Set(["Events", "Productions", "Features"]);
/** Company words that also end fields and genres ("Carnatic Music", "Long Covid Research"): only after a name the tagger found. */
const FIELD_TAILS = new Set(["Music", "Research", "Development"]);
/**
 * Step 5uc: "Halifax studio Tamarack Games", "the organisers, Borealis Events", "an analyst at Kessler
 * Roth Research": two or three capitalised words within a sentence that end in a company's word are a
 * company the tagger left out, or a name it found without that word and typed a person. Not at a
 * sentence's start or a heading's, and not a run the tagger found part of.
 */
export function companyWordRuns(words: Word[], sentStart: readonly number[], spans: TaggedSpan[]): void {
  const starts = new Set(sentStart);
  const covered = new Int32Array(words.length).fill(-1);
  spans.forEach((s, k) => { for (let i = s.start; i < s.end; i++) covered[i] = k; });
  let added = false;
  for (let e = 2; e < words.length; e++) {
    const last = words[e]!.text;
    if (!(COMPANY_WORDS.has(last) || RUN_TAILS.has(last) || FIELD_TAILS.has(last)) || covered[e]! >= 0 || !/^\p{Lu}\p{Ll}/u.test(last) || /^\p{Lu}/u.test(words[e + 1]?.text ?? "")) continue;
    // A name the tagger found right before the word: it goes on over it, a company.
    const before = covered[e - 1]! >= 0 ? spans[covered[e - 1]!]! : undefined;
    if (before) {
      if (before.end === e && before.typeIndex === PERSON && !starts.has(before.start) && before.end - before.start <= 2) { before.end = e + 1; before.typeIndex = ORG; }
      continue;
    }
    let b = e;
    // (An acronym among the words too: "organisers SCC Events".)
    while (b > 0 && e - b < 2 && covered[b - 1]! < 0 && /^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,5})$/u.test(words[b - 1]!.text) && !starts.has(b)) b--;
    if (b === e || starts.has(b) || (/^\p{Lu}/u.test(words[b - 1]?.text ?? "") && !(starts.has(b - 1) && /^(?:The|A|An)$/.test(words[b - 1]!.text))) || words[b - 1]?.text === "=") continue;
    const first = words[b]!.text;
    if (MONTHS_AND_DAYS.has(first) || isNationalityAdjective(first) || DETERMINERS.has(first.toLowerCase())) continue;
    // (A word no dictionary knows among them: "Geographic Information Systems", "Open Educational
    // Resources", "Special Events" are fields and things; and "Games" only after a studio's noun,
    // "the Paralympic Games" being an event.)
    if (words.slice(b, e).every((w) => gazFlags(w.text, w.text.toLowerCase()) & GAZ.dictCommon)) continue;
    // (Nor a field or genre, nor a portfolio after a title: "the Minister for Māori Development".)
    if (FIELD_TAILS.has(last) || (/^(?:for|of)$/.test(words[b - 1]?.text ?? "") && isTitleWord((words[b - 2]?.text ?? "").toLowerCase()))) continue;
    if (last === "Games" && !/^(?:studio|developer|publisher|maker)$/.test(words[b - 1]?.text ?? "")) continue;
    spans.push({ start: b, end: e + 1, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0] });
    added = true;
  }
  if (added) spans.sort((x, y) => x.start - y.start);
}

/**
 * Step 0ac: "UMC Utrecht", "KPMG Nigeria": a "person" that opens with an acronym of three letters or
 * more before a listed place or a body's word is a body (no one's first name is such an acronym; a
 * byline's name in capitals is capitals throughout). Not a post ("our NASA Administrator"), a stage
 * name ("ASAP Rocky", "CCH Pounder") or a rank before a name ("SHO Vikram Singh").
 */
export function acronymLedBodies(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (s.typeIndex !== PERSON || s.end - s.start < 2 || !/^\p{Lu}{3,6}$/u.test(words[s.start]!.text)) continue;
    if (words.slice(s.start + 1, s.end).every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) && !isTitleOrRank(w.text.toLowerCase()) && !OCCUPATIONS.has(w.text.toLowerCase()) && (isListedPlace(w.text) || (gazFlags(w.text, w.text.toLowerCase()) & GAZ.orgSuffix) !== 0))) s.typeIndex = ORG;
  }
}

/**
 * Step 0jc3: "Surgery at Starship Children's Hospital": a body right after a collective word's
 * possessive the tagger left out takes it and up to three capitalised words before it.
 */
export function collectivePossessiveBodies(words: Word[], spans: TaggedSpan[]): void {
  for (const b of spans) {
    if (b.typeIndex === PERSON || b.start < 3 || !/^['’]s$/.test(words[b.start - 1]!.text) || !COLLECTIVES.has(words[b.start - 2]!.text)) continue;
    let k = b.start - 2;
    if (spans.some((t) => t.start <= k && k < t.end)) continue;
    while (k > 0 && b.start - 2 - k < 3 && /^\p{Lu}[\p{L}-]+$/u.test(words[k - 1]!.text) && !DETERMINERS.has(words[k - 1]!.text.toLowerCase()) && !spans.some((t) => t.start <= k - 1 && k - 1 < t.end)) k--;
    if (k === b.start - 2) continue;
    b.start = k;
  }
}

/** Heads of bodies a plural possessive stands before in their names ("Parents' Forum"), besides the gazetteer's organisation suffixes. */
const POSSESSIVE_HEADS = new Set(["Forum", "Office", "Trust", "Fund", "Union", "Movement", "Coalition", "Association", "Federation", "Confederation", "Alliance", "Network", "Council", "Committee", "Commission", "Party", "Front", "Court", "League", "Congress", "Club", "Society", "Guild", "Institute", "Bank", "Cooperative", "Co-operative", "Authority", "Group", "Organisation", "Organization", "Syndicate", "Collective", "Campaign", "Assembly", "Chamber", "Centre", "Center", "Board"]);

/**
 * Step 0jpl: "the Bengaluru Parents' Forum", "Citizens' Digital Forum", "the Changwon District
 * Prosecutors' Office", "Citizens' Coalition for Economic Justice": a common noun's plural possessive
 * inside a body's name that the tagger left out or cut at the apostrophe (0j joins the halves when it
 * found both). Up to three capitalised words before the plural, the capitalised run after it to a body's
 * head, and a "for"/"of" phrase after the head are one organisation. Not a proper name's possessive
 * ("the Beatles' Abbey Road", "Los Angeles' Coconut Grove", "the United Nations' envoy"), nor before a
 * day or a market ("Teachers' Day", "the Farmers' Market"), nor over a person's name.
 */
export function pluralPossessiveBodies(words: Word[], sentStart: readonly number[], spans: TaggedSpan[]): void {
  const starts = new Set(sentStart);
  let changed = false;
  for (let i = 1; i + 1 < words.length; i++) {
    const apostrophe = words[i]!, plural = words[i - 1]!;
    if (!/^['’]$/.test(apostrophe.text) || apostrophe.start !== plural.end || !/^\p{Lu}\p{Ll}+s$/u.test(plural.text)) continue;
    const f = gazFlags(plural.text, plural.text.toLowerCase());
    if (!(f & GAZ.dictCommon) || f & (GAZ.dictProper | GAZ.surname | GAZ.country | GAZ.city)) continue;
    const owner = spans.find((t) => t.start <= i - 1 && i - 1 < t.end);
    if (owner && (owner.typeIndex === PERSON || isKnownOrganization(keyOf(words, owner.start, owner.end)) || isListedPlace(keyOf(words, owner.start, owner.end)))) continue;
    // The run after the apostrophe, to a body's head.
    let end = i + 1;
    while (end < words.length && end - (i + 1) < 4 && /^\p{Lu}[\p{L}-]*$/u.test(words[end]!.text) && !(starts.has(end) && end > i + 1)) end++;
    const head = words[end - 1]!.text;
    if (end === i + 1 || !(POSSESSIVE_HEADS.has(head) || gazFlags(head, head.toLowerCase()) & GAZ.orgSuffix)) continue;
    // (Not a club's nickname before a competition the lists know: "Wolves' Premier League survival".)
    if (isKnownOrganization(keyOf(words, i + 1, end))) continue;
    // ... and what the body is for or of: "for Economic Justice", "of Wales".
    // (Not a date after the name: "Leeds Magistrates' Court on Tuesday".)
    if (/^(?:for|of)$/.test(words[end]?.text ?? "") && /^\p{Lu}/u.test(words[end + 1]?.text ?? "") && !MONTHS_AND_DAYS.has(words[end + 1]!.text)) {
      let e = end + 1;
      while (e < words.length && e - (end + 1) < 4 && /^\p{Lu}[\p{L}-]*$/u.test(words[e]!.text)) e++;
      end = e;
    }
    // The capitalised words before the plural: "Bengaluru", "Changwon District", "Manchester United".
    let start = i - 1;
    // (Not a date or an ordinary word opening the sentence: "Last Friday Nurses' Union members".)
    const front = (k: number) => /^\p{Lu}[\p{L}-]*$/u.test(words[k]!.text) && !DETERMINERS.has(words[k]!.text.toLowerCase()) && !MONTHS_AND_DAYS.has(words[k]!.text) && !(starts.has(k) && gazFlags(words[k]!.text, words[k]!.text.toLowerCase()) & GAZ.dictCommon) && !spans.some((t) => t.typeIndex === PERSON && t.start <= k && k < t.end);
    while (start > 0 && i - 1 - start < 3 && !starts.has(start) && front(start - 1)) start--;
    if (spans.some((t) => (t.start < start && t.end > start) || (t.start < end && t.end > end) || (t.typeIndex === PERSON && t.start >= start && t.end <= end))) continue;
    for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.start >= start && spans[k]!.end <= end) spans.splice(k, 1);
    spans.push({ start, end, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0] });
    changed = true;
    i = end;
  }
  if (changed) spans.sort((x, y) => x.start - y.start);
}

/**
 * Step 0ost: "the Society of St Vincent de Paul", "the Church of St. John the Baptist": a body's name
 * that ends in "of St" and a person's name right after it are one name, the body's (the tagger stops
 * at the abbreviation, or reads the saint as a person of their own).
 */
export function saintOfBodies(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    const st = words[a.end - 1]!.text === "." ? a.end - 2 : a.end - 1;
    if (b.start !== a.end || st - a.start < 2 || a.typeIndex === PERSON || words[st - 1]!.text !== "of" || !/^(?:St\.?|Saint|Ste\.?|Sainte)$/.test(words[st]!.text)) continue;
    a.end = b.end;
    spans.splice(k + 1, 1);
  }
}

/**
 * Step 0pab: "the England and Wales Cricket Board", "the Trinidad and Tobago Football Association": a
 * body named for a pair of places that is one place or jurisdiction itself is one body (the tagger
 * takes the first place apart, or the pair from the body). Only a listed pair ("Trinidad and Tobago")
 * or the jurisdiction "England and Wales": "the US and Qatar Investment Authority" names two.
 */
export function placePairBodies(words: Word[], spans: TaggedSpan[]): void {
  const bodyHead = (w: string) => BODY_ENDS.has(w) || /^(?:Board|Federation|Association|Union)$/.test(w) || (gazFlags(w, w.toLowerCase()) & GAZ.orgSuffix) !== 0;
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    if (a.typeIndex === PERSON || b.typeIndex !== ORG || b.end - b.start < 2 || !bodyHead(words[b.end - 1]!.text) || !/^the$/i.test(words[a.start - 1]?.text ?? "")) continue;
    // The pair split, the second place opening the body: "England" + "and" + "Wales Cricket Board".
    const split = b.start === a.end + 1 && words[a.end]!.text === "and" && (isListedPlace(keyOf(words, a.start, b.start + 1)) || keyOf(words, a.start, b.start + 1) === "England and Wales");
    // The pair whole before the body: "Trinidad and Tobago" + "Football Association".
    const whole = b.start === a.end && a.end - a.start >= 3 && words.slice(a.start, a.end).some((w) => w.text === "and") && isListedPlace(keyOf(words, a.start, a.end));
    if (!split && !whole) continue;
    a.end = b.end;
    a.typeIndex = ORG;
    spans.splice(k + 1, 1);
  }
}

/** Last words that end a body's name after an adjective the tagger stopped at (step 0adj). */
const ADJECTIVE_TAILS = /^(?:Commissioner|Ombudsman|Research|Studies|Affairs|Sciences|Science|Medicine|Health|Development|Heritage|Culture|Museum|Library|Archives|Commission|Council|Institute|Authority|Agency|Service|Office|Board|Foundation|Society|Association|Federation|Centre|Center)$/;
/**
 * Step 0adj: "the Office of the Australian Information Commissioner", "the National Institute of
 * Amazonian Research": a body's name the tagger ended at an adjective (a nationality or a word in
 * -an, -ian, -ese, -ic) goes on over the capitalised words after it, up to three, when the last of
 * them is a body's or a field's word.
 */
export function adjectiveEndedBodies(words: Word[], sentStart: readonly number[], spans: TaggedSpan[]): void {
  const starts = new Set(sentStart);
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!, last = words[s.end - 1]!.text;
    if (s.typeIndex !== ORG || s.end - s.start < 3 || !(isNationalityAdjective(last) || /^\p{Lu}\p{Ll}+(?:an|ian|ese|ic)$/u.test(last))) continue;
    let e = s.end;
    while (e < words.length && e - s.end < 3 && /^\p{Lu}\p{Ll}+$/u.test(words[e]!.text) && !starts.has(e)) e++;
    if (e === s.end || !ADJECTIVE_TAILS.test(words[e - 1]!.text) || spans.some((t) => t !== s && t.start < e && t.end > s.end && (t.start < s.end || t.end > e))) continue;
    for (let j = spans.length - 1; j > k; j--) if (spans[j]!.start >= s.end && spans[j]!.end <= e) spans.splice(j, 1);
    s.end = e;
  }
}

/** Fields a ministry's name joins with "and": "of Foreign and Diaspora Affairs", "of Culture and Tourism". */
const JOINED_FIELDS = /^(?:Affairs|Relations|Resources|Development|Trade|Cooperation|Co-operation|Communications|Planning|Welfare|Culture|Sport|Sports|Industry|Energy|Environment|Transport|Finance|Labour|Labor|Tourism|Fisheries|Forestry|Mines|Heritage|Innovation|Technology|Integration)$/;
/**
 * Step 0ofa: "the Ministry of Foreign and Diaspora Affairs", "the Ministry of Culture and Tourism": a
 * ministry's or a department's name the tagger ended at its first field goes on over "and" and the
 * field after it (the tagger reads the second as a name of its own, often a person's).
 */
export function joinedFieldBodies(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.typeIndex !== ORG || s.end - s.start < 3 || !INSTITUTION_WORDS.has(words[s.start]!.text) || !/^(?:of|for)$/.test(words[s.start + 1]!.text) || words[s.end]?.text !== "and") continue;
    let e = s.end + 1;
    while (e < words.length && e - (s.end + 1) < 3 && /^\p{Lu}\p{Ll}+$/u.test(words[e]!.text)) e++;
    if (e === s.end + 1 || !JOINED_FIELDS.test(words[e - 1]!.text) || /^\p{Lu}/u.test(words[e]?.text ?? "")) continue;
    if (spans.some((t) => t !== s && t.start < e && t.end > e)) continue;
    for (let j = spans.length - 1; j > k; j--) if (spans[j]!.start > s.end && spans[j]!.end <= e) spans.splice(j, 1);
    s.end = e;
  }
}
