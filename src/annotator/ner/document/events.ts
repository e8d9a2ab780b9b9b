/** Document-pass steps for names that are no person, organisation or place: events, laws, awards and races (step 0a), keeping a sponsor or venue named before them. */
import { GAZ, gazFlags, isHonorific, isKnownOrganization, isListedPlace } from "../lexicon.ts";
import type { Word } from "../words.ts";
import { DETERMINERS, ORG, PERSON, PLACE, SKIP, type TaggedSpan, isCapitalised, keyOf } from "./spans.ts";

/**
 * Last words of event, law, award and work names. From the training data: capitalised last words
 * of GUM (non-interview) and Wikigold names that are at least 4 times as often an event, object or
 * abstract (misc) as a person, organisation or place, and seen at least 3 times; dates, languages
 * and nationalities left to the tagger. (Words seen only in the held-out interviews are not added,
 * to keep that evaluation honest.)
 */
const EVENT_HEADS = new Set(["Agreement", "Treaty", "Accord", "Accords", "Protocol", "Regulation", "Directive", "Act", "War", "Festival", "Constitution", "Day", "Cup", "Award", "Awards", "Prize", "Revolution", "Series", "Olympics", "Games", "Trophy", "Shield", "Prix", "Bowl", "Symphony", "Bible", "Gospel", "Holocaust", "Airshow"]);
const EVENT_KINDS = new Set([
  // Kinds of event the training data has too few names of to count, by their meaning: a fair, an
  // expo, a convention, a championship or tournament, a marathon, an election, a summit happens; it is not a
  // person, organisation or place (whoever runs it is named before the head: see eventsDropped).
  "Paralympics", "Fair", "Expo", "Convention", "Championship", "Championships", "Tournament", "Marathon", "Election", "Elections", "Summit",
  // ... and golf's and tennis's tournaments named so: "the Dubai Desert Classic", "the Shanghai Masters".
  "Classic", "Masters",
  // ... and an open tournament: "the Madrid Open", "the US Open". (Not an instrument: GUM marks the
  // person and the place inside "the James Webb Space Telescope".)
  "Open",
  // and disasters named like places: "the Camp Fire", "the Ridge Fire" (a wildfire), "the Tohoku Earthquake".
  "Fire", "Wildfire", "Earthquake"]);
/** Event heads whose front the tagger leaves out and is no name of its own: only disasters ("the Ridge
 * Fire"); GUM marks the person or place inside an award or festival's name ("the Stirling Prize", "the
 * Avignon Festival"). */
const DISASTERS = new Set(["Fire", "Wildfire", "Earthquake"]);
/** Well-known events whose names have no event word. */
const NAMED_EVENTS = new Set(["Copa Libertadores", "Copa Sudamericana", "Tour de France", "Giro d'Italia", "Giro d’Italia", "Vuelta a España", "Vuelta", "Giro", "Six Nations", "Tour Down Under", "Paris-Roubaix", "Milan-San Remo", "Wimbledon Championships", "Roland Garros", "Copa América", "Euro 2024", "Euro 2020", "Euro 2016", "Eurovision", "Eurovision Song Contest", "Hajj", "Ramadan", "Diwali", "Oktoberfest", "Mardi Gras", "Coachella", "Glastonbury Festival", "Davos",
  // ... and weather patterns named like people: "linked to El Niño".
  "El Niño", "La Niña", "El Nino", "La Nina"]);
/** Adjectives of events that only modify: "Olympic movement", "Paralympic sport". */
const EVENT_ADJECTIVES = new Set(["Olympic", "Paralympic"]);

/**
 * Step 0a: drops event names, keeping the name of whoever runs the event when the text names it
 * first: "Google Science Fair" -> "Google", "Jeff McBride Experience" stays dropped unless "Jeff
 * McBride" stands alone elsewhere. The sponsor is the longest front part of the event name that is a
 * well-known organisation or is found on its own elsewhere in the document; a listed place there is
 * where the event happens, kept as the place ("the Boston Marathon" -> "Boston").
 */
export function eventsDropped(words: Word[], input: TaggedSpan[]): TaggedSpan[] {
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
    // A trophy named after a person is no person: "the Davis Cup", "the Stanley Cup", "the Ryder Cup"
    // (a name the lists give people, right before the trophy's word; not a sponsor's, "the Carabao Cup",
    // nor a listed body's, "the FA Cup"; `0tc`).
    const w = words[s.start]!.text;
    if (!SKIP.has("0tc") && s.end - s.start === 1 && s.typeIndex === PERSON && /^(?:Cup|Trophy|Shield)$/.test(words[s.end]?.text ?? "") && gazFlags(w, w.toLowerCase()) & (GAZ.surname | GAZ.firstName) && !isKnownOrganization(w)) continue;
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

export function isEventName(words: Word[], s: TaggedSpan): boolean {
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
    // "Ministry of War", "Department of Trade": an organisation named after its subject; also when the
    // body's word is not the first: "the National Jury of Elections" (0ej).
    if (gazFlags(first, first.toLowerCase()) & GAZ.orgSuffix) return false;
    // ("the Florida Office of Insurance Regulation": the body's word before any "of" in the name.)
    for (let of = s.start + 1; of < s.end - 1 && !SKIP.has("0ej"); of++) {
      if (words[of]!.text === "of" && (JURY_WORDS.has(words[of - 1]!.text) || gazFlags(words[of - 1]!.text, words[of - 1]!.text.toLowerCase()) & GAZ.orgSuffix)) return false;
    }
    return true;
  }
  return s.end - s.start === 1 && EVENT_ADJECTIVES.has(last) && s.end < words.length && /^\p{Ll}/u.test(words[s.end]!.text);
}

/** Bodies' words the organisation-word list lacks, before "of" and an event's word ("the National Jury of Elections"). */
const JURY_WORDS = new Set(["Jury", "Institute", "Office", "Observatory", "Secretariat"]);
const STAGE_RACE = /^(?:Tour|Giro|Vuelta|Volta|Ronde|Critérium|Criterium) (?:de|du|des|d['’]|of|a|al|van|di|della|do|da)\b/u;
