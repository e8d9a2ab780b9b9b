/**
 * Span clean-up after tagging: names are bare ("Putin", not "Mr Putin's"; "Barack Obama", not "US
 * President Barack Obama"; "Kremlin", not "the Kremlin"). The tagger learns most of this from the
 * training spans; these rules catch what it leaves, whatever the text.
 */
import { GAZ, MONTHS_AND_DAYS, demonymNationality, gazFlags, isKnownOrganization, isListedPlace, isNationalityAdjective, isTitleWord } from "./lexicon.ts";
import type { Word } from "./words.ts";
import { skippedSteps } from "../skip-steps.ts";
/** Clean-up steps to skip when measuring (NER_SKIP=ini). */
const SKIP_CLEAN = skippedSteps("NER_SKIP");

/** Words before a name that are no part of it ("Its Committee for Medicinal Products"; not "Our Lady", "Her Majesty"). */
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "this", "these", "those"]);
/**
 * Police and military rank abbreviations and a few titles the title list lacks, cut before a name like
 * titles ("Det Supt Mark Swift", "Taoiseach Micheál Martin"). Kept out of the title list the tagger's
 * features use, so the model needs no retraining.
 */
const RANKS = new Set(["councilmember", "councilmembers", "councilwoman", "councilman", "alderwoman", "td", "cr", "cllr", "aunty", "taoiseach", "tánaiste", "tanaiste", "administrator", "treasurer", "ombudsman", "registrar", "emir", "sultan", "magistrate", "sheriff", "alderman", "assemblyman", "assemblywoman", "consul", "det", "supt", "insp", "sgt", "ch", "con", "pc", "dc", "di", "ds", "dci", "dsi", "dsupt", "acc", "cpl", "lt", "col", "maj", "capt", "gen", "brig", "pte", "cdr", "adm", "grandmaster", "mk"]);
/** Whether a word is a rank or a local title that is never part of a name ("Cr", "Det", "Supt"). */
export const isRank = (word: string): boolean => RANKS.has(word.toLowerCase().replace(/\.$/, ""));
/** A title, a rank, or a hyphenated title ("secretary-general", "attorney-general"). */
export const isTitleOrRank = (lower: string) => isTitleWord(lower) || RANKS.has(lower) || (lower.includes("-") && lower.split("-").some((p) => isTitleWord(p)));
const REPORTING = new Set(["said", "says", "told", "tells", "added", "adds", "stated", "announced", "warned", "wrote", "explained", "noted"]);
const LED_BY = /^\S+-(?:led|backed|funded|owned|run|sponsored|controlled|affiliated|linked|allied|supported|dominated|aligned|brokered)$/iu;
const NATIONALITY_NOUNS = /^(?:Dutch|French|English|Irish|Scots|Welsh|Cornish|Manx|Norse)(?:man|men|woman|women)$/;
/** "Tasmanian", "Texan", "Queenslander", "Ontarian", "Indonesian": a nationality, or a word made from a listed place. */
function isDemonym(w: string): boolean {
  if (isNationalityAdjective(w)) return true;
  if (!/^\p{Lu}\p{Ll}+(?:n|er)$/u.test(w)) return false;
  const cut1 = w.slice(0, -1), cut2 = w.slice(0, -2), cut3 = w.slice(0, -3);
  return [cut1, cut2, `${cut2}s`, `${cut2}o`, `${cut3}a`].some((stem) => stem.length > 2 && isListedPlace(stem));
}
const LEADING_ADVERBS = new Set(["Tonight", "Today", "Yesterday", "Tomorrow", "Meanwhile", "Elsewhere", "Now", "Neighbouring", "Neighboring", "Nearby", "Rival", "Host", "Hosts"]);
const LEADING_PREPOSITIONS = new Set(["Outside", "Inside", "Across", "Beyond", "Behind", "Beside", "Opposite", "Along", "Around", "Throughout", "Towards", "Toward", "Despite", "During", "Following", "Amid", "Among", "Within", "Without", "Underneath", "Beneath"]);
const EDGE_PUNCT = /^[^\p{L}\p{N}]+$/u;
/** Prepositions that open a sentence before a place's name: "Under Singapore law", "In Tokyo". */
const PLACE_PREPOSITIONS = new Set(["Under", "In", "For", "With", "At", "From", "By", "To", "On", "Unlike", "Like", "Across", "Inside", "Outside"]);
/** Letters for things, times and jobs that the tagger may take for a name alone. */
export const NOT_NAME_LETTERS = new Set(["AI", "CCTV", "GDP", "CEO", "CFO", "COO", "CTO", "DNA", "BST", "GMT", "UTC", "CET", "CEST", "EST", "EDT", "PST", "PDT", "AEST", "AEDT", "IST", "JST", "IVF", "ICU", "GP", "VAT", "TV", "PhD", "MRI", "ATM", "PIN", "SUV", "EV", "EVs", "LGBT", "LGBTQ", "PPE", "GCSE", "GCSEs", "A-level", "A-levels", "CV", "FAQ", "HQ", "IPO", "IPOs", "VPN", "USB", "SMS", "GPS", "PDF",
  // ... and chips, screens and fuels: "HBM chips", "DRAM prices", "LNG tankers".
  "HBM", "DRAM", "NAND", "SSD", "SSDs", "GPU", "GPUs", "CPU", "CPUs", "OLED", "LED", "LEDs", "LNG", "LPG", "CNG"]);
const POSSESSIVE = /^['’][sS]?$/;
const PLACE_ABBREVIATIONS = new Set(["st", "mt", "ft", "pt"]);
const NAME_ABBREVIATIONS = new Set(["inc", "corp", "ltd", "co", "jr", "sr", "bros", "plc", "llc", "st", "mt"]);

/** Malaysian and Indian honorifics before a name: "Datuk Anwar Ibrahim", "Shri Prakash Deshmukh". */
const MALAY_INDIAN_HONORIFICS = /^(?:Datuk|Dato'|Dato’|Datin|Tun|Shri|Smt|Smt\.|Shrimati|Kumari)$/;
/** Nigerian and southern African honorifics, South Asian and Nigerian police ranks, before a full name. */
const AFRICAN_HONORIFICS_AND_RANKS = /^(?:Alhaji|Alhaja|Hajia|Hajiya|Kgosi|Kgosigadi|Inkosi|Nkosi|Oba|Igwe|Otunba|SP|ASP|DSP|CSP|SSP|ACP|DCP|DIG|IGP|AIG)$/;
/** East African, South Asian honorifics before a full name: "Mama Grace Achieng", "Begum Khaleda Zia". */
const HONORIFICS_BEFORE_FULL_NAMES = /^(?:Mama|Begum|Mian|Sardar)$/;
/** Filipino honorifics before a first name: "Aling Nena". */
const FILIPINO_HONORIFICS = /^(?:Aling|Manang|Manong)$/;
/**
 * Whether a word is one of the honorifics the clean-up takes off a person's name (or a word of the
 * two-word ones, "Tan Sri", "Dato Sri", "Toh Puan", or Brunei's "Pehin"): a step that reads the word before a name
 * must not take it for the name's first part.
 */
export function isNameHonorific(word: string): boolean {
  return MALAY_INDIAN_HONORIFICS.test(word) || AFRICAN_HONORIFICS_AND_RANKS.test(word) || HONORIFICS_BEFORE_FULL_NAMES.test(word) || FILIPINO_HONORIFICS.test(word) || /^(?:Dato|Sri|Seri|Puan|Toh|Pehin)$/.test(word);
}

/** Narrows word span [start, end) to the bare name; returns null when nothing name-like is left. */
/** Lower-case kinds of place after a place's name, no part of it (`lpn`); a compass word alone keeps its kind ("the Northern region"). */
const COMPASS_WORDS = /^(?:Northern|Southern|Eastern|Western|Central|North|South|East|West|Northeast|Northwest|Southeast|Southwest|North-East|North-West|South-East|South-West|Upper|Lower|Inner|Outer|Coastal)$/;
// (Not "county" or "state", which news writes after a name that is also a person's or a whole state's:
// "Marshall county", "Washington state".)
const KIND_NOUNS = new Set(["region", "island", "islands", "river", "province", "district", "city", "town", "village", "valley", "lake", "area", "border", "coast", "peninsula", "mountains", "basin", "delta", "desert", "municipality", "prefecture", "governorate", "oblast", "department", "canton", "commune", "parish", "suburb", "neighbourhood", "neighborhood", "township", "regency", "atoll", "archipelago"]);
export function cleanSpan(words: Word[], start: number, end: number, isPerson: boolean, sentenceStart = 0, isPlace = false): [number, number] | null {
  let s = start, e = end;
  for (;;) {
    if (e - s <= 0) return null;
    const first = words[s]!.text;
    if (EDGE_PUNCT.test(first) || DETERMINERS.has(first.toLowerCase())) { s++; continue; }
    // A score's points at either edge: "Italy 27–19 Wales" tagged "19 Wales", "France 31" before "–10" (`sc`).
    // (A score's shape only, a number each side of the dash: not "Terminal 5–bound", "Route 66-themed".)
    if (e - s > 1 && !SKIP_CLEAN.has("sc") && /^\d{1,3}$/.test(first) && /^[–-]$/.test(words[s - 1]?.text ?? "") && words[s - 1]!.end === words[s]!.start && /^\d{1,3}$/.test(words[s - 2]?.text ?? "")) { s++; continue; }
    if (e - s > 1 && !SKIP_CLEAN.has("sc") && /^\d{1,3}$/.test(words[e - 1]!.text) && /^[–-]$/.test(words[e]?.text ?? "") && words[e]!.start === words[e - 1]!.end && /^\d{1,3}$/.test(words[e + 1]?.text ?? "")) { e--; continue; }
    // A sentence's opening preposition: "Outside Leinster House, ...", "Inside the Hall of Justice".
    if (e - s > 1 && LEADING_PREPOSITIONS.has(first) && !SKIP_CLEAN.has("lp")) { s++; continue; }
    // A sentence's opening conjunction: '"But Javi has earned it"' (`cj`; not "So", a Korean family
    // name, nor "Or" and "Nor", Hebrew and Malay given names: "Or Yehuda", "Nor Shamsiah").
    if (e - s > 1 && /^(?:But|And)$/.test(first) && !SKIP_CLEAN.has("cj")) { s++; continue; }
    // ... and any capitalised preposition before a listed place: "Under Singapore law" ("Under Armour"
    // stays whole; `lp2`).
    if (e - s > 1 && PLACE_PREPOSITIONS.has(first) && !SKIP_CLEAN.has("lp2") && isListedPlace(words.slice(s + 1, e).map((w) => w.text).join(" "))) { s++; continue; }
    // "the NATO-led International Security Assistance Force": a compound adjective is no part of the name after it.
    if (e - s > 1 && LED_BY.test(first)) { s++; continue; }
    // A sentence adverb or "Neighbouring" before a listed place or a well-known body: "Tonight India
    // has", "Neighbouring Chile and Bolivia" (`la`).
    // A scientist's occupation before a name: "Volcanologist Þorvaldur Þórðarson" (`og`).
    if (e - s > 2 && /^\p{Lu}\p{Ll}+olog(?:ist|ists)$/u.test(first) && !SKIP_CLEAN.has("og")) { s++; continue; }
    // "Here" and "There" opening a sentence are no part of the name after them: "Here United just had
    // to say yes" (`hd`).
    if (e - s > 1 && s === sentenceStart && (first === "Here" || first === "There") && !SKIP_CLEAN.has("hd")) { s++; continue; }
    if (e - s > 1 && LEADING_ADVERBS.has(first) && !SKIP_CLEAN.has("la")) {
      const rest = words.slice(s + 1, e).map((w) => w.text).join(" ");
      if (isListedPlace(rest) || isKnownOrganization(rest)) { s++; continue; }
    }
    break;
  }
  // A reporting verb ends a name run-on: "the Hankyoreh Peace Research Institute said North Korean ..."
  // (the tagger's run over a lower-case word between capitalised ones).
  for (let k = s + 1; k < e; k++) if (REPORTING.has(words[k]!.text)) { e = k; break; }
  for (;;) {
    if (e - s <= 0) return null;
    const last = words[e - 1]!.text;
    if (POSSESSIVE.test(last) || (EDGE_PUNCT.test(last) && last !== ".")) { e--; continue; }
    // A date after the name is not part of it: "Leeds Magistrates' Court on Tuesday".
    if (e - s > 2 && MONTHS_AND_DAYS.has(last) && /^\p{Ll}+$/u.test(words[e - 2]!.text)) { e--; continue; }
    // A score after a person's name is no part of it: "Joe Root 262" in a list of scores (`nsc`).
    // (Only a person's: "Formula 1", "Apollo 11", "Area 51" end in numbers.)
    if (isPerson && e - s > 2 && /^\d+\*?$/.test(last) && !SKIP_CLEAN.has("nsc")) { e--; continue; }
    // A contraction of "I" is no part of a name: "I told my wife Margaret I'd give it one more season" (`ic`).
    if (e - s > 1 && !SKIP_CLEAN.has("ic") && /^I['’](?:d|m|ll|ve)$/.test(last)) { e--; continue; }
    // A final period belongs to the name only when it closes an abbreviation glued to it ("Inc.", "Jr.").
    if (last === "." && (e - 1 === s || words[e - 2]!.end !== words[e - 1]!.start)) { e--; continue; }
    // Names do not end in a lower-case word ("the U.S government", "the U.S wouldn't"), except a
    // lower-case place or party word ("Bohai sea", "Republican party"): 30 of 8,940 training names.
    // ("party" only after a party's adjective, "the Republican party"; "the M5S party" is "M5S".)
    if (e - s > 1 && /^\p{Ll}+(?:['’]\p{Ll}+)?$/u.test(last) && !(gazFlags(last, last) & GAZ.placeSuffix) && !(last === "party" && /(?:an|ic|ist|ive|al)$/.test(words[e - 2]!.text))) { e--; continue; }
    // ... nor in a lower-case kind of land or water body that says what the name is ("the Bay region",
    // "on Sentosa island", "the Savio river"): the name is the capitalised part, as news writes it
    // capitalised when it is part of the name ("Sentosa Island"); `lpn`.
    if (e - s > 1 && !SKIP_CLEAN.has("lpn") && KIND_NOUNS.has(last) && /^\p{Lu}/u.test(words[e - 2]!.text) && !(e - s === 2 && COMPASS_WORDS.test(words[s]!.text))) { e--; continue; }
    break;
  }
  // Malaysian and Indian honorifics before a name: "Tan Sri Lim Chee Keong", "Datuk Seri Anwar Ibrahim",
  // "Shri Prakash Deshmukh", "Smt Sunita Kulkarni" ("Tan" and "Sri" alone are names: "Ms Tan", "Sri Mulyani").
  if (isPerson && e - s > 2) {
    const two = `${words[s]!.text} ${words[s + 1]!.text}`;
    if (/^(?:Tan Sri|Datuk Seri|Dato' Sri|Dato’ Sri|Dato Sri|Toh Puan|Puan Sri)$/.test(two)) s += 2;
  }
  if (isPerson && e - s > 1 && MALAY_INDIAN_HONORIFICS.test(words[s]!.text)) s++;
  // Nigerian and southern African honorifics and South Asian and Nigerian police ranks before a full
  // name: "Alhaji Musa Danladi", "Kgosi Leruo Molotlegi", "SP Abdullahi Haruna Kiyawa" (`hon`).
  // (And "Mama" before a full name, as East and West African papers write it: "Mama Grace Achieng";
  // the pilgrims' titles before a surname alone too, "Alhaji Zakaria said";
  // and "Begum", "Mian" and "Sardar" before a full name; `hon2`.)
  if (isPerson && !SKIP_CLEAN.has("hon") && e - s > 2 && AFRICAN_HONORIFICS_AND_RANKS.test(words[s]!.text)) s++;
  else if (isPerson && !SKIP_CLEAN.has("hon2") && ((e - s > 2 && HONORIFICS_BEFORE_FULL_NAMES.test(words[s]!.text)) || (e - s === 2 && /^(?:Alhaji|Alhaja|Hajia|Hajiya)$/.test(words[s]!.text)))) s++;
  // ... and Filipino ones before a first name alone: "Aling Nena" is Nena (`hon`).
  else if (!SKIP_CLEAN.has("hon") && e - s >= 2 && FILIPINO_HONORIFICS.test(words[s]!.text)) s++;
  // A player's position before a known first name, whatever the tagger typed the run: "Center Nikola
  // Jokić" (`pos2`).
  // (Opening a sentence only: "at the Centre Georges Pompidou" is the centre.)
  if (!isPerson && e - s >= 3 && s === sentenceStart && !SKIP_CLEAN.has("pos2") && POSITIONS.has(words[s]!.text.toLowerCase()) && gazFlags(words[s + 1]!.text, words[s + 1]!.text.toLowerCase()) & GAZ.firstName) s++;
  if (isPerson && e - s > 1) {
    // Cut a leading run of titles, honorifics and the countries or nationalities that qualify them
    // ("US President Barack Obama", "Foreign Secretary David Lammy", "Mr. Putin"), when a name
    // follows. Only at the front: "Martin Luther King Jr." keeps its "King".
    let k = s;
    let sawTitle = false;
    while (k < e - 1) {
      const text = words[k]!.text, lower = text.toLowerCase().replace(/\.$/, "");
      if (isTitleOrRank(lower)) sawTitle = true;
      else if (!(text === "." || isQualifier(text))) break;
      k++;
    }
    if (sawTitle) s = k;
    else s = afterTitlePhrase(words, s, e);
    // (An honorific after the title: "Deputy Chief Minister Shri Kameshwar Prasad Singh"; `hon3`.)
    if (!SKIP_CLEAN.has("hon3") && sawTitle && e - s > 1 && /^(?:Shri|Smt|Smt\.|Shrimati|Alhaji|Alhaja|Begum|Mian|Sardar|Datuk|Dato'|Tun)$/.test(words[s]!.text)) s++;
    // "Spaniard Carlos Alcaraz", "Tasmanian Jacqui Lambie", "Dutchman Max Verstappen": a nationality
    // or a regional demonym before a known first name (itself none: "Christian Horner").
    if (e - s >= 3 && !SKIP_CLEAN.has("dem") && (demonymNationality(words[s]!.text) !== undefined || (isDemonym(words[s]!.text) && !(gazFlags(words[s]!.text, words[s]!.text.toLowerCase()) & (GAZ.firstName | GAZ.surname)) && gazFlags(words[s + 1]!.text, words[s + 1]!.text.toLowerCase()) & GAZ.firstName))) s++;
    // "Frontman Mick Jagger", "Rapper Kendrick Lamar": an occupation noun capitalised at a sentence
    // start, before a known first name, is no part of the name.
    if (e - s >= 3 && isOccupation(words[s]!.text) && gazFlags(words[s + 1]!.text, words[s + 1]!.text.toLowerCase()) & GAZ.firstName) s++;
    // ... and a player's position before a two-word name, known first name or not: "Fly-half Cian
    // O'Sullivan", "Wicketkeeper Rishabh Pant" (`pos`).
    else if (e - s >= 3 && !SKIP_CLEAN.has("pos") && POSITIONS.has(words[s]!.text.toLowerCase())) s++;
    while (s < e && words[s]!.text === ".") s++;
  }
  if (!isPerson && s >= 2 && words[s - 1]!.text === "." && PLACE_ABBREVIATIONS.has(words[s - 2]!.text.toLowerCase()) && words[s - 2]!.end === words[s - 1]!.start) {
    s -= 2; // "St. Louis", "Mt. Everest"
  }
  if (isPerson) {
    // Initials the tagger left out: "L. Ron Hubbard", "J.K. Rowling"; never from the sentence before
    // ("wrote on X. Musk, who ...").
    for (;;) {
      if (s <= sentenceStart) break;
      const prev = words[s - 1];
      if (prev && /^(?:\p{Lu}\.){2,3}$/u.test(prev.text) && prev.end < words[s]!.start) { s--; continue; }
      const letter = words[s - 2];
      if (prev && letter && prev.text === "." && /^\p{Lu}$/u.test(letter.text) && letter.end === prev.start && prev.end < words[s]!.start) { s -= 2; continue; }
      break;
    }
  }
  // A body's members after its name are no part of it: "Congress Ministers", "Labour MPs" (but
  // "Council of Ministers", "Board of Governors" are names).
  if (!isPerson && !SKIP_CLEAN.has("pm") && e - s > 1 && words[e - 2]!.text !== "of" && /^(?:Ministers|MPs|MLAs|MEPs|MSPs|Senators|Councillors|Councilors|Legislators|Lawmakers)$/.test(words[e - 1]!.text)) e--;
  // ... and the surname the tagger cut off after them: "B.Y. Vijayendra", "K.C. Venugopal" (the tagger
  // reads dotted initials as a name of their own).
  if (isPerson && !SKIP_CLEAN.has("ini") && e < words.length && words.slice(s, e).every((w) => /^(?:\p{Lu}\.)+$/u.test(w.text)) && /^\p{Lu}\p{Ll}+$/u.test(words[e]!.text) && words[e - 1]!.end < words[e]!.start && !isTitleWord(words[e]!.text.toLowerCase())) e++;
  // A count before a name is no part of it: "won 13 Premier League titles" (not "10 Downing Street":
  // places keep their number).
  // Only before a well-known organisation, written apart: "30 Seconds to Mars" and "2Pac" are names.
  if (!isPlace && e - s > 1 && /^\d+$/.test(words[s]!.text) && words[s]!.end < words[s + 1]!.start && isKnownOrganization(words.slice(s + 1, e).map((w) => w.text).join(" "))) s++;
  if (e - s <= 0) return null;
  if (!/[\p{L}\p{N}]/u.test(words[s]!.text)) return null;
  // A stock ticker in brackets is no name: "Brabant Lithography NV (BLTH.AS)" (`tk`).
  if (!isPerson && e - s === 1 && !SKIP_CLEAN.has("tk") && words[s - 1]?.text === "(" && words[e]?.text === "." && /^\p{Lu}{1,3}$/u.test(words[e + 1]?.text ?? "") && words[e + 2]?.text === ")") return null;
  // A common word inside a title is no person: "Chief District Officer Ramesh Adhikari", "Deputy
  // Health Minister" (the tagger's one-word person between two title words; `tw`).
  // (Or two such words before a rank: "Navy Senior Chief Petty Officer Scott C. Dayton".)
  if (isPerson && e - s <= 2 && !SKIP_CLEAN.has("tw") && isTitleOrRank(words[e]?.text.toLowerCase() ?? "") && /^\p{Lu}\p{Ll}+$/u.test(words[e]?.text ?? "") && ((s > 0 && isTitleOrRank(words[s - 1]!.text.toLowerCase())) || e - s === 2)) {
    const common = (w: Word) => { const f = gazFlags(w.text, w.text.toLowerCase()); return (f & GAZ.dictCommon) !== 0 && !(f & (GAZ.firstName | GAZ.surname)); };
    if (words.slice(s, e).every(common)) return null;
  }
  // A web or e-mail address (one token: tokenize.ts) is no name, nor part of one.
  for (let k = s; k < e; k++) if (ADDRESS.test(words[k]!.text)) return null;
  // A bare title is a role, not a name ("the Foreign Secretary", "the Prime Minister"): the linker
  // resolves roles; the recogniser only reports names.
  let allTitles = true;
  for (let k = s; k < e && allTitles; k++) allTitles = words[k]!.text === "." || isTitleWord(words[k]!.text.toLowerCase().replace(/\.$/, ""));
  if (allTitles) return null;
  // ... also with an institution or ordinary words before it ("Senate Majority Leader", "Shadow Home
  // Secretary"), unless a first name or surname is among them ("Julie Bishop").
  if (isPerson && e - s > 1 && isTitleWord(words[e - 1]!.text.toLowerCase()) && plainBefore(words, s, e - 1)) return null;
  // "Apple Inc." / "Martin Luther King Jr.": the abbreviation's own period belongs to the name.
  if (e < words.length && words[e]!.text === "." && words[e]!.start === words[e - 1]!.end && NAME_ABBREVIATIONS.has(words[e - 1]!.text.toLowerCase())) e++;
  // A nationality adjective on its own ("two Syrian teams") is not a name; its plural for people
  // ("Afghans", "Muslims") is one in GUM, and stays.
  if (e - s === 1 && isNationalityAdjective(words[s]!.text)) return null;
  // A sum in rand, ringgit, rupees or rupiah is no name: "R900 million", "RM2 million", "Rs500".
  // (Or written with its unit: "R2-billion", "R500-million".)
  if (e - s === 1 && /^(?:RM|Rs|Rp|R|P|K|Ksh|KSh|N)\d[\d.,]*(?:-(?:billion|million|trillion|bn|m))?$/.test(words[s]!.text)) return null;
  // ... nor one person of a region's people: "free for every Victorian under 30" (`dem1`).
  if (e - s === 1 && !SKIP_CLEAN.has("dem1") && isDemonym(words[s]!.text) && !isListedPlace(words[s]!.text) && !(gazFlags(words[s]!.text, words[s]!.text.toLowerCase()) & (GAZ.firstName | GAZ.surname))) return null;
  // ... nor a pronoun's contraction ("'OK, I'll do it'": the tagger reads a quotation's capitals as a
  // name), nor "OK" as a word of assent (the state's abbreviation comes after a comma: "Tulsa, OK").
  if (e - s === 1 && !SKIP_CLEAN.has("ctr") && (CONTRACTION.test(words[s]!.text) || (/^(?:OK|Okay)$/.test(words[s]!.text) && words[s - 1]?.text !== ","))) return null;
  // ... nor a nationality's noun for one person ("The Dutchman's departure", "a Frenchman").
  if (e - s === 1 && (NATIONALITY_NOUNS.test(words[s]!.text) || (!SKIP_CLEAN.has("dem") && demonymNationality(words[s]!.text) !== undefined))) return null;
  // ... nor one of two words: listed ("Sri Lankan") or after a compass word ("South Korean", "North
  // Korean officers", "Northern Irish").
  if (e - s === 2 && (isNationalityAdjective(`${words[s]!.text} ${words[s + 1]!.text}`) || (COMPASS.has(words[s]!.text) && isNationalityAdjective(words[s + 1]!.text)))) return null;
  // ... nor a portfolio in a title phrase: "Minister of Foreign Affairs" (tagged "Affairs"), "the
  // Secretary of State" (`pf`).
  if (!SKIP_CLEAN.has("pf") && isPortfolio(words, s, e)) return null;
  // ... nor its compass word alone, the tagger having left the nationality out: "South Korean rider".
  if (e - s === 1 && !SKIP_CLEAN.has("cmp") && COMPASS.has(words[s]!.text) && isNationalityAdjective(words[e]?.text ?? "")) return null;
  // Letters news writes for things, times and jobs, never a name alone: "a new AI assistant", "14:12
  // BST", "CCTV footage" (`NER_SKIP=na`).
  if (e - s === 1 && !SKIP_CLEAN.has("na") && NOT_NAME_LETTERS.has(words[s]!.text)) return null;
  // A sex's plural before its possessive names a class of event, no body: "Women's singles", "Men's
  // doubles" in a list of results (`sx`).
  if (e - s === 1 && !SKIP_CLEAN.has("sx") && /^(?:Men|Women|Boys|Girls|Ladies)$/.test(words[s]!.text) && /^['’]s?$/.test(words[e]?.text ?? "")) return null;
  return [s, e];
}

/** Players' positions and online trades, written before a name like a title ("YouTuber Jim Sterling"). */
/** Whether a word is a player's position or a platform's kind of author ("Striker", "Blogger"), never part of a name. */
export const isPosition = (word: string): boolean => POSITIONS.has(word.toLowerCase());
const POSITIONS = new Set(["youtuber", "blogger", "vlogger", "influencer", "streamer", "podcaster", "tiktoker", "fly-half", "flyhalf", "scrum-half", "scrumhalf", "full-back", "fullback", "flanker", "hooker", "prop", "lock", "winger", "wing", "centre", "center", "striker", "midfielder", "defender", "goalkeeper", "keeper", "goalie", "forward", "playmaker", "quarterback", "pitcher", "catcher", "shortstop", "batsman", "batter", "bowler", "opener", "wicketkeeper", "wicket-keeper", "all-rounder", "allrounder", "spinner", "seamer", "point-guard", "linebacker", "fly-half"]);
const ADDRESS = /^(?:https?:\/\/|www\.)|@\w/;
const CONTRACTION = /^(?:I|You|We|They|He|She|It|There|That)['’](?:ll|m|ve|d|re)$/;
/** Titles a portfolio follows: "Minister of Foreign Affairs" (not "founder of Canonical"). */
const PORTFOLIO_HOLDERS = new Set(["minister", "ministers", "secretary", "secretaries", "commissioner", "ministry", "department", "chancellor", "director", "directors"]);
/** Capitalised ordinary words [s, e) after "<title> of" and other such words: a portfolio, not a name. */
function isPortfolio(words: Word[], s: number, e: number): boolean {
  const plain = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && (gazFlags(w, w.toLowerCase()) & (GAZ.dictCommon | GAZ.country | GAZ.city | GAZ.nationality | GAZ.firstName | GAZ.surname)) === GAZ.dictCommon && !isListedPlace(w);
  for (let k = s; k < e; k++) if (!plain(words[k]!.text)) return false;
  let k = s - 1;
  while (k > 0 && s - k <= 2 && plain(words[k]!.text)) k--;
  return k > 0 && words[k]!.text === "of" && PORTFOLIO_HOLDERS.has(words[k - 1]!.text.toLowerCase());
}

const COMPASS = new Set(["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"]);

/**
 * "Senate Majority Leader John Thune", "Shadow Home Secretary Yvette Cooper": a title phrase whose
 * first words are an institution or ordinary words, not titles themselves. Cut up to its last title
 * word when every word before it is such a word (no known first name or surname: "Martin Luther King
 * Jr." stays) and a name that is no title follows.
 */
function afterTitlePhrase(words: { text: string }[], s: number, e: number): number {
  for (let t = s + 1; t < e - 1; t++) {
    if (!isTitleOrRank(words[t]!.text.toLowerCase())) continue;
    if (!plainBefore(words, s, t)) return s;
    const next = words[t + 1]!.text;
    if (/^\p{Lu}\p{Ll}/u.test(next) && !isTitleWord(next.toLowerCase())) return t + 1;
  }
  return s;
}

/** Words s..t-1 can only lead into a title: titles, qualifiers, institutions, ordinary words, no first name or surname. */
function plainBefore(words: { text: string }[], s: number, t: number): boolean {
  for (let k = s; k < t; k++) {
    const w = words[k]!.text;
    const f = gazFlags(w, w.toLowerCase());
    if (!/^\p{Lu}/u.test(w) || f & (GAZ.firstName | GAZ.surname)) return false;
    // An acronym of a body qualifies a title too: "UN Secretary-General", "WHO Director-General".
    if (!(isTitleOrRank(w.toLowerCase()) || isQualifier(w) || /^\p{Lu}{2,6}$/u.test(w) || (f & (GAZ.dictCommon | GAZ.orgSuffix)) !== 0)) return false;
  }
  return true;
}

/** A capitalised common noun for what someone does, no first name or surname ("Frontman", "Rapper"). */
function isOccupation(text: string): boolean {
  const f = gazFlags(text, text.toLowerCase());
  if (!/^\p{Lu}\p{Ll}+$/u.test(text) || f & (GAZ.firstName | GAZ.surname | GAZ.dictProper)) return false;
  return (f & GAZ.dictCommon) !== 0 || /(?:man|woman|ist)$/.test(text);
}

/** Words that can qualify a title before a name: "US", "British", "Labour" is not one of these. */
function isQualifier(text: string): boolean {
  return (gazFlags(text, text.toLowerCase()) & (GAZ.country | GAZ.nationality)) !== 0;
}
