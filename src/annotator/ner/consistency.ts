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
import { ACTING_SPEECH_VERB_SET, AFTER_IT, GAZ, MONTHS_AND_DAYS, REGION_SENSES, SURNAME_PARTICLES, demonymNationality, startsCountry, gazFlags, isCountry, isCountryOrRegion, isGroupPlural, isKnownOrganization, isKnownPerson, isListedPlace, isNationalityAdjective, isStateAbbreviation, isTitleWord } from "./lexicon.ts";
import { NOT_NAME_LETTERS, isTitleOrRank } from "./clean.ts";
import { COMPANY_TAILS, COMPANY_WORDS, businessCues, companyShortNames, knownOrganisations, listenersAndSportBodies, organisationCues, possessiveOrganisations, squadTeams } from "./org-cues.ts";
import { dropProducts, subjectAfterKind } from "./products.ts";
import type { Word } from "./words.ts";
import { INSTITUTIONS, PLURAL_ACRONYM, acronymJoined, acronymsAfter, commonAcronyms, spelledAcronyms } from "./document/acronyms.ts";
import { acronymLedBodies, adjectiveEndedBodies, allLedNames, joinedFieldBodies, placePairBodies, pluralPossessiveBodies, saintOfBodies, bracketedFactions, collectivePossessiveBodies, companyWordRuns, headingWords, clubOpeners, countrySuffixedBodies, courtDistricts, venuesOverAnd, knownAsBodies, kindNamedBodies, ledCompounds, BODY_ENDS, MEDIA_WORDS, ampersandNames, conjunctionVariants, couplesBodies, countriesNotPeople, memberSeats, ownedBusinesses, countryBodies, campusNames, publicationNames, titleOffices, groupLabels, listsInNames, placeLedBodies, mediaShortNames, orgTails, partyLeaders, sentenceFronts, sentenceOpeningBodies, sharedPluralHeads, splitBodyPossessives, splitForRuns, splitJoinedBodies, fieldBodies, bankNames, splitInnerTitles, splitRunOns, splitTitledRunOns, titlePhraseBodies, bodyWordRunOns } from "./document/bodies.ts";
import { bodyJoins } from "./document/body-joins.ts";
import { eventsDropped, isEventName } from "./document/events.ts";
import { SCHOOL_WORDS, bylines, joinedParticleNames, surnamedPeople, titledAppositions, captionPeople, eastAsianNames, firstNameLed, agedPeople, apposedPeople, firstNameSurnames, honorificOnly, honorificSurnames, leadingRanks, positionLedPeople, positionedPeople, postNominals, nicknames, particleNames, particleSurnames, possessedPeople, kinPeople, relativePeople, rolePrecededPeople, sentenceOpeningPeople, splitPersonOf, titledFirstNames, unknownFirstParts } from "./document/person-names.ts";
import { particlePlaceTails, datelines, airportCities, venueOpeners, realmsOf, settlementsOf, irishCounties, placeChains, placeCompounds, placeLists, placeNouns, placeRegions, placesBeforePosts, saintsPlaces, sitesNamedLikePeople, CAMPAIGN_FIRSTS, foreignNatureNames, joinedCountries, waterways } from "./document/places.ts";
import { COLLECTIVES, DETERMINERS, FACILITIES, INSTITUTION_WORDS, LOCATIVE, MAX_LEN, NAMED_AFTER_HEADS, OCCUPATIONS, ORG, PARTY_ADJECTIVES, PERSON, PERSON_NOUNS, PLACE, PLAYED_AGAINST, POST_NOMINALS, SKIP, STOP_WORDS, type TaggedSpan, canAlternate, isCapitalised, keyOf, lowerBefore, title } from "./document/spans.ts";
import { SPORT_WORDS, bracketTeams, careerClubs, cityNicknameTeams, playersAfterDeliveries, dashedTeams, scoreLineSides, teamsBeforeRiders, besideScore, cityClubs, clubNicknames, isMatchReport, lostTo, resultSides } from "./document/sport.ts";

export type { TaggedSpan } from "./document/spans.ts";

/** Last words that only sites have, never a person's surname: "Keck Observatory", "Berlinale Palast". */
const SITE_ONLY = new Set(["observatory", "museum", "stadium", "airport", "cathedral", "hospital", "arena", "auditorium", "cemetery", "palast", "velodrome", "circus", "base"]);
/** Lower-case nouns after a person's name that make it a company named after them: "the Albert Heijn chain". */
const COMPANY_NOUNS = new Set(["chain", "chains", "brand", "brands", "company", "firm", "label", "supermarket", "supermarkets", "stores", "group", "empire", "franchise"]);
/** Nouns a text calls a town by before its name: "the city of Jackson". */
const TOWN_KINDS = /^(?:city|town|village|township|municipality|borough|suburb)$/;
const BODY_FIRSTS = new Set(["Department", "Ministry", "Office", "Bureau", "Commission", "Board", "Council", "Authority", "Secretary", "Minister", "Director", "Commissioner"]);
const COURT_CIRCUITS = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Federal|Judicial|District|D\.C\.|\d+(?:st|nd|rd|th))$/;
/** Awards by their short names, plural (the singular "Oscar", "Tony" are first names too). */
const AWARDS = new Set(["Oscars", "Emmys", "Grammys", "Baftas", "BAFTAs", "Golden Globes", "Tonys", "Brits", "Pulitzers", "Palme d'Or", "Palme d’Or", "Caméra d'Or", "Caméra d’Or", "Ballon d'Or", "Ballon d’Or"]);
/** Words of other languages for a palace, square or street, first or last in the name (3df). */
const FOREIGN_SITES_FIRST = new Set(["Stadio", "Stade", "Estadio", "Estádio", "Palacio", "Palazzo", "Palais", "Plaza", "Piazza", "Calle", "Avenida", "Rue", "Schloss", "Largo", "Praça", "Rua"]);
/** ... and more, taken only with a name after them ("Place Charles de Gaulle", not "Place" alone). */
const FOREIGN_SITES_FIRST2 = new Set([
  "Musée", "Museo", "Museu", "Teatro", "Théâtre", "Teatre", "Jardin", "Jardín", "Jardim", "Bois", "Parc", "Parque", "Parco", "Arc", "Place", "Pont", "Puente", "Ponte", "Castillo", "Castello", "Château", "Basilica", "Basílica", "Catedral", "Cattedrale", "Mezquita", "Iglesia", "Chiesa", "Église"]);
const FOREIGN_SITES_LAST = new Set(["Haus", "Platz", "Straße", "Strasse", "Marg", "Chowk", "Bagh", "Maidan", "Plein", "Gracht"]);
/** Post-nominal letters and generation suffixes after a surname: "DBE", "Jr.", "III". */
const SUFFIXES = /^(?:\p{Lu}{2,5}|Jr|Sr|Jnr|Snr|[IVX]{1,4}|\.)$/u;

/** A capitalised word that is an ordinary dictionary word and no organisation or place head. */
const isCommonNoun = (w: string) => {
  const f = gazFlags(w, w.toLowerCase());
  return (f & GAZ.dictCommon) !== 0 && (f & (GAZ.orgSuffix | GAZ.placeSuffix | GAZ.country | GAZ.city | GAZ.nationality)) === 0;
};
/** Head words of names that go on with "of" + a name, besides the organisation and place words. */
const HEADS = new Set(["republic", "government", "assembly", "kingdom", "state", "states", "floor"]);
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

/**
 * First words of people's full names of two or three words, the lists' first names or not ("Kelepi" of
 * "Kelepi Vaka"); not of a name whose words open a body's name ("Ahold Delhaize" beside "Delhaize Group").
 */
function peoplesFirstWords(words: Word[], spans: TaggedSpan[]): Set<string> {
  const fronts = new Set(spans.filter((t) => t.typeIndex === ORG).map((t) => words[t.start]!.text));
  const out = new Set<string>();
  for (const s of spans) {
    if (s.typeIndex !== PERSON || s.end - s.start < 2 || s.end - s.start > 3) continue;
    const first = words[s.start]!.text;
    if (isCapitalised(first) && !fronts.has(first) && !fronts.has(words[s.end - 1]!.text)) out.add(first);
  }
  return out;
}
/** Whether a person's title stands right before some mention of `key` ("governor Anies Baswedan"). */
function titledRightBefore(words: Word[], spans: TaggedSpan[], key: string): boolean {
  return spans.some((t) => t.typeIndex === PERSON && isTitleWord(lowerBefore(words, t).replace(/\.$/, "")) && keyOf(words, t.start, t.end) === key);
}
/** Full stops among the words of [start, end): an initial's ("D. K. Shivakumar") is no word of its own. */
function countDots(words: Word[], start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (words[i]!.text === ".") n++;
  return n;
}

/** The clear winner of the votes, or `fallback` on a tie. */
function best(v: number[], fallback: number): number {
  let arg = fallback;
  for (let t = 0; t < v.length; t++) if (v[t]! > v[arg]!) arg = t;
  return arg;
}

/** Verbs of speaking right after a name: "Washington said". */
const SPEECH_AFTER = ACTING_SPEECH_VERB_SET;
const AFTER_IT_WORDS = new Set(AFTER_IT);
/** Head words of institutions that news writes alone after "the" once the full name is given. */
/** Last words of natural features' names, which name no body: "Great Barrier Reef", "Shire River". */
const NATURAL_FEATURES = new Set(["Reef", "River", "Lake", "Sea", "Ocean", "Bay", "Gulf", "Strait", "Island", "Islands", "Mountains", "Mountain", "Mount", "Valley", "Desert", "Glacier", "Peninsula", "Delta", "Basin", "Canyon", "Falls", "Coast", "Plateau", "Volcano", "Creek", "Estuary", "Lagoon", "Archipelago", "Wetlands", "Marshes", "Shoal", "Atoll", "Cape", "Hills"]);
const SHORT_HEADS = new Set(["Commission", "Legislature", "Parliament", "Assembly", "Senate", "Congress", "Council", "Ministry", "Department", "Agency", "Authority", "Committee", "Tribunal", "Inquiry", "Board", "Bank", "Fund", "Court", "Federation", "Union", "Foundation", "Institute"]);

// A note on size: V8 optimizes a function only up to a bytecode size (about 60 KB), and harmonise is
// near it. Past it the function runs unoptimized and the whole annotator slows by about a tenth (the
// thirteenth session found it so: annotate 99,000 -> 87,000 words a second on the bench corpus until
// its new steps moved into functions of their own). New steps go in functions below, not inline.
// Check after a change: `node --import tsx --print-bytecode --print-bytecode-filter=harmonise
// SCRIPT 2>&1 | grep "Bytecode length"` over any script that annotates (61,440 is the limit; the
// fourteenth session left it at 58,887 after moving steps 5fc, 5g and 5ja out).
/** Honorifics of West Africa and the Gulf before a name (step 2h). */
const LOCAL_HONORIFICS = new Set(["alhaji", "alhaja", "hajia", "hajiya", "sheikh", "chief", "hon", "mama"]);

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
  // 0hl. A headline in title case runs names into the words around them ("Collingwood Stun Carlton",
  // "Central Bank of Nigeria Raises Interest Rate"): a headline span the body does not name is cut to
  // the names the body has inside it, or dropped when it is only ordinary words ("Report Says").
  if (!SKIP.has("0hl")) headlineSpans(words, sentStart, spans);
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
    // (A "person" too, when a body's word stands before the rank's: "Queensland Police Senior Sergeant".)
    if (s.typeIndex === PERSON && !(s.end - s.start >= 3 && (INSTITUTION_WORDS.has(words[s.end - 2]!.text) || /^(?:Police|Service|Force|Constabulary|Army|Navy)$/.test(words[s.end - 2]!.text)))) continue;
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
  // 0ac. "UMC Utrecht", "KPMG Nigeria": an acronym-led "person" (bodies.ts).
  if (!SKIP.has("0ac")) acronymLedBodies(words, spans);
  // 0pn. "Paul Davison QC", "Sir Tim Berners-Lee OM": honours and a barrister's rank after a
  // person's name are no part of it.
  for (const s of spans) {
    if (SKIP.has("0pn")) break;
    // (Also a name the tagger typed otherwise for the letters, when it opens with a known first name:
    // "Siobhán Breathnach SC"; `0pnf`.)
    const first = words[s.start]!.text;
    // (Or two words no list knows before a barrister's or an honour's letters: not "Al Ahly SC", a club.)
    const letters = words[s.end - 1]!.text.replace(/\.$/, "");
    const unknownPair = s.end - s.start === 3 && /^(?:QC|KC|SC|OBE|CBE|MBE|KBE|DBE)$/.test(letters) && !/^(?:Al|El)$/.test(first) && words.slice(s.start, s.end - 1).every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) && !(gazFlags(w.text, w.text.toLowerCase()) & (GAZ.dictCommon | GAZ.country | GAZ.city | GAZ.orgSuffix | GAZ.placeSuffix)));
    if (s.typeIndex !== PERSON && !SKIP.has("0pnf") && s.end - s.start >= 3 && POST_NOMINALS.has(letters) && (gazFlags(first, first.toLowerCase()) & GAZ.firstName || unknownPair) && words.slice(s.start, s.end - 1).every((w) => /^\p{Lu}/u.test(w.text))) s.typeIndex = PERSON;
    stripPostNominals(words, s);
  }
  // 0cm, 0pa: a council member's title and district, a party's member word (functions below).
  councilMemberNames(words, spans);
  partyMemberWords(words, spans);
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
  // 0fp. "(Nitish Kumar Reddy 41;": an unknown word before a full name is its first part (person-names.ts).
  if (!SKIP.has("0fp")) unknownFirstParts(words, sentStart, spans);
  // 0by. "By Nidal al-Mughrabi and Maayan Lubell", "By NASSER KARIMI and JON GAMBRELL": a byline's
  // names are people's (not the agency after them: "Associated Press").
  if (!SKIP.has("0by")) bylines(words, sentStart, spans);
  // 0so. "Salesforce said on Tuesday ...": one capitalised word no dictionary knows as an ordinary
  // word, opening a sentence before a reporting or business verb, is a name the tagger missed (it
  // is unsure of capitals at a sentence start). Not a first name or surname: a person is named in
  // full first. An organisation unless the document says otherwise.
  if (!SKIP.has("0so")) sentenceOpeningBodies(words, sentStart, spans);
  // 0ed. "a new Alzheimer's treatment": a disease named after a person is no name; "Alzheimer's
  // Research UK", "Parkinson's UK": a charity named after one is an organisation.
  if (!SKIP.has("0ed")) eponymousDiseases(words, spans);
  // 0sc. '"Crews were pulled back"', "Farmers in Western Australia will be hit": a plural ordinary
  // word opening a sentence or a quotation, never capitalised inside one, is no name.
  if (!SKIP.has("0sc")) dropOpeningCommonWords(words, sentStart, spans);
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
  // 0al. "the ruling All India Anna Dravida Munnetra Kazhagam": "All" opens the name (bodies.ts).
  if (!SKIP.has("0al")) allLedNames(words, sentStart, spans);
  // 0fb. "the Communist Party of India (Marxist)", "the CPI(M)": a party's faction in brackets (bodies.ts).
  if (!SKIP.has("0fb")) bracketedFactions(words, spans);
  // 5uc. "Halifax studio Tamarack Games": capitalised words ending in a company's word (bodies.ts).
  if (!SKIP.has("5uc")) companyWordRuns(words, sentStart, spans);
  // 0hd. "== Loans from abroad ==": an ordinary word opening a section heading (bodies.ts).
  if (!SKIP.has("0hd")) headingWords(words, sentStart, spans);
  // 0kb. "the environmental group Germanwatch", "co-founder of Kestrel": an untagged word after a body's kind (bodies.ts).
  if (!SKIP.has("0kb")) kindNamedBodies(words, sentStart, spans);
  // 0e. A run-on name: "University of Texas Arlington Amneh Jafari heard", "Ambassador to the United
  // States Hamdullah Mohib,". The tagger sees one capitalised run; the document shows its last one or
  // two words are a name of their own ("Jafari said", "Ambassador Hamdullah Mohib says"), so the run
  // is split there and the tail is a person. Only organisation and place runs of three words or more
  // split, and only at name-like tails (no dictionary word, acronym, organisation or place word):
  // "New York Times" stays whole when "Times" stands alone elsewhere.
  if (!SKIP.has("0e")) splitRunOns(words, spans);
  if (!SKIP.has("0of")) splitTitledRunOns(words, spans);
  // 0it. "Manila Mayor Honey Lacuna" tagged as one name: the place, then the person (bodies.ts).
  if (!SKIP.has("0it")) splitInnerTitles(words, spans);
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
  // 0dn. "Detective Inspector Dean Thorburn", "Dean Smith, a neighbour": "Dean" before a one-word
  // surname is a first name (the tagger cuts it as a title); not "the Dean", "Dean of ...".
  for (const s of spans) {
    if (SKIP.has("0dn") || s.typeIndex !== PERSON || s.end - s.start !== 1 || s.start === 0 || words[s.start - 1]!.text !== "Dean") continue;
    if (/^(?:the|a|as|our|its)$/i.test(words[s.start - 2]?.text ?? "") || spans.some((t) => t.end === s.start)) continue;
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
  // 0lc. "Japan said it would send $2 million": a listed country the tagger left out, standing alone
  // (no capitalised word right before or after it, bar a sentence's first word), is a place; not one
  // whose name is also a first name ("Chad", "Jordan").
  if (!SKIP.has("0lc")) {
    const covered = new Uint8Array(words.length);
    for (const t of spans) covered.fill(1, t.start, t.end);
    let added = false;
    for (let i = 0; i < words.length; i++) {
      if (covered[i] || !/^\p{Lu}\p{Ll}/u.test(words[i]!.text) || !startsCountry(words[i]!.text) || (i > 0 && !starts.has(i) && isCapitalised(words[i - 1]!.text))) continue;
      for (let n = 3; n >= 1; n--) {
        const e = i + n;
        if (e > words.length || covered.subarray(i, e).some((c) => c === 1)) continue;
        const key = keyOf(words, i, e);
        if (!isCountry(key) || (e < words.length && isCapitalised(words[e]!.text))) continue;
        if (n === 1 && gazFlags(key, key.toLowerCase()) & GAZ.firstName) break;
        spans.push({ start: i, end: e, typeIndex: PLACE, confidence: 0.4, scores: [0, 0, 0] });
        covered.fill(1, i, e);
        added = true;
        break;
      }
    }
    if (added) spans.sort((x, y) => x.start - y.start);
  }
  // 0cp. "Kenya's Faith Wanjiru": a given name and surname after a country's possessive (person-names.ts).
  if (!SKIP.has("0cp")) spans.splice(0, spans.length, ...possessedPeople(words, spans));
  // 0amp. "Brandt & Söhne": names joined by an ampersand are one organisation (bodies.ts).
  if (!SKIP.has("0amp")) spans.splice(0, spans.length, ...ampersandNames(words, spans));
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
  // (And the letters of a name that step made whole: "Jacques van der Merwe SC".)
  if (!SKIP.has("0pn")) for (const s of spans) stripPostNominals(words, s);
  // 0jc3. "Surgery at Starship Children's Hospital": a collective's possessive before a body (bodies.ts).
  if (!SKIP.has("0jc3")) collectivePossessiveBodies(words, spans);
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
    // (A "person" that ends in the collective word is no person: "Helen DeVos Children's Hospital"; `0jc2`.)
    if (a.typeIndex === PERSON && !(collective && (a.end - a.start === 1 || !SKIP.has("0jc2")))) continue;
    if (!collective && !office && (!/^['’]$/.test(apostrophe.text) || !/s$/.test(words[a.end - 1]!.text))) continue;
    if (apostrophe.start !== words[a.end - 1]!.end || b.end - a.start > MAX_LEN + 2) continue;
    // "Los Angeles' Coconut Grove": a place's own possessive, two names; and a well-known body's: "the
    // United Nations' Human Rights Office" (`0jk`).
    // (A head word alone after it is still one name: "the Teamsters' Union".)
    if (canAlternate(keyOf(words, a.start, a.end)) || (!SKIP.has("0jk") && b.end - b.start >= 2 && isKnownOrganization(keyOf(words, a.start, a.end)))) continue;
    a.end = b.end;
    // (A body's last word makes a body, whatever the tagger typed it alone: "Students' Union"; `0ju`.)
    if (collective && a.typeIndex === PERSON) a.typeIndex = ORG;
    const last = words[b.end - 1]!.text;
    a.typeIndex = !SKIP.has("0ju") && gazFlags(last, last.toLowerCase()) & GAZ.orgSuffix ? ORG : b.typeIndex;
    spans.splice(k + 1, 1);
    k--;
  }
  // 0jpl. ... and one the tagger left out or found half of: "the Bengaluru Parents' Forum" (bodies.ts).
  if (!SKIP.has("0jpl")) pluralPossessiveBodies(words, sentStart, spans);
  // 0ost. "the Society of St Vincent de Paul": a body's name ending in "of St" and the saint after it (bodies.ts).
  if (!SKIP.has("0ost")) saintOfBodies(words, spans);
  // 0pab. "the England and Wales Cricket Board": a place, "and" and a body opening with a place (bodies.ts).
  if (!SKIP.has("0pab")) placePairBodies(words, spans);
  // 0adj. "the Office of the Australian Information Commissioner": a body cut at an adjective (bodies.ts).
  if (!SKIP.has("0adj")) adjectiveEndedBodies(words, sentStart, spans);
  // 0ofa. "the Ministry of Foreign and Diaspora Affairs": a ministry's second field after "and" (bodies.ts).
  if (!SKIP.has("0ofa")) joinedFieldBodies(words, spans);
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
  // 3sn. "debutant Kelepi Vaka ... Vaka, a 19-year-old": a full name typed a place whose surname stands
  // alone as a person (person-names.ts); before the parts of people's names are gathered.
  if (!SKIP.has("3sn")) surnamedPeople(words, spans);
  const personParts = new Set<string>();

  /** Surnames of people named with a known first name ("Travis Head"): no title word there. */
  const namedSurnames = new Set<string>();
  const titled = new Set<string>();
  for (const s of spans) {
    const before = lowerBefore(words, s).replace(/\.$/, "");
    // (Or an honorific of West Africa and the Gulf: "foreign minister Alhaji Sesay"; `2h`.)
    if (isTitleWord(before) || (before === "" && s.start > 1 && isTitleWord(words[s.start - 2]!.text.toLowerCase())) || (!SKIP.has("2h") && LOCAL_HONORIFICS.has(before))) titled.add(keyOf(words, s.start, s.end));
    // The surname of a full person name, and its first name when the lists know it as one.
    // (Initials' full stops are no words of the name: "D. K. Shivakumar ... Shivakumar told reporters"; `1in`.)
    const dots = SKIP.has("1in") ? 0 : countDots(words, s.start, s.end);
    if (s.typeIndex === PERSON && s.end - s.start >= 2 && s.end - s.start - dots <= 5) {
      // The surname is the last word before post-nominal letters and generation suffixes
      // ("Zaha Mohammad Hadid DBE", "Martin Luther King Jr.").
      let e = s.end;
      while (!SKIP.has("1s") && e - s.start > 2 && SUFFIXES.test(words[e - 1]!.text)) e--;
      // (A quoted nickname inside counts for nothing: 'Lewis "Lewy" McAllister'.)
      const nickname = words.slice(s.start, e).some((w) => /^["“”'‘’]$/.test(w.text)) ? 3 : 0;
      if (e - s.start - nickname - dots > 4) continue;
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
  // 4dr. "The two Alpine drivers", "Williams driver Franco Colapinto": a team before its riders (sport.ts).
  if (!SKIP.has("4dr")) teamsBeforeRiders(words, spans);
  // 4dt. "Jonas Vingegaard of Visma–Lease a Bike": sponsors joined by en dashes, one team (sport.ts).
  if (!SKIP.has("4dt")) dashedTeams(words, spans);
  if (!SKIP.has("4bt")) bracketTeams(words, spans);
  if (!SKIP.has("4cn")) cityNicknameTeams(words, spans);
  if (!SKIP.has("4pa")) playersAfterDeliveries(words, spans);
  // 4cv. "previously coached Žalgiris and Barcelona", "joined from Barcelona": clubs (sport.ts).
  if (!SKIP.has("4cv")) careerClubs(words, spans);

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
  const firstWords = peoplesFirstWords(words, spans);
  const orgOrPlace = new Map<string, number>();
  const cuedCompanies = new Set(spans.filter((s) => s.cued && s.typeIndex === ORG && s.end - s.start === 1 && personParts.has(keyOf(words, s.start, s.end))).map((s) => keyOf(words, s.start, s.end)));
  for (const s of spans) {
    const key = keyOf(words, s.start, s.end);
    if (s.end - s.start !== 1) continue;
    // (Not before a place's title: "Jackson Mayor John Horhn" is the city, though Justice Ketanji Brown
    // Jackson is named too; `1pt`.)
    const placeTitled = !SKIP.has("1pt") && /^(?:Mayor|Governor|Premier|Sheriff)$/.test(words[s.end]?.text ?? "");
    // (Nor a company the business cues found, or a well-known one the tagger typed so with no honorific
    // or title before it: "Ford is to cut 1,100 jobs" beside the worker Gary Ford; `1co`.)
    const untitled = !isTitleOrRank(lowerBefore(words, s).replace(/\.$/, ""));
    // (And so is every other bare mention of a name a company's cues found once, where no honorific or
    // title stands before it and no speech verb after it: "its larger rival Pemberton ... Shares in
    // Pemberton fell".)
    const companyKey = !SKIP.has("1co") && cuedCompanies.has(key) && untitled && !SPEECH_AFTER.has(words[s.end]?.text ?? "");
    if (companyKey) s.typeIndex = ORG;
    const company = !SKIP.has("1co") && s.typeIndex === ORG && (s.cued || companyKey || (isKnownOrganization(key) && untitled));
    if (personParts.has(key) && !canAlternate(key) && !placeTitled && !company) { if (!SKIP.has("1")) s.typeIndex = PERSON; }
    // (Nor the first word of someone's full name, a first name the lists lack: "Kelepi was outstanding"
    // after "Kelepi Vaka"; `2fw`.)
    else if (!SKIP.has("2") && s.typeIndex === PERSON && !titled.has(key) && (SKIP.has("2fw") || !firstWords.has(key)) && !isGroupPlural(key) && !(gazFlags(key, key.toLowerCase()) & (SKIP.has("2s") ? GAZ.firstName : GAZ.firstName | GAZ.surname)) && !isKnownPerson(key)) {
      // (A name listed beside an organisation or a place leans its way: "broadcast by TVP, Polsat and
      // TVN"; `2l`.)
      const beside = SKIP.has("2l") ? undefined : spans.find((t) => t !== s && (t.typeIndex === ORG || t.typeIndex === PLACE) && ((t.end === s.start - 1 && /^(?:,|and|or)$/.test(words[t.end]!.text)) || (t.start === s.end + 1 && /^(?:,|and|or)$/.test(words[s.end]!.text))));
      const listLean = beside ? (beside.typeIndex === ORG ? 1000 : -1000) : 0;
      orgOrPlace.set(key, (orgOrPlace.get(key) ?? 0) + s.scores[ORG]! - s.scores[PLACE]! + listLean);
    }
  }
  for (const s of spans) {
    const lean = orgOrPlace.get(keyOf(words, s.start, s.end));
    if (lean !== undefined && s.typeIndex === PERSON) s.typeIndex = lean >= 0 ? ORG : PLACE;
  }
  // 2f, 2o, 2t, 2p: one-word "people" that are places or bodies (below, out of this function for its size).
  placesAndBodiesNamedLikePeople(words, spans, personParts, titled, firstWords);

  // 3loc. "marched through Sefwi Wiawso ... In Sefwi Wiawso, farmers": a place the tagger found right
  // after "in", "near" or "through" counts in the vote as a cue does (not before a possessive: "in
  // Smith's view"; not in a match report, where a town is also its club: "in Penrith ... Penrith winger").
  // (Nor a surname or a first name the lists know, or a name some mention shows is a person's: "Hamilton
  // finished seventh ... Fans in Hamilton", "Dalton, 52, said ... members in Dalton".)
  // (The words never change in this pass: whether the text is a match report is asked once, here.)
  const report = isMatchReport(words);
  // 4sl. "Fenerbahçe Beko 82–76 Panathinaikos": the sides of a score the tagger left out (sport.ts).
  if (!SKIP.has("4sl") && report) scoreLineSides(words, sentStart, spans);
  if (!SKIP.has("3loc") && !report) {
    const personal = new Set(spans.filter((t) => personEvidence(words, t.end)).map((t) => keyOf(words, t.start, t.end)));
    for (const s of spans) {
      // (Nor "in" after a noun it belongs to: "lost faith in Mnangagwa", "a stake in Ocado".)
      if (s.typeIndex !== PLACE || !STRICT_LOCATIVE.test(lowerBefore(words, s)) || /^['’]s?$/.test(words[s.end]?.text ?? "") || /^(?:faith|confidence|trust|belief|interest|stake|stakes|investment|shares|role|part|hand|hope|pride)$/i.test(words[s.start - 2]?.text ?? "")) continue;
      const key = keyOf(words, s.start, s.end);
      // (A country is a place after "in" whatever the lists say of its name: "refugees in Jordan".)
      if (!personal.has(key) && (isCountry(key) || !(gazFlags(key, key.toLowerCase()) & (GAZ.surname | GAZ.firstName)))) s.cued = true;
    }
  }
  // 3.
  const votes = countVotes(words, spans);
  for (const s of spans) {
    if (SKIP.has("3")) break;
    const key = keyOf(words, s.start, s.end);
    if (s.end - s.start === 1 && personParts.has(key) && !canAlternate(key)) continue;
    // (A listed place the tagger read as the place where the text uses it as one keeps that type,
    // though a person of the name wins the vote: "refugee camps in Jordan", "Jordan's planning
    // minister" beside the MP Rachel Jordan; `3lp`.)
    if (!SKIP.has("3lp") && s.typeIndex === PLACE && s.end - s.start === 1 && personParts.has(key) && isListedPlace(key) && placeUse(words, s)) continue;
    // (... and a person the mention shows is one keeps that type: "Jordan said the money was overdue".)
    if (!SKIP.has("3lp") && s.typeIndex === PERSON && s.end - s.start === 1 && personParts.has(key) && isListedPlace(key) && personEvidence(words, s.end)) continue;
    // (A full name a person's title introduces somewhere is that person in a list too: "Former Jakarta
    // governor Anies Baswedan ... * Anies Baswedan and Muhaimin Iskandar: 24.9%"; `3tn`.)
    const b = !SKIP.has("3tn") && s.end - s.start >= 2 && titled.has(key) && votes.get(key)![PERSON]! > 0 && titledRightBefore(words, spans, key) ? PERSON : best(votes.get(key)!, s.typeIndex);
    if (b === s.typeIndex) continue;
    if ((b === ORG || b === PLACE) && (s.typeIndex === ORG || s.typeIndex === PLACE) && canAlternate(key)) continue;
    s.typeIndex = b;
  }

  // 3ps. "Everton have sacked manager Graham Paris ... Paris, 58, was appointed ... Paris said": a word
  // of a person's name named in full that is also a listed place is the person where the mention says
  // so (an age after it, a speech verb, ", who", a person's apposition; also a first name: "Chad
  // Miller ... Chad said"), and
  // a surname is the person wherever it stands alone when the text never uses the word as a place or
  // a team: no locative word, "-based", possessive or place noun after it, no region or country after a
  // comma, no other place beside it ("in Paris", "Paris, France", "Washington's National Mall", "a
  // Houston museum", "Washington and Beijing"), and no mention typed an organisation; only after the
  // full name.
  for (const s of spans) {
    if (SKIP.has("3ps")) break;
    if (s.end - s.start !== 1 || s.typeIndex === PERSON) continue;
    const key = keyOf(words, s.start, s.end);
    if (!(namedSurnames.has(key) || personParts.has(key)) || !isListedPlace(key)) continue;
    // (A country's "who" with a plural after it is a team's: "Jordan, who qualified for their first
    // World Cup"; not "Jordan, who has been mentioned as a possible future speaker".)
    const team = isCountry(key) && words[s.end + 1]?.text === "who" && words.slice(s.end + 2, s.end + 14).some((w) => /^(?:their|are|were|have|they)$/.test(w.text));
    if (personEvidence(words, s.end) && !team) { s.typeIndex = PERSON; continue; }
    if (!namedSurnames.has(key) || isCountry(key) || placeUses(words, spans, key)) continue;
    // (Only after the full name: "Lyon stun Marseille" opens a round-up that names Nathan Lyon later.)
    const named = spans.find((t) => t.typeIndex === PERSON && t.end - t.start >= 2 && words[t.end - 1]!.text === key);
    for (const t of spans) if (named && t.start > named.start && t.end - t.start === 1 && t.typeIndex === PLACE && words[t.start]!.text === key) t.typeIndex = PERSON;
  }

  // 4cp. "Hill (right) with fellow candidates", "Braverman (left) and Sunak (right)": a caption's
  // position marker after a name says it is a person, and so is every other mention of it.
  if (!SKIP.has("4cp")) captionPeople(words, spans);
  if (!SKIP.has("4hs")) honorificSurnames(words, spans);
  if (!SKIP.has("3age")) agedPeople(words, spans);
  if (!SKIP.has("3ap")) apposedPeople(words, spans);
  if (!SKIP.has("3at")) titledAppositions(words, spans);
  if (!SKIP.has("4sp")) sitesNamedLikePeople(words, spans);

  // 4dc. "Preston, Victoria, Australia": a name before a listed region or city and a country, all
  // joined by commas, is a place, and so is every other mention of it ("the Melbourne suburb of
  // Preston"): the tagger takes an unknown town for a surname.
  if (!SKIP.has("4dc")) placeChains(words, spans);

  // 3ey. "The elder Washington", "the younger Brunson": a name alone after "elder" or "younger" is a
  // person's, whatever else it names.
  for (const s of spans) {
    if (SKIP.has("3ey")) break;
    if (s.typeIndex !== PERSON && s.end - s.start === 1 && /^(?:elder|younger|eldest|youngest)$/i.test(words[s.start - 1]?.text ?? "") && /^the$/i.test(words[s.start - 2]?.text ?? "")) s.typeIndex = PERSON;
    // ... and one whose son, wife or mother the text names: "Washington's son, John David Washington".
    else if (s.typeIndex !== PERSON && /^['’]s$/.test(words[s.end]?.text ?? "") && /^(?:son|daughter|wife|husband|mother|father|brother|sister|widow|widower|grandson|granddaughter|children|sons|daughters)$/.test(words[s.end + 1]?.text ?? "") && /^[,\s]*$/.test(words[s.end + 2]?.text ?? ",") && !isKnownOrganization(keyOf(words, s.start, s.end))) s.typeIndex = PERSON;
  }

  // 3it. "Washington said on Monday that it would impose tariffs": a listed place alone that speaks and
  // that "it" takes up in the words reported is a government or a side acting, not a person of the
  // name (the tagger calls it one where the text names George Washington). That mention only: the
  // same text may quote George Washington by surname.
  for (const s of spans) {
    if (SKIP.has("3it")) break;
    if (s.typeIndex !== PERSON || s.end - s.start !== 1 || !canAlternate(words[s.start]!.text) || isTitleOrRank(lowerBefore(words, s).replace(/\.$/, ""))) continue;
    let j = s.end;
    if (!SPEECH_AFTER.has(words[j]?.text ?? "")) continue;
    for (j++; j < words.length && j - s.end < 7 && !/^[,.;:!?"“”]$/.test(words[j]!.text) && words[j]!.text !== "it"; j++);
    if (words[j]?.text === "it" && AFTER_IT_WORDS.has(words[j + 1]?.text ?? "")) s.typeIndex = ORG;
  }

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
    if (NAME_HONORIFICS.has(before.replace(/\.$/, ""))) {
      honoured.add(words[s.start]!.text);
      // The word itself is a person's, though it names a country too: "Ms France, who was contesting
      // Dickson" (`3hc`; not a pageant's title, "Miss World").
      if (!SKIP.has("3hc") && s.typeIndex !== PERSON && !PAGEANTS.has(words[s.start]!.text)) s.typeIndex = PERSON;
    }
  }
  for (const s of spans) {
    if (!honoured.size || s.typeIndex === PERSON || s.end - s.start < 2 || s.end - s.start > 3 || !honoured.has(words[s.end - 1]!.text)) continue;
    const key = keyOf(words, s.start, s.end);
    if (isKnownOrganization(key) || isListedPlace(key) || canAlternate(key)) continue;
    // (The honoured surname may name a country or a city too: "Ali France ... Ms France"; `3hc`.)
    if (firstNameLed(words, s) || (!SKIP.has("3hc") && firstNameLed(words, { ...s, end: s.end - 1 }))) s.typeIndex = PERSON;
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
    const role = (x: string) => isTitleWord(x) || OCCUPATIONS.has(x) || PERSON_NOUNS.has(x) || x === "head";
    // ... or before it, after a possessive: "Its head, Suharyanto, told reporters" (`3ip`).
    // (Roles only a person holds: "Its architect, Arup," is a firm.)
    const before = !SKIP.has("3ip") && i >= 3 && words[i - 1]!.text === "," && /^(?:head|chief|director|leader|spokesman|spokeswoman|spokesperson|chairman|chairwoman|chairperson|president|founder|minister|secretary|governor|mayor|wife|husband|son|daughter|father|mother|brother|sister|coach|captain|manager|commander|editor|lawyer)$/.test(words[i - 2]!.text) && /^(?:its|his|her|their|whose)$/i.test(words[i - 3]!.text);
    if (!before && (!role(head) || !/^(?:of|at|for|,)$/.test(words[h + 1]?.text ?? ""))) continue;
    spans.push({ start: i, end: i + 1, typeIndex: PERSON, confidence: 0.5, scores: [0, 0, 0] });
    spans.sort((x, y) => x.start - y.start);
  }
  // 3ib. "The PL's leader in the chamber of deputies, Sóstenes Cavalcante, mocked": a name of two or
  // three plain words set off by commas right after a phrase headed by a person's role is that
  // person (the apposition's other order; `3ib`).
  if (!SKIP.has("3ib")) rolePrecededPeople(words, spans);
  if (!SKIP.has("3np")) titledFirstNames(words, spans);
  if (!SKIP.has("3kin")) kinPeople(words, spans);
  // 3wh. "Kolin Burges, a software developer from London who had travelled", "Ana Ruiz, who owns":
  // a name of two or three plain words that a relative "who" describes is a person's, whatever the
  // tagger typed (bodies take "which"; teams, which take "who" too, only outside a match report).
  if (!SKIP.has("3wh") && !report) relativePeople(words, spans);
  // 3k. ... and one that gives a kind of body is an organisation: "bought the recordings from Shamrock
  // Capital, the investment firm said" (the tagger took "Capital" for a place's word).
  for (const s of spans) {
    if (SKIP.has("3k")) break;
    if (s.typeIndex === ORG) continue;
    const key = keyOf(words, s.start, s.end);
    const head = appositionHead(words, s.end, true);
    if (head === undefined || !BODY_NOUNS.has(head) || canAlternate(key) || isKnownPerson(key)) continue;
    // (A head that names a person's trade as well leaves a first name and surname a person: "Mohamed
    // Bouzid, a crane operator,"; not "Shamrock Capital, the investment operator"; 3kp.)
    if (!SKIP.has("3kp") && s.typeIndex === PERSON && PERSON_TOO.has(head) && s.end - s.start >= 2 && firstNameLed(words, s)) continue;
    s.typeIndex = ORG;
  }

  // 3ku: a body the tagger left out before an apposition that gives its kind.
  if (!SKIP.has("3ku")) appositionBodies(words, starts, spans);

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
    // ... and so is a "person" named "<word> House" whose first word is no first name: "Parliament
    // House", "Government House" (3dh).
    if (s.typeIndex === PERSON && s.end - s.start === 2 && last === "House" && !SKIP.has("3dh") && !(gazFlags(first, first.toLowerCase()) & GAZ.firstName)) { s.typeIndex = PLACE; continue; }
    if (s.typeIndex !== ORG || s.end - s.start < 2) continue;
    // (A court's circuit is a body: "the Second Circuit", "the Federal Circuit".)
    // (A body named for what it oversees is a body: "the Department of Buildings".)
    if (FACILITIES.has(last.toLowerCase()) && !(last === "Circuit" && COURT_CIRCUITS.test(first)) && !(words[s.start + 1]?.text === "of" && BODY_FIRSTS.has(first))) s.typeIndex = PLACE;
  }

  // 3sc. "Lincoln Elementary", "the Royal Academy": a name ending in a school's word is a school,
  // whatever the tagger typed (`3sc`).
  if (!SKIP.has("3sc")) schoolNames(words, spans);
  // 3oe. A name of two words or more ending in a word only bodies end in is an organisation, not a
  // place: "the Korean Public Service and Transport Workers' Union", "Rocket Lab" (in the training
  // data every such name is; "Union" only after a members' word: not "the Soviet Union").
  for (const s of spans) {
    if (SKIP.has("3oe")) break;
    if (s.typeIndex !== PLACE || s.end - s.start < 2) continue;
    const last = words[s.end - 1]!.text;
    if (BODY_ENDS.has(last) || (last === "Union" && words.slice(s.start, s.end - 1).some((w) => /(?:ers|ees)['’]?$/.test(w.text)))) s.typeIndex = ORG;
    // ... and so do members' plurals: "the Rotterdam Stevedoring Employers", "Almond Growers" (3ag).
    else if (!SKIP.has("3ag") && MEMBERS_PLURALS.has(last.replace(/['’]$/, ""))) s.typeIndex = ORG;
  }
  // 4. A place the tagger did not find on the lists that is the subject of a verb is an
  // organisation: mostly companies and groups it did not know ("Scientology has"). A listed country
  // or city stays a place (4b).
  for (const s of spans) {
    if (SKIP.has("4")) break;
    // (Not a site: "Crowds lining Parliament Square cheered", 4s.)
    const site = !SKIP.has("4s") && s.end - s.start >= 2 && FACILITIES.has(words[s.end - 1]!.text.toLowerCase());
    // (Nor the place of a "-based" compound, whose next word is the noun it qualifies: "Seoul-based
    // electronics maker"; 4tr.)
    const compound = !SKIP.has("4tr") && s.trim !== undefined;
    // (Nor a natural feature named by its kind: "the southern Great Barrier Reef have suffered" is
    // the reefs' verb; `4nf`.)
    const feature = !SKIP.has("4nf") && s.end - s.start >= 2 && NATURAL_FEATURES.has(words[s.end - 1]!.text);
    if (s.typeIndex === PLACE && !site && !compound && !feature && s.end < words.length && isVerbLike(words[s.end]!.text) && !NOT_BEFORE_SUBJECT.has(governor(words, spans, s)) && !canAlternate(keyOf(words, s.start, s.end))) {
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

  // 4d. "in Exeter, Devon", "located in Brooklyn, New York" (places.ts).
  // 4lp. "of Rio Grande do Sul" tagged up to "Rio Grande": a listed place over a particle (places.ts).
  if (!SKIP.has("4lp")) particlePlaceTails(words, spans);
  if (!SKIP.has("4d")) placeRegions(words, spans);

  // 4ds. "Austin, Texas,", "Lyme Regis, Dorset.": a name before a comma and a listed country or region
  // that closes the phrase is a place, though it is also a famous surname or a first name.
  for (let k = 0; k + 1 < spans.length && !SKIP.has("4ds"); k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    if (a.typeIndex === PLACE || a.end - a.start > 2 || b.start !== a.end + 1 || words[a.end]!.text !== "," || !isCountryOrRegion(keyOf(words, b.start, b.end))) continue;
    // (Not inside a list of names: "Gentle Giant, Kansas, Tangerine Dream" are bands.)
    const after = words[b.end]?.text ?? ".";
    if (!/^[,.;:)]$/.test(after) || (after === "," && /^\p{Lu}/u.test(words[b.end + 1]?.text ?? "")) || (a.typeIndex === PERSON && a.end - a.start === 2)) continue;
    a.typeIndex = PLACE;
  }
  // 0gr. "the Conti group", "the Wagner group": one unknown capitalised word between "the" and a
  // group's noun is the group.
  for (const s of spans) {
    if (SKIP.has("0gr") || s.typeIndex === ORG || s.end - s.start !== 1 || s.trim || lowerBefore(words, s) !== "the" || !GROUP_NOUNS.has(words[s.end]?.text ?? "")) continue;
    const w = words[s.start]!.text;
    if (isListedPlace(w) || isNationalityAdjective(w) || gazFlags(w, w.toLowerCase()) & (GAZ.dictCommon | GAZ.firstName)) continue;
    s.typeIndex = ORG;
  }
  // 0ap. "Bordeaux–Mérignac Airport", "Nice Côte d'Azur Airport": an airport's city before it (places.ts).
  if (!SKIP.has("0ap")) airportCities(words, spans);
  // 0vo. "the Autódromo José Carlos Pace": a venue's word of another language before a name (places.ts).
  if (!SKIP.has("0vo")) venueOpeners(words, spans);
  // 4rm. "the Kingdom of Benin", "the Shire of Waroona": a realm's word, "of" and its name (places.ts).
  if (!SKIP.has("4rm")) realmsOf(words, spans);
  // 4mv. "captured the city of Goma": an untagged capitalised run after a settlement's noun and "of" (places.ts).
  if (!SKIP.has("4mv")) settlementsOf(words, spans);
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
      // (A country the text names only by its possessive before players' full names gives where they
      // are from: "beat Norway's Henrik Solberg" in a tennis report, as "Kenya's Faith Wanjiru"; not a
      // side the report names otherwise, "Sweden defeated South Korea ... Korea's Kim Shin-wook"; `4cp`.)
      if (!SKIP.has("4cp") && originOnly(words, spans, key)) continue;
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
  // 4cc. "Toronto goaltender Jakub Novotný", "Toronto fought back" in a text that names the club in
  // full: the city that plays, has players or acts is its club; "in Toronto" stays the city (`4cc`).
  if (!SKIP.has("4cc")) cityClubs(words, spans);

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
  // 5ja. "the Maritime and Coastguard Agency": a plain word, "and" and an agency are one body (function below).
  if (!SKIP.has("5ja")) agencyPairs(words, spans);
  if (!SKIP.has("5jf")) fieldBodies(words, spans);
  if (!SKIP.has("3bk")) bankNames(words, spans);

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
  if (!SKIP.has("5pb")) placeLedBodies(words, spans);

  // 5fc. "Food Standards Australia New Zealand": an organisation ending in a country goes on over a
  // second country (function below).
  if (!SKIP.has("5fc")) countryPairs(words, spans);
  // 0oc. "The Minerals Council South Africa, which": a body's word and a country after it (bodies.ts).
  if (!SKIP.has("0oc")) countrySuffixedBodies(words, spans);
  // 0ld. "the Congress-led United Democratic Front": a body named elsewhere before "-led" (bodies.ts).
  if (!SKIP.has("0ld")) ledCompounds(words, spans);
  // 0cbo. "a 3-0 win at Real Valladolid": a club's word of another language opens a club (bodies.ts).
  if (!SKIP.has("0cbo")) clubOpeners(words, spans);
  // 0kab. "the central bank, commonly known as Banxico": the name a body is known by (bodies.ts).
  if (!SKIP.has("0kab")) knownAsBodies(words, spans);

  // 5g. "General Assembly of the United Nations", "Government of the Republic of Albania": a name
  // ending in an organisation or place head word, "of" ("of the") and another name are one name of
  // the first one's type (function below).
  if (!SKIP.has("5g")) ofJoins(words, spans);

  // 5h. "Joint Council for the Welfare of Immigrants", "Union of Rationalist Atheists and
  // Agnostics": an organisation ending in an organisation word goes on through "for"/"of" (and "the")
  // over capitalised words the tagger left out. In the training data 175 names go on so, and 1 stops
  // at such a head word before untagged capitalised words ("City of Festivals", a nickname).
  if (!SKIP.has("5h")) orgTails(words, spans);
  // 5ct. "the United States District Court for the Western District of Wisconsin" (bodies.ts).
  if (!SKIP.has("5ct")) courtDistricts(words, spans);
  // 5cx. "the Brisbane Convention and Exhibition Centre": a place, words, "and" and a venue (bodies.ts).
  if (!SKIP.has("5cx")) venuesOverAnd(words, spans);
  // 0thp, 0ppl, 0rl, 0fa, 0sk, 0fr, 0bh, 0bon, 0baj: bodies' names cut in pieces or read as something
  // else made whole (body-joins.ts).
  bodyJoins(words, spans);
  // ... and an acronym in brackets after a name that step made whole ("Union of Rationalist
  // Atheists and Agnostics (UAAR)", 5ha).
  if (!SKIP.has("5") && !SKIP.has("5ha")) { acronymsAfter(words, spans); spans.sort((x, y) => x.start - y.start); }

  // 6 and 6h: missed occurrences and institutions' head words alone (functions below).
  const added = missedOccurrences(words, sentStart, spans, personParts, firstWords);
  let out = added.length ? [...spans, ...added].sort((x, y) => x.start - y.start) : spans;
  if (!SKIP.has("6cf")) out = couplesBodies(words, out);
  if (!SKIP.has("6to")) out = titleOffices(words, out);
  if (!SKIP.has("6ob")) out = ownedBusinesses(words, out);
  if (!SKIP.has("6cb")) out = countryBodies(words, out);
  if (!SKIP.has("6uc")) out = campusNames(words, out);
  if (!SKIP.has("6mt")) out = memberSeats(words, out);
  if (!SKIP.has("6pn")) out = publicationNames(words, out);
  if (!SKIP.has("6cp")) countriesNotPeople(words, out);
  if (!SKIP.has("0sf")) sentenceFronts(words, sentStart, out);
  if (!SKIP.has("6amp")) out = conjunctionVariants(words, out);
  if (!SKIP.has("0ps")) particleSurnames(words, starts, out);
  if (!SKIP.has("5pd")) out = sharedPluralHeads(words, out);
  // 0cy. "in Co Kerry", "Co. Clare": the Irish abbreviation of "County" and the county's name are one
  // place (the tagger reads "Co" as a person's or a company's word).
  if (!SKIP.has("0cy")) out = irishCounties(words, out);
  if (!SKIP.has("6x")) out = wholeNames(words, out);
  // 6w, 6j, 0my: acronyms written as words, a first name found alone, Malaysian honorifics.
  if (!SKIP.has("6w")) out = wordAcronyms(words, out);
  if (!SKIP.has("6j")) out = firstNameFronts(words, starts, out);
  if (!SKIP.has("0my")) out = honorificWords(words, out);
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
  if (!SKIP.has("0pos")) out = positionLedPeople(words, sentStart, out);
  if (!SKIP.has("0jp")) out = joinedParticleNames(words, out);
  if (!SKIP.has("0ot")) out = bodyWordRunOns(words, out);
  if (!SKIP.has("4ws")) out = waterways(words, out);
  if (!SKIP.has("4cj")) out = joinedCountries(words, out);
  if (!SKIP.has("4nf")) out = foreignNatureNames(words, out);
  if (!SKIP.has("0pw")) out = positionedPeople(words, out);
  if (!SKIP.has("0fsn")) out = firstNameSurnames(words, out);
  if (!SKIP.has("0pbr")) out = postNominals(words, out);
  if (!SKIP.has("0ho")) out = honorificOnly(words, out);
  if (!SKIP.has("4pst")) placesBeforePosts(words, out);
  if (!SKIP.has("0rk")) leadingRanks(words, out);
  if (!SKIP.has("4nk")) out = clubNicknames(words, out, report);
  // 0ea. "Daily et al.", "Binderman et al., 2005": the names a citation gives before "et al." are
  // authors, people (GUM types them so; a company's form keeps a body a body: "Acme Inc. et al.").
  for (const s of out) {
    if (SKIP.has("0ea") || s.typeIndex === PERSON || words[s.end]?.text !== "et" || !/^al\.?$/.test(words[s.end + 1]?.text ?? "")) continue;
    const last = words[s.end - 1]!.text === "." && s.end - s.start > 1 ? words[s.end - 2]!.text : words[s.end - 1]!.text;
    if (COMPANY_FORMS_END.test(last) || (s.end - s.start > 1 && gazFlags(last, last.toLowerCase()) & GAZ.orgSuffix)) continue;
    s.typeIndex = PERSON;
  }
  // 0am. "protect the Amazon and Borneo", "deforestation in the Amazon has": after "the", the
  // company's name is the river and its forest (the company is "Amazon", "the Amazon founder").
  for (const s of out) {
    if (SKIP.has("0am") || s.typeIndex === PLACE || s.end - s.start !== 1 || !REGION_SENSES.has(words[s.start]!.text) || lowerBefore(words, s) !== "the") continue;
    // (Only before punctuation, a function word, a verb or a forest's noun: any other noun after it
    // is the company's, "the Amazon strike", "the Amazon depot at Rugeley".)
    const next = words[s.end]?.text ?? ".";
    if (/^\p{L}/u.test(next) && !PLACE_NOUNS_AFTER.has(next) && !STOP_WORDS.has(next) && !isVerbLike(next)) continue;
    s.typeIndex = PLACE;
  }
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

const APPOSITION_OPENERS = new Set(["the", "a", "an", "its", "his", "her", "their"]);
/** Steps 2f, 2o, 2t and 2p of `harmonise`. */
function placesAndBodiesNamedLikePeople(words: Word[], spans: TaggedSpan[], personParts: ReadonlySet<string>, titled: ReadonlySet<string>, firstWords: ReadonlySet<string>): void {
  // 2f. "Kruger National Park ... Kruger is home to most of them": a lone one-word "person" the text
  // never introduces as one, which is the first word of a longer place or organisation named in the
  // text, is that place or organisation (the linker then joins them).
  if (!SKIP.has("2f")) {
    const fronts = new Map<string, number>();
    for (const s of spans) if (s.end - s.start >= 2 && s.typeIndex !== PERSON) fronts.set(words[s.start]!.text, s.typeIndex);
    for (const s of spans) {
      if (s.typeIndex !== PERSON || s.end - s.start !== 1) continue;
      const key = words[s.start]!.text, type = fronts.get(key);
      // (Nor the first word of someone's full name: "Shahd Mansour ... Three years ago Shahd was"; `2fw`.)
      if (type === undefined || personParts.has(key) || titled.has(key) || isKnownPerson(key) || isGroupPlural(key) || (!SKIP.has("2fw") && firstWords.has(key))) continue;
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
    // (Nor with no other mention at all, when nothing in the text makes it a person: "He said
    // Washington would keep the pressure on"; not a famous or listed surname, or a name
    // after an honorific; `2pa`.)
    else if (!SKIP.has("2pa") && isListedPlace(key) && !personParts.has(key) && !titled.has(key) && !isKnownPerson(key) && !(gazFlags(key, key.toLowerCase()) & GAZ.surname) && !spans.some((t) => t !== s && keyOf(words, t.start, t.end) === key)) s.typeIndex = PLACE;
  }
}

/** ", the group's Kenya director," after word index i: an apposition whose head is a title word. */
function rolledApposition(words: Word[], i: number): boolean {
  const head = appositionHead(words, i, false);
  return head !== undefined && (isTitleWord(head) || OCCUPATIONS.has(head) || PERSON_NOUNS.has(head));
}

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
    // (A relative clause ends it too: ", the state-owned power company that operates ...".)
    if (/^[,.;]$/.test(w) || (orSpeech && SAYS.has(w)) || APPOSITION_PREPOSITIONS.has(w) || (k > j && /^(?:that|which|whose)$/.test(w))) {
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

/** Prepositions before a place only (3loc): not "to", "from" or "at", which take people and bodies too. */
const STRICT_LOCATIVE = /^(?:in|near|through|throughout|across|around)$/;
/** Nouns after a place's name that it modifies: "a Houston museum", "the Paris police" (3ps). */
const PLACE_MODIFIED = new Set(["museum", "hospital", "airport", "suburb", "police", "council", "mayor", "court", "university", "station", "area", "region", "office", "offices", "headquarters", "skyline", "residents", "streets", "metro", "port", "zoo", "stadium", "arena", "cathedral", "district", "county", "city", "home", "apartment", "hotel"]);
/** Whether the text uses a name as a place or a team (3ps): see the step. */
function placeUses(words: Word[], spans: TaggedSpan[], key: string): boolean {
  for (const t of spans) if (t.end - t.start === 1 && words[t.start]!.text === key && t.typeIndex === ORG) return true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.text;
    if (w.startsWith(key + "-")) return true;
    if (w !== key) continue;
    const prev = words[i - 1]?.text ?? "", next = words[i + 1]?.text ?? "", after = words[i + 2]?.text ?? "";
    if (LOCATIVE.has(prev.toLowerCase())) return true;
    if (next === "," && isCountryOrRegion(after)) return true;
    if (/^['’]s$/.test(next) && isCapitalised(after)) return true;
    if (PLACE_MODIFIED.has(next.toLowerCase())) return true;
    // (A team takes a plural verb: "Coventry were held 1-1", "Lyon are".)
    if (/^(?:are|were|have|remain)$/.test(next)) return true;
    if (/^(?:and|or)$/.test(next) && isListedPlace(after)) return true;
    if (/^(?:and|or)$/.test(prev) && isListedPlace(words[i - 2]?.text ?? "")) return true;
  }
  return false;
}
/**
 * A person's mark right after a name ending at word i: ", 58,", ", who", or a speech verb with a
 * quotation or a "he"/"she" after it ("Paris said after the match that he"; not "Washington said the
 * sanctions would stay", a capital speaking for its government).
 */
function personEvidence(words: Word[], i: number): boolean {
  const next = words[i]?.text ?? "", after = words[i + 1]?.text ?? "";
  if (next === "," && ((/^\d{1,3}$/.test(after) && words[i + 2]?.text === ",") || after === "who")) return true;
  // (Or an apposition headed by a person's noun: "Coventry, a former Olympic swimming champion,".)
  if (next === "," && (rolledApposition(words, i) || appositionHead(words, i, false) === "champion")) return true;
  if (!/^(?:said|says|told|added|explained|insisted|admitted|recalled|replied|wrote)$/.test(next)) return false;
  if (/^[:"“]$/.test(after)) return true;
  for (let k = i + 1; k < words.length && k <= i + 10 && !/^[.;!?]$/.test(words[k]!.text); k++) if (/^(?:he|she|his|her|him)$/i.test(words[k]!.text)) return true;
  return false;
}

/** Plural members' nouns that end a body's name (3ag): "Farmers", not "Towers". */
const MEMBERS_PLURALS = new Set(["Employers", "Workers", "Producers", "Growers", "Manufacturers", "Exporters", "Importers", "Farmers", "Teachers", "Nurses", "Engineers", "Doctors", "Physicians", "Surgeons", "Lawyers", "Journalists", "Pilots", "Retailers", "Publishers", "Broadcasters", "Builders", "Traders", "Dealers", "Suppliers", "Shipowners", "Owners", "Investors", "Writers", "Musicians", "Actors"]);

const PLACE_NOUNS_AFTER = new Set(["rainforest", "rainforests", "river", "basin", "region", "jungle", "forest", "forests", "delta", "estuary", "biome", "frontier"]);

/** Body nouns that are people's trades too ("a crane operator", "a cheese maker", "a mail carrier"). */
const PERSON_TOO = new Set(["operator", "maker", "carrier", "publisher", "broadcaster"]);

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
    // ... or after a team's or a company's head in lower case, after its name: "Barcelona coach Hansi
    // Flick", "Tesla boss Elon Musk" (0uc; the tagger loses names that are also words, "Flick").
    const headed = !SKIP.has("0uc") && i > 0 && TEAM_HEADS.has(t) && /^\p{Lu}/u.test(words[i - 1]!.text);
    if (!(titled || honorific || headed || (!SKIP.has("0uo") && OCCUPATIONS.has(t))) || covered[i + 1]) continue;
    // "Governor JB Pritzker" with only "Pritzker" tagged: initials in capitals join the name after them,
    // a person's (0ui).
    const after = spans.find((x) => x.start === i + 2);
    if (!SKIP.has("0ui") && after && after.end - after.start === 1 && /^(?:\p{Lu}{1,3}|(?:\p{Lu}\.){1,3})$/u.test(words[i + 1]!.text)) {
      after.start = i + 1;
      after.typeIndex = PERSON;
      covered[i + 1] = 1;
      continue;
    }
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

/** Heads of a team or a company after its name, before theirs: "Chelsea boss Enzo Maresca" (step 0uc). */
const TEAM_HEADS = new Set(["coach", "manager", "captain", "skipper", "boss"]);

/** Collective nouns whose possessive stands inside a name. */


/** Honorifics that only ever stand before a person's name (not "Lady", "Father": "Lady Gaga", "Father Christmas" are names of their own). */
const NAME_HONORIFICS = new Set(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Mme", "Mlle", "Herr", "Sheikh", "Rabbi", "Imam", "Ayatollah"]);
const PAGEANTS = new Set(["World", "Universe", "Earth", "International"]);

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
      // (Not a team's plural before its staff's lower-case noun and a name: "Dodgers manager Dave
      // Roberts"; `0scs`.)
      const staff = !SKIP.has("0scs") && /s$/.test(first) && !/(?:ists|ians|als|ites)$/.test(first) && STAFF_NOUNS.test(next) && spans.some((t) => t.typeIndex === PERSON && t.start === s.end + 1);
      if (common && !staff && !(f & (GAZ.firstName | GAZ.surname | GAZ.nationality)) && !PARTY_ADJECTIVES.has(first) && (isTitleWord(next.toLowerCase()) || (/s$/.test(first) && /^(?:are|were|have|say|said)$/.test(next)))) continue;
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
    // (Not the subject of a clause about the thing: "the yacht Abramovich bought"; `0gs`.)
    // (A capitalised kind is the name's title, "Hurricane Delphine slammed ashore", not a clause's object.)
    const kindBefore = THING_KINDS.has(lowerBefore(words, s)) && (SKIP.has("0gs") || /^\p{Lu}/u.test(words[s.start - 1]!.text) || !subjectAfterKind(words, s, spans, PERSON));
    if (from > s.start || kindBefore || appositive || (!SKIP.has("0gd") && definedAsThing(words, s)) || (!SKIP.has("0gk") && knownAsThing(words, s))) things.add(keyOf(words, from, s.end));
  }
  // (The names 0gw finds match whole names only: "Typhoon Yagi" is no "Kenji Yagi".)
  const exact = new Set<string>();
  if (!SKIP.has("0gw")) kindNamedWords(words, spans, exact);
  if (!things.size && !exact.size) return;
  for (let k = spans.length - 1; k >= 0; k--) {
    const s = spans[k]!;
    // ... also with a prefix the tagger took for a first name or initials ("T C Phailin").
    if (things.has(keyOf(words, s.start, s.end)) || things.has(keyOf(words, nameFrom(s), s.end)) || things.has(words[s.end - 1]!.text) || exact.has(keyOf(words, s.start, s.end))) spans.splice(k, 1);
  }
}

/**
 * Step 0gw: "Cyclone Chido hit Mayotte", where the tagger found no name after the storm's title: the
 * capitalised word after a capitalised storm word is the storm's name all the same (its later mentions
 * alone, "Chido passed over Mayotte", are the storm). And a launch vehicle spelled out with its acronym,
 * "the Polar Satellite Launch Vehicle (PSLV)", is a vehicle, as is the acronym wherever it stands.
 */
function kindNamedWords(words: Word[], spans: TaggedSpan[], names: Set<string>): void {
  for (let i = 0; i + 1 < words.length; i++) {
    if (/^(?:Cyclone|Hurricane|Typhoon|Storm|Tropical)$/.test(words[i]!.text) && /^\p{Lu}\p{Ll}+$/u.test(words[i + 1]!.text) && !spans.some((t) => t.start <= i + 1 && t.end > i + 1 && t.start > i) && !isListedPlace(words[i + 1]!.text) && !(gazFlags(words[i + 1]!.text, words[i + 1]!.text.toLowerCase()) & (GAZ.dictCommon | GAZ.orgSuffix | GAZ.placeSuffix))) names.add(words[i + 1]!.text);
  }
  for (let i = 1; i + 3 < words.length; i++) {
    if (!/^(?:Vehicle|Rocket|Launcher|Missile)$/.test(words[i]!.text) || !/^\p{Lu}/u.test(words[i - 1]!.text) || words[i + 1]!.text !== "(" || words[i + 3]!.text !== ")" || !/^\p{Lu}{2,6}$/u.test(words[i + 2]!.text)) continue;
    names.add(words[i + 2]!.text);
    const s = spans.find((t) => t.end === i + 1);
    if (s) names.add(keyOf(words, s.start, s.end));
  }
}

/** Words in capitals the text writes in brackets ("(MR)"), kept with the words (7ta). */
const bracketedCache = new WeakMap<Word[], Set<string>>();
function bracketedAcronyms(words: Word[]): Set<string> {
  let set = bracketedCache.get(words);
  if (!set) {
    set = new Set();
    for (let i = 1; i + 1 < words.length; i++) if (words[i - 1]!.text === "(" && words[i + 1]!.text === ")" && /^\p{Lu}{2,3}$/u.test(words[i]!.text)) set.add(words[i]!.text);
    bracketedCache.set(words, set);
  }
  return set;
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
  // "The S&P 500 was little changed", "the FTSE 100": a stock market index is no body (7ix).
  if (!SKIP.has("7ix") && MARKET_INDEX.test(keyOf(words, s.start, s.end))) return true;
  // "won four Oscars", "the COP29 climate summit": awards and summits by their short names (7aw).
  if (!SKIP.has("7aw") && (AWARDS.has(keyOf(words, s.start, s.end)) || /^COP\d+$/.test(keyOf(words, s.start, s.end)))) return true;
  // "Sen. Ted Cruz, R-Texas,", "(D-N.Y.)": an American legislator's party and state (7ps).
  if (!SKIP.has("7ps") && /^[RDI]-\p{Lu}/u.test(words[s.start]!.text) && s.start > 0 && /^[,(]$/.test(words[s.start - 1]!.text)) return true;
  // "the New Zealander said", "the Dutchman": a person by nationality, no name (7dn).
  if (!SKIP.has("7dn") && demonymNationality(words[s.end - 1]!.text) && s.end - s.start <= 2 && (s.end - s.start === 1 || words[s.start]!.text === "New") && /^the$/i.test(words[s.start - 1]?.text ?? "")) return true;
  if (s.end - s.start !== 1) return s.end <= s.start;
  // "US$ 10 billion", "HK$5": a currency's prefix, not the country (7cu).
  if (!SKIP.has("7cu") && s.end < words.length && words[s.end]!.text.startsWith("$") && words[s.end]!.start === words[s.start]!.end) return true;
  // The genus of a Latin species name: "Formica fusca", "Beauveria bassiana" (a lower-case epithet
  // that is no English word).
  if (!SKIP.has("7l") && s.end < words.length && isEpithet(words[s.end]!.text)) return true;
  const w = words[s.start]!.text, lower = w.toLowerCase().replace(/\.$/, "");
  // (Not an acronym in capitals in brackets, "the Reformist Movement (MR)", nor one the text brackets
  // so elsewhere: "the MR"; `7ta`.)
  const bracketedCaps = !SKIP.has("7ta") && /^\p{Lu}{2,3}$/u.test(w) && bracketedAcronyms(words).has(w);
  if (!SKIP.has("7t") && !bracketedCaps && (isTitleOrRank(lower) || (lower.endsWith("s") && isTitleOrRank(lower.slice(0, -1))))) return true;
  // (Nor a feast or a holiday: "the Easter recess", "before Christmas"; `7h`; nor an indefinite pronoun
  // opening a quotation: '"Nobody has told me no."')
  if (!SKIP.has("7h") && (HOLIDAYS.has(w) || /^(?:Nobody|Everybody|Somebody|Anybody|Everyone|Someone|Anyone|Nothing|Everything|Something|Anything|Nowhere|Everywhere)$/.test(w))) return true;
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

/** Words that open a title phrase without being titles: "District Attorney" (not "Police": "Greater Manchester Police Chief Constable ..."). */
// (And a rank's first word: "Queensland Police Senior Sergeant Tanya Whitfield", "SES Deputy Commissioner".)
const TITLE_LEADS = new Set(["District", "Senior", "Deputy", "Detective", "Acting", "Assistant", "Chief", "Principal"]);
/** A person's name loses the honours and ranks after it: "Paul Davison QC" -> "Paul Davison" (0pn). */
function stripPostNominals(words: Word[], s: TaggedSpan): void {
  while (s.typeIndex === PERSON && s.end - s.start >= 3 && POST_NOMINALS.has(words[s.end - 1]!.text.replace(/\.$/, ""))) s.end--;
}
/** Titles of members of a party or a parliament, written after the party: "a Labour MP" (0co). */
const MEMBER_TITLES = new Set(["MP", "MPs", "MSP", "MSPs", "MEP", "MEPs", "MLA", "MLAs", "TD", "TDs", "MK", "councillor", "councillors", "peer", "peers", "senator", "senators", "lawmaker", "lawmakers", "backbencher", "backbenchers", "minister", "ministers", "leader"]);
/** What a person leads, after the leader's surname (3e). */
const LED_BY = new Set(["government", "administration", "presidency", "cabinet", "regime"]);
/** A member's letters after the place they represent: "the Kikuyu MP". */
const MEMBER_LETTERS = new Set(["mp", "mla", "mep", "msp", "mpp", "td"]);
/** Nouns for a member of a party, after the place they represent ("a West Virginia Democrat"). */
const PARTY_MEMBERS = new Set(["republican", "democrat", "conservative", "tory", "liberal", "socialist", "independent"]);
const TRAILING_TITLES = new Set(["president", "governor", "mayor", "minister", "secretary", "senator", "sheriff", "chancellor", "ambassador", "premier", "king", "queen", "prince", "princess", "commissioner", "judge", "congressman", "congresswoman", "councillor", "councilor", "coach", "chairman", "spokesman", "spokeswoman", "ceo", "leader", "consul", "envoy"]);
/** Diseases named after a person, written "<name>'s" (step 0ed). */
const EPONYMOUS_DISEASES = new Set(["Alzheimer", "Parkinson", "Huntington", "Crohn", "Tourette", "Asperger", "Hodgkin", "Addison", "Raynaud", "Cushing", "Graves"]);
/** Step 0ed (see above). */
function eponymousDiseases(words: Word[], spans: TaggedSpan[]): void {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!EPONYMOUS_DISEASES.has(words[i]!.text) || !/^['’]s$/.test(words[i + 1]!.text)) continue;
    // (Not the person: "Michael Parkinson's show" has a first name before.)
    if (spans.some((t) => t.start < i && t.end > i)) continue;
    let e = i + 2;
    while (e < words.length && e - i < 5 && /^\p{Lu}/u.test(words[e]!.text)) e++;
    const inside = spans.filter((t) => t.start < e && t.end > i);
    if (inside.some((t) => t.start < i || t.end > e)) continue;
    for (const t of inside) spans.splice(spans.indexOf(t), 1);
    if (e > i + 2) spans.push({ start: i, end: e, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0], cued: true });
  }
  spans.sort((x, y) => x.start - y.start);
}

/** Step 0hl (see above). */
function headlineSpans(words: Word[], sentStart: number[], spans: TaggedSpan[]): void {
  const end = sentStart[1] ?? words.length;
  // (Title case leaves short function words in lower case: "Collingwood Stun Carlton in Front of 90,000 at the MCG".)
  const letters = words.slice(0, end).filter((w) => /^\p{L}/u.test(w.text) && !/^(?:in|of|at|the|a|an|and|or|for|to|on|by|with|as|from|over|after|but|vs)$/.test(w.text));
  if (letters.length < 3 || end > 18 || words[end - 1]!.text === "." || end >= words.length) return;
  // Title case: most words capitalised, ordinary words among them.
  const capitalised = letters.filter((w) => /^\p{Lu}/u.test(w.text));
  const ordinary = capitalised.filter((w, i) => i > 0 && (gazFlags(w.text, w.text.toLowerCase()) & GAZ.dictCommon) !== 0 && !isListedPlace(w.text));
  if (capitalised.length < letters.length * 0.7 || ordinary.length < 2) return;
  const body = new Map<string, number>();
  for (const t of spans) {
    if (t.start < end) continue;
    body.set(keyOf(words, t.start, t.end), t.typeIndex);
    if (t.typeIndex === PERSON && t.end - t.start >= 2) body.set(words[t.end - 1]!.text, PERSON);
    if (t.typeIndex === ORG && t.end - t.start >= 2) body.set(words[t.start]!.text, ORG);
  }
  for (let k = spans.length - 1; k >= 0; k--) {
    const t = spans[k]!;
    if (t.start >= end || t.end - t.start < 2 || body.has(keyOf(words, t.start, t.end))) continue;
    const pieces: TaggedSpan[] = [];
    for (let i = t.start; i < t.end; ) {
      let j = t.end;
      while (j > i && !body.has(keyOf(words, i, j))) j--;
      if (j === i) { i++; continue; }
      pieces.push({ ...t, start: i, end: j, typeIndex: body.get(keyOf(words, i, j))! });
      i = j;
    }
    // (A name whose parts the body names apart stays whole: "New Zealand Parliament".)
    const covered = pieces.reduce((n, p) => n + p.end - p.start, 0);
    if (pieces.length && covered === t.end - t.start) continue;
    if (pieces.length) spans.splice(k, 1, ...pieces);
    // (Only words of a clause, with a verb in it: "Report Says", not "Associated Press".)
    else if (!isKnownOrganization(keyOf(words, t.start, t.end)) && words.slice(t.start, t.end).some((w) => /^\p{Lu}\p{Ll}+s$/u.test(w.text)) && words.slice(t.start, t.end).every((w) => (gazFlags(w.text, w.text.toLowerCase()) & GAZ.dictCommon) !== 0 && !isListedPlace(w.text))) spans.splice(k, 1);
  }
}

/** Step 0sc (see above). */
/** A team's staff after its plural name and before a person's (`0scs`): "Dodgers manager Dave Roberts"; not a group's members, "Loyalists leader". */
const STAFF_NOUNS = /^(?:manager|coach|captain|president|chairman|chairwoman|owner|boss|pitcher|striker|goalkeeper|quarterback|forward|defender)$/;
function dropOpeningCommonWords(words: Word[], sentStart: number[], spans: TaggedSpan[]): void {
  const starts = new Set(sentStart);
  // (A section heading's first word too, after its "==": `0hd`.)
  const headingOpen = (i: number) => { let j = i; while (j > 0 && words[j - 1]!.text === "=") j--; return j < i && starts.has(j); };
  const opening = (i: number) => starts.has(i) || (i > 0 && /^["“‘'(]$/.test(words[i - 1]!.text) && starts.has(i - 1)) || (!SKIP.has("0hd") && headingOpen(i));
  // (Also a singular one right after a quotation mark: '"Safety is our first priority," the company
  // said', '"Datasets that span twenty years are gold dust"'; `0qs`.)
  const quoteOpening = (i: number) => !SKIP.has("0qs") && i > 0 && /^["“]$/.test(words[i - 1]!.text) && starts.has(i - 1);
  // (Not before a verb an agent takes: '"Unite will ballot staff"', '"Bath were magnificent"'.)
  const agentVerb = (t: TaggedSpan) => /^(?:will|would|were|are|have|has|had|says|said|can|could|should|must|wants|plans)$/.test(words[t.end]?.text ?? "");
  const candidates = spans.filter((t) => t.end - t.start === 1 && opening(t.start) && (/^\p{Lu}\p{Ll}{2,}s$/u.test(words[t.start]!.text) || (quoteOpening(t.start) && /^\p{Lu}\p{Ll}{2,}$/u.test(words[t.start]!.text) && !agentVerb(t))));
  if (!candidates.length) return;
  const forms = new Set(candidates.map((t) => words[t.start]!.text));
  const insideCapitals = new Set<string>();
  for (let i = 1; i < words.length; i++) if (forms.has(words[i]!.text) && !opening(i)) insideCapitals.add(words[i]!.text);
  for (let k = spans.length - 1; k >= 0; k--) {
    const t = spans[k]!;
    const w = words[t.start]!.text;
    if (!candidates.includes(t) || insideCapitals.has(w)) continue;
    const lower = w.toLowerCase(), singular = lower.endsWith("s") ? lower.slice(0, -1) : lower;
    const f = gazFlags(w, lower);
    // (A surname too only before a plural verb: "Crews were pulled back", not "Crews said".)
    const plural = /^(?:are|were|have|do)$/.test(words[t.end]?.text ?? "");
    // (Not a body before its staff's noun and a person's name: "Dodgers manager Dave Roberts said"; `0scs`.)
    if (!SKIP.has("0scs") && !/(?:ists|ians|als|ites)$/.test(w) && STAFF_NOUNS.test(words[t.end]?.text ?? "") && spans.some((p) => p.typeIndex === PERSON && p.start === t.end + 1)) continue;
    if (!((f | gazFlags(singular, singular)) & GAZ.dictCommon) || f & (GAZ.country | GAZ.city | GAZ.nationality | GAZ.firstName) || (f & GAZ.surname && !plural) || isGroupPlural(w) || isKnownOrganization(w) || isListedPlace(w)) continue;
    spans.splice(k, 1);
  }
}

/** Last words of agencies' names that join a field before "and" (step 5ja). */
const AGENCY_ENDS = new Set(["Agency", "Administration", "Service", "Authority", "Commission", "Ombudsman", "Inspectorate", "Directorate", "Department", "Ministry", "Office", "Board", "Council", "Institute"]);
/** Lower-case nouns before "of" and a place's name (step 4mo). */
const PLACE_OF = new Set(["mayor", "mayors", "town", "city", "village", "municipality", "province", "region", "district", "county", "suburb", "suburbs", "outskirts", "residents", "streets", "centre", "center", "capital", "island", "commune", "borough", "parish", "prefecture", "state", "port", "hamlet", "township", "shire"]);

/** Lower-case nouns for a group named by the word before them (step 0gr). */
const GROUP_NOUNS = new Set(["group", "gang", "cartel", "militia", "network", "syndicate", "collective"]);
/** Titles of rulers before "of" and their realm: "the Chief of Akyem Abuakwa", "the Emir of Kano". */
const RULER_OF = new Set(["chief", "king", "queen", "emir", "sultan", "prince", "princess", "duke", "duchess", "earl", "maharaja", "raja", "omanhene", "oba", "kabaka"]);
/** Posts in a body before "of" and its name (step 4mb). */
const POST_OF = new Set(["chair", "chairman", "chairwoman", "chairperson", "president", "head", "director", "founder", "co-founder", "member", "members", "leader", "secretary", "spokesman", "spokeswoman", "spokesperson", "ceo", "treasurer", "coordinator", "organiser", "organizer", "convenor", "trustee", "patron", "manager", "executive"]);
/** Imperatives that open campaigns' names: "Save Shelford Fields", "Stop the War Coalition". */
const CAMPAIGN_VERBS = new Set(["Save", "Stop", "Protect", "Defend", "Keep", "Reclaim", "Free"]);

/** Words after which a name is not the subject of the next verb ("the consulate in Krakow would"). */
const NOT_BEFORE_SUBJECT = new Set(["in", "at", "from", "to", "of", "near", "across", "into", "onto", "on", "for", "by", "with", "within", "throughout", "around", "outside", "inside", "via", "through", "toward", "towards", "over", "under", "between", "against", "about", "without", "like", "than", "visit", "visited", "visiting", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your"]);
const AUXILIARIES = new Set(["has", "have", "had", "will", "would", "could", "should", "must", "can", "cannot", "may", "might", "says", "said", "did", "does", "wants", "won", "lost", "beat", "led", "made", "took", "gave", "sent", "struck", "hit", "began"]);
const NOT_VERBS = new Set(["is", "was", "as", "us", "its", "this", "thus", "plus", "has", "bus", "gas", "news", "times", "series", "species", "red", "bed", "need", "seed", "speed", "feed", "shed", "hundred", "united"]);

/** A lower-case word that is probably a finite verb ("said", "announced", "defeats"), judged by form. */
function isVerbLike(word: string): boolean {
  if (AUXILIARIES.has(word)) return true;
  if (NOT_VERBS.has(word) || !/^\p{Ll}+$/u.test(word) || word.length < 4) return false;
  return word.endsWith("ed") || (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is"));
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
    // (Or a body the text names so elsewhere: "Image: Corvane Therapeutics." after "developed by Corvane
    // Therapeutics, a biotechnology company"; `3cb`.)
    const named = !SKIP.has("3cb") && spans.some((t) => t !== tagged && t.typeIndex === ORG && keyOf(words, t.start, t.end) === key);
    // (Or a campaign's name: "Image: Save Aldbury Edge.")
    const org = isKnownOrganization(key) || (gazFlags(last, last.toLowerCase()) & GAZ.organization) !== 0 || bodyWords || named || (!SKIP.has("4sp") && key.includes(" ") && CAMPAIGN_FIRSTS.has(first));
    if (tagged) {
      // A credit is not a place: "Image: Huebi" tagged as a place is a person; nor a body's a person.
      // (A building stays one: "Image: Parliament House, Canberra.")
      if (tagged.typeIndex === PLACE && !canAlternate(key) && !FOREIGN_SITES_FIRST.has(first) && !(!SKIP.has("3dh") && key.includes(" ") && FACILITIES.has(last.toLowerCase()))) tagged.typeIndex = org ? ORG : PERSON;
      else if (tagged.typeIndex === PERSON && (bodyWords || named || FOREIGN_SITES_FIRST.has(first))) tagged.typeIndex = FOREIGN_SITES_FIRST.has(first) ? PLACE : ORG;
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
  // (Built when first asked: most runs have no neighbour.)
  let typeOfName: Map<string, number> | undefined;
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
      // (An ordinary word goes on only where it could sit in a list of places, after a comma: `5cw`.)
      const listable = !ordinary || (!SKIP.has("5cw") && j - i === 1 && i !== a && words[i - 1]!.text === ",");
      if (listable && !nationality && (j >= b || !isCapitalised(words[j]!.text))) {
        // Neighbour after: run, connector(s), name. Neighbour before: name, connector(s), run.
        let after = -1, before = -1;
        let x = j;
        while (x < b && CONNECTORS.has(words[x]!.text) && x - j < 2) x++;
        if (x > j && x < b) after = startsAt[x]!;
        let y = i;
        while (y > a && CONNECTORS.has(words[y - 1]!.text) && i - y < 2) y--;
        if (y < i) before = endsAt[y]!;
        // (A word that is also an ordinary one only between two places: "Paris, Nice, Lyon and
        // Marseille"; not at a sentence's start; `5cw`.)
        if (ordinary && (before !== PLACE || after !== PLACE || !/^\p{Lu}\p{Ll}+$/u.test(words[i]!.text) || MONTHS_AND_DAYS.has(words[i]!.text))) { i = j; continue; }
        let type = after >= 0 && before >= 0 && after !== before ? -1 : Math.max(after, before);
        // (A name the text tagged elsewhere keeps that type: "the mayor of Oberwilen, Ruth Gasser," is
        // the village named before, not a person listed with her; `5ck`.)
        if (type >= 0 && !SKIP.has("5ck")) {
          if (!typeOfName) { typeOfName = new Map(); for (const s of spans) if (!typeOfName.has(keyOf(words, s.start, s.end))) typeOfName.set(keyOf(words, s.start, s.end), s.typeIndex); }
          type = typeOfName.get(keyOf(words, i, j)) ?? type;
        }
        if (type >= 0) out.push({ start: i, end: j, typeIndex: type, confidence: 0.4, scores: [0, 0, 0] });
      }
      i = j;
    }
  }
  return out;
}

/** Words before a place that say it is one: "in Jordan", "flights to Jordan", "near Pickering". */
const PLACE_BEFORE = /^(?:in|into|to|from|near|across|throughout|within|outside|inside|towards|toward|via|around|visit|visited|visiting|visits|border|borders|bordering|neighbouring|neighboring)$/i;
/** Nouns after a country's possessive that make it the state: "Jordan's planning minister", "Jordan's government". */
const STATE_NOUNS = /^(?:government|minister|ministry|president|prime|king|queen|embassy|ambassador|army|military|capital|border|borders|economy|parliament|foreign|interior|planning|defence|defense|finance|health|education|state|national|largest|second-largest|population|people|citizens|monarchy|royal|armed|security|police|central|opposition|refugee|refugees)$/i;

/** The one-word place span is used as a place: after a locative word, or a country's possessive before a state's noun. */
function placeUse(words: Word[], s: TaggedSpan): boolean {
  if (PLACE_BEFORE.test(words[s.start - 1]?.text ?? "")) return true;
  return /^['’]s$/.test(words[s.end]?.text ?? "") && isCountry(words[s.start]!.text) && STATE_NOUNS.test(words[s.end + 1]?.text ?? "");
}

/** Feasts and holidays, never a person, a place or a body on their own. */
const HOLIDAYS = new Set(["Easter", "Christmas", "Xmas", "Ramadan", "Eid", "Diwali", "Hanukkah", "Chanukah", "Passover", "Thanksgiving", "Halloween", "Lent", "Advent", "Pentecost", "Whitsun", "Hogmanay", "Holi", "Navratri", "Vesak", "Purim", "Sukkot", "Shavuot", "Epiphany", "Candlemas", "Michaelmas"]);

/** Stock market indices, by name and number as markets reports write them. */
const MARKET_INDEX = /^(?:S ?& ?P(?: 500| 100| 400| 600)?|FTSE(?: 100| 250| 350| All-Share)?|Nikkei(?: 225)?|CAC 40|DAX(?: 40)?|(?:Euro )?Stoxx(?: 50| 600)?|ASX(?: 200)?|Nifty(?: 50)?|Russell 2000|Hang Seng(?: Index)?|Sensex|KOSPI|TOPIX|Dow Jones Industrial Average|Nasdaq Composite|Nasdaq 100|Shanghai Composite|S&P\/ASX 200|S&P\/TSX)$/;

/** Words of Malaysian, Indonesian and Brunei honorifics, which come before the name: "Datuk Seri", "Tan Sri", "Dato' Sri". */
const HONORIFIC_WORDS = new Set(["Datuk", "Dato", "Dato'", "Datin", "Seri", "Sri", "Tan", "Toh", "Puan", "Tun", "Tunku", "Pehin", "Haji", "Hajah"]);

/**
 * 0cm. "Council Member Denise Okafor of District G": a council member's title and district around a
 * name the tagger took in with them are no part of it; the name is a person's.
 */
function councilMemberNames(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (SKIP.has("0cm") || s.end - s.start < 3) continue;
    let a = s.start;
    if (/^(?:City|County|Town)$/.test(words[a]!.text)) a++;
    if (words[a]?.text === "Council" && /^(?:Member|member|Members)$/.test(words[a + 1]?.text ?? "")) a += 2;
    else if (/^(?:Councilmember|Councilwoman|Councilman|Councillor|Councilor|Alderman|Alderwoman|Alderperson|Supervisor|Assemblymember|Assemblyman|Assemblywoman|Selectman|Selectwoman)$/.test(words[a]?.text ?? "")) a += 1;
    else continue;
    let e = a;
    while (e < s.end && /^\p{Lu}/u.test(words[e]!.text) && words[e]!.text !== "of") e++;
    if (e - a < 2 || e - a > 4) continue;
    s.start = a;
    s.end = e;
    s.typeIndex = PERSON;
  }
}

/**
 * 0pa. "Democrat Alicia Moreland and Republican Grant Hollis": a party's member word before a person's
 * name with a known first name is no part of the name.
 */
function partyMemberWords(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (SKIP.has("0pa") || s.typeIndex !== PERSON || s.end - s.start < 3) continue;
    const first = words[s.start]!.text, next = words[s.start + 1]!.text;
    if (/^(?:Republican|Democrat|Conservative|Tory|Labour|Liberal|Socialist|Independent|Green)$/.test(first) && gazFlags(next, next.toLowerCase()) & GAZ.firstName) s.start++;
  }
}

/**
 * 3ku. ... and a capitalised word the tagger left out before such an apposition is a body of its
 * own: "Statkraft, the state-owned power company that operates several reservoirs," (no dictionary
 * word, first name or listed place; `3ku`).
 */
function appositionBodies(words: Word[], starts: ReadonlySet<number>, spans: TaggedSpan[]): void {
  const taken = new Uint8Array(words.length);
  for (const t of spans) taken.fill(1, t.start, t.end);
  let added3 = false;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!.text;
    if (taken[i] || !/^\p{Lu}[\p{L}\p{N}&'’.-]+$/u.test(w) || words[i + 1]!.text !== "," || (i > 0 && isCapitalised(words[i - 1]!.text) && !starts.has(i))) continue;
    const f = gazFlags(w, w.toLowerCase());
    if (f & (GAZ.dictCommon | GAZ.firstName | GAZ.title | GAZ.honorific | GAZ.nationality) || isListedPlace(w) || MONTHS_AND_DAYS.has(w) || DETERMINERS.has(w.toLowerCase())) continue;
    const head = appositionHead(words, i + 1, true);
    if (head === undefined || !BODY_NOUNS.has(head) || PERSON_TOO.has(head)) continue;
    spans.push({ start: i, end: i + 1, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0], cued: true });
    added3 = true;
  }
  if (added3) spans.sort((x, y) => x.start - y.start);
}

/**
 * 6w. "The Federal Emergency Management Agency ... Fema later confirmed": an acronym of a body's name
 * the text writes as a word, as British papers do ("Uefa", "Unicef"), or in capitals, is that body.
 */
function wordAcronyms(words: Word[], out: TaggedSpan[]): TaggedSpan[] {
  const acronyms = new Set<string>();
  for (const t of out) {
    if (t.typeIndex !== ORG || t.end - t.start < 3) continue;
    const letters = words.slice(t.start, t.end).filter((w) => /^\p{Lu}/u.test(w.text)).map((w) => w.text[0]).join("");
    if (letters.length >= 3 && letters.length <= 6) acronyms.add(letters);
  }
  if (acronyms.size) {
    const taken = new Uint8Array(words.length);
    for (const t of out) taken.fill(1, t.start, t.end);
    let added6 = false;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.text;
      // (A word of four letters or more, and no dictionary word: "Can" is no "Community Action Network".)
      if (taken[i] || !/^\p{Lu}(?:\p{Ll}{3,5}|\p{Lu}{2,5})$/u.test(w) || !acronyms.has(w.toUpperCase()) || (/\p{Ll}/u.test(w) && gazFlags(w, w.toLowerCase()) & GAZ.dictCommon)) continue;
      out.push({ start: i, end: i + 1, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0] });
      added6 = true;
    }
    if (added6) out.sort((x, y) => x.start - y.start);
    // ... and one the tagger typed otherwise, of three letters too: "Esa's mission manager" beside the
    // European Space Agency.
    for (const t of out) {
      const w = words[t.start]!.text;
      if (t.end - t.start === 1 && t.typeIndex !== ORG && /^\p{Lu}\p{Ll}{2,5}$/u.test(w) && acronyms.has(w.toUpperCase()) && !(gazFlags(w, w.toLowerCase()) & GAZ.dictCommon)) t.typeIndex = ORG;
    }
  }
  return out;
}

/**
 * 6j. "Ms Maria Teresa Lim-Gonzales": a known first name found alone right before a person's name is
 * its first word (the tagger found "Teresa Lim-Gonzales", a later step "Maria").
 */
function firstNameFronts(words: Word[], starts: ReadonlySet<number>, out: TaggedSpan[]): TaggedSpan[] {
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!, b = out[k + 1]!;
    const w = words[a.start]!.text;
    if (a.typeIndex !== PERSON || b.typeIndex !== PERSON || a.end - a.start !== 1 || b.start !== a.end || starts.has(b.start) || b.end - a.start > MAX_LEN || !(gazFlags(w, w.toLowerCase()) & GAZ.firstName)) continue;
    b.start = a.start;
    out.splice(k, 1);
    k--;
  }
  return out;
}

/**
 * 0my. "Datuk Seri Rosli Aziz Hamzah", "Tan Sri Muhyiddin Yassin": the words of a Malaysian or
 * Indonesian honorific are no name, and an untagged capitalised word between them and the name the
 * tagger found is its first.
 */
function honorificWords(words: Word[], out: TaggedSpan[]): TaggedSpan[] {
  for (let k = out.length - 1; k >= 0; k--) {
    const a = out[k]!;
    if (words.slice(a.start, a.end).every((x) => HONORIFIC_WORDS.has(x.text)) && (HONORIFIC_WORDS.has(words[a.start - 1]?.text ?? "") || HONORIFIC_WORDS.has(words[a.end]?.text ?? ""))) out.splice(k, 1);
  }
  for (const b of out) {
    if (b.typeIndex !== PERSON || b.start < 2) continue;
    const prev = words[b.start - 1]!.text;
    if (/^\p{Lu}\p{Ll}+$/u.test(prev) && !HONORIFIC_WORDS.has(prev) && HONORIFIC_WORDS.has(words[b.start - 2]!.text) && !out.some((t) => t.end === b.start) && !(gazFlags(prev, prev.toLowerCase()) & GAZ.dictCommon)) b.start--;
  }
  return out;
}

/**
 * Steps 6 and 6h, returning the spans they add: missed occurrences of names found elsewhere in the
 * text (longest known form first, never overlapping a tagged span), and an institution's head word
 * alone after "the" when one organisation named before ends with it.
 */
/**
 * Step 5g: "General Assembly of the United Nations", "Government of the Republic of Albania": a name
 * ending in an organisation or place head word, "of" ("of the") and another name are one name of the
 * first one's type (in the training data 220 such names against 8 pairs annotated apart).
 */
function ofJoins(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    const gap = b.start - a.end;
    const link = words[a.end]!.text;
    // ("for" and "on" join only a body to a body's name: "Spanish Commission for Refugee Aid",
    // "European Council on Foreign Relations", not "the Council on Germany"; `5gf`.)
    const forOn = !SKIP.has("5gf") && gap === 1 && (link === "for" || link === "on") && a.typeIndex === ORG && b.typeIndex === ORG && !isKnownOrganization(keyOf(words, b.start, b.end)) && words.slice(b.start, b.end).every((w) => isCapitalised(w.text) && gazFlags(w.text, w.text.toLowerCase()) & GAZ.dictCommon && !(gazFlags(w.text, w.text.toLowerCase()) & (GAZ.country | GAZ.city)));
    if (gap < 1 || gap > 2 || (link !== "of" && !forOn) || (gap === 2 && words[a.end + 1]!.text !== "the")) continue;
    const head = words[a.end - 1]!.text;
    // (Also a body's acronym or a body opened by its head word before a place or a known body: "the
    // ACLU of Wisconsin", "the KGB of Belarus", "the Ministry of Foreign Affairs of Latvia", "the Court
    // of Justice of the European Union"; `5ga`.)
    const bKey = keyOf(words, b.start, b.end);
    const first = words[a.start]!.text;
    // (An acronym after "the" only, and not an agent after "by": "the arrest by the FBI of the Chicago
    // man", "an emerging NATO of Asia".)
    const acronymOf = /^\p{Lu}{2,6}$/u.test(head) && a.end - a.start === 1 && /^the$/i.test(words[a.start - 1]?.text ?? "") && !/^by$/i.test(words[a.start - 2]?.text ?? "");
    const ofPlace = !SKIP.has("5ga") && link === "of" && a.typeIndex === ORG && (isListedPlace(bKey) || isKnownOrganization(bKey)) && (acronymOf || (a.end - a.start >= 3 && words[a.start + 1]!.text === "of" && !/^by$/i.test(words[a.start - 2]?.text ?? "") && (HEADS.has(first.toLowerCase()) || (gazFlags(first, first.toLowerCase()) & GAZ.orgSuffix) !== 0)));
    if (!ofPlace && (!isCapitalised(head) || !(HEADS.has(head.toLowerCase()) || gazFlags(head, head.toLowerCase()) & (GAZ.orgSuffix | GAZ.placeSuffix)))) continue;
    // (Not a person whose surname is such a word: "Hyun-woo Park of the Reserve Bank".)
    if (a.typeIndex === PERSON && !SKIP.has("5gp")) continue;
    a.end = b.end;
    spans.splice(k + 1, 1);
    k--;
  }
}

/**
 * Step 5fc: "Food Standards Australia New Zealand", "Food Standards of Australia and New Zealand": an
 * organisation ending in a country goes on over a second country right after it or after "and" (the
 * tagger ends the name at the first country).
 */
function countryPairs(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
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
}

/**
 * Step 5ja: "the Maritime and Coastguard Agency" tagged "Maritime" + "Coastguard Agency": an ordinary
 * capitalised word, "and", and a body ending in an agency's word are one body.
 */
function agencyPairs(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    if (a.end - a.start > 2 || b.start !== a.end + 1 || words[a.end]!.text !== "and" || b.typeIndex !== ORG || !AGENCY_ENDS.has(words[b.end - 1]!.text)) continue;
    const plain = (w: string) => { const f = gazFlags(w, w.toLowerCase()); return (f & GAZ.dictCommon) !== 0 && !(f & (GAZ.country | GAZ.city | GAZ.nationality | GAZ.surname | GAZ.firstName)) && !isListedPlace(w) && !isKnownOrganization(w) && !PARTY_ADJECTIVES.has(w); };
    // (Not an item of a list: "Lord Diplock and Browning and War Office".)
    // (A nationality may open it: "the Australian Competition and Consumer Commission"; `5jan`.)
    const national = !SKIP.has("5jan") && a.end - a.start === 2 && isNationalityAdjective(words[a.start]!.text) && plain(words[a.start + 1]!.text);
    if ((!words.slice(a.start, a.end).every((w) => plain(w.text)) && !national) || isKnownOrganization(keyOf(words, a.start, a.end)) || /^(?:and|,|or)$/.test(words[a.start - 1]?.text ?? "")) continue;
    a.end = b.end;
    a.typeIndex = ORG;
    spans.splice(k + 1, 1);
  }
}

/**
 * Step 3sc: "Lincoln Elementary", "the Royal Academy": a name ending in a school's word is a school,
 * whatever the tagger typed; and its first word alone ("Lincoln has a wonderful staff") is the school
 * too, unless someone in the text has it as a surname.
 */
function schoolNames(words: Word[], spans: TaggedSpan[]): void {
  const fronts = new Set<string>();
  for (const s of spans) {
    if (s.end - s.start < 2 || !SCHOOL_WORDS.has(words[s.end - 1]!.text)) continue;
    s.typeIndex = ORG;
    if (s.end - s.start === 2) fronts.add(words[s.start]!.text);
  }
  if (!fronts.size) return;
  for (const s of spans) if (s.typeIndex === ORG && s.end - s.start >= 2) fronts.delete(words[s.end - 1]!.text);
  for (const s of spans) if (s.typeIndex === PERSON && s.end - s.start >= 2) fronts.delete(words[s.end - 1]!.text);
  for (const s of spans) if (s.end - s.start === 1 && fronts.has(words[s.start]!.text)) s.typeIndex = ORG;
}

/** Every mention of `key` is a possessive before a person's full name: "Norway's Henrik Solberg". */
function originOnly(words: Word[], spans: TaggedSpan[], key: string): boolean {
  const all = spans.filter((t) => keyOf(words, t.start, t.end) === key);
  return all.every((t) => /^['’]s?$/.test(words[t.end]?.text ?? "") && spans.some((p) => p.start === t.end + 1 && p.typeIndex === PERSON && p.end - p.start >= 2));
}

function missedOccurrences(words: Word[], sentStart: number[], spans: TaggedSpan[], personParts: ReadonlySet<string>, firstWords: ReadonlySet<string>): TaggedSpan[] {
  // 6: add missed occurrences (longest known form first), never overlapping a tagged span.
  const votes = countVotes(words, spans);
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
        // (Or the first word of someone's full name before a speech verb: "Þorvaldur told reporters" after
        // "Þorvaldur Þórðarson", as Icelandic news names people; `6fw`.)
        const surname = len === 1 && (personParts.has(key) || (!SKIP.has("6fw") && firstWords.has(key) && (SPEECH_AFTER.has(words[i + 1]?.text ?? "") || /^(?:told|tells|explained|replied|wrote)$/.test(words[i + 1]?.text ?? ""))));
        if (!v && !surname) continue;
        if (len === 1 && !SKIP.has("na") && NOT_NAME_LETTERS.has(key)) continue;
        // (Not a person's word after a word of place the tagger left alone: "crashed near Pickering" is
        // the town, whatever the mother named Laura Pickering; `6lp`.)
        if (len === 1 && !SKIP.has("6lp") && i > a && /^(?:in|near|outside|around|across|throughout|inside|towards|toward)$/i.test(words[i - 1]!.text) && best(v ?? [0, 0, 0], PERSON) === PERSON) break;
        // A name right after a capitalised word is probably part of a longer, different name, unless
        // that word is a title or honorific ("while Mr Macron called", 6t).
        // (Nor a surname's particle, capitalised: "said De Wit" after "Sanne de Wit"; `6pc`.)
        if (i > a && isCapitalised(words[i - 1]!.text) && i - 1 !== a && (SKIP.has("6t") || !isTitleWord(words[i - 1]!.text.toLowerCase().replace(/\.$/, ""))) && (SKIP.has("6pc") || !surname || !SURNAME_PARTICLES.has(words[i - 1]!.text.toLowerCase()))) break;
        // ("Veltrix Semiconductor shares jumped" before "Veltrix" alone: a body's name the text uses goes
        // on over company words after it, one span; `6cw`.)
        let tail = i + len;
        if (!SKIP.has("6cw") && v && best(v, 0) === ORG && !surname) while (tail < b && tail < i + len + 3 && !covered[tail] && COMPANY_WORDS.has(words[tail]!.text)) tail++;
        if (tail > i + len && (tail >= b || !isCapitalised(words[tail]!.text))) len = tail - i;
        else if (i + len < b && isCapitalised(words[i + len]!.text)) break;
        // (A word of a person's name that may as well be a place's, never tagged alone: no evidence either way,
        // "the Tour de France" after "France Télévisions" typed a person.)
        if (!v && canAlternate(key)) break;
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
  // 6h. "the European Commission ... The Commission said", "the Texas Legislature ... the
  // Legislature": an institution's head word alone after "the", capitalised, is that institution when
  // one organisation named before ends with it (the linker joins them).
  if (!SKIP.has("6h")) {
    // Bodies named in full so far, by head word: "The Commission said" is the one commission named
    // before it, though another is named later ("the Central Election Commission").
    const named = [...spans, ...added].filter((s) => s.typeIndex === ORG && s.end - s.start >= 2 && SHORT_HEADS.has(words[s.end - 1]!.text));
    for (let i = 1; i < words.length && named.length; i++) {
      const w = words[i]!.text;
      if (covered[i] || !SHORT_HEADS.has(w) || !/^the$/i.test(words[i - 1]!.text) || isCapitalised(words[i + 1]?.text ?? "")) continue;
      const before = new Set(named.filter((s) => s.end <= i && words[s.end - 1]!.text === w).map((s) => keyOf(words, s.start, s.end)));
      if (before.size !== 1) continue;
      // (Kept though the word is also a title's: "Commission President".)
      added.push({ start: i, end: i + 1, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0], keep: true });
      covered[i] = 1;
    }
  }
  return added;
}
