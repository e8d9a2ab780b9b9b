/**
 * Word lists for attribution: speech verbs, naming verbs, pronouns, honorifics and the small function
 * words the subject search walks over. General English, not tuned to any article.
 */
import { skippedSteps } from "../skip-steps.ts";

/** Lemmas of verbs that introduce reported speech or writing ("said", "told reporters", "wrote"). */
const SPEECH_LEMMAS = [
  "say", "tell", "add", "state", "write", "comment", "assert", "explain", "insist", "argue", "claim", "note",
  "warn", "urge", "reason", "tweet", "post", "announce", "continue", "conclude", "reply", "respond", "ask",
  "declare", "pledge", "promise", "suggest", "describe", "report", "recommend", "acknowledge", "admit",
  "agree", "concede", "confirm", "predict", "reveal", "remark", "observe", "emphasise", "emphasize",
  "stress", "vow", "recall", "mention", "indicate", "cite", "quote", "boast", "complain", "joke", "muse",
  "shout", "whisper", "exclaim", "demand", "deny", "allege", "maintain", "contend", "propose", "testify",
  "hint", "characterise", "characterize", "accuse", "criticise", "criticize", "praise", "caution",
  "insist", "repeat", "counter", "retort", "scoff", "lament", "concur", "affirm", "assure", "plead",
  "announce", "signal", "threaten", "blast", "slam", "question", "query", "speak", "recount", "recommend",
  "read", "call", "summarize", "summarise", "quip", "opine", "proclaim", "elaborate", "clarify", "advise",
  "inform", "wonder", "reflect", "answer", "point", "dismiss", "interject", "hail", "welcome", "express",
  // Manner of speaking: `"No way," he laughed.`
  "gasp", "cry", "yell", "scream", "chant", "murmur", "mutter", "sigh", "sob", "beg", "laugh", "grumble",
  "snap", "bark", "growl", "hiss", "stammer",
];

/** Irregular forms that the regular inflection below does not produce. */
const IRREGULAR: Record<string, string> = {
  said: "say", says: "say", saying: "say", told: "tell", wrote: "write", written: "write", spoke: "speak",
  spoken: "speak", read: "read", snapped: "snap", snapping: "snap", begged: "beg", begging: "beg",
  sobbed: "sob", sobbing: "sob", reads: "read", reading: "read", according: "accord", quipped: "quip", quipping: "quip",
};

function inflections(lemma: string): string[] {
  if (lemma === "admit") return ["admit", "admits", "admitted", "admitting"];
  if (/[^aeiou]y$/.test(lemma)) {
    const base = lemma.slice(0, -1);
    return [lemma, base + "ies", base + "ied", lemma + "ing"];
  }
  if (/(s|sh|ch|x|z)$/.test(lemma)) return [lemma, lemma + "es", lemma + "ed", lemma + "ing"];
  if (lemma.endsWith("e")) return [lemma, lemma + "s", lemma + "d", lemma.slice(0, -1) + "ing"];
  return [lemma, lemma + "s", lemma + "ed", lemma + "ing"];
}

const SPEECH_FORMS = new Map<string, string>();
for (const lemma of SPEECH_LEMMAS) for (const form of inflections(lemma)) SPEECH_FORMS.set(form, lemma);
for (const [form, lemma] of Object.entries(IRREGULAR)) SPEECH_FORMS.set(form, lemma);

/** The lemma of a speech verb form ("told" -> "tell"), or undefined when the word is not one. */
export function speechLemma(word: string): string | undefined {
  return SPEECH_FORMS.get(word.toLowerCase());
}

/**
 * Speech lemmas that are also common nouns ("a blog post", "the report", "the State"): their bare and
 * -s forms count as verbs only after a word that can be a subject (a pronoun, a name, an auxiliary).
 */
const NOUN_LIKE = new Set([
  "post", "report", "quote", "comment", "note", "question", "call", "tweet", "claim", "demand", "promise",
  "blast", "slam", "counter", "signal", "query", "joke", "state", "reason", "stress", "hint", "muse",
  "remark", "mention", "reply", "vow", "pledge", "urge", "praise", "caution", "read", "repeat", "lament",
  "boast", "shout", "whisper", "point", "answer", "advise", "wonder", "reflect", "cry", "yell", "scream",
  "chant", "sigh", "sob", "laugh", "snap", "bark", "growl", "hiss", "gasp", "welcome",
]);
export function isNounLikeForm(word: string): boolean {
  const w = word.toLowerCase();
  const lemma = SPEECH_FORMS.get(w);
  if (!lemma || !NOUN_LIKE.has(lemma)) return false;
  return w === lemma || w === lemma + "s" || w === lemma + "es";
}

/**
 * Verbs that give something a name: a quotation right after them is the name, not speech
 * ("named their robot "Robogee."", "dubbed the conflict: "Scientology vs. the Internet"").
 */
const NAMING = new Set([
  "name", "named", "names", "naming", "dub", "dubbed", "dubs", "dubbing", "label", "labelled", "labeled",
  "labels", "labelling", "labeling", "title", "titled", "entitled", "nickname", "nicknamed", "brand",
  "branded", "term", "termed", "christen", "christened", "rename", "renamed", "list", "listed", "known",
  // "the so-called "Zucman tax"": a term, not speech.
  "so-called",
]);
export function isNamingVerb(word: string): boolean {
  return NAMING.has(word.toLowerCase());
}

/** Subject pronouns and the gender/number they require of their antecedent. */
export type PronounClass = "male" | "female" | "neuter" | "plural" | "first";
const PRONOUNS: Record<string, PronounClass> = {
  he: "male", him: "male", his: "male", she: "female", her: "female", it: "neuter", they: "plural",
  them: "plural", i: "first", we: "first",
};
export function pronounClass(word: string): PronounClass | undefined {
  return PRONOUNS[word.toLowerCase()];
}

/** Honorifics that fix a person's gender when written before a name ("Mr Lammy", "Dame Judi"). */
const MALE_HONORIFICS = new Set(["mr", "sir", "lord", "king", "prince", "monsieur", "herr", "signor", "señor", "sr", "father", "brother"]);
const FEMALE_HONORIFICS = new Set(["ms", "mrs", "miss", "dame", "lady", "queen", "princess", "madame", "mme", "frau", "signora", "señora", "sra", "sister", "mother"]);
/** Titles written with a period before a name ("Dr.", "Sen.", "Gov."): the period ends no sentence. */
const ABBREVIATED_TITLES = new Set(["Dr", "Mr", "Mrs", "Ms", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Rev", "Fr", "St", "Supt", "Insp", "Det", "Cmdr", "Adm", "Maj"]);
export function isAbbreviatedTitle(word: string): boolean {
  return ABBREVIATED_TITLES.has(word);
}

export function honorificGender(word: string): "male" | "female" | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (MALE_HONORIFICS.has(w)) return "male";
  if (FEMALE_HONORIFICS.has(w)) return "female";
  return undefined;
}

/**
 * Words that may stand between a subject and its speech verb without being the subject: auxiliaries,
 * negation and common adverbs ("Mr Lammy had earlier urged", "she also added", "he has since said").
 */
const SKIPPABLE = new Set([
  "has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would", "could", "can", "may",
  "might", "must", "shall", "should", "did", "does", "do", "not", "also", "later", "earlier", "then",
  "previously", "further", "again", "once", "since", "already", "still", "now", "recently", "repeatedly",
  "separately", "subsequently", "often", "first", "last", "just", "even", "too", "yet", "however",
  "reportedly", "allegedly", "publicly", "privately", "openly", "simply", "had", "today", "yesterday",
  "long", "never", "always", "twice", "thrice",
  // Sentence adverbs between a subject and its verb: "Rao nonetheless called the measurements '...'".
  "nonetheless", "nevertheless", "meanwhile", "instead", "though", "moreover",
]);
export function isSkippable(word: string): boolean {
  const w = word.toLowerCase();
  return SKIPPABLE.has(w) || (w.length > 4 && w.endsWith("ly") && /^\p{Ll}/u.test(word));
}

/**
 * Prepositions whose object is never the subject of the following verb ("a letter seen by Sky News says").
 * "after", "before", "since" and "until" are left out: they open clauses as often ("after David Lammy
 * insisted").
 */
const PREPOSITIONS = new Set([
  "of", "for", "from", "to", "at", "in", "on", "by", "about", "into", "against", "under", "over", "via",
  "through", "between", "among", "towards", "toward", "near", "across", "behind", "beyond", "within",
  "without", "during", "like", "than", "onto", "upon", "per", "alongside", "outside",
  "inside", "including", "around", "amid", "despite", "past", "beside", "beneath", "above", "below",
]);
export function isPreposition(word: string): boolean {
  return PREPOSITIONS.has(word.toLowerCase());
}

/** Words that begin a new clause: a subject is never searched for across them. */
const CLAUSE_OPENERS = new Set([
  "that", "after", "before", "when", "while", "whilst", "because", "since", "although", "though", "but",
  "if", "as", "where", "whereas", "unless", "until", "so", "and", "or", "nor", "which", "who", "whom",
  "whose", "once",
]);
export function opensClause(word: string): boolean {
  return CLAUSE_OPENERS.has(word.toLowerCase());
}


/** Modals and infinitive "to": a speech verb after them is not a report ("Ukraine must respond", "to accept"). */
const MODALS = new Set(["must", "should", "will", "would", "could", "can", "may", "might", "shall", "to"]);
export function isModal(word: string): boolean {
  return MODALS.has(word.toLowerCase());
}

/**
 * Nouns and participles that name a quotation's source with "by", "from", "of" or "to" right before it
 * ("the famous quote by Thomas Edison:", "a quote attributed to Einstein —", "in the words of X,").
 */
const SOURCE_NOUNS = new Set([
  "quote", "quotes", "quotation", "words", "saying", "remark", "remarks", "statement", "message", "motto",
  "line", "tweet", "post", "letter", "attributed", "credited", "comment", "comments", "speech", "adage",
]);
export function isSourceNoun(word: string): boolean {
  return SOURCE_NOUNS.has(word.toLowerCase());
}

/** Gendered nouns that, right before a name or in its apposition, tell its gender ("Congresswoman Bass"). */
// (Not "chairman", which parties and boards give women too: "The party chairman, Nadia Hussain".)
const MALE_NOUNS = ["congressman", "spokesman", "businessman", "father", "husband", "son", "brother", "king", "prince", "duke", "baron", "boy", "man", "grandfather", "uncle", "nephew", "widower", "sportsman", "councilman", "alderman", "godfather", "monk"];
const FEMALE_NOUNS = ["congresswoman", "spokeswoman", "chairwoman", "businesswoman", "actress", "mother", "wife", "daughter", "sister", "queen", "princess", "duchess", "countess", "baroness", "girl", "woman", "grandmother", "aunt", "niece", "widow", "sportswoman", "councilwoman", "madam", "nun", "waitress", "heiress", "stewardess"];
const GENDERED_NOUN = new Map<string, "male" | "female">([
  ...MALE_NOUNS.map((w) => [w, "male"] as const),
  ...FEMALE_NOUNS.map((w) => [w, "female"] as const),
]);
export function nounGender(word: string): "male" | "female" | undefined {
  return GENDERED_NOUN.get(word.toLowerCase());
}

/**
 * Head nouns of definite descriptions that stand for an organisation or a place ("the company said",
 * "The city reasoned"): resolved to the nearest fitting entity like a pronoun. "government" and
 * "police" are left out on purpose: they rarely point back to a named antecedent.
 */
/** Nouns for bodies of the arts and of care, resolved only to a body named with them (`artsheads`). */
export const ARTS_HEADS: ReadonlySet<string> = new Set(["band", "orchestra", "choir", "museum", "gallery", "hospital"]);
const ORG_HEADS = ["society", "trust", "label", "studio", "operator", "utility", "developer", "chain", "supermarket", "lender", "company", "firm", "club", "team", "party", "ministry", "department", "agency", "council", "union", "organisation", "organization", "bank", "court", "university", "newspaper", "broadcaster", "network", "airline", "carmaker", "retailer", "charity", "board", "committee", "commission", "authority", "regulator", "watchdog", "institute", "foundation", "federation", "association", "corporation", "group", "channel", "website", "publisher", "insurer", "manufacturer", "startup", "conglomerate", "alliance", "bloc", "league", "campaign", "academy", "college", "school", "centre", "center", "service", "force", "bureau", "office", "tribunal", "panel", "coalition", "movement", "mission", "fund",
  // (And the bodies of the arts and of care: "In a statement, the band said", "the museum said";
  // `QUOTE_SKIP=artsheads`.)
  ...(skippedSteps("QUOTE_SKIP").has("artsheads") ? [] : ARTS_HEADS)];
const PLACE_HEADS = ["city", "town", "village", "country", "nation", "region", "province", "municipality", "state", "capital", "kingdom", "republic", "island", "county", "district"];
const NOMINAL_HEADS = new Map<string, "organization" | "place">([
  ...ORG_HEADS.map((w) => [w, "organization"] as const),
  ...PLACE_HEADS.map((w) => [w, "place"] as const),
]);
export function nominalHeadType(word: string): "organization" | "place" | undefined {
  return /^\p{Ll}/u.test(word) ? NOMINAL_HEADS.get(word) : undefined;
}
