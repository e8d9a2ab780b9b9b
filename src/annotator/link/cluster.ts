/**
 * Within-document coreference of names: groups candidate mentions into entities. Rules, in order:
 * registry entries and pins are fixed; a multi-word person name starts or joins a person cluster; a
 * single word joins the person whose surname (else first name) it is, the most recently mentioned one
 * when several fit, so two people called Smith stay apart; acronyms join the name whose initials they
 * are ("EU" / "European Union"); other names join an identical name (places and organisations share
 * clusters, since a country is typed by its role in each sentence).
 */
import type { EntityType, RegistryEntry } from "../model.ts";
import type { Candidate } from "./candidates.ts";
import { entrySex, words, type RegistryIndex } from "./registry-index.ts";
import { knownCanonical } from "./known-aliases.ts";
import { ACTING_SPEECH_VERBS, AFTER_IT, CLUB_PREFIXES, CLUB_TAILS, GAZ, REGION_SENSES, SURNAME_PARTICLES, gazFlags, isCountry, isCountryOrRegion, isKnownOrganization, isListedPlace, isTitleWord } from "../ner/lexicon.ts";
import { honorificGender } from "../quotes/cues.ts";
import { companyWords } from "../ner/org-cues.ts";
import { isTextAboutSport } from "../ner/document/sport.ts";
import { firstNameGender } from "../quotes/pronouns.ts";
import { skippedSteps } from "../skip-steps.ts";
import { insideQuotation } from "./quoted.ts";

export interface Cluster {
  entry?: RegistryEntry;
  pinnedId?: string;
  members: Candidate[];
  /** Name token lists seen (persons: for surname / first-name matching). */
  names: string[][];
  person: boolean;
  lastSeen: number;
  /** Introduced as someone's relative ("her sister Venus Williams", "his wife, Jill Biden"). */
  relative?: boolean;
  /** The noun that introduced the relative ("father", "sister"). */
  relativeNoun?: string;
  /** A city's name used for its club, kept apart from the city ("Milan started brightly"). */
  club?: boolean;
  /** The entity's name where no mention gives it whole: "Mr Okafor", "Mrs Okafor" of a couple. */
  displayName?: string;
}

/** A speech verb whose reported words take the name up as "it": "said on Monday that it would". */
const IT_TAKES_UP = new RegExp(`^\\s+(?:${ACTING_SPEECH_VERBS.join("|")})\\b[^.,;:!?"“”]{0,40}?\\bit\\s+(?:${AFTER_IT.join("|")})\\b`);
/** A rank right before a name ("the elder Byrne"), or in apposition right after it ("Mr de la Cruz, the younger one,"). */
// (An honorific may stand between: "The elder Mr Bortolotto".)
const RANK_BEFORE = /\b(elder|younger|eldest|youngest|older)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/i;
const RANK_AFTER = /^,\s+the\s+(elder|younger|eldest|youngest|older)\b/i;
/** Relatives older, and younger, than the one whose relative they are. */
const ELDER_KIN = new Set(["father", "mother", "grandfather", "grandmother", "uncle", "aunt"]);
const YOUNGER_KIN = new Set(["son", "daughter", "grandson", "granddaughter", "nephew", "niece", "stepson", "stepdaughter"]);
/** The relatives a rank picks ("elder": a parent), and those it rules out ("younger": not a parent). */
const rankKin = (rank: string) => (/^(?:elder|eldest|older)$/i.test(rank) ? { picks: ELDER_KIN, rulesOut: YOUNGER_KIN } : { picks: YOUNGER_KIN, rulesOut: ELDER_KIN });
/** Nouns that introduce a relative of the person a story is about. */
/** The last of relatives listed after their noun: "his other children, James, Elisabeth and Prudence Murdoch". */
const RELATIVES_LISTED = /\b(?:children|sons|daughters|siblings|brothers|sisters|grandchildren|relatives|parents)[,:]?\s+(?:\p{Lu}[\p{L}'’-]+,?\s+(?:\d{1,3},\s+)?(?:and\s+)?){1,4}$/u;
const RELATIVE_BEFORE = /\b(?:wife|husband|son|daughter|father|mother|brother|sister|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|grandfather|grandmother|widow|widower|partner|fiancée?|stepson|stepdaughter|twin)[,\s]+$/i;

const SKIP_RELATIVES = skippedSteps("LINK_SKIP").has("relatives");
const SKIP_LISTED_PLACE = skippedSteps("LINK_SKIP").has("listedplace");
const SKIP_FULLEST = skippedSteps("LINK_SKIP").has("fullest");
const SKIP_SHORT_FIRST = skippedSteps("LINK_SKIP").has("shortfirst");
const SKIP_FIRST_WORD = skippedSteps("LINK_SKIP").has("firstword");
const SKIP_NATURE = skippedSteps("LINK_SKIP").has("nature");
const SKIP_FIRST_NAME = skippedSteps("LINK_SKIP").has("firstname");
const SKIP_COUNTRIES = skippedSteps("LINK_SKIP").has("countries");
const SKIP_TAILS = skippedSteps("LINK_SKIP").has("tails");
const SKIP_KNIGHTS = skippedSteps("LINK_SKIP").has("knights");
const SKIP_ARTICLE = skippedSteps("LINK_SKIP").has("article");
const SKIP_CORES = skippedSteps("LINK_SKIP").has("cores");
const SKIP_PARTICLE_CORE = skippedSteps("LINK_SKIP").has("particlecore");
const SKIP_ELIDED = skippedSteps("LINK_SKIP").has("elided");
const SKIP_ACRONYM_HEAD = skippedSteps("LINK_SKIP").has("acronymhead");
const SKIP_OF_LETTER = skippedSteps("LINK_SKIP").has("ofletter");
const SKIP_CITY_LED = skippedSteps("LINK_SKIP").has("cityledcompany");
const SKIP_DEPARTMENT_OF = skippedSteps("LINK_SKIP").has("departmentof");
const SKIP_STADIUM_CORE = skippedSteps("LINK_SKIP").has("stadiumcore");
const SKIP_PARTS = skippedSteps("LINK_SKIP").has("parts");
const SKIP_TEAMS = skippedSteps("LINK_SKIP").has("teams");
const SKIP_KNOWN_AS = skippedSteps("LINK_SKIP").has("knownas");
const SKIP_SPOKE = skippedSteps("LINK_SKIP").has("spoke");
const SKIP_SEX = skippedSteps("LINK_SKIP").has("sex");
const SKIP_TWO_LETTERS = skippedSteps("LINK_SKIP").has("twoletters");
const SKIP_NICKNAMES = skippedSteps("LINK_SKIP").has("nicknames");
const SKIP_EXPANSION = skippedSteps("LINK_SKIP").has("expansion");
const SKIP_OWN_ACRONYM = skippedSteps("LINK_SKIP").has("ownacronym");
const SKIP_HEADS = skippedSteps("LINK_SKIP").has("heads");
const SKIP_CLUB_SPLIT = skippedSteps("LINK_SKIP").has("clubsplit");
const SKIP_HEADLESS = skippedSteps("LINK_SKIP").has("headless");
const SKIP_FORM_CLASH = skippedSteps("LINK_SKIP").has("formclash");
const SKIP_FORM_PLACE = skippedSteps("LINK_SKIP").has("formplace");
const SKIP_SURNAME_LEAD = skippedSteps("LINK_SKIP").has("surnamelead");
const SKIP_TEAM_TOWNS = skippedSteps("LINK_SKIP").has("teamtowns");
const SKIP_CLUB_PREFIX = skippedSteps("LINK_SKIP").has("clubprefix");
const SKIP_FIRST_SAYS = skippedSteps("LINK_SKIP").has("firstsays");
const SKIP_CLUB_WORDS = skippedSteps("LINK_SKIP").has("clubwords");
const SKIP_LATER_FIRST = skippedSteps("LINK_SKIP").has("laterfirst");
const SKIP_QUOTED_SURNAME = skippedSteps("LINK_SKIP").has("quotedsurname");
const SKIP_SPOKE_BEFORE = skippedSteps("LINK_SKIP").has("spokebefore");
const SKIP_HONORIFIC = skippedSteps("LINK_SKIP").has("honorific");
const SKIP_COMPANY_HERE = skippedSteps("LINK_SKIP").has("companyhere");
const SKIP_WORD_ACRONYM = skippedSteps("LINK_SKIP").has("wordacronym");
const SKIP_PARAGRAPH_TITLE = skippedSteps("LINK_SKIP").has("paragraphtitle");
const SKIP_HYPOCORISM = skippedSteps("LINK_SKIP").has("hypocorism");
const SKIP_FAMILIAR_FIRST = skippedSteps("LINK_SKIP").has("familiarfirst");
const SKIP_PRONOUN_SEX = skippedSteps("LINK_SKIP").has("pronounsex");
const SKIP_TITLE_SHORT = skippedSteps("LINK_SKIP").has("titleshort");
const SKIP_RANK_AGE = skippedSteps("LINK_SKIP").has("rankage");
const SKIP_QUOTE_NAMED = skippedSteps("LINK_SKIP").has("quotenamed");
const SKIP_RELATIVE_INTRODUCED = skippedSteps("LINK_SKIP").has("relativeintroduced");
/** Short forms of titles written before a name. */
const TITLE_SHORT_FORMS: Record<string, string> = { Cllr: "Councillor", Cr: "Councillor", Sen: "Senator", Rep: "Representative", Gov: "Governor", Supt: "Superintendent", Insp: "Inspector", Sgt: "Sergeant", Gen: "General", Col: "Colonel", Capt: "Captain", Lt: "Lieutenant", Cmdr: "Commander", Adm: "Admiral" };
/** A speech verb and the pronoun that opens what it reports: "said he", "added that she". */
const PRONOUN_AFTER = /^\s+(?:said|says|added|insisted|admitted|explained|claimed|denied|confirmed|warned|told\s+(?:reporters|journalists|the\s+\p{Lu}\p{L}+))\s+(?:that\s+)?(he|she|his)\b/u;
const SKIP_CAMEL_ACRONYM = skippedSteps("LINK_SKIP").has("camelacronym");
/** English first names and their familiar forms (no list of them is in the dependencies). */
const FAMILIAR: Record<string, string[]> = {
  William: ["Bill", "Billy", "Will", "Willie", "Liam"], Robert: ["Bob", "Bobby", "Rob", "Robbie", "Bert"], Richard: ["Dick", "Rick", "Rich", "Richie"],
  James: ["Jim", "Jimmy", "Jamie"], Michael: ["Mike", "Mick", "Mickey"], Thomas: ["Tom", "Tommy"], Joseph: ["Joe", "Joey"], Anthony: ["Tony"],
  Edward: ["Ed", "Eddie", "Ted", "Ned"], Lawrence: ["Larry"], Laurence: ["Larry", "Laurie"], Charles: ["Charlie", "Chuck"], Christopher: ["Chris"],
  Daniel: ["Dan", "Danny"], David: ["Dave", "Davey"], Donald: ["Don"], Douglas: ["Doug"], Gerald: ["Gerry", "Jerry"], Gregory: ["Greg"],
  Jonathan: ["Jon"], Kenneth: ["Ken", "Kenny"], Matthew: ["Matt"], Nicholas: ["Nick", "Nicky"], Patrick: ["Pat", "Paddy"], Peter: ["Pete"],
  Ronald: ["Ron", "Ronnie"], Samuel: ["Sam", "Sammy"], Stephen: ["Steve"], Steven: ["Steve"], Timothy: ["Tim"], Theodore: ["Ted", "Teddy"],
  Alexander: ["Alex", "Sandy"], Andrew: ["Andy", "Drew"], Benjamin: ["Ben"], Frederick: ["Fred", "Freddie"], Henry: ["Harry", "Hank"],
  Elizabeth: ["Liz", "Beth", "Betty", "Lizzie"], Margaret: ["Maggie", "Meg", "Peggy"], Katherine: ["Kate", "Kathy", "Katie"], Catherine: ["Cathy", "Kate", "Katie"],
  Jennifer: ["Jen", "Jenny"], Patricia: ["Pat", "Patty", "Trish"], Rebecca: ["Becky", "Becca"], Susan: ["Sue", "Susie"], Deborah: ["Debbie", "Deb"],
  Victoria: ["Vicky", "Tori"], Christine: ["Chris", "Chrissie"], Alexandra: ["Alex", "Sasha"], Abigail: ["Abby"], Jacqueline: ["Jackie"],
};
const FORMAL = new Map<string, string>();
for (const [formal, forms] of Object.entries(FAMILIAR)) { FORMAL.set(formal, formal); for (const f of forms) if (!FORMAL.has(f)) FORMAL.set(f, formal); }
/** The formal first name a first name stands for ("Larry" -> "Lawrence"), or undefined when no list knows it. */
const formalFirstName = (name: string): string | undefined => FORMAL.get(name);
const SKIP_COMPANY_FIRST = skippedSteps("LINK_SKIP").has("companyfirst");
const SKIP_FAMILY = skippedSteps("LINK_SKIP").has("family");
const SKIP_SEX_KNOWN = skippedSteps("LINK_SKIP").has("sexknown");
const SKIP_OF_PLACE = skippedSteps("LINK_SKIP").has("ofplace");
const SKIP_COUPLE = skippedSteps("LINK_SKIP").has("couple");
const SKIP_JUST_NAMED = skippedSteps("LINK_SKIP").has("justnamed");
const SKIP_SPOKE_QUOTED = skippedSteps("LINK_SKIP").has("spokequoted");
const SKIP_OTHER_SEX = skippedSteps("LINK_SKIP").has("othersex");
const SKIP_DATELINE = skippedSteps("LINK_SKIP").has("dateline");
const SKIP_SAME_TITLE = skippedSteps("LINK_SKIP").has("sametitle");
const SKIP_CLUB_TAILS = skippedSteps("LINK_SKIP").has("clubtails");
const SKIP_BORN = skippedSteps("LINK_SKIP").has("born");
const SKIP_SHORT_FORMS = skippedSteps("LINK_SKIP").has("shortforms");
const SKIP_PLACE_ACTING = skippedSteps("LINK_SKIP").has("placeacting");
const SKIP_NAMED_MORE = skippedSteps("LINK_SKIP").has("named");
const SKIP_COMPANY_PREFIX = skippedSteps("LINK_SKIP").has("companyprefix");
const SKIP_US_STATE = skippedSteps("LINK_SKIP").has("usstate");
const SKIP_REGION_SENSE = skippedSteps("LINK_SKIP").has("regionsense");
const SKIP_EARLIER_PLACE = skippedSteps("LINK_SKIP").has("earlierplace");
const SKIP_FIT_TYPE = skippedSteps("LINK_SKIP").has("fittype");
const SKIP_FORENAMES = skippedSteps("LINK_SKIP").has("forenames");
const SKIP_POLICE_FORMS = skippedSteps("LINK_SKIP").has("policeforms");
const SKIP_HEAD_ENDS = skippedSteps("LINK_SKIP").has("headends");
const SKIP_RANK_AFTER = skippedSteps("LINK_SKIP").has("rankafter");
/** Nouns for a family after its name: "the Korda sisters", "the Rajapaksa family". */
const FAMILY_AFTER = /^\s+(?:family|families|sisters|brothers|siblings|twins|clan|dynasty|household)\b/;
/** Listed "countries" that news also writes for a longer country's name ("Korea" for South Korea). */
const AMBIGUOUS_COUNTRY_SHORT = new Set(["Korea", "Congo"]);
const CONNECTORS = new Set(["of", "the", "and", "for", "de", "du", "la", "&", "on", "in", "to"]);

export function normalizeName(text: string): string {
  // A nickname in quotation marks inside a name is no part of it for matching: 'Ramon "Monching"
  // Dela Peña' is Ramon Dela Peña.
  const t = text.replace(/\s+["“'‘][^"”'’]{1,30}["”'’]\s+/g, " ").replace(/\s+/g, " ").trim();
  // "U.S." and "US", "E.U." and "EU" are the same name.
  return /^(?:\p{Lu}\.)+$/u.test(t) ? t.replace(/\./g, "") : t;
}

/**
 * A place in capitals is the same place ("LONDON, March 3 (Reuters)" and "London"): a name with a
 * capitalised word of four letters or more, in ordinary case. Only places: "NATO" must stay an
 * acronym for its expansion.
 */
export function placeCase(name: string, type: EntityType): string {
  // "NEW YORK" -> "New York"; a short acronym alone ("USA", "UAE") stays as it is. A well-known body
  // in a dateline's capitals too: "UNITED NATIONS" -> "United Nations".
  if (!/\p{Lu}{4,}/u.test(name)) return name;
  const cased = name.replace(/\p{Lu}{2,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
  if (type === "place") return cased;
  return type === "organization" && /\s/.test(name) && !/\p{Ll}/u.test(name) && isKnownOrganization(cased) ? cased : name;
}

/** A lower-case noun for a kind of place after a name, or after the list it opens: "Krishna river", "Krishna and Ghataprabha rivers". */
const PLACE_NOUN_AFTER = /^(?:\s*(?:,|and|or|, and)\s+\p{Lu}[\p{L}'’-]*)*\s+(?:rivers?|lakes?|mountains?|islands?|valleys?|provinces?|districts?|county|counties|deserts?|peninsulas?|straits?|dams?|glaciers?)\b/u;

/** The gender an honorific right before `start` gives ("Mr Biden", "Ms. Trump"), if any. */
function honorificBefore(text: string, start: number): "male" | "female" | undefined {
  const m = /([\p{L}]+\.?)\s+$/u.exec(text.slice(Math.max(0, start - 12), start));
  // (Capitalised, and in the same paragraph: "with his mother.\n\nMenon, 36," is no honorific;
  // `LINK_SKIP=honorificcase`.)
  if (m && !SKIP_HONORIFIC_CASE && (!/^\p{Lu}/u.test(m[1]!) || /\n/.test(m[0]!))) return undefined;
  return m ? honorificGender(m[1]!) : undefined;
}
const SKIP_HONORIFIC_CASE = skippedSteps("LINK_SKIP").has("honorificcase");

/** The sex an honorific or a gendered noun right before a mention gives ("Mrs Reid", "his daughter, Sofie"). */
function markedSex(text: string, start: number): "male" | "female" | undefined {
  return honorificBefore(text, start) ?? gendered(text, start);
}

/** A gendered noun right before a name: "first lady Kim Keon-hee", "his wife, Jill Biden", "Queen Camilla". */
function gendered(text: string, start: number): "male" | "female" | undefined {
  const m = /\b([\p{L}]+)[,\s]+$/u.exec(text.slice(Math.max(0, start - 14), start));
  const w = m?.[1]?.toLowerCase();
  if (!w) return undefined;
  if (/^(?:lady|wife|queen|princess|duchess|countess|mother|daughter|sister|actress|chairwoman|spokeswoman|businesswoman|congresswoman|widow|grandmother|aunt|niece|girlfriend|fiancée)$/.test(w)) return "female";
  if (/^(?:husband|king|prince|duke|count|father|son|brother|actor|chairman|spokesman|businessman|congressman|widower|grandfather|uncle|nephew|boyfriend|fiancé)$/.test(w)) return "male";
  return undefined;
}

/** Short forms of first names that do not begin their full forms ("Bill" for William). */
const SHORT_FORMS: Record<string, string[]> = {
  Bill: ["William"], Billy: ["William"], Will: ["William"], Bob: ["Robert"], Bobby: ["Robert"], Rob: ["Robert"], Jim: ["James"], Jimmy: ["James"], Jamie: ["James"],
  Dick: ["Richard"], Rick: ["Richard", "Frederick"], Tom: ["Thomas"], Tommy: ["Thomas"], Mike: ["Michael"], Mick: ["Michael"], Liz: ["Elizabeth"], Beth: ["Elizabeth"],
  Kate: ["Katherine", "Catherine", "Kathryn"], Katie: ["Katherine", "Catherine"], Peggy: ["Margaret"], Maggie: ["Margaret"], Jack: ["John"], Johnny: ["John", "Jonathan"],
  Ted: ["Edward"], Ned: ["Edward"], Harry: ["Henry", "Harold"], Chuck: ["Charles"], Charlie: ["Charles"], Andy: ["Andrew"], Steve: ["Stephen", "Steven"], Tony: ["Anthony", "Antony"],
  Joe: ["Joseph"], Sue: ["Susan"], Jenny: ["Jennifer"], Sandy: ["Alexander", "Sandra"], Peg: ["Margaret"], Hank: ["Henry"], Betty: ["Elizabeth"], Patty: ["Patricia"], Bert: ["Albert", "Herbert"],
};
/**
 * Whether two first names may be one person's: one the other's short form ("Greg" of "Gregory", three
 * letters or more that begin it) or a listed short form ("Bill" of "William"), and the lists do not give
 * them to different sexes ("Daniel" and "Daniela").
 */
function sameFirstName(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(short) || !/^\p{Lu}\p{Ll}+$/u.test(long)) return false;
  const fits = (long.startsWith(short) && long.length - short.length <= 4) || (SHORT_FORMS[short]?.includes(long) ?? false);
  if (!fits) return false;
  const ga = firstNameGender(`${a} X`), gb = firstNameGender(`${b} X`);
  return !(ga && gb && ga !== gb);
}

function initials(tokens: string[], whole = false): string {
  // Hyphenated parts count on their own: "Tahrir al-Sham" -> "TS", "Tehreek-e-Insaf" -> "TI".
  // (So do the two points of a compass word: "Southeast Asian Nations" -> "SEAN", as in ASEAN;
  // `LINK_SKIP=compass`.)
  // (`whole`: a short word in capitals gives all its letters, "UK Health Security Agency" -> "UKHSA";
  // see `spells`; `LINK_SKIP=capsinitials`.)
  // (An elided article counts by its noun: "Fédération Internationale de l'Automobile" -> "FIA";
  // `LINK_SKIP=elided`.)
  // (Three words or more: "CO" is no "Côte d'Or".)
  const elide = !SKIP_ELIDED && tokens.length >= 3;
  return tokens.flatMap((t) => (elide ? t.replace(/^[ld]['’](?=\p{Lu})/u, "") : t).split("-")).filter((t) => !CONNECTORS.has(t.toLowerCase()) && /^\p{Lu}/u.test(t)).map((t) => (whole && /^\p{Lu}{2,3}$/u.test(t) ? t : !SKIP_COMPASS && COMPASS.test(t) ? t[0]! + t[5]!.toUpperCase() : t[0])).join("");
}
const SKIP_CAPS_INITIALS = skippedSteps("LINK_SKIP").has("capsinitials");
/**
 * Whether acronym `upper` spells name `n`: its initials; or, with a short word in capitals giving all its
 * letters ("UKHSA"), or such a word first giving none ("FBI" for "US Federal Bureau of Investigation",
 * three letters or more).
 */
function spells(n: string[], upper: string): boolean {
  if (initials(n) === upper) return true;
  // (With "of" as a letter of its own: "BOJ" for the Bank of Japan, "DOJ" for the Department of
  // Justice; three words exactly; `LINK_SKIP=ofletter`.)
  if (!SKIP_OF_LETTER && n.length === 3 && n[1] === "of" && upper.length === 3 && upper === `${n[0]![0]}O${n[2]![0]}`) return true;
  if (SKIP_CAPS_INITIALS) return false;
  return initials(n, true) === upper || (n.length >= 3 && upper.length >= 3 && /^\p{Lu}{2,3}$/u.test(n[0]!) && initials(n.slice(1)) === upper);
}
/** Compass words of two points, which acronyms give two letters: "Southeast" -> "SE". */
const COMPASS = /^(?:South|North)(?:east|west)$/;
const SKIP_COMPASS = skippedSteps("LINK_SKIP").has("compass");

export function clusterMentions(cands: Candidate[], index: RegistryIndex, text?: string): Cluster[] {
  const clusters: Cluster[] = [];
  let aboutSport: boolean | undefined;
  let coupleNames: Set<string> | undefined;
  // Surnames the text gives a couple by honorifics only: "Mr and Mrs Okafor".
  // ("Dr and Mrs Hughes" too: each by the honorific the text gives them, with where the couple is
  // first named.)
  let coupleTitles: Map<string, { titles: Set<string>; at: number }> | undefined;
  const couplesAt = () => {
    if (coupleTitles) return coupleTitles;
    coupleTitles = new Map();
    for (const m of text ? text.matchAll(/\b(Mr|Mrs|Dr|Prof|Sir|Lady)\.?\s+and\s+(Mr|Mrs|Dr|Prof|Lady)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu) : []) {
      const name = m[3]!.replace(/['’]s$/, "");
      const known = coupleTitles.get(name) ?? { titles: new Set<string>(), at: m.index! };
      known.titles.add(m[1]!).add(m[2]!);
      coupleTitles.set(name, known);
    }
    return coupleTitles;
  };
  const couples = () => (coupleNames ??= new Set(couplesAt().keys()));
  const sporty = () => (aboutSport ??= text !== undefined && isTextAboutSport(text));
  const byEntry = new Map<string, Cluster>();
  const byName = new Map<string, Cluster>();
  const deferred: { cand: Candidate; tokens: string[] }[] = [];
  const singles: Cluster[] = [];

  const add = (cluster: Cluster, cand: Candidate, tokens: string[]) => {
    cluster.members.push(cand);
    if (text && cluster.person && tokens.length >= 2 && !SKIP_RELATIVES) {
      const kin = RELATIVE_BEFORE.exec(text.slice(Math.max(0, cand.start - 16), cand.start));
      if (kin || RELATIVES_LISTED.test(text.slice(Math.max(0, cand.start - 70), cand.start))) {
        cluster.relative = true;
        cluster.relativeNoun ??= kin?.[0].replace(/[,\s]+$/, "").toLowerCase();
      }
    }
    // (A first name alone after a kin noun says the same of its person: "His son, Marco,"; `rankother`.)
    if (text && cluster.person && tokens.length === 1 && !SKIP_RELATIVES && !SKIP_RANK_OTHER && cluster.relativeNoun === undefined) {
      const kin = RELATIVE_BEFORE.exec(text.slice(Math.max(0, cand.start - 16), cand.start));
      if (kin) cluster.relativeNoun = kin[0].replace(/[,\s]+$/, "").toLowerCase();
    }
    // ("The elder Byrne" does not call him by the surname alone: the bare "Byrne" stays the son's.)
    const rankedMention = tokens.length === 1 && text !== undefined && !SKIP_FAMILY && RANK_BEFORE.test(text.slice(Math.max(0, cand.start - 14), cand.start));
    if (cand.kind === "name" && !rankedMention && !cluster.names.some((n) => n.join(" ") === tokens.join(" "))) cluster.names.push(tokens);
    cluster.lastSeen = cand.start;
  };
  /** Short names registered from a town's name with a particle ("Frankfurt" from "Frankfurt am Main"), which only a place's mention may take. */
  const placeCores = new Set<string>();
  const fresh = (cand: Candidate, tokens: string[], entry?: RegistryEntry): Cluster => {
    const c: Cluster = { members: [], names: [], person: (entry?.type ?? cand.type) === "person", lastSeen: cand.start, ...(entry ? { entry } : {}) };
    clusters.push(c);
    add(c, cand, tokens);
    return c;
  };
  const entryCluster = (entry: RegistryEntry, cand: Candidate, tokens: string[]) => {
    const c = byEntry.get(entry.id);
    if (c) add(c, cand, tokens);
    else {
      const made = fresh(cand, tokens, entry);
      byEntry.set(entry.id, made);
      for (const form of [entry.name, ...entry.aliases]) byName.set(normalizeName(form), made);
    }
  };
  // When several people fit, the one the text already calls by this word alone wins: news style keeps
  // the bare surname for the main person and names a second one with that surname in full ("Ahmed
  // Mohamed ... Mohamed ... His father Mohamed El-Hassan Mohamed said ... support to Mohamed"). With
  // no such use yet, not one introduced as a relative ("Serena Williams ... Her sister Venus Williams
  // attended. ... Williams said" is Serena), else the most recently mentioned ("John Smith met Jane
  // Smith. Smith said").
  // An honorific before the word says which of them: "Joe Biden and his wife, Jill Biden ... Mr
  // Biden said" is Joe (the honorific's gender against the first name's, where the lists know it).
  // The person was the subject of a speech verb in the same paragraph, a sentence or two before.
  // Only for a mention that itself speaks: "said Ms Ellison", "Ellison said" (not "apologised to Mohamed").
  // Only after an honorific: "Mr Patel", not a bare surname, which news keeps for the main person.
  const gender0 = (at: number) => (text ? honorificBefore(text, at) !== undefined : false);
  const justSpoke = (c: Cluster, at: number): boolean => {
    if (!text || SKIP_SPOKE) return false;
    const speaks = /\b(?:said|says|added|asked|replied|told)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$/.test(text.slice(Math.max(0, at - 20), at)) || /^\p{L}[\p{L}'’-]*\s+(?:said|says|added|told|replied)\b/u.test(text.slice(at, at + 40));
    if (!speaks) return false;
    // (Its last mention outside a quotation: "'Aoife told people she was frightened,' Ms Brennan said"
    // is no sign that Aoife spoke.)
    const last = [...c.members].reverse().find((m) => m.start < at && !insideQuote(m.start));
    // (Also from the paragraph before, when this one opens with the quotation the mention is the cue of:
    // 'Her daughter, Karen Dunmore, said ... \n\n"Mum was lying there ...," Ms Dunmore said'; `LINK_SKIP=spokebefore`.)
    const between = last ? text.slice(last.end, at) : "";
    const breaks = between.split("\n").length - 1;
    const opensWithQuote = !SKIP_SPOKE_BEFORE && /^\n\n["“]/.test(between.slice(between.indexOf("\n"))) && breaks === 2 && /["”][^"“”]{0,40}$/.test(between);
    if (!last || last.end > at || at - last.end > 300 || (breaks > 0 && !opensWithQuote)) return false;
    return /^[\s,]*(?:[^,.]{0,60},\s*)?(?:said|says|told|added|explained|recalled)\b/.test(text.slice(last.end, last.end + 90));
  };
  /** Whether an offset lies inside a quotation of its paragraph. */
  const insideQuote = (at: number): boolean => !!text && !SKIP_SPOKE_QUOTED && insideQuotation(text, at);
  const justIntroduced = (c: Cluster, at: number, token: string): boolean => {
    if (SKIP_JUST_NAMED || !text || !gender0(at)) return false;
    const first = c.members[0]!;
    if (first.start >= at || at - first.end > 250 || first.text.split(/\s+/).length < 2 || text.slice(first.end, at).includes("\n\n")) return false;
    // (No other mention of the surname between: "Anil Patel ... Vikram Patel ... Mr Patel" is open.)
    return !clusters.some((o) => o !== c && o.members.some((m) => m.start > first.start && m.start < at && m.text.split(/\s+/).at(-1) === token));
  };
  const innerNamed = (token: string, at: number): Cluster | undefined => {
    if (!text) return undefined;
    const fits = clusters.filter((c) => c.person && c.names.some((n) => n.length >= 3 && n.slice(1, -1).includes(token)) && (() => {
      const first = c.members[c.members.length - 1]!;
      return first.start < at && at - first.end <= 250 && !text.slice(first.end, at).includes("\n\n");
    })());
    if (fits.length !== 1) return undefined;
    const c = fits[0]!, last = c.members[c.members.length - 1]!;
    return clusters.some((o) => o !== c && o.members.some((m) => m.start > last.start && m.start < at && m.text.split(/\s+/).includes(token))) ? undefined : c;
  };
  /** People the words a surname attributes speak of by first name, set for one lookup: see `quotenamed`. */
  let quoteNamedOut: Set<Cluster> | undefined;
  const personBy = (token: string, position: "last" | "first", gender?: "male" | "female", at?: number): Cluster | undefined => {
    let best: Cluster | undefined;
    // "Al-Ansari" written as the text wrote it mid-sentence, "al-Ansari" (once per call, not per name).
    const lowerArticle = /^(?:Al|El)-/.test(token) ? token.charAt(0).toLowerCase() + token.slice(1) : undefined;
    let bestUsed = false, bestSpoke = false, hits = 0, usedCount = 0, nonRelatives = 0;
    let confirmed: Set<Cluster> | undefined;
    if (gender && text && !SKIP_SEX_KNOWN) {
      const known = clusters.filter((c) => c.person && c.names.some((n) => n.length >= 2 && (n[n.length - 1] === token || n[0] === token)) && (c.names.some((n) => firstNameGender(n.join(" ")) === gender) || c.members.some((m) => honorificBefore(text, m.start) === gender || gendered(text, m.start) === gender)));
      // (Not when all it finds are someone's children and someone of the surname is no one's relative,
      // with a first name the lists do not know: "managing director Pradeep Kumar Agarwal ... their son Rohit
      // Agarwal ... Mr Agarwal said"; `LINK_SKIP=relativeintroduced`.)
      const relativesOnly = !SKIP_RELATIVE_INTRODUCED && known.every((c) => c.relative && c.relativeNoun !== undefined && YOUNGER_KIN.has(c.relativeNoun)) && clusters.some((c) => c.person && !c.relative && !known.includes(c) && c.names.some((n) => n.length >= 2 && n[n.length - 1] === token && firstNameGender(n.join(" ")) === undefined));
      if (known.length > 0 && !relativesOnly) confirmed = new Set(known);
    }
    // A title before the word prefers the one the text introduced with that title: "Samsung chairman Lee
    // Jae-yong ... President Lee Jae-myung ... President Lee said" is the president (`LINK_SKIP=sametitle`).
    let sameTitled: Set<Cluster> | undefined;
    const written = at !== undefined && text && !SKIP_SAME_TITLE ? /(?:^|[\s(])(\p{L}\p{Ll}+)\.?\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] : undefined;
    // (A title's short form is the title: "Councillor David Hughes ... Cllr Hughes said"; `LINK_SKIP=titleshort`.)
    const titleWord = written && !SKIP_TITLE_SHORT ? TITLE_SHORT_FORMS[written] ?? written : written;
    if (titleWord && isTitleWord(titleWord.toLowerCase()) && !honorificGender(titleWord)) {
      const forms = [titleWord, ...Object.keys(TITLE_SHORT_FORMS).filter((k) => TITLE_SHORT_FORMS[k] === titleWord && !SKIP_TITLE_SHORT)];
      const before = new RegExp(`\\b(?:${forms.join("|")})\\.?\\s+$`, "i");
      const known = clusters.filter((c) => c.person && c.names.some((n) => n.length >= 2 && (n[n.length - 1] === token || n[0] === token)) && c.members.some((m) => m.start < at! && m.text.split(/\s+/).length >= 2 && before.test(text!.slice(Math.max(0, m.start - 24), m.start))));
      if (known.length === 1) sameTitled = new Set(known);
    }
    // ... and so does "the <title>" earlier in the paragraph, when one of them was introduced with it:
    // "Incumbent mayor Tomasz Wieczorek ... Independent candidate Paweł Wieczorek ... the mayor thanked
    // volunteers. '...,' Mr Wieczorek said" is the mayor (`LINK_SKIP=paragraphtitle`).
    if (!sameTitled && at !== undefined && text && !SKIP_PARAGRAPH_TITLE && !/\b(?:elder|younger|eldest|youngest)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/i.test(text.slice(Math.max(0, at - 24), at))) {
      // (Outside quotations: '"He's the chief out here, not my dad," the younger Washington said'.)
      const paragraph = text.slice(Math.max(text.lastIndexOf("\n", at) + 1, at - 600), at).replace(/"[^"]*"|“[^”]*”/g, " ");
      const said = new Set([...paragraph.matchAll(/\b[Tt]he\s+(\p{Ll}+)\b/gu)].map((m) => m[1]!).filter((w) => isTitleWord(w)));
      if (said.size) {
        const named = clusters.filter((c) => c.person && c.names.some((n) => n.length >= 2 && n[n.length - 1] === token));
        const titledSo = named.filter((c) => c.members.some((m) => m.start < at && m.text.split(/\s+/).length >= 2 && [...said].some((w) => new RegExp(`\\b${w}\\s+$`, "i").test(text.slice(Math.max(0, m.start - 24), m.start)))));
        // (Only one of the honorific's sex: "The archbishop's daughter, Grace Mwangi ... Ms Mwangi said".)
        const sexOk = (c: Cluster) => !gender || !c.names.some((n) => { const g = firstNameGender(n.join(" ")); return g !== undefined && g !== gender; });
        if (titledSo.length === 1 && named.length > 1 && sexOk(titledSo[0]!)) sameTitled = new Set(titledSo);
      }
    }
    // One woman keeps one honorific through a text: "Ms Dunmore" then "Mrs Dunmore" are two women (the
    // daughter and her mother), so a person the text already called by another of Mrs, Ms and Miss is
    // not this one, while someone else of the surname fits (`LINK_SKIP=honorific`).
    const honorificOut = new Set<Cluster>();
    const honorific = at !== undefined && text && !SKIP_HONORIFIC ? /(?:^|\s)(Mrs|Ms|Miss)\.?\s+$/.exec(text.slice(Math.max(0, at - 8), at))?.[1] : undefined;
    if (honorific) {
      const named = clusters.filter((c) => c.person && c.names.some((n) => n.length >= 2 && n[n.length - 1] === token));
      for (const c of named) if (c.members.some((m) => m.start < at! && (/(?:^|\s)(Mrs|Ms|Miss)\.?\s+$/.exec(text!.slice(Math.max(0, m.start - 8), m.start))?.[1] ?? honorific) !== honorific)) honorificOut.add(c);
      if (honorificOut.size === named.length) honorificOut.clear();
    }
    const rankedOut = new Set<Cluster>();
    // (Or after it, in apposition: "Mr Byrne, the younger one,".)
    const rank = at !== undefined && text !== undefined ? (RANK_BEFORE.exec(text.slice(Math.max(0, at - 14), at))?.[1] ?? (SKIP_RANK_AFTER ? undefined : RANK_AFTER.exec(text.slice(at + token.length, at + token.length + 24))?.[1]))?.toLowerCase() : undefined;
    const ranked = rank !== undefined;
    // "Brunson's father, Rick Brunson, ... The elder Brunson": the one the text introduced as a parent
    // is the elder, as a child the younger (`LINK_SKIP=family`).
    if (ranked && !SKIP_FAMILY && position === "last") {
      const { picks, rulesOut } = rankKin(rank);
      const named = clusters.filter((c) => c.person && c.names.some((n) => n.length >= 2 && n[n.length - 1] === token));
      // "Gregory Lassiter, 52, ... and his younger brother Paul Lassiter, 47, ... the elder Lassiter":
      // of two, the ages the text gives, or the one it calls the younger or the elder, say which
      // (`LINK_SKIP=rankage`).
      if (named.length === 2 && !SKIP_RANK_AGE && text !== undefined) {
        const elder = /^(?:elder|eldest|older)$/i.test(rank);
        const ageOf = (c: Cluster) => { for (const m of c.members) { const a = /^,\s*(\d{1,3}),/.exec(text.slice(m.end, m.end + 8)); if (a) return Number(a[1]); } return undefined; };
        const calls = (c: Cluster) => c.members.map((m) => /\b(elder|younger|older|eldest|youngest)\s+(?:brother|sister|sibling|son|daughter)\s+$/i.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1]?.toLowerCase()).find((w) => w !== undefined);
        const [x, y] = named as [Cluster, Cluster];
        const ax = ageOf(x), ay = ageOf(y);
        if (ax !== undefined && ay !== undefined && ax !== ay) return (ax > ay) === elder ? x : y;
        const cx = calls(x), cy = calls(y);
        const older = (w: string | undefined) => (w === undefined ? undefined : /^(?:elder|older|eldest)$/.test(w));
        if (cx !== undefined && cy === undefined) return older(cx) === elder ? x : y;
        if (cy !== undefined && cx === undefined) return older(cy) === elder ? y : x;
      }
      const fits = named.filter((c) => c.relativeNoun !== undefined && picks.has(c.relativeNoun));
      if (fits.length === 1) return fits[0];
      // (Else not one the text introduced as the other kind: "His father Peter Byrne ... The younger
      // Byrne" is not Peter.)
      for (const c of named) if (c.relativeNoun !== undefined && rulesOut.has(c.relativeNoun)) rankedOut.add(c);
      // (And of two, the one the other's kin word does not rule out: "Joe Bortolotto, 71 ... His son,
      // Marco ... The elder Mr Bortolotto" is Joe; `LINK_SKIP=rankother`.)
      const left = named.filter((c) => !rankedOut.has(c));
      if (!SKIP_RANK_OTHER && named.length === 2 && left.length === 1) return left[0];
    }
    const fuller = (x: Cluster) => x.members.filter((m) => m.kind === "name" && /\s/.test(m.text)).length;
    for (const c of clusters) {
      if (!c.person) continue;
      if (sameTitled && !sameTitled.has(c)) continue;
      if (rankedOut.has(c) || honorificOut.has(c) || quoteNamedOut?.has(c)) continue;
      // (A surname's Arabic article may be left out: "Assad" for "Bashar al-Assad".)
      // (A Korean or Chinese name puts the family name first: "Park" is Park Geun-hye.)
      const eastAsian = (n: string[]) => n.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(n[1]!) && n[0] === token;
      // (... or capitalised at a sentence start: "Al-Ansari said" for "Majed al-Ansari".)
      const hit = c.names.some((n) => n.length >= 2 && (position === "last" ? n[n.length - 1] === token || eastAsian(n) || (!SKIP_ARTICLE && (n[n.length - 1]!.replace(/^(?:al|el|Al|El)-/, "") === token || (lowerArticle !== undefined && n[n.length - 1] === lowerArticle))) : n[0] === token));
      if (!hit) continue;
      if (gender && c.names.some((n) => { const g = firstNameGender(n.join(" ")); return g !== undefined && g !== gender; })) continue;
      hits++;
      // (Nor one the text already called by an honorific of the other sex: "said Ms Trevaskis" is
      // not the "Mr Trevaskis" whose wife is named next; LINK_SKIP=sex.)
      if (gender && text && !SKIP_SEX && c.members.some((m) => { const h = honorificBefore(text, m.start); return h !== undefined && h !== gender; })) continue;
      // (An honorific's sex prefers someone the text shows is of that sex, by a gendered title or
      // honorific before a mention or by the first name: "first lady Kim Keon-hee ... Mrs Kim" is not the
      // minister Kim Yong-hyun the text called "Kim" before; `LINK_SKIP=sexknown`.)
      if (gender && confirmed && !confirmed.has(c)) continue;
      if (!c.relative) nonRelatives++;
      const used = c.names.some((n) => n.length === 1 && n[0] === token);
      if (used) usedCount++;
      // One who has just spoken wins, relative or not: "Her daughter, Susan Ellison, said ... '...,'
      // said Ms Ellison" is the daughter (`LINK_SKIP=spoke`).
      // (It outranks one the text already calls by the word, too.)
      // One just introduced in full, a sentence or two before, with no other of the surname named since,
      // counts as one who has just spoken: "Anil Patel, 58, ... Mr Patel, a retired solicitor, said" is
      // Anil, though "Mr Patel" meant his namesake before (`LINK_SKIP=justnamed`).
      const spoke = at !== undefined && (justSpoke(c, at) || justIntroduced(c, at, token));
      if (spoke && !bestSpoke) { best = c; bestUsed = used; bestSpoke = true; continue; }
      if (bestSpoke && !spoke) continue;
      // (Between two named in full and never by the word alone, the one the text names more, in its
      // headline and lead, is the one it is about: "Denzel Washington honoured ... The actor Denzel
      // Washington ... a statue of George Washington. '...,' Washington said" is Denzel; `LINK_SKIP=named`.)
      const more = !SKIP_NAMED_MORE && !used && !bestUsed && best !== undefined && fuller(c) !== fuller(best) && Math.max(fuller(c), fuller(best)) >= 2 ? fuller(c) > fuller(best) : undefined;
      const better = !best || (used && !bestUsed) || (used === bestUsed && (!c.relative && best.relative ? true : c.relative && !best.relative ? false : more ?? c.lastSeen > best.lastSeen));
      if (better) { best = c; bestUsed = used; }
    }
    // A family: three or more people of the surname, and nothing that says which ("The elder Rajapaksa"
    // among Mahinda, Gotabaya, Basil and Namal), or "the elder"/"the younger" before it with two: no
    // one rather than the last named (`LINK_SKIP=family`).
    // (Nor when the text has called two of them by the word alone.)
    // (Three people whose names open with the word too: "Kim Jong Un", "Kim Yo Jong", "Kim Keon-hee".)
    // (But one of them the text introduces as no one's relative is the one a bare surname means: "Rory
    // Byrne ... his father Peter Byrne ... his sister Aoife Byrne ... Byrne said".)
    if (!SKIP_FAMILY && !bestSpoke && ((hits >= 3 && !bestUsed && !(hits === 3 && nonRelatives === 1 && best && !best.relative)) || (hits >= 2 && usedCount > 1 && !gender) || (position === "last" && ranked && hits >= 2 && !bestUsed))) return undefined;
    return best;
  };

  // "Sir David" is the one "Sir David ..." the text named, not another David: a knight or dame is
  // called by the title and the first name.
  const knightBy = (token: string, at: number): Cluster | undefined => {
    // (And "Sheikh Mohammed" the one "Sheikh Mohammed bin Abdulrahman Al Thani", "Prince Mohammed" the
    // one "Crown Prince Mohammed bin Salman": Gulf and royal titles go with the first name too.)
    const title = /(?:^|\s)(Sir|Dame|Sheikh|Sheikha|Prince|Princess)\s+$/.exec(text?.slice(Math.max(0, at - 10), at) ?? "")?.[1];
    if (!text || SKIP_KNIGHTS || !title) return undefined;
    const titled = new RegExp(`${title}\\s+$`);
    const knighted = clusters.filter((c) => c.person && c.members.some((m) => m.text.split(/\s+/).length >= 2 && m.text.startsWith(token + " ") && titled.test(text.slice(Math.max(0, m.start - 10), m.start))));
    return knighted.length === 1 ? knighted[0] : undefined;
  };

  // The one company named with the word and company words after it ("Ferrari NV" for "Ferrari").
  const companyNamed = (token: string): Cluster | undefined => {
    const fits = clusters.filter((c) => !c.person && clusterType(c) === "organization" && c.names.some((n) => n.length >= 2 && n[0] === token && companyWords(n.slice(1))));
    return fits.length === 1 ? fits[0] : undefined;
  };

  // "Lula" after "Luiz Inácio Lula da Silva": a word inside a long name, when only one person has it.
  const middleNameOf = (token: string): Cluster | undefined => {
    const fits = clusters.filter((c) => c.person && c.names.some((n) => n.length >= 3 && n.slice(1, -1).includes(token) && !SURNAME_PARTICLES.has(token.toLowerCase())));
    return fits.length === 1 ? fits[0] : undefined;
  };
  // "Sam" after "Samuel Beaulieu": a familiar form of the first name of the one person named in full
  // with a first name of that form, when no one is called by the word itself (`LINK_SKIP=familiarfirst`).
  const familiarOf = (token: string): Cluster | undefined => {
    const formal = SKIP_FAMILIAR_FIRST ? undefined : formalFirstName(token);
    if (!formal) return undefined;
    const fits = clusters.filter((c) => c.person && c.names.some((n) => n.length >= 2 && n[0] !== token && formalFirstName(n[0]!) === formal));
    return fits.length === 1 ? fits[0] : undefined;
  };

  for (const cand of cands) {
    quoteNamedOut = undefined;
    const tokens = words(knownCanonical(placeCase(normalizeName(cand.text), cand.type)));
    if (cand.pinnedId) {
      const existing = clusters.find((c) => c.pinnedId === cand.pinnedId);
      if (existing) add(existing, cand, tokens);
      else fresh(cand, tokens).pinnedId = cand.pinnedId;
      continue;
    }
    if (cand.entry) {
      entryCluster(cand.entry, cand, tokens);
      continue;
    }
    const norm = knownCanonical(placeCase(normalizeName(cand.text), cand.type));
    const merged = index.merged.get(norm.toLowerCase());
    if (merged) {
      entryCluster(merged, cand, tokens);
      continue;
    }
    // "Mr and Mrs Okafor ... Their son, Daniel Okafor ... Mr Okafor, 71, said": a couple the text names
    // only by honorific is two people of their own, the husband and the wife, never a child named in
    // full; "Mr and Mrs Okafor" itself is the family (`LINK_SKIP=couple`).
    if (tokens.length === 1 && !SKIP_COUPLE && text !== undefined && couples().has(tokens[0]!)) {
      const couple = couplesAt().get(tokens[0]!)!;
      const both = /\b(?:Mr|Mrs|Dr|Prof|Sir|Lady)\.?\s+and\s+(?:Mr|Mrs|Dr|Prof|Lady)\.?\s+$/.test(text.slice(Math.max(0, cand.start - 16), cand.start));
      // (Only the couple's own honorifics: "Ms Okafor" is more often the daughter.)
      const word = /\b(Mr|Mrs|Dr|Prof|Sir|Lady)\.?\s+$/.exec(text.slice(Math.max(0, cand.start - 6), cand.start))?.[1];
      const title = both ? "family" : word && couple.titles.has(word) ? word : undefined;
      // (Not "the younger Mr Patel", nor where someone of the surname, no relative, is named in full
      // after the couple: "Anil Patel ... Mr Patel, who has chaired the council" is Anil.)
      const ranked = /\b(?:elder|younger|eldest|youngest)\s+(?:Mr|Mrs|Dr)\.?\s+$/i.test(text.slice(Math.max(0, cand.start - 16), cand.start));
      const named = clusters.some((c) => c.person && !c.relative && c.members[0]!.start > couple.at && c.names.some((n) => n.length >= 2 && n[n.length - 1] === tokens[0]));
      if (title && !ranked && (title === "family" || !named)) {
        const key = `${norm}\u0000${title}`;
        const found = byName.get(key);
        if (found) add(found, { ...cand, type: "person" }, tokens);
        else {
          const made = fresh({ ...cand, type: "person" }, tokens);
          made.displayName = title === "family" ? `${[...couple.titles].join(" and ")} ${tokens[0]}` : `${title} ${tokens[0]}`;
          byName.set(key, made);
        }
        continue;
      }
    }
    // "the Korda sisters", "the Rajapaksa family": a family, not one of its members (its own entity,
    // whatever the text calls its members; `LINK_SKIP=family`).
    // (Not a place's: "Virginia families".)
    if (tokens.length === 1 && !SKIP_FAMILY && text !== undefined && cand.type !== "place" && !isListedPlace(norm) && !isKnownOrganization(norm) && FAMILY_AFTER.test(text.slice(cand.end, cand.end + 14))) {
      const key = `${norm}\u0000family`;
      const family = byName.get(key);
      if (family) add(family, cand, tokens);
      else {
        const made = fresh({ ...cand, type: "person" }, tokens);
        byName.set(key, made);
        // (A bare surname no one member is sure of joins the family: see personBy.)
        if (!byName.has(norm)) byName.set(norm, made);
      }
      continue;
    }
    if (tokens.length === 1) {
      const token = tokens[0]!;
      // A single word that is someone's surname refers to that person, whatever the recogniser typed.
      const gender = text ? honorificBefore(text, cand.start) : undefined;
      // A first name the recogniser typed otherwise ("Yorgos has a way ...", typed an organisation)
      // is the one person with that first name, when the word names nothing else: no listed place, no
      // well-known organisation, no dictionary word ("Jordan", "Chelsea", "Will" stay what they are).
      // (Not one a kind of place follows: "the Krishna and Ghataprabha rivers" after "Krishna Byre Gowda".)
      // (A city or a word that speaks is the person, though: "Paris Hilton ... Paris said", "Will said";
      // `LINK_SKIP=firstsays`.)
      // (Not a city the text also writes as a place: "the billboard on the Champs-Elysees ... Paris said
      // ... in Paris" is the city's authorities; unless it attributes a quotation: '"...," Paris told
      // reporters'.)
      const speaks = !SKIP_FIRST_SAYS && text !== undefined && /^\s+(?:said|says|told|added|replied|explained)\b/.test(text.slice(cand.end, cand.end + 12)) && !isCountry(token) && !isCountryOrRegion(token) && !(isListedPlace(token) && !/[,?!]\s*["”]\s*$/.test(text.slice(Math.max(0, cand.start - 4), cand.start)) && new RegExp(`\\b(?:in|to|from|at|near|across|around|outside|of|visit|visited|visiting)\\s+${token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(text));
      const plainFirst = !SKIP_FIRST_NAME && cand.type !== "person" && !(text && PLACE_NOUN_AFTER.test(text.slice(cand.end, cand.end + 80))) && token.length >= 3 && (speaks || (!isListedPlace(token) && !(gazFlags(token, token.toLowerCase()) & GAZ.dictCommon))) && !isKnownOrganization(token);
      // (Not by surname for a word the recogniser calls a place: it types a bare surname as the person
      // when the text names them in full, so a word it still calls a place had a place's evidence,
      // "the city of Jackson", "in Jackson"; `LINK_SKIP=listedplace`.)
      // (But a "place" that a quotation's attribution names is its speaker: '"...," Jordan told reporters'
      // is Jim Jordan, not the country; not '"...," Washington said in a statement', a government's
      // words; `LINK_SKIP=quotedsurname`.)
      const attributed = !SKIP_QUOTED_SURNAME && text !== undefined && /(?:[,?!]\s*["”]|["”]\s*,)\s*$/.test(text.slice(Math.max(0, cand.start - 4), cand.start)) && /^\s+(?:\p{Ll}+ly\s+|later\s+|then\s+)?(?:said|says|told|added|replied|insisted)\b/u.test(text.slice(cand.end, cand.end + 24)) && !/^\s+(?:said|says)\s+in\s+(?:a|an|its)\s+(?:statement|letter|filing|notice|release)/.test(text.slice(cand.end, cand.end + 40));
      // (Nor a listed place the recogniser calls an organisation, a government or a side acting, with no
      // honorific: "Washington said on Monday that it would impose tariffs" is not George Washington;
      // `LINK_SKIP=placeacting`.)
      const placeHere = !SKIP_LISTED_PLACE && (cand.type === "place" || (cand.type === "organization" && !SKIP_PLACE_ACTING && !gender0(cand.start) && isListedPlace(token))) && !attributed;
      // (Nor for a word the recogniser calls an organisation that a company's name opens before its
      // company words, when no honorific, speech verb or ", who" makes it a person: "Ferrari shares slide" is
      // Ferrari NV, not Piero Ferrari; `LINK_SKIP=companyfirst`.)
      const company = cand.type === "organization" && !gender && !SKIP_COMPANY_FIRST && !(text && /^(?:\s+(?:said|says|told|added)\b|,\s+who\b)/.test(text.slice(cand.end, cand.end + 10))) ? companyNamed(token) : undefined;
      if (company) {
        add(company, cand, tokens);
        continue;
      }
      // (An honorific's sex that rules out every person of that surname leaves the word to someone else:
      // "Rebecca Lowry and her husband, Jack, ... said Mr Lowry" is not Rebecca; LINK_SKIP=sex.)
      // ('"Tom was my little brother. ..." Mr Riordan said' is not Tom Riordan, of two Riordans: the words a
      // surname attributes name someone else by first name; `LINK_SKIP=quotenamed`.)
      quoteNamedOut = undefined;
      if (!SKIP_QUOTE_NAMED && text !== undefined && /[,?!.]\s*["”]\s*$/.test(text.slice(Math.max(0, cand.start - 16), cand.start).replace(/\s*(?:Mr|Mrs|Ms|Miss|Dr)\.?\s*$/, ""))) {
        const close = text.slice(0, cand.start).search(/["”][^"”]*$/);
        const open = close > 0 ? Math.max(text.lastIndexOf("“", close - 1), text.lastIndexOf('"', close - 1)) : -1;
        const words = open >= 0 && close - open < 600 ? new Set(text.slice(open + 1, close).match(/\p{Lu}\p{Ll}+/gu) ?? []) : undefined;
        const named = words ? clusters.filter((c) => c.person && c.names.some((n) => n.length >= 2 && n[n.length - 1] === token)) : [];
        const out = named.filter((c) => c.names.some((n) => n.length >= 2 && words!.has(n[0]!)));
        if (out.length > 0 && out.length < named.length) quoteNamedOut = new Set(out);
      }
      const sexed = gender && !SKIP_SEX ? personBy(token, "last", gender, cand.start) : undefined;
      // '"...," Gandhi said' right after "His sister, Priyanka Gandhi Vadra, ... was more pointed": a
      // quotation's attribution by a word inside the name of the person just introduced, with no one
      // else of the word named since, is that person, though another's surname is the word
      // (`LINK_SKIP=justnamed`).
      const inner = !SKIP_JUST_NAMED && !placeHere && /(?:[,?!]\s*["”]|["”]\s*,)\s*$/.test(text?.slice(Math.max(0, cand.start - 4), cand.start) ?? "") ? innerNamed(token, cand.start) : undefined;
      if (inner) {
        add(inner, { ...cand, type: "person" }, tokens);
        continue;
      }
      // (Nor a word the recogniser calls an organisation though it is the surname of someone named in
      // full: it keeps person's words as people unless a company's cues or the list of well-known
      // organisations say otherwise, "Shares in Pemberton fell", "Ford is to cut jobs" beside Clare
      // Pemberton and Gary Ford; with no honorific and no quotation it attributes; `LINK_SKIP=companyhere`.)
      // (Asked only when a person is found: the cues' search reads the whole text.)
      const companyHere = () => !SKIP_COMPANY_HERE && cand.type === "organization" && !gender && !attributed && !isListedPlace(token) && text !== undefined && (isKnownOrganization(token) || companyCued(text, token));
      // (With no honorific, a pronoun its own verb puts right after the word says which of two of the
      // surname it is: "His mother, Lourdes Villanueva, ... Villanueva said he planned to return" is the
      // son; `LINK_SKIP=pronounsex`.)
      const pronounSex = gender || SKIP_PRONOUN_SEX || text === undefined ? undefined : PRONOUN_AFTER.exec(text.slice(cand.end, cand.end + 40))?.[1];
      const pronouned = pronounSex ? personBy(token, "last", /^(?:he|his)$/.test(pronounSex) ? "male" : "female", cand.start) : undefined;
      let person = (placeHere ? undefined : sexed ?? (gender && !SKIP_SEX ? undefined : pronouned ?? personBy(token, "last", undefined, cand.start))) ?? (cand.type === "person" ? knightBy(token, cand.start) ?? personBy(token, "first") ?? middleNameOf(token) ?? familiarOf(token) : plainFirst ? personBy(token, "first") ?? (speaks || attributed ? middleNameOf(token) : undefined) : undefined);
      quoteNamedOut = undefined;
      if (person && companyHere()) person = undefined;
      if (person) {
        add(person, { ...cand, type: "person" }, tokens);
        continue;
      }
      // (An acronym written as a word, as British papers write long ones: "Uefa", "Fema", "Unicef";
      // four letters or more; `LINK_SKIP=wordacronym`.)
      const wordAcronym = !SKIP_WORD_ACRONYM && (/^\p{Lu}\p{Ll}{3,6}$/u.test(token) || (cand.type === "organization" && /^\p{Lu}\p{Ll}{2}$/u.test(token)));
      if (/^\p{Lu}{2,6}$/u.test(token) || wordAcronym) {
        const upper = token.toUpperCase();
        // (Two letters spell a city's name by chance: "MC" is no "Mexico City"; a body or a country only.)
        // (Or the capitals of one word in two parts: "LV" for "LibriVox", "PP" for "PayPal"; `LINK_SKIP=camelacronym`.)
        const camel = (n: string[]) => !SKIP_CAMEL_ACRONYM && !wordAcronym && n.length === 1 && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+/u.test(n[0]!) && n[0]!.replace(/[^\p{Lu}]/gu, "") === upper;
        const expansion = clusters.find((c) => !c.person && c.names.some((n) => (n.length >= 2 && spells(n, upper) && (token.length > 2 || SKIP_TWO_LETTERS || clusterType(c) === "organization" || regionOrCountry(n.join(" ")))) || camel(n)));
        if (expansion) {
          add(expansion, cand, tokens);
          continue;
        }
      }
    } else if (cand.type !== "person") {
      // "UMC Utrecht" after "University Medical Center Utrecht": an acronym and the words the full name
      // ends with (`LINK_SKIP=acronymhead`).
      // (Not a country's letters: "the US Senate" is not "the University of Sydney Senate".)
      if (!SKIP_ACRONYM_HEAD && /^\p{Lu}{2,6}$/u.test(tokens[0]!) && !regionOrCountry(placeCase(tokens[0]!, "place")) && !isListedPlace(tokens[0]!)) {
        const tail = tokens.slice(1).join(" ");
        const full = clusters.filter((c) => !c.person && c.names.some((n) => n.length > tokens.length && n.slice(n.length - tokens.length + 1).join(" ") === tail && initials(n.slice(0, n.length - tokens.length + 1)) === tokens[0]));
        if (full.length === 1) {
          add(full[0]!, cand, tokens);
          byName.set(norm, full[0]!);
          continue;
        }
      }
      const acronym = initials(tokens);
      const twoOk = acronym.length > 2 || SKIP_TWO_LETTERS || cand.type === "organization" || regionOrCountry(norm);
      const short = acronym.length >= 2 && twoOk ? byName.get(acronym) : undefined;
      if (short && !short.person && !short.entry) {
        add(short, cand, tokens);
        byName.set(norm, short);
        continue;
      }
    }
    // "Milwaukee" for the Milwaukee Bucks: a city the recogniser typed as an organisation (a team, in
    // a match report) is the one organisation the text names with the city before its nickname. (Not
    // remembered as the city's name: "in Milwaukee" stays the city.)
    // ("Milan" for AC Milan: or a club's word before the city; `LINK_SKIP=clubprefix`.)
    // (A city only: a country or a state that acts, "Texas sued", stays the place, as GUM links it.)
    const cityAsClub = cand.type === "organization" && isListedPlace(norm) && !isCountry(norm) && !isCountryOrRegion(norm);
    // (Or a town no list knows, in a text about sport: "Parramatta led 12-6" after "the Parramatta Eels";
    // `LINK_SKIP=teamtowns`.)
    const townAsClub = !SKIP_TEAM_TOWNS && cand.type === "organization" && tokens.length <= 2 && /^\p{Lu}\p{Ll}+$/u.test(tokens[0]!) && !isListedPlace(norm) && !isKnownOrganization(norm) && sporty();
    if (!SKIP_TEAMS && (cityAsClub || townAsClub)) {
      const key = tokens.join(" ");
      const named = clusters.filter((c) => !c.person && clusterType(c) === "organization" && c.names.some((n) => n.length > tokens.length && ((n.slice(0, tokens.length).join(" ") === key && isTeamTail(n.slice(tokens.length))) || (!SKIP_CLUB_PREFIX && n.length === tokens.length + 1 && CLUB_PREFIXES.has(n[0]!) && n.slice(1).join(" ") === key))));
      if (named.length === 1) {
        add(named[0]!, cand, tokens);
        continue;
      }
    }
    // A city the recogniser calls a club that the text names with no club's name is an organisation of
    // its own, never the city: "Milan started brightly ... residents protested in Milan" is two entities
    // on two pages (`LINK_SKIP=clubsplit`). (Looked up under a key of its own, so "in Milan" never
    // finds it, nor it the city.)
    const clubKey = `${norm}\u0000club`;
    // (In a text about sport only, and never a dateline's capitals: "LONDON (AP) -" is the city.)
    if (!SKIP_CLUB_SPLIT && cityAsClub && sporty() && /\p{Ll}/u.test(cand.text)) {
      const club = byName.get(clubKey);
      if (club) add(club, cand, tokens);
      else {
        const made = fresh(cand, tokens);
        made.club = true;
        byName.set(clubKey, made);
      }
      continue;
    }
    const core = SKIP_CORES ? undefined : coreName(tokens, cand.type);
    // (A place's short name registered from its long one is the place only: "Rio" the company after
    // "Rio de Janeiro" is Rio Tinto, not the city.)
    const sameFound = byName.get(norm) ?? (core ? byName.get(core) : undefined);
    const same = sameFound && cand.type !== "place" && placeCores.has(norm) && !SKIP_PARTICLE_CORE ? undefined : sameFound;
    // (A surname of two words the text gave another person, of the other sex, before: "Ms Van Damme" then
    // "Mr Van Damme".)
    const sexNow = same?.person && tokens.length >= 2 && text && !SKIP_SEX ? honorificBefore(text, cand.start) : undefined;
    // (Nor a family's bare name seen first, "Van Damme siblings clash", when an honorific says which of
    // them: the full names decide below.)
    const sexClash = sexNow !== undefined && (same!.members.some((m) => { const h = markedSex(text!, m.start); return h !== undefined && h !== sexNow; }) || same!.names.every((n) => n.length === tokens.length));
    // (Nor where a rank in apposition says which of a family: "Mr de la Cruz, the younger one,".)
    const rankedAfter = same?.person && tokens.length >= 2 && text !== undefined && !SKIP_RANK_AFTER && RANK_AFTER.test(text.slice(cand.end, cand.end + 24));
    // (Nor a company under another legal form: "Porsche AG" is not "Porsche SE"; `LINK_SKIP=formclash`.)
    const formClash = !SKIP_FORM_CLASH && core !== undefined && same !== undefined && !byName.has(norm) && same.names.some((n) => n.length === tokens.length && COMPANY_FORMS.has(n.at(-1)!) && n.at(-1) !== tokens.at(-1) && n.slice(0, -1).join(" ") === core);
    // (Nor a place the text names as one, by a company's name without its form: "offices in Antofagasta"
    // and "Antofagasta plc"; `LINK_SKIP=formplace`.)
    const formPlace = !SKIP_FORM_PLACE && cand.type === "organization" && core !== undefined && same !== undefined && !byName.has(norm) && same.members.length > 0 && same.members.every((m) => m.type === "place");
    if (same && same.person === (cand.type === "person") && !sexClash && !rankedAfter && !formClash && !formPlace) {
      add(same, cand, tokens);
      if (core && !byName.has(core)) { byName.set(core, same); if (cand.type === "place" && particleCore(tokens) === core) placeCores.add(core); }
      continue;
    }
    // "Larry Lessig" after "Lawrence Lessig", "Bill Clinton" after "William Clinton": a first name's
    // familiar form with the same surname is the same person, when one person fits (`LINK_SKIP=hypocorism`).
    // (Two words each: a longer birth name has rules of its own, below.)
    if (cand.type === "person" && tokens.length === 2 && !SKIP_HYPOCORISM) {
      const formal = formalFirstName(tokens[0]!);
      const surname = tokens[tokens.length - 1]!;
      const fits = formal ? clusters.filter((c) => c.person && c.names.some((n) => n.length === 2 && n[1] === surname && n[0] !== tokens[0] && formalFirstName(n[0]!) === formal)) : [];
      if (fits.length === 1) {
        add(fits[0]!, cand, tokens);
        byName.set(norm, fits[0]!);
        continue;
      }
    }
    if (cand.type !== "person") {
      // A shorter form of an organisation or place named before ("the Home Office" after "the United
      // Kingdom Home Office", "the Court" after "the Supreme Court of Cassation"), when it keeps the
      // longer name's head word and only one earlier name fits ("Korea" after both North and South
      // Korea stays apart).
      // A listed place is no short form of an organisation's name ("New Zealand" after "Food
      // Standards Australia New Zealand"), and a continent, region or city none of a longer place's
      // ("Africa" after "South Africa"); a country may be one ("Korea" after "South Korea" alone).
      const listed = isListedPlace(norm), country = isCountry(norm);
      // ... nor a country a longer country's ("Sudan" after "South Sudan", "Guinea" after "Papua New
      // Guinea"): only a listed country that is part of no other country's name may be ("Korea").
      const fits = clusters.filter((c) => !c.person && c.names.some((n) => n.length > tokens.length && containsWithHead(n, tokens) && !partOf(n, tokens) && !(country && !SKIP_COUNTRIES && isCountry(n.join(" ")) && !AMBIGUOUS_COUNTRY_SHORT.has(norm))) && !(listed && (!country || (clusterType(c) === "organization" && !c.names.some((n) => isListedPlace(n.join(" ")))))));
      // (Not a name the text gives an acronym of its own that the longer one does not have: "the
      // Party for Freedom (PVV)" is not the "People's Party for Freedom and Democracy (VVD)".)
      const ownAcronym = text ? /^\s*\((\p{Lu}{2,6})\)/u.exec(text.slice(cand.end, cand.end + 12))?.[1] : undefined;
      const bracketed = (m: Candidate) => (text ? /^\s*\((\p{Lu}{2,6})\)/u.exec(text.slice(m.end, m.end + 12))?.[1] : undefined);
      const otherAcronym = ownAcronym !== undefined && fits.length === 1 && (fits[0]!.names.some((n) => n.length === 1 && isAcronym(n[0]!) && n[0] !== ownAcronym) || fits[0]!.members.some((m) => { const a = bracketed(m); return a !== undefined && a !== ownAcronym; }));
      // (Of several, the one whose name ends with the word: "the Commission" is the "European
      // Commission", not the "European Commission for Competition" a title named; `LINK_SKIP=headends`.)
      // (Of several of both kinds, one of the mention's own type first: "the House" typed a body is the
      // House of Representatives, not Parliament House; `LINK_SKIP=fittype`.)
      const sameType = fits.length > 1 && !SKIP_FIT_TYPE ? fits.filter((c) => clusterType(c) === cand.type) : [];
      const pool = sameType.length ? sameType : fits;
      const ending = pool.length > 1 && tokens.length === 1 && !SKIP_HEAD_ENDS ? pool.filter((c) => c.names.some((n) => n.length > 1 && n[n.length - 1] === tokens[0])) : pool;
      const fit = ending.length === 1 ? ending : pool;
      if (fit.length === 1 && (!otherAcronym || SKIP_OWN_ACRONYM)) {
        add(fit[0]!, cand, tokens);
        byName.set(norm, fit[0]!);
        continue;
      }
      // "Tottenham" after "Tottenham Hotspur", "Goldman" after "Goldman Sachs": the first word of a
      // two-word organisation whose second word is a name, not a common head ("Deutsche Bank", "Liverpool
      // City Council" keep theirs), when the mention is an organisation too and one name fits.
      // "Kruger" after "Kruger National Park", "Heathrow" after "Heathrow Airport": the name of a
      // place whose other words are its kind.
      // "Crescent Harbour's licence" after "Crescent Harbour Capital": a company's name without its
      // company words, whatever the recogniser typed it (not a listed place: "Oslo" is no "Oslo Energy";
      // `LINK_SKIP=companyprefix`).
      if (!SKIP_COMPANY_PREFIX && !listed) {
        const key = tokens.join(" ");
        // (One ordinary word may stand before the company word, "Meridian Health Partners" ... "Meridian",
        // but not for a well-known body or a person the text names: "Goldman Sachs Asset Management" is
        // no "Goldman Sachs", "Odey Asset Management" no "Odey" when Crispin Odey is named.)
        const wide = !isKnownOrganization(key) && !clusters.some((c) => c.person && c.names.some((n) => n.length >= 2 && n[n.length - 1] === key));
        const named = clusters.filter((c) => !c.person && clusterType(c) === "organization" && c.names.some((n) => n.length > tokens.length && n.slice(0, tokens.length).join(" ") === key && companyWords(n.slice(tokens.length), wide)));
        if (named.length === 1) {
          add(named[0]!, { ...cand, type: "organization" }, tokens);
          byName.set(norm, named[0]!);
          continue;
        }
      }
      // ("the Aviva" after "Aviva Stadium", typed an organisation: after "the", a company's name
      // seldom, a venue's often.)
      const venue = cand.type === "organization" && text !== undefined && /\bthe\s+$/i.test(text.slice(Math.max(0, cand.start - 5), cand.start));
      // (Also a natural place's own name typed a body: "UNESCO lists Doñana" after "Doñana National
      // Park"; `LINK_SKIP=nature`.)
      const nature = !SKIP_NATURE && cand.type === "organization" && tokens.length === 1 && !listed;
      if (!SKIP_FIRST_WORD && (cand.type === "place" || venue || nature) && tokens.length === 1 && !listed) {
        const kinds = cand.type === "place" || venue ? PLACE_KINDS : NATURE_KINDS;
        const named = clusters.filter((c) => !c.person && c.names.some((n) => n.length >= 2 && n[0] === tokens[0] && kinds.has(n.slice(1).join(" "))));
        if (named.length === 1) {
          add(named[0]!, cand, tokens);
          byName.set(norm, named[0]!);
          continue;
        }
      }
      // "Scientology" after "the Church of Scientology": the name after "of" in one body's three-word
      // name (the recogniser marks it so only when it is no place, person or dictionary word).
      if (!SKIP_FIRST_WORD && cand.type === "organization" && tokens.length === 1 && !listed) {
        const named = clusters.filter((c) => !c.person && clusterType(c) === "organization" && c.names.some((n) => n.length === 3 && n[1] === "of" && n[2] === tokens[0]));
        if (named.length === 1) {
          add(named[0]!, cand, tokens);
          byName.set(norm, named[0]!);
          continue;
        }
      }
      if (!SKIP_FIRST_WORD && cand.type === "organization" && tokens.length === 1 && !listed) {
        // (Not a body named for a place it serves: "NHS England" is no "NHS", "Google India" no "Google".)
        // ... and a company's own name before its company words ("Northlake" after "Northlake Software Inc").
        // ... and a university's own name ("Stanford" after "Stanford University"; not a listed place's).
        const named = clusters.filter((c) => !c.person && clusterType(c) === "organization" && c.names.some((n) => (n.length === 2 && n[0] === tokens[0] && (isNameWord(n[1]!) || OWN_NAME_HEADS.has(n[1]!)) && !isListedPlace(n[1]!)) || (n.length >= 2 && n[0] === tokens[0] && companyWords(n.slice(1)))));
        if (named.length === 1) {
          add(named[0]!, cand, tokens);
          byName.set(norm, named[0]!);
          continue;
        }
      }
    }
    // "the dispute at Pennine Metropolitan" after "Pennine Metropolitan University": a name of two words
    // or more that is one institution's name without its head word, whatever the recogniser typed it,
    // when no listed place is named so (`LINK_SKIP=headless`).
    if (!SKIP_HEADLESS && cand.type !== "person" && tokens.length >= 2 && !isListedPlace(norm)) {
      // (A university's or college's name only: "Red Bull" is no "Red Bull Racing", "Manchester United"
      // no academy; and a "place" only after "at": "the district that includes Lee Park", "Police in Wake
      // Forest" are the places those are named after.)
      const at = text !== undefined && /\bat\s+$/.test(text.slice(Math.max(0, cand.start - 4), cand.start));
      const named = cand.type === "place" && !at ? [] : clusters.filter((c) => !c.person && clusterType(c) === "organization" && c.names.some((n) => n.length === tokens.length + 1 && UNIVERSITY_HEADS.has(n.at(-1)!) && n.slice(0, -1).join(" ") === tokens.join(" ")));
      if (named.length === 1) {
        add(named[0]!, { ...cand, type: "organization" }, tokens);
        byName.set(norm, named[0]!);
        continue;
      }
    }
    if (cand.type !== "person" && tokens.length >= 3) {
      // "Food Standards Australia New Zealand" and "Food Standards of Australia and New Zealand": one
      // organisation written with and without its function words; "Marks & Spencer" and "Marks and
      // Spencer" with "&" for "and".
      const key = contentKey(tokens), text = tokens.join(" ");
      const written = clusters.find((c) => !c.person && c.names.some((n) => n.length >= 3 && n.join(" ") !== text && contentKey(n) === key));
      if (written) {
        add(written, cand, tokens);
        byName.set(norm, written);
        continue;
      }
    }
    // "from Hoffman's" after "Hoffman's Bakery": a business named by its owner's possessive alone
    // (`LINK_SKIP=ownedbusiness`).
    if (!SKIP_OWNED_BUSINESS && cand.type === "organization" && tokens.length === 2 && /^['’]s$/.test(tokens[1]!)) {
      const shop = clusters.find((c) => !c.person && c.names.some((n) => n.length === 3 && n[0] === tokens[0] && /^['’]s$/.test(n[1]!)));
      if (shop) {
        add(shop, cand, tokens);
        byName.set(norm, shop);
        continue;
      }
    }
    // "the Social Democrats" after "the Social Democratic Party", "the Conservatives" after "the
    // Conservative Party": a party's members' plural typed a body is the party (`LINK_SKIP=partyplural`).
    // (And its adjective as a modifier: "Social Democratic leader Rūta Kazlauskienė".)
    if (!SKIP_PARTY_PLURAL && cand.type === "organization") {
      const plural = (n: string[]) => n.length === tokens.length + 1 && n.slice(0, -2).join(" ") === tokens.slice(0, -1).join(" ") && memberPlurals(n.at(-2)!).includes(tokens.at(-1)!);
      const party = clusters.find((c) => !c.person && c.names.some((n) => n.at(-1) === "Party" && (plural(n) || (n.length === tokens.length + 1 && n.slice(0, -1).join(" ") === tokens.join(" ")))));
      if (party) {
        add(party, cand, tokens);
        byName.set(norm, party);
        continue;
      }
    }
    // (Also a compound surname with its particle inside: "Fernández de Kirchner" after "Cristina Fernández de Kirchner".)
    // (And a double surname: "López Obrador" after "Andrés Manuel López Obrador", when its first word is
    // no first name: "Jane Smith" after "Mary Jane Smith" may be someone else.)
    const particle = tokens.some((t, i) => (i === 0 || i < tokens.length - 1) && SURNAME_PARTICLES.has(t.toLowerCase()));
    // ("Ben Salah" after "Mohamed Ben Salah": "Ben", "Abu", "Ould" lead North African and Arabic
    // family names, though the lists know "Ben" as a first name.)
    // ("Ms Carroll MacNeill" after "Jennifer Carroll MacNeill": an honorific says the words are a surname,
    // though the first is a first name too.)
    // ("Santos Silva" after "Augusto Santos Silva": or a first word the lists know as a surname too, no
    // ordinary word; `LINK_SKIP=surnamelead`.)
    const lead = gazFlags(tokens[0]!, tokens[0]!.toLowerCase());
    const doubleSurname = !SKIP_TAILS && (!(lead & GAZ.firstName) || FAMILY_NAME_LEADS.has(tokens[0]!) || gender0(cand.start) || (!SKIP_SURNAME_LEAD && tokens.length === 2 && (lead & GAZ.surname) !== 0 && !(lead & GAZ.dictCommon)));
    if (cand.type === "person" && tokens.length >= 2 && (particle || doubleSurname)) {
      // "von der Leyen" after "Ursula von der Leyen", "Von der Leyen said": a surname with its
      // particles is the person whose name ends so (the most recent one, as for a bare surname).
      const tail = tokens.map((t) => t.toLowerCase()).join(" ");
      // (Not the name after "bin" in a chain of fathers: "Mohamed bin Zayed" is the father of
      // "Theyab bin Mohamed bin Zayed", not he.)
      const fathers = (n: string[]) => /^(?:bin|ibn|bint|ben)$/i.test(n[n.length - tokens.length - 1] ?? "") && !SURNAME_PARTICLES.has(tokens[0]!.toLowerCase());
      // (Not one of the other sex than an honorific before says: "Marc Van Damme ... his daughter, Sofie
      // Van Damme ... Ms Van Damme said" is Sofie; `LINK_SKIP=sex`.)
      const sex = text && !SKIP_SEX ? honorificBefore(text, cand.start) : undefined;
      const otherSex = (c: Cluster) => sex !== undefined && (c.names.some((n) => { const g = firstNameGender(n.join(" ")); return g !== undefined && g !== sex; }) || c.members.some((m) => { const h = markedSex(text!, m.start); return h !== undefined && h !== sex; }));
      const sexKnown = (c: Cluster) => sex !== undefined && (c.names.some((n) => firstNameGender(n.join(" ")) === sex) || c.members.some((m) => markedSex(text!, m.start) === sex));
      let owners = clusters.filter((c) => c.person && c.names.some((n) => n.length > tokens.length && n.slice(-tokens.length).join(" ").toLowerCase() === tail && !fathers(n)) && !otherSex(c));
      // (And one the text shows is of that sex over one it does not: Sofie is "his daughter".)
      if (owners.some(sexKnown)) owners = owners.filter(sexKnown);
      // As for a bare surname: one the text already calls so, else not one introduced as a relative
      // ("Paco de Lucía ... his brother Pepe de Lucía ... De Lucía" is Paco), else the most recent.
      const calledSo = (c: Cluster) => c.names.some((n) => n.length === tokens.length && n.join(" ").toLowerCase() === tail);
      // (But one introduced in full just before, with an honorific now, is that one, relative or not:
      // "Their father, Ernesto de la Cruz, won a silver medal. '...,' Mr de la Cruz said";
      // `LINK_SKIP=justnamed`.)
      // (The end of each one's last mention in full before this one.)
      const fullBefore = (c: Cluster) => Math.max(-1, ...c.members.filter((m) => m.start < cand.start && m.text.split(/\s+/).length > tokens.length).map((m) => m.end));
      const latest = owners.length > 1 && sex !== undefined && !SKIP_JUST_NAMED ? owners.map((c) => ({ c, end: fullBefore(c) })).reduce((a, b) => (b.end > a.end ? b : a)) : undefined;
      // ("Mr de la Cruz, the younger one," is not the one introduced as the father; `LINK_SKIP=rankafter`.)
      const rankAfter = text && !SKIP_RANK_AFTER ? RANK_AFTER.exec(text.slice(cand.end, cand.end + 24))?.[1] : undefined;
      if (rankAfter) {
        const { rulesOut } = rankKin(rankAfter);
        owners = owners.filter((c) => c.relativeNoun === undefined || !rulesOut.has(c.relativeNoun));
      }
      const justNamed = !rankAfter && latest && latest.end > 0 && cand.start - latest.end < 300 && text!.slice(latest.end, cand.start).split("\n\n").length <= 2 && !clusters.some((c) => c !== latest.c && c.members.some((m) => m.start > latest.end && m.start < cand.start && m.text.toLowerCase().endsWith(tail))) ? latest.c : undefined;
      const owner = justNamed ?? owners.sort((a, b) => Number(calledSo(b)) - Number(calledSo(a)) || (SKIP_RELATIVES ? 0 : Number(!!a.relative) - Number(!!b.relative)) || b.lastSeen - a.lastSeen)[0];
      if (owner) {
        add(owner, cand, tokens);
        byName.set(norm, owner);
        continue;
      }
    }
    // "Tommy Reilly ... Born Thomas Aloysius Reilly in 1951": a birth name is the person the text named
    // before with that surname, when one person who is no one's relative has it (`LINK_SKIP=born`).
    if (cand.type === "person" && tokens.length >= 2 && !SKIP_BORN && text && /(?:^|[\s,(])[Bb]orn\s+$/.test(text.slice(Math.max(0, cand.start - 8), cand.start))) {
      const last = tokens[tokens.length - 1]!;
      const named = clusters.filter((c) => c.person && !c.relative && c.names.some((n) => n.length >= 2 && n[n.length - 1] === last));
      if (named.length === 1) {
        // (The entity keeps the name the text calls it by, not the birth name.)
        const known = named[0]!.names.find((n) => n.length >= 2);
        if (known && !named[0]!.displayName && !named[0]!.entry) named[0]!.displayName = known.join(" ");
        add(named[0]!, cand, tokens);
        continue;
      }
    }
    if (cand.type === "person" && tokens.length >= 2) {
      // "Donald J. Trump" and "Donald Trump": same first and last word.
      const first = tokens[0]!, last = tokens[tokens.length - 1]!;
      const sameEnds = clusters.find((c) => c.person && c.names.some((n) => n.length >= 2 && n[0] === first && n[n.length - 1] === last));
      if (sameEnds) {
        add(sameEnds, cand, tokens);
        byName.set(norm, sameEnds);
        continue;
      }
      // "Greg Thornbury" and "Gregory Thornbury", "Bill Clinton" and "William Clinton": a first name and
      // its short form, with one surname, when one person fits (`LINK_SKIP=shortforms`).
      const shortForm = SKIP_SHORT_FORMS ? [] : clusters.filter((c) => c.person && c.names.some((n) => n.length >= 2 && n[n.length - 1] === last && n[0] !== first && sameFirstName(n[0]!, first)));
      if (shortForm.length === 1) {
        add(shortForm[0]!, cand, tokens);
        byName.set(norm, shortForm[0]!);
        continue;
      }
      // "Siti Aishah Rahman ... Siti Aishah told reporters": the given names of one person named in
      // full just before, where news drops a Malay or Arabic family name (`LINK_SKIP=forenames`).
      const fore = SKIP_FORENAMES ? [] : clusters.filter((c) => c.person && !c.relative && c.names.some((n) => n.length > tokens.length && n.slice(0, tokens.length).join(" ") === tokens.join(" ")));
      // (Nor one introduced anew, with a title or role before it or a description after it: "Former
      // king Juan Carlos", "PSG coach Luis Enrique", "Carlos Alberto, the 1970 World Cup-winning captain".)
      const introduced = text !== undefined && (/\b(?:[Kk]ing|[Qq]ueen|[Pp]rince|[Pp]rincess|coach|manager|captain|president|minister|[Ff]ormer|[Ll]ate)\s+$/.test(text.slice(Math.max(0, cand.start - 12), cand.start)) || /^,\s+(?:the|a|an|who)\b/.test(text.slice(cand.end, cand.end + 8)));
      const near = fore.length === 1 && !introduced;
      if (near && tokens.length >= 2 && !clusters.some((c) => c.person && c.names.some((n) => n.length >= 2 && n[n.length - 1] === last))) {
        add(fore[0]!, cand, tokens);
        byName.set(norm, fore[0]!);
        continue;
      }
    }
    if (cand.type === "person" && tokens.length === 1) {
      deferred.push({ cand, tokens });
      continue;
    }
    const made = fresh(cand, tokens);
    byName.set(norm, made);
    if (core && !byName.has(core)) { byName.set(core, made); if (cand.type === "place" && particleCore(tokens) === core) placeCores.add(core); }
    if (tokens.length === 1) singles.push(made);
  }

  // A one-word place or organisation that turns out to be the surname of a person named later in the
  // text ("Lee ... Stan Lee") was a mistyped mention of that person.
  for (const single of singles) {
    if (single.members.length !== 1) continue;
    const token = single.names[0]?.[0];
    // (Not a listed place that "it" takes up: "Washington said on Monday that it would impose tariffs"
    // before "George Washington" is the government; `LINK_SKIP=placeacting`.)
    if (token && text && !SKIP_PLACE_ACTING && isListedPlace(token) && IT_TAKES_UP.test(text.slice(single.members[0]!.end, single.members[0]!.end + 60))) continue;
    // (... or the first name of the one person named later, when the word names nothing else: "Lautaro
    // strikes late" in a headline before "Lautaro Martinez"; `LINK_SKIP=laterfirst`.)
    const firstOnly = (t: string) => !SKIP_LATER_FIRST && t.length >= 3 && !isListedPlace(t) && !isKnownOrganization(t) && !(gazFlags(t, t.toLowerCase()) & GAZ.dictCommon) && !(text && PLACE_NOUN_AFTER.test(text.slice(single.members[0]!.end, single.members[0]!.end + 80)));
    const firsts = token && firstOnly(token) ? clusters.filter((c) => c.person && c.names.some((n) => n.length >= 2 && n[0] === token)) : [];
    const person = token ? personBy(token, "last") ?? (firsts.length === 1 ? firsts[0] : undefined) : undefined;
    if (!person) continue;
    // (Not a listed place the recogniser still calls a place after the full name, with a place's
    // words around it: "Whitney Houston ... a Houston museum"; `LINK_SKIP=earlierplace`.)
    // (Where the words around it say so: an article or a locative before it, "a Houston museum", "in
    // Houston"; not "Jimmy Wales ... Wales praised the volunteers".)
    // (Or a team's plural verb after it: "Coventry were held 1-1".)
    const placeWords = text !== undefined && (/\b(?:a|an|the|in|at|from|to|near|of)\s+$/i.test(text.slice(Math.max(0, single.members[0]!.start - 6), single.members[0]!.start)) || /^\s+(?:are|were|have|remain)\b/.test(text.slice(single.members[0]!.end, single.members[0]!.end + 8)));
    if (!SKIP_EARLIER_PLACE && token && placeWords && isListedPlace(token) && single.members[0]!.type === "place" && person.members.some((m) => m.start < single.members[0]!.start && m.text.includes(" "))) continue;
    // (A word a company's name opens stays the company's, as above: the company may come after it,
    // "Ferrari shares slide" in a headline before "Ferrari NV shares fell".)
    const company = !SKIP_COMPANY_FIRST && token && single.members[0]!.type === "organization" ? companyNamed(token) : undefined;
    if (company && company !== single) {
      company.members.push(single.members[0]!);
      company.members.sort((a, b) => a.start - b.start);
      clusters.splice(clusters.indexOf(single), 1);
      continue;
    }
    person.members.push({ ...single.members[0]!, type: "person" });
    clusters.splice(clusters.indexOf(single), 1);
  }

  // Single names seen before the full name ("Lammy ... David Lammy" in a headline-first text), else a
  // registry person with that surname, else a cluster of their own.
  for (const { cand, tokens } of deferred) {
    const token = tokens[0]!;
    const gender = text && !SKIP_SEX ? honorificBefore(text, cand.start) : undefined;
    let person = gender ? personBy(token, "last", gender, cand.start) ?? personBy(token, "first", gender) : personBy(token, "last", undefined, cand.start) ?? personBy(token, "first");
    // (Not someone the text introduces only later when it has already named a person of that surname
    // and the other sex: "Margaret Pollard and her husband ... Mr Pollard" is the husband, not "the
    // couple's son, David Pollard" named next.)
    // (A relative the text gives by first name only is not someone named in full with another surname
    // than the one whose relative they are: "Tommy Reilly ... His father, Michael, worked on the docks
    // ... President Michael D. Higgins" is no Higgins; "Joe Biden ... his wife, Jill ... Jill Biden" is
    // one; `LINK_SKIP=relatives`.)
    if (person && !gender && !SKIP_RELATIVES && text && RELATIVE_BEFORE.test(text.slice(Math.max(0, cand.start - 16), cand.start))) {
      // (Whose relative: the person named last before the mention, no one's relative.)
      let whose: Cluster | undefined, whoseAt = -1;
      for (const c of clusters) {
        if (!c.person || c.relative || c === person) continue;
        for (const m of c.members) if (m.start < cand.start && m.start > whoseAt) { whose = c; whoseAt = m.start; }
      }
      const surname = (c: Cluster) => c.names.find((n) => n.length >= 2)?.at(-1);
      if (whose && surname(whose) !== undefined && surname(person) !== surname(whose)) person = undefined;
    }
    if (person && gender && !SKIP_SEX && person.members[0]!.start > cand.start && clusters.some((c) => c !== person && c.person && c.members[0]!.start < cand.start && c.names.some((n) => n.length >= 2 && n[n.length - 1] === token))) person = undefined;
    if (person) {
      add(person, cand, tokens);
      continue;
    }
    // (Not a registry person of the other sex: "Mrs Trump" is not Donald Trump; `LINK_SKIP=othersex`.)
    // ("Cepeda" in a headline before "Iván Cepeda Castro": the first of two surnames, as in the text.)
    const inner = SKIP_JUST_NAMED || gender ? undefined : middleNameOf(token);
    if (inner) {
      add(inner, cand, tokens);
      continue;
    }
    const registryPeople = (index.surnames.get(token) ?? []).filter((e) => SKIP_OTHER_SEX || !gender || entrySex(e) !== (gender === "male" ? "female" : "male"));
    if (registryPeople.length === 1) {
      entryCluster(registryPeople[0]!, cand, tokens);
      continue;
    }
    const norm = knownCanonical(placeCase(normalizeName(cand.text), cand.type));
    const same = byName.get(norm);
    if (same) add(same, cand, tokens);
    else byName.set(norm, fresh(cand, tokens));
  }
  if (text) joinBracketedAcronyms(cands, clusters, text);
  if (text && !SKIP_KNOWN_AS) joinKnownAs(cands, clusters, text);
  if (!SKIP_NICKNAMES) joinTeamNicknames(clusters);
  if (!SKIP_CLUB_SPLIT) joinLaterClubs(clusters);
  if (!SKIP_CLUB_WORDS) joinClubWords(clusters);
  if (!SKIP_CLUB_TAILS && sporty()) joinClubLastWords(clusters);
  if (!SKIP_OF_PLACE) joinOfPlace(clusters);
  if (!SKIP_SHORT_FIRST) joinEarlierShortNames(clusters);
  if (!SKIP_TAILS) joinEarlierSurnames(clusters);
  if (text && !SKIP_US_STATE) nameUsStates(clusters, text);
  if (!SKIP_REGION_SENSE) splitRegionSenses(clusters);
  return clusters;
}

/**
 * "Chelsea agree deal for Dortmund midfielder" in a headline, then "Borussia Dortmund": a city's club
 * named before the club's full name is that club, when one club's name is the city with a club's word.
 */
function joinLaterClubs(clusters: Cluster[]): void {
  for (const short of [...clusters]) {
    if (!short.club || short.names.length !== 1) continue;
    const city = short.names[0]!.join(" ");
    const full = clusters.filter((c) => c !== short && !c.person && !c.club && clusterType(c) === "organization" && c.names.some((n) => n.length >= 2 && ((n.slice(0, -1).join(" ") === city && isTeamTail(n.slice(-1))) || (n.slice(0, -2).join(" ") === city && isTeamTail(n.slice(-2))) || (CLUB_PREFIXES.has(n[0]!) && n.slice(1).join(" ") === city))));
    if (full.length !== 1 || full[0]!.members[0]!.start < short.members[0]!.start) continue;
    const club = full[0]!;
    club.members.push(...short.members);
    club.members.sort((a, b) => a.start - b.start);
    clusters.splice(clusters.indexOf(short), 1);
  }
}

/**
 * "Reserve Bank cuts rates" in a headline, then "the Reserve Bank of Australia": a body's name of two
 * words or more that one longer name continues with "of" and a listed place is that body, whichever
 * came first (the short name seen first made a cluster of its own, which its later uses joined).
 */
function joinOfPlace(clusters: Cluster[]): void {
  for (const short of [...clusters]) {
    if (short.person || short.entry || clusterType(short) !== "organization" || !short.names.every((n) => n.length >= 2)) continue;
    const longer = clusters.filter((c) => c !== short && !c.person && clusterType(c) === "organization" && c.names.some((n) => short.names.some((m) => n.length > m.length + 1 && m.every((w, k) => n[k] === w) && n[m.length] === "of" && isListedPlace(n.slice(m.length + 1).join(" ")))));
    if (longer.length !== 1) continue;
    const body = longer[0]!;
    body.members.push(...short.members);
    body.members.sort((a, b) => a.start - b.start);
    for (const n of short.names) if (!body.names.some((k) => k.join(" ") === n.join(" "))) body.names.push(n);
    clusters.splice(clusters.indexOf(short), 1);
  }
}

/**
 * "City" for Manchester City, "United" for Newcastle United, "Atletico" for Atletico Madrid, "Real"
 * for Real Madrid: a club's word alone, before or after its full name, is the one club the text names
 * with that word and a city (two Uniteds leave "United" alone). The recogniser may have typed the word
 * a place ("City"); it is the club's organisation mention.
 */
function joinClubWords(clusters: Cluster[]): void {
  for (const short of [...clusters]) {
    if (short.person || short.entry || short.names.length !== 1 || short.names[0]!.length !== 1) continue;
    const word = short.names[0]![0]!;
    const tail = CLUB_TAILS.has(word), prefix = word.length >= 4 && CLUB_PREFIXES.has(word);
    if (!tail && !prefix) continue;
    const city = (n: string[]) => isListedPlace(n.join(" ")) && !isCountry(n.join(" "));
    // (Accents as the text wrote them or not: "Atletico" and "Atlético Madrid".)
    const bare = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "");
    // (Not a city named so: "Kansas City", "Mexico City".)
    const isClubName = (n: string[]) => n.length >= 2 && !isListedPlace(n.join(" ")) && ((tail && n[n.length - 1] === word && city(n.slice(0, -1))) || (prefix && bare(n[0]!) === bare(word) && city(n.slice(1))));
    const full = clusters.filter((c) => c !== short && !c.person && c.names.some(isClubName));
    // (Not where another name has the word: "the City of London" ... "The City has woken up".)
    const other = clusters.some((c) => c !== short && !full.includes(c) && c.names.some((n) => n.length >= 2 && n[0] === word));
    if (full.length !== 1 || other) continue;
    const club = full[0]!;
    // (The club is an organisation, whatever the recogniser typed its full name: "Atletico Madrid".)
    club.members = [...club.members, ...short.members].map((m) => ({ ...m, type: "organization" as const })).sort((a, b) => a.start - b.start);
    clusters.splice(clusters.indexOf(short), 1);
  }
}

/**
 * "the Amazon" typed a place beside "Amazon" the company: the place mentions are an entity of their
 * own ("Amazon (region)"), so the rainforest never shares the company's page, here or across the
 * corpus. A registry entry that is itself a place keeps them.
 */
function splitRegionSenses(clusters: Cluster[]): void {
  for (const c of [...clusters]) {
    if (c.person || c.displayName || c.entry?.type === "place") continue;
    const name = c.names.find((n) => n.length === 1 && REGION_SENSES.has(n[0]!))?.[0];
    if (!name) continue;
    const places = c.members.filter((m) => m.type === "place" && m.text === name);
    if (!places.length) continue;
    const displayName = REGION_SENSES.get(name)!;
    if (places.length === c.members.length && !c.entry) { c.displayName = displayName; continue; }
    c.members = c.members.filter((m) => !places.includes(m));
    clusters.push({ members: places, names: [[name]], person: false, lastSeen: places[places.length - 1]!.start, displayName });
  }
}

/** Names of a country that are also a US state's, and what tells them apart in a text. */
const STATE_OR_COUNTRY: Record<string, { state: RegExp; country: RegExp }> = {
  Georgia: {
    state: /\b(?:Atlanta|Savannah|Macon|Peach State|Ga\.|Gov\.|Sen\.|Rep\.|Fulton County|Gwinnett|Cobb County|Brian Kemp|Raphensperger|Raffensperger|Ossoff|Warnock|Alabama|Florida|Tennessee|South Carolina|North Carolina|Texas|Arizona|Ohio|Michigan|Pennsylvania|Wisconsin|Nevada|Virginia)\b/,
    country: /\b(?:Tbilisi|Batumi|Kutaisi|Abkhazia|South Ossetia|Caucasus|Georgian Dream|Kobakhidze|Zourabichvili|Saakashvili|Ivanishvili|Kavelashvili|Armenia|Azerbaijan)\b/i,
  },
};
/**
 * "Georgia" in a text about Atlanta and the Senate is the US state, not the country: an entity of
 * its own, named "Georgia (US state)", so the two never share a page. Only where the text has the
 * state's signs and none of the country's (`LINK_SKIP=usstate`).
 */
function nameUsStates(clusters: Cluster[], text: string): void {
  for (const c of clusters) {
    if (c.person || c.entry || c.displayName || c.names.length !== 1 || c.names[0]!.length !== 1) continue;
    const signs = STATE_OR_COUNTRY[c.names[0]![0]!];
    if (!signs || !signs.state.test(text) || signs.country.test(text)) continue;
    c.displayName = `${c.names[0]![0]} (US state)`;
  }
}

/**
 * "Cepeda and de la Espriella trade blows" in a headline, then "Abelardo de la Espriella": a surname
 * with its particles named before the full name is that person, when one person's name ends so.
 * (Clustering goes in text order, so the surname seen first made a cluster of its own.)
 */
function joinEarlierSurnames(clusters: Cluster[]): void {
  for (const short of [...clusters]) {
    if (!short.person || short.entry || short.names.length !== 1 || short.names[0]!.length < 2) continue;
    const name = short.names[0]!;
    if (!SURNAME_PARTICLES.has(name[0]!.toLowerCase())) continue;
    const tail = name.join(" ").toLowerCase();
    const full = clusters.filter((c) => c !== short && c.person && c.names.some((n) => n.length > name.length && n.slice(-name.length).join(" ").toLowerCase() === tail));
    if (full.length !== 1 || full[0]!.members[0]!.start < short.members[0]!.start) continue;
    const target = full[0]!;
    target.members = [...target.members, ...short.members].sort((a, b) => a.start - b.start);
    clusters.splice(clusters.indexOf(short), 1);
  }
}

/**
 * "Villa" for Aston Villa, "Palace" for Crystal Palace, "Forest" for Nottingham Forest: in a text about
 * sport, a word alone that is the last word of one club's two-word name is that club, whatever the
 * recogniser typed it (it takes "Villa dominated" for a person). Not where a person's name has the word
 * ("David Villa") or another body's name ends with it (`LINK_SKIP=clubtails`).
 */
function joinClubLastWords(clusters: Cluster[]): void {
  for (const short of [...clusters]) {
    if (short.entry || short.relative || short.names.length !== 1 || short.names[0]!.length !== 1) continue;
    const word = short.names[0]![0]!;
    if (word.length < 4 || isListedPlace(word) || !/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
    const full = clusters.filter((c) => c !== short && !c.person && clusterType(c) === "organization" && c.names.some((n) => n.length === 2 && n[1] === word && /^\p{Lu}\p{Ll}+$/u.test(n[0]!)));
    if (full.length !== 1) continue;
    const other = clusters.some((c) => c !== short && c !== full[0] && c.names.some((n) => n.length >= 2 && n.includes(word) && (c.person || n[n.length - 1] === word)));
    if (other) continue;
    const club = full[0]!;
    club.members = [...club.members, ...short.members.map((m) => ({ ...m, type: "organization" as const }))].sort((a, b) => a.start - b.start);
    clusters.splice(clusters.indexOf(short), 1);
  }
}

/**
 * "Corvane to buy rival Halden" in a headline, then "Halden Systems" and "Halden" in the text; or
 * "Sibanye" before "Sibanye-Stillwater": a one-word organisation (or unlisted "place") named before
 * the company's full name is that company, when exactly one organisation's name is the word and
 * company words after it, or the word as the first part of a hyphenated name. (Clustering goes in
 * text order, so the short name seen first made a cluster of its own.)
 */
function joinEarlierShortNames(clusters: Cluster[]): void {
  for (const short of [...clusters]) {
    if (short.person || short.entry || !short.names.every((n) => n.length === 1) || short.names.length !== 1) continue;
    const word = short.names[0]![0]!;
    if (isListedPlace(word) || short.members.some((m) => m.type === "person" || m.kind !== "name")) continue;
    // (Nor one the recogniser read as a place wherever the text writes it, before the place's name and
    // a legal form only: "offices in Antofagasta" before "Antofagasta plc"; `LINK_SKIP=formplace`.)
    const placeOnly = !SKIP_FORM_PLACE && short.members.every((m) => m.type === "place");
    // (The names first: the cluster's type counts its members, and this runs for every short name.)
    // ... or the head of one party's or alliance's longer name seen first in a headline: "Front" before
    // "the New Popular Front" (`LINK_SKIP=heads`).
    const headOf = (n: string[]) => !SKIP_HEADS && n.length >= 2 && n[n.length - 1] === word && BODY_HEADS.has(word);
    // ... or a company's name after its city ("Huaxin" for "Shenzhen Huaxin Electric"), or a
    // legislature's word before "of" and its country ("the Senate" for "the Senate of the Philippines";
    // `LINK_SKIP=cityledcompany`).
    const cityLed = (n: string[]) => !SKIP_CITY_LED && n.length >= 3 && n[1] === word && isListedPlace(n[0]!) && !isCountry(n[0]!) && companyWords(n.slice(2));
    const chamberOf = (n: string[]) => !SKIP_CITY_LED && n.length >= 3 && n[0] === word && n[1] === "of" && /^(?:Senate|Parliament|Congress|Assembly)$/.test(word);
    const longer = clusters.filter((c) => c !== short && !c.person && c.names.some((n) => (n.length >= 2 && n[0] === word && companyWords(n.slice(1)) && !(placeOnly && n.length === 2 && COMPANY_FORMS.has(n[1]!))) || headOf(n) || cityLed(n) || chamberOf(n) || (n.length === 1 && n[0]!.startsWith(`${word}-`) && /^\p{Lu}/u.test(n[0]!.slice(word.length + 1)))) && clusterType(c) === "organization");
    if (longer.length !== 1) continue;
    const target = longer[0]!;
    for (const m of short.members) target.members.push({ ...m, type: "organization" });
    target.members.sort((a, b) => a.start - b.start);
    clusters.splice(clusters.indexOf(short), 1);
  }
}

/** Company forms after a company's name: "Alphabet Inc." is "Alphabet". */
const COMPANY_FORMS = new Set(["Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "plc", "PLC", "LLC", "AG", "SA", "S.A.", "NV", "N.V.", "GmbH", "SE", "SpA", "S.p.A.", "Co.", "Limited", "ASA", "AB", "AS", "A/S", "Oyj", "Oy", "BV", "B.V.", "KK", "Bhd", "Berhad", "Pty", "LLP", "Incorporated"]);
/** The formal words before a country's name: "Republic of Kenya". */
const STATE_FORMS = new Set(["Republic", "Kingdom", "State", "Commonwealth", "Islamic Republic", "Federal Republic", "Democratic Republic", "United Republic", "Principality", "Sultanate", "Grand Duchy", "Federation"]);
/** Words for a province or the like that news drops: "Helmand Province" is "Helmand". */
const DIVISIONS = new Set(["Province", "province", "Governorate", "governorate", "Regency", "regency", "Prefecture", "prefecture", "Oblast", "oblast"]);

/**
 * The name a place or organisation is also written by: a company without its form ("Alphabet Inc."),
 * a province without its word ("Helmand Province", "the province of Helmand") unless that leaves a
 * listed city, which is another place ("Kandahar Province" is not the city of Kandahar; for the same
 * reason "County Galway" is never "Galway").
 */
function coreName(tokens: string[], type: EntityType): string | undefined {
  // (An abbreviation's period is a token of its own: "Alphabet", "Inc", ".".)
  if (tokens.at(-1) === "." && tokens.length >= 3) tokens = tokens.slice(0, -1);
  if (type === "person" || tokens.length < 2) return undefined;
  const last = tokens[tokens.length - 1]!;
  if (type === "organization" && COMPANY_FORMS.has(last)) return tokens.slice(0, -1).join(" ");
  // "the Department of Justice" is "the Justice Department", "the Ministry of Defence" "the Defence
  // Ministry": one or two capitalised words after "of" (`LINK_SKIP=departmentof`).
  if (type === "organization" && !SKIP_DEPARTMENT_OF && (tokens.length === 3 || tokens.length === 4) && /^(?:Department|Ministry)$/.test(tokens[0]!) && tokens[1] === "of" && tokens.slice(2).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t))) return `${tokens.slice(2).join(" ")} ${tokens[0]}`;
  // "Puyallup Police Department" is "Puyallup Police", "the Metropolitan Police Service" "the
  // Metropolitan Police": a police force's generic last word (`LINK_SKIP=policeforms`).
  if (type === "organization" && !SKIP_POLICE_FORMS && tokens.length >= 3 && tokens.at(-2) === "Police" && POLICE_FORMS.has(last)) return tokens.slice(0, -1).join(" ");
  if (type !== "place") return undefined;
  // "Ullevaal Stadion" is "Ullevaal": a stadium's own word before its noun, where that word names no
  // listed place of its own ("Cardiff" is the city, not the Cardiff City Stadium; `LINK_SKIP=stadiumcore`).
  if (!SKIP_STADIUM_CORE && tokens.length === 2 && /^(?:Stadium|Stadion)$/.test(last) && /^\p{Lu}\p{Ll}+$/u.test(tokens[0]!) && !isListedPlace(tokens[0]!)) return tokens[0];
  let core: string[] | undefined;
  // A town named with a particle and its river, region or parish is also written by the words before
  // it: "Frankfurt am Main", "Newcastle upon Tyne", "Cortina d'Ampezzo", "Rio de Janeiro" (`LINK_SKIP=particlecore`).
  // ("of" and "and" are no such particle: "Isle of Wight", "Trinidad and Tobago".)
  // (Not an airport or a station named after a person, "Leonardo da Vinci Airport"; and with a
  // Romance "de", "di", "da" only where the words before it name no other listed place: "Santiago de
  // Compostela" is not Santiago, Chile.)
  const town = particleCore(tokens);
  if (town !== null) return town;
  if (DIVISIONS.has(last)) core = tokens.slice(0, -1);
  else if (tokens.length >= 3 && DIVISIONS.has(tokens[0]!) && tokens[1] === "of") core = tokens.slice(2);
  // "the Republic of Kenya", "the Kingdom of Spain": a country's formal name is the country.
  else if (tokens.length >= 3 && tokens.at(-2) === "of" && STATE_FORMS.has(tokens.slice(0, -2).join(" ")) && isCountry(tokens.at(-1)!)) core = tokens.slice(-1);
  if (!core?.length) return undefined;
  const name = core.join(" ");
  return isListedPlace(name) && !isCountry(name) ? undefined : name;
}

/**
 * The words before a town's particle ("Frankfurt" of "Frankfurt am Main"): null when the name has no
 * such particle, undefined when it has one but the words before it are no name of the town.
 */
function particleCore(tokens: string[]): string | undefined | null {
  // (Not an airport or a station named after a person, "Leonardo da Vinci Airport"; and with a
  // Romance "de", "di", "da" only where the words before it name no other listed place: "Santiago de
  // Compostela" is not Santiago, Chile.)
  const last = tokens[tokens.length - 1]!;
  const particle = SKIP_PARTICLE_CORE || DIVISIONS.has(last) || /^(?:Airport|Station|Stadium|Airfield)$/.test(last) ? -1 : tokens.findIndex((t, k) => k > 0 && k < tokens.length - (/^d['’]/.test(t) ? 0 : 1) && TOWN_PARTICLE.test(t));
  if (particle <= 0 || !tokens.slice(0, particle).every((t) => /^\p{Lu}/u.test(t))) return null;
  const name = tokens.slice(0, particle).join(" ");
  const romance = /^(?:de|di|del|della|da|do|dos|das)$/.test(tokens[particle]!);
  return isCountry(name) || (romance && isListedPlace(name)) ? undefined : name;
}
/** Particles between a town's name and its river, region or parish ("am Main", "upon Tyne", "d'Ampezzo"). */
const TOWN_PARTICLE = /^(?:am|an|im|upon|on|sur|sous|en|de|di|del|della|da|do|dos|das|d['’]\p{Lu}[\p{L}-]*)$/u;
/** Generic words after "Police" in a force's full name. */
const POLICE_FORMS = new Set(["Department", "Service", "Force", "Dept", "Dept."]);
/** A country or a listed region, whose two-letter abbreviations news uses ("WA", "BC"); not a city ("MC" is no Mexico City). */
const regionOrCountry = (name: string) => isCountry(name) || isCountryOrRegion(name);
/**
 * Heads of parties' and alliances' names that news uses alone for the one named in full ("Front" for
 * "the New Popular Front"). Not legislatures' or commissions' heads: "Congress" in a US story is not
 * "the Indian National Congress" the story also names.
 */
const BODY_HEADS = new Set(["Alliance", "Front", "Federation"]);
/** Words that open North African and Arabic family names. */
// (And the Irish family-name words: "Mac Donncha", "Ní Bhriain", "Ó Dálaigh", "Nic Aodha".)
const FAMILY_NAME_LEADS = new Set(["Ben", "Bin", "Ibn", "Abu", "Abou", "Abd", "Abdel", "Bou", "Ould", "Ait", "Aït", "Mac", "Mag", "Nic", "Ní", "Ó", "Ua", "Uí"]);
/** Whether the words after a city make a team's name, not a newspaper's or an office's ("Chicago Tribune", "Chicago City Council"). */
function isTeamTail(tail: string[]): boolean {
  if (tail.length > 2) return false;
  if (CLUB_TAILS.has(tail.join(" "))) return true;
  // (A nickname's last word is plural: "Bulls", "Maple Leafs", "Red Wings".)
  return tail.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && /s$/.test(tail.at(-1)!) && !(gazFlags(tail.at(-1)!, tail.at(-1)!.toLowerCase()) & GAZ.orgSuffix);
}

/** Heads of a university's name, which news drops: "Pennine Metropolitan" for Pennine Metropolitan University. */
const UNIVERSITY_HEADS = new Set(["University", "College", "Institute"]);
/** Institution words after a name of its own, which news drops: "Stanford University" is "Stanford", "the Bodleian Libraries" "the Bodleian". */
const OWN_NAME_HEADS = new Set(["University", "College", "Libraries", "Library", "Museum", "Gallery", "Institute", "Foundation", "Racing", "Elementary", "Academy"]);

/** What a place's name may add to its first word: "Kruger National Park" is "Kruger". */
const PLACE_KINDS = new Set(["National Park", "Park", "Game Reserve", "Nature Reserve", "Reserve", "Forest", "National Forest", "Desert", "Airport", "International Airport", "Stadium", "Arena", "Glacier", "Volcano", "Canyon", ...(SKIP_NATURE ? [] : ["River", "Valley", "Mountains", "Hills", "Delta", "Wetlands", "Estuary"])]);
/** Kinds of a natural place, whose own name alone the recogniser may take for a body's ("Doñana" after "Doñana National Park"). */
const NATURE_KINDS = new Set(["National Park", "Game Reserve", "Nature Reserve", "Forest", "National Forest", "Desert", "Glacier", "Volcano", "Canyon", "River", "Valley", "Mountains", "Hills", "Delta", "Wetlands", "Estuary"]);

/** Words that name a part of a place: "Lower Manhattan" is not Manhattan, "Greater Manchester" not Manchester. */
const PART_WORDS = new Set(["Grand", "Little", "Lower", "Upper", "Greater", "Inner", "Outer", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Downtown", "Midtown", "Uptown", "Old"]);
/** True when `long` is `short` with a word for a part (or a larger whole) of it in front. */
// (A country is a part's short name only where the longer name is a country too: "Korea" after "South
// Korea", but "Australia" is not "Western Australia", a state of it; `LINK_SKIP=countrypart`.)
const partOf = (long: string[], short: string[]) => !SKIP_PARTS && long.length === short.length + 1 && PART_WORDS.has(long[0]!) && long.slice(1).join(" ") === short.join(" ") && (!isCountry(short.join(" ")) || (!SKIP_COUNTRY_PART && !isCountry(long.join(" "))));
const SKIP_COUNTRY_PART = skippedSteps("LINK_SKIP").has("countrypart");

/** The plurals a party's adjective names its members by: "Democratic" -> "Democrats", "Conservative" -> "Conservatives". */
const memberPlurals = (adjective: string): string[] => [`${adjective}s`, adjective.replace(/ic$/, "s")];
const SKIP_PARTY_PLURAL = skippedSteps("LINK_SKIP").has("partyplural");
const SKIP_OWNED_BUSINESS = skippedSteps("LINK_SKIP").has("ownedbusiness");
const SKIP_RANK_OTHER = skippedSteps("LINK_SKIP").has("rankother");

const FUNCTION_WORDS = new Set(["of", "and", "the", "for", "&", "de", "di"]);
/** A name's content words, lower-cased: the same for "X of A and B" and "X A B". */
const contentKey = (tokens: string[]) => tokens.filter((t) => !FUNCTION_WORDS.has(t.toLowerCase())).join(" ").toLowerCase();

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u;
/** Capitals, or mostly capitals with a small word's letter inside: "ISAF", "M5S", "MoD", "AfD", "DfE". */
function isAcronym(t: string): boolean {
  // (Hyphenated too, either side of one letter: "PML-N", "N-VA".)
  if (ACRONYM.test(t) || /^\p{Lu}{2,5}-\p{Lu}{1,2}$/u.test(t) || /^\p{Lu}-\p{Lu}{2,4}$/u.test(t)) return true;
  if (!/^\p{Lu}[\p{L}\p{N}&]{1,7}$/u.test(t) || !/\p{Lu}$/u.test(t)) return false;
  const upper = t.replace(/[^\p{Lu}]/gu, "").length, lower = t.replace(/[^\p{Ll}]/gu, "").length;
  return upper >= 2 && lower < upper;
}

/**
 * Whether `acronym`'s letters can be read off `name` in order, the first from its first word and each
 * from a word's start or from inside the word the previous letter came from ("ESTEC": European Space
 * [Research and] TEchnology Centre). Looser than initials, so only for names the bracket follows.
 */
function abbreviates(acronym: string, name: string): boolean {
  const ws = name.split(/\s+/).map((w) => w.toLowerCase());
  const letters = acronym.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const go = (li: number, wi: number, ci: number): boolean => {
    if (li === letters.length) return true;
    const c = letters[li]!;
    // Inside the current word, after the last letter taken.
    const w = ws[wi];
    if (w && ci > 0) for (let k = ci; k < w.length; k++) if (w[k] === c && go(li + 1, wi, k + 1)) return true;
    // Or the start of a later word.
    for (let v = wi + 1; v < ws.length; v++) if (ws[v]![0] === c && go(li + 1, v, 1)) return true;
    return false;
  };
  return ws.length > 1 && ws[0]![0] === letters[0] && go(1, 0, 1);
}

/**
 * A name and an acronym in brackets right after it (or the other way round) are one organisation,
 * whether or not the letters match the name's words (a place only when they do): "Kurdistan Workers' Party (PKK)",
 * "Movimento 5 Stelle (M5S)", "CEI (Italian Episcopal Conference)". The initials rule above only
 * catches the English ones.
 */
/**
 * "Maple Leafs", "the Leafs", "Canadiens" for the Toronto Maple Leafs and the Montreal Canadiens: a
 * club named with its city and a plural nickname is also named by the nickname alone or by its last
 * word, before or after the full name, when exactly one club has it (`LINK_SKIP=nicknames`).
 */
function joinTeamNicknames(clusters: Cluster[]): void {
  const owners = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (c.person || c.entry) continue;
    for (const n of c.names) {
      for (let k = 1; k < n.length; k++) {
        if (!isListedPlace(n.slice(0, k).join(" ")) || isListedPlace(n.join(" "))) continue;
        const tail = n.slice(k);
        if (!tail.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) || !/s$/.test(tail[tail.length - 1]!)) continue;
        for (const nick of new Set([tail.join(" "), tail[tail.length - 1]!])) {
          const list = owners.get(nick) ?? [];
          if (!list.includes(c)) list.push(c);
          owners.set(nick, list);
        }
      }
    }
  }
  for (const [nick, list] of owners) {
    if (list.length !== 1) continue;
    const club = list[0]!;
    for (const c of [...clusters]) {
      if (c === club || c.person || c.entry || !c.names.every((n) => n.join(" ") === nick)) continue;
      for (const m of c.members) club.members.push(m);
      for (const n of c.names) if (!club.names.some((k) => k.join(" ") === n.join(" "))) club.names.push(n);
      club.lastSeen = Math.max(club.lastSeen, c.lastSeen);
      clusters.splice(clusters.indexOf(c), 1);
    }
  }
}

/** The words between two names that say they name one thing: ", also known as", "(formerly known as". */
// (A bare "called" is no such word: "reviewer Hannah Pilarczyk called Caesar Must Die ...".)
// (And ", who call themselves", ", commonly known as": "the Houthis, who call themselves Ansar Allah".)
const KNOWN_AS = /^\s*[,(]\s*(?:(?:(?:also|better|formerly|previously|now|officially|locally|widely|commonly|popularly|simply) )?known(?: to (?:\w+ ){0,2}\w+)? as|(?:also|formerly|previously|now|officially) (?:called|named)|renamed|who call themselves|which calls itself|calling (?:themselves|itself))\s*["“'‘]?$|^\s*\(\s*(?:aka|a\.k\.a\.|formerly|né|née)\s*$/i;

/**
 * "Health New Zealand, also known as Te Whatu Ora,", "Myanmar (formerly Burma)": the second name is
 * the first one's, whatever the recogniser typed it (it reads an unknown Māori or Burmese name as a
 * person's). People only with people.
 */
function joinKnownAs(cands: Candidate[], clusters: Cluster[], text: string): void {
  const clusterOf = (c: Candidate) => clusters.find((k) => k.members.some((m) => m.start === c.start && m.end === c.end));
  for (let i = 0; i + 1 < cands.length; i++) {
    const a = cands[i]!, b = cands[i + 1]!;
    if (b.start < a.end || !KNOWN_AS.test(text.slice(a.end, b.start))) continue;
    const keep = clusterOf(a), drop = clusterOf(b);
    if (!keep || !drop || keep === drop || (keep.person && !drop.person) || (drop.entry && keep.entry)) continue;
    // (A person's other name is a person's only when the first is one: not "the band, called Tom Jones".)
    if (drop.person && !keep.person && drop.members.some((m) => m.text.split(/\s+/).length === 1)) continue;
    for (const m of drop.members) keep.members.push({ ...m, type: a.type });
    for (const n of drop.names) if (!keep.names.some((k) => k.join(" ") === n.join(" "))) keep.names.push(n);
    if (drop.entry && !keep.entry) keep.entry = drop.entry;
    keep.lastSeen = Math.max(keep.lastSeen, drop.lastSeen);
    clusters.splice(clusters.indexOf(drop), 1);
  }
}

function joinBracketedAcronyms(cands: Candidate[], clusters: Cluster[], text: string): void {
  const clusterOf = (c: Candidate) => clusters.find((k) => k.members.includes(c));
  for (let i = 0; i + 1 < cands.length; i++) {
    const a = cands[i]!, b = cands[i + 1]!;
    if (!/^\s*\(\s*$/.test(text.slice(a.end, b.start)) || !/^\s*\)/.test(text.slice(b.end, b.end + 3))) continue;
    // ... and an organisation's one-word name in its own language after its English one: "the Swedish
    // Migration Agency (Migrationsverket)".
    const native = !isAcronym(b.text) && a.type === "organization" && /\s/.test(a.text) && /^\p{Lu}\p{Ll}{5,}$/u.test(b.text) && !isListedPlace(b.text) && !isKnownOrganization(b.text) && !(gazFlags(b.text, b.text.toLowerCase()) & (GAZ.firstName | GAZ.surname | GAZ.dictCommon));
    // ... and a company's short name before its full name: "Codelco (Corporación Nacional del Cobre de
    // Chile)" (`expansion`).
    if (!SKIP_EXPANSION && !isAcronym(a.text) && a.type === "organization" && b.type === "organization" && !/\s/.test(a.text) && b.text.split(/\s+/).length >= 3) {
      const keep = clusterOf(a), drop = clusterOf(b);
      if (keep && drop && keep !== drop && !keep.person && !drop.person && !drop.entry && !keep.entry) {
        for (const m of drop.members) keep.members.push(m);
        for (const n of drop.names) if (!keep.names.some((k) => k.join(" ") === n.join(" "))) keep.names.push(n);
        keep.lastSeen = Math.max(keep.lastSeen, drop.lastSeen);
        clusters.splice(clusters.indexOf(drop), 1);
      }
      continue;
    }
    const [name, acronym] = isAcronym(b.text) || native ? [a, b] : isAcronym(a.text) ? [b, a] : [undefined, undefined];
    if (!name || !acronym || /\s/.test(acronym.text)) continue;
    // A dateline's city in capitals is no acronym of the agency after it: "NAIROBI (Business Daily)",
    // "RIYADH (Reuters)" (`LINK_SKIP=dateline`).
    if (!SKIP_DATELINE && acronym === a && acronym.text.length >= 4 && isListedPlace(placeCase(acronym.text, "place")) && !abbreviates(acronym.text, name.text)) continue;
    // One word before the bracket is an organisation's name only ("Kuomintang (KMT)"); a person's or
    // a place's bracket after one word is something else ("Paris (AFP)", "Smith (R)").
    // (Its first letter must be the acronym's: "Kuomintang (KMT)", not "... Confederation of Labour (CFDT)"
    // where the tagger found "Labour" alone.)
    if (!/\s/.test(name.text) && (name.type !== "organization" || !/\p{Ll}/u.test(name.text) || name.text[0] !== acronym.text[0])) continue;
    // A place's bracket spells it ("United Arab Emirates (UAE)", "European Space Research and
    // Technology Centre (ESTEC)", which the tagger may call a place); after a dateline it names the
    // agency instead ("NEW YORK (AP)").
    if (name.type === "place" && initials(words(placeCase(name.text, "place"))) !== acronym.text && !abbreviates(acronym.text, name.text)) continue;
    const keep = clusterOf(name), drop = clusterOf(acronym);
    // (People too when the letters spell the name: "John Fitzgerald Kennedy (JFK)".)
    const spelled = initials(words(name.text)) === acronym.text || native;
    if (!keep || !drop || keep === drop || ((keep.person || drop.person) && !spelled)) continue;
    // Two registry entities are the editor's to merge, not this rule's.
    if (drop.entry && (keep.entry || drop.members.some((m) => m.text !== acronym.text))) continue;
    for (const m of drop.members) keep.members.push(m);
    for (const n of drop.names) if (!keep.names.some((k) => k.join(" ") === n.join(" "))) keep.names.push(n);
    if (drop.entry && !keep.entry) keep.entry = drop.entry;
    keep.lastSeen = Math.max(keep.lastSeen, drop.lastSeen);
    clusters.splice(clusters.indexOf(drop), 1);
  }
}

/** A capitalised word no dictionary knows in lower case and no organisation word: "Hotspur", "Sachs". */
function isNameWord(token: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(token) && (gazFlags(token, token.toLowerCase()) & (GAZ.dictCommon | GAZ.orgSuffix | GAZ.placeSuffix)) === 0;
}

/** The head word of a name: the word before "of"/"for" ("Court" in "Supreme Court of Cassation"), else the last. */
function headIndex(tokens: string[]): number {
  const of = tokens.findIndex((t, i) => i > 0 && (t === "of" || t === "for"));
  return of > 0 ? of - 1 : tokens.length - 1;
}

/** True when `short` is a contiguous run of `long` that includes `long`'s head word. */
function containsWithHead(long: string[], short: string[]): boolean {
  const head = headIndex(long);
  for (let i = 0; i + short.length <= long.length; i++) {
    if (i > head || i + short.length <= head) continue;
    if (short.every((t, k) => long[i + k] === t)) return true;
  }
  return false;
}

/** The entity type a discovered cluster gets: persons are persons; a name used both as a place and as an
 * organisation (a country acting as an agent) is a place when at least a third of its uses are places. */
export function clusterType(cluster: Cluster): EntityType {
  if (cluster.entry) return cluster.entry.type;
  const counts: Record<EntityType, number> = { person: 0, organization: 0, place: 0 };
  // An acronym's type is the tagger's guess from two or three letters ("ECB" as a place): when the
  // cluster has its spelled-out name too, that name's mentions decide.
  const acronym = (t: string) => /^\p{Lu}[\p{Lu}\p{N}&.]{1,6}$/u.test(t);
  const spelled = cluster.members.filter((m) => !acronym(m.text));
  // ... and so does the fullest name over a short form the tagger typed from its one word ("Karolinska
  // Institute" over "Karolinska", typed a place).
  // (Words counted by spaces, without allocating: this runs inside the clustering's loops.)
  const words = (m: Candidate) => { let n = 1; for (let i = m.text.indexOf(" "); i >= 0; i = m.text.indexOf(" ", i + 1)) n++; return n; };
  let most = 0;
  for (const m of spelled) most = Math.max(most, words(m));
  const fullest = SKIP_FULLEST || most < 2 ? spelled : spelled.filter((m) => words(m) === most);
  for (const m of fullest.length ? fullest : cluster.members) counts[m.type]++;
  if (counts.person >= counts.organization && counts.person >= counts.place) return "person";
  if (counts.place * 3 >= counts.place + counts.organization) return "place";
  return "organization";
}

/** What a company's name has around it: "shares in X", "X's chief executive", "X, which was founded by". */
const COMPANY_CUE_AFTER = /^(?:['’]s?)?\s+(?:shares|stock|CEO|CFO|board|headquarters|employees|profits?|revenues?|spokes(?:man|woman|person)|chief\s+(?:executive|financial|operating))\b|^,\s+which\s+(?:\S+\s+){0,3}(?:founded|established|owns|employs|operates|manufactures|makes|sells|listed)\b/;
const COMPANY_CUE_BEFORE = /\b(?:(?:shares|stake|stakes|shareholders)\s+(?:in|of)|(?:takeover|acquisition)\s+of)\s+$/;

/**
 * Some mention of `token` without an honorific has a company's cues around it: the text uses the word
 * for a company (the recogniser types such mentions organisations, though a person of the surname is
 * named; this keeps the linker from joining them to that person).
 */
function companyCued(text: string, token: string): boolean {
  const re = new RegExp(`(?<![\\p{L}])${token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "gu");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (/(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+$/.test(before)) continue;
    if (COMPANY_CUE_BEFORE.test(before) || COMPANY_CUE_AFTER.test(text.slice(m.index + token.length, m.index + token.length + 60))) return true;
  }
  return false;
}
