/**
 * Small hand-written word lists (data/*.json) the tagger uses as features, and the title/honorific lists
 * the span cleaner uses. They are hints, not rules: the trained weights decide how much each is worth.
 */
import countries from "./data/countries.json" with { type: "json" };
import nationalities from "./data/nationalities.json" with { type: "json" };
import cities from "./data/cities.json" with { type: "json" };
import firstNames from "./data/first-names.json" with { type: "json" };
import personTitles from "./data/person-titles.json" with { type: "json" };
import orgWords from "./data/org-words.json" with { type: "json" };
import dictionary from "./data/dictionary.json" with { type: "json" };
import organizations from "./data/organizations.json" with { type: "json" };
// Well-known organisations added after the shipped model was trained: known to the document pass and
// the linker, not yet a feature of the tagger. (A list the tagger reads changes its features, and a
// retrain moves the scores by up to ±0.01 by chance alone; these join organizations.json at the next
// planned retrain.)
import organizationsAdded from "./data/organizations-added.json" with { type: "json" };
import personNames from "./data/person-names.json" with { type: "json" };
import people from "./data/people.json" with { type: "json" };
import groups from "./data/groups.json" with { type: "json" };
import regions from "./data/regions.json" with { type: "json" };
import citiesMore from "./data/cities-more.json" with { type: "json" };
import { skippedSteps } from "../skip-steps.ts";

/** Bit flags for single words. */
export const GAZ = {
  country: 1 << 0,
  nationality: 1 << 1,
  city: 1 << 2,
  firstName: 1 << 3,
  honorific: 1 << 4,
  title: 1 << 5,
  orgSuffix: 1 << 6,
  placeSuffix: 1 << 7,
  orgPrefix: 1 << 8,
  /** A proper noun in the SCOWL dictionary, exact form ("Putin", "Twitter", "NASA"). */
  dictProper: 1 << 9,
  /** The lower-cased word is an ordinary dictionary word ("meanwhile", "sanctions"). */
  dictCommon: 1 << 10,
  /** A well-known organisation (data/organizations.json). */
  organization: 1 << 11,
  /** A surname in the name lists (data/person-names.json). */
  surname: 1 << 12,
} as const;
export const GAZ_BITS = 13;

/** Multi-word list kinds, matched on exact word forms over a sentence (longest match). */
export const MULTI_KIND = { country: 1, city: 2, nationality: 3, organization: 4 } as const;

const formFlags = new Map<string, number>();
const lowerFlags = new Map<string, number>();
const multi = new Map<string, { words: string[]; kind: number }[]>();

function addForm(form: string, flag: number): void {
  formFlags.set(form, (formFlags.get(form) ?? 0) | flag);
}
function addLower(word: string, flag: number): void {
  lowerFlags.set(word, (lowerFlags.get(word) ?? 0) | flag);
}
function addMulti(name: string, kind: number, flag: number): void {
  const words = name.split(" ");
  if (words.length === 1) { addForm(name, flag); return; }
  const list = multi.get(words[0]!) ?? [];
  list.push({ words, kind });
  multi.set(words[0]!, list);
}

for (const c of countries) addMulti(c, MULTI_KIND.country, GAZ.country);
for (const c of cities) addMulti(c, MULTI_KIND.city, GAZ.city);
for (const n of nationalities) addMulti(n, MULTI_KIND.nationality, GAZ.nationality);
for (const o of organizations) addMulti(o, MULTI_KIND.organization, GAZ.organization);
for (const n of firstNames) addForm(n, GAZ.firstName);
for (const n of personNames.first.split(" ")) if (n) addForm(n, GAZ.firstName);
for (const n of personNames.last.split(" ")) if (n) addForm(n, GAZ.surname);
for (const h of personTitles.honorifics) addLower(h, GAZ.honorific);
for (const t of personTitles.titles) addLower(t, GAZ.title);
for (const s of orgWords.orgSuffixes) addLower(s, GAZ.orgSuffix);
for (const s of orgWords.placeSuffixes) addLower(s, GAZ.placeSuffix);
for (const s of orgWords.orgPrefixes) addLower(s, GAZ.orgPrefix);
// Nationalities are often plural ("Afghans", "Russians"): GUM types those as person names.
for (const n of nationalities) if (!n.includes(" ")) addForm(n + "s", GAZ.nationality);

const properWords = new Set(dictionary.proper.split(" "));
const commonWords = new Set(dictionary.common.split(" "));
const INFLECTIONS = ["s", "es", "ed", "d", "ing", "ly"];

function isCommonWord(lower: string): boolean {
  if (commonWords.has(lower)) return true;
  for (const s of INFLECTIONS) if (lower.length > s.length + 2 && lower.endsWith(s) && commonWords.has(lower.slice(0, -s.length))) return true;
  return false;
}

export function gazFlags(form: string, lower: string): number {
  let flags = (formFlags.get(form) ?? 0) | (lowerFlags.get(lower) ?? 0);
  if (properWords.has(form)) flags |= GAZ.dictProper;
  if (isCommonWord(lower)) flags |= GAZ.dictCommon;
  return flags;
}

/** Longest multi-word list entries starting at each word: kind per word as 4 * kind + (first ? 0 : 1). */
export function matchMulti(forms: string[], from: number, to: number, out: Int8Array): void {
  for (let i = from; i < to; i++) {
    const cands = multi.get(forms[i]!);
    if (!cands) continue;
    let best: { words: string[]; kind: number } | undefined;
    for (const c of cands) {
      if (i + c.words.length > to || (best && best.words.length >= c.words.length)) continue;
      let ok = true;
      for (let k = 1; k < c.words.length; k++) if (forms[i + k] !== c.words[k]) { ok = false; break; }
      if (ok) best = c;
    }
    if (!best) continue;
    for (let k = 0; k < best.words.length; k++) out[i + k] = 4 * best.kind + (k === 0 ? 0 : 1);
    i += best.words.length - 1;
  }
}

const HONORIFICS = new Set(personTitles.honorifics);
const TITLES = new Set(personTitles.titles);

/** True for words that can precede a person's name as a title or honorific ("Mr", "President", "Foreign"). */
export function isTitleWord(lower: string): boolean {
  return HONORIFICS.has(lower) || TITLES.has(lower);
}
export function isHonorific(lower: string): boolean {
  return HONORIFICS.has(lower);
}

const NATIONALITIES = new Set<string>(nationalities);
// Country adjectives that are adjectives only, which the list lacks (added after the model was
// trained: only the document pass and the quotes read them, so the tagger's features do not move).
// Not group nouns such as "the Maori" or "Rohingya", which GUM marks as groups of people; and not in
// the plurals below ("Philippines" is the country).
const ADJECTIVES_ONLY = new Set<string>(["Philippine"]);
/** "Syrian", "Gabonese": a nationality or group adjective in its singular form. */
export function isNationalityAdjective(form: string): boolean {
  return NATIONALITIES.has(form) || ADJECTIVES_ONLY.has(form);
}

const COUNTRIES = new Set<string>(countries);
const COUNTRY_STARTS = new Set<string>(countries.map((c: string) => c.split(" ")[0]!));
/** Whether some listed country's name starts with this word (a cheap test before building keys). */
export function startsCountry(word: string): boolean {
  return COUNTRY_STARTS.has(word);
}
const CITIES = new Set<string>(cities);
/**
 * States, provinces and regions of large countries, and world regions (data/regions.json): for the
 * document pass only, not the tagger's features, so that adding to it needs no retraining.
 */
const REGIONS = new Set<string>(regions);
/** More cities, for the document pass only like the regions (data/cities-more.json): the tagger's city feature keeps its shorter list. */
const CITIES_MORE = new Set<string>(citiesMore.cities);
/** A country, city or region on the lists, one word or several ("South Korea", "Los Angeles", "New South Wales"). */
export function isListedPlace(name: string): boolean {
  return COUNTRIES.has(name) || CITIES.has(name) || (!SKIP_REGIONS && REGIONS.has(name)) || (!SKIP_CITIES_MORE && CITIES_MORE.has(name));
}
const SKIP_REGIONS = skippedSteps("NER_SKIP").has("rg");
/** The fifty US states, which the city list holds too (for the tagger's features) but are no cities. */
const US_STATES = new Set(["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming"]);
/** A listed country or region (state, province), not a city: "Western Australia", "British Columbia", "Texas". */
export function isCountryOrRegion(name: string): boolean {
  return COUNTRIES.has(name) || REGIONS.has(name) || US_STATES.has(name);
}

/** US states as AP style abbreviates them after a city ("RICHMOND, Va.", "Boston, Mass."); the linker's known aliases map them to the states. */
const STATE_ABBREVIATIONS = new Set(["Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Tex", "Vt", "Va", "Wash", "W.Va", "Wis", "Wyo"]);
/** "Va.", "Va", "N.Y.": a US state's abbreviation, with or without its last period. */
export function isStateAbbreviation(text: string): boolean {
  return STATE_ABBREVIATIONS.has(text.replace(/\.$/, ""));
}
const SKIP_CITIES_MORE = skippedSteps("NER_SKIP").has("cm");
/**
 * Nouns for one person of a nation that are no adjective, with the adjective the text may use instead
 * ("the Spaniard" ... "Spanish"): the recogniser drops them as names, the quotation stage reads
 * "the Dutchman said" by them. One list for both. (Nationality adjectives used as nouns, "the
 * American", "the Swiss", are the nationality list's.)
 */
const DEMONYM_NOUNS: Record<string, string> = {
  Dutchman: "Dutch", Dutchwoman: "Dutch", Frenchman: "French", Frenchwoman: "French", Englishman: "English", Englishwoman: "English",
  Scotsman: "Scottish", Scotswoman: "Scottish", Scot: "Scottish", Welshman: "Welsh", Welshwoman: "Welsh", Irishman: "Irish", Irishwoman: "Irish",
  Briton: "British", Spaniard: "Spanish", Swede: "Swedish", Dane: "Danish", Finn: "Finnish", Pole: "Polish", Turk: "Turkish",
  Croat: "Croatian", Serb: "Serbian", Slovak: "Slovak", Czech: "Czech", Kiwi: "New Zealand", Zealander: "New Zealand", Aussie: "Australian",
};
/** The nationality adjective a demonym noun stands for ("Spaniard" -> "Spanish"), or undefined. */
export function demonymNationality(noun: string): string | undefined {
  return Object.hasOwn(DEMONYM_NOUNS, noun) ? DEMONYM_NOUNS[noun] : undefined;
}

/** A country name on the list (exact form, words joined by single spaces). */
export function isCountry(name: string): boolean {
  return COUNTRIES.has(name);
}

const GROUPS = new Set<string>(groups);
/**
 * "Afghans", "Muslims", "Democrats": a plural naming a group of people by nationality, religion,
 * ethnicity or party. GUM types these as person names (a group of people, not an organisation).
 */
export function isGroupPlural(form: string): boolean {
  if (form.length < 4 || !/^\p{Lu}\p{Ll}+s$/u.test(form)) return false;
  const one = form.slice(0, -1);
  if (NATIONALITIES.has(one) || GROUPS.has(one)) return true;
  // "Jews", "Swiss"-less plurals of words ending in -s are rare; "-es" plurals: "Hindus" is -s already.
  return false;
}

const PEOPLE = new Set<string>(people);
/** Surnames (and a few single names) of people so well known that news uses them bare: "Putin's". */
export function isKnownPerson(form: string): boolean {
  return PEOPLE.has(form);
}

const ORGANIZATIONS = new Set<string>([...organizations, ...organizationsAdded]);
/** Known names that open with a lower-case letter and an inner capital ("easyJet", "eBay"), capitalised as a sentence opens them: "EasyJet". */
const CAPITALISED_LOWER_ORGANIZATIONS = new Set<string>([...ORGANIZATIONS].filter((n) => /^\p{Ll}+\p{Lu}/u.test(n)).map((n) => n[0]!.toUpperCase() + n.slice(1)));
/** First words of the well-known organisations' names, so that a search for one starts only where one can. */
const ORGANIZATION_STARTS = new Set<string>([...organizations, ...organizationsAdded].map((o: string) => o.split(" ")[0]!));
/** Whether some well-known organisation's name starts with this word. */
export function startsKnownOrganization(word: string): boolean {
  return ORGANIZATION_STARTS.has(word);
}
/** A name on the list of well-known organisations (exact form, words joined by single spaces). */
export function isKnownOrganization(name: string): boolean {
  // (A key made of words may have an abbreviation's period apart: "Warner Bros .".)
  // (And a name that opens with a lower-case letter, capitalised at a sentence's start: "EasyJet
  // cancelled 274 flights" is easyJet, "EBay said" eBay.)
  return ORGANIZATIONS.has(name) || (name.endsWith(" .") && ORGANIZATIONS.has(name.slice(0, -2) + ".")) || CAPITALISED_LOWER_ORGANIZATIONS.has(name);
}

/** Surname particles: "Erik ten Hag", "Ursula von der Leyen", "Mohammed bin Salman" (recogniser and linker). */
/**
 * Clubs' words before their city ("AC Milan", "Borussia Dortmund", "Real Madrid"). "Inter" is left
 * out: news calls Inter "Inter" and AC Milan "Milan".
 */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set(["AC", "FC", "AS", "SS", "SSC", "US", "CF", "SC", "SV", "VfB", "VfL", "Real", "Atlético", "Atletico", "Sporting", "Racing", "Olympique", "Stade", "Dynamo", "Dinamo", "Borussia", "Bayern", "Eintracht", "Hertha", "Werder", "Fortuna", "Union"]);
/** Clubs' words after their city: "Manchester United", "Leicester City"; and nicknames in the plural ("Chicago Bulls", "Boston Red Sox"). */
export const CLUB_TAILS: ReadonlySet<string> = new Set(["United", "City", "CF", "CP", "Rovers", "Athletic", "Wanderers", "Albion", "Town", "Hotspur", "Villa", "FC", "AFC", "Wednesday", "Rangers", "Celtic", "Phoenix", "Heat", "Magic", "Jazz", "Thunder", "Wild", "Fire", "Galaxy", "Dynamo", "Sox", "Red Sox", "White Sox"]);
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(["van", "von", "de", "der", "den", "ten", "ter", "da", "di", "du", "le", "la", "del", "della", "dos", "das", "bin", "ibn", "al", "el", "ap", "ab", "ferch"]);

/** Month and weekday names; not "May", which is also a surname ("Theresa May"). */
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set(["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

/**
 * "Washington said on Monday that it would impose tariffs": verbs of a place that speaks as a
 * government, and what follows "it" in the words reported. One list for the recogniser (which types
 * such a mention an organisation) and the linker (which keeps it from a person of the name).
 */
/**
 * Well-known organisations' names that also name a place, and that place's entity name: "the Amazon"
 * is the river and its rainforest (the recogniser types it so, step 0am; the linker gives it an
 * entity of its own, `LINK_SKIP=regionsense`).
 */
export const REGION_SENSES: ReadonlyMap<string, string> = new Map([["Amazon", "Amazon (region)"]]);
/** Verbs that give someone a post: "Anwar named X as finance minister" (the linker's titles and the quotation stage's roles). */
export const APPOINTING_VERBS: ReadonlySet<string> = new Set(["named", "appointed", "nominated", "picked", "chose", "installed", "promoted", "elevated", "confirmed", "sworn"]);
export const ACTING_SPEECH_VERBS: readonly string[] = ["said", "says", "announced", "warned", "insisted", "confirmed", "argued", "signalled", "signaled", "indicated", "stated", "added", "declared", "threatened"];
/** The same verbs as a set, to ask whether a word after a name is one. */
export const ACTING_SPEECH_VERB_SET: ReadonlySet<string> = new Set(ACTING_SPEECH_VERBS);
export const AFTER_IT: readonly string[] = ["would", "will", "had", "has", "was", "is", "could", "should", "might", "may", "must", "did", "does", "wanted", "plans", "planned", "intends", "intended"];
