/**
 * Two cues that a capitalised run is an organisation, which the tagger, trained on English text,
 * misses:
 *  - an institution word of another language at its front: "Instituto Gonzaga", "Movimento Cinque
 *    Stelle", "Banco Santander", "Università di Bologna" (the tagger knows "Institute" and
 *    "University" but calls "Gonzaga" a place and leaves "Instituto" out);
 *  - a media noun right before it: "the secularist magazine MicroMega", "the newspaper Le Monde",
 *    "the broadcaster RTÉ" (GUM, like CoNLL, types newspapers and broadcasters as organisations);
 *  - a well-known organisation the tagger left out ("Users were urged by Microsoft", "Microsoft said"
 *    at a sentence start), when its name is no ordinary word or person's name.
 *    An institution word before a run of other words may still name a work or a platform ("the
 *    Escola do Cérebro, a platform"): GUM does not count those, and this rule does.
 */
import { ENTITY_TYPES } from "../model.ts";
import { skippedSteps } from "../skip-steps.ts";
import type { TaggedSpan } from "./document/spans.ts";
import { CLUB_PREFIXES, GAZ, MONTHS_AND_DAYS as MONTHS, gazFlags, isGroupPlural, isKnownOrganization, isKnownPerson, isListedPlace, isNationalityAdjective, startsKnownOrganization } from "./lexicon.ts";
import type { Word } from "./words.ts";
import { isTitleOrRank } from "./clean.ts";

/** Institution words of Spanish, Portuguese, Italian, French, German and Dutch. */
const FOREIGN_INSTITUTIONS = new Set([
  "Instituto", "Istituto", "Institut", "Universidad", "Universidade", "Università", "Universita", "Université", "Universität", "Universiteit",
  "Colegio", "Colégio", "Collegio", "Liceo", "Lycée", "Escuela", "Escola", "Scuola", "École", "Hochschule",
  "Banco", "Banca", "Banque", "Partido", "Partito", "Parti", "Movimento", "Movimiento", "Mouvement",
  "Ministerio", "Ministério", "Ministero", "Ministère", "Ministerium", "Comisión", "Comissão", "Commissione",
  "Consejo", "Conselho", "Consiglio", "Conseil", "Tribunal", "Tribunale", "Fundación", "Fundação", "Fondazione", "Fondation", "Stiftung",
  "Agencia", "Agência", "Agenzia", "Agence", "Sociedad", "Sociedade", "Società", "Société", "Gesellschaft", "Asociación", "Associação", "Associazione",
  "Confederación", "Confederazione", "Federación", "Federazione", "Fédération", "Comité", "Comitato", "Junta", "Guardia", "Policía", "Polizia",
  "Assemblée", "Asamblea", "Assemblea", "Rassemblement", "Frente", "Fronte", "Congreso", "Congresso", "Senado", "Senato", "Sénat", "Cámara",
]);
/** Lower-case adjectives of French, Spanish, Portuguese and Italian after an institution word: "socialiste", "nacional", "popolare". */
const FOREIGN_ADJECTIVE = /^\p{Ll}{4,}(?:iste|ista|ale|ales|aire|ique|ico|ica|ano|ana|ais|aise|al|ar|ense|ese|ois|oise)$/u;
/** Lower-case words that join the parts of such a name: "Università di Bologna", "Banco de España". */
const JOINERS = new Set(["de", "di", "del", "della", "delle", "dei", "degli", "da", "do", "dos", "das", "des", "du", "la", "le", "für", "y", "e", "et", "und", "van", "voor"]);
/** Nouns that introduce a newspaper, magazine, broadcaster or agency by name. */
// Not "journal" (a scientific journal is a work: "the journal Language") nor "weekly" and "daily",
// mostly adjectives ("a weekly Spanish-English publication"); not "hospital" (GUM types hospitals as
// places) nor "group" (used of people and music alike).
/** "the fashion house Ferrandi", "the auction house Bonhams": kinds of "house" that are firms (`0mdh`). */
const HOUSE_KINDS = new Set(["fashion", "auction", "publishing", "couture", "design", "trading", "investment", "brokerage"]);
const MEDIA_NOUNS = new Set(["newspaper", "magazine", "tabloid", "broadsheet", "broadcaster", "company", "firm", "startup", "lender", "insurer", "airline", "carmaker", "retailer", "publisher", "charity", "band", "club", "party", "school", "university", "college", "union", "agency", "start-up", "organisation", "organization", "nonprofit", "non-profit", "think-tank", "thinktank", "NGO", "fund", "consultancy", "brokerage", "conglomerate", "manufacturer", "miner", "regulator", "watchdog", "lobby", "network", "channel"]);
/** Plurals that introduce a list of organisations: "the religious schools Santo Spirito and Immacolata". */
const MEDIA_PLURALS = new Set(["newspapers", "magazines", "companies", "firms", "lenders", "airlines", "retailers", "charities", "bands", "clubs", "parties", "schools", "universities", "colleges", "unions", "agencies"]);
/** Last words that make a name a company or an organisation whatever the tagger said ("the Sea Org"). */
const COMPANY_FORMS = new Set(["Org", "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "LLC", "PLC", "plc", "GmbH", "AG", "LLP", "SE", "NV", "SpA"]);
/**
 * Last words of company names that the tagger's word lists lack: a name ending in one is an
 * organisation even when the tagger read a person's first name at its front ("Elliott Management",
 * "Silver Lake Partners"; 0tl). A list for this pass only, so adding to it needs no retraining.
 */
export const COMPANY_TAILS: ReadonlySet<string> = new Set(["Management", "Capital", "Investments", "Investment", "Securities", "Ventures", "Advisors", "Advisers", "Partners", "Holdings", "Group", "Associates", "Equity", "Insurance", "Logistics", "Consulting", "Brands", "Foods", "Mining", "Pharmaceuticals", "Therapeutics", "Aerospace", "Motors", "Airlines", "Airways", "Bancorp", "Financial", "Homes", "Developments", "Properties", "Construction", "Engineering", "Shipping", "Shipbuilding", "Tankers", "Telecom", "Telecoms", "Steel", "Chemicals", "Petroleum", "Trading", "Textiles", "Beverages", "Breweries", "Brewery", "Bakeries", "Distillery", "Distilleries", "Supermarkets", "Stores", "Hotels", "Resorts", "Cinemas", "Freight", "Couriers", "Utilities", "Semiconductors", "Biosciences", "Diagnostics", "Fintech", "Realty", "Maritime", "Minerals", "Industries", "Enterprises", "Technologies", "Electronics", "Robotics", "Entertainment", "Studios", "Pictures", "Publishing", "Software", "Microsystems", "Microelectronics", "Electric", "Pharma", "Motor", "Esports", "Advisory", "Énergie", "Energie", "Energia", "Television", "Télévision", "Télévisions", "Televisión", "Televisão", "Radio", "Broadcasting",
  // ... and telecoms and games companies: "Umoya Mobile", "Hoshikawa Interactive".
  "Mobile", "Wireless", "Networks", "Broadband", "Interactive"]);
/** Words of a company's name after its own name, which news drops on second mention: "Northlake Software Inc" ... "Northlake". */
export const COMPANY_WORDS: ReadonlySet<string> = new Set([...COMPANY_TAILS, ...COMPANY_FORMS, "Motor", "Software", "Technologies", "Technology", "Systems", "Analytics", "Labs", "Networks", "Communications", "Media", "Energy", "Pharma", "Biotech", "Robotics", "Semiconductor", "Electronics", "Entertainment", "Games", "Studios", "Maritime", "Resources", "Minerals", "Records", "Recordings", "Music", "Publishing", "Films", "Pictures", "Industries", "Enterprises", "Solutions", "Services", "Corporation", "Company", "Co", "Co.", "Limited", "SA", "NV", "SE", "Bank", "Books", "Platforms", "Cloud", "Development"]);
/** Whether every word of `rest` (periods aside) is a company word: "Software Inc ." */
export function companyWords(rest: string[], wide = false): boolean {
  const w = rest.filter((t) => t !== ".");
  if (!wide) return w.length > 0 && w.every((t) => COMPANY_WORDS.has(t));
  // (Ordinary capitalised words may stand before the last company word: "Meridian Health Partners",
  // "Kestrel Semiconductor Corp"; `NER_SKIP=0cw`.)
  const ordinary = (t: string) => {
    if (SKIP_COMPANY_WORDS_WIDE || !/^\p{Lu}\p{Ll}+$/u.test(t)) return false;
    const f = gazFlags(t, t.toLowerCase());
    return (f & GAZ.dictCommon) !== 0 && !(f & (GAZ.country | GAZ.city | GAZ.nationality));
  };
  // (One such word: "Leckhampton Green Land Action Group" is no "Leckhampton".)
  return w.length > 0 && COMPANY_WORDS.has(w[w.length - 1]!) && w.filter((t) => !COMPANY_WORDS.has(t)).length <= 1 && w.every((t) => COMPANY_WORDS.has(t) || ordinary(t));
}
const SKIP_COMPANY_WORDS_WIDE = skippedSteps("NER_SKIP").has("0cw");
const SKIP_KNOWN_TITLE = skippedSteps("NER_SKIP").has("0kt");
const SKIP_KNOWN_SAID = skippedSteps("NER_SKIP").has("0kos");
const SKIP_KNOWN_LOWER = skippedSteps("NER_SKIP").has("0kl");
const SKIP_COMPANY_PLACE = skippedSteps("NER_SKIP").has("0csl");
/** Clubs' letters of other languages before a name (`0ini`): "EC Vitória", "CD Victoria", "CR Flamengo". */
const CLUB_LETTERS = new Set(["EC", "CD", "CA", "CR", "SE", "AD", "UD", "CS", "SK", "FK", "NK", "KF", "IF", "BK", "IK", "AIK", "GD"]);
const SKIP_KNOWN_OFFICER = skippedSteps("NER_SKIP").has("0kot");
const SKIP_FOUNDER = skippedSteps("NER_SKIP").has("0bf");
const SKIP_PARTICLE_FRONT = skippedSteps("NER_SKIP").has("0csp");
const SKIP_UNKNOWN_PAIR = skippedSteps("NER_SKIP").has("0bz2");
/** Lower-case particles inside a family name: "Van der Linde", "De la Rue". */
const SURNAME_PARTICLE_WORDS = new Set(["der", "den", "de", "la", "van", "von", "di", "du", "da", "del", "dos"]);
const SKIP_FOUNDER_SPOKES = skippedSteps("NER_SKIP").has("0bfs");
const SKIP_SETTLEMENT_CUE = skippedSteps("NER_SKIP").has("0bzs");

/** Legal forms that end only companies' names (not "Co", "SA" or "SE", which end other names too). */
const LEGAL_FORMS = /^(?:Inc|Corp|Ltd|LLC|PLC|plc|AG|NV|N\.V|SpA|S\.p\.A|GmbH|Oyj|ASA|Bhd|Pty|LLP|KGaA)\.?$/;
const SKIP_LEGAL_FORM = skippedSteps("NER_SKIP").has("0lf");
/**
 * Step 0cs: a company's own name written alone ("Northlake Software Inc" ... "Northlake has been under
 * pressure", tagged a place) is that organisation, tagged or not; and a span the tagger ended before
 * such words takes them ("to buy Brightwell" + "Analytics"). Not a listed place or a person's name.
 */
export function companyShortNames(words: Word[], spans: TaggedSpan[], org: number): TaggedSpan[] {
  // A name that ends in a legal form is a company's, whatever else it looks like: "Ferrari NV", typed a
  // person for its surname (`0lf`).
  for (const s of spans) if (!SKIP_LEGAL_FORM && s.end - s.start >= 2 && LEGAL_FORMS.test(words[s.end - 1]!.text)) s.typeIndex = org;
  for (const s of spans) {
    let e = s.end;
    while (e < words.length && e - s.end < 2 && COMPANY_WORDS.has(words[e]!.text) && words[e]!.text !== "Co" && isCap(words[e]!.text)) e++;
    // (Not when the name runs on: "the Vienna Energy Forum" is an event's name.)
    if (e > s.end && !isCap(words[e]?.text ?? "") && !spans.some((t) => t !== s && t.start < e && t.end > s.end) && s.typeIndex !== PERSON) { s.end = e; s.typeIndex = org; }
  }
  const own = new Set<string>();
  // (A family name with its particles before company words too: "Van der Linde Logistics" ... "Shares
  // in Van der Linde"; `0csp`.)
  const fronts = new Set<string>();
  for (const s of spans) {
    if (s.typeIndex !== org || s.end - s.start < 2) continue;
    const first = words[s.start]!.text;
    if (!SKIP_PARTICLE_FRONT && s.end - s.start >= 4 && SURNAME_PARTICLE_WORDS.has(words[s.start + 1]!.text) && /^\p{Lu}\p{Ll}+$/u.test(words[s.start + 2]!.text) && companyWords(words.slice(s.start + 3, s.end).map((w) => w.text))) fronts.add(words.slice(s.start, s.start + 3).map((w) => w.text).join(" "));
    if (!/^\p{Lu}[\p{L}\p{N}.&'-]+$/u.test(first) || isListedPlace(first) || isKnownPerson(first) || gazFlags(first, first.toLowerCase()) & (GAZ.firstName | GAZ.dictCommon | GAZ.country | GAZ.city | GAZ.nationality)) continue;
    // (Not a name the text uses as a place's too: "the port city of Antofagasta", "offices in
    // Antofagasta" beside "Antofagasta plc"; `0csl`.)
    // (Not "from" or "at", which a company's name follows as often: "a bid from Fresnillo", "job losses
    // at Petropavlovsk"; "of" only after a settlement's noun.)
    const placeUse = (t: TaggedSpan) => t.end - t.start === 1 && words[t.start]!.text === first && t.typeIndex !== org && t.typeIndex !== PERSON && (/^(?:in|near|outside)$/.test(words[t.start - 1]?.text ?? "") || (words[t.start - 1]?.text === "of" && /^(?:city|town|port|region|province|village|state)$/.test(words[t.start - 2]?.text ?? "")));
    if (companyWords(words.slice(s.start + 1, s.end).map((w) => w.text)) && (SKIP_COMPANY_PLACE || !spans.some(placeUse))) own.add(first);
  }
  if (fronts.size) for (const s of spans) if (s.end - s.start === 3 && fronts.has(words.slice(s.start, s.end).map((w) => w.text).join(" "))) s.typeIndex = org;
  if (!own.size) return spans;
  const covered = new Uint8Array(words.length);
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered[i] = 1;
  const added: TaggedSpan[] = [];
  for (const s of spans) if (s.end - s.start === 1 && own.has(words[s.start]!.text)) s.typeIndex = org;
  for (let i = 0; i < words.length; i++) {
    if (covered[i] || !own.has(words[i]!.text) || isCap(words[i + 1]?.text ?? "")) continue;
    added.push({ start: i, end: i + 1, typeIndex: org, confidence: 0.5, scores: [0, 0, 0] });
  }
  return added.length ? [...spans, ...added].sort((x, y) => x.start - y.start) : spans;
}
/**
 * Lower-case jobs written between an employer and the employee's name: "Jefferies analyst Giles
 * Parkinson", "Chelsea boss Enzo Maresca", "Unilever chief Alan Jope" (0fo). Not jobs whose holder is
 * usually a person's: "Trump adviser Stephen Miller", "Biden spokesman Andrew Bates".
 */
const EMPLOYEE_NOUNS = new Set(["analyst", "analysts", "economist", "strategist", "striker", "midfielder", "defender", "goalkeeper", "winger", "coach", "manager", "boss", "chairman", "chairwoman", "chief", "founder", "co-founder", "researcher", "scientist", "engineer", "executive", "astronaut", "cosmonaut", "pilot"]);
/** A team's staff and players: before them a city or a country is the team ("Tottenham head coach", "England manager"). */
const SQUAD_NOUNS = new Set(["striker", "midfielder", "defender", "goalkeeper", "winger", "coach", "manager", "boss", "captain", "skipper", "batter", "batsman", "bowler", "opener", "spinner", "wicketkeeper", "keeper", "forward", "player"]);
/** Words between an employer and the job: "Tottenham head coach", "Google chief executive". */
const JOB_MODIFIERS = new Set(["head", "chief", "senior", "assistant", "interim", "caretaker", "first-team", "managing"]);
const MAX_WORDS = 7;
const PERSON = ENTITY_TYPES.indexOf("person");

const isCap = (w: string) => /^\p{Lu}/u.test(w);
const keyOfWords = (words: Word[], s: number, e: number) => words.slice(s, e).map((w) => w.text).join(" ");

const SKIP_SCORE = skippedSteps("NER_SKIP").has("0mds");
/** Whether the number at word i opens a score written with a dash: "4-1", "20–24". */
const scoreFrom = (words: Word[], i: number) => /^[-–—]$/.test(words[i + 1]?.text ?? "") && words[i + 1]!.start === words[i]!.end && /^\d+$/.test(words[i + 2]?.text ?? "") && words[i + 2]!.start === words[i + 1]!.end;

/** The end of the capitalised run from `i` (joiners allowed inside, not at its end). */
function runEnd(words: Word[], i: number, starts: ReadonlySet<number>): number {
  let end = i, j = i;
  while (j < words.length && j - i < MAX_WORDS && (j === i || !starts.has(j))) {
    const w = words[j]!.text;
    // (A number in the run, as in "Channel 4" and "Schalke 04"; not a score's: "club Bayern 4-1", 0mds.)
    if (isCap(w) || (/^\d+$/.test(w) && (SKIP_SCORE || !scoreFrom(words, j)))) end = ++j;
    else if (JOINERS.has(w) && j > i) j++;
    // "Forest & Bird", "Lidl–Trek" (a dash written without spaces).
    else if (j > i && (w === "&" || (/^[–-]$/.test(w) && words[j - 1]!.end === words[j]!.start && words[j]!.end === words[j + 1]?.start)) && isCap(words[j + 1]?.text ?? "")) j++;
    else break;
  }
  return end;
}

/** Replaces the spans inside [start, end) by one organisation; false when a span crosses its edges. */
function makeOrg(spans: TaggedSpan[], start: number, end: number, org: number): boolean {
  if (spans.some((t) => (t.start < start && t.end > start) || (t.start < end && t.end > end))) return false;
  const inside = spans.filter((t) => t.start >= start && t.end <= end);
  const confidence = inside.length ? Math.max(...inside.map((t) => t.confidence)) : 0.5;
  for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.start >= start && spans[k]!.end <= end) spans.splice(k, 1);
  spans.push({ start, end, typeIndex: org, confidence, scores: [0, 0, 0], cued: true });
  return true;
}

/**
 * Steps 0fi (foreign institution words), 0md (media and organisation kind nouns) and 0cf (company
 * forms); `skip` names the steps to leave out.
 */
export function organisationCues(words: Word[], starts: ReadonlySet<number>, spans: TaggedSpan[], org: number, skip: ReadonlySet<string>): void {
  let changed = false;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!.text;
    // (A lower-case adjective of the language after the word: "Parti socialiste", "Assemblée nationale".)
    const adjective = FOREIGN_ADJECTIVE.test(words[i + 1]!.text);
    if (!skip.has("0fi") && FOREIGN_INSTITUTIONS.has(w) && (isCap(words[i + 1]!.text) || JOINERS.has(words[i + 1]!.text) || adjective)) {
      const end = adjective ? i + 2 : runEnd(words, i, starts);
      // (An adjective of the language before it belongs to the name: "Technische Universität Dresden",
      // "Freie Universität Berlin"; a word no list knows, not an article; `0fia`.)
      const prev = words[i - 1]?.text ?? "";
      // (Not a follower's word in English: "the Peronist Partido Justicialista", "the Chavista Consejo".)
      const from = !skip.has("0fia") && i > 0 && /^\p{Lu}\p{Ll}+$/u.test(prev) && !/(?:ist|ista|istas|ian|ite)$/.test(prev) && !/^(?:The|A|An)$/.test(prev) && !gazFlags(prev, prev.toLowerCase()) ? i - 1 : i;
      if (end - i >= 2 && makeOrg(spans, from, end, org)) { changed = true; i = end - 1; }
    } else if (!skip.has("0md") && (MEDIA_NOUNS.has(w) || MEDIA_PLURALS.has(w) || (!skip.has("0mdh") && w === "house" && HOUSE_KINDS.has(words[i - 1]?.text ?? ""))) && isCap(words[i + 1]!.text) && !starts.has(i + 1)) {
      let from = words[i + 1]!.text === "The" ? i + 2 : i + 1;
      // After a plural, each name of the list: "schools Santo Spirito and Immacolata".
      for (let guard = 0; guard < 6; guard++) {
        const end = runEnd(words, from, starts);
        // One capitalised ordinary word is no name here: "the band I started", "the party Tuesday".
        const one = words[from]?.text ?? "";
        if (end - from === 1 && (one === "I" || one.length < 2 || gazFlags(one, one.toLowerCase()) & GAZ.dictCommon)) break;
        if (end <= from || !makeOrg(spans, from, end, org)) break;
        changed = true;
        i = end - 1;
        const joiner = words[end]?.text;
        if (!MEDIA_PLURALS.has(w) || (joiner !== "," && joiner !== "and") || !isCap(words[end + 1]?.text ?? "")) break;
        from = end + 1;
      }
    }
  }
  // "including Antofagasta plc, rose": a lower-case legal form after capitalised words ends a company's
  // name, which the tagger, reading the form as an ordinary word, left out or cut before it (`0plc`).
  // (Not "inc", which lists write for "including", "Smith inc Pope"; nor a country's or a place's
  // figure of speech, "a boost for UK plc", "India inc", nor a common word's, "Tax inc".)
  for (let i = 1; i < words.length && !skip.has("0plc"); i++) {
    const front = words[i - 1]!.text;
    if (!/^(?:plc|ltd)$/.test(words[i]!.text) || !isCap(front) || isListedPlace(front) || isNationalityAdjective(front) || gazFlags(front, front.toLowerCase()) & (GAZ.dictCommon | GAZ.country | GAZ.city)) continue;
    const before = spans.find((t) => t.end === i);
    if (before) { before.end = i + 1; before.typeIndex = org; changed = true; continue; }
    let a = i - 1;
    while (a > 0 && i - a < 3 && isCap(words[a - 1]!.text) && !starts.has(a) && !/^(?:The|A|An)$/.test(words[a - 1]!.text)) a--;
    if (/^(?:The|A|An)$/.test(words[a]!.text)) a++;
    if (a < i && makeOrg(spans, a, i + 1, org)) changed = true;
  }
  // "JPMorgan Chase & Co", "Marks & Spencer"-like "X & Sons": the ampersand and the form belong to the
  // name (the tagger makes "Co" a person of its own; 0cf).
  for (let k = 0; k < spans.length && !skip.has("0cf"); k++) {
    const t = spans[k]!;
    if (words[t.end]?.text !== "&" || !/^(?:Co\.?|Company|Sons|Partners)$/.test(words[t.end + 1]?.text ?? "")) continue;
    const form = spans.findIndex((x) => x.start === t.end + 1);
    if (form >= 0) spans.splice(form, 1);
    t.end += 2;
    if (words[t.end]?.text === "." && words[t.end - 1]!.text === "Co" && words[t.end]!.start === words[t.end - 1]!.end && !starts.has(t.end + 1)) t.end++;
    t.typeIndex = org;
  }
  // "Marks & Spencer", "Procter & Gamble", "Ernst & Young": capitalised names joined by "&" are one
  // company (the tagger makes "Spencer" a person; 0am).
  for (let i = 1; i + 1 < words.length && !skip.has("0am"); i++) {
    if (words[i]!.text !== "&" || !isCap(words[i - 1]!.text) || !isCap(words[i + 1]!.text)) continue;
    let a = i - 1, b = i + 2;
    // (Not over a common word opening the sentence: "Retailer Marks & Spencer".)
    while (a > 0 && i - a < 3 && isCap(words[a - 1]!.text) && !starts.has(a) && !(starts.has(a - 1) && gazFlags(words[a - 1]!.text, words[a - 1]!.text.toLowerCase()) & GAZ.dictCommon)) a--;
    while (b < words.length && b - i < 3 && isCap(words[b]!.text) && !/^(?:Co\.?)$/.test(words[b]!.text)) b++;
    // Only a well-known company or one an acronym with "&" spells after it: "&" also joins authors
    // ("Baron & Beresford 2014") and abbreviations ("R&D").
    const name = words.slice(a, b).map((w) => w.text).join(" ");
    const spelled = words[b]?.text === "(" && /&/.test(words.slice(b + 1, b + 6).map((w) => w.text).join("").split(")")[0] ?? "");
    if (!isKnownOrganization(name) && !spelled) continue;
    // A span that runs in from a common word opening the sentence gives way ("Retailer Marks").
    for (let k = spans.length - 1; k >= 0; k--) {
      const t = spans[k]!;
      if (t.start < a && t.end > a && t.end <= b && starts.has(t.start) && words.slice(t.start, a).every((w) => gazFlags(w.text, w.text.toLowerCase()) & GAZ.dictCommon)) spans.splice(k, 1);
    }
    if (spans.some((t) => (t.start < a && t.end > a) || (t.start < b && t.end > b))) continue;
    if (makeOrg(spans, a, b, org)) {
      changed = true;
      // ... and the acronym in brackets, written as three words here ("(M&S)").
      let close = b + 1;
      while (spelled && close < words.length && close - b <= 6 && words[close]!.text !== ")") close++;
      if (spelled && words[close]?.text === ")" && close > b + 1 && !spans.some((t) => t.start > b && t.start < close)) spans.push({ start: b + 1, end: close, typeIndex: org, confidence: 0.5, scores: [0, 0, 0] });
      i = b;
    }
  }
  for (const t of spans) {
    // A span led by a well-known organisation's acronym is that organisation's ("BBC Radio Leicester").
    if (!skip.has("0ka") && t.typeIndex !== org && t.end - t.start >= 2 && /^\p{Lu}{2,5}$/u.test(words[t.start]!.text) && isKnownOrganization(words[t.start]!.text) && !isTitleOrRank(words[t.start + 1]!.text.toLowerCase())) t.typeIndex = org;
    // A person's initials before a first name, which the tagger reads as an acronym-led body: "KL Rahul",
    // "MS Dhoni" (not a listed body's letters: "BBC Alba"; `0ini`).
    // (Nor a club's letters: "EC Vitória", "CD Victoria", "AS Vita".)
    else if (!skip.has("0ini") && t.typeIndex === org && t.end - t.start === 2 && /^\p{Lu}{2,3}$/u.test(words[t.start]!.text) && !isKnownOrganization(words[t.start]!.text) && !CLUB_PREFIXES.has(words[t.start]!.text) && !CLUB_LETTERS.has(words[t.start]!.text) && (gazFlags(words[t.start + 1]!.text, words[t.start + 1]!.text.toLowerCase()) & (GAZ.firstName | GAZ.dictCommon | GAZ.city | GAZ.country)) === GAZ.firstName) t.typeIndex = PERSON;
    // ... and so is one led by a well-known company's name that is no ordinary word or place: "Google
    // Cloud", "Microsoft Research" (0kc; not "Apple Valley", "Ford County").
    const lead = words[t.start]!.text;
    if (!skip.has("0kc") && t.typeIndex !== org && t.typeIndex !== PERSON && t.end - t.start === 2 && isKnownOrganization(lead) && !isListedPlace(keyOfWords(words, t.start, t.end)) && !(gazFlags(lead, lead.toLowerCase()) & (GAZ.dictCommon | GAZ.surname | GAZ.firstName)) && !/^(?:County|City|Valley|Beach|Park|Street|Road|Island|Lake|River|Square|Centre|Center|Stadium|Arena)$/.test(words[t.start + 1]!.text)) t.typeIndex = org;
    if (!skip.has("0cf") && t.end - t.start >= 2 && COMPANY_FORMS.has(words[t.end - 1]!.text)) t.typeIndex = org;
    // ("Mobile" only after a name of no part or harbour of the city of Mobile: "West Mobile", "the Port of Mobile".)
    if (!skip.has("0tl") && t.end - t.start >= 2 && COMPANY_TAILS.has(words[t.end - 1]!.text) && !(words[t.end - 1]!.text === "Mobile" && (words[t.end - 2]!.text === "of" || /^(?:West|East|North|South|Midtown|Downtown|Uptown|Port|Greater|Central)$/.test(words[t.start]!.text)))) t.typeIndex = org;
  }
  if (!skip.has("0fo") && employers(words, starts, spans, org)) changed = true;
  if (!skip.has("0spf") && spokespeopleFor(words, spans, org)) changed = true;
  if (!skip.has("0spb") && spokespeopleBefore(words, spans, org)) changed = true;
  if (!skip.has("0at") && acronymsBeforeTitles(words, spans, org)) changed = true;
  if (changed) spans.sort((x, y) => x.start - y.start);
}

/** "easyJet", "eBay": a word in lower case up to a capital, not inside a web address or a hashtag ("easyJet.com", "#easyJet"). */
function lowerCaseBrand(words: Word[], i: number): boolean {
  const w = words[i]!, next = words[i + 1], after = words[i + 2], before = words[i - 1];
  if (!/^\p{Ll}+\p{Lu}/u.test(w.text)) return false;
  const domain = next?.text === "." && next.start === w.end && after !== undefined && /^\p{Ll}/u.test(after.text) && after.start === next.end;
  const hashtag = before?.text === "#" && before.end === w.start;
  return !domain && !hashtag;
}

/**
 * Step 0ko: well-known organisations (data/organizations.json) the tagger left out. Not names that
 * are also ordinary words or people's names ("Apple", "Shell", "Ford", "Wagner"), nor a part of a
 * longer capitalised name ("Microsoft Research Asia").
 */
export function knownOrganisations(words: Word[], spans: TaggedSpan[], org: number): void {
  // A name the tagger cut short of a well-known one: "The Globe and Mail" tagged "Globe" (the "and"
  // ends its span). The longest listed name from the span's start wins, over any span inside it.
  // ... or cut its front: "Health Canada" tagged "Canada", "Focus Ireland" tagged "Ireland".
  const text = (a: number, e: number) => words.slice(a, e).map((w) => w.text).join(" ");
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    let start = -1, end = -1;
    for (let a = Math.max(0, s.start - 3); a <= s.start && start < 0; a++) {
      // (Up to nine words: "International Federation of Red Cross and Red Crescent Societies".)
      for (let e = Math.min(words.length, a + 9); e >= s.end; e--) {
        if ((a === s.start && e === s.end) || !startsKnownOrganization(words[a]!.text) || /^the$/i.test(words[a]!.text) || !isKnownOrganization(text(a, e))) continue;
        start = a; end = e;
        break;
      }
    }
    if (start < 0 || spans.some((t) => t !== s && t.start < end && t.end > start && (t.start < start || t.end > end))) continue;
    for (let j = spans.length - 1; j >= 0; j--) if (j !== k && spans[j]!.start >= start && spans[j]!.end <= end) { spans.splice(j, 1); if (j < k) k--; }
    s.start = start;
    s.end = end;
    s.typeIndex = org;
  }
  const covered = new Uint8Array(words.length);
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered[i] = 1;
  let added = false;
  for (let i = 0; i < words.length; i++) {
    // (Also a listed name written with a lower-case first letter: "easyJet", "eBay"; `0kl`.)
    if (covered[i] || !(isCap(words[i]!.text) || (!SKIP_KNOWN_LOWER && lowerCaseBrand(words, i)))) continue;
    let end = -1;
    let key = "";
    for (let e = i + 1; e <= Math.min(words.length, i + 5); e++) {
      if (covered[e - 1]) break;
      key = e === i + 1 ? words[i]!.text : key + " " + words[e - 1]!.text;
      if (isKnownOrganization(key)) end = e;
    }
    // "the 2004 Olympics": an event on the list is left to the event step, which drops it.
    if (end < 0 || /(?:Olympics|Games|Cup)$/.test(key.split(" ").slice(0, end - i).join(" "))) continue;
    const next = words[end]?.text ?? "";
    // (An article capitalised at a sentence start is no part of a longer name: "A Foreign Office spokeswoman".)
    // (A title after it is the body's post, no part of its name: "FEMA Administrator Janelle Pruitt".)
    if ((i > 0 && isCap(words[i - 1]!.text) && !/^(?:[.!?"“”'‘’:;(—–-]|A|An|The)$/.test(words[i - 1]!.text)) || (isCap(next) && (SKIP_KNOWN_TITLE || !isTitleOrRank(next.toLowerCase())))) continue;
    // (One word that is also a common word or a name only before a reporting verb: "Google said in a
    // statement", not "Apple trees"; `0kos`.)
    if (end - i === 1) {
      const w = words[i]!.text;
      const reports = !SKIP_KNOWN_SAID && /^(?:said|says|told|announced|added|confirmed|denied|declined|reported|stated)$/.test(next);
      // (Never a name's: "Ford said" may be Harrison Ford.)
      const f = gazFlags(w, w.toLowerCase());
      // (... or before its officer's title and name: "Fed Chair Jerome Powell", "Apple CEO Tim Cook"; `0kot`.)
      // (Not a house's: "Senate President Juan Miguel Zubiri" holds one title.)
      // (A company's officers only: "Independent Senator Jacqui Lambie", "Paramount Chief Bai Kurr",
      // "Commons Speaker Lindsay Hoyle" hold one title each.)
      const corporate = /^(?:CEO|CFO|COO|Chairman|Chairwoman|Chair|President|Founder|Boss|Manager)$/.test(next) || (next === "Chief" && /^(?:Executive|Operating|Financial|Technology)$/.test(words[end + 1]?.text ?? "")) || (next === "Managing" && words[end + 1]?.text === "Director");
      const officer = !SKIP_KNOWN_OFFICER && corporate && !/^(?:Senate|Congress|Parliament|House|Commons|Lords|Assembly|Council|Cabinet|Court|Police|Army|Navy|Treasury|Church|State|Independent|Commonwealth)$/.test(w) && spans.some((t) => t.typeIndex === PERSON && t.start > end && t.start <= end + 3);
      if (f & (GAZ.firstName | GAZ.surname) || (f & GAZ.dictCommon && !reports && !officer)) continue;
    }
    spans.push({ start: i, end, typeIndex: org, confidence: 0.5, scores: [0, 0, 0] });
    for (let k = i; k < end; k++) covered[k] = 1;
    added = true;
    i = end - 1;
  }
  if (added) spans.sort((x, y) => x.start - y.start);
}

/**
 * Step 0fo: the capitalised run right before a lower-case job and a person's name is the employer, an
 * organisation, unless it is a listed place, a nationality or a person ("London lawyer Jane Smith",
 * "British striker", "Trump adviser"): added when the tagger left it out, retyped when it read a place.
 */
function employers(words: Word[], starts: ReadonlySet<number>, spans: TaggedSpan[], org: number): boolean {
  let changed = false;
  for (let n = 1; n + 1 < words.length; n++) {
    if (!EMPLOYEE_NOUNS.has(words[n]!.text)) continue;
    const person = spans.find((t) => t.start === n + 1);
    if (!person || person.typeIndex !== PERSON || person.end - person.start < 2) continue;
    // The employer ends before the job, or before a modifier of it.
    const j = JOB_MODIFIERS.has(words[n - 1]!.text) && n >= 2 ? n - 1 : n;
    if (!isCap(words[j - 1]!.text)) continue;
    let i = j - 1;
    while (i > 0 && j - i < 4 && isCap(words[i - 1]!.text) && !starts.has(i)) i--;
    // A capitalised article or determiner at a sentence start is no part of it.
    if (/^(?:The|A|An|This|That|Its|Their|His|Her)$/.test(words[i]!.text)) i++;
    if (i >= j) continue;
    const key = words.slice(i, j).map((w) => w.text).join(" ");
    if (isListedPlace(key) || isNationalityAdjective(key) || isKnownPerson(key) || isGroupPlural(key)) continue;
    const inside = spans.filter((t) => t.start < j && t.end > i);
    // (A one-word "person" there that no list knows as a first name or surname is the employer too:
    // "Roscosmos cosmonaut Kirill Peskov".)
    const oneWordPerson = (t: TaggedSpan) => t.typeIndex === PERSON && t.end - t.start === 1 && !(gazFlags(words[t.start]!.text, words[t.start]!.text.toLowerCase()) & (GAZ.firstName | GAZ.surname | GAZ.dictCommon));
    if (inside.some((t) => t.start < i || t.end > j || (t.typeIndex === PERSON && !oneWordPerson(t)) || t.typeIndex === org)) continue;
    if (!inside.length && j - i === 1 && gazFlags(key, key.toLowerCase()) & (GAZ.dictCommon | GAZ.firstName)) continue;
    if (makeOrg(spans, i, j, org)) changed = true;
  }
  return changed;
}

/**
 * Step 0spf: "a spokesman for K-Electric", "a spokeswoman for Halden": a capitalised run the tagger left
 * out after a spokesperson's "for" is the body they speak for (a person has no spokesman in news that
 * does not name them first), unless it is a listed place, a nationality, a known person or a first name.
 */
function spokespeopleFor(words: Word[], spans: TaggedSpan[], org: number): boolean {
  let changed = false;
  for (let n = 0; n + 2 < words.length; n++) {
    if (!/^spokes(?:man|woman|person)$/.test(words[n]!.text) || words[n + 1]!.text !== "for") continue;
    const i = n + 2;
    let j = i;
    while (j < words.length && j - i < 4 && /^\p{Lu}[\p{L}\p{N}&'’-]*$/u.test(words[j]!.text)) j++;
    if (j === i || spans.some((t) => t.start < j && t.end > i)) continue;
    const key = words.slice(i, j).map((w) => w.text).join(" ");
    if (isListedPlace(key) || isNationalityAdjective(key) || isKnownPerson(key) || isGroupPlural(key) || gazFlags(words[i]!.text, words[i]!.text.toLowerCase()) & GAZ.firstName || isTitleOrRank(words[i]!.text.toLowerCase())) continue;
    // (Not a portfolio or an occasion of ordinary words, "spokesperson for Climate Change", "for Pride
    // Month events".)
    if (words.slice(i, j).every((w) => gazFlags(w.text, w.text.toLowerCase()) & GAZ.dictCommon) || (/^\p{Ll}/u.test(words[j]?.text ?? "") && !/^(?:said|says|told|added|declined|confirmed|denied|did|does|was|is|has|had|would|could|will|and|on|in|at|to|that|who|which)$/.test(words[j]!.text))) continue;
    if (makeOrg(spans, i, j, org)) changed = true;
  }
  return changed;
}

/**
 * Step 0spb: "a Kestrel spokesperson said", "an Amnesty spokesperson": an untagged capitalised run
 * between "a"/"an" and a spokesperson's noun is the body they speak for (not a person's, "a Trump
 * spokesman", nor a nationality, "a British spokeswoman").
 */
function spokespeopleBefore(words: Word[], spans: TaggedSpan[], org: number): boolean {
  let changed = false;
  for (let n = 2; n < words.length; n++) {
    if (!/^spokes(?:man|woman|person)$/.test(words[n]!.text)) continue;
    let i = n;
    while (i > 0 && n - i < 3 && /^\p{Lu}[\p{L}\p{N}&'’-]*$/u.test(words[i - 1]!.text) && !/^(?:A|An|The)$/.test(words[i - 1]!.text)) i--;
    if (i === n || !/^(?:a|an|A|An)$/.test(words[i - 1]?.text ?? "") || spans.some((t) => t.start < n && t.end > i)) continue;
    const key = words.slice(i, n).map((w) => w.text).join(" ");
    const f = gazFlags(words[i]!.text, words[i]!.text.toLowerCase());
    if (isListedPlace(key) || isNationalityAdjective(key) || isKnownPerson(key) || isGroupPlural(key) || f & (GAZ.firstName | GAZ.surname | GAZ.nationality) || isTitleOrRank(words[i]!.text.toLowerCase())) continue;
    // (Not a party and its brief, "A Labour Treasury spokesman", "a Lib Dem Health spokeswoman", a
    // service of ordinary words, "A Fire Service spokesperson", nor an event's number, "A Cop29".)
    const plain = (w: string) => (gazFlags(w, w.toLowerCase()) & GAZ.dictCommon) !== 0;
    if (words.slice(i, n).some((w) => PARTY_WORDS.has(w.text) || /\d/.test(w.text)) || (n - i >= 2 && words.slice(i, n).some((w) => plain(w.text)))) continue;
    if (makeOrg(spans, i, n, org)) changed = true;
  }
  return changed;
}
/** Parties' names and adjectives a spokesperson's brief follows. */
const PARTY_WORDS = new Set(["Labour", "Tory", "Conservative", "Lib", "Dem", "Democrat", "Democratic", "Republican", "Liberal", "Green", "Greens", "SNP", "Reform", "Plaid", "Socialist", "Communist", "Progressive"]);

/**
 * Step 0kp: a well-known company whose name ends in a possessive ("Moody's", "McDonald's",
 * "Sainsbury's") keeps it: the clean-up cut "'s" off as a possessive, or the tagger left the name out.
 */
export function possessiveOrganisations(words: Word[], spans: TaggedSpan[], org: number): void {
  let added = false;
  for (let i = 0; i + 1 < words.length; i++) {
    const poss = words[i + 1]!;
    if (!/^['’]s$/.test(poss.text) || poss.start !== words[i]!.end) continue;
    const at = spans.find((t) => t.start <= i && i < t.end);
    const from = at ? at.start : i;
    // Not a person's possessive ("Ronald McDonald's"): a name of more words than the company's.
    if (at && (at.end !== i + 1 || (at.typeIndex === PERSON && at.end - at.start > 1))) continue;
    if (!isKnownOrganization(words.slice(from, i + 1).map((w) => w.text).join(" ") + "'s")) continue;
    if (at) { at.end = i + 2; at.typeIndex = org; }
    else { spans.push({ start: i, end: i + 2, typeIndex: org, confidence: 0.5, scores: [0, 0, 0] }); added = true; }
  }
  if (added) spans.sort((x, y) => x.start - y.start);
}

/**
 * Step 0fo, its second half, run after the document pass has typed listed places: a city or country
 * right before a team's staff or player and a person's name is the team ("Tottenham head coach Ange
 * Postecoglou", "England manager Gareth Southgate"), as GUM types teams.
 */
export function squadTeams(words: Word[], spans: TaggedSpan[], org: number): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const s = spans[k]!, person = spans[k + 1]!;
    if (s.typeIndex === org || person.typeIndex !== PERSON || person.end - person.start < 2) continue;
    const n = person.start - 1;
    if (!SQUAD_NOUNS.has(words[n]?.text ?? "")) continue;
    const j = JOB_MODIFIERS.has(words[n - 1]!.text) ? n - 1 : n;
    if (j !== s.end || !isListedPlace(words.slice(s.start, s.end).map((w) => w.text).join(" "))) continue;
    s.typeIndex = org;
  }
}

/**
 * Step 0at: an acronym the tagger left out, right before a capitalised title and a person's name, is
 * the body the title belongs to: "NATO Secretary General Mark Rutte", "CBN Governor Olayemi Cardoso".
 */
function acronymsBeforeTitles(words: Word[], spans: TaggedSpan[], org: number): boolean {
  let changed = false;
  for (let i = 0; i + 2 < words.length; i++) {
    if (!/^\p{Lu}{2,6}$/u.test(words[i]!.text) || spans.some((t) => t.start <= i && i < t.end)) continue;
    let j = i + 1;
    while (j < words.length && j - i <= 3 && isCap(words[j]!.text) && gazFlags(words[j]!.text, words[j]!.text.toLowerCase()) & GAZ.title) j++;
    if (j === i + 1) continue;
    const person = spans.find((t) => t.start === j);
    if (!person || person.typeIndex !== PERSON) continue;
    spans.push({ start: i, end: i + 1, typeIndex: org, confidence: 0.5, scores: [0, 0, 0] });
    changed = true;
  }
  return changed;
}

/** Determiners and pronouns, capitalised at a sentence start: "Its chief executive". */
const DETERMINERS = new Set(["its", "his", "her", "their", "our", "my", "your", "the", "this", "that", "these", "those", "every", "each", "some", "any", "all", "both", "another", "other"]);
/** Nouns after a name (or its possessive) that only a company has: "Zendesk shares", "Okta's revenue". */
const COMPANY_AFTER = new Set([
  "shares", "stock", "stocks", "shareholders", "stockholders", "investors", "CEO", "CFO", "COO", "CTO", "executives", "founder", "co-founder", "cofounder",
  "spokesperson", "spokesman", "spokeswoman", "revenue", "revenues", "profit", "profits", "earnings", "IPO", "valuation", "subsidiary", "subsidiaries", "headquarters", "employees",
]);
/** "chief" after a name is a company's officer only with these after it: "Jefferies chief economist". */
const CHIEF_OF = new Set(["executive", "financial", "operating", "technology", "technical", "economist", "strategist", "investment", "marketing", "product", "commercial", "digital", "information"]);
/** Two words before a name that make it a company: "shares of", "analysts at", "a stake in". */
const COMPANY_BEFORE = new Map([
  ["shares", new Set(["of", "in"])], ["stake", new Set(["in"])], ["stakes", new Set(["in"])], ["analysts", new Set(["at"])], ["analyst", new Set(["at"])],
  ["economist", new Set(["at"])], ["economists", new Set(["at"])], ["strategist", new Set(["at"])], ["strategists", new Set(["at"])],
  ["shareholders", new Set(["in", "of"])], ["takeover", new Set(["of"])], ["acquisition", new Set(["of"])],
  // Who speaks for a body: "a spokesman for Ofwat", "the chief executive of Viridor".
  ["spokesman", new Set(["for"])], ["spokeswoman", new Set(["for"])], ["spokesperson", new Set(["for"])], ["executive", new Set(["of"])],
]);

/**
 * Step 0bz: business cues make a name the tagger called a place (or an unknown one-word "person")
 * an organisation: "shares of Zendesk", "analysts at Jefferies", "Palantir's chief executive",
 * "Datadog shares". The tagger, which has seen few companies, calls unfamiliar one-word names
 * places; these words never follow or precede a town. A listed place keeps its type ("Texas
 * investors", "shares in London" do not name companies). The span is marked cued, so the majority
 * step types every mention of the name alike.
 */
export function businessCues(words: Word[], spans: TaggedSpan[], org: number, place: number, personParts: ReadonlySet<string>): void {
  // (`personal`: for a word that is a person's surname in the text, whose spokesperson is a person's
  // as often as a company's: "Kessler's spokeswoman" beside Rep. Wade Kessler; `0bfs`.)
  const cued = (start: number, end: number, personal = false): boolean => {
    let j = end;
    if (/^['’]s?$/.test(words[j]?.text ?? "")) j++;
    const next = words[j]?.text ?? "";
    if ((COMPANY_AFTER.has(next) && !(personal && !SKIP_FOUNDER_SPOKES && /^spokes/.test(next))) || (next === "chief" && CHIEF_OF.has(words[j + 1]?.text ?? ""))) return true;
    // "Aslef's general secretary", "the Aslef union".
    if ((next === "general" && words[j + 1]?.text === "secretary") || next === "union") return true;
    // "Ofwat said in a statement", "Viridor, which wants to build the plant, said in a statement".
    if (next === "," && /^(?:which|that)$/.test(words[j + 1]?.text ?? "")) {
      // ("Pemberton, which was founded in 1998 by Clare Pemberton": what is founded, owned or listed is a body.)
      // (Not a settlement's name, "a site in Oberwilen, in the canton of Aargau, which employs 380":
      // what employs is the site; not "the state of Wolfspeed, which operates", its condition; `0bzs`.)
      const settlement = !SKIP_SETTLEMENT_CUE && start >= 2 && words[start - 1]!.text === "of" && /^(?:city|town|village|canton|province|county|district|municipality|region)$/.test(words[start - 2]!.text);
      for (let c = j + 2; c < words.length && c < j + 6 && !settlement; c++) if (/^(?:founded|established|owns|employs|operates|manufactures|makes|sells|listed)$/.test(words[c]!.text)) return true;
      let c = j + 2;
      while (c < words.length && c < j + 16 && words[c]!.text !== ",") c++;
      j = c + 1;
    }
    const verb = words[j]?.text ?? "";
    if (verb === "said" && words[j + 1]?.text === "in" && /^(?:a|an|its|their)$/.test(words[j + 2]?.text ?? "") && (words[j + 3]?.text === "statement" || words[j + 4]?.text === "statement")) return true;
    return start >= 2 && COMPANY_BEFORE.get(words[start - 2]!.text.toLowerCase())?.has(words[start - 1]!.text) === true;
  };
  const unknownWord = (w: string) => !personParts.has(w) && !(gazFlags(w, w.toLowerCase()) & (GAZ.firstName | GAZ.surname));
  const covered = new Uint8Array(words.length);
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) covered[i] = 1;
    if (s.typeIndex === org || s.end - s.start > 3) continue;
    const key = words.slice(s.start, s.end).map((w) => w.text).join(" ");
    if (isListedPlace(key) || isNationalityAdjective(key) || isKnownPerson(key) || isGroupPlural(key)) continue;
    // Not a person unless an unknown one-word "person": no known first name or surname, never part of a full name.
    // (Or a company named after a person the text names in full, where no honorific or title stands
    // before it: "Shares in Pemberton fell", "Pemberton's chief executive" beside its founder Clare
    // Pemberton; `0bf`.)
    const founder = !SKIP_FOUNDER && s.end - s.start === 1 && personParts.has(key) && !/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?$/.test(words[s.start - 1]?.text ?? "") && !isTitleOrRank((words[s.start - 1]?.text ?? "").toLowerCase());
    // (Or two words no list of names knows, typed a person: "an analyst at Mandiri Sekuritas", "Paula
    // Herrera of BTG Pactual"; `0bz2`.)
    // (Its own words are a person's parts because of this very span: the lists alone decide.)
    const listed = (w: string) => (gazFlags(w, w.toLowerCase()) & (GAZ.firstName | GAZ.surname | GAZ.dictCommon | GAZ.title | GAZ.honorific)) !== 0;
    const unknownPair = !SKIP_UNKNOWN_PAIR && s.typeIndex === PERSON && s.end - s.start === 2 && !listed(words[s.start]!.text) && !listed(words[s.start + 1]!.text) && !isKnownPerson(key);
    if (s.typeIndex !== place && !unknownPair && (s.end - s.start !== 1 || !(unknownWord(key) || founder))) continue;
    const employer = unknownPair && s.start >= 2 && words[s.start - 1]!.text === "of" && spans.some((t) => t.end === s.start - 1 && t.typeIndex === PERSON);
    if (!employer && !cued(s.start, s.end, founder && !unknownWord(key))) continue;
    s.typeIndex = org;
    s.cued = true;
  }
  // A capitalised word the tagger left out, with no ordinary-word reading: "Palantir's chief
  // executive" at a sentence start.
  let added = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.text;
    if (covered[i] || !/^\p{Lu}\p{Ll}[\p{L}\d]+$/u.test(w) || DETERMINERS.has(w.toLowerCase()) || gazFlags(w, w.toLowerCase()) & (GAZ.dictCommon | GAZ.title | GAZ.honorific | GAZ.nationality) || !unknownWord(w)) continue;
    if (isListedPlace(w) || isGroupPlural(w) || (i > 0 && /^\p{Lu}/u.test(words[i - 1]!.text)) || /^\p{Lu}/u.test(words[i + 1]?.text ?? "") || !cued(i, i + 1)) continue;
    spans.push({ start: i, end: i + 1, typeIndex: org, confidence: 0.5, scores: [0, 0, 0], cued: true });
    added = true;
  }
  if (added) spans.sort((x, y) => x.start - y.start);
}

/** Words before a pollster's name: "the latest YouGov poll", "a new Reuters/Ipsos survey". */
const POLL_LEADS = new Set(["a", "an", "the", "latest", "new", "recent", "last", "another", "fresh", "separate", "previous", "earlier", "its", "their", "his", "her", "national", "weekly", "monthly"]);

/**
 * Step 0pq: the capitalised words between a determiner and "poll" or "survey" name whoever ran it: "a
 * Gallup poll", "the latest Newsmax / Zogby poll", "an Ipsos MORI survey" (pollsters, papers and
 * broadcasters; the tagger often misses names it has not seen). Each part of one to three words;
 * not a place, a people, a month or an ordinary word ("a Texas poll", "a British survey", "an Exit poll").
 */
function pollsters(words: Word[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 2; i < words.length; i++) {
    if (!/^(?:poll|polls|survey|surveys)$/.test(words[i]!.text)) continue;
    const parts: [number, number][] = [];
    let end = i, k = i - 1;
    for (;;) {
      while (k >= 0 && end - k <= 3 && /^\p{Lu}[\p{L}\d.'’&-]*$/u.test(words[k]!.text)) k--;
      if (k + 1 === end || end - k > 4) { parts.length = 0; break; }
      parts.unshift([k + 1, end]);
      if (!/^[/&-]$/.test(words[k]?.text ?? "") || parts.length > 2) break;
      end = k; k--;
    }
    if (!parts.length || !POLL_LEADS.has(words[k]?.text.toLowerCase() ?? "")) continue;
    const plain = parts.every(([a, b]) => {
      const key = words.slice(a, b).map((w) => w.text).join(" ");
      const w = words[a]!.text;
      return !isListedPlace(key) && !isNationalityAdjective(key) && !MONTHS.has(w) && !isKnownPerson(key) && !(b - a === 1 && gazFlags(w, w.toLowerCase()) & (GAZ.dictCommon | GAZ.country | GAZ.city | GAZ.nationality | GAZ.firstName));
    });
    if (plain) out.push(...parts);
  }
  return out;
}

/** Last words of newspaper names: "the Nation", "the Age", "The Hindu", "the Standard". */
const PAPER_HEADS = new Set(["Nation", "Times", "Guardian", "Age", "Star", "Standard", "Herald", "Telegraph", "Independent", "Observer", "Mirror", "Sun", "Mail", "Post", "Journal", "Globe", "Tribune", "Express", "Chronicle", "Gazette", "Citizen", "Hindu", "Punch", "Sowetan", "Statesman", "Examiner", "Courier", "Inquirer", "Monitor", "Argus", "Scotsman", "Australian"]);
/** Newspapers' words of other languages ("daily", "newspaper", "courier", "gazette"). */
const FOREIGN_PAPERS = new Set(["Dagblad", "Dagbladet", "Zeitung", "Tageszeitung", "Tagblatt", "Tagesspiegel", "Anzeiger", "Kurier", "Diario", "Diário", "Periódico", "Gazzetta", "Corriere", "Quotidiano", "Gazeta", "Dziennik", "Noticias", "Notícias", "Tidning", "Tidende", "Avis", "Avisen", "Sanomat", "Krant", "Courant", "Quotidien", "Libération", "Rzeczpospolita"]);
/** Last words of periodicals' names that are ordinary words after other names. */
const PERIODICALS = new Set(["Weekly", "Daily", "Magazine", "Monthly"]);
/** Sports and public services whose national or state bodies are named "<word> <place>": "Tennis Australia", "Athletics Kenya", "Statistics Canada", "Health Canada". */
const SPORTS = new Set(["Statistics", "Tourism", "Sport", "Health", "Environment", "Parks", "Elections", "Transport", "Heritage", "Fisheries", "Tennis", "Cricket", "Rugby", "Football", "Soccer", "Swimming", "Athletics", "Cycling", "Golf", "Hockey", "Netball", "Basketball", "Rowing", "Gymnastics", "Boxing", "Sailing", "Volleyball", "Badminton", "Triathlon", "Equestrian", "Archery", "Diving", "Judo", "Skiing", "Snowsports", "Bowls", "Squash", "Surfing", "Softball", "Baseball", "Lacrosse"]);

/**
 * Steps 0tn and 0sb. Whom a person "told" is a listener, and a capitalised newspaper word after "told
 * the" is the paper ("he told the Nation", "she told The Age"), as is an unknown word in capitals
 * ("the chairman told PUNCH"). A sport before a listed place is that sport's governing body ("Tennis
 * Australia said", "Athletics Kenya"), not the place.
 */
export function listenersAndSportBodies(words: Word[], spans: TaggedSpan[], org: number, place: number, skip: ReadonlySet<string>): void {
  let added = false;
  const claim = (start: number, end: number) => {
    const inside = spans.filter((t) => t.start < end && start < t.end);
    if (inside.some((t) => t.start < start || t.end > end)) return;
    for (const t of inside) spans.splice(spans.indexOf(t), 1);
    spans.push({ start, end, typeIndex: org, confidence: 0.5, scores: [0, 0, 0], cued: true });
    added = true;
  };
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!.text;
    if (!skip.has("0tn") && words[i - 1]!.text === "told") {
      if (/^(?:the|The)$/.test(w) && PAPER_HEADS.has(words[i + 1]?.text ?? "") && !/^\p{Lu}/u.test(words[i + 2]?.text ?? "")) claim(i + 1, i + 2);
      else if (/^\p{Lu}{4,}$/u.test(w) && !/^\p{Lu}/u.test(words[i + 1]?.text ?? "") && !isListedPlace(w) && !(gazFlags(w, w.toLowerCase()) & (GAZ.country | GAZ.city))) claim(i, i + 1);
    }
    if (!skip.has("0sb") && SPORTS.has(w) && !/^\p{Lu}/u.test(words[i - 1]!.text)) {
      for (const n of [3, 2, 1]) {
        if (i + 1 + n > words.length) continue;
        const place = words.slice(i + 1, i + 1 + n).map((x) => x.text).join(" ");
        if (!isListedPlace(place) || /^\p{Lu}/u.test(words[i + 1 + n]?.text ?? "")) continue;
        claim(i, i + 1 + n);
        break;
      }
    }
  }
  if (!skip.has("0pq")) for (const [start, end] of pollsters(words)) claim(start, end);
  // "Polling published by The Age", "an interview with The Hindu": "The" capitalised inside a
  // sentence before a newspaper's word is the paper's name (`0tp2`).
  for (let i = 1; !skip.has("0tp2") && i + 1 < words.length; i++) {
    if (words[i]!.text !== "The" || /^[.!?"“‘'(\[:—–-]$/.test(words[i - 1]!.text) || !PAPER_HEADS.has(words[i + 1]!.text) || /^\p{Lu}/u.test(words[i + 2]?.text ?? "")) continue;
    claim(i + 1, i + 2);
  }
  // A name of two words or more ending in a newspaper's word is the paper: "Omaha World-Herald",
  // "the Sydney Morning Herald", "the Jerusalem Post" (the tagger reads the city; `0pp`).
  for (const t of spans) {
    if (skip.has("0pp")) break;
    // ... and a name the tagger ended before a periodical's word: "US Weekly", "Nation Daily".
    const next = words[t.end]?.text ?? "";
    if (t.typeIndex !== PERSON && PERIODICALS.has(next) && !/^\p{Lu}/u.test(words[t.end + 1]?.text ?? "") && !spans.some((x) => x.start === t.end)) { t.end++; t.typeIndex = org; continue; }
    if (t.typeIndex === org) continue;
    // A paper's word of another language anywhere in the name: "Algemeen Dagblad", "Süddeutsche
    // Zeitung", "Corriere della Sera"; and one hyphenated word ending in a paper's word: "the
    // Courier-Mail" (`0pf`).
    if (!skip.has("0pf") && words.slice(t.start, t.end).some((w) => FOREIGN_PAPERS.has(w.text))) { t.typeIndex = org; continue; }
    const one = words[t.start]!.text;
    if (!skip.has("0pf") && t.end - t.start === 1 && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(one) && PAPER_HEADS.has(one.split("-")[1]!)) { t.typeIndex = org; continue; }
    if (t.end - t.start < 2) continue;
    const last = words[t.end - 1]!.text.split("-").pop()!;
    // (Only a place's name before the paper's word, all capitalised: not "the Pyramid of the Sun",
    // "Outstanding Guest Star".)
    const capitalised = words.slice(t.start, t.end).every((w) => /^\p{Lu}/u.test(w.text));
    if (PAPER_HEADS.has(last) && last !== "Australian" && last !== "Citizen" && capitalised && (isListedPlace(words[t.start]!.text) || t.typeIndex === place)) t.typeIndex = org;
  }
  if (added) spans.sort((x, y) => x.start - y.start);
}
