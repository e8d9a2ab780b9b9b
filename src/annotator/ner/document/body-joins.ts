/**
 * Document-pass steps that make one organisation of a body's name the tagger cut in pieces or read as
 * something else: long names cut at "of", "on" or "and" ("the Chancellery of the President of Poland",
 * 0bh; "the Senate Committee on Energy and Natural Resources", 0bon; "the Department of Civil Protection
 * and Emergency Management", "the Energy and Petroleum Regulatory Authority", 0baj), "Friends of the
 * Earth Netherlands" (0fr), "the Socialist People's Party" (0ppl), bulleted results (0rl), foreign
 * articles ("Die Linke", 0fa), saints' schools (0sk) and names of another language after "the" (0thp).
 * The tagger's training text has few names this long, so it ends them at the first "and" or starts
 * them after the last; the words around the cut tell that the pieces are one name.
 */
import { GAZ, MONTHS_AND_DAYS, gazFlags, isCountry, isKnownOrganization, isListedPlace, isNationalityAdjective, isTitleWord } from "../lexicon.ts";
import type { Word } from "../words.ts";
import { INSTITUTIONS } from "./acronyms.ts";
import { INSTITUTION_ENDS, INSTITUTION_WORDS, ORG, PARTY_ADJECTIVES, PERSON, PLACE, PORTFOLIO_WORDS, SKIP, STOP_WORDS, type TaggedSpan, isCapitalised, keyOf } from "./spans.ts";

/** Body words that open a name and go on with "of" and what the body serves: "the Embassy of Belarus", "the Office of the Prime Minister". */
// (Not "Presidency" or "Mission", which name an office or a task as often as a body: "re-elected to the
// Presidency of FIFA", "the Mission of San Juan Capistrano".)
const HEAD_OF = new Set(["Chancellery", "Embassy", "Consulate", "Consulate-General", "Secretariat", "Office", "Directorate", "Ministry", "Department", "Delegation", "Cabinet", "Administration"]);
/** Bodies whose name goes on with "on" and the subject they sit on: "the Committee on Foreign Affairs", "the Council on Foreign Relations". */
const ON_HEADS = new Set(["Committee", "Subcommittee", "Commission", "Council", "Conference", "Panel"]);
/** Words before such a body's word that make "on" part of its name. */
const ON_FRONTS = /^(?:Senate|House|Joint|Select|Standing|Parliamentary|Congressional|Oireachtas|Assembly|Permanent|Special|Inter-American|International|National|Global|World|Presidential|Royal|United)$/;
/** Capitalised words that name a body on their own, so "and" before or after them joins two bodies: "the Treasury and Financial Conduct Authority". */
const BODIES_ALONE = new Set(["Treasury", "Cabinet", "Parliament", "Congress", "Senate", "Police", "Army", "Navy", "Government", "Presidency", "Kremlin", "Pentagon", "Vatican", "Judiciary", "Legislature", "Assembly", "Crown", "Customs", "Coastguard", "Bundestag", "Duma", "Knesset"]);

/** A capitalised ordinary word that is no body's, place's or party's word of its own. */
function plainWord(w: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || BODIES_ALONE.has(w) || INSTITUTION_WORDS.has(w) || INSTITUTION_ENDS.has(w) || PARTY_ADJECTIVES.has(w) || MONTHS_AND_DAYS.has(w)) return false;
  // (Company and portfolio words are fields here: "Energy", "Petroleum"; titles are not: "Minister".)
  const lower = w.toLowerCase();
  const f = gazFlags(w, lower);
  return (f & GAZ.dictCommon) !== 0 && (f & (GAZ.placeSuffix | GAZ.country | GAZ.city | GAZ.nationality | GAZ.honorific)) === 0 && (!isTitleWord(lower) || PORTFOLIO_WORDS.has(lower)) && !STOP_WORDS.has(lower) && !isListedPlace(w) && !isKnownOrganization(w);
}
const overlaps = (spans: TaggedSpan[], a: number, b: number) => spans.filter((t) => t.start < b && t.end > a);

/**
 * Step 0bh: "the Chancellery of the President of Poland", "the Embassy of Belarus", "the Office of
 * the Prime Minister": an untagged body word after "the", then "of" ("of the") and a capitalised run
 * holding a tagged name or made of titles, is one organisation over the whole run.
 */
function headOfBodies(words: Word[], spans: TaggedSpan[]): void {
  for (let h = 1; h + 2 < words.length; h++) {
    if (!HEAD_OF.has(words[h]!.text) || words[h + 1]!.text !== "of" || !/^the$/i.test(words[h - 1]!.text)) continue;
    if (overlaps(spans, h, h + 1).length) continue;
    let j = h + 2;
    if (words[j]!.text === "the") j++;
    const from = j;
    let end = j;
    // The run: capitalised words, and "of"/"the" between them ("the President of Poland").
    while (j < words.length && j - from < 8 && (isCapitalised(words[j]!.text) || (/^(?:of|the)$/.test(words[j]!.text) && isCapitalised(words[j + 1]?.text ?? "")))) {
      j++;
      if (isCapitalised(words[j - 1]!.text)) end = j;
    }
    if (end === from) continue;
    const inner = overlaps(spans, from, end);
    // Nothing crosses the run's edges, nobody is named in it, and it holds a name or is a title.
    if (inner.some((t) => t.start < from || t.end > end || (t.typeIndex === PERSON && !isTitleWord(keyOf(words, t.start, t.end).toLowerCase())))) continue;
    const titled = words.slice(from, end).every((w) => /^(?:of|the)$/.test(w.text) || isTitleWord(w.text.toLowerCase()));
    // (Or a run ending in an institution's word: "the Office of the Planning Regulator".)
    if (!inner.length && !titled && !INSTITUTIONS.has(words[end - 1]!.text.toLowerCase())) continue;
    for (const t of inner) spans.splice(spans.indexOf(t), 1);
    spans.push({ start: h, end, typeIndex: ORG, confidence: 1, scores: [0, 0, 0] });
    spans.sort((x, y) => x.start - y.start);
    h = end;
  }
}

/**
 * Step 0bon: "the Senate Committee on Energy and Natural Resources", "the National Council on
 * Aging": a committee, commission or council goes on over "on" and its subject, ordinary capitalised
 * words joined by "and". Not "the Security Council on Sudan" (a place) or "the Commission on
 * Wednesday" (a day).
 */
function topicBodies(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (s.typeIndex !== ORG || words[s.end]?.text !== "on" || !ON_HEADS.has(words[s.end - 1]!.text)) continue;
    // (Only a legislature's committee or an international or national body: "the Senate Committee on
    // ...", "the Inter-American Commission on Human Rights"; "the Treasury Committee on Inflation and
    // Interest Rates", "a letter to the European Commission on Trade" give what it deals with.)
    const front = words.slice(s.start, s.end - 1).map((w) => w.text);
    if (isKnownOrganization(keyOf(words, s.start, s.end)) || !front.some((w) => ON_FRONTS.test(w))) continue;
    let j = s.end + 1;
    let end = j;
    while (j < words.length && j - s.end <= 6 && (plainWord(words[j]!.text) || (words[j]!.text === "and" && plainWord(words[j + 1]?.text ?? "")))) {
      j++;
      if (words[j - 1]!.text !== "and") end = j;
    }
    if (end === s.end + 1 || isCapitalised(words[end]?.text ?? "")) continue;
    const inner = overlaps(spans, s.end + 1, end);
    if (inner.some((t) => t.end > end)) continue;
    for (const t of inner) spans.splice(spans.indexOf(t), 1);
    s.end = end;
  }
}

/**
 * Step 0baj: "the Department of Civil Protection and Emergency Management", "the Energy and
 * Petroleum Regulatory Authority", "the Peace and Reconciliation Foundation": one or two ordinary
 * capitalised words joined by "and" to an organisation's name, which the tagger took as a name of
 * their own or left out, belong to it when the text never names them alone. After the name, the
 * name must be "X of Y" (as in 5f); before it, "the" must open the phrase and the name must end in
 * an organisation's word.
 */
function andJoinedBodies(words: Word[], spans: TaggedSpan[]): void {
  // (A piece the text writes elsewhere is a name of its own: "the Department of Justice and Homeland
  // Security" ... "Homeland Security said"; "Dose of Colors and Urban Decay" ... "Urban Decay".)
  const alone = (a: number, b: number) => {
    for (let i = 0; i + (b - a) <= words.length; i++) {
      if (i === a || words[i]!.text !== words[a]!.text) continue;
      let same = true;
      for (let d = 1; d < b - a && same; d++) same = words[i + d]!.text === words[a + d]!.text;
      if (same) return true;
    }
    return false;
  };
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.typeIndex !== ORG) continue;
    // After: "X of Y" and "and" + one or two plain words, then no capitalised word or possessive.
    if (words[s.end]?.text === "and" && words.slice(s.start + 1, s.end - 1).some((w) => w.text === "of")) {
      let j = s.end + 1;
      while (j < words.length && j - s.end - 1 < 2 && plainWord(words[j]!.text)) j++;
      const tail = overlaps(spans, s.end + 1, j);
      if (j > s.end + 1 && !isCapitalised(words[j]?.text ?? "") && !/^['’]s?$/.test(words[j]?.text ?? "") && !alone(s.end + 1, j) && tail.every((t) => t.start === s.end + 1 && t.end === j && t.typeIndex !== PERSON)) {
        for (const t of tail) spans.splice(spans.indexOf(t), 1);
        s.end = j;
        continue;
      }
    }
    // Before: "the" + one or two plain words + "and" + a name ending in an organisation's word.
    const last = words[s.end - 1]!.text;
    if (s.end - s.start < 2 || s.start < 3 || words[s.start - 1]!.text !== "and" || !(gazFlags(last, last.toLowerCase()) & GAZ.orgSuffix || INSTITUTION_ENDS.has(last))) continue;
    let i = s.start - 1;
    while (i > 0 && s.start - 1 - i < 2 && plainWord(words[i - 1]!.text)) i--;
    // (Not a team's plural, nor two bodies "between the" X and Y: "between the Rangers and Scottish
    // Professional Football League".)
    if (i === s.start - 1 || !/^the$/i.test(words[i - 1]?.text ?? "") || /s$/.test(words[s.start - 2]!.text) || words[i - 2]?.text === "between") continue;
    const head = overlaps(spans, i, s.start - 1);
    if (alone(i, s.start - 1) || !head.every((t) => t.start === i && t.end === s.start - 1 && t.typeIndex !== PERSON)) continue;
    for (const t of head) spans.splice(spans.indexOf(t), 1);
    s.start = i;
    k = spans.indexOf(s);
  }
}

/**
 * Step 0fr: "Friends of the Earth Netherlands", "the environmental group Friends of the Tisza": a
 * campaign named "Friends of (the)" and what it stands for is one organisation, whatever the tagger
 * made of the name after "of" (a river, a planet, a country).
 */
function friendsOf(words: Word[], spans: TaggedSpan[]): void {
  for (let f = 0; f + 2 < words.length; f++) {
    // (Only "Friends of the" and a thing: "Friends of Boris Johnson", "Friends of the Prime Minister" are
    // a person's friends.)
    if (words[f]!.text !== "Friends" || words[f + 1]!.text !== "of" || words[f + 2]!.text !== "the" || overlaps(spans, f, f + 1).length) continue;
    const j = f + 3;
    let end = j;
    while (end < words.length && end - j < 4 && /^\p{Lu}\p{L}*$/u.test(words[end]!.text)) end++;
    const inner = overlaps(spans, j, end);
    if (end === j || inner.some((t) => t.start < j || t.typeIndex === PERSON) || isTitleWord(words[j]!.text.toLowerCase()) || gazFlags(words[j]!.text, words[j]!.text.toLowerCase()) & (GAZ.title | GAZ.honorific)) continue;
    for (const t of inner) { spans.splice(spans.indexOf(t), 1); end = Math.max(end, t.end); }
    spans.push({ start: f, end, typeIndex: ORG, confidence: 1, scores: [0, 0, 0] });
    spans.sort((x, y) => x.start - y.start);
    f = end;
  }
}

/**
 * Step 0ppl: "the Socialist People's Party", "the Danish People's Party": a party adjective or a
 * nationality right before a "People's ..." name the tagger started at "People's" belongs to it.
 */
function peoplesParties(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (s.typeIndex !== ORG || s.start < 1 || words[s.start]!.text !== "People" || !/^['’]s$/.test(words[s.start + 1]?.text ?? "")) continue;
    const w = words[s.start - 1]!.text;
    // (A party's adjective or a nationality only: "Historic People's Party Win", a headline, is none.)
    if (overlaps(spans, s.start - 1, s.start).length || !(PARTY_ADJECTIVES.has(w) || isNationalityAdjective(w) || isCountry(w))) continue;
    s.start--;
  }
}

/**
 * Step 0rl: "* Socialist People's Party: 8.3 percent, 15 seats", "* New Right: 3.7 percent": in a
 * bulleted results list, the capitalised run between the bullet and a colon before a number is the
 * name the line reports on (a party, a list); the tagger, reading no sentence, often misses it. Not a
 * person's name (a first name opens it), which the tagger reads well.
 */
const PARTY_WORDS = /^(?:Party|Parties|Alliance|Democrats|Union|Front|Movement|Greens|Labour|Liberals|Conservatives|Socialists|Coalition|League|Congress|Bloc|Forum|Democratic|Socialist|Conservative|Liberal|Green|Republicans)$/;
function resultLines(words: Word[], spans: TaggedSpan[]): void {
  const parties = new Set<string>();
  // (Only a list of parties, where a line's name has a party's word: not "* Core Inflation: 3.5
  // percent", "* Munster: 46 seats", "* Wilders: 37 seats".)
  let partyList = false;
  for (let b = 0; b + 3 < words.length && !partyList; b++) {
    if (words[b]!.text !== "*" && words[b]!.text !== "•") continue;
    for (let j = b + 1; j < words.length && j - b < 8 && words[j]!.text !== ":"; j++) if (PARTY_WORDS.test(words[j]!.text)) partyList = true;
  }
  if (!partyList) return;
  for (let b = 0; b + 3 < words.length; b++) {
    if (words[b]!.text !== "*" && words[b]!.text !== "•") continue;
    let i = b + 1;
    if (/^(?:The|A)$/.test(words[i]!.text)) i++;
    let j = i;
    while (j < words.length && j - i < 7 && (/^\p{Lu}[\p{L}'’-]*$/u.test(words[j]!.text) || /^['’]s$/.test(words[j]!.text) || (/^(?:of|and|for|the)$/.test(words[j]!.text) && /^\p{Lu}/u.test(words[j + 1]?.text ?? "")))) j++;
    // (A vote's or a seat's count after the colon: not "* Thebes: 44.9 °C", "* Revenue: $4 billion".)
    if (j === i || words[j]?.text !== ":" || !/^\d/.test(words[j + 1]?.text ?? "") || !/^(?:percent|per|%|seats?|votes?)$/.test(words[j + 2]?.text ?? "")) continue;
    if (gazFlags(words[i]!.text, words[i]!.text.toLowerCase()) & GAZ.firstName && !isListedPlace(words[i]!.text)) continue;
    if (/^(?:Others|Other|Independents|Independent|Yes|No|Turnout|Invalid|Blank|Undecided)$/.test(words[i]!.text) && j - i === 1) continue;
    const inside = overlaps(spans, i, j);
    // (Nor a ticket of two people, "* Anies Baswedan and Muhaimin Iskandar:", nor a plain word, "* Against:".)
    if (inside.some((t) => t.start < i || t.end > j || t.typeIndex === PERSON) || inside.length > 1) continue;
    // (A name the tagger found whole is a party where the line gives seats: "* Venstre: 13.3 percent,
    // 23 seats", typed a place.)
    const whole = inside.find((t) => t.start === i && t.end === j);
    const seats = words.slice(j + 1, j + 8).some((w) => /^seats?$/.test(w.text)) && !isListedPlace(keyOf(words, i, j));
    if (seats) parties.add(keyOf(words, i, j));
    if (whole) continue;
    if (!inside.length && j - i === 1 && !seats && gazFlags(words[i]!.text, words[i]!.text.toLowerCase()) & GAZ.dictCommon) continue;
    const type = isListedPlace(keyOf(words, i, j)) ? PLACE : ORG;
    for (const t of inside) spans.splice(spans.indexOf(t), 1);
    spans.push({ start: i, end: j, typeIndex: type, confidence: 0.9, scores: [0, 0, 0], cued: true });
    spans.sort((x, y) => x.start - y.start);
    b = j;
  }
  // ... and its other mentions too ("the main centre-right party, Venstre,").
  if (parties.size) for (const t of spans) if (t.typeIndex !== PERSON && parties.has(keyOf(words, t.start, t.end))) t.typeIndex = ORG;
}

/**
 * Step 0fa: "The Greens, Die Linke and the Free Voters", "residents and An Taisce": an article of
 * another language, capitalised inside a sentence, opens the name after it ("Die Linke", "An Taisce",
 * "Der Spiegel"), and such names are organisations' (parties, papers, trusts). English capitalises
 * "An" and "Die" only at a sentence's start, which is left alone.
 */
const FOREIGN_ARTICLES = new Set(["Die", "Der", "Das", "An", "Het"]);
function foreignArticles(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    const a = s.start - 1;
    if (a < 1 || !FOREIGN_ARTICLES.has(words[a]!.text) || !/^(?:\p{Ll}+|,|and|or)$/u.test(words[a - 1]!.text) || overlaps(spans, a, a + 1).length) continue;
    // ("An" is also a Vietnamese place's and a Korean family's first word, "An Giang", "An San": only
    // before a name the tagger read as a body's.)
    if (words[a]!.text === "An" && s.typeIndex !== ORG) continue;
    s.start = a;
    if (!isListedPlace(keyOf(words, a + 1, s.end))) s.typeIndex = ORG;
  }
}

/**
 * Step 0sk: "St Kevin's National School", "St Joseph's Higher Secondary School": a saint's name and its
 * possessive before a school, college, hospital or church are one name with it (the tagger takes the
 * saint for a person and the rest for a body of its own).
 */
const SAINT_HEADS = new Set(["School", "College", "Hospital", "Church", "Cathedral", "Academy", "Primary", "Secondary", "Parish", "University", "Infirmary", "Convent"]);
function saintsBodies(words: Word[], spans: TaggedSpan[]): void {
  for (let i = 0; i + 3 < words.length; i++) {
    if (!/^(?:St|St\.|Saint|Ste)$/.test(words[i]!.text) || !/^\p{Lu}\p{Ll}+$/u.test(words[i + 1]!.text) || !/^['’]s$/.test(words[i + 2]!.text)) continue;
    // (Not a town named after a saint and its own school: "St Helier's Victoria College", "St Austell's".)
    if (isListedPlace(keyOf(words, i, i + 2)) || spans.some((t) => t.start === i && t.end === i + 2 && t.typeIndex === PLACE)) continue;
    let j = i + 3;
    while (j < words.length && j - i < 8 && /^\p{Lu}\p{Ll}+$/u.test(words[j]!.text)) j++;
    if (j === i + 3 || !SAINT_HEADS.has(words[j - 1]!.text)) continue;
    const inside = overlaps(spans, i, j);
    if (inside.some((t) => t.start < i || t.end > j)) continue;
    const tail = inside.find((t) => t.end === j && t.start > i + 2);
    for (const t of inside) spans.splice(spans.indexOf(t), 1);
    spans.push({ start: i, end: j, typeIndex: tail ? tail.typeIndex : ORG, confidence: 0.9, scores: [0, 0, 0] });
    spans.sort((x, y) => x.start - y.start);
    i = j;
  }
}

/**
 * Step 0thp: "the ruling Chama Cha Mapinduzi (CCM)", "Tejashwi Yadav of the Rashtriya Janata Dal":
 * a name of two words or more that "the" (and a party's adjective) opens is no person's, whatever
 * the tagger read in words of another language; it is a body, in all its mentions and its acronym's.
 * Not a name that opens with a known first name ("the John Lewis Partnership" stays the tagger's).
 */
const PARTY_DESCRIPTORS = new Set(["ruling", "governing", "opposition", "main", "rival", "former", "banned", "outlawed", "centre-left", "centre-right", "center-left", "center-right", "left-wing", "right-wing", "far-right", "far-left", "nationalist", "separatist", "Islamist", "militant", "rebel", "armed", "powerful"]);
/** Religious titles written as a name's last word ("the Dalai Lama", "the Khamba Lama", "the Aga Khan"). */
const LAST_TITLES = new Set(["Lama", "Khan", "Rinpoche", "Patriarch", "Ayatollah", "Mufti"]);
function articledPeople(words: Word[], spans: TaggedSpan[]): void {
  const bodies = new Set<string>();
  for (const s of spans) {
    if (s.typeIndex !== PERSON || s.end - s.start < 2) continue;
    let k = s.start - 1;
    while (k > 0 && PARTY_DESCRIPTORS.has(words[k]!.text)) k--;
    if (!/^the$/i.test(words[k]?.text ?? "")) continue;
    const first = words[s.start]!.text;
    if (gazFlags(first, first.toLowerCase()) & (GAZ.firstName | GAZ.title | GAZ.honorific) || isTitleWord(first.toLowerCase()) || !words.slice(s.start, s.end).every((w) => /^\p{Lu}\p{Ll}/u.test(w.text))) continue;
    // (Not a person's name before the noun it modifies, "the O.J. Simpson trial", nor a title's last
    // word, "The Khamba Lama presented".)
    const next = words[s.end]?.text ?? ".";
    const last = words[s.end - 1]!.text;
    if ((/^\p{Ll}/u.test(next) && !/^(?:said|says|has|had|was|is|will|would|won|lost|called|claimed|urged|announced|denied|accused|led|leads|and|or)$/.test(next)) || gazFlags(last, last.toLowerCase()) & GAZ.title || isTitleWord(last.toLowerCase()) || LAST_TITLES.has(last)) continue;
    // (Words of another language: an English phrase after "the" is a nickname or a character, "the
    // Invisible Man", "the Mets Poet".)
    if (words.slice(s.start, s.end).filter((w) => !(gazFlags(w.text, w.text.toLowerCase()) & GAZ.dictCommon)).length < 2) continue;
    bodies.add(keyOf(words, s.start, s.end));
    if (words[s.end]?.text === "(" && words[s.end + 2]?.text === ")" && /^\p{Lu}{2,6}$/u.test(words[s.end + 1]!.text)) bodies.add(words[s.end + 1]!.text);
  }
  if (bodies.size) for (const t of spans) if (bodies.has(keyOf(words, t.start, t.end))) t.typeIndex = ORG;
}

/** Steps 0bh, 0bon, 0baj, 0fr, 0ppl, 0rl, 0fa, 0sk and 0thp (see the header and each function). */
export function bodyJoins(words: Word[], spans: TaggedSpan[]): void {
  if (!SKIP.has("0thp")) articledPeople(words, spans);
  if (!SKIP.has("0ppl")) peoplesParties(words, spans);
  if (!SKIP.has("0rl")) resultLines(words, spans);
  if (!SKIP.has("0fa")) foreignArticles(words, spans);
  if (!SKIP.has("0sk")) saintsBodies(words, spans);
  if (!SKIP.has("0fr")) friendsOf(words, spans);
  if (!SKIP.has("0bh")) headOfBodies(words, spans);
  if (!SKIP.has("0bon")) topicBodies(words, spans);
  if (!SKIP.has("0baj")) andJoinedBodies(words, spans);
}
