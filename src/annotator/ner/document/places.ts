/** Document-pass steps for places: wire datelines, "-based" compounds, place nouns and lists, saints' and possessive places, Irish counties. */
import { ACTING_SPEECH_VERB_SET, GAZ, MONTHS_AND_DAYS, gazFlags, isCountry, isKnownOrganization, isKnownPerson, isListedPlace, isNationalityAdjective, isStateAbbreviation, isTitleWord } from "../lexicon.ts";
import countries from "../data/countries.json" with { type: "json" };
import regions from "../data/regions.json" with { type: "json" };
import cities from "../data/cities.json" with { type: "json" };
import citiesMore from "../data/cities-more.json" with { type: "json" };
import type { Word } from "../words.ts";
import { FACILITIES, ORG, PERSON, PLACE, SKIP, type TaggedSpan, canAlternate, isCapitalised, keyOf, lowerBefore, title } from "./spans.ts";

/** Lower-case nouns for kinds of place, singular and plural, after their names: "the Surma river", "the Surma and Kushiyara rivers". */
const PLACE_NOUNS = new Set(["river", "lake", "mountain", "island", "valley", "province", "district", "county", "desert", "peninsula", "strait", "prefecture", "governorate", "rivers", "lakes", "mountains", "islands", "valleys", "provinces", "districts", "counties", "deserts", "peninsulas", "straits", "prefectures", "governorates"]);

/**
 * Step 4pn: names before a lower-case noun for a kind of place are places, and so are the other names
 * of a list that noun closes ("the Surma and Kushiyara rivers", "the Tigris, Euphrates and Jordan
 * rivers"); the tagger, meeting unknown words, often calls them people. Not a listed organisation,
 * and not a person named in full elsewhere ("the Hudson river" stays a place; "Jordan" the player is
 * no list of rivers).
 */
export function placeNouns(words: Word[], spans: TaggedSpan[], personParts: ReadonlySet<string>): void {
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

/** Step 4l (see consistency.ts). */
export function placeLists(words: Word[], spans: TaggedSpan[], personParts: ReadonlySet<string>): void {
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
      // (Two odd ones among five or more: "Townsville, Cairns, Mackay, Mount Isa and Darwin"; `4l5`.)
      if (odd.length !== 1 && !(odd.length === 2 && list.length >= 5 && !SKIP.has("4l5"))) continue;
      for (const t of odd) {
        const key = keyOf(words, t.start, t.end);
        // Never a name that starts with a known first name ("County of Maui, Office of the Mayor, Scott
        // Teruya, County of Maui" lists a person among bodies).
        // (A famous surname among four or more places is a place too: "Mount Isa and Darwin".)
        const first = words[t.start]!.text;
        if (t.end - t.start > 2 || (isKnownPerson(key) && !(type === PLACE && list.length >= 4 && !SKIP.has("4l5"))) || personParts.has(key) || (type === ORG && t.typeIndex === PERSON && gazFlags(first, first.toLowerCase()) & GAZ.firstName) || (type === PLACE ? isKnownOrganization(key) : canAlternate(key))) continue;
        t.typeIndex = type;
      }
    }
  }
}

/** Step 4dc (see consistency.ts). */
export function placeChains(words: Word[], spans: TaggedSpan[]): void {
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

const MONTH_NAMES = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;
/** Step 0d: an all-capitals place at a sentence start before "," "(" or a dash. */
export function datelines(words: Word[], sentStart: number[], spans: TaggedSpan[]): void {
  let changed = false;
  // Sentence starts, and a capitals run that a dateline's agency or date follows anywhere: a headline
  // without a full stop runs on into the dateline's line ("... gift\nLONDON (AP) - A letter"; `0dm`).
  const starts = new Set(sentStart);
  for (let i = 1; i + 3 < words.length && !SKIP.has("0dm"); i++) {
    // (The second letter first: most words have a lower-case one there, and the regex costs more.)
    const c = words[i]!.text.charCodeAt(1);
    if (!(c >= 65 && c <= 90) && c < 128) continue;
    if (!/^\p{Lu}{2,}$/u.test(words[i]!.text) || /^\p{Lu}{2,}$/u.test(words[i - 1]!.text)) continue;
    let e = i;
    while (e < words.length && e - i < 3 && /^\p{Lu}{2,}$/u.test(words[e]!.text)) e++;
    const next = words[e]?.text, after = words[e + 1]?.text ?? "";
    const name = words.slice(i, e).map((w) => title(w.text)).join(" ");
    // ("LONDON - Commuters faced", "KANSAS CITY, Missouri (AP) -": a listed place before a dash, or
    // before a region and the agency.)
    const dashed = /^(?:—|–|-|--)$/.test(next ?? "") && isListedPlace(name);
    const regioned = next === "," && isListedPlace(name) && words.slice(e + 1, e + 5).some((w, k, ws) => w.text === "(" && ws[k + 2]?.text === ")");
    if ((next === "(" && /^\p{Lu}/u.test(after) && words[e + 2]?.text === ")" && /^(?:—|–|-|--)$/.test(words[e + 3]?.text ?? "")) || (next === "," && MONTH_NAMES.test(after)) || dashed || regioned) starts.add(i);
  }
  for (const a of [...starts].sort((x, y) => x - y)) {
    let e = a;
    while (e < words.length && e - a < 3 && /^\p{Lu}{2,}$/u.test(words[e]!.text)) e++;
    if (e === a || e >= words.length) continue;
    const next = words[e]!.text;
    // "CAIRO/JERUSALEM, Nov 19 (Reuters) -", "SAN FRANCISCO/BRUSSELS —": two datelines' cities joined
    // by a slash (0ds).
    if (next === "/" && !SKIP.has("0ds") && /^\p{Lu}{2,}$/u.test(words[e + 1]?.text ?? "") && /^(?:,|\(|—|–|-|--)$/.test(words[e + 2]?.text ?? "")) {
      const one = words.slice(a, e).map((w) => title(w.text)).join(" "), two = title(words[e + 1]!.text);
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
    // ("UNITED NATIONS, March 12 (Reuters) -": a body's headquarters named by the body stays the body; 0du.)
    // (Not a town a body is named after, its state after it: "STANFORD, Calif.", "CHELSEA, Mass.".)
    spans.push({ start: a, end: e, typeIndex: !SKIP.has("0du") && e - a >= 2 && !region && isKnownOrganization(name) && !isListedPlace(name) ? ORG : PLACE, confidence: 0.5, scores: [0, 0, 0] });
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
export function placeCompounds(words: Word[], starts: ReadonlySet<number>, spans: TaggedSpan[]): void {
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
      // ("the Hong Kong-based Meridian Ocean Lines" tagged whole: the place, then the name after it; `0h3`.)
      // (Only a place's stem, not a common word's inside a body's name: "the White House Faith-based
      // Initiatives Office"; the name after it a person's where a first name opens it: "the
      // Dublin-raised Paul Mescal".)
      else if (!SKIP.has("0h3") && /^\p{Lu}/u.test(words[i + 1]!.text) && (gazFlags(stem, stem.toLowerCase()) & (GAZ.city | GAZ.country) || !(gazFlags(stem, stem.toLowerCase()) & GAZ.dictCommon))) {
        const first = words[i + 1]!.text;
        spans.push({ ...covering, start: i + 1, typeIndex: gazFlags(first, first.toLowerCase()) & GAZ.firstName ? PERSON : covering.typeIndex === PLACE ? ORG : covering.typeIndex });
        covering.end = i + 1;
        covering.trim = trim;
        covering.typeIndex = PLACE;
        added = true;
      }
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

export function irishCounties(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
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

/** Nouns for a saint's church, square or hospital: "St. Peter's Square", "St Thomas' Hospital". */
const SAINTS_PLACES = new Set(["Square", "Cathedral", "Basilica", "Church", "Hospital", "College", "Park", "Abbey", "Chapel", "Place", "Green", "Bay", "Island", "Gate", "Wood"]);

/**
 * Step 0sa: "St. Peter's Square", "St Paul's Cathedral": a saint's name, its possessive and a noun for
 * a place are one place (the tagger makes a person of the saint and a place of the noun, or nothing).
 */
export function saintsPlaces(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  let out = spans;
  // "outside St Andrews", "in St. Albans", "St Kilda snapped a losing streak": a saint's abbreviation
  // the tagger left before a place or a club is the name's first word (`0stp`).
  for (const s of out) {
    if (SKIP.has("0stp") || s.typeIndex === PERSON) continue;
    let b = s.start - 1;
    if (words[b]?.text === "." && words[b - 1]?.text === "St" && words[b]!.start === words[b - 1]!.end) b--;
    // (Not a saint by name and origin: "Icon of St. Theodorus of Tabennese".)
    if (b < 0 || !/^(?:St|Ste|Saint)$/.test(words[b]!.text) || words[s.end]?.text === "of" || out.some((t) => t.start <= b && b < t.end)) continue;
    s.start = b;
  }
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
    if (words[i]!.text.length !== 2 || !POSSESSIVE_PLACES.has(words[i + 1]!.text) || !/^['’]s$/.test(words[i]!.text)) continue;
    const front = words[i - 1]!.text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(front) || /^(?:St|Saint)$/.test(front) || words[i - 2]?.text === "St" || words[i - 2]?.text === ".") continue;
    // ("the Hawke's Bay Regional Council": a body's name the place opens, tagged from "Bay" on, is one
    // name with it; `0pb2`.)
    if (/^\p{Lu}/u.test(words[i + 2]?.text ?? "")) {
      const body = out.find((t) => t.start === i + 1 && t.end > i + 2);
      if (SKIP.has("0pb2") || !body || out.some((t) => t !== body && t.start < i - 1 && t.end >= i)) continue;
      out = out.filter((t) => t === body || t.end <= i - 1 || t.start >= i + 1);
      body.start = i - 1;
      continue;
    }
    if (!out.some((t) => t.start <= i - 1 && t.end >= i) || out.some((t) => t.start < i - 1 && t.end >= i)) continue;
    out = out.filter((t) => t.end <= i - 1 || t.start >= i + 2);
    out.push({ start: i - 1, end: i + 2, typeIndex: PLACE, confidence: 0.5, scores: [0, 0, 0] });
    out.sort((x, y) => x.start - y.start);
  }
  return out;
}
/** Nouns that end places' names after a possessive (step 0pb). */
const POSSESSIVE_PLACES = new Set(["Bay", "Island", "Point", "Head", "Creek", "Cove", "Harbour", "Harbor", "Vineyard", "Bazar", "Landing", "Ferry", "Wood", "Peak"]);

const LOCATIVE_OR_BORN = new Set(["in", "at", "from", "near", "born", "to", "into", "outside"]);
/**
 * Step 4d: "in Exeter, Devon", "located in Brooklyn, New York": two names joined by a comma after a
 * locative word, the second closing the phrase, are a place and the region it lies in.
 */
export function placeRegions(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!, b = spans[k + 1]!;
    // (Also after a person's age: "Adrian Kessock, 54, of Sevenoaks, Kent, was convicted"; 4do.)
    const aged = !SKIP.has("4do") && lowerBefore(words, a) === "of" && words[a.start - 2]?.text === "," && /^\d{1,3}$/.test(words[a.start - 3]?.text ?? "");
    // ("Washington, D.C." is one name, as it is without the comma; the dotted form only, which the
    // linker knows for "Washington" too; `4wdc`.)
    if (!SKIP.has("4wdc") && b.start === a.end + 1 && words[a.end]!.text === "," && b.end - b.start === 1 && words[b.start]!.text === "D.C." && keyOf(words, a.start, a.end) === "Washington") {
      a.end = b.end;
      a.typeIndex = PLACE;
      spans.splice(k + 1, 1);
      continue;
    }
    if (b.start !== a.end + 1 || words[a.end]!.text !== "," || !(LOCATIVE_OR_BORN.has(lowerBefore(words, a)) || aged)) continue;
    const next = b.end < words.length ? words[b.end]!.text : ".";
    if (!/^[.,;:)\]]$/.test(next)) continue;
    // "In New York, Zohran Mamdani, the nominee, led": a confident person opens the main clause.
    // (So does a person's name that opens with a known first name or that a speech verb follows: "Its
    // regional head in Lower Saxony, Thorsten Gröning, said"; `4dp2`.)
    const first = words[b.start]!.text;
    if (!SKIP.has("4dp") && b.typeIndex === PERSON && b.end - b.start >= 2 && (b.confidence >= 0.8 || (!SKIP.has("4dp2") && (gazFlags(first, first.toLowerCase()) & GAZ.firstName || (next === "," && ACTING_SPEECH_VERB_SET.has(words[b.end + 1]?.text ?? "")))))) continue;
    if (a.typeIndex === PLACE || b.typeIndex === PLACE) { a.typeIndex = PLACE; b.typeIndex = PLACE; }
  }
}

/**
 * Step 4pst: "former Punjab housing minister Mian Tariq Mehmood", "PML-N Punjab spokesperson": a listed
 * place the tagger took for a person, before a post's words, is the place the post is of.
 */
export function placesBeforePosts(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (s.typeIndex !== PERSON || !isListedPlace(keyOf(words, s.start, s.end))) continue;
    let k = s.end;
    while (k < s.end + 2 && /^\p{Ll}+$/u.test(words[k]?.text ?? "") && !isTitleWord(words[k]!.text)) k++;
    if (isTitleWord(words[k]?.text ?? "") && /^\p{Ll}/u.test(words[k]!.text)) s.typeIndex = PLACE;
  }
}

/** First words of Portuguese, Spanish and Italian places named after saints, and of sites: "São Lucas", "Ginásio Tancredo Neves". */
export const PLACE_FIRSTS: ReadonlySet<string> = new Set(["São", "Santo", "Santa", "San", "Sankt", "Ginásio", "Gimnasio", "Polideportivo", "Parque", "Museo", "Museu", "Teatro", "Catedral", "Praia", "Playa", "Iglesia", "Igreja", "Vila", "Villa", "Ciudad", "Puerto", "Porto", "Fort", "Mount", "Lake", "Cape"]);
/** Imperatives that open a campaign's name: "Save Aldbury Edge", "Stop the Quarry", "Keep Britain Tidy". */
export const CAMPAIGN_FIRSTS = new Set(["Save", "Stop", "Protect", "Keep", "Defend"]);
/**
 * Step 4sp: a "person" whose name opens with a saint's title in Portuguese, Spanish or Italian, or with a
 * sports hall's or a park's word, is a place ("São Lucas", "Santo Antônio", "Ginásio Poliesportivo
 * Tancredo Neves", named after a person); one that opens with a campaign's imperative is a campaign
 * group ("Save Aldbury Edge").
 */
export function sitesNamedLikePeople(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (s.typeIndex !== PERSON || s.end - s.start < 2) continue;
    const first = words[s.start]!.text;
    // (Not its people: "San Franciscans".)
    // (Nor someone a title introduces or who speaks: "University of Michigan president Santa Ono said".)
    const person = isTitleWord((words[s.start - 1]?.text ?? "").toLowerCase()) || ACTING_SPEECH_VERB_SET.has(words[s.end]?.text ?? "");
    if (PLACE_FIRSTS.has(first) && !person && !/(?:ans|ers|eños|enses)$/.test(words[s.end - 1]!.text)) s.typeIndex = PLACE;
    else if (CAMPAIGN_FIRSTS.has(first) && s.end - s.start >= 3) s.typeIndex = ORG;
  }
}

/** The spans with those `added` overlap taken out and `added` put in, in text order. */
function replacedBy(spans: TaggedSpan[], added: TaggedSpan[]): TaggedSpan[] {
  if (!added.length) return spans;
  const kept = spans.filter((t) => !added.some((a) => t.start < a.end && a.start < t.end));
  return [...kept, ...added].sort((x, y) => x.start - y.start);
}

/** Words for a strait or a channel of the sea. */
const STRAITS = new Set(["Strait", "Straits", "Channel"]);
/**
 * Step 4ws: "the Strait of Gibraltar", "Cook Strait", "the English Channel", "the Molokai Channel": a
 * strait or a channel named with a capitalised word before it or "of" and a place after it is a place,
 * whole, whatever the tagger made of its words. (A channel only after a nationality, a compass word or
 * a name the tagger took for a place: "the Disney Channel" and "Channel 4" are broadcasters.)
 */
export function waterways(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  const added: TaggedSpan[] = [];
  const covering = (i: number) => spans.filter((t) => t.start <= i && i < t.end);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.text;
    // (Not inside a longer name: "The Straits Times".)
    if (!STRAITS.has(w) || covering(i).some((t) => t.end > i + 1) || /^\p{Lu}/u.test(words[i + 1]?.text ?? "")) continue;
    let start = -1, end = -1;
    const before = words[i - 1]?.text ?? "";
    if (w !== "Channel" && words[i + 1]?.text === "of" && /^\p{Lu}/u.test(words[i + 2]?.text ?? "")) {
      start = i;
      end = i + 3;
      while (end < words.length && end < i + 5 && /^\p{Lu}\p{Ll}+$/u.test(words[end]!.text)) end++;
    } else if (/^\p{Lu}[\p{L}ʻ'’-]+$/u.test(before) && i > 0) {
      const placed = covering(i - 1).some((t) => t.typeIndex === PLACE && t.end === i);
      if (w === "Channel" && !isNationalityAdjective(before) && !/^(?:North|South|East|West|Northern|Southern)$/.test(before) && !placed) continue;
      start = i - 1;
      end = i + 1;
    }
    if (start < 0 || spans.some((t) => t.typeIndex === PERSON && t.start < end && start < t.end)) continue;
    added.push({ start, end, typeIndex: PLACE, confidence: 1, scores: [0, 0, 0] });
  }
  return replacedBy(spans, added);
}

/** Listed places whose names join their words with a lower-case one ("Trinidad and Tobago", "Jammu and Kashmir", "Dar es Salaam"), as word lists. */
const JOINED_COUNTRIES = new Map<string, string[][]>();
for (const c of [...(countries as string[]), ...(regions as string[]), ...(cities as string[]), ...(citiesMore as { cities: string[] }).cities]) {
  if (c.length >= 60 || !/ \p{Ll}/u.test(c)) continue;
  const w = c.split(" ");
  JOINED_COUNTRIES.set(w[0]!, [...(JOINED_COUNTRIES.get(w[0]!) ?? []), w]);
}
/**
 * Step 4cj: "Trinidad and Tobago said", "in Saint Vincent and the Grenadines", "Jammu and Kashmir", "in
 * Cortina d'Ampezzo": a listed country, region or city whose name joins words with "and", "of", "the" or
 * a particle is one place, whole, where the tagger read two names ("Trinidad" and "Tobago"). Not where a longer name holds part of it ("the Central Bank of Trinidad and Tobago").
 */
export function joinedCountries(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  const added: TaggedSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    // (Indexed by first word: this runs over every word of every article.)
    for (const c of JOINED_COUNTRIES.get(words[i]!.text) ?? []) {
      const end = i + c.length;
      if (end > words.length || c.some((w, k) => words[i + k]!.text !== w)) continue;
      if (spans.some((t) => t.start < end && i < t.end && (t.start < i || t.end > end))) continue;
      added.push({ start: i, end, typeIndex: PLACE, confidence: 1, scores: [0, 0, 0] });
      i = end - 1;
      break;
    }
  }
  return replacedBy(spans, added);
}

/** First words of mountain passes, peaks, lakes and capes in French, Italian, Spanish and Portuguese. */
const FOREIGN_NATURE_HEADS = new Set(["Col", "Mont", "Monte", "Pic", "Puy", "Lac", "Lago", "Lagoa", "Passo", "Cerro", "Sierra", "Serra", "Cap", "Cabo", "Capo", "Île", "Isla", "Ilha", "Isola", "Alpe", "Golfe", "Golfo", "Baie", "Bahía", "Río", "Rio"]);
const ROMANCE_PARTICLES = /^(?:de|du|des|la|le|les|di|del|della|dello|dei|degli|do|da|dos|das)$/;
/**
 * Step 4nf: "the Col du Galibier", "the Col de la Croix de Fer", "Alpe d'Huez": a pass, peak, lake or cape
 * named with its word of another language first, a particle and a capitalised name is one place, whole,
 * whatever the tagger made of its parts (it reads "du Galibier" as a surname).
 */
export function foreignNatureNames(words: Word[], spans: TaggedSpan[]): TaggedSpan[] {
  const added: TaggedSpan[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (!FOREIGN_NATURE_HEADS.has(words[i]!.text)) continue;
    let j = i + 1;
    while (j < words.length && j <= i + 3 && ROMANCE_PARTICLES.test(words[j]!.text)) j++;
    const elided = /^[dl]['’]\p{Lu}/u.test(words[j]?.text ?? "");
    // (A particle is needed, or an elided one: "Mont Blanc" is left to the tagger.)
    if ((j === i + 1 && !elided) || !(elided || /^\p{Lu}\p{Ll}/u.test(words[j]?.text ?? ""))) continue;
    let e = j + 1;
    while (e < words.length && e < i + 8 && (/^\p{Lu}\p{Ll}/u.test(words[e]!.text) || (ROMANCE_PARTICLES.test(words[e]!.text) && /^\p{Lu}/u.test(words[e + 1]?.text ?? "")))) e++;
    // (Not inside a longer name: "Banco do Monte ...", nor across a span that runs on past it.)
    if (spans.some((t) => t.start < e && i < t.end && (t.start < i || t.end > e))) continue;
    added.push({ start: i, end: e, typeIndex: PLACE, confidence: 1, scores: [0, 0, 0] });
    i = e - 1;
  }
  return replacedBy(spans, added);
}

/** Nouns for a settlement or a division before "of" and its name: "the village of Setlhare", "the canton of Aargau". */
const SETTLEMENT_OF = new Set(["city", "town", "village", "hamlet", "township", "commune", "municipality", "island", "canton", "province", "prefecture", "governorate", "county", "district", "port", "suburb"]);

/**
 * Step 4mv: "captured the city of Goma", "near the village of Setlhare": a capitalised run after "the",
 * a settlement's noun and "of" that the tagger left out is that place (unknown local names are what
 * the tagger misses most). Step 6 then finds its other mentions. Not a month or a day ("the town of
 * June"), a known organisation, nor a run that goes on into a name the tagger did find.
 */
export function settlementsOf(words: Word[], spans: TaggedSpan[]): void {
  let added = false;
  for (let i = 2; i + 1 < words.length; i++) {
    if (words[i]!.text !== "of" || !SETTLEMENT_OF.has(words[i - 1]!.text)) continue;
    // "the" right before the noun, or before up to two words that describe it: "the coastal village
    // of", "the Iranian border town of", "the Derbyshire village of" (`4mv2`).
    let d = i - 2;
    while (!SKIP.has("4mv2") && d >= 0 && i - 2 - d < 2 && !/^(?:the|a|an)$/i.test(words[d]!.text) && /^[\p{L}-]+$/u.test(words[d]!.text) && !/^(?:of|in|and|or|to|for|from|with)$/.test(words[d]!.text)) d--;
    if (d < 0 || words[d]!.text.toLowerCase() !== "the") continue;
    let e = i + 1;
    // (A name the tagger split at a particle is joined: "Santo Antônio" + "do" + "Rio Claro"; `4mv2`.)
    const at = spans.find((t) => t.start === i + 1);
    const next = at && !SKIP.has("4mv2") && /^(?:do|da|dos|das|de|dei|del|della|di|du|des)$/.test(words[at.end]?.text ?? "") ? spans.find((t) => t.start === at.end + 1) : undefined;
    if (at && next && at.typeIndex !== ORG && next.typeIndex !== ORG) {
      at.end = next.end;
      at.typeIndex = PLACE;
      spans.splice(spans.indexOf(next), 1);
      continue;
    }
    while (e < words.length && e - (i + 1) < 6 && /^\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}$/u.test(words[e]!.text)) {
      // ("the village of Clyst St. Mary": a saint's abbreviation and its period go on to the name.)
      e += /^(?:St|Ste|Mt)$/.test(words[e]!.text) && words[e + 1]?.text === "." && /^\p{Lu}/u.test(words[e + 2]?.text ?? "") ? 2 : 1;
      // ("the city of Santo Antônio do Rio Claro": a particle between capitalised words; `4mv2`.)
      if (!SKIP.has("4mv2") && /^(?:do|da|dos|das|de|dei|del|della|di|du|des|la|le)$/.test(words[e]?.text ?? "") && /^\p{Lu}\p{Ll}/u.test(words[e + 1]?.text ?? "")) e++;
    }
    // (A date or a feast ends it: "the town of Uvalde May 24", "the town of Bethlehem Christmas Eve".)
    for (let k = i + 2; k < e; k++) if (MONTHS_AND_DAYS.has(words[k]!.text) || /^(?:Christmas|Easter|New|Eid|Diwali|Hanukkah|Ramadan)$/.test(words[k]!.text)) { e = k; break; }
    if (e === i + 1) continue;
    const key = keyOf(words, i + 1, e);
    // (Nor a nickname of ordinary words: "the city of Gold", "the city of Brotherly Love", "the city of God".)
    const ordinary = words.slice(i + 1, e).every((w) => gazFlags(w.text, w.text.toLowerCase()) & GAZ.dictCommon || /^(?:God|Heaven)$/.test(w.text));
    // (Nor a person's name: "The birth town of Maria da Penha".)
    const personLed = e - (i + 1) >= 2 && (gazFlags(words[i + 1]!.text, words[i + 1]!.text.toLowerCase()) & GAZ.firstName) !== 0 && !/^(?:San|Santa|Santo|São|Saint|St|Sainte|Port|Fort|Mount)$/.test(words[i + 1]!.text);
    if (ordinary || personLed || MONTHS_AND_DAYS.has(words[i + 1]!.text) || isKnownOrganization(key) || spans.some((t) => t.start < e && i + 1 < t.end)) continue;
    spans.push({ start: i + 1, end: e, typeIndex: PLACE, confidence: 0.6, scores: [0, 0, 0] });
    added = true;
  }
  if (added) spans.sort((x, y) => x.start - y.start);
}

/** Capitalised words for a realm or a local government before "of" and its name: "Kingdom of Benin", "Shire of Waroona". */
const REALMS = new Set(["Kingdom", "Empire", "Sultanate", "Emirate", "Duchy", "Principality", "Caliphate", "Khanate", "Shire", "Borough", "Municipality", "Canton", "Regency", "Governorate", "Prefecture"]);

/**
 * Step 4rm: "the Kingdom of Benin", "the Shire of Waroona": a realm's or a local government's word,
 * "of" and a name are one name (the tagger finds the word and the name apart, or the word alone).
 * It takes the inner name's type when the tagger found one ("the Republic of Ireland" in sport is the
 * team), else it is a place.
 */
export function realmsOf(words: Word[], spans: TaggedSpan[]): void {
  let changed = false;
  for (let i = 0; i + 2 < words.length; i++) {
    if (!REALMS.has(words[i]!.text) || words[i + 1]!.text !== "of" || !/^\p{Lu}/u.test(words[i + 2]!.text)) continue;
    // The name after "of": the span the tagger found there, or an untagged capitalised run.
    const inner = spans.find((t) => t.start === i + 2);
    let e = inner ? inner.end : i + 2;
    if (!inner) while (e < words.length && e - (i + 2) < 3 && /^\p{Lu}\p{Ll}/u.test(words[e]!.text) && !spans.some((t) => t.start === e)) e++;
    if (e === i + 2 || spans.some((t) => t !== inner && t.start < e && i < t.end && !(t.start === i && t.end === i + 1))) continue;
    // (Not a ruler's realm, "the Caliphate of Abu Bakr al-Baghdadi", "the Empire of Alexander", nor
    // "the Kingdom of God" or a title of ordinary words, "Kingdom of Heaven", "Empire of Pain".)
    if (inner?.typeIndex === PERSON || (!inner && words.slice(i + 2, e).every((w) => gazFlags(w.text, w.text.toLowerCase()) & GAZ.dictCommon)) || /^(?:God|Heaven)$/.test(words[i + 2]!.text)) continue;
    const own = spans.find((t) => t.start === i && t.end === i + 1);
    const typeIndex = inner ? inner.typeIndex : PLACE;
    for (let k = spans.length - 1; k >= 0; k--) if (spans[k] === inner || spans[k] === own) spans.splice(k, 1);
    spans.push({ start: i, end: e, typeIndex, confidence: inner?.confidence ?? 0.6, scores: [0, 0, 0] });
    changed = true;
  }
  if (changed) spans.sort((x, y) => x.start - y.start);
}

/** Venues' words of other languages that open a venue's name, often a person's: "Autódromo José Carlos Pace", "Stade Pierre-Mauroy". */
const VENUE_OPENERS = new Set(["Autódromo", "Autodromo", "Estadio", "Estádio", "Stade", "Stadio", "Aeropuerto", "Aeroporto", "Aéroport", "Palacio", "Palácio", "Palazzo", "Teatro", "Théâtre", "Parque", "Parc", "Plaza", "Praça", "Piazza", "Piazzale", "Avenida", "Calle", "Rue", "Puente", "Ponte", "Pont", "Castillo", "Castello", "Château", "Circuito"]);

/**
 * Step 0vo: "the Autódromo José Carlos Pace", "Estadio Santiago Bernabéu": a venue's word of another
 * language before a name makes the two one place, though the name is a person's (the tagger stops at
 * the word it does not know, or calls the whole a person).
 */
export function venueOpeners(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (s.end - s.start < 1) continue;
    // The word opens the span, or stands untagged right before it.
    if (VENUE_OPENERS.has(words[s.start]!.text) && s.end - s.start >= 2) { if (s.typeIndex === PERSON) s.typeIndex = PLACE; continue; }
    const b = s.start - 1;
    if (b < 0 || !VENUE_OPENERS.has(words[b]!.text) || spans.some((t) => t.start <= b && b < t.end)) continue;
    // (Not "Arena" or "Boulevard" opening a sentence before an English name: "Boulevard Smith said".)
    if (!/^(?:the|at|in|to|from|of|near|on|outside|inside)$/i.test(words[b - 1]?.text ?? "")) continue;
    s.start = b;
    if (s.typeIndex === PERSON) s.typeIndex = PLACE;
  }
}

/**
 * Step 0ap: "Bordeaux–Mérignac Airport", "Nice Côte d'Azur Airport", "Paris Charles de Gaulle Airport":
 * an airport's name opens with its city, joined by a dash with no space or written right before it, or
 * goes on over a particle; the tagger finds the parts apart, or leaves out a city whose name is also a
 * word ("Nice"). One place.
 */
export function airportCities(words: Word[], spans: TaggedSpan[]): void {
  let changed = false;
  for (const s of spans) {
    if (!/^(?:Airport|Airfield|Aerodrome)$/.test(words[s.end - 1]!.text) || s.start === 0) continue;
    // (A route's ends, not one name: "the Tel Aviv–Ben Gurion Airport line", "its Dublin–Shannon Airport route".)
    if (/^(?:line|route|road|rail|railway|bus|link|highway|motorway|expressway|service|shuttle|flight|flights|train|trains|corridor)$/.test(words[s.end]?.text ?? "")) continue;
    let b = s.start - 1;
    // A dash glued to both names, or a particle the tagger split the name at ("Paris Charles" +
    // "de" + "Gaulle Airport").
    const dash = /^[–-]$/.test(words[b]!.text) && words[b]!.start === words[b - 1]?.end && words[b]!.end === words[s.start]!.start;
    const particle = /^(?:de|du|del|della|di|da|do|van|von)$/.test(words[b]!.text);
    if (dash || particle) b--;
    if (particle) {
      const front = spans.find((t) => t.end === b + 1 && t !== s);
      if (front) { front.end = s.end; front.typeIndex = PLACE; s.end = s.start; changed = true; }
      continue;
    }
    if (b < 0 || !/^\p{Lu}/u.test(words[b]!.text)) continue;
    const city = spans.find((t) => t.end === b + 1);
    if (city && city !== s && city.typeIndex === PLACE) {
      city.end = s.end;
      s.end = s.start; // emptied; removed below
      changed = true;
      continue;
    }
    // An untagged city right before it after a preposition, though its name is also a word ("at Nice
    // Côte d'Azur Airport"); not a day ("On Sunday Heathrow Airport") or a nationality.
    const w = words[b]!.text;
    if (!city && !dash && !spans.some((t) => t.start <= b && b < t.end) && /^(?:at|from|to|in|near|into|the)$/i.test(words[b - 1]?.text ?? "") && /^\p{Lu}\p{Ll}+$/u.test(w) && !MONTHS_AND_DAYS.has(w) && !isNationalityAdjective(w) && !isTitleWord(w.toLowerCase())) { s.start = b; s.typeIndex = PLACE; }
  }
  if (changed) for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.end <= spans[k]!.start) spans.splice(k, 1);
}

/**
 * Step 4lp: "the Federal University of Rio Grande do Sul" tagged up to "Rio Grande": a name whose last
 * words and a particle phrase after it make a listed place goes on over the phrase ("do Sul", "de la
 * Frontera"); the tagger stops at a lower-case particle it rarely saw inside a name.
 */
export function particlePlaceTails(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!, e = s.end;
    if (!/^(?:do|da|dos|das|de|del|della|di|du|des|la)$/.test(words[e]?.text ?? "") || !/^\p{Lu}/u.test(words[e + 1]?.text ?? "")) continue;
    let best = -1;
    for (let tail = 1; tail <= Math.min(3, s.end - s.start) && best < 0; tail++) {
      for (let n = 2; n >= 1; n--) {
        if (e + n >= words.length || !/^\p{Lu}/u.test(words[e + n]!.text)) continue;
        if (isListedPlace(keyOf(words, s.end - tail, e + 1 + n))) { best = e + 1 + n; break; }
      }
    }
    if (best < 0 || spans.some((t) => t !== s && t.start < best && t.end > e && (t.start < e || t.end > best))) continue;
    for (let j = spans.length - 1; j > k; j--) if (spans[j]!.start >= e && spans[j]!.end <= best) spans.splice(j, 1);
    s.end = best;
  }
}
