/** Document-pass steps for acronyms: spelled out in lower case (common nouns), in capitals or in brackets (step 0b, 5a, 5ia), and plural acronyms. */
import { GAZ, MONTHS_AND_DAYS, gazFlags, isListedPlace } from "../lexicon.ts";
import type { Word } from "../words.ts";
import { ORG, PERSON, PLACE, SKIP, STOP_WORDS, type TaggedSpan, keyOf } from "./spans.ts";

/** A lower-case word joining a name's words ("Yacimientos de Litio Bolivianos", "Party of Regions"). */
function hasJoiner(words: Word[], start: number, end: number): boolean {
  return words.slice(start, end).some((w) => /^(?:de|del|della|di|do|dos|da|das|du|des|la|le|of|for|and|y|e|et|und|für)$/.test(w.text));
}

/** Step 5: an acronym in brackets right after a name gets the name's type. */
export function acronymsAfter(words: Word[], spans: TaggedSpan[]): void {
  for (const s of [...spans]) {
    const i = s.end;
    const acr = words[i + 1]?.text ?? "";
    // (A lower-case letter may stand for a joining word of another language: "Law and Justice (PiS)",
    // "Alternative for Germany (AfD)"; two capitals at least, the last letter one of them; 5am.)
    // (Not after a person: "Mateusz Morawiecki (PiS)" gives his party, which is no person.)
    const mixed = !SKIP.has("5am") && s.typeIndex !== PERSON && /^\p{Lu}[\p{Ll}\p{Lu}]{1,4}$/u.test(acr) && /\p{Lu}$/u.test(acr) && /\p{Ll}/u.test(acr) && (acr.match(/\p{Lu}/gu) ?? []).length >= 2;
    if (i + 2 < words.length && words[i]!.text === "(" && words[i + 2]!.text === ")" && (/^\p{Lu}[\p{Lu}\p{N}&.]{1,7}$/u.test(acr) || mixed)) {
      // A "person" whose capitals spell the acronym, with a lower-case joiner among its words, is a
      // body: "Yacimientos de Litio Bolivianos (YLB)". (People known by their initials have none:
      // "Susilo Bambang Yudhoyono (SBY)", "John F. Kennedy (JFK)"; 5ap.)
      const first = words[s.start]!.text;
      if (!SKIP.has("5ap") && s.typeIndex === PERSON && hasJoiner(words, s.start, s.end) && words[i + 1]!.text.length >= 3 && words.slice(s.start, s.end).filter((w) => /^\p{Lu}/u.test(w.text)).map((w) => w.text[0]).join("") === words[i + 1]!.text && !(gazFlags(first, first.toLowerCase()) & GAZ.firstName)) s.typeIndex = ORG;
      if (spans.some((t) => t.start === i + 1)) continue;
      spans.push({ start: i + 1, end: i + 2, typeIndex: s.typeIndex, confidence: s.confidence, scores: [0, 0, 0] });
    }
  }
}

/** Step 5ia (see consistency.ts). */
export function acronymJoined(words: Word[], spans: TaggedSpan[]): void {
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

const ACRONYM = /^[A-Z]{2,6}$/;
export const PLURAL_ACRONYM = /^[A-Z][A-Z\d]{1,5}s$/;
// (And the joining words of other languages' names: "Empresa de Acueducto y Alcantarillado de Bogotá
// (EAAB)", "Camera Nazionale della Moda Italiana (CNMI)"; `5ajf`.)
const EXPANSION_SKIP = new Set(["of", "and", "the", "for", "in", "on", "&", "-", "to", ...(SKIP.has("5ajf") ? [] : ["de", "di", "del", "della", "delle", "dei", "degli", "da", "do", "dos", "das", "des", "du", "la", "le", "y", "e", "et", "und", "für", "van", "von"])]);

/** Acronyms defined by a lower-case expansion next to them in brackets. */
export const INSTITUTIONS = new Set(["party", "movement", "union", "council", "front", "alliance", "coalition", "league", "congress", "committee", "commission", "organisation", "organization", "association", "federation", "society", "foundation", "institute", "agency", "authority", "bank", "fund", "court", "army", "force", "forces", "ministry", "department", "office", "church", "assembly", "parliament", "board", "bureau", "service",
  // ... and the heads of public bodies and companies: "Health Service Executive (HSE)", "Food and Drug
  // Administration (FDA)", "United Nations Development Programme (UNDP)".
  "executive", "administration", "corporation", "company", "trust", "network", "centre", "center", "secretariat", "directorate",
  "command", "tribunal", "programme", "program", "inspectorate", "regulator", "university", "college", "institution", "group",
  "ombudsman", "observatory", "commissioner", "registry", "mission", "alliance", "unit",
  // ... and a company's legal form: "Professional Game Match Officials Limited (PGMOL)".
  "limited", "ltd", "inc", "plc", "llc", "gmbh"]);
/** Step 5a: an untagged (or partly tagged) capitalised run spelled out by the acronym after it. */
/** First words of a post's name, never a body's: "Member of Parliament (MP)" (5at). */
const POSTS = new Set(["member", "officer", "director", "minister", "secretary", "commissioner", "president", "chancellor", "governor", "inspector", "superintendent", "constable", "sergeant", "chairman", "chairwoman", "chairperson"]);

export function spelledAcronyms(words: Word[], spans: TaggedSpan[]): void {
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
    let comma = false;
    const spellBack = (joiners: boolean) => {
      let letters = "";
      for (let k = i - 2; k >= 0 && i - 2 - k < 10; k--) {
        const t = words[k]!.text;
        // (A lower-case letter of the acronym may stand for a joining word: "Ministry of Defence (MoD)".)
        if (withLower && /^\p{Ll}+$/u.test(t) && acr[acr.length - 1 - letters.length] === t[0]) { letters = t[0]! + letters; continue; }
        // (... and so may a capital, where the words alone do not spell it: "Economic Community of West
        // African States (ECOWAS)"; `5aj`.)
        if (joiners && /^(?:of|for|and|on)$/.test(t) && acr[acr.length - 1 - letters.length] === t[0]!.toUpperCase()) { letters = t[0]!.toUpperCase() + letters; continue; }
        // (... and a comma of a list inside the name: "Philippine Atmospheric, Geophysical and Astronomical
        // Services Administration (PAGASA)".)
        if (joiners && t === "," && letters.length > 0) { comma = true; continue; }
        if (EXPANSION_SKIP.has(t) || /^['’]s$/.test(t)) continue;
        if (withDigits && /^\d$/.test(t)) { letters = t + letters; continue; }
        // (An Arabic article on a name counts by the name: "Tahrir al-Sham" spells "TS".)
        if (!/^\p{Lu}[\p{L}-]*$/u.test(t) && !/^\p{Ll}{1,3}-\p{Lu}[\p{L}-]*$/u.test(t)) break;
        const caps = t.split("-").filter((p) => /^\p{Lu}/u.test(p)).map((p) => p[0]!).join("");
        letters = caps + letters;
        if (letters.length >= acr.length) return letters === acr ? k : -1;
      }
      return -1;
    };
    let start = spellBack(false);
    // (Not over people the tagger found: "Smith, Jones and Brown (SJB)" names three.)
    // (Over a comma only to a body's head word: "Australia, the United Kingdom and the United States
    // (AUKUS)", "Google, Apple, Facebook and Amazon (GAFA)" list names of their own.)
    if (start < 0 && !SKIP.has("5aj")) { start = spellBack(true); if (spans.some((t) => t.typeIndex === PERSON && t.start >= start && t.end <= i - 1) || (comma && !INSTITUTIONS.has(words[i - 2]!.text.toLowerCase()))) start = -1; }
    if (start < 0) continue;
    // (A post spelled out is no body: "Member of Parliament (MP)", "Chief Executive Officer (CEO)"; 5at.)
    if (!SKIP.has("5at") && POSTS.has(words[start]!.text.toLowerCase())) continue;
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
    // (Only with a particle or a lower-case joiner: people known by their initials have none, "Susilo
    // Bambang Yudhoyono (SBY)", "Raila Amolo Odinga (RAO)".)
    const particle = words.slice(start, end).some((w) => /^\p{Ll}+-\p{Lu}/u.test(w.text));
    if (whole && whole.typeIndex === PERSON && !SKIP.has("5ap") && (particle || (hasJoiner(words, start, end) && !(gazFlags(words[start]!.text, words[start]!.text.toLowerCase()) & GAZ.firstName)))) whole.typeIndex = ORG;
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
  if (!SKIP.has("0tra")) translatedAcronyms(words, spans);
}

/**
 * Step 0tra: "the Disaster and Emergency Management Presidency (AFAD)", "the National Jury of
 * Elections (JNE)": a body's name translated into English keeps the acronym of its own language, so
 * the letters do not spell it. An untagged capitalised run of two words or more that ends in an
 * institution's word, right before an acronym in brackets, is the body's name all the same (where
 * the tagger found no name in it).
 */
function translatedAcronyms(words: Word[], spans: TaggedSpan[]): void {
  let added = false;
  for (let i = 3; i + 1 < words.length; i++) {
    if (words[i - 1]!.text !== "(" || words[i + 1]!.text !== ")" || !ACRONYM.test(words[i]!.text)) continue;
    const end = i - 1;
    const head = words[end - 1]!.text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(head) || !(INSTITUTIONS.has(head.toLowerCase()) || head === "Presidency")) continue;
    let start = end - 1, capitals = 1;
    for (let k = end - 2; k >= 0 && end - k <= 8; k--) {
      const t = words[k]!.text;
      if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t) && !STOP_WORDS.has(t.toLowerCase())) { start = k; capitals++; continue; }
      if (/^(?:of|and|for)$/.test(t) && /^\p{Lu}/u.test(words[k - 1]?.text ?? "")) continue;
      break;
    }
    // (Not a post, "Chief Executive (CEO) Tim Cook", "Assistant Commissioner (ACP) Rahul Sharma", nor
    // a programme, "Transition Year Programme (TY)".)
    if (capitals < 2 || MONTHS_AND_DAYS.has(words[start]!.text) || words.slice(start, end).some((w) => POSTS.has(w.text.toLowerCase()) || /^(?:Chief|Deputy|Assistant|Executive|Programme|Program|Year)$/.test(w.text)) || /^\p{Lu}/u.test(words[i + 2]?.text ?? "")) continue;
    // (Only where the tagger found nothing in the run: a name it found there is the tagger's reading.)
    if (spans.some((t) => t.start < end && t.end > start)) continue;
    spans.push({ start, end, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0] });
    added = true;
  }
  if (added) spans.sort((x, y) => x.start - y.start);
}

export function commonAcronyms(words: Word[], spelledInCapitals?: Set<string>): Set<string> {
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
