/** Shared by the steps of the document pass (consistency.ts): the span type, type indices, switches and small helpers over words. */
import { ENTITY_TYPES } from "../../model.ts";
import { skippedSteps } from "../../skip-steps.ts";
import { GAZ, gazFlags, isListedPlace } from "../lexicon.ts";
import type { Word } from "../words.ts";

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

export const PERSON = ENTITY_TYPES.indexOf("person");
export const ORG = ENTITY_TYPES.indexOf("organization");
export const PLACE = ENTITY_TYPES.indexOf("place");
export const MAX_LEN = 6;
/** Last words of building and site names (3d). */
export const FACILITIES = new Set(["circus", "buildings", "oval", "circuit", "speedway", "raceway", "velodrome", "museum", "hall", "cemetery", "centre", "center", "hospital", "tower", "towers", "auditorium", "mall", "stadium", "arena", "airport", "station", "bridge", "park", "house", "palace", "castle", "cathedral", "gardens", "building", "ground", "plant", "factory", "refinery", "mill", "shipyard", "depot", "terminal", "warehouse", "square"]);
export const keyOf = (words: Word[], s: number, e: number) => {
  let k = words[s]!.text;
  for (let i = s + 1; i < e; i++) k += " " + words[i]!.text;
  return k;
};
export const isCapitalised = (text: string) => /^\p{Lu}/u.test(text);
export const canAlternate = (key: string) => (gazFlags(key, key.toLowerCase()) & (GAZ.country | GAZ.city)) !== 0 || (!SKIP.has("mw") && isListedPlace(key));
export const lowerBefore = (words: Word[], s: TaggedSpan) => (s.start > 0 ? words[s.start - 1]!.text.toLowerCase() : "");

/** Steps to skip, for measuring each one (NER_SKIP=2,4 npx tsx scripts/eval-ner.ts). */
export const SKIP = skippedSteps("NER_SKIP");
/** Institution words that end a body's name: "University", "Council", "Ministry". */
export const INSTITUTION_ENDS = new Set(["University", "College", "Institute", "School", "Council", "Ministry", "Department", "Agency", "Commission", "Committee", "Bank", "Party", "Hospital", "Museum", "Foundation", "Association", "Society", "Union", "Court", "Authority", "Corporation", "Company", "Group", "Police"]);
/** Last words of units, teams and bands, which "who" may describe too. */
export const UNIT_WORDS = new Set(["wing", "regiment", "brigade", "battalion", "squadron", "division", "corps", "fleet", "army", "group", "team", "squad", "band", "club", "crew", "unit", "force", "forces", "guard", "stones", "beatles", "boys", "girls", "brothers", "sisters", "family"]);
/** Nouns for a person an apposition may give besides titles and occupations: ", her co-star,". */
export const PERSON_NOUNS = new Set(["co-star", "costar", "colleague", "friend", "partner", "wife", "husband", "widow", "widower", "son", "daughter", "mother", "father", "brother", "sister", "cousin", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "grandmother", "grandfather", "fiancé", "fiancée", "girlfriend", "boyfriend", "teammate", "team-mate", "aide", "adviser", "advisor", "deputy", "successor", "predecessor", "rival", "opponent", "co-founder", "founder", "co-author", "coauthor", "owner", "neighbour", "neighbor", "resident", "student", "teacher", "professor", "doctor", "nurse", "surgeon", "lawyer", "barrister", "solicitor", "witness", "victim", "survivor", "mother-of-two", "father-of-two", "veteran", "mp", "councillor", "candidate", "nominee"]);

export const title = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();
/** Party names written as adjectives before a member's or leader's noun. */
export const PARTY_ADJECTIVES = new Set(["Conservative", "Labour", "Liberal", "Democratic", "Republican", "Green", "Reform", "Socialist", "Communist", "Progressive", "Democrat"]);
/** Words of a title phrase that name a portfolio or qualify it, not the office itself. */
export const PORTFOLIO_WORDS = new Set(["state", "foreign", "home", "health", "finance", "trade", "interior", "justice", "education", "energy", "environment", "culture", "transport", "shadow", "opposition", "crown", "grand", "supreme", "defence", "defense"]);

/** Lower-case occupations written right before a person's name ("researcher Mu Li", "striker Son Heung-min"). */
export const OCCUPATIONS = new Set(["researcher", "scientist", "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "lawyer", "attorney", "journalist", "reporter", "photographer", "author", "writer", "novelist", "artist", "actor", "actress", "singer", "musician", "rapper", "comedian", "striker", "midfielder", "defender", "goalkeeper", "winger", "forward", "activist", "campaigner", "entrepreneur", "businessman", "businesswoman", "billionaire", "playwright", "poet", "historian", "physicist", "chemist", "biologist", "epidemiologist", "virologist", "critic", "columnist", "broadcaster", "presenter", "producer", "designer", "chef", "architect", "painter", "sculptor", "composer", "conductor", "pianist", "guitarist", "drummer", "dancer", "choreographer", "filmmaker", "film-maker", "commentator", "pundit", "blogger", "academic", "lecturer", "novelist", "screenwriter", "biographer"]);

export const STOP_WORDS = new Set(["the", "a", "an", "and", "or", "in", "on", "at", "of", "for", "to", "by", "with", "from", "as", "but", "if", "so", "his", "her", "its", "our", "their", "my", "your", "this", "that", "these", "those", "when", "then", "than", "was", "is", "are", "be", "we", "he", "she", "it", "they", "you", "i", "no", "not", "all", "new", "old", "mr", "mrs", "ms", "dr", "st"]);

/** Last words of institutions named after a person: "Peter MacCallum Cancer Centre", "Barack Obama Foundation". */
export const NAMED_AFTER_HEADS = new Set(["Centre", "Center", "Institute", "Hospital", "Foundation", "Trust", "School", "College", "University", "Library", "Museum", "Clinic", "Fund", "Society", "Academy", "Institution", "Laboratory", "Observatory"]);
/** Institution words that a field's name before them makes a body's name: "Interior Ministry", "Home Office". */
export const INSTITUTION_WORDS = new Set(["Ministry", "Office", "Department", "Directorate", "Secretariat", "Commission", "Committee", "Agency", "Authority", "Inspectorate"]);
/** Words that open a noun phrase, capitalised at a sentence start: "Your Bill" is a man. */
/** Collective nouns whose possessive sits inside a body's name: "the National People's Congress", "Children's Hospital". */
export const COLLECTIVES: ReadonlySet<string> = new Set(["People", "Children", "Women", "Men"]);
export const DETERMINERS = new Set(["my", "your", "his", "her", "our", "their", "its", "the", "a", "an", "this", "that", "dear", "uncle", "aunt"]);
/** Words before a team that it plays against (4cc): "beat Barcelona", "lost to Liverpool". */
// ("for": "38 points for Milwaukee", "scored twice for Liverpool"; "outscored": basketball.)
export const PLAYED_AGAINST = new Set(["beat", "beating", "defeated", "defeating", "against", "vs", "v", "versus", "faced", "face", "facing", "played", "hosted", "host", "hosting", "overcame", "edged", "thrashed", "routed", "drew", "for", "outscored", "outplayed", "topped", "downed", "trailed", "led"]);
/** Prepositions that make a country or city a location ("in Sweden", "from Kabul"). */
export const LOCATIVE = new Set(["in", "at", "from", "to", "into", "across", "near", "throughout", "within", "around", "outside", "inside", "via", "through", "towards", "toward", "of", "visit", "visited", "visiting", "entered", "enter", "leave", "left", "downtown", "uptown", "suburban"]);

/** Honours and a barrister's rank written after a name ("Paul Davison QC"). */
export const POST_NOMINALS: ReadonlySet<string> = new Set(["QC", "KC", "SC", "SAN", "OBE", "CBE", "MBE", "KBE", "DBE", "GBE", "OM", "CH", "KCMG", "GCMG", "FRS", "FRSE", "FREng", "FRCP", "FRCS", "PhD", "DPhil", "JP", "VC", "GC", "Esq"]);
