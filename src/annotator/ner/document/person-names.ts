/** Document-pass steps for people's names: surname particles, East Asian names, nicknames, chains of fathers, bylines, captions, sentence openings and names run on over "of". */
import { GAZ, MONTHS_AND_DAYS, SURNAME_PARTICLES, demonymNationality, gazFlags, isCountry, isKnownOrganization, isListedPlace, isNationalityAdjective, isTitleWord } from "../lexicon.ts";
import type { Word } from "../words.ts";
import { isNameHonorific, isPosition, isRank } from "../clean.ts";
import { COMPANY_WORDS } from "../org-cues.ts";
import { PLACE_FIRSTS } from "./places.ts";
import { FACILITIES, INSTITUTION_ENDS, MAX_LEN, OCCUPATIONS, ORG, PERSON, PERSON_NOUNS, PLACE, POST_NOMINALS, SKIP, STOP_WORDS, type TaggedSpan, UNIT_WORDS, canAlternate, isCapitalised, keyOf, title } from "./spans.ts";

const POSITIONS = /^(?:left|right|centre|center|front|back|top|bottom|pictured|above|below)$/i;
/** Step 4cp (see consistency.ts): "(left)", "(second right)", "(centre, in red)". */
export function captionPeople(words: Word[], spans: TaggedSpan[]): void {
  const people = new Set<string>();
  for (const s of spans) {
    if (s.typeIndex === PERSON || words[s.end]?.text !== "(") continue;
    let k = s.end + 1;
    if (/^(?:second|third|far|fourth)$/i.test(words[k]?.text ?? "")) k++;
    if (!POSITIONS.test(words[k]?.text ?? "") || !/^[),]$/.test(words[k + 1]?.text ?? "")) continue;
    const key = keyOf(words, s.start, s.end);
    if (!isKnownOrganization(key) && !canAlternate(key)) people.add(key);
  }
  if (!people.size) return;
  for (const s of spans) if (people.has(keyOf(words, s.start, s.end))) s.typeIndex = PERSON;
}

/**
 * A name of plain capitalised words that may be a person's, whatever the tagger typed it: no
 * well-known organisation or listed place, no word of a body's, a place's, a country's, a nation's or
 * a title (3ib, 3wh).
 */
function plainName(words: Word[], s: { start: number; end: number }): boolean {
  const key = keyOf(words, s.start, s.end);
  if (isKnownOrganization(key) || canAlternate(key)) return false;
  // (A hyphenated given name too: "Hans-Christoph Berndt".)
  return !words.slice(s.start, s.end).some((w) => !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w.text) || gazFlags(w.text, w.text.toLowerCase()) & (GAZ.orgSuffix | GAZ.placeSuffix | GAZ.country | GAZ.city | GAZ.nationality | GAZ.title));
}

/** Step 3ib (see consistency.ts). */
export function rolePrecededPeople(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (s.typeIndex === PERSON || s.end - s.start < 2 || s.end - s.start > 3 || words[s.start - 1]?.text !== "," || words[s.end]?.text !== ",") continue;
    if (!plainName(words, s)) continue;
    // The phrase before the comma: back to the sentence's start or a clause break, with a role noun in it.
    let role = false;
    // (Over a list of portfolios: "The Minister of Art, Culture and the Creative Economy, Hannatu Musawa,";
    // `3ibl`.)
    const listed = !SKIP.has("3ibl") && words.slice(Math.max(0, s.start - 8), s.start - 1).some((w) => w.text === "and");
    for (let k = s.start - 2; k >= 0 && k >= s.start - (listed ? 14 : 9); k--) {
      const w = words[k]!.text;
      if (/^[.;:!?"“”]$/.test(w) || (w === "," && !(listed && /^\p{Lu}/u.test(words[k + 1]?.text ?? "")))) break;
      const lower = w.toLowerCase();
      // (Or a station in life as the phrase's head: "Another passenger, Saima Bibi, said"; not "A shopkeeper
      // in the old quarter, Bab Touma,"; `3ibt`.)
      if (/^\p{Ll}/u.test(w) && (isTitleWord(lower) || OCCUPATIONS.has(lower) || PERSON_NOUNS.has(lower) || lower === "leader" || lower === "head" || lower === "chief" || (!SKIP.has("3ibt") && TRADES.has(lower) && k === s.start - 2))) { role = true; break; }
      // (A capitalised title before a list of portfolios too: "The Minister of Art, Culture and ...".)
      if (listed && /^\p{Lu}/u.test(w) && isTitleWord(lower) && !spans.some((t) => t.start <= k && k < t.end)) { role = true; break; }
    }
    if (role) s.typeIndex = PERSON;
  }
  // 3ibo. "singer and writer Chico Buarque", "volcanologist Jane Roe": a plain name of two or three words
  // right after a lower-case occupation or title is a person's, whatever the tagger typed.
  for (const s of spans) {
    if (SKIP.has("3ibo") || s.typeIndex === PERSON || s.end - s.start < 2 || s.end - s.start > 3) continue;
    // (An occupation only a person has: not "broadcaster Al Mayadeen", "lithium producer Litio Atacama",
    // "Dutch rival Vermeulen Logistics", "the opposition Yesh Atid".)
    const before = words[s.start - 1]?.text ?? "";
    if (!/^\p{Ll}+$/u.test(before) || !((OCCUPATIONS.has(before) && !BODY_OCCUPATIONS.has(before)) || /ologist$/.test(before))) continue;
    if (plainName(words, s) && !isListedPlace(keyOf(words, s.start, s.end)) && !words.slice(s.start, s.end).some((w) => COMPANY_WORDS.has(w.text))) s.typeIndex = PERSON;
  }
}

/**
 * Step 3kin: "His wife, Marites, said", "her co-star, Keanu, ..": a name set off by commas right after a
 * person's possessive and a noun for a relative or companion is a person's, whatever the tagger typed
 * (not after "its": "its partner, Google,").
 */
export function kinPeople(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (s.typeIndex === PERSON || s.end - s.start > 3 || s.start < 3 || words[s.start - 1]!.text !== ",") continue;
    if (!PERSON_NOUNS.has(words[s.start - 2]!.text.toLowerCase()) || !/^(?:his|her|their|my|our|your|His|Her|Their|My|Our|Your)$/.test(words[s.start - 3]!.text)) continue;
    if (!/^(?:,|\.|and)$/.test(words[s.end]?.text ?? "") || !plainName(words, s)) continue;
    s.typeIndex = PERSON;
  }
}

/** Step 3wh (see consistency.ts). */
export function relativePeople(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (s.typeIndex === PERSON || s.end - s.start < 2 || s.end - s.start > 3 || words[s.end]?.text !== ",") continue;
    // (Or a known first name before a word of place that is a surname too: "Helen Park, who lives on
    // Birch Lane"; `3whf`.)
    // (Not a known body, nor a name after a preposition, which the "who" may pass over: "an analyst
    // at Morgan Stanley, who is not related to".)
    const firstNamed = !SKIP.has("3whf") && s.end - s.start === 2 && firstNameLed(words, s) && !isKnownOrganization(keyOf(words, s.start, s.end)) && !/^(?:at|for|of|from|with|by|in|to)$/.test(words[s.start - 1]?.text ?? "");
    if (firstNamed ? false : !plainName(words, s) || words.slice(s.start, s.end).some((w) => FACILITIES.has(w.text.toLowerCase()))) continue;
    // (Not a unit or a group: "the 158th Fighter Wing, who will", "the Rolling Stones, who".)
    if (/\d/.test(words[s.start - 1]?.text ?? "") || UNIT_WORDS.has(words[s.end - 1]!.text.toLowerCase())) continue;
    // ", who" right after, or after a short apposition with an article: ", a software developer from London who".
    let who = words[s.end + 1]?.text === "who";
    if (!who && /^(?:a|an)$/.test(words[s.end + 1]?.text ?? "")) {
      for (let k = s.end + 2; k < words.length && k <= s.end + 8 && !who; k++) {
        const w = words[k]!.text;
        if (w === "," || w === "." || w === "which" || w === "that") break;
        who = w === "who";
      }
    }
    if (who) s.typeIndex = PERSON;
  }
}

/** A known first name, then capitalised words with no organisation word: "David Harbour", "Lee-Anne Mulholland". */
export function firstNameLed(words: Word[], s: TaggedSpan): boolean {
  const first = words[s.start]!.text;
  const firstPart = first.split("-")[0]!;
  if (!(gazFlags(firstPart, firstPart.toLowerCase()) & GAZ.firstName) || gazFlags(first, first.toLowerCase()) & (GAZ.country | GAZ.city | GAZ.nationality)) return false;
  for (let i = s.start + 1; i < s.end; i++) {
    const w = words[i]!.text;
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) || gazFlags(w, w.toLowerCase()) & (GAZ.orgSuffix | GAZ.country | GAZ.city | GAZ.nationality)) return false;
  }
  return true;
}

/** Verbs a person opening a sentence often has that do not end in "-ed" (plural nouns do end in "-s"). */
const OPENING_VERBS = new Set(["said", "says", "told", "tells", "wrote", "writes", "won", "lost", "met", "made", "took", "left", "led", "became", "spoke", "speaks", "insists", "warns", "adds", "argues", "denies", "admits", "has", "had", "was", "is", "will", "would", "could"]);

/** Step 0sp (see consistency.ts). */
export function sentenceOpeningPeople(words: Word[], sentStart: number[], spans: TaggedSpan[]): void {
  const covered = new Uint8Array(words.length);
  for (const t of spans) for (let i = t.start; i < t.end; i++) covered[i] = 1;
  const opens = new Set(sentStart);
  for (let i = 1; i < words.length; i++) if (/^[—–]$/.test(words[i - 1]!.text)) opens.add(i);
  // Where each capitalised word stands mid-sentence, alone (not right after another capitalised word).
  const alone = new Set<string>();
  for (let i = 1; i < words.length; i++) if (!opens.has(i) && /^\p{Lu}\p{Ll}+$/u.test(words[i]!.text) && !/^\p{Lu}/u.test(words[i - 1]!.text)) alone.add(words[i]!.text);
  let added = false;
  const plain = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w);
  for (const i of opens) {
    if (i + 2 >= words.length || covered[i] || covered[i + 1]) continue;
    const a = words[i]!.text, b = words[i + 1]!.text;
    const verb = words[i + 2]!.text;
    if (!plain(a) || !plain(b) || !(/^\p{Ll}{3,}ed$/u.test(verb) || OPENING_VERBS.has(verb))) continue;
    const fa = gazFlags(a, a.toLowerCase()), fb = gazFlags(b, b.toLowerCase());
    const bad = GAZ.country | GAZ.city | GAZ.nationality | GAZ.title | GAZ.honorific | GAZ.orgSuffix | GAZ.placeSuffix;
    if (fa & bad || fb & bad || fb & GAZ.dictCommon || MONTHS_AND_DAYS.has(a) || isKnownOrganization(b) || isListedPlace(`${a} ${b}`)) continue;
    if (!(fa & GAZ.firstName) && !alone.has(b)) continue;
    spans.push({ start: i, end: i + 2, typeIndex: PERSON, confidence: 0.5, scores: [0, 0, 0] });
    added = true;
  }
  // `," Pep Guardiola said.`: after a quotation's closing mark and its comma, two plain capitalised
  // words before a speech verb are its speaker, first name known or not (`0sq`).
  for (let i = 2; i + 2 < words.length && !SKIP.has("0sq"); i++) {
    if (covered[i] || covered[i + 1] || !/^["”]$/.test(words[i - 1]!.text) || !/^[,?!]$/.test(words[i - 2]!.text)) continue;
    const a = words[i]!.text, b = words[i + 1]!.text;
    if (!plain(a) || !plain(b) || !SPEECH_AFTER_QUOTE.has(words[i + 2]!.text)) continue;
    const fa = gazFlags(a, a.toLowerCase()), fb = gazFlags(b, b.toLowerCase());
    const bad = GAZ.country | GAZ.city | GAZ.nationality | GAZ.title | GAZ.honorific | GAZ.orgSuffix | GAZ.placeSuffix;
    if (fa & bad || fb & bad || fb & GAZ.dictCommon || MONTHS_AND_DAYS.has(a) || isKnownOrganization(`${a} ${b}`) || isKnownOrganization(b) || isListedPlace(`${a} ${b}`)) continue;
    spans.push({ start: i, end: i + 2, typeIndex: PERSON, confidence: 0.5, scores: [0, 0, 0] });
    added = true;
  }
  // ... and one such word, where the text also writes it after a capitalised word no name covers: `,"
  // Guardiola said` with "under Pep Guardiola" elsewhere is the person, both times (`0sq1`).
  for (let i = 2; i + 1 < words.length && !SKIP.has("0sq1"); i++) {
    if (covered[i] || !/^["”]$/.test(words[i - 1]!.text) || !/^[,?!]$/.test(words[i - 2]!.text) || !SPEECH_AFTER_QUOTE.has(words[i + 1]!.text)) continue;
    const w = words[i]!.text;
    const f = gazFlags(w, w.toLowerCase());
    if (!plain(w) || f & (GAZ.country | GAZ.city | GAZ.nationality | GAZ.title | GAZ.honorific | GAZ.orgSuffix | GAZ.placeSuffix | GAZ.dictCommon) || isKnownOrganization(w) || isListedPlace(w)) continue;
    const full = words.findIndex((x, k) => k > 0 && x.text === w && !covered[k] && !covered[k - 1] && plain(words[k - 1]!.text) && !(gazFlags(words[k - 1]!.text, words[k - 1]!.text.toLowerCase()) & (GAZ.title | GAZ.honorific | GAZ.country | GAZ.city | GAZ.nationality)) && !MONTHS_AND_DAYS.has(words[k - 1]!.text) && !sentStart.includes(k - 1));
    if (full < 0) continue;
    spans.push({ start: full - 1, end: full + 1, typeIndex: PERSON, confidence: 0.5, scores: [0, 0, 0] }, { start: i, end: i + 1, typeIndex: PERSON, confidence: 0.5, scores: [0, 0, 0] });
    covered[full - 1] = covered[full] = covered[i] = 1;
    added = true;
  }
  // ... and one word a name of two words the tagger typed otherwise ends with, its first word a known
  // first name: `," Abbey told reporters` with "the board's chief executive, Randy Abbey" (typed a
  // place for its "Abbey") is the person, both times (`0sq2`).
  for (let i = 2; i + 1 < words.length && !SKIP.has("0sq2"); i++) {
    if (covered[i] || !/^["”]$/.test(words[i - 1]!.text) || !/^[,?!]$/.test(words[i - 2]!.text) || !SPEECH_AFTER_QUOTE.has(words[i + 1]!.text)) continue;
    const w = words[i]!.text;
    // (Not a team's plural, "Roosters told reporters", nor a town's second word: "Sydney Roosters",
    // "Alice Springs".)
    // (Nor a church's or a school's last word: "Grace Church".)
    if (!plain(w) || isKnownOrganization(w) || isListedPlace(w) || (/s$/.test(w) && gazFlags(w.slice(0, -1), w.slice(0, -1).toLowerCase()) & GAZ.dictCommon) || INSTITUTION_ENDS.has(w) || FACILITIES.has(w) || /^(?:Church|Chapel|Cathedral|Mosque|Temple|Synagogue)$/.test(w)) continue;
    const full = spans.find((t) => t.typeIndex !== PERSON && t.end - t.start === 2 && words[t.end - 1]!.text === w && gazFlags(words[t.start]!.text, words[t.start]!.text.toLowerCase()) & GAZ.firstName && !isListedPlace(words[t.start]!.text) && !isTitleWord(words[t.start]!.text.toLowerCase()) && !isKnownOrganization(keyOf(words, t.start, t.end)) && !isListedPlace(keyOf(words, t.start, t.end)));
    if (!full) continue;
    full.typeIndex = PERSON;
    spans.push({ start: i, end: i + 1, typeIndex: PERSON, confidence: 0.5, scores: [0, 0, 0] });
    covered[i] = 1;
    added = true;
  }
  if (added) spans.sort((x, y) => x.start - y.start);
}

/** Speech verbs after a quotation and its speaker's name: `," Pep Guardiola said`. */
const SPEECH_AFTER_QUOTE = new Set(["said", "says", "told", "added", "explained", "insisted", "recalled", "admitted", "warned", "noted", "replied", "wrote"]);

/** Step 0by (see consistency.ts). */
export function bylines(words: Word[], sentStart: number[], spans: TaggedSpan[]): void {
  for (let n = 0; n < sentStart.length; n++) {
    const a = sentStart[n]!;
    if (words[a]?.text !== "By" || !/^\p{Lu}/u.test(words[a + 1]?.text ?? "")) continue;
    // The byline ends at the line's end: the next sentence start.
    const next = sentStart[n + 1] ?? words.length;
    let k = a + 1;
    for (const s of spans) {
      if (s.start < k || s.start >= next) continue;
      if (s.start !== k) break;
      const key = keyOf(words, s.start, s.end);
      if (s.end - s.start >= 2 && s.end - s.start <= 4 && !isKnownOrganization(key) && !canAlternate(key)) s.typeIndex = PERSON;
      const gap = words[s.end]?.text;
      if (gap !== "and" && gap !== "," && gap !== "&") break;
      k = s.end + 1;
    }
  }
}

/** Step 0p: extends a person over a lower-case surname particle and the capitalised surname after it. */
export function particleNames(words: Word[], starts: ReadonlySet<number>, spans: TaggedSpan[]): void {
  // A person's name the tagger began at or after a particle takes the particles and the first name
  // before them: "Ireland flanker Josh van der Flier" tagged "Flier" (`0pfn`).
  for (let k = 0; k < spans.length && !SKIP.has("0pfn"); k++) {
    const s = spans[k]!;
    if (s.typeIndex !== PERSON) continue;
    let b = s.start - 1;
    while (b > 0 && s.start - b <= 2 && SURNAME_PARTICLES.has(words[b]!.text) && /^\p{Ll}/u.test(words[b]!.text)) b--;
    if (b === s.start - 1 && !(SURNAME_PARTICLES.has(words[s.start]!.text) && /^\p{Ll}/u.test(words[s.start]!.text))) continue;
    const first = words[b]?.text ?? "";
    if (!/^\p{Lu}\p{Ll}+$/u.test(first) || !(gazFlags(first, first.toLowerCase()) & GAZ.firstName) || spans.some((t) => t !== s && t.start <= b && b < t.end)) continue;
    s.start = b;
  }
  // ... whatever the tagger typed the surname, when lower-case particles stand between it and a known
  // first name: "Pieter van den Heuvel, a board member" tagged "Heuvel", a body (`0pfo`).
  for (let k = 0; k < spans.length && !SKIP.has("0pfo"); k++) {
    const s = spans[k]!;
    if (s.typeIndex === PERSON || s.end - s.start !== 1) continue;
    let b = s.start - 1;
    while (b > 0 && s.start - b <= 2 && SURNAME_PARTICLES.has(words[b]!.text)) b--;
    if (b === s.start - 1) continue;
    const first = words[b]?.text ?? "";
    // (Or a first name the lists lack before two particles: "a try by Duhan van der Merwe"; `0pf2`.)
    const twoParticles = !SKIP.has("0pf2") && s.start - b - 1 >= 2;
    if (!/^\p{Lu}\p{Ll}+$/u.test(first) || (!(gazFlags(first, first.toLowerCase()) & GAZ.firstName) && !twoParticles) || spans.some((t) => t !== s && t.start <= b && b < t.end)) continue;
    s.start = b;
    s.typeIndex = PERSON;
  }
  // "BCI Corredores de Bolsa" tagged "de Bolsa", a person: a particle-led "person" after capitalised
  // words no span covers, among them an acronym or a body's word of another language, is the body
  // they all name (`0pob`; not a first name before the particle: "Charles de Gaulle", above).
  for (let k = 0; k < spans.length && !SKIP.has("0pob"); k++) {
    const s = spans[k]!;
    if (s.typeIndex !== PERSON || !SURNAME_PARTICLES.has(words[s.start]!.text) || !/^\p{Ll}/u.test(words[s.start]!.text) || starts.has(s.start)) continue;
    let b = s.start;
    while (b > 0 && s.start - b < 4 && !starts.has(b) && /^\p{Lu}/u.test(words[b - 1]!.text) && !spans.some((t) => t.start <= b - 1 && b - 1 < t.end)) b--;
    const run = words.slice(b, s.start).map((w) => w.text);
    if (!run.length || !run.some((w) => /^\p{Lu}{2,6}$/u.test(w) || ROMANCE_BODY_WORDS.has(w)) || run.some((w) => isTitleWord(w.toLowerCase()))) continue;
    s.start = b;
    s.typeIndex = ORG;
  }
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const p = s.end;
    if (p + 1 >= words.length || !SURNAME_PARTICLES.has(words[p]!.text) || starts.has(p + 1)) continue;
    // "son of" is said of people only: a name before "bin" is a person's whatever the tagger typed it.
    const patronymic = /^(?:bin|ibn|bint)$/.test(words[p]!.text);
    // (Or a one-word name of any type before a lower-case particle, a capitalised surname and a speech
    // verb, or after an occupation: "Union negotiator Marloes de Wit said" (tagged "Marloes", a body); `0pn`.)
    const named = !SKIP.has("0pn") && s.typeIndex !== PERSON && s.end - s.start === 1 && /^\p{Ll}/u.test(words[p]!.text) && /^\p{Lu}\p{Ll}+$/u.test(words[p + 1]?.text ?? "") && !isListedPlace(words[s.start]!.text) && !isKnownOrganization(words[s.start]!.text) && (SAID_AFTER.test(words[p + 2]?.text ?? "") || OCCUPATIONS.has(words[s.start - 1]?.text ?? "") || isTitleWord(words[s.start - 1]?.text ?? "") || TRADES.has(words[s.start - 1]?.text ?? ""));
    if (s.typeIndex !== PERSON && !patronymic && !named) continue;
    // Two particles in a row: "Anko van der Werff", "Ursula von der Leyen", "María de la Cruz".
    const q = SURNAME_PARTICLES.has(words[p + 1]!.text) && p + 2 < words.length ? p + 1 : p;
    if (starts.has(q + 1)) continue;
    let e = q + 1;
    while (e < words.length && e - q <= 2 && /^\p{Lu}\p{Ll}/u.test(words[e]!.text) && !starts.has(e)) {
      const w = words[e]!.text;
      if (gazFlags(w, w.toLowerCase()) & (GAZ.country | GAZ.city | GAZ.orgSuffix | GAZ.placeSuffix | GAZ.title)) break;
      e++;
    }
    if (e === q + 1) continue;
    // An Arabic family name after the patronymic: "Tamim bin Hamad Al Thani", "Mohammed bin Abdulrahman
    // Al Thani" (the tagger makes "Al Thani" a person of its own).
    if (/^(?:Al|El)$/.test(words[e - 1]!.text) && e < words.length && /^\p{Lu}\p{Ll}/u.test(words[e]!.text) && !starts.has(e)) e++;
    else if (e + 1 < words.length && /^(?:Al|El)$/.test(words[e]!.text) && /^\p{Lu}\p{Ll}/u.test(words[e + 1]!.text) && !starts.has(e + 1)) e += 2;
    // ... and on through a chain of fathers: "Theyab bin Mohamed bin Zayed" (0pc).
    while (patronymic && !SKIP.has("0pc") && e + 1 < words.length && /^(?:bin|ibn|bint)$/.test(words[e]!.text) && /^\p{Lu}\p{Ll}/u.test(words[e + 1]!.text) && !starts.has(e + 1) && e + 2 - s.start <= MAX_LEN) e += 2;
    if (e - s.start > MAX_LEN) continue;
    // The surname may already be a span of its own ("Hag", "Al Thani"): it becomes part of the name.
    const next = spans[k + 1];
    // (A person span the tagger found for the surname runs to its own end: "Jacques van der Merwe SC"
    // tagged "Jacques" and "Merwe SC"; the letters are cut later.)
    if (next && next.start === q + 1 && next.typeIndex === PERSON && next.end > e && next.end - s.start <= MAX_LEN + 1) e = next.end;
    if (next && next.start < e && (next.start <= q || next.end > e || next.typeIndex !== PERSON && next.start !== q + 1)) continue;
    if (next && next.start < e) spans.splice(k + 1, 1);
    while (spans[k + 1] && spans[k + 1]!.start < e && spans[k + 1]!.end <= e) spans.splice(k + 1, 1);
    if (patronymic || named) s.typeIndex = PERSON;
    s.end = e;
  }
  // ... and the particles before a surname at a sentence start, capitalised there: "Van der Werff
  // said" (tagged "Werff", as an organisation), "De la Cruz".
  for (const s of spans) {
    let a = s.start;
    while (a > 0 && s.start - a < 2 && SURNAME_PARTICLES.has(words[a - 1]!.text)) a--;
    // (Capitalised as a word, not in capitals: "DI Whitmore said" is a detective inspector.)
    if (a === 0 || !SURNAME_PARTICLES.has(words[a - 1]!.text.toLowerCase()) || !/^\p{Lu}\p{Ll}*$/u.test(words[a - 1]!.text) || !starts.has(a - 1)) continue;
    // (The tagger may have taken the lower-case particles after it: "De la Cruz" tagged "la Cruz".)
    let core = s.start;
    while (core < s.end - 1 && SURNAME_PARTICLES.has(words[core]!.text)) core++;
    if (s.end - core !== 1 || !/^\p{Lu}\p{Ll}/u.test(words[core]!.text)) continue;
    s.start = a - 1;
    s.typeIndex = PERSON;
  }
}

/** A surname particle, in lower case or capitalised as a word ("Di", not "DI", a detective inspector). */
const isParticle = (w: string) => SURNAME_PARTICLES.has(w) || (/^\p{Lu}\p{Ll}+$/u.test(w) && SURNAME_PARTICLES.has(w.toLowerCase()));

/**
 * Step 0ps: lower-case particles before a surname standing alone, when the text names the person with
 * them: "Jan van den Berg ... van den Berg said" (tagged "Berg"), "Luigi de Magistris ... de Magistris".
 * Run after the repeats are added, which find the bare surname.
 */
export function particleSurnames(words: Word[], starts: ReadonlySet<number>, spans: TaggedSpan[]): void {
  const full = new Set<string>();
  for (const s of spans) {
    if (s.typeIndex !== PERSON || s.end - s.start < 3) continue;
    // (Particles capitalised in the name too: "Francesca Di Stefano".)
    let a = s.end - 1;
    while (a > s.start + 1 && isParticle(words[a - 1]!.text)) a--;
    if (a < s.end - 1) full.add(keyOf(words, a, s.end));
  }
  if (!full.size) return;
  // "Ten Hag insisted", "joined Ten Hag's staff": the particle capitalised, tagged as a body.
  const fullLower = new Set([...full].map((k) => k.toLowerCase()));
  for (const s of spans) {
    if (s.end - s.start >= 2 && SURNAME_PARTICLES.has(words[s.start]!.text.toLowerCase()) && fullLower.has(keyOf(words, s.start, s.end).toLowerCase())) s.typeIndex = PERSON;
  }
  for (const s of spans) {
    if (s.end - s.start !== 1) continue;
    let a = s.start;
    // (Also capitalised at a sentence's start: "Maarten de Groot ... De Groot, who took over"; `0psc`.)
    while (a > 0 && s.start - a < 3 && isParticle(words[a - 1]!.text) && (!starts.has(a - 1) || !SKIP.has("0psc"))) { a--; if (starts.has(a)) break; }
    // The longest run of particles the full name has: "van den Berg", not "den Berg".
    // (Or anywhere, written so: "said De Wit" after "Sanne de Wit"; `0psm`.)
    const has = (k: string) => full.has(k) || (!SKIP.has("0psc") && (starts.has(a) || !SKIP.has("0psm")) && fullLower.has(k.toLowerCase()));
    while (a < s.start && !has(keyOf(words, a, s.end))) a++;
    if (a === s.start) continue;
    s.start = a;
    s.typeIndex = PERSON;
  }
}

/** One romanised Korean or Chinese syllable: onset, vowel(s), optional final nasal or stop. */
const SYLLABLE = "(?:[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|l|p|t|h)?)";
const GIVEN_NAME = new RegExp(`^(?=\\p{Lu})${SYLLABLE}-${SYLLABLE}$`, "iu");
const FAMILY_NAME = /^\p{Lu}\p{Ll}{1,5}$/u;
/** Step 0k: "Park Joo-Ho" as one person, replacing what the tagger made of either word. */
export function eastAsianNames(words: Word[], spans: TaggedSpan[]): void {
  let changed = false;
  for (let i = 0; i + 1 < words.length; i++) {
    let family = words[i]!.text, given = words[i + 1]!.text;
    // ... or in Western order, the given name first, with nothing capitalised after: "Economist
    // Hyun-woo Park of the Reserve Bank" (0kw).
    if (!SKIP.has("0kw") && family.includes("-") && FAMILY_NAME.test(given) && GIVEN_NAME.test(family) && !isCapitalised(words[i + 2]?.text ?? "")) [family, given] = [given, family];
    if (!given.includes("-")) continue;
    if (!GIVEN_NAME.test(given) || !FAMILY_NAME.test(family)) continue;
    const f = gazFlags(family, family.toLowerCase());
    // (A kinship word is a title for "his son John", but "Son" is also a Korean family name: "Son Heung-min".)
    if (f & (GAZ.country | GAZ.city | GAZ.nationality | GAZ.honorific) || (f & GAZ.title && family !== "Son") || STOP_WORDS.has(family.toLowerCase())) continue;
    const over = spans.filter((t) => t.start <= i + 1 && t.end > i);
    // Part of a longer name ("San Diego Comic-Con", "Kim Jong-un's father Kim Jong-il" is two).
    if (over.some((t) => t.start < i || t.end > i + 2)) continue;
    if (over.length === 1 && over[0]!.start === i && over[0]!.end === i + 2 && over[0]!.typeIndex === PERSON) continue;
    for (const t of over) spans.splice(spans.indexOf(t), 1);
    spans.push({ start: i, end: i + 2, typeIndex: PERSON, confidence: 0.5, scores: [0, 0, 0] });
    changed = true;
    i++;
  }
  if (changed) spans.sort((x, y) => x.start - y.start);
}
/** Step 0nk (see consistency.ts). */
export function nicknames(words: Word[], sentStart: number[], spans: TaggedSpan[]): void {
  const starts = new Set(sentStart);
  // (The tagger may leave the first name out at a sentence start: "Eduardo 'Dodong' Villanueva said".)
  for (let i = 1; i + 3 < words.length; i++) {
    const w = words[i - 1]!.text;
    if (!/^["“'‘]$/.test(words[i]!.text) || !/^\p{Lu}\p{Ll}+$/u.test(w) || !(gazFlags(w, w.toLowerCase()) & GAZ.firstName) || spans.some((t) => t.start < i && t.end >= i)) continue;
    // (Only before a nickname and a surname: 'Eduardo "Dodong" Villanueva'.)
    let j = i + 1;
    while (j < words.length && j - i <= 2 && /^\p{Lu}[\p{L}'’-]*$/u.test(words[j]!.text)) j++;
    if (j === i + 1 || !/^["”'’]$/.test(words[j]?.text ?? "") || !/^\p{Lu}\p{Ll}/u.test(words[j + 1]?.text ?? "")) continue;
    const k = spans.findIndex((t) => t.start > i);
    spans.splice(k < 0 ? spans.length : k, 0, { start: i - 1, end: i, typeIndex: PERSON, confidence: 0.5, scores: [0, 0, 0] });
  }
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k]!;
    let i = a.end;
    if (a.typeIndex !== PERSON || !/^["“'‘]$/.test(words[i]?.text ?? "")) continue;
    let j = i + 1;
    while (j < words.length && j - i <= 2 && /^\p{Lu}[\p{L}'’-]*$/u.test(words[j]!.text)) j++;
    if (j === i + 1 || !/^["”'’]$/.test(words[j]?.text ?? "") || starts.has(j + 1)) continue;
    // The surname after it: a person span of the tagger's, or capitalised words it left out.
    const b = spans[k + 1];
    let end: number;
    if (b && b.start === j + 1 && b.typeIndex !== ORG) end = b.end;
    else {
      end = j + 1;
      while (end < words.length && end - j <= 2 && /^\p{Lu}\p{Ll}/u.test(words[end]!.text) && !isTitleWord(words[end]!.text.toLowerCase())) end++;
      if (end === j + 1 || (b && b.start < end)) continue;
    }
    if (end - a.start > MAX_LEN + 3) continue;
    if (b && b.start === j + 1) spans.splice(k + 1, 1);
    a.end = end;
  }
}

/** Schools' and colleges' last words that the institution list leaves out. */
export const SCHOOL_WORDS = new Set(["Conservatoire", "Conservatory", "Academy", "Polytechnic", "Seminary", "Elementary", "Lyceum", "Gymnasium"]);

/** Step 0ro (see consistency.ts). */
export function splitPersonOf(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const j = words.slice(s.start + 2, s.end - 1).findIndex((w) => w.text === "of") + s.start + 2;
    // (The tagger may call the whole an organisation: "Aryna Sabalenka of Belarus"; only before a
    // country's name then, `0ro2`.)
    // (Or before a university's or an institute's own name: "Professor Willem de Jager of Leiden
    // University" is a person and a body; `0ro3`.)
    const institution = !SKIP.has("0ro3") && j >= s.start + 2 && words[j + 1]?.text !== "the" && INSTITUTION_ENDS.has(words[s.end - 1]!.text) && (gazFlags(words[s.start]!.text, words[s.start]!.text.toLowerCase()) & GAZ.firstName || words.slice(s.start + 1, j).some((w) => SURNAME_PARTICLES.has(w.text)));
    if (s.typeIndex === ORG && !institution && (SKIP.has("0ro2") || j < s.start + 2 || !isCountry(keyOf(words, j + 1, s.end)))) continue;
    if (j < s.start + 2 || j - s.start > 3) continue;
    const left = words.slice(s.start, j).map((w) => w.text);
    const first = left[0]!;
    const r = words[j + 1]!.text === "the" ? j + 2 : j + 1;
    if (r >= s.end) continue;
    const key = keyOf(words, r, s.end);
    // A known first name, a hyphenated given name, or two words no list knows before a listed place
    // ("Ju Wenjun of China"; not "the Great Wall of China", "Bank of China": ordinary words).
    const unknown = (w: string) => (gazFlags(w, w.toLowerCase()) & (GAZ.dictCommon | GAZ.orgSuffix | GAZ.placeSuffix | GAZ.country | GAZ.city | GAZ.nationality)) === 0 && !isListedPlace(w);
    const named = gazFlags(first, first.toLowerCase()) & GAZ.firstName || GIVEN_NAME.test(first) || GIVEN_NAME.test(left[1]!) || (left.length === 2 && left.every(unknown) && r === j + 1 && isListedPlace(key));
    if (!(named || institution) || !left.every((w, i) => (/^\p{Lu}[\p{L}'’-]+$/u.test(w) || (institution && i > 0 && SURNAME_PARTICLES.has(w))) && !isTitleWord(w.toLowerCase()))) continue;
    // (Not a school's or a body's own name before "of": "the Royal Conservatoire of Scotland", though
    // "Royal" is a first name too; `0rs`.)
    if (!SKIP.has("0rs") && (INSTITUTION_ENDS.has(left.at(-1)!) || SCHOOL_WORDS.has(left.at(-1)!) || gazFlags(left.at(-1)!, left.at(-1)!.toLowerCase()) & GAZ.orgSuffix)) continue;
    // (Or a name the text writes on its own elsewhere, typed as it is there: "Donald Pols of
    // Milieudefensie speaking outside the court" beside "brought by Milieudefensie"; a body, if the
    // tagger called it a person there: no one is "of" a person; `0ro4`.)
    const alone = SKIP.has("0ro4") ? undefined : spans.find((t) => t !== s && keyOf(words, t.start, t.end) === key);
    const type = isListedPlace(key) ? PLACE : institution ? ORG : r === j + 2 && (INSTITUTION_ENDS.has(words[s.end - 1]!.text) || words.slice(r, s.end).some((w) => INSTITUTION_ENDS.has(w.text)) || isKnownOrganization(key)) ? ORG : alone ? (alone.typeIndex === PERSON ? ORG : alone.typeIndex) : -1;
    if (type < 0) continue;
    spans.splice(k + 1, 0, { ...s, start: r, typeIndex: type });
    s.end = j;
    s.typeIndex = PERSON;
  }
}

/**
 * Step 0cp: "Kenya's Faith Wanjiru won", "edging Ethiopia's Tsigereda Alemu": a given name and a
 * surname after a country's possessive, which the tagger drops or types a place (it reads the run as
 * more of the place's name). Two or three plain capitalised words, the first a known first name or no
 * dictionary word, none a title or a word of a body's or place's name ("Kenya's National Assembly",
 * "Britain's Prime Minister" stay as they are), with no capitalised word after them.
 */
export function possessedPeople(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  const plain = (w: string) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w) && !(gazFlags(w, w.toLowerCase()) & (GAZ.orgSuffix | GAZ.placeSuffix | GAZ.title | GAZ.honorific | GAZ.country | GAZ.city | GAZ.nationality)) && !MONTHS_AND_DAYS.has(w);
  for (let i = 0; i + 3 < words.length; i++) {
    const poss = words[i + 1]!.text;
    if ((poss !== "'s" && poss !== "’s") || !isCountry(words[i]!.text)) continue;
    const a = i + 2;
    let b = a;
    while (b < words.length && b - a < 3 && plain(words[b]!.text)) b++;
    if (b - a < 2 || isCapitalised(words[b]?.text ?? "")) continue;
    const first = words[a]!.text, f = gazFlags(first, first.toLowerCase());
    if (!(f & GAZ.firstName) && f & GAZ.dictCommon) continue;
    // (A body's first word is none: "Canada's Royal Winter Game"; and an ordinary last word needs a
    // plain first name before it: "Italy's Jannik Sinner".)
    const last = words[b - 1]!.text, l = gazFlags(last, last.toLowerCase());
    if (f & GAZ.orgPrefix || (l & GAZ.dictCommon && !(l & GAZ.surname) && f & GAZ.dictCommon)) continue;
    // (Nor a company's name before its boss: "Japan's Hokuto Motor president".)
    if (words.slice(a, b).some((w) => isTitleWord(w.text.toLowerCase()) || COMPANY_WORDS.has(w.text)) || isTitleWord((words[b]?.text ?? "").toLowerCase())) continue;
    const touched = out.filter((t) => t.start < b && a < t.end);
    if (touched.some((t) => t.start < a || t.end > b || t.typeIndex === PERSON)) continue;
    out = [...out.filter((t) => !touched.includes(t)), { start: a, end: b, typeIndex: PERSON, confidence: 0.5, scores: [0, 0, 0] }].sort((x, y) => x.start - y.start);
  }
  return out;
}

/**
 * Step 0fsn: "Local MP Sarah Whitcombe said": a person's name the tagger ended on a listed first name,
 * right before a capitalised word no list knows and no further capitalised word, takes that word as
 * its surname (the tagger, unsure of the run "Local MP Sarah Whitcombe", kept only the first name).
 */
export function firstNameSurnames(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (const s of spans) {
    if (s.typeIndex !== PERSON) continue;
    const last = words[s.end - 1]!, next = words[s.end];
    if (!next || next.start !== last.end + 1 || !(gazFlags(last.text, last.text.toLowerCase()) & GAZ.firstName)) continue;
    if (!/^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u.test(next.text) || /^(?:\p{Lu}|-)/u.test(words[s.end + 1]?.text ?? "")) continue;
    const flags = gazFlags(next.text, next.text.toLowerCase());
    if (MONTHS_AND_DAYS.has(next.text) || isKnownOrganization(next.text) || isListedPlace(next.text) || isTitleWord(next.text.toLowerCase())) continue;
    if (flags & (GAZ.country | GAZ.city | GAZ.nationality | GAZ.title | GAZ.honorific | GAZ.orgSuffix | GAZ.placeSuffix | GAZ.firstName) || (flags & GAZ.dictCommon && !(flags & GAZ.surname))) continue;
    // (A span of its own on the word is kept only when it is the surname alone, typed a person.)
    const other = out.find((t) => t !== s && t.start <= s.end && t.end > s.end);
    if (other && (other.typeIndex !== PERSON || other.start !== s.end || other.end !== s.end + 1)) continue;
    if (other) out = out.filter((t) => t !== other);
    s.end++;
  }
  return out;
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)$/;
/**
 * Step 4hs: "Toronto city councillor Mei-Lin Harcourt, appearing ... Ms. Harcourt said": a name of two
 * or three plain words the tagger typed a place or a body, whose last word the text gives a person's
 * honorific elsewhere, is a person's (no word of it a body's, a place's or a title, and the whole no
 * listed place or well-known organisation).
 */
export function honorificSurnames(words: Word[], spans: TaggedSpan[]): void {
  const surnames = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    const before = words[i - 1]!.text === "." ? words[i - 2]?.text ?? "" : words[i - 1]!.text;
    if (HONORIFIC.test(before) && /^\p{Lu}\p{Ll}+$/u.test(words[i]!.text)) surnames.add(words[i]!.text);
  }
  if (!surnames.size) return;
  for (const s of spans) {
    if (s.typeIndex === PERSON || s.end - s.start < 2 || s.end - s.start > 3 || !surnames.has(words[s.end - 1]!.text)) continue;
    const key = keyOf(words, s.start, s.end);
    if (isKnownOrganization(key) || isListedPlace(key) || canAlternate(key)) continue;
    const plain = words.slice(s.start, s.end).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w.text) && !(gazFlags(w.text, w.text.toLowerCase()) & (GAZ.orgSuffix | GAZ.placeSuffix | GAZ.country | GAZ.city | GAZ.nationality | GAZ.title)));
    // (Its first word a known or a hyphenated given name: "Casa Benedetti" beside "Mr Benedetti" is his
    // restaurant.)
    const first = words[s.start]!.text;
    if (plain && (gazFlags(first, first.toLowerCase()) & GAZ.firstName || /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(first))) s.typeIndex = PERSON;
  }
}

/** Letters a name may have after it in brackets: honours and seats ("(SAN)", "(MP)"). */
const BRACKETED = new Set([...POST_NOMINALS, "MP", "MSP", "MEP", "MLA", "TD", "MD", "RN"]);
/** Step 0pbr: "Prof. Chukwuemeka Nwosu (SAN)", "Jane Doe (QC)": letters after a name, in brackets, are its holder's honours, no name. */
export function postNominals(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  return spans.filter((s) => !(s.end - s.start === 1 && BRACKETED.has(words[s.start]!.text) && words[s.start - 1]?.text === "(" && words[s.end]?.text === ")" && spans.some((t) => t.typeIndex === PERSON && t.end === s.start - 1)));
}

/**
 * Step 0rk: "Its president, Cr Darriwell Jones, said": a rank before a name the tagger typed a body and
 * a later step made a person's is no part of the name (the span clean-up cuts it only from people).
 */
export function leadingRanks(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (s.typeIndex !== PERSON || s.end - s.start < 3 || !isRank(words[s.start]!.text) || !/^\p{Lu}/u.test(words[s.start]!.text)) continue;
    const next = words[s.start + 1]!;
    if (next.text === "." ? /^\p{Lu}/u.test(words[s.start + 2]?.text ?? "") && s.end - s.start >= 4 : /^\p{Lu}\p{Ll}/u.test(next.text)) s.start += next.text === "." ? 2 : 1;
  }
}

/**
 * Step 3age: "forklift operator Sione Taufa, 33, a father of three": a name of two or three plain
 * capitalised words the tagger typed otherwise, followed by a comma, an age and a comma, is a
 * person's, and so is every other mention of it (bodies and places are not given ages so).
 */
export function agedPeople(words: Word[], spans: TaggedSpan[]): void {
  const people = new Set<string>();
  const plain = (start: number, end: number) => plainName(words, { start, end }) && !isListedPlace(keyOf(words, start, end));
  for (const s of spans) {
    if (s.typeIndex === PERSON || s.end - s.start > 3 || words[s.end]?.text !== "," || !/^\d{1,2}$/.test(words[s.end + 1]?.text ?? "") || words[s.end + 2]?.text !== ",") continue;
    if (!plain(s.start, s.end)) continue;
    if (s.end - s.start >= 2) { people.add(keyOf(words, s.start, s.end)); continue; }
    // One word ("Gukesh, 18, won") only as the first or last word of a longer plain name the text
    // gives ("Gukesh Dommaraju"), which is then a person's too (`3age1`): a points table's "Arsenal,
    // 20," has no such name.
    if (SKIP.has("3age1")) continue;
    const one = words[s.start]!.text;
    // (Not an ordinary word, "Orient, 44," in a league table beside "Leyton Orient".)
    if (gazFlags(one, one.toLowerCase()) & GAZ.dictCommon) continue;
    const full = spans.find((t) => t.end - t.start >= 2 && t.end - t.start <= 3 && (words[t.start]!.text === one || words[t.end - 1]!.text === one) && plain(t.start, t.end));
    if (full) { people.add(one); people.add(keyOf(words, full.start, full.end)); }
  }
  if (!people.size) return;
  for (const s of spans) if (people.has(keyOf(words, s.start, s.end))) s.typeIndex = PERSON;
}

const HONORIFIC_ONLY = /^(?:Shri|Smt|Shrimati|Alhaji|Alhaja|Begum|Mian|Sardar|Datuk|Mr|Mrs|Ms|Dr)$/;
/**
 * Step 0ho: "Deputy Chief Minister Shri Kameshwar Prasad Singh" tagged "Shri" and "Prasad Singh": an
 * honorific the tagger took for a person is none, and the capitalised words between it and the person
 * after it are that person's first names.
 */
export function honorificOnly(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (const s of spans) {
    // (Only before a name: "Sultana Begum ... Begum said" is her surname.)
    if (s.typeIndex !== PERSON || s.end - s.start !== 1 || !HONORIFIC_ONLY.test(words[s.start]!.text) || !/^\p{Lu}/u.test(words[s.end]?.text ?? "")) continue;
    out = out.filter((t) => t !== s);
    let k = s.end;
    while (k < s.end + 2 && /^\p{Lu}\p{Ll}+$/u.test(words[k]?.text ?? "") && !out.some((t) => t.start <= k && k < t.end)) k++;
    const next = out.find((t) => t.start === k && t.typeIndex === PERSON);
    if (next && k > s.end && next.end - s.end <= MAX_LEN) next.start = s.end;
  }
  return out;
}

/**
 * Step 3ap: "Hadiza, a trader at Kurmi Market, said", "Tigist, a pharmacist, said", "Besoaín, a former
 * mayor of Viña del Mar,": one unknown word before a comma and "a" or "an" and a person's noun, an
 * occupation or a title is a person's name, whatever
 * the tagger typed it (not a listed place or a well-known body: "Kano, a city of millions").
 */
export function apposedPeople(words: Word[], spans: TaggedSpan[]): void {
  const people = new Set<string>();
  for (const s of spans) {
    if (s.typeIndex === PERSON || s.end - s.start !== 1 || words[s.end]?.text !== "," || !/^(?:a|an)$/.test(words[s.end + 1]?.text ?? "")) continue;
    const w = words[s.start]!.text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w) || isListedPlace(w) || isKnownOrganization(w) || canAlternate(w) || gazFlags(w, w.toLowerCase()) & (GAZ.dictCommon | GAZ.country | GAZ.city | GAZ.nationality | GAZ.orgSuffix | GAZ.placeSuffix)) continue;
    // (The noun within two words: "a trader", "a retired teacher", "a 45-year-old farmer".)
    let k = s.end + 2;
    while (k < s.end + 6 && /^(?:\p{Ll}+|\d{1,3}|-|year-old)$/u.test(words[k]?.text ?? "") && !personal(words[k]!.text)) k++;
    const noun = words[k]?.text ?? "";
    // (Not after a preposition, nor where the apposition names someone else: "In Lokoja, a commercial
    // driver, Mr Sunday Ameh, said".)
    if (/^(?:in|at|from|near|to|into|of)$/i.test(words[s.start - 1]?.text ?? "") || (words[k + 1]?.text === "," && /^\p{Lu}/u.test(words[k + 2]?.text ?? ""))) continue;
    if (personal(noun)) people.add(w);
  }
  // (And every other mention of the word.)
  if (people.size) for (const s of spans) if (s.end - s.start === 1 && people.has(words[s.start]!.text)) s.typeIndex = PERSON;
}
/** Occupations that a company or a broadcaster has too. */
const BODY_OCCUPATIONS = new Set(["broadcaster", "producer", "designer", "architect", "developer", "publisher"]);
/** A noun for what a person is: a person's noun, an occupation, a trade or a title. */
const personal = (w: string) => OCCUPATIONS.has(w) || PERSON_NOUNS.has(w) || TRADES.has(w) || isTitleWord(w);
/** A capitalised word that may be a first name, no title, rank or honorific. */
const firstNameLike = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isTitleWord(w.toLowerCase()) && !isRank(w) && !/^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)$/.test(w);
/** Everyday trades and stations in life that news gives people it names by one word. */
const TRADES = new Set(["passenger", "commuter", "witness", "bystander", "shopper", "customer", "patient", "pilgrim", "trader", "vendor", "farmer", "teacher", "nurse", "doctor", "pharmacist", "driver", "student", "worker", "mechanic", "shopkeeper", "fisherman", "fisherwoman", "resident", "engineer", "accountant", "labourer", "laborer", "tailor", "carpenter", "cleaner", "pensioner", "retiree", "housewife", "midwife", "soldier", "guard", "herder", "villager", "refugee", "survivor", "volunteer", "mother", "father", "grandmother", "grandfather", "widow", "seamstress", "baker", "butcher", "cook", "waiter", "waitress", "barber", "hairdresser", "porter", "miner", "welder", "plumber", "electrician", "builder", "bricklayer", "boatman", "rickshaw", "cyclist", "pastor", "imam", "priest", "chief", "elder"]);

/**
 * Step 0pos: "Striker Chukwuemeka Obi scored both goals": a player's position opening a sentence before
 * two or three capitalised words no span holds, then a lower-case word, is a person's name after a
 * position the tagger did not take (it takes "Fly-half Cian O'Sullivan" when it knows the first name).
 */
export function positionLedPeople(words: Word[], sentStart: number[], spans: TaggedSpan[]): TaggedSpan[] {
  const added: TaggedSpan[] = [];
  for (const a of sentStart) {
    const w = words[a]?.text ?? "";
    if (!/^\p{Lu}\p{Ll}+/u.test(w) || !isPosition(w)) continue;
    let e = a + 1;
    while (e < a + 4 && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(words[e]?.text ?? "") && !(gazFlags(words[e]!.text, words[e]!.text.toLowerCase()) & (GAZ.country | GAZ.city | GAZ.nationality | GAZ.orgSuffix | GAZ.placeSuffix | GAZ.title))) e++;
    if (e - a < 3 || !/^\p{Ll}/u.test(words[e]?.text ?? "") || spans.some((t) => t.start < e && t.end > a + 1)) continue;
    added.push({ start: a + 1, end: e, typeIndex: PERSON, confidence: 1, scores: [0, 0, 0] });
  }
  return added.length ? [...spans, ...added].sort((x, y) => x.start - y.start) : spans;
}

/**
 * Step 0pw: "with wicketkeeper Mere Tane, her cousin", "a late try from wing Tevita Fifita": after a
 * player's position in lower case, the capitalised words before a surname the tagger
 * found are the first names ("Mere" is a dictionary word), and a name of plain words the tagger typed a
 * body or a place is a person's; the whole name then stands wherever the text repeats it.
 */
export function positionedPeople(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  // (A surname the text gives a person elsewhere, with the first name before it, where the tagger found
  // nothing: "with wicketkeeper Mere Tane" beside "Captain Sophie Tane".)
  const surnames = new Set(spans.filter((t) => t.typeIndex === PERSON && t.end - t.start >= 2).map((t) => words[t.end - 1]!.text));
  const added: TaggedSpan[] = [];
  for (let i = 1; i + 2 < words.length; i++) {
    const w = words[i]!.text;
    if (!/^\p{Ll}/u.test(w) || !isPosition(w)) continue;
    const e = /^\p{Lu}\p{Ll}+$/u.test(words[i + 1]!.text) && surnames.has(words[i + 2]!.text) ? i + 3 : -1;
    if (e > 0 && !spans.some((t) => t.start < e && t.end > i + 1)) added.push({ start: i + 1, end: e, typeIndex: PERSON, confidence: 1, scores: [0, 0, 0] });
  }
  if (added.length) spans = [...spans, ...added].sort((x, y) => x.start - y.start);
  const full = new Map<string, string>();
  for (const s of spans) {
    let b = s.start;
    // (Over first names only, never a title: "Professor Kevin Lau" keeps its span.)
    while (s.end - s.start === 1 && b > s.start - 2 && b > 0 && firstNameLike(words[b - 1]!.text) && !spans.some((t) => t !== s && t.start <= b - 1 && b - 1 < t.end)) b--;
    const before = words[b - 1]?.text ?? "";
    if (!/^\p{Ll}/u.test(before) || !isPosition(before)) continue;
    if (s.typeIndex !== PERSON) {
      const key = keyOf(words, b, s.end);
      if (s.end - b < 2 || s.end - b > 3 || isKnownOrganization(key) || isListedPlace(key) || !words.slice(b, s.end).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w.text))) continue;
      s.typeIndex = PERSON;
    }
    if (b < s.start) s.start = b;
    if (s.end - s.start === 2) full.set(words[s.end - 1]!.text, words[s.start]!.text);
  }
  // (The first name before the surname elsewhere: "Mere Tane, who was named player of the match".)
  if (full.size) for (const s of spans) if (s.typeIndex === PERSON && s.end - s.start === 1 && s.start > 0 && full.has(words[s.start]!.text) && full.get(words[s.start]!.text) === words[s.start - 1]!.text) s.start--;
  return spans;
}

/** A reporting verb right after a name, which says the name is a person's: "Ezzeldin al-Safi said". */
const SAID_AFTER = /^(?:said|says|told|added)$/;
/** An Arabic article or kin word joined to a capitalised surname: "al-Safi", "el-Sisi", "bin-Talal". */
const JOINED_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|ul|bin|ibn|abu)-\p{Lu}\p{Ll}+$/u;
/**
 * Step 0jp: "An RSF adviser, Ezzeldin al-Safi, said": one or two capitalised words and a surname
 * joined to its article, which the tagger leaves out when it does not know the first name, set off by
 * commas after a noun for a person, or before a speech verb, are a person's name. (Not a place's
 * "Deir al-Balah", which follows "in" or "of", and does not stand in apposition to a person's noun.)
 */
export function joinedParticleNames(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  const added: TaggedSpan[] = [];
  for (let i = 1; i < words.length; i++) {
    if (!JOINED_PARTICLE.test(words[i]!.text)) continue;
    let a = i;
    while (a > i - 2 && /^\p{Lu}\p{Ll}+$/u.test(words[a - 1]?.text ?? "") && !(gazFlags(words[a - 1]!.text, words[a - 1]!.text.toLowerCase()) & (GAZ.dictCommon | GAZ.country | GAZ.city | GAZ.nationality | GAZ.orgSuffix | GAZ.placeSuffix | GAZ.title))) a--;
    if (a === i || spans.some((t) => t.start <= i && a < t.end)) continue;
    const before = words[a - 1]?.text ?? "", after = words[i + 1]?.text ?? "";
    const apposed = before === "," && after === "," && personal(words[a - 2]?.text ?? "");
    const speaking = SAID_AFTER.test(after) && !/^(?:in|of|at|from|near|to)$/i.test(before);
    if (apposed || speaking) added.push({ start: a, end: i + 1, typeIndex: PERSON, confidence: 1, scores: [0, 0, 0] });
  }
  return added.length ? [...spans, ...added].sort((x, y) => x.start - y.start) : spans;
}

/**
 * Step 3sn: "debutant Kelepi Vaka ... Vaka, a 19-year-old from Auckland": a name of two or three plain
 * words typed a place whose last word the text uses alone as a person is that person's full
 * name (the tagger reads unfamiliar Pacific, African and Asian names as places). Not a listed place or a
 * well-known body, nor one with a body's, a place's or a title's word (`plainName`). (Runs before the
 * rest of the document pass, on the tagger's types: a surname it typed a person once is enough.)
 */
export function surnamedPeople(words: Word[], spans: TaggedSpan[]): void {
  const alone = new Map<string, number>();
  /** Surnames of people the tagger already named in full: "Casa Benedetti" beside "Aurelio Benedetti" is his restaurant. */
  const surnames = new Set<string>();
  // (... but the same full name the tagger typed a person elsewhere is that person: "Minister-President
  // Dietmar Woidke" ... "Dietmar Woidke at a campaign event"; `3sn2`.)
  const fullNames = new Set<string>();
  for (const s of spans) {
    if (s.typeIndex === PERSON && s.end - s.start >= 2) { surnames.add(words[s.end - 1]!.text); if (!SKIP.has("3sn2")) fullNames.add(keyOf(words, s.start, s.end)); }
    if (s.end - s.start !== 1) continue;
    const w = words[s.start]!.text;
    alone.set(w, (alone.get(w) ?? 0) | (s.typeIndex === PERSON ? 1 : 2));
  }
  // (Not a name the text writes as a location too: "a factory in Milton Keynes ... Milton Keynes said".)
  const located = new Set<string>();
  for (const s of spans) if (s.end - s.start >= 2 && /^(?:in|at|from|to|near|of)$/.test(words[s.start - 1]?.text ?? "")) located.add(keyOf(words, s.start, s.end));
  for (const s of spans) {
    if (s.typeIndex !== PLACE || s.end - s.start < 2 || s.end - s.start > 3 || !((alone.get(words[s.end - 1]!.text) ?? 0) & 1) || (surnames.has(words[s.end - 1]!.text) && !(fullNames.has(keyOf(words, s.start, s.end)) && !located.has(keyOf(words, s.start, s.end))))) continue;
    // (Nor an ordinary word first, "Circuit Zandvoort" is the track; nor a town's, "Ciudad Bolívar".)
    const first = words[s.start]!.text;
    if (gazFlags(first, first.toLowerCase()) & GAZ.dictCommon || PLACE_FIRSTS.has(first)) continue;
    // (Not where the first word stands alone as a place or a body: "Penrith ... the Penrith Panthers".)
    if ((alone.get(words[s.start]!.text) ?? 0) & 2) continue;
    const key = keyOf(words, s.start, s.end);
    if (!plainName(words, s) || isListedPlace(key)) continue;
    s.typeIndex = PERSON;
  }
}

/** Title words that a body or a place may have in apposition too ("Vermeulen, a rival of", "Acme, the owner of"). */
const SHARED_TITLES = new Set(["rival", "opposition", "former", "member", "owner", "partner", "host", "hosts", "parent", "sponsor", "holder", "holders", "champion", "champions", "leader", "leaders"]);
/**
 * Step 3at: "Hesham Farouk, president of the Egyptian Chess Federation", "Faruk-e-Azam, the adviser for
 * disaster management": a name of one to three plain words set off by a comma before a title or a
 * person's occupation (after "a", "an" or "the", or none) is a person's, whatever the tagger typed.
 */
export function titledAppositions(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (s.typeIndex === PERSON || s.end - s.start > 3 || words[s.end]?.text !== ",") continue;
    let k = s.end + 1;
    if (/^(?:a|an|the)$/.test(words[k]?.text ?? "")) k++;
    const noun = words[k]?.text ?? "";
    if (!/^\p{Ll}+$/u.test(noun) || SHARED_TITLES.has(noun) || !((isTitleWord(noun) && /^(?:of|for|at|to|,)$/.test(words[k + 1]?.text ?? "")) || (OCCUPATIONS.has(noun) && !BODY_OCCUPATIONS.has(noun)) || PERSON_NOUNS.has(noun))) continue;
    const key = keyOf(words, s.start, s.end);
    if (isListedPlace(key) || isKnownOrganization(key) || canAlternate(key)) continue;
    if (s.end - s.start === 1 ? gazFlags(key, key.toLowerCase()) & (GAZ.dictCommon | GAZ.country | GAZ.city | GAZ.nationality) : !plainName(words, s)) continue;
    // (Not after a preposition of place: "In Lokoja, a commercial driver, ...".)
    if (/^(?:in|at|from|near|to|into|of|across)$/i.test(words[s.start - 1]?.text ?? "")) continue;
    s.typeIndex = PERSON;
  }
}

/** Words of bodies' names in Spanish, Portuguese, Italian and French (0pob): "Banco de ...", "Corredores de Bolsa". */
const ROMANCE_BODY_WORDS = new Set(["Banco", "Banca", "Caja", "Caixa", "Grupo", "Gruppo", "Groupe", "Compañía", "Companhia", "Compagnie", "Corporación", "Sociedad", "Sociedade", "Società", "Société", "Instituto", "Istituto", "Institut", "Universidad", "Universidade", "Università", "Université", "Club", "Clube", "Partido", "Partito", "Ministerio", "Ministério", "Ministero", "Ministère", "Fundación", "Fundação", "Fondazione", "Fondation", "Consejo", "Conselho", "Consiglio", "Conseil", "Tribunal", "Tribunale", "Corte", "Cour", "Agencia", "Agência", "Agenzia", "Agence", "Corredores", "Asociación", "Associação", "Associazione", "Federación", "Federação", "Federazione", "Fédération", "Confederación", "Confederação", "Cámara", "Câmara", "Camera", "Chambre", "Secretaría", "Secretaria", "Dirección", "Direção", "Servicio", "Serviço", "Servizio", "Service", "Empresa", "Comisión", "Comissão", "Commissione", "Frente", "Movimiento", "Movimento", "Mouvement", "Unión", "União", "Unione", "Syndicat", "Sindicato"]);
/** Honorifics the lists lack, written before a name (as clean.ts's `hon3`). */
const LOCAL_HONORIFICS = /^(?:Shri|Smt|Shrimati|Sri|Alhaji|Alhaja|Begum|Mian|Sardar|Datuk|Dato|Tun|Hajia|Chief|Mallam|Otunba|Oloye|Igwe|Ikemba)$/;
/** Words before a name that say who the person is, beside titles: "world champion Viswanathan Anand". */
const STANDING_BEFORE = /^(?:champion|captain|skipper|coach|veteran|challenger|compatriot|team-mate|teammate)$/;
/**
 * Step 3np: "Captain Caelan Doris", "world champion Viswanathan Anand": a capitalised word no list knows
 * between a title (or a person's noun) and a surname the tagger found alone is the person's first name.
 * And "the Argentine Gonzalo Quesada" tagged as one body: a nationality, a known first name and more
 * capitalised words are a person, the nationality no part of the name.
 */
export function titledFirstNames(words: Word[], spans: TaggedSpan[]): void {
  const covered = new Uint8Array(words.length);
  for (const t of spans) covered.fill(1, t.start, t.end);
  const bad = GAZ.dictCommon | GAZ.title | GAZ.honorific | GAZ.nationality | GAZ.country | GAZ.city | GAZ.orgSuffix | GAZ.placeSuffix;
  for (const s of spans) {
    if (s.typeIndex === PERSON && s.end - s.start <= 2 && s.start >= 2 && !covered[s.start - 1]) {
      const w = words[s.start - 1]!.text, prevWord = words[s.start - 2]!.text, prev = prevWord.toLowerCase();
      // (Not an honorific of South Asia or West Africa: "member Smt Rekha Venkataraman", "minister Alhaji Sesay".)
      // (Nor a people's noun the dictionary has as a proper noun, unless a first name too: "champion
      // Spaniard Carlos Alcaraz", "the veteran Catalan Xavi Hernandez".)
      const f = gazFlags(w, w.toLowerCase());
      const plainWord = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) && !(f & bad) && (!(f & GAZ.dictProper) || (f & GAZ.firstName) !== 0) && !MONTHS_AND_DAYS.has(w) && !isListedPlace(w) && !isKnownOrganization(w) && !LOCAL_HONORIFICS.test(w);
      // (A title capitalised, "Captain"; not a title's modifier in lower case: "the grand Pasejo Montejo avenue".)
      if (plainWord && ((isTitleWord(prev) && /^\p{Lu}/u.test(prevWord)) || OCCUPATIONS.has(prev) || PERSON_NOUNS.has(prev) || STANDING_BEFORE.test(prev))) { s.start--; covered[s.start] = 1; }
    }
    // (Not a body whose words are ordinary: "American Red Cross", "German Marshall Fund".)
    if (s.typeIndex !== PERSON && s.end - s.start >= 3 && isNationalityAdjective(words[s.start]!.text)) {
      const first = words[s.start + 1]!.text;
      const rest = words.slice(s.start + 2, s.end);
      // (Nor a body named after a place or a founder with a noun after it: "The German Hertha Berlin
      // sacked", "The Canadian Tim Hortons chain"; the person's name ends the phrase.)
      const after = words[s.end]?.text ?? "";
      if (gazFlags(first, first.toLowerCase()) & GAZ.firstName && !(gazFlags(first, first.toLowerCase()) & GAZ.dictCommon) && rest.every((r) => /^\p{Lu}\p{Ll}/u.test(r.text) && !isListedPlace(r.text) && !(gazFlags(r.text, r.text.toLowerCase()) & (GAZ.dictCommon | GAZ.orgSuffix | GAZ.placeSuffix | GAZ.city | GAZ.country))) && !isKnownOrganization(keyOf(words, s.start, s.end)) && !/^\p{Ll}/u.test(after)) {
        s.start++;
        s.typeIndex = PERSON;
      }
    }
  }
}

/**
 * Step 0fp: "(Nitish Kumar Reddy 41;": in a list or a table, a capitalised word right before a
 * person's full name that no word list knows at all (no common word, name, title, place or
 * nationality) is the name's first part, which the tagger left out for never having seen it. Not
 * at a sentence's start, nor a word the text writes in lower case, or before another word, elsewhere.
 */
export function unknownFirstParts(words: Word[], sentStart: readonly number[], spans: TaggedSpan[]): void {
  const starts = new Set(sentStart);
  for (const s of spans) {
    const p = s.start - 1;
    // (Not opening a sentence, where an occupation is capitalised: "Wicketkeeper Kusal Mendis".)
    // (Only in a list or a table, after a bracket or a semicolon: before a name in running text an
    // unknown word is as often a rank, an honorific or a regional demonym, "Havildar Ramesh Singh
    // Rawat", "Yorkshireman Joe Root".)
    if (s.typeIndex !== PERSON || s.end - s.start < 2 || p < 1 || starts.has(s.start) || starts.has(p) || !/^[(\[;]$/.test(words[p - 1]!.text)) continue;
    const w = words[p]!.text;
    // (Nor a believer's, a follower's or a people's noun: "Scientologist Tom Cruise", "Maoist Prachanda".)
    // (Nor a name opening with a particle, "Corredores de Bolsa", nor after an honorific of Nigeria,
    // South Asia or Malaysia, "Otunba Mike Adenuga", which the clean-up takes off.)
    if (!/^\p{Lu}/u.test(words[s.start]!.text) || isNameHonorific(w)) continue;
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || /(?:ist|ian|ite|ic)s?$/.test(w) || words[p]!.end === words[s.start]!.start || gazFlags(w, w.toLowerCase()) || isTitleWord(w.toLowerCase())) continue;
    // (Nor after another name, which other steps join or keep apart: "Shri Kameshwar Prasad Singh".)
    if (spans.some((t) => t.start <= p && p < t.end + 1) || words.some((x, i) => i !== p && (x.text === w.toLowerCase() || (x.text === w && words[i + 1]?.text !== words[s.start]!.text)))) continue;
    s.start = p;
  }
  if (!SKIP.has("0nfp")) nationalityFirstParts(words, spans);
}

/**
 * Step 0nfp: "Italian Gianlorenzo Blengini", tagged "Italian Gianlorenzo" (a body) and "Blengini": a
 * word no list knows between a nationality and a person's name is the name's first part, and the
 * nationality is no part of any name.
 */
function nationalityFirstParts(words: Word[], spans: TaggedSpan[]): void {
  const unknown = (w: string) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !(gazFlags(w, w.toLowerCase()) & (GAZ.dictCommon | GAZ.title | GAZ.honorific | GAZ.country | GAZ.city | GAZ.nationality)) && !isTitleWord(w.toLowerCase());
  // (Or one span over all three, "Italian Gianlorenzo Blengini", whose surname the text names alone as a person.)
  const alone = new Set(spans.filter((t) => t.typeIndex === PERSON && t.end - t.start === 1).map((t) => words[t.start]!.text));
  for (const s of spans) if (s.end - s.start >= 3 && isNationalityAdjective(words[s.start]!.text) && unknown(words[s.start + 1]!.text) && alone.has(words[s.end - 1]!.text)) { s.start++; s.typeIndex = PERSON; }
  // (Or two such words the tagger left out after a nationality or a demonym: "beat the Ethiopian Tigist
  // Alemu in", "the Dutchman Jelte Kist said"; `0nfp2`.)
  if (!SKIP.has("0nfp2")) {
    for (let n = 0; n + 3 < words.length; n++) {
      const a = n + 1, b = n + 3;
      // (The cheap tests first: most words are no capitalised word before two unknown ones.)
      if (!/^\p{Lu}/u.test(words[n]!.text) || !/^\p{Lu}/u.test(words[a]!.text) || !/^\p{Lu}/u.test(words[a + 1]!.text)) continue;
      if (!isNationalityAdjective(words[n]!.text) && !demonymNationality(words[n]!.text)) continue;
      // (Only before what ends the name of a person acting, a verb, a preposition or punctuation; not a
      // noun the words modify, "the Nigerian Boko Haram insurgency", "the Belgian Vlaams Belang
      // stronghold", nor a gloss, "the German Billiges Kaufhaus (low-price department store)".)
      if (!unknown(words[a]!.text) || !unknown(words[a + 1]!.text) || !/^(?:[.,;:!?]|in|at|on|of|and|who|said|says|told|won|beat|finished|was|is|has|had|will|took|set|ran|scored)$/u.test(words[b]?.text ?? "") || spans.some((t) => t.start < b && t.end > a)) continue;
      spans.push({ start: a, end: b, typeIndex: PERSON, confidence: 0.5, scores: [0, 0, 0] });
      spans.sort((x, y) => x.start - y.start);
    }
  }
  for (const s of [...spans]) {
    const p = s.start - 1, n = s.start - 2;
    // (Only before a one-word name: "The Scottish Tory Douglas Ross" has his first name.)
    if (s.typeIndex !== PERSON || s.end - s.start > 1 || n < 0 || !isNationalityAdjective(words[n]!.text)) continue;
    if (!unknown(words[p]!.text)) continue;
    const cover = spans.filter((t) => t !== s && t.start <= p && t.end > n);
    if (cover.some((t) => t.end !== p + 1 || t.start < n)) continue;
    for (const t of cover) spans.splice(spans.indexOf(t), 1);
    s.start = p;
  }
}
