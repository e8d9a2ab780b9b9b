/**
 * Document-level consistency, after tagging: a news article repeats its names, and the tagger is
 * surer of some occurrences than of others ("Daniel Montalvo" vs a bare "Montalvo" at the start of a
 * sentence). First it drops spans that are no person/organisation/place names (events, laws and
 * awards, keeping a sponsor named before them; acronyms the text spells out in lower case), splits
 * run-on names whose tail the document names on its own, joins East Asian names ("Park Joo-Ho"), types
 * plural groups of people ("Afghans") as persons and cuts a trailing title off a listed place
 * ("Virginia Governor"). Then, in order, it
 *  1. types a bare surname (or known first name) as a person when the document names that person in
 *     full;
 *  2. types a lone one-word "person" that the document never introduces (no full name, no title
 *     before it, not a known first name or surname, not a famous surname from data/people.json) as the likelier of organisation and place over all its
 *     mentions: news articles name a person in full before using a bare surname, so such words are
 *     mostly companies, groups and places the tagger did not know ("Microsoft says");
 *  3. types every occurrence of the same surface form by the confidence-weighted majority in the
 *     document, except that place and organisation may alternate for countries and cities (a
 *     country is a place, its national team in a match report an organisation);
 *     A name on the list of well-known organisations is an organisation (unless it is also a
 *     building or street name);
 *     A famous surname (data/people.json) typed as a place or organisation is a person;
 *  4. types an unlisted place that is the subject of a verb as an organisation ("Scientology has
 *     said": mostly companies and groups the tagger did not know), and a listed country or city as a
 *     place wherever it stands ("Austria strongly condemns": GUM's typing, measured on its data); in
 *     a match report (scores and sports words) every non-locative country is its national team;
 *  5. gives an acronym in brackets after a name the name's type ("World Health Organisation (WHO)"),
 *     and a capitalised word listed with names the type of its neighbours ("Ubisoft, Microsoft, and
 *     PlayStation");
 *  6. adds occurrences the tagger missed of a name it found elsewhere in the document.
 */
import { ENTITY_TYPES } from "../model.ts";
import { skippedSteps } from "../skip-steps.ts";
import { GAZ, MONTHS_AND_DAYS, SURNAME_PARTICLES, gazFlags, isCountry, isGroupPlural, isHonorific, isListedPlace, isKnownOrganization, isKnownPerson, isNationalityAdjective, isStateAbbreviation, isTitleWord } from "./lexicon.ts";
import { isTitleOrRank } from "./clean.ts";
import { businessCues, companyShortNames, listenersAndSportBodies, knownOrganisations, organisationCues, possessiveOrganisations, squadTeams } from "./org-cues.ts";
import { dropProducts } from "./products.ts";
import type { Word } from "./words.ts";

export interface TaggedSpan {
  start: number;
  end: number;
  typeIndex: number;
  confidence: number;
  /** Emission score of the span's BILOU pattern for each type (ENTITY_TYPES order). */
  scores: number[];
  /** Characters to cut off the last word: "Kong" of "Kong-based" (0h). */
  trim?: number;
  /** A name a step found by its shape, which the last step's word lists must not drop ("State" in 5pd). */
  keep?: boolean;
  /** Typed by a cue in the text ("the company Brightloop"), which outweighs the tagger's guesses elsewhere in the votes (3). */
  cued?: boolean;
}

const PERSON = ENTITY_TYPES.indexOf("person");
const ORG = ENTITY_TYPES.indexOf("organization");
const PLACE = ENTITY_TYPES.indexOf("place");
const MAX_LEN = 6;
const LOCATIVE_OR_BORN = new Set(["in", "at", "from", "near", "born", "to", "into", "outside"]);
/** Last words of building and site names (3d). */
/** Last words that only sites have, never a person's surname: "Keck Observatory", "Berlinale Palast". */
const SITE_ONLY = new Set(["observatory", "museum", "stadium", "airport", "cathedral", "hospital", "arena", "auditorium", "cemetery", "palast", "velodrome", "circus", "base"]);
/** Lower-case nouns after a person's name that make it a company named after them: "the Albert Heijn chain". */
const COMPANY_NOUNS = new Set(["chain", "chains", "brand", "brands", "company", "firm", "label", "supermarket", "supermarkets", "stores", "group", "empire", "franchise"]);
/** Nouns a text calls a town by before its name: "the city of Jackson". */
const TOWN_KINDS = /^(?:city|town|village|township|municipality|borough|suburb)$/;
const BODY_FIRSTS = new Set(["Department", "Ministry", "Office", "Bureau", "Commission", "Board", "Council", "Authority", "Secretary", "Minister", "Director", "Commissioner"]);
const COURT_CIRCUITS = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Federal|Judicial|District|D\.C\.|\d+(?:st|nd|rd|th))$/;
const FACILITIES = new Set(["circus", "buildings", "oval", "circuit", "speedway", "raceway", "velodrome", "museum", "hall", "cemetery", "centre", "center", "hospital", "tower", "towers", "auditorium", "mall", "stadium", "arena", "airport", "station", "bridge", "park", "house", "palace", "castle", "cathedral", "gardens", "building", "ground", "plant", "factory", "refinery", "mill", "shipyard", "depot", "terminal", "warehouse", "square"]);
/** Awards by their short names, plural (the singular "Oscar", "Tony" are first names too). */
const AWARDS = new Set(["Oscars", "Emmys", "Grammys", "Baftas", "BAFTAs", "Golden Globes", "Tonys", "Brits", "Pulitzers"]);
/** Words of other languages for a palace, square or street, first or last in the name (3df). */
const FOREIGN_SITES_FIRST = new Set(["Stadio", "Stade", "Estadio", "Estádio", "Palacio", "Palazzo", "Palais", "Plaza", "Piazza", "Calle", "Avenida", "Rue", "Schloss", "Largo", "Praça", "Rua"]);
/** ... and more, taken only with a name after them ("Place Charles de Gaulle", not "Place" alone). */
const FOREIGN_SITES_FIRST2 = new Set([
  "Musée", "Museo", "Museu", "Teatro", "Théâtre", "Teatre", "Jardin", "Jardín", "Jardim", "Bois", "Parc", "Parque", "Parco", "Arc", "Place", "Pont", "Puente", "Ponte", "Castillo", "Castello", "Château", "Basilica", "Basílica", "Catedral", "Cattedrale", "Mezquita", "Iglesia", "Chiesa", "Église"]);
const FOREIGN_SITES_LAST = new Set(["Haus", "Platz", "Straße", "Strasse", "Marg", "Chowk", "Bagh", "Maidan", "Plein", "Gracht"]);
/** Post-nominal letters and generation suffixes after a surname: "DBE", "Jr.", "III". */
const SUFFIXES = /^(?:\p{Lu}{2,5}|Jr|Sr|Jnr|Snr|[IVX]{1,4}|\.)$/u;

const keyOf = (words: Word[], s: number, e: number) => {
  let k = words[s]!.text;
  for (let i = s + 1; i < e; i++) k += " " + words[i]!.text;
  return k;
};
const isCapitalised = (text: string) => /^\p{Lu}/u.test(text);
const canAlternate = (key: string) => (gazFlags(key, key.toLowerCase()) & (GAZ.country | GAZ.city)) !== 0 || (!SKIP.has("mw") && isListedPlace(key));
/** A capitalised word that is an ordinary dictionary word and no organisation or place head. */
const isCommonNoun = (w: string) => {
  const f = gazFlags(w, w.toLowerCase());
  return (f & GAZ.dictCommon) !== 0 && (f & (GAZ.orgSuffix | GAZ.placeSuffix | GAZ.country | GAZ.city | GAZ.nationality)) === 0;
};
/** Head words of names that go on with "of" + a name, besides the organisation and place words. */
const HEADS = new Set(["republic", "government", "assembly", "kingdom", "state", "states", "floor"]);
const lowerBefore = (words: Word[], s: TaggedSpan) => (s.start > 0 ? words[s.start - 1]!.text.toLowerCase() : "");

/** Confidence-weighted type votes per surface form. */
function countVotes(words: Word[], spans: TaggedSpan[]): Map<string, number[]> {
  const votes = new Map<string, number[]>();
  for (const s of spans) {
    const key = keyOf(words, s.start, s.end);
    const v = votes.get(key) ?? [0, 0, 0];
    v[s.typeIndex]! += 1 + s.confidence + (s.cued && !SKIP.has("3cu") ? 6 : 0);
    votes.set(key, v);
  }
  return votes;
}

/** The clear winner of the votes, or `fallback` on a tie. */
function best(v: number[], fallback: number): number {
  let arg = fallback;
  for (let t = 0; t < v.length; t++) if (v[t]! > v[arg]!) arg = t;
  return arg;
}

/** Steps to skip, for measuring each one (NER_SKIP=2,4 npx tsx scripts/eval-ner.ts). */
const SKIP = skippedSteps("NER_SKIP");
export function harmonise(words: Word[], sentStart: number[], input: TaggedSpan[]): TaggedSpan[] {
  // 0a. Events, laws, awards and works are not names of people, organisations or places: "World
  // Cup", "Summer Olympics", "Patriot Act", "Nobel Prize". (The head words are those whose names in
  // the training data are almost never person/organisation/place: see EVENT_HEADS.)
  // 0b. An acronym the text spells out in lower case is a common noun: "remotely operated vehicle
  // (ROV)", "iodine deficiency disorders (IDD)". (In the training data, all 32 such acronyms are
  // not names.)
  // 0bp. A plural acronym is a common noun ("books and CDs", "43 RBIs", "six VBIEDs"), unless the text
  // spells it out in capitals: "Medium Term Plans (MTPs)". (In the training data 13 of 18 plural
  // acronyms are no names, and 3 of the other 5 are spelled out.)
  const spelledInCapitals = new Set<string>();
  const common = SKIP.has("0b2") ? new Set<string>() : commonAcronyms(words, spelledInCapitals);
  const spans = (SKIP.has("0a") ? input : eventsDropped(words, input)).filter((s) => {
    if (s.end - s.start !== 1) return true;
    const text = words[s.start]!.text;
    if (common.has(text.replace(/s$/, ""))) return false;
    return SKIP.has("0bp") || !PLURAL_ACRONYM.test(text) || spelledInCapitals.has(text.slice(0, -1));
  });
  // 0hp. "Ms Moreland was asked on ABC Radio Melbourne": a span the tagger opened with a person's
  // honorific is a person, without it (the clean-up cuts honorifics from people only).
  for (const s of spans) {
    if (SKIP.has("0hp") || s.typeIndex === PERSON || s.end - s.start < 2 || !/^(?:Mr|Mrs|Ms|Miss|Mx|Dr)$/.test(words[s.start]!.text)) continue;
    let a = s.start + 1;
    if (words[a]!.text === "." && a < s.end - 1) a++;
    if (!/^\p{Lu}/u.test(words[a]!.text)) continue;
    s.start = a;
    s.typeIndex = PERSON;
  }
  // 0c. A place before a trailing title with no name after it is the place: "which previous Virginia
  // Governor", "the Los Angeles Sheriff's office" (a role, not a person's name); so before a party
  // member's noun: "Mike Johnson, a Louisiana Republican," ("0cp").
  for (const s of spans) {
    if (SKIP.has("0c")) break;
    const trailing = words[s.end - 1]!.text.toLowerCase();
    if (s.end - s.start < 2 || !(TRAILING_TITLES.has(trailing) || (!SKIP.has("0cp") && PARTY_MEMBERS.has(trailing)) || (!SKIP.has("0cr") && MEMBER_LETTERS.has(trailing)))) continue;
    const place = keyOf(words, s.start, s.end - 1);
    // "a Kent Conservative": after an article, the words before a party member's noun name where the
    // member is from, listed or not (unless they start with a first name: "a John Major Conservative").
    const member = PARTY_MEMBERS.has(trailing) && /^an?$/i.test(lowerBefore(words, s)) && !(gazFlags(words[s.start]!.text, words[s.start]!.text.toLowerCase()) & GAZ.firstName);
    if (canAlternate(place) || (!SKIP.has("0cp") && member)) { s.end -= 1; s.typeIndex = PLACE; continue; }
    // "said the Homa Bay Governor", "the Kikuyu MP said": after "the", a title with no name after it
    // is a role, and the words before it the place (or body) the holder serves, listed or not; not
    // a title phrase's own words ("the Prime Minister", "the Deputy Governor": dictionary words).
    const first = words[s.start]!.text;
    // (Not a body named for the office: "the Maricopa County Sheriff's Office", "the Governor's Office".)
    if (/^['’]s?$/.test(words[s.end]?.text ?? "") && /^\p{Lu}/u.test(words[s.end + 1]?.text ?? "")) continue;
    if (SKIP.has("0cr") || lowerBefore(words, s) !== "the" || /^\p{Lu}/u.test(words[s.end]?.text ?? "") || (gazFlags(first, first.toLowerCase()) & (GAZ.dictCommon | GAZ.title | GAZ.firstName | GAZ.nationality) && !isKnownOrganization(place)) || isNationalityAdjective(place)) continue;
    if (words.slice(s.start, s.end - 1).some((w) => !/^\p{Lu}\p{L}*$/u.test(w.text) || isTitleWord(w.text.toLowerCase()))) continue;
    s.end -= 1;
    s.typeIndex = isKnownOrganization(place) ? ORG : s.typeIndex === PERSON ? PLACE : s.typeIndex;
  }
  // 0tq. "Fulton County District Attorney Fani Willis": a place or body that runs on into the first
  // word of a title phrase ("District") before a title word ends before it.
  for (const s of spans) {
    if (SKIP.has("0tq")) break;
    if (s.typeIndex === PERSON) continue;
    while (s.end - s.start >= 2 && s.end < words.length && TITLE_LEADS.has(words[s.end - 1]!.text) && /^\p{Lu}/u.test(words[s.end]!.text) && isTitleOrRank(words[s.end]!.text.toLowerCase())) s.end--;
  }
  // 0co. "one Labour MP, who asked not to be named", "a Tory MP", "the SNP MSP": a party or body and
  // a member's title after it, with no name after, is the body (the tagger calls the pair a person).
  for (const s of spans) {
    if (SKIP.has("0co")) break;
    if (s.end - s.start < 2 || !MEMBER_TITLES.has(words[s.end - 1]!.text) || isCapitalised(words[s.end]?.text ?? "")) continue;
    const body = keyOf(words, s.start, s.end - 1);
    // "Jane Smith MP": a member's letters after a person's name are no part of it.
    if (s.typeIndex === PERSON && s.end - s.start >= 3 && /^\p{Lu}+s?$/u.test(words[s.end - 1]!.text)) { s.end -= 1; continue; }
    if (isKnownOrganization(body) || /^\p{Lu}{2,6}$/u.test(body)) { s.end -= 1; s.typeIndex = ORG; }
    // "a Tory MP": a party member's adjective names no body of its own; nothing is left.
    else if (PARTY_MEMBERS.has(body.toLowerCase())) s.end = s.start;
  }
  // 0pn. "Paul Davison QC", "Sir Tim Berners-Lee OM": honours and a barrister's rank after a
  // person's name are no part of it.
  for (const s of spans) {
    if (SKIP.has("0pn")) break;
    while (s.typeIndex === PERSON && s.end - s.start >= 3 && POST_NOMINALS.has(words[s.end - 1]!.text.replace(/\.$/, ""))) s.end--;
  }
  // 0im. "the Interior Ministry said": a lone institution word takes the capitalised words before it
  // that name its field (the tagger leaves out "Interior", "Home", "Foreign", which it knows as the
  // front of a title: "Interior Minister"). Not a nationality or listed place ("Russia's Foreign
  // Ministry" stays "Foreign Ministry"), nor a sentence's first word.
  for (const s of spans) {
    if (SKIP.has("0im")) break;
    if (s.end - s.start !== 1 || s.typeIndex === PLACE || !INSTITUTION_WORDS.has(words[s.start]!.text)) continue;
    let a = s.start;
    while (a > 0 && s.start - a < 3 && !sentStart.includes(a - 1) && /^\p{Lu}\p{Ll}+$/u.test(words[a - 1]!.text) && !spans.some((t) => t.start <= a - 1 && a - 1 < t.end)) {
      const w = words[a - 1]!.text;
      if (gazFlags(w, w.toLowerCase()) & (GAZ.country | GAZ.city | GAZ.nationality) || MONTHS_AND_DAYS.has(w) || DETERMINERS.has(w.toLowerCase())) break;
      a--;
    }
    if (a === s.start) continue;
    s.start = a;
    s.typeIndex = ORG;
  }
  // 0pt. "Richmond Mayor Levar Stoney", "Ohio Gov. Mike DeWine", "FreshWay CEO Michael Duarte" tagged
  // as one person: the words before a title are its place or body, and the name after it is the
  // person. A listed place in front may run to any title; other fronts (not a person's own name,
  // "Martin Luther King Jr.", nor a party's adjective, which 0pl takes) are one or two words, a place
  // for a mayor's or governor's title and a body otherwise.
  const isTitleAt = (i: number) => isTitleOrRank(words[i]!.text.toLowerCase().replace(/\.$/, ""));
  for (let k = 0; k < spans.length; k++) {
    if (SKIP.has("0pt")) break;
    const s = spans[k]!;
    if (s.typeIndex !== PERSON || s.end - s.start < 3) continue;
    let t = s.start + 1;
    while (t < s.end - 1 && !isTitleAt(t)) t++;
    if (t >= s.end - 1) continue;
    let n = t;
    while (n < s.end - 1 && (isTitleAt(n) || words[n]!.text === ".")) n++;
    if (n >= s.end) continue;
    const body = keyOf(words, s.start, t);
    let typeIndex = isListedPlace(body) ? PLACE : -1;
    if (typeIndex < 0) {
      const front = words[s.start]!.text, ff = gazFlags(front, front.toLowerCase());
      if (!/^\p{Lu}\p{L}/u.test(front) || ff & (GAZ.title | GAZ.honorific | GAZ.nationality) || (ff & GAZ.firstName && !isListedPlace(front)) || PARTY_ADJECTIVES.has(front) || isTitleOrRank(front.toLowerCase())) continue;
      if (t - s.start > 2 || !/^\p{Lu}/u.test(words[n]!.text)) continue;
      const title = words[t]!.text.toLowerCase().replace(/\.$/, "");
      typeIndex = /^(?:mayor|governor|gov|senator|sen|premier|sheriff|councillor|alderman)$/.test(title) ? PLACE : ORG;
    }
    spans.splice(k, 1, { start: s.start, end: t, typeIndex, confidence: s.confidence, scores: s.scores }, { ...s, start: n });
  }
  // 0sp. "Pep Guardiola insisted on Friday ...": two capitalised words opening a sentence (or following
  // a dateline's dash) before a verb, the second no dictionary word and written alone elsewhere in
  // the text ("Guardiola told"), or the first a known first name, are a person the tagger left out.
  if (!SKIP.has("0sp")) sentenceOpeningPeople(words, sentStart, spans);
  // 0by. "By Nidal al-Mughrabi and Maayan Lubell", "By NASSER KARIMI and JON GAMBRELL": a byline's
  // names are people's (not the agency after them: "Associated Press").
  if (!SKIP.has("0by")) bylines(words, sentStart, spans);
  // 0so. "Salesforce said on Tuesday ...": one capitalised word no dictionary knows as an ordinary
  // word, opening a sentence before a reporting or business verb, is a name the tagger missed (it
  // is unsure of capitals at a sentence start). Not a first name or surname: a person is named in
  // full first. An organisation unless the document says otherwise.
  if (!SKIP.has("0so")) sentenceOpeningBodies(words, sentStart, spans);
  // 0sc. '"Crews were pulled back"', "Farmers in Western Australia will be hit": a plural ordinary
  // word opening a sentence or a quotation, never capitalised inside one, is no name.
  if (!SKIP.has("0sc")) dropOpeningPlurals(words, sentStart, spans);
  // 0po. "Parts of Kaziranga National Park were submerged": a capitalised common word and "of" at a
  // sentence start are no part of the name after them (not "Bank of England", "Republic of Ireland").
  for (const t of spans) {
    if (SKIP.has("0po") || !sentStart.includes(t.start) || t.end - t.start < 3 || words[t.start + 1]!.text !== "of") continue;
    const w = words[t.start]!.text, f = gazFlags(w, w.toLowerCase());
    if (!(f & GAZ.dictCommon) || f & (GAZ.orgSuffix | GAZ.placeSuffix | GAZ.title | GAZ.honorific) || HEADS.has(w.toLowerCase()) || FACILITIES.has(w.toLowerCase())) continue;
    t.start += 2;
  }
  // 0tp. A name before the title words of a title phrase and a person's name is the phrase's body:
  // "Citigroup Chief Executive Jane Fraser" (tagged "Citigroup Chief") is the company; "Chief Financial
  // Officer Jeremy Barnum" (tagged "Financial") and "Foreign Affairs Minister" are no names.
  if (!SKIP.has("0tp")) titlePhraseBodies(words, spans);
  if (!SKIP.has("0pl")) partyLeaders(words, spans);
  // 0e. A run-on name: "University of Texas Arlington Amneh Jafari heard", "Ambassador to the United
  // States Hamdullah Mohib,". The tagger sees one capitalised run; the document shows its last one or
  // two words are a name of their own ("Jafari said", "Ambassador Hamdullah Mohib says"), so the run
  // is split there and the tail is a person. Only organisation and place runs of three words or more
  // split, and only at name-like tails (no dictionary word, acronym, organisation or place word):
  // "New York Times" stays whole when "Times" stands alone elsewhere.
  if (!SKIP.has("0e")) splitRunOns(words, spans);
  if (!SKIP.has("0of")) splitTitledRunOns(words, spans);
  // 0f. Two person names with nothing between them are one: "His father Mohamed El-Hassan Mohamed
  // said" (the tagger sometimes ends a name at a word it has seen as a surname). In the training data
  // 6 of about 3,000 person names sit right after another one, most of them after a title.
  for (let k = 0; k + 1 < spans.length && !SKIP.has("0f"); k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    if (a.typeIndex !== PERSON || b.typeIndex !== PERSON || b.start !== a.end || b.end - a.start > MAX_LEN || sentStart.includes(b.start)) continue;
    // "NASA Administrator" + "Bill Nelson": the first is a title phrase before the name, not a name (0ft).
    if (!SKIP.has("0ft") && isTitleOrRank(words[a.end - 1]!.text.toLowerCase())) {
      // ... whose body stays, when it is an acronym or a well-known organisation ("NASA").
      let e = a.end - 1;
      while (e > a.start && isTitleOrRank(words[e - 1]!.text.toLowerCase())) e--;
      const body = e > a.start ? keyOf(words, a.start, e) : "";
      if (body && (/^\p{Lu}{2,6}$/u.test(body) || isKnownOrganization(body))) { a.end = e; a.typeIndex = ORG; continue; }
      spans.splice(k, 1);
      k--;
      continue;
    }
    a.end = b.end;
    spans.splice(k + 1, 1);
    k--;
  }
  // 0nk. 'Albay Governor Ramon "Monching" Dela Peña', "Mahmoud 'Trezeguet' Hassan": a nickname in
  // quotation marks inside a person's name is part of it (the tagger makes two people of the halves).
  if (!SKIP.has("0nk")) nicknames(words, sentStart, spans);
  // 0fn. "Tunisian novelist Mohamed Ben Salah" tagged "Ben Salah": a person's name that opens with a
  // first name takes the untagged first name right before it (Arabic, Hebrew and Spanish names often
  // run on so: "Mohamed Ben", "Ana María").
  for (const s of spans) {
    if (SKIP.has("0fn") || s.typeIndex !== PERSON || s.start === 0 || s.end - s.start > MAX_LEN - 1 || sentStart.includes(s.start)) continue;
    const prev = words[s.start - 1]!.text, own = words[s.start]!.text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(prev) || !(gazFlags(own, own.toLowerCase()) & GAZ.firstName)) continue;
    const f = gazFlags(prev, prev.toLowerCase());
    if (!(f & GAZ.firstName) || f & (GAZ.dictCommon | GAZ.title | GAZ.honorific | GAZ.country | GAZ.city | GAZ.nationality) || MONTHS_AND_DAYS.has(prev) || spans.some((t) => t.end === s.start)) continue;
    s.start--;
  }
  // 0h. "Hong Kong-based lender", "London-based charity", "New York-born actor": the place before
  // "-based"/"-born" is a name, without the suffix (the tokenizer keeps the compound as one word, and
  // the tagger either stops before it, "Hong" as a person, or misses it).
  const starts: ReadonlySet<number> = new Set(sentStart);
  // ... and a name the tagger ran on from such a compound starts after it: "Lagos-based Financial
  // Derivatives Company" (0h2).
  for (const s of spans) if (!SKIP.has("0h2") && s.end - s.start >= 2 && /^\p{Lu}[\p{L}.'’ -]*-(?:based|born|headquartered|listed)$/u.test(words[s.start]!.text)) s.start++;
  if (!SKIP.has("0h")) placeCompounds(words, starts, spans);

  // 0u. A capitalised run right after a title word that the tagger left untagged is the title
  // holder's name: "Illinois Governor JB Pritzker called" (initials the tagger has not seen).
  if (!SKIP.has("0u")) titledNames(words, starts, spans);
  // 0lp. A listed place longer than the span the tagger found inside it: "the Gaza Strip" (tagged
  // "Gaza"), "Western Australia" (tagged "Australia").
  for (let k = 0; k < spans.length && !SKIP.has("0lp"); k++) {
    const t = spans[k]!;
    let best: [number, number] | null = null;
    for (let a = Math.max(0, t.start - 2); a <= t.start; a++) {
      for (let b = t.end; b <= Math.min(words.length, t.end + 2); b++) {
        if ((a === t.start && b === t.end) || (best && b - a <= best[1] - best[0])) continue;
        if (isCapitalised(words[a]!.text) && isCapitalised(words[b - 1]!.text) && isListedPlace(keyOf(words, a, b))) best = [a, b];
      }
    }
    if (!best || spans.some((o) => o !== t && o.start < best![1] && best![0] < o.end)) continue;
    t.start = best[0];
    t.end = best[1];
    t.typeIndex = PLACE;
  }
  // 0t. A place whose name has its article: "The Hague" (the tagger, trained on bare names, leaves "The"
  // out and may call "Hague" an organisation).
  for (const s of spans) {
    if (SKIP.has("0t") || s.start === 0 || !/^the$/i.test(words[s.start - 1]!.text)) continue;
    if (!isListedPlace(`The ${keyOf(words, s.start, s.end)}`)) continue;
    // ("in the Hague": the name without its lower-case article, still a place.)
    if (words[s.start - 1]!.text === "The") s.start -= 1;
    s.typeIndex = PLACE;
  }
  // 0d. A wire dateline: "LONDON, March 3 (Reuters) -", "WASHINGTON (AP) —", "NAIROBI, Kenya —": the
  // capitalised city opening a paragraph is a place (the tagger, trained on ordinary case, calls it
  // an organisation or misses it).
  if (!SKIP.has("0d")) datelines(words, sentStart, spans);
  // 0p. A surname particle carries a person's name on: "Erik ten Hag", "Mohammed bin Salman", "Maria
  // da Silva". The tagger knows the particles it saw in training ("de", "von", "van") but stops at
  // others, mostly because they are also ordinary words ("ten").
  if (!SKIP.has("0p")) particleNames(words, starts, spans);
  // 0j. A plural possessive inside a name: "Leeds Magistrates' Court", "the Kurdistan Workers' Party"
  // (the apostrophe is a word of its own to the tagger, which ends the first name there).
  for (let k = 0; k + 1 < spans.length && !SKIP.has("0j"); k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    const apostrophe = words[a.end];
    if (b.start !== a.end + 1 || b.typeIndex === PERSON || !apostrophe) continue;
    // ... and a collective noun's: "the National People's Congress", "the People's Bank of China",
    // "Children's Hospital" (0jc; the tagger may read "People" alone as a person).
    const collective = !SKIP.has("0jc") && /^['’]s$/.test(apostrophe.text) && COLLECTIVES.has(words[a.end - 1]!.text);
    // ... and an office's: "Stockport Coroner's Court", "the Governor's Office" (0jt).
    const office = !SKIP.has("0jt") && /^['’]s$/.test(apostrophe.text) && a.typeIndex !== PERSON && /^(?:Coroner|Sheriff|Governor|Mayor|Attorney|Prosecutor|Registrar|Auditor)$/.test(words[a.end - 1]!.text) && b.end - b.start === 1 && /^(?:Court|Office|Department|Residence)$/.test(words[b.start]!.text);
    if (a.typeIndex === PERSON && !(collective && a.end - a.start === 1)) continue;
    if (!collective && !office && (!/^['’]$/.test(apostrophe.text) || !/s$/.test(words[a.end - 1]!.text))) continue;
    if (apostrophe.start !== words[a.end - 1]!.end || b.end - a.start > MAX_LEN + 2) continue;
    // "Los Angeles' Coconut Grove": a place's own possessive, two names.
    if (canAlternate(keyOf(words, a.start, a.end))) continue;
    a.end = b.end;
    a.typeIndex = b.typeIndex;
    spans.splice(k + 1, 1);
    k--;
  }
  // 0ip. A body's possessive inside one capitalised run is two names: "Hebrew University of
  // Jerusalem's Einstein Institute of Mathematics" (the tagger runs over the "'s"; not "St John's
  // Wood", "King's College London", "the People's Liberation Army": one word before it).
  if (!SKIP.has("0ip")) splitBodyPossessives(words, spans);
  // 0fs. "The flight had departed Bodø for Tromsø": one unknown word, "for" and another name are two
  // names, not a body "X for Y" (those open with a common noun: "Campaign for Nuclear Disarmament",
  // "Doctors for Extinction Rebellion", or a group: "Americans for Prosperity").
  if (!SKIP.has("0fs")) splitForRuns(words, spans);
  // 0g. A name the text introduces with a common noun of a kind that is no person, organisation or
  // place is a work, vehicle or storm, wherever it stands: "Cyclone Phailin", "the spacecraft
  // Stardust", "her graphic novel Angel Catbird" (in the training data 1 of 49 capitalised words after
  // such a noun starts a person/organisation/place name).
  if (!SKIP.has("0g")) dropKindNamed(words, spans);
  // 0fi, 0md. "Instituto Gonzaga", "the magazine MicroMega": an institution word of another
  // language before a capitalised run, or a media noun, makes it an organisation (org-cues.ts).
  organisationCues(words, starts, spans, ORG, SKIP);
  if (!SKIP.has("0ko")) knownOrganisations(words, spans, ORG);
  if (!SKIP.has("0kp")) possessiveOrganisations(words, spans, ORG);
  // 0tn, 0sb. "he told the Nation", "Tennis Australia said" (org-cues.ts).
  listenersAndSportBodies(words, spans, ORG, PLACE, SKIP);
  // 0k. East Asian names: a short family name and a hyphenated two-syllable given name ("Park
  // Joo-Ho", "Son Heung-min", "Zhou En-Lai") are one person. The tagger knows few of these family
  // names and often stops before the given name or calls "Park" a place; the given name's shape is
  // the evidence (each half one romanised syllable, which "Comic-Con", "All-Star" or "York-born" are
  // not). In the training data the 2 such pairs are both persons.
  if (!SKIP.has("0k")) eastAsianNames(words, spans);
  // 0ro. "She lost to Ju Wenjun of China", "Economist Hyun-woo Park of the Reserve Bank of New
  // Zealand said": a person's full name run on over "of" into where they are from or work is two names.
  if (!SKIP.has("0ro")) splitPersonOf(words, spans);
  const personParts = new Set<string>();
  /** Surnames of people named with a known first name ("Travis Head"): no title word there. */
  const namedSurnames = new Set<string>();
  const titled = new Set<string>();
  for (const s of spans) {
    const before = lowerBefore(words, s).replace(/\.$/, "");
    if (isTitleWord(before) || (before === "" && s.start > 1 && isTitleWord(words[s.start - 2]!.text.toLowerCase()))) titled.add(keyOf(words, s.start, s.end));
    // The surname of a full person name, and its first name when the lists know it as one.
    if (s.typeIndex === PERSON && s.end - s.start >= 2 && s.end - s.start <= 5) {
      // The surname is the last word before post-nominal letters and generation suffixes
      // ("Zaha Mohammad Hadid DBE", "Martin Luther King Jr.").
      let e = s.end;
      while (!SKIP.has("1s") && e - s.start > 2 && SUFFIXES.test(words[e - 1]!.text)) e--;
      if (e - s.start > 4) continue;
      const last = words[e - 1]!.text, first = words[s.start]!.text;
      // (A surname with an Arabic article counts too: "al-Ansari" after "Majed al-Ansari".)
      if ((isCapitalised(last) || /^\p{Ll}{1,3}-\p{Lu}\p{Ll}/u.test(last)) && last.length > 1) personParts.add(last);
      if (gazFlags(first, first.toLowerCase()) & GAZ.firstName) {
        personParts.add(first);
        if (isCapitalised(last) && last.length > 1) namedSurnames.add(last);
      }
    }
  }

  // 0. A plural group of people ("Afghans", "Muslims", "Democrats") is a person name, tagged or not.
  if (!SKIP.has("0")) {
    const inSpan = new Uint8Array(words.length);
    for (const s of spans) {
      for (let i = s.start; i < s.end; i++) inSpan[i] = 1;
      if (s.end - s.start === 1 && isGroupPlural(words[s.start]!.text)) s.typeIndex = PERSON;
    }
    for (let i = 0; i < words.length && !SKIP.has("0b"); i++) {
      const t = words[i]!.text;
      if (inSpan[i] || t.charCodeAt(t.length - 1) !== 115 /* s */ || !isGroupPlural(t)) continue;
      if ((i + 1 < words.length && isCapitalised(words[i + 1]!.text)) || (i > 0 && isCapitalised(words[i - 1]!.text) && !sentStart.includes(i))) continue;
      spans.push({ start: i, end: i + 1, typeIndex: PERSON, confidence: 0.5, scores: [0, 0, 0] });
    }
    spans.sort((x, y) => x.start - y.start);
  }

  // 0bz. "shares of Zendesk", "Palantir's chief executive": business cues make an unlisted "place"
  // or an unknown one-word "person" an organisation (org-cues.ts).
  if (!SKIP.has("0bz")) businessCues(words, spans, ORG, PLACE, personParts);

  // 0gp. "the center-left Social Democrats", "the Christian Democrats": an ordinary capitalised word
  // before a group's plural names a party, an organisation, not the group of people (`0gp`).
  for (const s of spans) {
    if (SKIP.has("0gp")) break;
    if (s.typeIndex !== PERSON || s.end - s.start !== 1 || !isGroupPlural(words[s.start]!.text) || s.start === 0 || starts.has(s.start - 1)) continue;
    const prev = words[s.start - 1]!.text;
    if (STOP_WORDS.has(prev.toLowerCase())) continue;
    const f = gazFlags(prev, prev.toLowerCase());
    // ("Christian Democrats" too, though "Christian" names a faith's people.)
    const christian = prev === "Christian" && /^(?:Democrats|Socialists)$/.test(words[s.start]!.text);
    if (!/^\p{Lu}\p{Ll}+$/u.test(prev) || (!christian && (!(f & GAZ.dictCommon) || f & (GAZ.nationality | GAZ.country | GAZ.title))) || spans.some((t) => t.start <= s.start - 1 && s.start - 1 < t.end)) continue;
    s.start -= 1;
    s.typeIndex = ORG;
  }

  // 1 and 2.
  const orgOrPlace = new Map<string, number>();
  for (const s of spans) {
    const key = keyOf(words, s.start, s.end);
    if (s.end - s.start !== 1) continue;
    if (personParts.has(key) && !canAlternate(key)) { if (!SKIP.has("1")) s.typeIndex = PERSON; }
    else if (!SKIP.has("2") && s.typeIndex === PERSON && !titled.has(key) && !isGroupPlural(key) && !(gazFlags(key, key.toLowerCase()) & (SKIP.has("2s") ? GAZ.firstName : GAZ.firstName | GAZ.surname)) && !isKnownPerson(key)) {
      orgOrPlace.set(key, (orgOrPlace.get(key) ?? 0) + s.scores[ORG]! - s.scores[PLACE]!);
    }
  }
  for (const s of spans) {
    const lean = orgOrPlace.get(keyOf(words, s.start, s.end));
    if (lean !== undefined && s.typeIndex === PERSON) s.typeIndex = lean >= 0 ? ORG : PLACE;
  }
  // 2f. "Kruger National Park ... Kruger is home to most of them": a lone one-word "person" the text
  // never introduces as one, which is the first word of a longer place or organisation named in the
  // text, is that place or organisation (the linker then joins them).
  if (!SKIP.has("2f")) {
    const fronts = new Map<string, number>();
    for (const s of spans) if (s.end - s.start >= 2 && s.typeIndex !== PERSON) fronts.set(words[s.start]!.text, s.typeIndex);
    for (const s of spans) {
      if (s.typeIndex !== PERSON || s.end - s.start !== 1) continue;
      const key = words[s.start]!.text, type = fronts.get(key);
      if (type === undefined || personParts.has(key) || titled.has(key) || isKnownPerson(key) || isGroupPlural(key)) continue;
      s.typeIndex = type;
    }
  }
  // 2o. "Ahold" and "Delhaize Group" ... "Ahold Delhaize": a "person" whose words all name
  // organisations in the text (none a known first name) is their merged organisation; "the Albert
  // Heijn chain": a person's name before a company's noun is the company named after them; "Victoria
  // Police" is the force.
  if (!SKIP.has("2o")) {
    const orgFronts = new Set<string>();
    for (const s of spans) if (s.typeIndex === ORG) orgFronts.add(words[s.start]!.text);
    for (const s of spans) {
      if (s.typeIndex !== PERSON || s.end - s.start < 2) continue;
      const ws = words.slice(s.start, s.end).map((w) => w.text);
      const merged = ws.every((w) => orgFronts.has(w) && !(gazFlags(w, w.toLowerCase()) & GAZ.firstName));
      const named = lowerBefore(words, s) === "the" && COMPANY_NOUNS.has(words[s.end]?.text ?? "");
      // (No one's surname is "Police".)
      const force = /^(?:Police|Constabulary|Gendarmerie|Carabinieri)$/.test(ws[ws.length - 1]!);
      if (merged || named || force) s.typeIndex = ORG;
    }
  }
  // 2t. "the city of Jackson, Mississippi ... a teenager in Jackson": a name the text calls a city or
  // town, or sets before a listed region, is that place, and so is it after "in" elsewhere, even where
  // it is also the surname of someone named in full ("Justice Ketanji Brown Jackson"; `2t`).
  if (!SKIP.has("2t")) {
    const towns = new Set<string>();
    const calledTown = (s: TaggedSpan) => words[s.start - 1]?.text === "of" && TOWN_KINDS.test(words[s.start - 2]?.text.toLowerCase() ?? "");
    for (const s of spans) {
      if (s.end - s.start !== 1) continue;
      const key = words[s.start]!.text;
      const town = calledTown(s);
      const inRegion = words[s.end]?.text === "," && spans.some((t) => t.start === s.end + 1 && (isListedPlace(keyOf(words, t.start, t.end)) || isStateAbbreviation(keyOf(words, t.start, t.end))));
      if (town || inRegion) towns.add(key);
    }
    for (const s of spans) {
      if (s.end - s.start !== 1 || !towns.has(words[s.start]!.text)) continue;
      const before = lowerBefore(words, s);
      const placed = calledTown(s) || words[s.end]?.text === "," || /^(?:in|across|outside|near|throughout|around)$/.test(before);
      if (placed && !/^['’]s?$/.test(words[s.end]?.text ?? "")) { s.typeIndex = PLACE; s.cued = true; }
    }
  }
  // 2p. "deal with Washington directly": a listed city or country that is also a name ("Washington",
  // "Jordan", "Florence") is a person only with a person's evidence in the text: a full name it is
  // part of, or a title or honorific before it. Without any, and a place elsewhere, it is the place.
  const placeKeys = new Set(spans.filter((s) => s.typeIndex === PLACE).map((s) => keyOf(words, s.start, s.end)));
  for (const s of spans) {
    if (SKIP.has("2p")) break;
    if (s.typeIndex !== PERSON) continue;
    const key = keyOf(words, s.start, s.end);
    // (A listed place of two words or more, "Hong Kong", "KUALA LUMPUR", is a place wherever it stands.)
    const plain = key.replace(/\p{Lu}{2,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
    if (s.end - s.start >= 2 && (isListedPlace(key) || isListedPlace(plain)) && !titled.has(key)) { s.typeIndex = PLACE; continue; }
    if (s.end - s.start !== 1) continue;
    if (placeKeys.has(key) && isListedPlace(key) && !personParts.has(key) && !titled.has(key)) s.typeIndex = PLACE;
  }

  // 3.
  let votes = countVotes(words, spans);
  for (const s of spans) {
    if (SKIP.has("3")) break;
    const key = keyOf(words, s.start, s.end);
    if (s.end - s.start === 1 && personParts.has(key) && !canAlternate(key)) continue;
    const b = best(votes.get(key)!, s.typeIndex);
    if (b === s.typeIndex) continue;
    if ((b === ORG || b === PLACE) && (s.typeIndex === ORG || s.typeIndex === PLACE) && canAlternate(key)) continue;
    s.typeIndex = b;
  }

  // 4cp. "Hill (right) with fellow candidates", "Braverman (left) and Sunak (right)": a caption's
  // position marker after a name says it is a person, and so is every other mention of it.
  if (!SKIP.has("4cp")) captionPeople(words, spans);

  // 4dc. "Preston, Victoria, Australia": a name before a listed region or city and a country, all
  // joined by commas, is a place, and so is every other mention of it ("the Melbourne suburb of
  // Preston"): the tagger takes an unknown town for a surname.
  if (!SKIP.has("4dc")) placeChains(words, spans);

  // 3a. A famous person's bare surname (data/people.json) typed as a place or organisation is the
  // person ("Take, say, Obama"), unless it is also a country or city or follows a locative word.
  for (const s of spans) {
    if (SKIP.has("3a")) break;
    if (s.typeIndex === PERSON || s.end - s.start !== 1) continue;
    const key = words[s.start]!.text;
    if (isKnownPerson(key) && !canAlternate(key) && !isKnownOrganization(key) && !LOCATIVE.has(lowerBefore(words, s))) s.typeIndex = PERSON;
    // ... and so is a deity or prophet named alone ("It's almost like God", "Only Allah knows"; GUM
    // types "God" a person 13 times in 16; 3rf).
    else if (!SKIP.has("3rf") && DEITIES.has(key)) s.typeIndex = PERSON;
  }

  // 3e. A surname before "government", "administration", "presidency" or "cabinet" names the person
  // who leads it ("the Monti government", "the Bush administration"): the word after looks like an
  // organisation's context, but the name is the leader's. Only known surnames, never a listed place
  // ("the Texas government").
  for (const s of spans) {
    if (SKIP.has("3e")) break;
    if (s.typeIndex === PERSON || s.end - s.start !== 1 || s.end >= words.length || !LED_BY.has(words[s.end]!.text)) continue;
    const key = words[s.start]!.text;
    const f = gazFlags(key, key.toLowerCase());
    if ((isKnownPerson(key) || f & GAZ.surname) && !canAlternate(key) && !(f & GAZ.nationality)) s.typeIndex = PERSON;
  }

  // 3b. A well-known organisation (data/organizations.json) is an organisation, unless its name is
  // also a building or street ("Downing Street", "White House"), which GUM types by use.
  for (const s of spans) {
    if (SKIP.has("3b")) break;
    if (s.typeIndex === ORG) continue;
    const key = keyOf(words, s.start, s.end);
    const last = words[s.end - 1]!.text;
    // ("Manchester City", "Hull City": a club's "City" is no place's word; "Chelsea" after "Chelsea
    // Clinton" is the person.)
    if (isKnownOrganization(key) && !canAlternate(key) && !isGroupPlural(key) && (last === "City" || !(gazFlags(last, last.toLowerCase()) & GAZ.placeSuffix)) && !personParts.has(key)) s.typeIndex = ORG;
  }

  // 3i. A name with an apposition that gives a person's role is a person: '"...," said Irungu
  // Houghton, the group's Kenya director.' The tagger, meeting two unknown words, may call them an
  // organisation; the role noun after the comma (a title word closing the apposition) settles it.
  // Only names the lists do not know as organisations or places.
  for (const s of spans) {
    if (SKIP.has("3i")) break;
    if (s.typeIndex === PERSON || s.end - s.start < 2) continue;
    const key = keyOf(words, s.start, s.end);
    if (isKnownOrganization(key) || canAlternate(key) || !rolledApposition(words, s.end)) continue;
    let plain = true;
    for (let i = s.start; i < s.end && plain; i++) {
      const w = words[i]!.text;
      plain = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) && !(gazFlags(w, w.toLowerCase()) & (GAZ.orgSuffix | GAZ.placeSuffix | GAZ.country | GAZ.city | GAZ.nationality));
    }
    // A known first name before a surname that is also a place's word: "David Harbour, her co-star," (3if).
    if (!plain && !SKIP.has("3if") && s.end - s.start <= 3) plain = firstNameLed(words, s);
    if (plain) s.typeIndex = PERSON;
  }
  // 3fr. "Mûr-de-Bretagne", "Saint-Étienne", "Boulogne-sur-Mer": a French compound place name is a
  // place, whatever the tagger made of one word it does not know.
  const FRENCH_PLACE = /^\p{Lu}[\p{L}'’]*-(?:de|du|des|sur|en|la|le|les|lès|aux|sous)-\p{Lu}/u;
  for (const s of spans) {
    if (SKIP.has("3fr")) break;
    const w = words[s.start]!.text;
    if (s.end - s.start !== 1 || s.typeIndex === PLACE || isKnownOrganization(w)) continue;
    // ("Saint-Exupéry" is a person's name: a saint's compound only when the tagger did not say person.)
    if (FRENCH_PLACE.test(w) || (s.typeIndex !== PERSON && /^(?:Saint|Sainte)-\p{Lu}\p{Ll}/u.test(w))) s.typeIndex = PLACE;
  }
  // ... found when the tagger left it out ("the climb to Mûr-de-Bretagne").
  for (let i = 0; i < words.length && !SKIP.has("3fr"); i++) {
    if (!FRENCH_PLACE.test(words[i]!.text) || spans.some((t) => t.start <= i && i < t.end)) continue;
    spans.push({ start: i, end: i + 1, typeIndex: PLACE, confidence: 0.5, scores: [0, 0, 0] });
    spans.sort((x, y) => x.start - y.start);
  }
  // 3pi. "the Peter MacCallum Cancer Centre", "the Barack Obama Foundation": a person's name before the
  // words of an institution named after them is no person; the whole is the organisation (the tagger
  // made a person and a place of it, inventing a person the article never mentions).
  for (let k = 0; k < spans.length && !SKIP.has("3pi"); k++) {
    const a = spans[k]!;
    if (a.typeIndex !== PERSON) continue;
    let e = a.end;
    while (e < words.length && e - a.end < 3 && /^\p{Lu}\p{Ll}+$/u.test(words[e]!.text) && !spans.some((t) => t !== a && t.start <= e && e < t.end && t.start < a.end)) e++;
    // (The words after the name may be a span of their own: "Cancer Centre".)
    if (e === a.end || !NAMED_AFTER_HEADS.has(words[e - 1]!.text)) continue;
    const inside = spans.filter((t) => t !== a && t.start >= a.end && t.start < e);
    if (inside.some((t) => t.end > e)) continue;
    for (const t of inside) spans.splice(spans.indexOf(t), 1);
    a.end = e;
    a.typeIndex = ORG;
  }
  // 3h. "Ms. Mulholland told Reuters": a surname after an honorific is a person's, and so is the full
  // name it ends ("Lee-Anne Mulholland", which the tagger took for a place) when that name starts
  // with a known first name or is made of plain capitalised words.
  const honoured = new Set<string>();
  for (const s of spans) {
    if (SKIP.has("3h")) break;
    if (s.end - s.start !== 1 || s.start === 0) continue;
    // ("Ms. Mulholland" may come as "Ms", ".", "Mulholland".)
    const before = words[s.start - 1]!.text === "." && s.start > 1 ? words[s.start - 2]!.text : words[s.start - 1]!.text;
    if (NAME_HONORIFICS.has(before.replace(/\.$/, ""))) honoured.add(words[s.start]!.text);
  }
  for (const s of spans) {
    if (!honoured.size || s.typeIndex === PERSON || s.end - s.start < 2 || s.end - s.start > 3 || !honoured.has(words[s.end - 1]!.text)) continue;
    const key = keyOf(words, s.start, s.end);
    if (isKnownOrganization(key) || isListedPlace(key) || canAlternate(key)) continue;
    if (firstNameLed(words, s)) s.typeIndex = PERSON;
  }

  // 3ia. "Surono, head of the Center for Volcanology, said": one capitalised word no dictionary or list
  // knows, with a person's apposition after it, is a person the tagger left out (a mononym).
  for (let i = 0; i + 3 < words.length && !SKIP.has("3ia"); i++) {
    const w = words[i]!.text;
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || words[i + 1]!.text !== "," || spans.some((t) => t.start <= i && i < t.end)) continue;
    if (i > 0 && /^\p{Lu}/u.test(words[i - 1]!.text) && !sentStart.includes(i)) continue;
    if (gazFlags(w, w.toLowerCase()) & (GAZ.dictCommon | GAZ.city | GAZ.country | GAZ.nationality | GAZ.title | GAZ.orgSuffix | GAZ.placeSuffix) || isListedPlace(w) || isKnownOrganization(w) || MONTHS_AND_DAYS.has(w)) continue;
    // The apposition's head right after the comma (or after its article): "head of", "a spokesman for".
    let h = i + 2;
    if (/^(?:the|a|an)$/.test(words[h]!.text)) h++;
    const head = words[h]?.text.toLowerCase() ?? "";
    if (!(isTitleWord(head) || OCCUPATIONS.has(head) || PERSON_NOUNS.has(head) || head === "head") || !/^(?:of|at|for|,)$/.test(words[h + 1]?.text ?? "")) continue;
    spans.push({ start: i, end: i + 1, typeIndex: PERSON, confidence: 0.5, scores: [0, 0, 0] });
    spans.sort((x, y) => x.start - y.start);
  }
  // 3ib. "The PL's leader in the chamber of deputies, Sóstenes Cavalcante, mocked": a name of two or
  // three plain words set off by commas right after a phrase headed by a person's role is that
  // person (the apposition's other order; `3ib`).
  if (!SKIP.has("3ib")) rolePrecededPeople(words, spans);
  // 3wh. "Kolin Burges, a software developer from London who had travelled", "Ana Ruiz, who owns":
  // a name of two or three plain words that a relative "who" describes is a person's, whatever the
  // tagger typed (bodies take "which"; teams, which take "who" too, only outside a match report).
  // (The words never change in this pass: whether the text is a match report is asked once.)
  const report = isMatchReport(words);
  if (!SKIP.has("3wh") && !report) relativePeople(words, spans);
  // 3k. ... and one that gives a kind of body is an organisation: "bought the recordings from Shamrock
  // Capital, the investment firm said" (the tagger took "Capital" for a place's word).
  for (const s of spans) {
    if (SKIP.has("3k")) break;
    if (s.typeIndex === ORG) continue;
    const key = keyOf(words, s.start, s.end);
    const head = appositionHead(words, s.end, true);
    if (head === undefined || !BODY_NOUNS.has(head) || canAlternate(key) || isKnownPerson(key)) continue;
    s.typeIndex = ORG;
  }

  // 3c. A bare institution word is an organisation: "the House", "the Senate", "the Court" (in the
  // training data all 77 such one-word names are organisations; the tagger often calls "House" a
  // place, as in "White House").
  for (const s of spans) {
    if (SKIP.has("3c")) break;
    if (s.typeIndex === ORG || s.end - s.start !== 1) continue;
    const w = words[s.start]!.text, lower = w.toLowerCase();
    if ((lower === "house" || gazFlags(w, lower) & GAZ.orgSuffix) && (SKIP.has("3cthe") ? true : lowerBefore(words, s) === "the")) s.typeIndex = ORG;
  }

  // 3g. "Group G", "Division B": a collective noun and one capital letter label a group, an
  // organisation in GUM's typing, never a person (the tagger takes the letter for an initial). The
  // same label with another letter is added where the tagger missed it ("Group F").
  if (!SKIP.has("3g")) groupLabels(words, spans);

  // 3d. A multi-word name ending in a facility word is a place: "Carnegie Hall", "Montparnasse
  // Cemetery", "Johnson Space Center", "White House". GUM types buildings and sites as places (in its
  // non-news genres 58 of 61 such names); Wikigold, also in the training data, types many of them
  // organisations (CoNLL's convention), which the tagger partly learns.
  for (const s of spans) {
    if (SKIP.has("3d")) break;
    if (s.typeIndex === PLACE) continue;
    const last = words[s.end - 1]!.text, first = words[s.start]!.text;
    // Streets and buildings of other languages too: "Palacio Nacional", "Konrad-Adenauer-Haus",
    // "Deen Dayal Upadhyaya Marg" (the tagger reads a person's or a body's name in them).
    if (!SKIP.has("3df") && (FOREIGN_SITES_FIRST.has(first) || (FOREIGN_SITES_FIRST2.has(first) && s.end - s.start >= 2) || (s.end - s.start >= 2 || last.includes("-")) && FOREIGN_SITES_LAST.has(last.split("-").pop()!))) { s.typeIndex = PLACE; continue; }
    // A "person" ending in a word only sites have is the site: "W. M. Keck Observatory", "Berlinale Palast".
    if (s.typeIndex === PERSON && s.end - s.start >= 2 && !SKIP.has("3dp") && SITE_ONLY.has(last.toLowerCase())) { s.typeIndex = PLACE; continue; }
    if (s.typeIndex !== ORG || s.end - s.start < 2) continue;
    // (A court's circuit is a body: "the Second Circuit", "the Federal Circuit".)
    // (A body named for what it oversees is a body: "the Department of Buildings".)
    if (FACILITIES.has(last.toLowerCase()) && !(last === "Circuit" && COURT_CIRCUITS.test(first)) && !(words[s.start + 1]?.text === "of" && BODY_FIRSTS.has(first))) s.typeIndex = PLACE;
  }

  // 3oe. A name of two words or more ending in a word only bodies end in is an organisation, not a
  // place: "the Korean Public Service and Transport Workers' Union", "Rocket Lab" (in the training
  // data every such name is; "Union" only after a members' word: not "the Soviet Union").
  for (const s of spans) {
    if (SKIP.has("3oe")) break;
    if (s.typeIndex !== PLACE || s.end - s.start < 2) continue;
    const last = words[s.end - 1]!.text;
    if (BODY_ENDS.has(last) || (last === "Union" && words.slice(s.start, s.end - 1).some((w) => /(?:ers|ees)['’]?$/.test(w.text)))) s.typeIndex = ORG;
  }
  // 4. A place the tagger did not find on the lists that is the subject of a verb is an
  // organisation: mostly companies and groups it did not know ("Scientology has"). A listed country
  // or city stays a place (4b).
  for (const s of spans) {
    if (SKIP.has("4")) break;
    // (Not a site: "Crowds lining Parliament Square cheered", 4s.)
    const site = !SKIP.has("4s") && s.end - s.start >= 2 && FACILITIES.has(words[s.end - 1]!.text.toLowerCase());
    if (s.typeIndex === PLACE && !site && s.end < words.length && isVerbLike(words[s.end]!.text) && !NOT_BEFORE_SUBJECT.has(governor(words, spans, s)) && !canAlternate(keyOf(words, s.start, s.end))) {
      s.typeIndex = ORG;
    }
    // ... and so is one a claim is credited to: "according to Quantcast" (4at).
    if (s.typeIndex === PLACE && !SKIP.has("4at") && s.start >= 2 && words[s.start - 1]!.text === "to" && words[s.start - 2]!.text.toLowerCase() === "according" && !canAlternate(keyOf(words, s.start, s.end)) && !isListedPlace(keyOf(words, s.start, s.end))) s.typeIndex = ORG;
  }
  // 4b. A listed country or city is a place, even as the agent of a verb ("Austria strongly
  // condemns", "Russia has said"): GUM types 496 of 499 country names and 358 of 364 city names in
  // its non-news genres as places, and every country in the news dev set outside a match report.
  // (re3d types agent countries as organisations, which the tagger partly learns.) A match report's
  // teams are handled below.
  for (const s of spans) {
    if (SKIP.has("4b") || report) break;
    if (s.typeIndex === ORG && canAlternate(keyOf(words, s.start, s.end))) s.typeIndex = PLACE;
  }

  // 4d. "in Exeter, Devon", "located in Brooklyn, New York": two names joined by a comma after a
  // locative word, the second closing the phrase, are a place and the region it lies in.
  for (let k = 0; k + 1 < spans.length && !SKIP.has("4d"); k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    // (Also after a person's age: "Adrian Kessock, 54, of Sevenoaks, Kent, was convicted"; 4do.)
    const aged = !SKIP.has("4do") && lowerBefore(words, a) === "of" && words[a.start - 2]?.text === "," && /^\d{1,3}$/.test(words[a.start - 3]?.text ?? "");
    if (b.start !== a.end + 1 || words[a.end]!.text !== "," || !(LOCATIVE_OR_BORN.has(lowerBefore(words, a)) || aged)) continue;
    const next = b.end < words.length ? words[b.end]!.text : ".";
    if (!/^[.,;:)\]]$/.test(next)) continue;
    // "In New York, Zohran Mamdani, the nominee, led": a confident person opens the main clause.
    if (!SKIP.has("4dp") && b.typeIndex === PERSON && b.confidence >= 0.8 && b.end - b.start >= 2) continue;
    if (a.typeIndex === PLACE || b.typeIndex === PLACE) { a.typeIndex = PLACE; b.typeIndex = PLACE; }
  }

  // 4mo. "The mayor of Zafferana Etnea, Salvatore Russo,", "the village of Bukowina Tatrzańska": a
  // "person" after a place's noun and "of" is the place (the tagger reads unknown names as people's).
  for (const s of spans) {
    if (SKIP.has("4mo")) break;
    if (s.typeIndex !== PERSON || s.start < 2 || words[s.start - 1]!.text !== "of") continue;
    const noun = words[s.start - 2]!.text.toLowerCase();
    if (PLACE_OF.has(noun) || (RULER_OF.has(noun) && /^\p{Lu}/u.test(words[s.start - 2]!.text))) s.typeIndex = PLACE;
    // ... and a "person" after a post in a body is the body: "Eleanor Pryce, chair of Save Shelford
    // Fields, said" (with an imperative that opens a campaign's name: "Save", "Stop"; 4mb).
    else if (!SKIP.has("4mb") && POST_OF.has(noun) && !isListedPlace(keyOf(words, s.start, s.end)) && !(gazFlags(words[s.start]!.text, words[s.start]!.text.toLowerCase()) & GAZ.firstName)) s.typeIndex = ORG;
  }
  for (const s of spans) {
    if (SKIP.has("4mb") || s.start < 3 || !CAMPAIGN_VERBS.has(words[s.start - 1]!.text) || words[s.start - 2]!.text !== "of" || !POST_OF.has(words[s.start - 3]!.text.toLowerCase())) continue;
    if (spans.some((t) => t.end === s.start)) continue;
    s.start--;
    s.typeIndex = ORG;
  }
  // 4c. In a match report, a country is its national team: "Sweden faced South Korea", "Panama
  // coach", "equalise for Korea" (GUM, like most news style guides, treats the team as an
  // organisation). Locative uses stay places: "in Sweden", "Sochi, Russia".
  if (!SKIP.has("4c") && report) {
    for (const s of spans) {
      const key = keyOf(words, s.start, s.end);
      // "the Belgians" in a match report are the Belgian team.
      if (s.typeIndex === PERSON && isGroupPlural(key) && gazFlags(key, key.toLowerCase()) & GAZ.nationality && lowerBefore(words, s) === "the") { s.typeIndex = ORG; continue; }
      if (s.typeIndex !== PLACE) continue;
      const before = lowerBefore(words, s);
      // ... but a team still acts: "World Cup, Sweden defeated", "Gomez, Panama coach".
      const next = s.end < words.length ? words[s.end]!.text : "";
      const acts = !SKIP.has("4ca") && (isVerbLike(next) || SPORT_WORDS.has(next));
      // "Sweden 1 – 0 Korea Republic", "lost 1 – 2 to England": beside a score, or what a side lost
      // to, is a side, listed or not (4cs).
      if (!SKIP.has("4cs") && (besideScore(words, s) || lostTo(words, s))) { s.typeIndex = ORG; continue; }
      // A city is its club only where it plays: "Liverpool beat Barcelona 3 – 1", "Barcelona's
      // coach", "lost to Liverpool" (4cc); "in Liverpool" and "Liverpool, England" stay places.
      if (!isCountry(key)) {
        const plays = acts || PLAYED_AGAINST.has(before) || /^['’]s$/.test(next);
        if (SKIP.has("4cc") || !isListedPlace(key) || !plays || LOCATIVE.has(before) || (before === "," && spans.some((t) => t.end === s.start - 1))) continue;
        s.typeIndex = ORG;
        continue;
      }
      if (LOCATIVE.has(before) || (before === "," && s.start > 1 && isCapitalised(words[s.start - 2]!.text) && !acts)) continue;
      s.typeIndex = ORG;
    }
  }

  // 4l. "red warnings for Galway, Mayo and Donegal": in a list of three or more names where all the
  // others are places, an unknown name the tagger called something else is a place too; and an
  // organisation among organisations ("Volkswagen, BMW and Mercedes-Benz").
  if (!SKIP.has("4l")) placeLists(words, spans, personParts);

  // 4ct. Outside a match report too, "Liverpool beat Chelsea 2-0": the names either side of a
  // result verb with a score after are sides, and so are their other mentions ("Chelsea boss Enzo
  // Maresca"), except where they are places ("in Liverpool").
  if (!SKIP.has("4ct") && !report) resultSides(words, spans);
  if (!SKIP.has("0fo")) squadTeams(words, spans, ORG);

  // 5a. "Pakistan Tehreek-e-Insaf (PTI)", "Movimento 5 Stelle"-like names the tagger missed: a
  // capitalised run whose initials spell the acronym in brackets after it is an organisation's name
  // (the lower-case case, "post-traumatic stress disorder (PTSD)", is 0b).
  if (!SKIP.has("5a")) spelledAcronyms(words, spans);
  // 5ia. "Independent Electoral and Boundaries Commission" ... "IEBC": two runs joined by "and" whose
  // initials the document writes as an acronym are one organisation (the tagger splits at "and").
  if (!SKIP.has("5ia")) acronymJoined(words, spans);
  // 5ij. "National Taiwan University and National Chengchi University": two bodies joined by "and",
  // each ending in an institution's word, are two names (`5ij`).
  if (!SKIP.has("5ij")) splitJoinedBodies(words, spans);
  // 5.
  if (!SKIP.has("5")) acronymsAfter(words, spans);
  // ... and the other way round: "CEI (Italian Episcopal Conference)".
  for (const s of [...spans]) {
    const i = s.start;
    if (i >= 3 && words[i - 1]!.text === "(" && s.end < words.length && words[s.end]!.text === ")" && /^\p{Lu}[\p{Lu}\p{N}&.]{1,7}$/u.test(words[i - 2]!.text)) {
      if (spans.some((t) => t.start <= i - 2 && i - 2 < t.end)) continue;
      spans.push({ start: i - 2, end: i - 1, typeIndex: s.typeIndex, confidence: s.confidence, scores: [0, 0, 0] });
    }
  }
  spans.sort((x, y) => x.start - y.start);
  if (!SKIP.has("5c")) spans.push(...coordinated(words, sentStart, spans));
  if (!SKIP.has("5d")) spans.push(...credits(words, spans));
  if (!SKIP.has("4pn")) { spans.sort((x, y) => x.start - y.start); placeNouns(words, spans, personParts); }
  spans.sort((x, y) => x.start - y.start);

  // 5e. "the Republican party": a party adjective with a lower-case "party" after it is the party's
  // name, as GUM writes it.
  for (const s of spans) {
    if (SKIP.has("5e")) break;
    if (s.end < words.length && words[s.end]!.text === "party" && s.end - s.start === 1 && /(?:an|ic|ist|ive|al)$/.test(words[s.start]!.text)) { s.end += 1; s.typeIndex = ORG; }
  }

  // 5f. "Royal Academy of Painting and Sculpture", "Department of Physics and Astronomy": an
  // organisation "X of Y" goes on through "and" and one or two capitalised common words (8 such names
  // in the training data; the separate names after one end in "University" or are names).
  for (let k = 0; k < spans.length && !SKIP.has("5f"); k++) {
    const s = spans[k]!;
    if (s.typeIndex !== ORG || s.end + 1 >= words.length || words[s.end]!.text !== "and") continue;
    let hasOf = false;
    for (let i = s.start + 1; i < s.end - 1; i++) if (words[i]!.text === "of") hasOf = true;
    if (!hasOf) continue;
    let j = s.end + 1;
    while (j < words.length && j - s.end - 1 < 2 && isCapitalised(words[j]!.text) && isCommonNoun(words[j]!.text)) j++;
    if (j === s.end + 1 || (j < words.length && (isCapitalised(words[j]!.text) || /^['’]s?$/.test(words[j]!.text)))) continue;
    if (spans.some((t) => t !== s && t.start < j && t.end > s.end)) continue;
    s.end = j;
  }

  // 5fl. "Department for Environment, Food and Rural Affairs", "the Environment, Food and Rural Affairs
  // Committee": a list of capitalised common words inside an organisation's name (the tagger ends
  // the name at the first comma, or starts it after the last "and").
  if (!SKIP.has("5fl")) listsInNames(words, spans);

  // 5fc. "Food Standards Australia New Zealand", "Food Standards of Australia and New Zealand": an
  // organisation ending in a country goes on over a second country right after it or after "and"
  // (the tagger ends the name at the first country).
  for (let k = 0; k < spans.length && !SKIP.has("5fc"); k++) {
    const a = spans[k]!;
    if (a.typeIndex !== ORG || a.end - a.start < 2) continue;
    let lastCountry = -1;
    for (let i = a.end - 1; i > a.start && lastCountry < 0; i--) if (isCountry(keyOf(words, i, a.end))) lastCountry = i;
    if (lastCountry < 0) continue;
    const gap = words[a.end]?.text === "and" && keyOf(words, lastCountry - 1, lastCountry) === "of" ? 1 : 0;
    const b = spans.find((t) => t.start === a.end + gap);
    if (!b || !isCountry(keyOf(words, b.start, b.end)) || (b.end < words.length && isCapitalised(words[b.end]!.text))) continue;
    a.end = b.end;
    spans.splice(spans.indexOf(b), 1);
  }

  // 5g. "General Assembly of the United Nations", "Government of the Republic of Albania": a name
  // ending in an organisation or place head word, "of" ("of the") and another name are one name of
  // the first one's type (in the training data 220 such names against 8 pairs annotated apart).
  for (let k = 0; k + 1 < spans.length && !SKIP.has("5g"); k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    const gap = b.start - a.end;
    if (gap < 1 || gap > 2 || words[a.end]!.text !== "of" || (gap === 2 && words[a.end + 1]!.text !== "the")) continue;
    const head = words[a.end - 1]!.text;
    if (!isCapitalised(head) || !(HEADS.has(head.toLowerCase()) || gazFlags(head, head.toLowerCase()) & (GAZ.orgSuffix | GAZ.placeSuffix))) continue;
    // (Not a person whose surname is such a word: "Hyun-woo Park of the Reserve Bank".)
    if (a.typeIndex === PERSON && !SKIP.has("5gp")) continue;
    a.end = b.end;
    spans.splice(k + 1, 1);
    k--;
  }

  // 5h. "Joint Council for the Welfare of Immigrants", "Union of Rationalist Atheists and
  // Agnostics": an organisation ending in an organisation word goes on through "for"/"of" (and "the")
  // over capitalised words the tagger left out. In the training data 175 names go on so, and 1 stops
  // at such a head word before untagged capitalised words ("City of Festivals", a nickname).
  if (!SKIP.has("5h")) orgTails(words, spans);
  // ... and an acronym in brackets after a name that step made whole ("Union of Rationalist
  // Atheists and Agnostics (UAAR)", 5ha).
  if (!SKIP.has("5") && !SKIP.has("5ha")) { acronymsAfter(words, spans); spans.sort((x, y) => x.start - y.start); }

  // 6: add missed occurrences (longest known form first), never overlapping a tagged span.
  votes = countVotes(words, spans);
  const covered = new Uint8Array(words.length);
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered[i] = 1;
  const added: TaggedSpan[] = [];
  for (let k = 0; k + 1 < sentStart.length && !SKIP.has("6"); k++) {
    const a = sentStart[k]!, b = sentStart[k + 1]!;
    for (let i = a; i < b; i++) {
      if (covered[i] || !(isCapitalised(words[i]!.text) || (personParts.has(words[i]!.text) && /^\p{Ll}{1,3}-\p{Lu}/u.test(words[i]!.text)))) continue;
      for (let len = Math.min(MAX_LEN, b - i); len >= 1; len--) {
        let free = true;
        for (let j = i; j < i + len; j++) if (covered[j]) { free = false; break; }
        if (!free) continue;
        const key = keyOf(words, i, i + len);
        const v = votes.get(key);
        const surname = len === 1 && personParts.has(key);
        if (!v && !surname) continue;
        // A name right after a capitalised word is probably part of a longer, different name, unless
        // that word is a title or honorific ("while Mr Macron called", 6t).
        if (i > a && isCapitalised(words[i - 1]!.text) && i - 1 !== a && (SKIP.has("6t") || !isTitleWord(words[i - 1]!.text.toLowerCase().replace(/\.$/, "")))) break;
        if (i + len < b && isCapitalised(words[i + len]!.text)) break;
        const typeIndex = surname && !canAlternate(key) ? PERSON : best(v!, 0);
        const span = { start: i, end: i + len, typeIndex, confidence: 0.5, scores: [0, 0, 0] };
        // Not where the words are the front of an event, law or award ("the Finance Bill").
        if (!SKIP.has("6e") && !SKIP.has("0a") && isEventName(words, span)) break;
        added.push(span);
        for (let j = i; j < i + len; j++) covered[j] = 1;
        i += len - 1;
        break;
      }
    }
  }
  let out = added.length ? [...spans, ...added].sort((x, y) => x.start - y.start) : spans;
  if (!SKIP.has("0ps")) particleSurnames(words, starts, out);
  if (!SKIP.has("5pd")) out = sharedPluralHeads(words, out);
  // 0cy. "in Co Kerry", "Co. Clare": the Irish abbreviation of "County" and the county's name are one
  // place (the tagger reads "Co" as a person's or a company's word).
  if (!SKIP.has("0cy")) out = irishCounties(words, out);
  if (!SKIP.has("6x")) out = wholeNames(words, out);
  if (!SKIP.has("6m")) out = mediaShortNames(words, out);
  if (!SKIP.has("6c")) out = complementNames(words, out);
  if (!SKIP.has("0cs")) out = companyShortNames(words, out, ORG);
  if (!SKIP.has("0sa")) out = saintsPlaces(words, out);
  if (!SKIP.has("0ws")) out = wireShapes(words, sentStart, out);
  if (!SKIP.has("0w2")) out = moreShapes(words, sentStart, out);
  // 0ca. "Amazon.com Inc and Intel Corp": two companies, each closed by its form, not one name.
  for (let k = 0; k < out.length && !SKIP.has("0ca"); k++) {
    const s = out[k]!;
    for (let i = s.start + 1; i < s.end - 1; i++) {
      if (words[i]!.text !== "and" || !COMPANY_FORMS_END.test(words[i - 1]!.text)) continue;
      out.splice(k, 1, { ...s, end: i, typeIndex: ORG }, { ...s, start: i + 1, typeIndex: ORG });
      break;
    }
  }
  // 0pr. Products ("IE6", "Windows XP", "Chrome") and vehicles named before their kind ("the Galileo
  // and Ulysses spacecraft") are no names; a maker before a product stays ("Mozilla Firefox" ->
  // "Mozilla"). Last, so that no step above adds them back from a list or a repeat.
  if (!SKIP.has("0pr")) out = dropProducts(words, out, ORG, PERSON);
  // A title word that is also the surname of a person named in full stays ("Travis Head ... Head
  // said"), unless an article makes it a title again ("the Head of Department"; 7ts).
  const surnameOf = (s: TaggedSpan) => !SKIP.has("7ts") && s.end - s.start === 1 && s.typeIndex === PERSON && namedSurnames.has(words[s.start]!.text) && !/^(?:the|a|an)$/i.test(words[s.start - 1]?.text ?? "");
  // "Boarded up. Empty.": a verb's past form opening a sentence or a quotation is no name, unless a
  // first name or surname (7pp; "Reed said").
  const participle = (s: TaggedSpan) => {
    if (SKIP.has("7pp") || s.end - s.start !== 1) return false;
    const w = words[s.start]!.text, lower = w.toLowerCase();
    if (!/^\p{Lu}\p{Ll}+ed$/u.test(w) || !(starts.has(s.start) || /^["“‘']$/.test(words[s.start - 1]?.text ?? ""))) return false;
    const f = gazFlags(w, lower);
    if (f & (GAZ.firstName | GAZ.surname | GAZ.city | GAZ.country) || isKnownOrganization(w)) return false;
    // The dictionary lists stems: "board" for "Boarded", "close" for "Closed", "stop" for "Stopped".
    const stems = [lower, lower.slice(0, -2), lower.slice(0, -1), lower.slice(0, -3)];
    return stems.some((t, k) => t.length > 2 && (k < 3 || t.at(-1) === lower.at(-3)) && (gazFlags(t, t) & GAZ.dictCommon) !== 0);
  };
  // "Operation Kauri", "Operation Desert Storm": a military or police operation is an event (7op).
  // ... and so is a dynasty, a period ("the Nineteenth Dynasty of Egypt", "the Ming Dynasty").
  const operation = (s: TaggedSpan) => !SKIP.has("7op") && ((words[s.start]!.text === "Operation" && s.end - s.start >= 2) || words.slice(s.start, s.end).some((w) => w.text === "Dynasty" || w.text === "Dynasties"));
  return SKIP.has("7") ? out : out.filter((s) => s.keep || surnameOf(s) || !(isNeverName(words, s) || participle(s) || operation(s)));
}

/** Step 5: an acronym in brackets right after a name gets the name's type. */
function acronymsAfter(words: Word[], spans: TaggedSpan[]): void {
  for (const s of [...spans]) {
    const i = s.end;
    if (i + 2 < words.length && words[i]!.text === "(" && words[i + 2]!.text === ")" && /^\p{Lu}[\p{Lu}\p{N}&.]{1,7}$/u.test(words[i + 1]!.text)) {
      if (spans.some((t) => t.start === i + 1)) continue;
      spans.push({ start: i + 1, end: i + 2, typeIndex: s.typeIndex, confidence: s.confidence, scores: [0, 0, 0] });
    }
  }
}

const POSITIONS = /^(?:left|right|centre|center|front|back|top|bottom|pictured|above|below)$/i;
/** Step 4cp (see above): "(left)", "(second right)", "(centre, in red)". */
function captionPeople(words: Word[], spans: TaggedSpan[]): void {
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

/** Step 4l (see above). */
/** Lower-case nouns for kinds of place, singular and plural, after their names: "the Surma river", "the Surma and Kushiyara rivers". */
const PLACE_NOUNS = new Set(["river", "lake", "mountain", "island", "valley", "province", "district", "county", "desert", "peninsula", "strait", "prefecture", "governorate", "rivers", "lakes", "mountains", "islands", "valleys", "provinces", "districts", "counties", "deserts", "peninsulas", "straits", "prefectures", "governorates"]);

/**
 * Step 4pn: names before a lower-case noun for a kind of place are places, and so are the other names
 * of a list that noun closes ("the Surma and Kushiyara rivers", "the Tigris, Euphrates and Jordan
 * rivers"); the tagger, meeting unknown words, often calls them people. Not a listed organisation,
 * and not a person named in full elsewhere ("the Hudson river" stays a place; "Jordan" the player is
 * no list of rivers).
 */
function placeNouns(words: Word[], spans: TaggedSpan[], personParts: ReadonlySet<string>): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (!PLACE_NOUNS.has(words[s.end]?.text ?? "")) continue;
    const plural = words[s.end]!.text.endsWith("s");
    const list = [s];
    for (let j = k - 1; plural && j >= 0; j--) {
      const gap = words.slice(spans[j]!.end, list[0]!.start).map((w) => w.text.toLowerCase()).join(" ");
      if (gap !== "," && !(list.length === 1 && (gap === "and" || gap === ", and" || gap === "or"))) break;
      list.unshift(spans[j]!);
    }
    if (plural && list.length < 2) continue;
    // "the Krishna and Ghataprabha rivers": a list of two or more after "the" names the places even
    // where one is also a person's first name in the text ("Krishna Byre Gowda visited"; `4pt`).
    const definite = plural && !SKIP.has("4pt") && lowerBefore(words, list[0]!) === "the";
    for (const t of list) {
      const key = keyOf(words, t.start, t.end);
      if (isKnownOrganization(key) || (!definite && (personParts.has(key) || isKnownPerson(key)))) continue;
      t.typeIndex = PLACE;
    }
  }
}

function placeLists(words: Word[], spans: TaggedSpan[], personParts: ReadonlySet<string>): void {
  for (let k = 0; k < spans.length; k++) {
    // Collect a list: names joined by "," or "and"/"or" (also ", and").
    const list = [spans[k]!];
    let j = k, closed = false;
    while (j + 1 < spans.length && !closed) {
      const a = spans[j]!, b = spans[j + 1]!;
      const gap = words.slice(a.end, b.start).map((w) => w.text.toLowerCase()).join(" ");
      if (gap !== "," && gap !== "and" && gap !== "or" && gap !== ", and" && gap !== ", or") break;
      closed = gap !== ",";
      list.push(b);
      j++;
    }
    k = j;
    // Two places after a preposition of place: "in Khan Younis and Deir al-Balah" (the tagger reads
    // "al-Balah" as a person's; not a known first name: "in Paris and Anne Hidalgo's office").
    if (list.length === 2 && closed && !SKIP.has("4l2") && /^(?:in|at|near|across|into)$/.test(words[list[0]!.start - 1]?.text ?? "")) {
      const [a, b] = list as [TaggedSpan, TaggedSpan];
      for (const [t, o] of [[a, b], [b, a]] as const) {
        const first = words[t.start]!.text, key = keyOf(words, t.start, t.end);
        if (t.typeIndex === PERSON && o.typeIndex === PLACE && !(gazFlags(first, first.toLowerCase()) & GAZ.firstName) && !isKnownPerson(key) && !personParts.has(key)) t.typeIndex = PLACE;
      }
      continue;
    }
    // "Goldman Sachs and Mizuho", "Spotify and Zendesk": an unlisted "place" paired with a known or
    // cued organisation is one too (`4l2o`).
    if (list.length === 2 && closed && !SKIP.has("4l2o")) {
      const [a, b] = list as [TaggedSpan, TaggedSpan];
      for (const [t, o] of [[a, b], [b, a]] as const) {
        if (t.typeIndex !== PLACE || o.typeIndex !== ORG || !(o.cued || isKnownOrganization(keyOf(words, o.start, o.end)))) continue;
        const key = keyOf(words, t.start, t.end);
        if (!canAlternate(key) && !FACILITIES.has(words[t.end - 1]!.text.toLowerCase())) t.typeIndex = ORG;
      }
      continue;
    }
    // A coordination closed by "and"/"or": not "(Black Pepper, Melbourne, Australia, 2004)".
    if (list.length < 3 || !closed) continue;
    // ... and so in a list of organisations: "Volkswagen, BMW and Mercedes-Benz".
    for (const type of [PLACE, ORG]) {
      const odd = list.filter((t) => t.typeIndex !== type);
      if (odd.length !== 1) continue;
      const t = odd[0]!, key = keyOf(words, t.start, t.end);
      // Never a name that starts with a known first name ("County of Maui, Office of the Mayor, Scott
      // Teruya, County of Maui" lists a person among bodies).
      const first = words[t.start]!.text;
      if (t.end - t.start > 2 || isKnownPerson(key) || personParts.has(key) || (type === ORG && t.typeIndex === PERSON && gazFlags(first, first.toLowerCase()) & GAZ.firstName) || (type === PLACE ? isKnownOrganization(key) : canAlternate(key))) continue;
      t.typeIndex = type;
    }
  }
}

/** Step 4dc (see above). */
function placeChains(words: Word[], spans: TaggedSpan[]): void {
  const places = new Set<string>();
  for (let k = 0; k + 2 < spans.length; k++) {
    const a = spans[k]!, b = spans[k + 1]!, c = spans[k + 2]!;
    // Only what the tagger took for a person: a publisher before its city ("(Salt Publishing,
    // Cambridge, UK, 2008)") stays an organisation.
    if (a.typeIndex !== PERSON || a.end - a.start > 2 || b.start !== a.end + 1 || c.start !== b.end + 1) continue;
    if (words[a.end]!.text !== "," || words[b.end]!.text !== ",") continue;
    const key = keyOf(words, a.start, a.end);
    if (!(isListedPlace(keyOf(words, b.start, b.end)) || b.typeIndex === PLACE) || !isCountry(keyOf(words, c.start, c.end)) || isKnownOrganization(key) || isKnownPerson(key)) continue;
    places.add(key);
  }
  if (!places.size) return;
  for (const s of spans) if (places.has(keyOf(words, s.start, s.end))) s.typeIndex = PLACE;
}

/** Step 0e: split spans whose name-like last one or two words stand alone elsewhere in the document. */
function splitRunOns(words: Word[], spans: TaggedSpan[]): void {
  const alone = new Set<string>();
  for (const s of spans) if (s.end - s.start <= 2) alone.add(keyOf(words, s.start, s.end));
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
function splitTitledRunOns(words: Word[], spans: TaggedSpan[]): void {
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

/** Institution words that end a body's name: "University", "Council", "Ministry". */
const INSTITUTION_ENDS = new Set(["University", "College", "Institute", "School", "Council", "Ministry", "Department", "Agency", "Commission", "Committee", "Bank", "Party", "Hospital", "Museum", "Foundation", "Association", "Society", "Union", "Court", "Authority", "Corporation", "Company", "Group", "Police"]);
/** Last words of names that are bodies' only (step 3oe). */
const BODY_ENDS = new Set(["Party", "Committee", "Council", "Commission", "Association", "Foundation", "Corporation", "Company", "Agency", "Authority", "Institute", "College", "Group", "Lab", "Laboratory", "Ministry", "Department", "Inspectorate", "Directorate"]);
/** Step 5ij (see above). */
function splitJoinedBodies(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.end - s.start < 5 || !INSTITUTION_ENDS.has(words[s.end - 1]!.text)) continue;
    for (let j = s.start + 2; j < s.end - 2; j++) {
      // ... or the first is "<institution> of <name>": "the University of Otago and Monash University" (5ij2).
      const ofName = !SKIP.has("5ij2") && INSTITUTION_ENDS.has(words[s.start]!.text) && words[s.start + 1]!.text === "of" && j - s.start <= 4 && s.end - j >= 3;
      if (words[j]!.text !== "and" || !(INSTITUTION_ENDS.has(words[j - 1]!.text) || ofName) || !/^\p{Lu}/u.test(words[j + 1]!.text)) continue;
      spans.splice(k + 1, 0, { ...s, start: j + 1, end: s.end });
      s.end = j;
      break;
    }
  }
}

/** Step 5ia (see above). */
function acronymJoined(words: Word[], spans: TaggedSpan[]): void {
  const acronyms = new Set(words.filter((w) => /^\p{Lu}{3,8}$/u.test(w.text)).map((w) => w.text));
  if (!acronyms.size) return;
  const initials = (from: number, to: number) => words.slice(from, to).filter((w) => /^\p{Lu}/u.test(w.text)).map((w) => w.text[0]).join("");
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    if (b.start !== a.end + 1 || !/^(?:and|&)$/.test(words[a.end]!.text)) continue;
    if (words.slice(a.start, b.end).some((w, i) => a.start + i !== a.end && !/^\p{Lu}/u.test(w.text) && !/^(?:of|for|the)$/.test(w.text))) continue;
    if (!acronyms.has(initials(a.start, b.end))) continue;
    a.end = b.end;
    a.typeIndex = ORG;
    spans.splice(k + 1, 1);
  }
}

/** Last words of units, teams and bands, which "who" may describe too. */
const UNIT_WORDS = new Set(["wing", "regiment", "brigade", "battalion", "squadron", "division", "corps", "fleet", "army", "group", "team", "squad", "band", "club", "crew", "unit", "force", "forces", "guard", "stones", "beatles", "boys", "girls", "brothers", "sisters", "family"]);
/**
 * A name of plain capitalised words that may be a person's, whatever the tagger typed it: no
 * well-known organisation or listed place, no word of a body's, a place's, a country's, a nation's or
 * a title (3ib, 3wh).
 */
function plainName(words: Word[], s: TaggedSpan): boolean {
  const key = keyOf(words, s.start, s.end);
  if (isKnownOrganization(key) || canAlternate(key)) return false;
  return !words.slice(s.start, s.end).some((w) => !/^\p{Lu}\p{Ll}+$/u.test(w.text) || gazFlags(w.text, w.text.toLowerCase()) & (GAZ.orgSuffix | GAZ.placeSuffix | GAZ.country | GAZ.city | GAZ.nationality | GAZ.title));
}

/** Step 3ib (see above). */
function rolePrecededPeople(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (s.typeIndex === PERSON || s.end - s.start < 2 || s.end - s.start > 3 || words[s.start - 1]?.text !== "," || words[s.end]?.text !== ",") continue;
    if (!plainName(words, s)) continue;
    // The phrase before the comma: back to the sentence's start or a clause break, with a role noun in it.
    let role = false;
    for (let k = s.start - 2; k >= 0 && k >= s.start - 9; k--) {
      const w = words[k]!.text;
      if (/^[.;:!?"“”]$/.test(w) || w === ",") break;
      const lower = w.toLowerCase();
      if (/^\p{Ll}/u.test(w) && (isTitleWord(lower) || OCCUPATIONS.has(lower) || PERSON_NOUNS.has(lower) || lower === "leader" || lower === "head" || lower === "chief")) { role = true; break; }
    }
    if (role) s.typeIndex = PERSON;
  }
}

/** Step 3wh (see above). */
function relativePeople(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (s.typeIndex === PERSON || s.end - s.start < 2 || s.end - s.start > 3 || words[s.end]?.text !== ",") continue;
    if (!plainName(words, s) || words.slice(s.start, s.end).some((w) => FACILITIES.has(w.text.toLowerCase()))) continue;
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
function firstNameLed(words: Word[], s: TaggedSpan): boolean {
  const first = words[s.start]!.text;
  const firstPart = first.split("-")[0]!;
  if (!(gazFlags(firstPart, firstPart.toLowerCase()) & GAZ.firstName) || gazFlags(first, first.toLowerCase()) & (GAZ.country | GAZ.city | GAZ.nationality)) return false;
  for (let i = s.start + 1; i < s.end; i++) {
    const w = words[i]!.text;
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) || gazFlags(w, w.toLowerCase()) & (GAZ.orgSuffix | GAZ.country | GAZ.city | GAZ.nationality)) return false;
  }
  return true;
}

const APPOSITION_OPENERS = new Set(["the", "a", "an", "its", "his", "her", "their"]);
/** ", the group's Kenya director," after word index i: an apposition whose head is a title word. */
function rolledApposition(words: Word[], i: number): boolean {
  const head = appositionHead(words, i, false);
  return head !== undefined && (isTitleWord(head) || OCCUPATIONS.has(head) || PERSON_NOUNS.has(head));
}

/** Nouns for a person an apposition may give besides titles and occupations: ", her co-star,". */
const PERSON_NOUNS = new Set(["co-star", "costar", "colleague", "friend", "partner", "wife", "husband", "widow", "widower", "son", "daughter", "mother", "father", "brother", "sister", "cousin", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "grandmother", "grandfather", "fiancé", "fiancée", "girlfriend", "boyfriend", "teammate", "team-mate", "aide", "adviser", "advisor", "deputy", "successor", "predecessor", "rival", "opponent", "co-founder", "founder", "co-author", "coauthor", "owner", "neighbour", "neighbor", "resident", "student", "teacher", "professor", "doctor", "nurse", "surgeon", "lawyer", "barrister", "solicitor", "witness", "victim", "survivor", "mother-of-two", "father-of-two", "veteran", "mp", "councillor", "candidate", "nominee"]);

const SAYS = new Set(["said", "says", "told", "added", "announced", "confirmed", "warned"]);
const APPOSITION_PREPOSITIONS = new Set(["at", "of", "in", "for", "with", "from", "on", "based", "who", "which", "that"]);
/**
 * The head noun (lower case) of an apposition after word index i: ", the group's Kenya director," or,
 * with `orSpeech`, the subject of a reporting clause right after the name (", the investment firm
 * said"), which news uses for the body just named.
 */
function appositionHead(words: Word[], i: number, orSpeech: boolean): string | undefined {
  if (words[i]?.text !== "," || i + 2 >= words.length) return undefined;
  let j = i + 1;
  const opener = words[j]!.text;
  if (APPOSITION_OPENERS.has(opener.toLowerCase())) j++;
  else if (!(isCapitalised(opener) && /^['’]s$/.test(words[j + 1]?.text ?? ""))) return undefined;
  else j += 2;
  for (let k = j; k < words.length && k <= j + 5; k++) {
    const w = words[k]!.text;
    // The head ends the noun phrase: before a preposition too (", an epidemiologist at Boston
    // University," is a person whose apposition names where she works).
    if (/^[,.;]$/.test(w) || (orSpeech && SAYS.has(w)) || APPOSITION_PREPOSITIONS.has(w)) {
      // A capitalised head before a preposition is a name of its own ("the Ministry of Defence").
      // ... unless it is a title: "the company's Vice President of regulatory affairs".
      if (k === j || (APPOSITION_PREPOSITIONS.has(w) && isCapitalised(words[k - 1]!.text) && !isTitleWord(words[k - 1]!.text.toLowerCase()))) return undefined;
      return words[k - 1]!.text.toLowerCase();
    }
    if (w === "and" || w === "or" || !/^[\p{L}'’-]+$/u.test(w)) return undefined;
  }
  return undefined;
}

/** Nouns for a body that an apposition gives a name (3k): ", the investment firm,". */
const BODY_NOUNS = new Set(["firm", "company", "group", "organisation", "organization", "agency", "charity", "bank", "fund", "network", "broadcaster", "manufacturer", "retailer", "startup", "start-up", "insurer", "lender", "carrier", "airline", "party", "union", "club", "newspaper", "magazine", "website", "publisher", "label", "studio", "conglomerate", "giant", "maker", "supermarket", "chain", "operator", "regulator", "watchdog", "ministry", "department", "council", "university", "school", "hospital", "band"]);

const MONTH_NAMES = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;
const title = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();
/** Step 0d: an all-capitals place at a sentence start before "," "(" or a dash. */
function datelines(words: Word[], sentStart: number[], spans: TaggedSpan[]): void {
  let changed = false;
  for (const a of sentStart) {
    let e = a;
    while (e < words.length && e - a < 3 && /^\p{Lu}{2,}$/u.test(words[e]!.text)) e++;
    if (e === a || e >= words.length) continue;
    const next = words[e]!.text;
    // "CAIRO/JERUSALEM, Nov 19 (Reuters) -": two datelines' cities joined by a slash (0ds).
    if (next === "/" && !SKIP.has("0ds") && /^\p{Lu}{2,}$/u.test(words[e + 1]?.text ?? "") && /^(?:,|\()$/.test(words[e + 2]?.text ?? "")) {
      const one = title(words.slice(a, e).map((w) => w.text).join(" ")), two = title(words[e + 1]!.text);
      if (isListedPlace(one) && isListedPlace(two)) {
        for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.start >= a && spans[k]!.end <= e + 2) spans.splice(k, 1);
        spans.push({ start: a, end: e, typeIndex: PLACE, confidence: 0.5, scores: [0, 0, 0] }, { start: e + 1, end: e + 2, typeIndex: PLACE, confidence: 0.5, scores: [0, 0, 0] });
        changed = true;
      }
      continue;
    }
    if (!/^(?:,|\(|—|–|-|--)$/.test(next)) continue;
    const name = words.slice(a, e).map((w) => title(w.text)).join(" ");
    const agency = next === "(" && /^\p{Lu}/u.test(words[e + 1]?.text ?? "") && words[e + 2]?.text === ")";
    const dated = next === "," && MONTH_NAMES.test(words[e + 1]?.text ?? "");
    // "CAPE CANAVERAL, Florida —": a listed state or country between the comma and the dash (0dr).
    let region = false, regionEnd = -1;
    for (let r = e + 2; !SKIP.has("0dr") && next === "," && r <= e + 4 && r < words.length; r++) {
      if (!/^(?:—|–|-|--|\()$/.test(words[r]!.text)) continue;
      const between = words.slice(e + 1, r).map((w) => w.text);
      region = isListedPlace(between.join(" "));
      // "RICHMOND, Va. (AP) —": a US state's abbreviation, a place of its own.
      if (!region && isStateAbbreviation(between.join(""))) { region = true; regionEnd = r; }
      break;
    }
    if (!isListedPlace(name) && !(gazFlags(name, name.toLowerCase()) & (GAZ.city | GAZ.country)) && !agency && !dated && !region) continue;
    if (spans.some((t) => t.start < e && t.end > e)) continue;
    for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.start >= a && spans[k]!.end <= e) spans.splice(k, 1);
    spans.push({ start: a, end: e, typeIndex: PLACE, confidence: 0.5, scores: [0, 0, 0] });
    if (regionEnd > 0 && !spans.some((t) => t.start < regionEnd && t.end > e + 1)) spans.push({ start: e + 1, end: regionEnd, typeIndex: PLACE, confidence: 0.5, scores: [0, 0, 0] });
    // "WILLIAMS LAKE, B.C. (CP) —": the agency in brackets before the dash is an organisation (0da).
    for (let p = e; !SKIP.has("0da") && p < e + 7 && p + 3 < words.length; p++) {
      if (words[p]!.text !== "(") continue;
      if (/^\p{Lu}/u.test(words[p + 1]!.text) && words[p + 2]!.text === ")" && /^(?:—|–|-|--)$/.test(words[p + 3]!.text)) {
        for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.start === p + 1 && spans[k]!.end === p + 2) spans.splice(k, 1);
        if (!spans.some((t) => t.start <= p + 1 && t.end > p + 1)) spans.push({ start: p + 1, end: p + 2, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0] });
      }
      break;
    }
    changed = true;
  }
  if (changed) spans.sort((x, y) => x.start - y.start);
}

const PLACE_COMPOUND = /^\p{Lu}[\p{L}.']*-(?:based|born|bred|raised|headquartered)$/u;
/** Step 0h: "Hong Kong-based" -> the place "Hong Kong". */
function placeCompounds(words: Word[], starts: ReadonlySet<number>, spans: TaggedSpan[]): void {
  let added = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.text;
    if (!PLACE_COMPOUND.test(w)) continue;
    const trim = w.length - w.indexOf("-");
    const stem = w.slice(0, w.length - trim);
    // "Jordanian-born" names a nationality, not a place.
    if (gazFlags(stem, stem.toLowerCase()) & GAZ.nationality) continue;
    const covering = spans.find((t) => t.start <= i && i < t.end);
    if (covering) {
      if (covering.end === i + 1) { covering.trim = trim; covering.typeIndex = PLACE; }
      continue;
    }
    const before = spans.find((t) => t.end === i && t.typeIndex !== ORG);
    if (before) { before.end = i + 1; before.trim = trim; before.typeIndex = PLACE; continue; }
    // Alone, only a stem no dictionary knows as a common word ("Cupertino-based", not "Family-run").
    const f = gazFlags(stem, stem.toLowerCase());
    if (starts.has(i) && !(f & (GAZ.city | GAZ.country))) continue;
    if (!(f & (GAZ.city | GAZ.country)) && f & GAZ.dictCommon) continue;
    // "New York-born": the words before belong to it when together they are a listed place.
    let from = i;
    for (let j = i - 1; j >= 0 && j >= i - 3 && isCapitalised(words[j]!.text) && !spans.some((t) => t.end > j && t.start <= j); j--) {
      if (isListedPlace(`${keyOf(words, j, i)} ${stem}`)) from = j;
    }
    spans.push({ start: from, end: i + 1, typeIndex: PLACE, confidence: 0.5, scores: [0, 0, 0], trim });
    added = true;
  }
  if (added) spans.sort((x, y) => x.start - y.start);
}

/** Step 0u: untagged name-like words right after a capitalised title word become a person. */
function titledNames(words: Word[], starts: ReadonlySet<number>, spans: TaggedSpan[]): void {
  const covered = new Uint8Array(words.length);
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered[i] = 1;
  let added = false;
  for (let i = 0; i + 1 < words.length; i++) {
    const t = words[i]!.text;
    const titled = /^\p{Lu}\p{Ll}+$/u.test(t) && TRAILING_TITLES.has(t.toLowerCase());
    // ... or after an honorific, where one word is enough: '"It is over," said Ms Reeves' (0hn; the
    // tagger, which has seen few "Ms" in training, misses surnames that are also common words).
    const honorific = !SKIP.has("0hn") && NAME_HONORIFICS.has(t.replace(/\.$/, ""));
    // ... or after an occupation in lower case: "Senior researcher Mu Li, of the University" (0uo).
    if (!(titled || honorific || (!SKIP.has("0uo") && OCCUPATIONS.has(t))) || covered[i + 1]) continue;
    let e = i + 1;
    while (e < words.length && e - i <= 3 && !covered[e] && !starts.has(e) && /^\p{Lu}[\p{L}'’-]*$/u.test(words[e]!.text)) {
      const w = words[e]!.text;
      if (isTitleWord(w.toLowerCase()) || MONTHS_AND_DAYS.has(w) || gazFlags(w, w.toLowerCase()) & (GAZ.country | GAZ.city | GAZ.nationality | GAZ.orgSuffix | GAZ.placeSuffix)) break;
      e++;
    }
    // Two words at least, the last a name and not a lone capitalised common word; after an honorific
    // one ("Mr Hunt"), but not a pageant's title ("Miss World").
    if (e - i < (honorific ? 2 : 3) || (honorific && e - i === 2 && PAGEANTS.has(words[i + 1]!.text))) continue;
    spans.push({ start: i + 1, end: e, typeIndex: PERSON, confidence: 0.5, scores: [0, 0, 0] });
    for (let k = i + 1; k < e; k++) covered[k] = 1;
    added = true;
  }
  if (added) spans.sort((x, y) => x.start - y.start);
}

/** Collective nouns whose possessive stands inside a name. */
const COLLECTIVES = new Set(["People", "Children", "Women", "Men"]);

/** Party names written as adjectives before a member's or leader's noun. */
const PARTY_ADJECTIVES = new Set(["Conservative", "Labour", "Liberal", "Democratic", "Republican", "Green", "Reform", "Socialist", "Communist", "Progressive", "Democrat"]);
/** Words that make "Democrat(s)" part of a party's name: "Liberal Democrat", "Social Democrats". */
const DEMOCRAT_FRONTS = new Set(["Liberal", "Social", "Christian", "Free", "Sweden"]);

/**
 * Step 0pl: a party named by its adjective before a leader's or member's noun and a person's name is
 * the party ("Conservative Leader Pierre Poilievre", "Liberal Democrat leader Ed Davey"; the tagger
 * leaves the adjective out or keeps half of "Liberal Democrat").
 */
function partyLeaders(words: Word[], spans: TaggedSpan[]): void {
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

/** Words of a title phrase that name a portfolio or qualify it, not the office itself. */
const PORTFOLIO_WORDS = new Set(["state", "foreign", "home", "health", "finance", "trade", "interior", "justice", "education", "energy", "environment", "culture", "transport", "shadow", "opposition", "crown", "grand", "supreme", "defence", "defense"]);

/** Verbs a person opening a sentence often has that do not end in "-ed" (plural nouns do end in "-s"). */
const OPENING_VERBS = new Set(["said", "says", "told", "tells", "wrote", "writes", "won", "lost", "met", "made", "took", "left", "led", "became", "spoke", "speaks", "insists", "warns", "adds", "argues", "denies", "admits", "has", "had", "was", "is", "will", "would", "could"]);

/** Step 0sp (see above). */
function sentenceOpeningPeople(words: Word[], sentStart: number[], spans: TaggedSpan[]): void {
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
  if (added) spans.sort((x, y) => x.start - y.start);
}

/** Step 0by (see above). */
function bylines(words: Word[], sentStart: number[], spans: TaggedSpan[]): void {
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

/** Verbs after a company's name opening a sentence: "Salesforce said", "Zendesk declined to comment". */
const BODY_OPENING_VERBS = new Set(["said", "says", "announced", "announces", "reported", "reports", "confirmed", "confirms", "declined", "denied", "denies", "told", "unveiled", "launched", "warned", "posted", "plans", "planned", "expects", "employs", "operates", "sells", "acquired", "raised"]);

/** Step 0so (see above). */
function sentenceOpeningBodies(words: Word[], sentStart: number[], spans: TaggedSpan[]): void {
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

/** Step 0tp (see above). */
function titlePhraseBodies(words: Word[], spans: TaggedSpan[]): void {
  const isTitleAt = (i: number) => i < words.length && /^\p{Lu}/u.test(words[i]!.text) && isTitleOrRank(words[i]!.text.toLowerCase());
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    let j = a.end;
    // (An abbreviated title's period too: "Pennsylvania Gov. Josh Shapiro".)
    while (j < b.start && j - a.end < 4 && (isTitleAt(j) || (words[j]!.text === "." && j > a.start && isTitleAt(j - 1) && words[j - 1]!.end === words[j]!.start))) j++;
    // Title words after the name (or at its end), then the person. A portfolio word at the name's end
    // is the name's own ("Washington State Attorney General": "State" stays).
    let e = a.end;
    while (e - a.start > 1 && isTitleAt(e - 1) && !PORTFOLIO_WORDS.has(words[e - 1]!.text.toLowerCase())) e--;
    if (j !== b.start || b.typeIndex !== PERSON || (j === a.end && e === a.end)) continue;
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

/** Capitalised common words from `i`, at most 3: one item of a list inside a name ("Rural Affairs"). */
function commonRun(words: Word[], i: number): number {
  let j = i;
  while (j < words.length && j - i < 3 && isListItem(words[j]!.text)) j++;
  return j;
}

/** A capitalised common word that names no place, people or well-known organisation ("Media", not "Apple"). */
function isListItem(w: string): boolean {
  if (!isCapitalised(w) || isKnownOrganization(w) || STOP_WORDS.has(w.toLowerCase())) return false;
  const f = gazFlags(w, w.toLowerCase());
  return (f & GAZ.dictCommon) !== 0 && (f & (GAZ.country | GAZ.city | GAZ.nationality)) === 0;
}

/** Step 5fl: an organisation's name runs over a list of capitalised common words, forwards or backwards. */
function listsInNames(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.typeIndex !== ORG) continue;
    // Forwards: "Department for Environment" + ", Food and Rural Affairs".
    if (words.slice(s.start + 1, s.end - 1).some((w) => w.text === "for" || w.text === "of") && words[s.end]?.text === ",") {
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
      if (end > 0 && !isCapitalised(words[end]?.text ?? "") && inside.every((t) => t.start >= s.end && t.end <= end && t.typeIndex === ORG && (t.end - t.start === 1 || ofItems(t)))) {
        s.end = end;
        for (const t of inside) spans.splice(spans.indexOf(t), 1);
      }
      continue;
    }
    // Backwards: "the Environment, Food and" + "Rural Affairs Committee", opened by "the" or "'s".
    if (words[s.start - 1]?.text !== "and" || !isListItem(words[s.start]!.text)) continue;
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
      if (/^(?:the|The|['’]s)$/.test(before) && (items > 0 || (i - b === 1 && INSTITUTIONS.has(head) && !(gazFlags(words[b]!.text, words[b]!.text.toLowerCase()) & GAZ.orgSuffix)))) from = b;
      break;
    }
    // Items the tagger made organisations of their own ("Food") join the name.
    const inside = spans.filter((t) => t !== s && t.end > from && t.start < s.start);
    if (from >= 0 && inside.every((t) => t.start >= from && t.end - t.start === 1 && t.typeIndex === ORG)) {
      s.start = from;
      for (const t of inside) spans.splice(spans.indexOf(t), 1);
      k = spans.indexOf(s);
    }
  }
}

/** Honorifics that only ever stand before a person's name (not "Lady", "Father": "Lady Gaga", "Father Christmas" are names of their own). */
const NAME_HONORIFICS = new Set(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Mme", "Mlle", "Herr", "Sheikh", "Rabbi", "Imam", "Ayatollah"]);
const PAGEANTS = new Set(["World", "Universe", "Earth", "International"]);

/** Lower-case occupations written right before a person's name ("researcher Mu Li", "striker Son Heung-min"). */
const OCCUPATIONS = new Set(["researcher", "scientist", "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "lawyer", "attorney", "journalist", "reporter", "photographer", "author", "writer", "novelist", "artist", "actor", "actress", "singer", "musician", "rapper", "comedian", "striker", "midfielder", "defender", "goalkeeper", "winger", "forward", "activist", "campaigner", "entrepreneur", "businessman", "businesswoman", "billionaire", "playwright", "poet", "historian", "physicist", "chemist", "biologist", "epidemiologist", "virologist"]);

/** Step 0p: extends a person over a lower-case surname particle and the capitalised surname after it. */
function particleNames(words: Word[], starts: ReadonlySet<number>, spans: TaggedSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const p = s.end;
    if (p + 1 >= words.length || !SURNAME_PARTICLES.has(words[p]!.text) || starts.has(p + 1)) continue;
    // "son of" is said of people only: a name before "bin" is a person's whatever the tagger typed it.
    const patronymic = /^(?:bin|ibn|bint)$/.test(words[p]!.text);
    if (s.typeIndex !== PERSON && !patronymic) continue;
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
    if (next && next.start < e && (next.start <= q || next.end > e || next.typeIndex !== PERSON && next.start !== q + 1)) continue;
    if (next && next.start < e) spans.splice(k + 1, 1);
    while (spans[k + 1] && spans[k + 1]!.start < e && spans[k + 1]!.end <= e) spans.splice(k + 1, 1);
    if (patronymic) s.typeIndex = PERSON;
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
function particleSurnames(words: Word[], starts: ReadonlySet<number>, spans: TaggedSpan[]): void {
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
    while (a > 0 && s.start - a < 3 && isParticle(words[a - 1]!.text) && !starts.has(a - 1)) a--;
    // The longest run of particles the full name has: "van den Berg", not "den Berg".
    while (a < s.start && !full.has(keyOf(words, a, s.end))) a++;
    if (a === s.start) continue;
    s.start = a;
    s.typeIndex = PERSON;
  }
}

/**
 * Step 6x: a name the text writes in full elsewhere, found here cut short by the tagger ("a Health
 * Canada spokeswoman" tagged "Canada" after "Health Canada announced"; "The Post" is another matter):
 * the full name's words around the span make it that name, with its type. Organisations and places
 * of two to five words only, never over another name, never a person's (a surname stays a surname).
 */
function wholeNames(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  const full = new Map<string, number>();
  const firsts = new Set<string>();
  for (const s of spans) if (s.typeIndex !== PERSON && s.end - s.start >= 2 && s.end - s.start <= 5) { full.set(keyOf(words, s.start, s.end), s.typeIndex); firsts.add(words[s.start]!.text); }
  if (!full.size) return spans;
  const covered = new Int32Array(words.length).fill(-1);
  spans.forEach((s, k) => { for (let i = s.start; i < s.end; i++) covered[i] = k; });
  let changed = false;
  spans.forEach((s, k) => {
    if (s.typeIndex === PERSON) return;
    for (let a = Math.max(0, s.start - 4); a <= s.start; a++) {
      if (!firsts.has(words[a]!.text)) continue;
      for (let e = Math.min(words.length, s.end + 4); e >= s.end; e--) {
        if (a === s.start && e === s.end) continue;
        const type = full.get(keyOf(words, a, e));
        if (type === undefined) continue;
        let free = true;
        for (let i = a; i < e && free; i++) free = covered[i] === -1 || covered[i] === k;
        if (!free) continue;
        for (let i = a; i < e; i++) covered[i] = k;
        s.start = a; s.end = e; s.typeIndex = type;
        changed = true;
        return;
      }
    }
  });
  return changed ? spans.sort((x, y) => x.start - y.start) : spans;
}

function irishCounties(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  /** Where "Co" or "Co." starting at word i ends (its period may be a word of its own), or -1. */
  const coEnd = (i: number) => (words[i]?.text === "Co." ? i + 1 : words[i]?.text !== "Co" ? -1 : words[i + 1]?.text === "." ? i + 2 : i + 1);
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const after = coEnd(s.start);
    // The abbreviation inside the span: "Co Kerry".
    if (after > 0 && after < s.end) { out.push({ ...s, typeIndex: PLACE }); continue; }
    // The abbreviation as a span of its own before the county: "Co." + "Clare".
    const next = spans[k + 1];
    if (after === s.end && next && next.start === after && next.end - next.start === 1) { out.push({ ...next, start: s.start, typeIndex: PLACE }); k++; continue; }
    // ... or untagged before it.
    const before = [s.start - 1, s.start - 2].find((i) => i >= 0 && coEnd(i) === s.start);
    if (before !== undefined && s.end - s.start === 1 && !spans.some((t) => t.end > before && t.end <= s.start)) { out.push({ ...s, start: before, typeIndex: PLACE }); continue; }
    out.push(s);
  }
  return out;
}

/** Plural institution words that two or more names before them share: "the State and Homeland Security Departments". */
const PLURAL_HEADS = new Set(["Departments", "Ministries", "Committees", "Agencies", "Councils", "Commissions", "Offices", "Services"]);

/**
 * Step 5pd: "the State and Homeland Security Departments", "the Treasury and Commerce Departments":
 * the plural word belongs to each of the names listed before it, and none of them is named with it;
 * each is an organisation of its own (GUM marks "State" and "Homeland Security"). The capitalised
 * runs are found whether the tagger took them or not.
 */
function sharedPluralHeads(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (let h = 3; h < words.length; h++) {
    if (!PLURAL_HEADS.has(words[h]!.text)) continue;
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

/**
 * Step 6c: "the Church of Scientology ... a war that Scientology has been waging": the name after "of"
 * in a body's name, written alone, is that body, when it is a word no list knows as anything else (no
 * dictionary word, place, first name or surname: not "England" in "Church of England", "Justice" in
 * "Department of Justice", "Christ" in "Church of Christ").
 */
function complementNames(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  const tails = new Set<string>();
  for (const s of spans) {
    if (s.typeIndex !== ORG || s.end - s.start !== 3 || words[s.start + 1]!.text !== "of") continue;
    const head = words[s.start]!.text.toLowerCase(), x = words[s.start + 2]!.text;
    if (!INSTITUTIONS.has(head) || !/^\p{Lu}\p{Ll}{3,}$/u.test(x)) continue;
    if (gazFlags(x, x.toLowerCase()) & (GAZ.dictCommon | GAZ.firstName | GAZ.surname | GAZ.city | GAZ.country | GAZ.nationality | GAZ.title) || isListedPlace(x) || isKnownPerson(x) || RELIGIOUS_FIGURES.has(x)) continue;
    tails.add(x);
  }
  if (!tails.size) return spans;
  const covered = new Uint8Array(words.length);
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered[i] = 1;
  const added: TaggedSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    if (covered[i] || !tails.has(words[i]!.text)) continue;
    // Not the front of another name ("Scientology Foundation") nor a hyphenated compound's part.
    if (/^\p{Lu}/u.test(words[i + 1]?.text ?? "")) continue;
    added.push({ start: i, end: i + 1, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0] });
  }
  return added.length ? [...spans, ...added].sort((x, y) => x.start - y.start) : spans;
}
const RELIGIOUS_FIGURES = new Set(["Christ", "Jesus", "God", "Allah", "Mary", "Muhammad", "Buddha"]);
/** Names of a deity or prophet that name no one else (step 3rf; not "Mary" or "Muhammad"). */
const DEITIES = new Set(["Christ", "Jesus", "God", "Allah", "Buddha", "Yahweh"]);

const COMPANY_FORMS_END = /^(?:Inc|Corp|Ltd|LLC|PLC|plc|AG|SA|NV|Co)\.?$/;
/** Nouns for a saint's church, square or hospital: "St. Peter's Square", "St Thomas' Hospital". */
const SAINTS_PLACES = new Set(["Square", "Cathedral", "Basilica", "Church", "Hospital", "College", "Park", "Abbey", "Chapel", "Place", "Green", "Bay", "Island", "Gate", "Wood"]);

/**
 * Step 0sa: "St. Peter's Square", "St Paul's Cathedral": a saint's name, its possessive and a noun for
 * a place are one place (the tagger makes a person of the saint and a place of the noun, or nothing).
 */
function saintsPlaces(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  for (let i = 0; i + 3 < words.length; i++) {
    if (!/^(?:St|St\.|Saint)$/.test(words[i]!.text)) continue;
    let n = i + 1;
    if (words[i]!.text === "St" && words[n]?.text === "." && words[n]!.start === words[i]!.end) n++;
    if (!/^\p{Lu}\p{Ll}+$/u.test(words[n]?.text ?? "") || !/^['’]s?$/.test(words[n + 1]?.text ?? "") || !SAINTS_PLACES.has(words[n + 2]?.text ?? "")) continue;
    const end = n + 3;
    out = out.filter((t) => t.end <= i || t.start >= end);
    out.push({ start: i, end, typeIndex: PLACE, confidence: 0.5, scores: [0, 0, 0] });
    out.sort((x, y) => x.start - y.start);
  }
  // 0pb. "the Hawke's Bay region", "Cox's Bazar", "Martha's Vineyard": a capitalised word, its
  // possessive and a noun only places end in are one place (the tagger makes two, or a person of the
  // first), where the tagger found a name there and nothing capitalised follows.
  for (let i = 1; !SKIP.has("0pb") && i + 1 < words.length; i++) {
    if (words[i]!.text.length !== 2 || !POSSESSIVE_PLACES.has(words[i + 1]!.text) || !/^['’]s$/.test(words[i]!.text) || /^\p{Lu}/u.test(words[i + 2]?.text ?? "")) continue;
    const front = words[i - 1]!.text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(front) || /^(?:St|Saint)$/.test(front) || words[i - 2]?.text === "St" || words[i - 2]?.text === ".") continue;
    if (!out.some((t) => t.start <= i - 1 && t.end >= i) || out.some((t) => t.start < i - 1 && t.end >= i)) continue;
    out = out.filter((t) => t.end <= i - 1 || t.start >= i + 2);
    out.push({ start: i - 1, end: i + 2, typeIndex: PLACE, confidence: 0.5, scores: [0, 0, 0] });
    out.sort((x, y) => x.start - y.start);
  }
  return out;
}
/** Nouns that end places' names after a possessive (step 0pb). */
const POSSESSIVE_PLACES = new Set(["Bay", "Island", "Point", "Head", "Creek", "Cove", "Harbour", "Harbor", "Vineyard", "Bazar", "Landing", "Ferry", "Wood", "Peak"]);

const PLANETS = new Set(["Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto"]);
const PLANET_BEFORE = new Set(["on", "from", "of", "around", "orbit", "orbiting", "orbited", "reach", "reached", "reaching", "land", "landed", "landing", "present-day", "ancient", "planet", "toward", "towards", "near", "beyond"]);
const NAMING_NOUNS = new Set(["man", "woman", "boy", "girl", "king", "queen", "pharaoh", "priest", "scribe", "soldier", "farmer", "merchant", "child", "baby", "person"]);
const TEAM_VERBS = new Set(["qualified", "won", "lost", "beaten", "drawn", "played", "scored", "conceded", "reached", "advanced", "crashed", "slumped", "recovered", "trailed", "led", "dominated", "struggled", "booked", "sealed", "clinched", "finished"]);

/**
 * Step 0ws: shapes of wire copy the tagger gets wrong, each a few words wide:
 * - "told The Age", "the newspaper The National": a capitalised "The" after "told" or a media noun
 *   opens a newspaper's or broadcaster's name (the name is the words after it);
 * - "on Mars", "returned to Earth": a planet after a word of place is a place;
 * - "a man named Ptahmose": a name after a person noun and "named"/"called" is a person;
 * - "the Ventura County Sheriff's Office": the office is part of the name;
 * - "Oct 30": a month's abbreviation before a day is no place;
 * - "Operation Kauri" tagged "Kauri", "the IMU levy": no names;
 * - "New Zealand have qualified", "France were beaten": a country with a plural verb is its team
 *   (a country as a state takes the singular: "Russia has said").
 */
function wireShapes(words: Word[], sentStart: number[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  const add = (start: number, end: number, typeIndex: number) => {
    out = out.filter((t) => t.end <= start || t.start >= end);
    out.push({ start, end, typeIndex, confidence: 0.5, scores: [0, 0, 0], cued: true });
    out.sort((x, y) => x.start - y.start);
  };
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!.text, prev = words[i - 1]!.text;
    if (w === "The" && !sentStart.includes(i) && (prev === "told" || MEDIA_WORDS.has(prev)) && /^\p{Lu}/u.test(words[i + 1]?.text ?? "")) {
      let e = i + 1;
      while (e < words.length && e - i <= 3 && /^\p{Lu}[\p{L}&.-]*$/u.test(words[e]!.text)) e++;
      if (!isListedPlace(keyOf(words, i + 1, e))) add(i + 1, e, ORG);
      continue;
    }
    // ("to" only after a journey's word: "returned to Earth", not "30 Seconds to Mars".)
    const journey = prev === "to" && /^(?:returned|return|returning|back|sent|send|mission|missions|journey|voyage|flight|flights|travel|travelled|traveled|trip|way)$/.test(words[i - 2]?.text ?? "");
    if (PLANETS.has(w) && (PLANET_BEFORE.has(prev.toLowerCase()) || journey) && !/^\p{Lu}/u.test(words[i + 1]?.text ?? "") && !/^\p{Lu}/u.test(words[i - 2]?.text ?? "")) { add(i, i + 1, PLACE); continue; }
    if (/^(?:named|called)$/.test(prev) && NAMING_NOUNS.has(words[i - 2]?.text.toLowerCase() ?? "") && /^\p{Lu}\p{Ll}+$/u.test(w) && !/^\p{Lu}/u.test(words[i + 1]?.text ?? "")) { add(i, i + 1, PERSON); continue; }
    // "asked to be identified only as Senait", "known only as Ahmed": a person who gave one name.
    if (prev === "as" && /^(?:only|identified|named)$/.test(words[i - 2]?.text ?? "") && /^\p{Lu}\p{Ll}+$/u.test(w) && !/^\p{Lu}/u.test(words[i + 1]?.text ?? "") && !isListedPlace(w) && !isKnownOrganization(w)) { add(i, i + 1, PERSON); continue; }
  }
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!;
    // "the Ventura County Sheriff's Office", "the Manhattan District Attorney's Office".
    if (isTitleOrRank(words[s.end - 1]!.text.toLowerCase()) && /^['’]s$/.test(words[s.end]?.text ?? "") && /^(?:Office|Department)$/.test(words[s.end + 1]?.text ?? "")) { s.end += 2; s.typeIndex = ORG; continue; }
    if (s.end - s.start === 1 && /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/.test(words[s.start]!.text) && /^\d{1,2}$/.test(words[s.end]?.text ?? "")) { out.splice(k--, 1); continue; }
    if (words[s.start - 1]?.text === "Operation") { out.splice(k--, 1); continue; }
    // "30 degrees Celsius"; "Police said there were no incidents" (the police in general).
    if (s.end - s.start === 1 && (/^(?:Celsius|Fahrenheit)$/.test(words[s.start]!.text) || (words[s.start]!.text === "Police" && sentStart.includes(s.start) && /^(?:said|say|says|were|are|have|had)$/.test(words[s.end]?.text ?? "")))) { out.splice(k--, 1); continue; }
    if (s.end - s.start === 1 && /^\p{Lu}{2,6}$/u.test(words[s.start]!.text) && /^(?:tax|levy|levies|surcharge|duty)$/.test(words[s.end]?.text ?? "") && !isKnownOrganization(words[s.start]!.text)) { out.splice(k--, 1); continue; }
    const key = keyOf(words, s.start, s.end);
    if (s.typeIndex === PLACE && isCountry(key) && !key.endsWith("s") && /^(?:have|are|were)$/.test(words[s.end]?.text ?? "") && TEAM_VERBS.has(words[s.end + 1]?.text ?? "")) s.typeIndex = ORG;
  }
  return out;
}
/** Prefixes of ships' names: "RRS Sir David Attenborough", "HMS Queen Elizabeth", "USS Gerald R. Ford". */
const SHIP_PREFIXES = new Set(["RRS", "HMS", "USS", "HMAS", "HMCS", "HMNZS", "MV", "SS", "RV", "INS", "USNS", "MS", "FV", "LÉ"]);
/** Words before "Centre"/"Center" that make it a body, not a building: "Research Centre", "Polar Data Centre". */
const CENTRE_BODIES = new Set(["Improvement", "Development", "Control", "Prevention", "Research", "Data", "Policy", "Studies", "Resource", "Monitoring", "Coordination", "Operations", "Intelligence", "Analysis", "Forecasting", "Prediction", "Cyber", "Security"]);

/**
 * Step 0w2, more shapes (each checked on the training corpora):
 * - "aboard the RRS Sir David Attenborough": a ship's name after its prefix is no name (not the man);
 * - "the UK Polar Data Centre", "the Bushfire Co-operative Research Centre": a body, not a building;
 * - "Club president Marcelo Tinelli", "Footballers are workers": a common word opening a sentence
 *   before a title or as a plural is no name;
 * - "Manitobans", "Londoners": the people of a listed place are a group of persons, as "Afghans" are;
 * - "US special envoy George Mitchell": a country's acronym is never a person;
 * - "plays for Barcelona": where a player plays is a club;
 * - "the Al-Ahram Centre for Political and Strategic Studies": a body's "for X and Y" is all its name.
 */
function moreShapes(words: Word[], sentStart: number[], spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const first = words[s.start]!.text, last = words[s.end - 1]!.text, key = keyOf(words, s.start, s.end);
    if (SHIP_PREFIXES.has(first) && s.end - s.start >= 2) continue;
    let p = s.start - 1;
    while (p > 0 && /^(?:Sir|Dame|Lord|Lady|Queen|King|Prince|Princess|\.)$/.test(words[p]!.text)) p--;
    if (p >= 0 && p < s.start && SHIP_PREFIXES.has(words[p]!.text) && /^\p{Lu}+$/u.test(words[p]!.text)) continue;
    if ((last === "Centre" || last === "Center") && s.end - s.start >= 2 && CENTRE_BODIES.has(words[s.end - 2]!.text)) s.typeIndex = ORG;
    const opens = sentStart.includes(s.start) || (/^["“‘]$/.test(words[s.start - 1]?.text ?? "") && (s.start === 1 || sentStart.includes(s.start - 1)));
    if (s.end - s.start === 1 && opens && !isKnownOrganization(key) && !isListedPlace(key)) {
      const next = words[s.end]?.text ?? "";
      const f = gazFlags(first, first.toLowerCase());
      const common = (f & GAZ.dictCommon) !== 0 || (/s$/.test(first) && (gazFlags(first.slice(0, -1), first.slice(0, -1).toLowerCase()) & GAZ.dictCommon) !== 0);
      if (common && !(f & (GAZ.firstName | GAZ.surname | GAZ.nationality)) && !PARTY_ADJECTIVES.has(first) && (isTitleWord(next.toLowerCase()) || (/s$/.test(first) && /^(?:are|were|have|say|said)$/.test(next)))) continue;
    }
    if (s.end - s.start === 1 && s.typeIndex !== PERSON) {
      const stem = [first.replace(/ns$/, ""), first.replace(/ers$/, ""), first.replace(/ians$/, "ia"), first.replace(/ans$/, "a")].find((t) => t !== first && isListedPlace(t));
      if (stem && /s$/.test(first)) s.typeIndex = PERSON;
    }
    if (s.typeIndex === PERSON && /^\p{Lu}{2,3}$/u.test(key) && isListedPlace(key)) s.typeIndex = PLACE;
    // "Sharm el-Sheikh", "Deir ez-Zor": a place's name goes on over an Arabic article in lower case.
    const arabic = words[s.end]?.text ?? "";
    if (/^(?:el|al|ad|as|ash|ar|ez|az|es)-\p{Lu}/u.test(arabic) && (s.typeIndex !== PERSON || isListedPlace(`${key} ${arabic}`)) && !spans.some((t) => t.start === s.end)) { s.end += 1; s.typeIndex = PLACE; }
    if (s.typeIndex === PLACE && s.start >= 2 && words[s.start - 1]!.text === "for" && /^(?:plays|played|playing|signed|scored|starred|starring)$/.test(words[s.start - 2]!.text) && !isCountry(key)) s.typeIndex = ORG;
    // "an analyst at Bernstein", "a senior attorney at Earthjustice": where someone of a job works is a body,
    // not a place, unless the lists know it as a place or it ends in a place's word.
    const job = words[s.start - 2]?.text.toLowerCase() ?? "";
    // ("at" only: "the Mayor of Brampton", "the Earl of Clare" name places.)
    if (s.typeIndex === PLACE && words[s.start - 1]?.text === "at" && (OCCUPATIONS.has(job) || isTitleWord(job)) && !isListedPlace(key) && !(gazFlags(last, last.toLowerCase()) & (GAZ.placeSuffix | GAZ.city | GAZ.country))) s.typeIndex = ORG;
    // "... Centre for Political" + "and Strategic Studies".
    if (s.typeIndex === ORG && s.end - s.start >= 3 && words.slice(s.start, s.end).some((w) => w.text === "for") && words[s.end]?.text === "and" && !spans.some((t) => t.start === s.end + 1)) {
      let e = s.end + 1;
      while (e < words.length && e - s.end <= 3 && /^\p{Lu}\p{Ll}+$/u.test(words[e]!.text)) e++;
      if (e > s.end + 1 && !/^\p{Lu}/u.test(words[e]?.text ?? "") && !spans.some((t) => t.start > s.end && t.start < e)) s.end = e;
    }
    out.push(s);
  }
  return out;
}

const MEDIA_WORDS = new Set(["newspaper", "magazine", "tabloid", "broadcaster", "daily", "weekly", "website", "paper", "channel", "station"]);

/** Last words of newspapers' names, which news also uses alone after "the": "The Washington Post" ... "the Post". */
const MEDIA_TAILS = new Set(["Post", "Times", "Journal", "Herald", "Tribune", "Telegraph", "Guardian", "Globe", "Chronicle", "Gazette", "Observer", "Inquirer", "Courier", "Examiner", "Mirror", "Standard"]);

/**
 * Step 6m: "the Post" after "The Washington Post": a newspaper's last word after "the", capitalised
 * mid-sentence, when the text names one newspaper ending in it (two would leave it unclear).
 */
function mediaShortNames(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
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

/** One romanised Korean or Chinese syllable: onset, vowel(s), optional final nasal or stop. */
const SYLLABLE = "(?:[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|l|p|t|h)?)";
const GIVEN_NAME = new RegExp(`^(?=\\p{Lu})${SYLLABLE}-${SYLLABLE}$`, "iu");
const FAMILY_NAME = /^\p{Lu}\p{Ll}{1,5}$/u;
/** Step 0k: "Park Joo-Ho" as one person, replacing what the tagger made of either word. */
function eastAsianNames(words: Word[], spans: TaggedSpan[]): void {
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
const STOP_WORDS = new Set(["the", "a", "an", "and", "or", "in", "on", "at", "of", "for", "to", "by", "with", "from", "as", "but", "if", "so", "his", "her", "its", "our", "their", "my", "your", "this", "that", "these", "those", "when", "then", "than", "was", "is", "are", "be", "we", "he", "she", "it", "they", "you", "i", "no", "not", "all", "new", "old", "mr", "mrs", "ms", "dr", "st"]);

const LABEL = /^[A-Z]$/;
/** Step 3g: "Group G" is an organisation; an untagged "Group F" beside it is added. */
function groupLabels(words: Word[], spans: TaggedSpan[]): void {
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
function orgTails(words: Word[], spans: TaggedSpan[]): void {
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

/** Nouns that say a name after them is a work, a vehicle or a storm (0g); no verbs ("play", "show"). */
const THING_KINDS = new Set(["cyclone", "hurricane", "typhoon", "storm", "spacecraft", "probe", "rover", "capsule", "satellite", "telescope", "vessel", "ship", "tanker", "freighter", "yacht", "submarine", "album", "song", "film", "movie", "novel", "opera", "painting", "sculpture", "browser", "vaccine"]);

/** Step 0g: drops every occurrence of a name introduced by a THING_KINDS noun. */
function dropKindNamed(words: Word[], spans: TaggedSpan[]): void {
  // "Cyclone Phailin" tagged whole: the name is what follows the kind word.
  const nameFrom = (s: TaggedSpan) => (s.end - s.start >= 2 && THING_KINDS.has(words[s.start]!.text.toLowerCase()) ? s.start + 1 : s.start);
  const things = new Set<string>();
  for (const s of spans) {
    const from = nameFrom(s);
    // ... also in apposition: "a new malaria vaccine, R21, cut infections" (0ga).
    // ("the vessel, the Marlin Luanda, was damaged": the apposition may have its article.)
    const art = /^the$/i.test(lowerBefore(words, s)) ? 1 : 0;
    const appositive = !SKIP.has("0ga") && s.start >= 2 + art && words[s.start - 1 - art]!.text === "," && THING_KINDS.has(words[s.start - 2 - art]!.text.toLowerCase()) && words[s.end]?.text === ",";
    if (from > s.start || THING_KINDS.has(lowerBefore(words, s)) || appositive || (!SKIP.has("0gd") && definedAsThing(words, s)) || (!SKIP.has("0gk") && knownAsThing(words, s))) things.add(keyOf(words, from, s.end));
  }
  if (!things.size) return;
  for (let k = spans.length - 1; k >= 0; k--) {
    const s = spans[k]!;
    // ... also with a prefix the tagger took for a first name or initials ("T C Phailin").
    if (things.has(keyOf(words, s.start, s.end)) || things.has(keyOf(words, nameFrom(s), s.end)) || things.has(words[s.end - 1]!.text)) spans.splice(k, 1);
  }
}

/** Kinds of plans and laws, whose names ("known as Rebuilding Ireland") are no entities either. */
const PLAN_KINDS = new Set(["strategy", "plan", "policy", "programme", "program", "scheme", "initiative", "treaty", "agreement", "accord", "law", "act", "bill", "tax", "levy", "reform", "reforms", "deal", "pact", "framework"]);

/** "The strategy, known as Rebuilding Ireland,", "a tax called the TASI" (0gk). */
function knownAsThing(words: Word[], s: TaggedSpan): boolean {
  let k = s.start - 1;
  if (/^the$/i.test(words[k]?.text ?? "")) k--;
  if (words[k]?.text === "as" && words[k - 1]?.text === "known") k -= 2;
  else if (/^(?:called|named|dubbed|nicknamed)$/.test(words[k]?.text ?? "")) k -= 1;
  else return false;
  if (words[k]?.text === ",") k--;
  const noun = words[k]?.text.toLowerCase() ?? "";
  return THING_KINDS.has(noun) || PLAN_KINDS.has(noun);
}

/**
 * "Stardust is a NASA space capsule", "Phailin was a very severe cyclone": a definition that says
 * what the name is (0gd). Up to four words between the article and the kind noun, none of them a
 * verb-like joiner, so "X is a partner of the film studio" does not count.
 */
function definedAsThing(words: Word[], s: TaggedSpan): boolean {
  let j = s.end;
  if (words[j]?.text !== "is" && words[j]?.text !== "was") return false;
  j++;
  if (!/^(?:a|an|the)$/.test(words[j]?.text ?? "")) return false;
  for (let k = j + 1; k < words.length && k <= j + 5; k++) {
    const w = words[k]!.text;
    if (THING_KINDS.has(w.toLowerCase())) return !/^\p{Lu}/u.test(w) || k > j + 1;
    if (!/^[\p{L}\p{N}-]+$/u.test(w) || /^(?:of|for|by|with|in|on|at|and|or|that|which|who)$/.test(w)) return false;
  }
  return false;
}

const isEpithet = (w: string) => /^\p{Ll}{4,}(?:a|ae|us|um|is|ii|i|ensis|oides|ata|ana|ella)$/u.test(w) && (gazFlags(w, w) & GAZ.dictCommon) === 0;

/**
 * 7. What the steps above may add or keep that is never a name on its own: a title or honorific
 * ("Mr" before "President", listed next to a name), its plural ("Senators"), a month or weekday
 * (no month but "May" is ever a one-word name in the training data).
 */
function isNeverName(words: Word[], s: TaggedSpan): boolean {
  // A caption's credit label: "International Space Station Image: NASA" keeps the name before it;
  // "Image" alone goes.
  if (!SKIP.has("7c") && s.end < words.length && words[s.end]!.text === ":" && CREDIT_WORDS.has(words[s.end - 1]!.text.toLowerCase())) s.end -= 1;
  // "Alzheimer's disease", "Tourette's syndrome": a disease named after a person (7d).
  if (!SKIP.has("7d") && /^['’]s$/.test(words[s.end]?.text ?? "") && /^(?:disease|syndrome|palsy)$/.test(words[s.end + 1]?.text ?? "")) return true;
  // "won four Oscars", "the COP29 climate summit": awards and summits by their short names (7aw).
  if (!SKIP.has("7aw") && (AWARDS.has(keyOf(words, s.start, s.end)) || /^COP\d+$/.test(keyOf(words, s.start, s.end)))) return true;
  // "Sen. Ted Cruz, R-Texas,", "(D-N.Y.)": an American legislator's party and state (7ps).
  if (!SKIP.has("7ps") && /^[RDI]-\p{Lu}/u.test(words[s.start]!.text) && s.start > 0 && /^[,(]$/.test(words[s.start - 1]!.text)) return true;
  if (s.end - s.start !== 1) return s.end <= s.start;
  // "US$ 10 billion", "HK$5": a currency's prefix, not the country (7cu).
  if (!SKIP.has("7cu") && s.end < words.length && words[s.end]!.text.startsWith("$") && words[s.end]!.start === words[s.start]!.end) return true;
  // The genus of a Latin species name: "Formica fusca", "Beauveria bassiana" (a lower-case epithet
  // that is no English word).
  if (!SKIP.has("7l") && s.end < words.length && isEpithet(words[s.end]!.text)) return true;
  const w = words[s.start]!.text, lower = w.toLowerCase().replace(/\.$/, "");
  if (!SKIP.has("7t") && (isTitleOrRank(lower) || (lower.endsWith("s") && isTitleOrRank(lower.slice(0, -1))))) return true;
  return !SKIP.has("7m") && MONTHS_AND_DAYS.has(w);
}

/**
 * The word before a name, or before the first of a list of names it ends ("from Brazil and
 * Germany visited": "from"), so that a preposition governs every name in the list.
 */
function governor(words: Word[], spans: TaggedSpan[], s: TaggedSpan): string {
  let first = s;
  for (let guard = 0; guard < 8; guard++) {
    const c = first.start - 1;
    const joiner = c >= 1 ? words[c]!.text.toLowerCase() : "";
    // The last name of a list follows "and"/"or"; earlier ones may follow commas.
    if (!(joiner === "and" || joiner === "or" || (joiner === "," && guard > 0))) break;
    const prev = spans.find((t) => t.end === c);
    if (!prev) break;
    first = prev;
  }
  return lowerBefore(words, first);
}

/**
 * Last words of event, law, award and work names. From the training data: capitalised last words
 * of GUM (non-interview) and Wikigold names that are at least 4 times as often an event, object or
 * abstract (misc) as a person, organisation or place, and seen at least 3 times; dates, languages
 * and nationalities left to the tagger. (Words seen only in the held-out interviews are not added,
 * to keep that evaluation honest.)
 */
const EVENT_HEADS = new Set(["Agreement", "Treaty", "Accord", "Accords", "Protocol", "Regulation", "Directive", "Act", "War", "Festival", "Constitution", "Day", "Cup", "Award", "Awards", "Prize", "Revolution", "Series", "Olympics", "Games", "Trophy", "Prix", "Bowl", "Symphony", "Bible", "Gospel", "Holocaust"]);
const EVENT_KINDS = new Set([
  // Kinds of event the training data has too few names of to count, by their meaning: a fair, an
  // expo, a convention, a championship or tournament, a marathon, an election, a summit happens; it is not a
  // person, organisation or place (whoever runs it is named before the head: see eventsDropped).
  "Paralympics", "Fair", "Expo", "Convention", "Championship", "Championships", "Tournament", "Marathon", "Election", "Elections", "Summit",
  // and disasters named like places: "the Camp Fire", "the Ridge Fire" (a wildfire), "the Tohoku Earthquake".
  "Fire", "Wildfire", "Earthquake"]);
/** Event heads whose front the tagger leaves out and is no name of its own: only disasters ("the Ridge
 * Fire"); GUM marks the person or place inside an award or festival's name ("the Stirling Prize", "the
 * Avignon Festival"). */
const DISASTERS = new Set(["Fire", "Wildfire", "Earthquake"]);
/** Well-known events whose names have no event word. */
const NAMED_EVENTS = new Set(["Copa Libertadores", "Copa Sudamericana", "Tour de France", "Giro d'Italia", "Giro d’Italia", "Vuelta a España", "Vuelta", "Six Nations", "Tour Down Under", "Paris-Roubaix", "Milan-San Remo", "Wimbledon Championships", "Roland Garros", "Copa América", "Euro 2024", "Euro 2020", "Euro 2016", "Eurovision", "Eurovision Song Contest", "Hajj", "Ramadan", "Diwali", "Oktoberfest", "Mardi Gras", "Coachella", "Glastonbury Festival", "Davos"]);
/** Adjectives of events that only modify: "Olympic movement", "Paralympic sport". */
const EVENT_ADJECTIVES = new Set(["Olympic", "Paralympic"]);

/**
 * Step 0a: drops event names, keeping the name of whoever runs the event when the text names it
 * first: "Google Science Fair" -> "Google", "Jeff McBride Experience" stays dropped unless "Jeff
 * McBride" stands alone elsewhere. The sponsor is the longest front part of the event name that is a
 * well-known organisation or is found on its own elsewhere in the document; a listed place there is
 * where the event happens, kept as the place ("the Boston Marathon" -> "Boston").
 */
function eventsDropped(words: Word[], input: TaggedSpan[]): TaggedSpan[] {
  const events = new Set(input.filter((s) => isEventName(words, s)));
  const alone = new Set<string>();
  for (const s of input) if (!events.has(s)) alone.add(keyOf(words, s.start, s.end));
  // An event's or law's acronym in brackets after it is the event or law too, everywhere: "the General
  // Data Protection Regulation (GDPR) ... GDPR is about" (0aa).
  const acronyms = new Set<string>();
  // (The tagger may have left the law itself untagged: its head word before the bracket says it.)
  for (let i = 2; i + 2 < words.length && !SKIP.has("0aa"); i++) {
    if (words[i]!.text !== "(" || words[i + 2]!.text !== ")" || !/^\p{Lu}[\p{Lu}\d]{1,7}$/u.test(words[i + 1]!.text)) continue;
    const head = words[i - 1]!.text;
    const event = [...events].some((s) => s.end === i) || ((EVENT_HEADS.has(head) || EVENT_KINDS.has(head)) && isCapitalised(words[i - 2]!.text) && !input.some((s) => s.end === i && !events.has(s)));
    if (event) acronyms.add(words[i + 1]!.text);
  }
  const out: TaggedSpan[] = [];
  for (const s of input) {
    if (acronyms.has(keyOf(words, s.start, s.end))) continue;
    if (!events.has(s)) { out.push(s); continue; }
    // A name right before an event's head the tagger left out ("the Ridge Fire" tagged "Ridge") is
    // itself the front: kept only as a sponsor or a venue (0af).
    const top = headAfter(words, s) ? s.end : s.end - 1;
    for (let e = top; e > s.start && !SKIP.has("0as"); e--) {
      const key = keyOf(words, s.start, e);
      const sponsor = !SKIP.has("0asp") && isAwardSponsor(words, s, e);
      // Where the event happens: "the London 2012 Olympics", "Cannes Film Festival" (GUM marks the
      // place inside an event's name; 0ep).
      const venue = !SKIP.has("0ep") && isListedPlace(key);
      // An acronym before the event's own name is whoever runs it: "the ICC Champions Trophy", "the
      // FIFA World Cup" (0ea).
      const runner = sponsor || (!SKIP.has("0ea") && /^\p{Lu}{2,6}$/u.test(key) && !venue);
      if (!isCapitalised(words[e - 1]!.text) || !(alone.has(key) || isKnownOrganization(key) || runner || venue)) continue;
      out.push({ ...s, end: e, typeIndex: isKnownOrganization(key) || runner ? ORG : venue ? PLACE : s.typeIndex });
      break;
    }
  }
  return out;
}

/** Lower-case nouns after an award's name: "the Budweiser Man of the Match award". */
const AWARD_NOUNS = new Set(["award", "awards", "prize", "trophy", "medal"]);

/**
 * "Budweiser Man of the Match award", "Player of the Year award": a name that goes on with "of (the)"
 * and one to three capitalised words before a lower-case award noun is the front of an award's name
 * (0aw); the tagger sees "Budweiser Man" as a person.
 */
function isAwardFront(words: Word[], s: TaggedSpan): boolean {
  let j = s.end;
  if (words[j]?.text !== "of") return false;
  j++;
  if (words[j]?.text === "the") j++;
  const from = j;
  while (j < words.length && j - from < 3 && isCapitalised(words[j]!.text)) j++;
  return j > from && j < words.length && AWARD_NOUNS.has(words[j]!.text);
}

/** The person an award names, first word of its name: "Man of the Match", "Player of the Year". */
const AWARD_PERSONS = new Set(["Man", "Woman", "Player", "Players", "Coach", "Manager", "Goal", "Team", "Personality", "Footballer", "Sportsman", "Sportswoman", "Athlete", "Rookie", "Newcomer", "Driver", "Cricketer"]);

/**
 * "the Budweiser Man of the Match award", "PFA Player of the Year": the words before the award's own
 * name are whoever gives or sponsors it, an organisation (0asp). Only acronyms and words no
 * dictionary knows, so that "Young Player of the Year" or "World Player" lend no sponsor.
 */
function isAwardSponsor(words: Word[], s: TaggedSpan, e: number): boolean {
  if (!AWARD_PERSONS.has(words[e]!.text) || !isAwardFront(words, s)) return false;
  for (let i = s.start; i < e; i++) {
    const w = words[i]!.text;
    if (!/^\p{Lu}{2,6}$/u.test(w) && (!/^\p{Lu}\p{Ll}+$/u.test(w) || gazFlags(w, w.toLowerCase()) & GAZ.dictCommon)) return false;
  }
  return true;
}

/** The capitalised head of an event's name right after the span: "Ridge" + "Fire" (0af). */
function headAfter(words: Word[], s: TaggedSpan): boolean {
  const next = words[s.end]?.text ?? "";
  return !SKIP.has("0af") && DISASTERS.has(next) && !isListedPlace(keyOf(words, s.start, s.end)) && !(gazFlags(words[s.start]!.text, words[s.start]!.text.toLowerCase()) & GAZ.orgSuffix) && !isCapitalised(words[s.end + 1]?.text ?? "");
}

function isEventName(words: Word[], s: TaggedSpan): boolean {
  const last = words[s.end - 1]!.text, first = words[s.start]!.text;
  if (headAfter(words, s)) return true;
  if (!SKIP.has("0aw") && isAwardFront(words, s)) return true;
  // "the Finance Bill 2024", "the Rwanda Bill": a bill before parliament, not a man called Bill (0bl);
  // the tagger tags "Bill" alone as a first name, or the whole as an organisation.
  if (!SKIP.has("0bl") && last === "Bill" && s.start > 0 && isCapitalised(words[s.start - 1]!.text) && s.end - s.start === 1 && !isHonorific(words[s.start - 1]!.text.toLowerCase().replace(/\.$/, "")) && !DETERMINERS.has(words[s.start - 1]!.text.toLowerCase()) && !isCapitalised(words[s.end]?.text ?? "")) return true;
  if (!SKIP.has("0bl") && last === "Bill" && s.end - s.start >= 2 && !(gazFlags(first, first.toLowerCase()) & GAZ.firstName)) return true;
  // "a Booker Prize-winner", "the Oscar-winning": the front of an award in a compound (0awc).
  if (!SKIP.has("0awc") && s.end < words.length && /^(?:Prize|Award|Cup|Trophy|Medal|Oscar|Emmy|Grammy)-(?:winner|winning|winners|nominated|nominee)$/.test(words[s.end]!.text)) return true;
  // Races and tournaments named without a head word: "the Tour de France", "the Six Nations" (0en).
  if (!SKIP.has("0en") && NAMED_EVENTS.has(keyOf(words, s.start, s.end))) return true;
  // ... and any "Tour de/of X", "Giro d'X", "Vuelta a X", "Ronde van X": "the Tour de Pologne" (0er).
  if (!SKIP.has("0er") && STAGE_RACE.test(keyOf(words, s.start, s.end))) return true;
  if (EVENT_HEADS.has(last) || (!SKIP.has("0ah") && EVENT_KINDS.has(last))) {
    // "Ministry of War", "Department of Trade": an organisation named after its subject.
    return !(gazFlags(first, first.toLowerCase()) & GAZ.orgSuffix);
  }
  return s.end - s.start === 1 && EVENT_ADJECTIVES.has(last) && s.end < words.length && /^\p{Ll}/u.test(words[s.end]!.text);
}

const STAGE_RACE = /^(?:Tour|Giro|Vuelta|Volta|Ronde|Critérium|Criterium) (?:de|du|des|d['’]|of|a|al|van|di|della|do|da)\b/u;
/** Words that open a title phrase without being titles: "District Attorney" (not "Police": "Greater Manchester Police Chief Constable ..."). */
const TITLE_LEADS = new Set(["District"]);
/** Titles of members of a party or a parliament, written after the party: "a Labour MP" (0co). */
/** Last words of institutions named after a person: "Peter MacCallum Cancer Centre", "Barack Obama Foundation". */
const NAMED_AFTER_HEADS = new Set(["Centre", "Center", "Institute", "Hospital", "Foundation", "Trust", "School", "College", "University", "Library", "Museum", "Clinic", "Fund", "Society", "Academy", "Institution", "Laboratory", "Observatory"]);
/** Institution words that a field's name before them makes a body's name: "Interior Ministry", "Home Office". */
const INSTITUTION_WORDS = new Set(["Ministry", "Office", "Department", "Directorate", "Secretariat", "Commission", "Committee", "Agency", "Authority", "Inspectorate"]);
const POST_NOMINALS = new Set(["QC", "KC", "SC", "OBE", "CBE", "MBE", "KBE", "DBE", "GBE", "OM", "CH", "KCMG", "GCMG", "FRS", "FRSE", "FREng", "FRCP", "FRCS", "PhD", "DPhil", "JP", "VC", "GC", "Esq"]);
const MEMBER_TITLES = new Set(["MP", "MPs", "MSP", "MSPs", "MEP", "MEPs", "MLA", "MLAs", "TD", "TDs", "MK", "councillor", "councillors", "peer", "peers", "senator", "senators", "lawmaker", "lawmakers", "backbencher", "backbenchers", "minister", "ministers", "leader"]);
/** Words that open a noun phrase, capitalised at a sentence start: "Your Bill" is a man. */
const DETERMINERS = new Set(["my", "your", "his", "her", "our", "their", "its", "the", "a", "an", "this", "that", "dear", "uncle", "aunt"]);
/** What a person leads, after the leader's surname (3e). */
const LED_BY = new Set(["government", "administration", "presidency", "cabinet", "regime"]);
/** Words before a team that it plays against (4cc): "beat Barcelona", "lost to Liverpool". */
// ("for": "38 points for Milwaukee", "scored twice for Liverpool"; "outscored": basketball.)
const PLAYED_AGAINST = new Set(["beat", "beating", "defeated", "defeating", "against", "vs", "v", "versus", "faced", "face", "facing", "played", "hosted", "host", "hosting", "overcame", "edged", "thrashed", "routed", "drew", "for", "outscored", "outplayed", "topped", "downed", "trailed", "led"]);
/** A member's letters after the place they represent: "the Kikuyu MP". */
const MEMBER_LETTERS = new Set(["mp", "mla", "mep", "msp", "mpp", "td"]);
/** Nouns for a member of a party, after the place they represent ("a West Virginia Democrat"). */
const PARTY_MEMBERS = new Set(["republican", "democrat", "conservative", "tory", "liberal", "socialist", "independent"]);
const TRAILING_TITLES = new Set(["president", "governor", "mayor", "minister", "secretary", "senator", "sheriff", "chancellor", "ambassador", "premier", "king", "queen", "prince", "princess", "commissioner", "judge", "congressman", "congresswoman", "councillor", "councilor", "coach", "chairman", "spokesman", "spokeswoman", "ceo", "leader", "consul", "envoy"]);
const ACRONYM = /^[A-Z]{2,6}$/;
const PLURAL_ACRONYM = /^[A-Z][A-Z\d]{1,5}s$/;
const EXPANSION_SKIP = new Set(["of", "and", "the", "for", "in", "on", "&", "-", "to"]);

/** Acronyms defined by a lower-case expansion next to them in brackets. */
const INSTITUTIONS = new Set(["party", "movement", "union", "council", "front", "alliance", "coalition", "league", "congress", "committee", "commission", "organisation", "organization", "association", "federation", "society", "foundation", "institute", "agency", "authority", "bank", "fund", "court", "army", "force", "forces", "ministry", "department", "office", "church", "assembly", "parliament", "board", "bureau", "service",
  // ... and the heads of public bodies and companies: "Health Service Executive (HSE)", "Food and Drug
  // Administration (FDA)", "United Nations Development Programme (UNDP)".
  "executive", "administration", "corporation", "company", "trust", "network", "centre", "center", "secretariat", "directorate",
  "command", "tribunal", "programme", "program", "inspectorate", "regulator", "university", "college", "institution", "group",
  "ombudsman", "observatory", "commissioner", "registry", "mission", "alliance"]);
/** Step 5a: an untagged (or partly tagged) capitalised run spelled out by the acronym after it. */
function spelledAcronyms(words: Word[], spans: TaggedSpan[]): void {
  let added = false;
  for (let i = 2; i + 1 < words.length; i++) {
    // A digit may stand for itself: "Movimento 5 Stelle (M5S)" (5ad).
    const withDigits = !SKIP.has("5ad") && /^[A-Z](?:[A-Z]|\d(?=[A-Z])){1,5}$/.test(words[i]!.text) && /\d/.test(words[i]!.text);
    // A lower-case letter may stand for a lower-case word of another language: "Alternative für
    // Deutschland (AfD)" (5al).
    const withLower = !SKIP.has("5al") && /^[A-Z][a-z]?[A-Z][a-zA-Z]{0,3}$/.test(words[i]!.text) && /[a-z]/.test(words[i]!.text) && /[A-Z]$/.test(words[i]!.text);
    // A faction's letter after a hyphen: "Pakistan Muslim League-Nawaz (PML-N)" (5hy).
    const withHyphen = !SKIP.has("5hy") && /^[A-Z]{2,5}-[A-Z]{1,2}$/.test(words[i]!.text);
    if (words[i - 1]!.text !== "(" || words[i + 1]!.text !== ")" || !(ACRONYM.test(words[i]!.text) || withDigits || withLower || withHyphen)) continue;
    const acr = words[i]!.text.replace("-", "");
    // Walk back from the bracket over capitalised words and connectors, collecting initials
    // ("National People's Congress (NPC)": a possessive inside is skipped too).
    let letters = "";
    let start = -1;
    for (let k = i - 2; k >= 0 && i - 2 - k < 10; k--) {
      const t = words[k]!.text;
      // (A lower-case letter of the acronym may stand for a joining word: "Ministry of Defence (MoD)".)
      if (withLower && /^\p{Ll}+$/u.test(t) && acr[acr.length - 1 - letters.length] === t[0]) { letters = t[0]! + letters; continue; }
      if (EXPANSION_SKIP.has(t) || /^['’]s$/.test(t)) continue;
      if (withDigits && /^\d$/.test(t)) { letters = t + letters; continue; }
      // (An Arabic article on a name counts by the name: "Tahrir al-Sham" spells "TS".)
      if (!/^\p{Lu}[\p{L}-]*$/u.test(t) && !/^\p{Ll}{1,3}-\p{Lu}[\p{L}-]*$/u.test(t)) break;
      const caps = t.split("-").filter((p) => /^\p{Lu}/u.test(p)).map((p) => p[0]!).join("");
      letters = caps + letters;
      if (letters.length >= acr.length) { if (letters === acr) start = k; break; }
    }
    if (start < 0) continue;
    const end = i - 1;
    // Capitalised terms are spelled out so too ("Geographic Information Systems (GIS)", "Consumer
    // Price Index (CPI)"): a name has a word no dictionary knows, or ends in an institution's word.
    const head = words[end - 1]!.text.toLowerCase();
    // ... or opens with one before its purpose: "Committee to Protect Journalists (CPJ)".
    let proper = INSTITUTIONS.has(head) || (end - start >= 3 && INSTITUTIONS.has(words[start]!.text.toLowerCase()) && EXPANSION_SKIP.has(words[start + 1]!.text));
    for (let k = start; k < end && !proper; k++) {
      const t = words[k]!.text;
      if (!EXPANSION_SKIP.has(t)) proper = t.split("-").some((p) => /^\p{Lu}/u.test(p) && !(gazFlags(p, p.toLowerCase()) & GAZ.dictCommon));
    }
    if (!proper) continue;
    // The tagger found it whole (rule 5 adds the acronym), or a name crosses its edges: left alone;
    // but a "person" spelled out by an acronym is a body unless a first name opens it ("Hayat Tahrir
    // al-Sham (HTS)", not "John Fitzgerald Kennedy (JFK)"; 5ap).
    const whole = spans.find((t) => t.start === start && t.end === end);
    const particle = words.slice(start, end).some((w) => /^\p{Ll}+-\p{Lu}/u.test(w.text));
    if (whole && whole.typeIndex === PERSON && !SKIP.has("5ap") && (particle || !(gazFlags(words[start]!.text, words[start]!.text.toLowerCase()) & GAZ.firstName))) whole.typeIndex = ORG;
    // A listed place run into the front ("US National Oceanic and Atmospheric Administration (NOAA)",
    // tagged "US National Oceanic") is cut off it, and the name starts after it (5ap).
    const front = spans.find((t) => t.start < start && t.end > start);
    if (front && !SKIP.has("5ap") && isListedPlace(keyOf(words, front.start, start)) && front.end <= end) { front.end = start; front.typeIndex = PLACE; }
    if (spans.some((t) => (t.start === start && t.end === end) || (t.start < start && t.end > start) || (t.start < end && t.end > end))) continue;
    for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.start >= start && spans[k]!.end <= end) spans.splice(k, 1);
    spans.push({ start, end, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0] });
    added = true;
  }
  if (added) spans.sort((x, y) => x.start - y.start);
}

function commonAcronyms(words: Word[], spelledInCapitals?: Set<string>): Set<string> {
  const out = new Set<string>();
  const initials = (from: number, step: 1 | -1, acr: string): boolean => {
    // Collect the content words next to the bracket, splitting hyphenated words.
    const letters: string[] = [];
    let allLower = true;
    for (let i = from; i >= 0 && i < words.length && letters.length < acr.length && Math.abs(i - from) < 12; i += step) {
      const t = words[i]!.text;
      if (EXPANSION_SKIP.has(t)) continue;
      if (!/^[\p{L}-]+$/u.test(t)) return false;
      const parts = t.split("-").filter(Boolean);
      if (step === -1) parts.reverse();
      for (const p of parts) { letters.push(p[0]!); if (!/^\p{Ll}/u.test(p)) allLower = false; }
    }
    if (letters.length < acr.length) return false;
    const spelled = (step === -1 ? letters.slice(0, acr.length).reverse() : letters.slice(0, acr.length)).join("").toUpperCase();
    if (spelled === acr && !allLower) spelledInCapitals?.add(acr);
    return allLower && spelled === acr;
  };
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i - 1]!.text !== "(" && words[i + 1]!.text !== "(") continue;
    const acr = words[i]!.text.replace(/s$/, "");
    if (!ACRONYM.test(acr)) continue;
    // "words words (ACR)" and "ACR (words words)"
    if (words[i - 1]!.text === "(" && words[i + 1]!.text === ")" && initials(i - 2, -1, acr)) out.add(acr);
    else if (words[i + 1]!.text === "(" && initials(i + 2, 1, acr)) out.add(acr);
  }
  return out;
}

/** Step 0sc (see above). */
function dropOpeningPlurals(words: Word[], sentStart: number[], spans: TaggedSpan[]): void {
  const starts = new Set(sentStart);
  const opening = (i: number) => starts.has(i) || (i > 0 && /^["“‘'(]$/.test(words[i - 1]!.text) && starts.has(i - 1));
  const candidates = spans.filter((t) => t.end - t.start === 1 && opening(t.start) && /^\p{Lu}\p{Ll}{2,}s$/u.test(words[t.start]!.text));
  if (!candidates.length) return;
  const forms = new Set(candidates.map((t) => words[t.start]!.text));
  const insideCapitals = new Set<string>();
  for (let i = 1; i < words.length; i++) if (forms.has(words[i]!.text) && !opening(i)) insideCapitals.add(words[i]!.text);
  for (let k = spans.length - 1; k >= 0; k--) {
    const t = spans[k]!;
    const w = words[t.start]!.text;
    if (!candidates.includes(t) || insideCapitals.has(w)) continue;
    const lower = w.toLowerCase(), singular = lower.slice(0, -1);
    const f = gazFlags(w, lower);
    // (A surname too only before a plural verb: "Crews were pulled back", not "Crews said".)
    const plural = /^(?:are|were|have|do)$/.test(words[t.end]?.text ?? "");
    if (!((f | gazFlags(singular, singular)) & GAZ.dictCommon) || f & (GAZ.country | GAZ.city | GAZ.nationality | GAZ.firstName) || (f & GAZ.surname && !plural) || isGroupPlural(w) || isKnownOrganization(w) || isListedPlace(w)) continue;
    spans.splice(k, 1);
  }
}

/** Lower-case nouns before "of" and a place's name (step 4mo). */
const PLACE_OF = new Set(["mayor", "mayors", "town", "city", "village", "municipality", "province", "region", "district", "county", "suburb", "suburbs", "outskirts", "residents", "streets", "centre", "center", "capital", "island", "commune", "borough", "parish", "prefecture", "state", "port", "hamlet", "township", "shire"]);

/** Titles of rulers before "of" and their realm: "the Chief of Akyem Abuakwa", "the Emir of Kano". */
const RULER_OF = new Set(["chief", "king", "queen", "emir", "sultan", "prince", "princess", "duke", "duchess", "earl", "maharaja", "raja", "omanhene", "oba", "kabaka"]);
/** Posts in a body before "of" and its name (step 4mb). */
const POST_OF = new Set(["chair", "chairman", "chairwoman", "chairperson", "president", "head", "director", "founder", "co-founder", "member", "members", "leader", "secretary", "spokesman", "spokeswoman", "spokesperson", "ceo", "treasurer", "coordinator", "organiser", "organizer", "convenor", "trustee", "patron", "manager", "executive"]);
/** Imperatives that open campaigns' names: "Save Shelford Fields", "Stop the War Coalition". */
const CAMPAIGN_VERBS = new Set(["Save", "Stop", "Protect", "Defend", "Keep", "Reclaim", "Free"]);

/** Step 0nk (see above). */
function nicknames(words: Word[], sentStart: number[], spans: TaggedSpan[]): void {
  const starts = new Set(sentStart);
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

/** Step 0ro (see above). */
function splitPersonOf(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.typeIndex === ORG) continue;
    const j = words.slice(s.start + 2, s.end - 1).findIndex((w) => w.text === "of") + s.start + 2;
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
    if (!named || !left.every((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w) && !isTitleWord(w.toLowerCase()))) continue;
    const type = isListedPlace(key) ? PLACE : r === j + 2 && (INSTITUTION_ENDS.has(words[s.end - 1]!.text) || words.slice(r, s.end).some((w) => INSTITUTION_ENDS.has(w.text)) || isKnownOrganization(key)) ? ORG : -1;
    if (type < 0) continue;
    spans.splice(k + 1, 0, { ...s, start: r, typeIndex: type });
    s.end = j;
    s.typeIndex = PERSON;
  }
}

/** Step 0fs (see above). */
function splitForRuns(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.typeIndex === PERSON || s.end - s.start < 3 || s.end - s.start > 4 || words[s.start + 1]!.text !== "for") continue;
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
function splitBodyPossessives(words: Word[], spans: TaggedSpan[]): void {
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

/** Words after which a name is not the subject of the next verb ("the consulate in Krakow would"). */
const NOT_BEFORE_SUBJECT = new Set(["in", "at", "from", "to", "of", "near", "across", "into", "onto", "on", "for", "by", "with", "within", "throughout", "around", "outside", "inside", "via", "through", "toward", "towards", "over", "under", "between", "against", "about", "without", "like", "than", "visit", "visited", "visiting", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your"]);
/** Prepositions that make a country or city a location ("in Sweden", "from Kabul"). */
const LOCATIVE = new Set(["in", "at", "from", "to", "into", "across", "near", "throughout", "within", "around", "outside", "inside", "via", "through", "towards", "toward", "of", "visit", "visited", "visiting", "entered", "enter", "leave", "left"]);
const AUXILIARIES = new Set(["has", "have", "had", "will", "would", "could", "should", "must", "can", "cannot", "may", "might", "says", "said", "did", "does", "wants", "won", "lost", "beat", "led", "made", "took", "gave", "sent", "struck", "hit", "began"]);
const NOT_VERBS = new Set(["is", "was", "as", "us", "its", "this", "thus", "plus", "has", "bus", "gas", "news", "times", "series", "species", "red", "bed", "need", "seed", "speed", "feed", "shed", "hundred", "united"]);

/** A lower-case word that is probably a finite verb ("said", "announced", "defeats"), judged by form. */
function isVerbLike(word: string): boolean {
  if (AUXILIARIES.has(word)) return true;
  if (NOT_VERBS.has(word) || !/^\p{Ll}+$/u.test(word) || word.length < 4) return false;
  return word.endsWith("ed") || (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is"));
}

const SPORT_WORDS = new Set(["overs", "declared", "bowled", "batting", "bowling", "batsman", "bowler", "rebounds", "assists", "3-pointer", "three-pointer", "playoffs", "playoff", "overtime", "pitcher", "homer", "match", "matches", "goal", "goals", "scored", "scorer", "coach", "striker", "goalkeeper", "midfielder", "defender", "penalty", "referee", "tournament", "league", "championship", "cup", "squad", "captain", "half-time", "halftime", "kick", "innings", "wicket", "wickets", "touchdown", "quarterback", "inning", "semi-final", "semifinal", "final", "finals", "qualifier", "fixture", "draw", "equaliser", "equalizer", "substituted", "stadium"]);

/** A score written in three words at `i`: "1 – 0". */
// (Up to three digits a side, for basketball: "112-109".)
const isScore = (words: Word[], i: number) => i >= 0 && i + 2 < words.length && /^\d{1,3}$/.test(words[i]!.text) && /^[–-]$/.test(words[i + 1]!.text) && /^\d{1,3}$/.test(words[i + 2]!.text);
/** A name right before or after a score: "Sweden 1 – 0 Korea Republic". */
function besideScore(words: Word[], s: TaggedSpan): boolean {
  return isScore(words, s.start - 3) || isScore(words, s.end);
}
/** A score at `i`, in three words ("1 – 0") or one ("3-2"). */
const isScoreAt = (words: Word[], i: number) => isScore(words, i) || (i >= 0 && i < words.length && /^\d{1,3}[–-]\d{1,3}$/.test(words[i]!.text));
/** Step 4ct (see above). The tagger may have missed a side ("beat Chelsea 2-0"): it is added. */
function resultSides(words: Word[], spans: TaggedSpan[]): void {
  const sides = new Set<string>();
  const capRunBefore = (end: number) => {
    let start = end;
    while (start > 0 && end - start < 3 && /^\p{Lu}/u.test(words[start - 1]!.text)) start--;
    return start;
  };
  const addSide = (start: number, end: number) => {
    if (end <= start) return;
    sides.add(keyOf(words, start, end));
    if (!spans.some((t) => t.start < end && start < t.end)) spans.push({ start, end, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0] });
  };
  // "a nine-wicket victory over India", "a 34-run win against England": a margin before the result
  // noun, the side after its preposition, and the side that won it when it opens the clause
  // ("Australia wrapped up a nine-wicket victory over India"; 4cn).
  for (let j = 1; j + 2 < words.length && !SKIP.has("4cn"); j++) {
    if (!/^[\w]+-(?:wicket|run|goal|point|try|stroke|shot|length)$/i.test(words[j]!.text) || !RESULT_NOUNS.has(words[j + 1]!.text.toLowerCase()) || !RESULT_PREPOSITIONS.has(words[j + 2]!.text)) continue;
    let e = j + 3;
    while (e < words.length && e - (j + 3) < 3 && /^\p{Lu}/u.test(words[e]!.text)) e++;
    addSide(j + 3, e);
    // The winner: a capitalised run opening the sentence, a verb or two before the margin.
    let v = j - 1;
    while (v > 0 && /^(?:a|an|the|their|its|up|wrapped|sealed|completed|secured|claimed|recorded|earned|clinched|won|took|eased|to)$/i.test(words[v]!.text)) v--;
    if (v >= 0 && /^\p{Lu}/u.test(words[v]!.text)) addSide(capRunBefore(v + 1), v + 1);
  }
  // "England beat South Africa by 34 runs", "won by six wickets": a margin instead of a score (4cm).
  for (let j = 3; j + 1 < words.length && !SKIP.has("4cm"); j++) {
    if (words[j]!.text !== "by" || !/^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/i.test(words[j + 1]!.text) || !MARGINS.has(words[j + 2]?.text ?? "")) continue;
    const bStart = capRunBefore(j);
    const v = bStart - 1;
    if (bStart === j || v < 1 || !PLAYED_AGAINST.has(words[v]!.text.toLowerCase())) continue;
    addSide(bStart, j);
    addSide(...subjectSide(v));
  }
  for (let j = 2; j < words.length; j++) {
    if (!isScoreAt(words, j) || isScore(words, j - 2)) continue;
    // "Manchester United lost 2-1 to Arsenal": the side after "to", and the one before the verb.
    const len = isScore(words, j) ? 3 : 1;
    if (LOST.has(words[j - 1]!.text.toLowerCase()) && words[j + len]?.text === "to") {
      let e = j + len + 1;
      while (e < words.length && e - (j + len + 1) < 3 && /^\p{Lu}/u.test(words[e]!.text)) e++;
      addSide(j + len + 1, e);
      addSide(capRunBefore(j - 1), j - 1);
      continue;
    }
    // "a 3-1 win over Tottenham", "a 2-0 defeat to Ghana", "drew 1-1 with Manchester City": the side
    // after the result noun or the verb and its preposition (4cr).
    const at = /^(?:home|away)$/i.test(words[j + len]?.text ?? "") ? j + len + 1 : j + len;
    const noun = words[at]?.text.toLowerCase() ?? "";
    const prep = RESULT_NOUNS.has(noun) ? at + 1 : RESULT_PREPOSITIONS.has(noun) && /^(?:drew|draw|draws|drawing)$/i.test(words[j - 1]!.text) ? j + len : -1;
    if (!SKIP.has("4cr") && prep > 0 && RESULT_PREPOSITIONS.has(words[prep]?.text ?? "")) {
      let e = prep + 1;
      while (e < words.length && e - (prep + 1) < 3 && /^\p{Lu}/u.test(words[e]!.text)) e++;
      addSide(prep + 1, e);
      // "Liverpool, who drew 1-1 with ...": the subject before the verb too.
      if (prep === j + len) addSide(...subjectSide(j - 1));
      continue;
    }
    const bStart = capRunBefore(j);
    const v = bStart - 1;
    if (bStart === j || v < 1 || !PLAYED_AGAINST.has(words[v]!.text.toLowerCase())) continue;
    addSide(bStart, j);
    addSide(...subjectSide(v));
  }
  /** The side that is the verb's subject: "Arsenal beat", "Liverpool, who drew". */
  function subjectSide(v: number): [number, number] {
    const end = !SKIP.has("4cr") && v >= 2 && words[v - 1]!.text === "who" && words[v - 2]!.text === "," ? v - 2 : v;
    return [capRunBefore(end), end];
  }
  if (!sides.size) return;
  spans.sort((x, y) => x.start - y.start);
  // (A person's full name is a player, not a team: "beating Germany's Alexander Zverev 6-3".)
  // ("two points ahead of Liverpool" is the table, not the city.)
  const locative = (s: TaggedSpan) => LOCATIVE.has(lowerBefore(words, s)) && !(lowerBefore(words, s) === "of" && /^(?:ahead|clear|short)$/i.test(words[s.start - 2]?.text ?? ""));
  for (const s of spans) if (sides.has(keyOf(words, s.start, s.end)) && !locative(s) && !(s.typeIndex === PERSON && s.end - s.start >= 2)) s.typeIndex = ORG;
}

/** Units of a winning margin: "by 34 runs", "by six wickets", "by two points". */
const MARGINS = new Set(["runs", "wickets", "points", "goals", "strokes", "lengths", "tries", "innings"]);
/** Nouns of a result after its score: "a 3-1 win over", "a 2-0 defeat to", "a 1-1 draw with". */
const RESULT_NOUNS = new Set(["win", "victory", "triumph", "defeat", "loss", "draw", "thrashing"]);
const RESULT_PREPOSITIONS = new Set(["over", "against", "to", "by", "with"]);
const LOST = new Set(["lost", "lose", "loses", "losing", "defeat", "loss", "fell", "succumbed"]);
/** "Tunisia lost 1 – 2 to England", "a defeat to Ghana": the name after "to" is the winning side. */
function lostTo(words: Word[], s: TaggedSpan): boolean {
  if (s.start < 2 || words[s.start - 1]!.text !== "to") return false;
  let k = s.start - 2;
  if (k >= 3 && isScore(words, k - 2)) k -= 3;
  return LOST.has(words[k]!.text.toLowerCase());
}

/** A sports report: at least two match scores ("1 – 0", "3-2") and several sports words. */
function isMatchReport(words: Word[]): boolean {
  let scores = 0, sport = 0;
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!.text;
    const c = t.charCodeAt(0);
    if (SPORT_WORDS.has(t) || (c >= 65 && c <= 90 && SPORT_WORDS.has(t.toLowerCase()))) sport++;
    if (c >= 48 && c <= 57 && isScoreAt(words, i)) scores++;
    // A cricket total, "566 for eight", "187 for 5" (4cx).
    else if (c >= 48 && c <= 57 && !SKIP.has("4cx") && words[i + 1]?.text === "for" && /^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(words[i + 2]?.text ?? "")) scores++;
  }
  return scores >= 2 && sport >= 5;
}

/** Last words of bodies that supply pictures, besides institutions: "British Antarctic Survey", "Egyptian Presidency". */
const CREDIT_BODIES = new Set(["Survey", "Presidency", "Press", "Photos", "Images", "Archive", "Archives", "Collection", "Commons"]);
const CREDIT_WORDS = new Set(["image", "photo", "photograph", "picture", "credit", "photos", "images"]);

/**
 * Photo credits: the capitalised run after "Image:" / "Photo:" names who took or supplied the picture
 * ("Image: R Saravanan.", "Photo: Reuters"). When the tagger left it out, it is an organisation if
 * the lists say so, else a person.
 */
function credits(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let k = 0;
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i + 1]!.text !== ":" || !CREDIT_WORDS.has(words[i]!.text.toLowerCase())) continue;
    // ("Image: The Estadio Pedro Bidegain": the article is no part of the credit.)
    const a = words[i + 2]!.text === "The" ? i + 3 : i + 2;
    let b = a;
    while (b < words.length && b - a < 4 && /^\p{Lu}/u.test(words[b]!.text) && words[b]!.text !== "Image") b++;
    if (b === a || (b < words.length && !/^[.,;/(]$|^et$/.test(words[b]!.text))) continue;
    while (k < spans.length && spans[k]!.end <= a) k++;
    const tagged = k < spans.length && spans[k]!.start < b ? spans[k]! : undefined;
    const key = tagged ? keyOf(words, tagged.start, tagged.end) : keyOf(words, a, b), last = words[(tagged?.end ?? b) - 1]!.text;
    const first = words[tagged?.start ?? a]!.text;
    // A body's credit: a known one, one ending in a body's word, or one led by a nationality or an
    // article ("Image: British Antarctic Survey.", "Image: Egyptian Presidency.", "Image: The ...").
    const bodyWords = key.includes(" ") && ((gazFlags(last, last.toLowerCase()) & GAZ.orgSuffix) !== 0 || INSTITUTIONS.has(last.toLowerCase()) || CREDIT_BODIES.has(last) || isNationalityAdjective(first) || words[a - 1]!.text === "The");
    const org = isKnownOrganization(key) || (gazFlags(last, last.toLowerCase()) & GAZ.organization) !== 0 || bodyWords;
    if (tagged) {
      // A credit is not a place: "Image: Huebi" tagged as a place is a person; nor a body's a person.
      if (tagged.typeIndex === PLACE && !canAlternate(key) && !FOREIGN_SITES_FIRST.has(first)) tagged.typeIndex = org ? ORG : PERSON;
      else if (tagged.typeIndex === PERSON && (bodyWords || FOREIGN_SITES_FIRST.has(first))) tagged.typeIndex = FOREIGN_SITES_FIRST.has(first) ? PLACE : ORG;
      continue;
    }
    const etAl = b < words.length && words[b]!.text === "et";
    if (canAlternate(key) || (b - a === 1 && !etAl && gazFlags(key, key.toLowerCase()) & GAZ.dictCommon)) continue;
    out.push({ start: a, end: b, typeIndex: org ? ORG : PERSON, confidence: 0.4, scores: [0, 0, 0] });
  }
  return out;
}

const CONNECTORS = new Set([",", "and", "or", "&"]);

/**
 * Untagged capitalised runs (up to 3 words, no ordinary dictionary words such as "However") that are
 * listed next to a tagged name: "Ubisoft, Microsoft, and Sony" with only Microsoft tagged.
 */
function coordinated(words: Word[], sentStart: number[], spans: TaggedSpan[]): TaggedSpan[] {
  const typeAt = new Int8Array(words.length).fill(-1);
  const startsAt = new Int32Array(words.length).fill(-1);
  const endsAt = new Int32Array(words.length + 1).fill(-1);
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) typeAt[i] = s.typeIndex;
    startsAt[s.start] = s.typeIndex;
    endsAt[s.end] = s.typeIndex;
  }
  const out: TaggedSpan[] = [];
  for (let k = 0; k + 1 < sentStart.length; k++) {
    const a = sentStart[k]!, b = sentStart[k + 1]!;
    let i = a;
    while (i < b) {
      if (typeAt[i] !== -1 || !isCapitalised(words[i]!.text)) { i++; continue; }
      let j = i;
      while (j < b && j - i < 3 && typeAt[j] === -1 && isCapitalised(words[j]!.text)) j++;
      const ordinary = words.slice(i, j).some((w) => w.text.length < 2 || (gazFlags(w.text, w.text.toLowerCase()) & GAZ.dictCommon) !== 0);
      // A nationality is no name on its own ("Chelsea and British striker Harry Kane").
      const nationality = j - i === 1 && isNationalityAdjective(words[i]!.text);
      if (!ordinary && !nationality && (j >= b || !isCapitalised(words[j]!.text))) {
        // Neighbour after: run, connector(s), name. Neighbour before: name, connector(s), run.
        let after = -1, before = -1;
        let x = j;
        while (x < b && CONNECTORS.has(words[x]!.text) && x - j < 2) x++;
        if (x > j && x < b) after = startsAt[x]!;
        let y = i;
        while (y > a && CONNECTORS.has(words[y - 1]!.text) && i - y < 2) y--;
        if (y < i) before = endsAt[y]!;
        const type = after >= 0 && before >= 0 && after !== before ? -1 : Math.max(after, before);
        if (type >= 0) out.push({ start: i, end: j, typeIndex: type, confidence: 0.4, scores: [0, 0, 0] });
      }
      i = j;
    }
  }
  return out;
}
