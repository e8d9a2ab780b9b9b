/** Document-pass steps for sport: match reports, scores and the sides of a result (steps 4c, 4ct, 4cs, 4cc). */
import type { Word } from "../words.ts";
import { LOCATIVE, ORG, PERSON, PLACE, PLAYED_AGAINST, SKIP, STOP_WORDS, type TaggedSpan, keyOf, lowerBefore } from "./spans.ts";
import { CLUB_PREFIXES, CLUB_TAILS, GAZ, MONTHS_AND_DAYS, gazFlags, isCountry, isCountryOrRegion, isGroupPlural, isKnownOrganization, isListedPlace, isNationalityAdjective } from "../lexicon.ts";
import { COMPANY_TAILS } from "../org-cues.ts";

export const SPORT_WORDS = new Set(["overs", "declared", "bowled", "batting", "bowling", "batsman", "bowler", "rebounds", "assists", "3-pointer", "three-pointer", "playoffs", "playoff", "overtime", "pitcher", "homer", "match", "matches", "goal", "goals", "scored", "scorer", "coach", "striker", "goalkeeper", "midfielder", "defender", "penalty", "referee", "tournament", "league", "championship", "cup", "squad", "captain", "half-time", "halftime", "kick", "innings", "wicket", "wickets", "touchdown", "quarterback", "inning", "semi-final", "semifinal", "final", "finals", "qualifier", "fixture", "draw", "equaliser", "equalizer", "substituted", "stadium"]);

/** A score written in three words at `i`: "1 – 0". */
// (Up to three digits a side, for basketball: "112-109".)
const isScore = (words: Word[], i: number) => i >= 0 && i + 2 < words.length && /^\d{1,3}$/.test(words[i]!.text) && /^[–-]$/.test(words[i + 1]!.text) && /^\d{1,3}$/.test(words[i + 2]!.text);
/** A name right before or after a score: "Sweden 1 – 0 Korea Republic". */
export function besideScore(words: Word[], s: TaggedSpan): boolean {
  return isScore(words, s.start - 3) || isScore(words, s.end) || (!SKIP.has("4us") && sidePoints(words, s));
}
/** "Denver 104, Miami 93": a side and its points, a comma before the other side and its points (4us); a table's line, "Italy – 7 points" (4us2). */
function sidePoints(words: Word[], s: TaggedSpan): boolean {
  const points = (i: number) => /^\d{1,3}$/.test(words[i]?.text ?? "");
  // ("Italy – 7 points", "Denmark: 4 pts": a line of a table of standings; `4us2`.)
  if (!SKIP.has("4us2") && /^[–:-]$/.test(words[s.end]?.text ?? "") && points(s.end + 1) && /^(?:points?|pts)$/.test(words[s.end + 2]?.text ?? "")) return true;
  if (!points(s.end)) return false;
  return (words[s.end + 1]?.text === "," && /^\p{Lu}/u.test(words[s.end + 2]?.text ?? "")) || (words[s.start - 1]?.text === "," && points(s.start - 2));
}
/** A score at `i`, in three words ("1 – 0") or one ("3-2"). */
const isScoreAt = (words: Word[], i: number) => isScore(words, i) || (i >= 0 && i < words.length && /^\d{1,3}[–-]\d{1,3}$/.test(words[i]!.text));
/** Step 4ct (see consistency.ts). The tagger may have missed a side ("beat Chelsea 2-0"): it is added. */
export function resultSides(words: Word[], spans: TaggedSpan[]): void {
  const sides = new Set<string>();
  const capRunBefore = (end: number) => {
    let start = end;
    while (start > 0 && end - start < 3 && /^\p{Lu}/u.test(words[start - 1]!.text)) start--;
    return start;
  };
  const addSide = (start: number, end: number) => {
    if (end <= start) return;
    sides.add(keyOf(words, start, end));
    if (!spans.some((t) => t.start < end && start < t.end)) spans.push({ start, end, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0] });
  };
  // "a nine-wicket victory over India", "a 34-run win against England": a margin before the result
  // noun, the side after its preposition, and the side that won it when it opens the clause
  // ("Australia wrapped up a nine-wicket victory over India"; 4cn).
  for (let j = 1; j + 2 < words.length && !SKIP.has("4cn"); j++) {
    if (!/^[\w]+-(?:wicket|run|goal|point|try|stroke|shot|length)$/i.test(words[j]!.text) || !RESULT_NOUNS.has(words[j + 1]!.text.toLowerCase()) || !RESULT_PREPOSITIONS.has(words[j + 2]!.text)) continue;
    let e = j + 3;
    while (e < words.length && e - (j + 3) < 3 && /^\p{Lu}/u.test(words[e]!.text)) e++;
    addSide(j + 3, e);
    // The winner: a capitalised run opening the sentence, a verb or two before the margin.
    let v = j - 1;
    while (v > 0 && /^(?:a|an|the|their|its|up|wrapped|sealed|completed|secured|claimed|recorded|earned|clinched|won|took|eased|to)$/i.test(words[v]!.text)) v--;
    if (v >= 0 && /^\p{Lu}/u.test(words[v]!.text)) addSide(capRunBefore(v + 1), v + 1);
  }
  // "England beat South Africa by 34 runs", "won by six wickets": a margin instead of a score (4cm).
  for (let j = 3; j + 1 < words.length && !SKIP.has("4cm"); j++) {
    // ("by an innings and 47 runs": cricket's innings margin; 4ci.)
    const innings = !SKIP.has("4ci") && words[j + 1]!.text === "an" && words[j + 2]?.text === "innings";
    if (words[j]!.text !== "by" || (!innings && (!/^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/i.test(words[j + 1]!.text) || !MARGINS.has(words[j + 2]?.text ?? "")))) continue;
    const bStart = capRunBefore(j);
    const v = bStart - 1;
    if (bStart === j || v < 1 || !PLAYED_AGAINST.has(words[v]!.text.toLowerCase())) continue;
    addSide(bStart, j);
    addSide(...subjectSide(v));
  }
  for (let j = 2; j < words.length; j++) {
    if (!isScoreAt(words, j) || isScore(words, j - 2)) continue;
    // "Manchester United lost 2-1 to Arsenal": the side after "to", and the one before the verb.
    const len = isScore(words, j) ? 3 : 1;
    if (LOST.has(words[j - 1]!.text.toLowerCase()) && words[j + len]?.text === "to") {
      let e = j + len + 1;
      while (e < words.length && e - (j + len + 1) < 3 && /^\p{Lu}/u.test(words[e]!.text)) e++;
      addSide(j + len + 1, e);
      addSide(capRunBefore(j - 1), j - 1);
      continue;
    }
    // "a 3-1 win over Tottenham", "a 2-0 defeat to Ghana", "drew 1-1 with Manchester City": the side
    // after the result noun or the verb and its preposition (4cr).
    const at = /^(?:home|away)$/i.test(words[j + len]?.text ?? "") ? j + len + 1 : j + len;
    const noun = words[at]?.text.toLowerCase() ?? "";
    const prep = RESULT_NOUNS.has(noun) ? at + 1 : RESULT_PREPOSITIONS.has(noun) && /^(?:drew|draw|draws|drawing)$/i.test(words[j - 1]!.text) ? j + len : -1;
    if (!SKIP.has("4cr") && prep > 0 && RESULT_PREPOSITIONS.has(words[prep]?.text ?? "")) {
      let e = prep + 1;
      while (e < words.length && e - (prep + 1) < 3 && /^\p{Lu}/u.test(words[e]!.text)) e++;
      addSide(prep + 1, e);
      // "Liverpool, who drew 1-1 with ...": the subject before the verb too.
      if (prep === j + len) addSide(...subjectSide(j - 1));
      continue;
    }
    const bStart = capRunBefore(j);
    const v = bStart - 1;
    if (bStart === j || v < 1 || !PLAYED_AGAINST.has(words[v]!.text.toLowerCase())) continue;
    addSide(bStart, j);
    addSide(...subjectSide(v));
  }
  /** The side that is the verb's subject: "Arsenal beat", "Liverpool, who drew". */
  function subjectSide(v: number): [number, number] {
    const end = !SKIP.has("4cr") && v >= 2 && words[v - 1]!.text === "who" && words[v - 2]!.text === "," ? v - 2 : v;
    return [capRunBefore(end), end];
  }
  if (!sides.size) return;
  spans.sort((x, y) => x.start - y.start);
  // (A person's full name is a player, not a team: "beating Germany's Alexander Zverev 6-3".)
  // ("two points ahead of Liverpool" is the table, not the city.)
  const locative = (s: TaggedSpan) => LOCATIVE.has(lowerBefore(words, s)) && !(lowerBefore(words, s) === "of" && /^(?:ahead|clear|short)$/i.test(words[s.start - 2]?.text ?? ""));
  for (const s of spans) if (sides.has(keyOf(words, s.start, s.end)) && !locative(s) && !(s.typeIndex === PERSON && s.end - s.start >= 2)) s.typeIndex = ORG;
}

/** Units of a winning margin: "by 34 runs", "by six wickets", "by two points". */
const MARGINS = new Set(["runs", "wickets", "points", "goals", "strokes", "lengths", "tries", "innings"]);
/** Nouns of a result after its score: "a 3-1 win over", "a 2-0 defeat to", "a 1-1 draw with". */
const RESULT_NOUNS = new Set(["win", "victory", "triumph", "defeat", "loss", "draw", "thrashing"]);
const RESULT_PREPOSITIONS = new Set(["over", "against", "to", "by", "with"]);
const LOST = new Set(["lost", "lose", "loses", "losing", "defeat", "loss", "fell", "succumbed"]);
/** "Tunisia lost 1 – 2 to England", "a defeat to Ghana": the name after "to" is the winning side. */
export function lostTo(words: Word[], s: TaggedSpan): boolean {
  if (s.start < 2 || words[s.start - 1]!.text !== "to") return false;
  let k = s.start - 2;
  if (k >= 3 && isScore(words, k - 2)) k -= 3;
  return LOST.has(words[k]!.text.toLowerCase());
}

/** A sports report: at least two match scores ("1 – 0", "3-2") and several sports words. */
export function isMatchReport(words: Word[]): boolean {
  let scores = 0, sport = 0;
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!.text;
    const c = t.charCodeAt(0);
    if (SPORT_WORDS.has(t) || (c >= 65 && c <= 90 && SPORT_WORDS.has(t.toLowerCase()))) sport++;
    if (c >= 48 && c <= 57 && isScoreAt(words, i)) scores++;
    // A table's line, "Italy – 7 points" (4us2).
    else if (c >= 48 && c <= 57 && !SKIP.has("4us2") && /^[–:-]$/.test(words[i - 1]?.text ?? "") && /^(?:points?|pts)$/.test(words[i + 1]?.text ?? "") && /^\p{Lu}/u.test(words[i - 2]?.text ?? "")) scores++;
    // A cricket total, "566 for eight", "187 for 5" (4cx).
    else if (c >= 48 && c <= 57 && !SKIP.has("4cx") && words[i + 1]?.text === "for" && /^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(words[i + 2]?.text ?? "")) scores++;
  }
  return scores >= 2 && sport >= 5;
}

/** Sport's words that other news uses as much: "the coach", "the captain", "fans", "forward". */
const LOOSE_SPORT_WORDS = new Set(["coach", "manager", "captain", "fans", "supporters", "players", "veteran", "guard", "centre", "center", "forward", "sporting", "rookie", "draw", "final", "finals", "match", "kick", "cup"]);
/** Words of the transfer market and of leagues, which a story about a signing has rather than scores. */
const TRANSFER_WORDS = new Set(["winger", "transfer", "footballer", "footballers", "cricketer", "playmaker", "full-back", "centre-back", "hat-trick", "relegation", "goalscorer", "bundesliga", "liga", "serie", "nba", "nfl", "nhl", "uefa", "fifa"]);
/** Four words of sport at least, besides those other news uses as much ("scored", "league", "striker"). */
/** Words of motor and cycle racing: "a podium", "the final lap", "the stewards", "the peloton" (4dr). */
const RACING_WORDS = new Set(["lap", "laps", "podium", "qualifying", "stewards", "peloton", "pit-stop", "pitlane", "pit-lane", "sprint"]);
/** Words of cycle racing, in lower case as written ("the yellow jersey", not "New Jersey"; `4dt`). */
const CYCLING_WORDS = new Set(["rider", "riders", "jersey", "cyclist", "cyclists", "breakaway"]);
// (Several steps ask of one text; the answer is kept with its words.)
const aboutSport = new WeakMap<Word[], boolean>();
export function isAboutSport(words: Word[]): boolean {
  let known = aboutSport.get(words);
  if (known === undefined) { known = countSportWords(words); aboutSport.set(words, known); }
  return known;
}
function countSportWords(words: Word[]): boolean {
  let n = 0;
  for (const w of words) {
    const t = w.text.toLowerCase();
    if (((SPORT_WORDS.has(t) && !LOOSE_SPORT_WORDS.has(t)) || TRANSFER_WORDS.has(t) || (!SKIP.has("4dr") && RACING_WORDS.has(t)) || (!SKIP.has("4dt") && CYCLING_WORDS.has(w.text))) && ++n >= 4) return true;
  }
  return false;
}

/** The same over plain text, for the linker. */
export function isTextAboutSport(text: string): boolean {
  return isAboutSport((text.match(/[\p{L}-]+/gu) ?? []).map((t) => ({ text: t, start: 0, end: 0 })));
}

/** Nouns for a club's players and staff after its city's name ("Toronto goaltender"; step 4cc). */
const PLAYER_NOUNS = new Set(["goaltender", "goalie", "goalkeeper", "keeper", "coach", "manager", "captain", "striker", "forward", "defender", "defenceman", "defenseman", "midfielder", "winger", "quarterback", "pitcher", "batter", "centre", "center", "guard", "rookie", "veteran", "fans", "supporters", "players", "skipper", "ruckman", "full-back", "fly-half", "sporting"]);
/** What a club has that a city has not, after its possessive: "Milan's defence", "Dortmund's sporting director" (not "Milan's economy"). */
const SIDE_NOUNS = new Set(["defence", "defense", "attack", "midfield", "squad", "lineup", "line-up", "sporting", "academy", "goal", "goals", "goalscorer", "equaliser", "equalizer", "winner", "opener", "lead", "unbeaten", "title", "chances", "chance", "bench", "dressing", "season", "form", "owners", "owner", "board", ...PLAYER_NOUNS]);
/** Verbs after a city that plays: "Toronto fought back", "Milan started brightly". */
const PLAYING_VERBS = new Set(["fought", "had", "have", "led", "trailed", "scored", "equalised", "equalized", "won", "lost", "beat", "travel", "travels", "host", "hosts", "face", "faces", "play", "plays", "started", "conceded", "drew", "dominated", "rallied", "pressed", "collapsed"]);
/** A city's own nouns after its name or its possessive: "Milan mayor", "Milan's economy". */
const CITY_NOUNS = new Set(["mayor", "council", "councillors", "councillor", "police", "city", "residents", "airport", "station", "hospital", "university", "prefecture", "region", "metropolitan", "area", "suburb", "suburbs", "port", "docks", "cathedral", "court", "magistrates", "marathon", "office", "province", "district", "county", "citizens", "voters", "seat", "constituency", "MP", "bishop", "archbishop", "diocese", "economy", "streets", "people", "population", "history", "skyline", "centre", "center", "roads", "schools", "housing", "transport", "authorities", "government", ","]);
/** A name in a list with a place that is not a club ("London, Liverpool and Leeds"). */
function inPlaceList(words: Word[], spans: TaggedSpan[], s: TaggedSpan, clubs: Set<string>): boolean {
  const joiner = (w: Word | undefined) => w !== undefined && /^(?:,|and|or|&)$/.test(w.text);
  return spans.some((t) => t !== s && t.typeIndex === PLACE && !clubs.has(keyOf(words, t.start, t.end)) && ((t.end === s.start - 1 && joiner(words[t.end])) || (t.start === s.end + 1 && joiner(words[s.end]))));
}
/** ", managed by", ", coached by" at word i (4cdm). */
const isManagedBy = (words: Word[], i: number) => words[i]?.text === "," && /^(?:managed|coached|captained)$/.test(words[i + 1]?.text ?? "") && words[i + 2]?.text === "by";
/** Words for a part of a club's squad before a player's or coach's noun: "Liverpool youth coach" (4cdm). */
const SQUAD_WORDS = new Set(["youth", "academy", "assistant", "reserve", "reserves", "first-team", "women's", "under-21", "under-23", "development", "goalkeeping", "fitness"]);
/** A club's plural agreement after a singular city's name: "Dortmund are expected", "Juventus are now second". */
const PLURAL_VERBS = new Set(["are", "were", "have", "remain", "sit", "aren't", "weren't", "aren’t", "weren’t", "aren", "weren"]);
/** Words before a club a player joins: "joined Dortmund", "signed for Milan". */
const JOINED = /^(?:joined|join|joins|joining)$/;
const SIGNED_FOR = /^(?:signed|signs|sign|signing|plays|played|playing|scored|scores|debut)$/i;

/**
 * Step 4cc (see consistency.ts). The clubs the text names in full: a city and a nickname in the plural
 * ("Toronto Maple Leafs"), a city and a club's word ("Leicester City") or a club's word and a city
 * ("AC Milan", "Borussia Dortmund"). A country is never one ("Israel Defense Forces").
 */
export function cityClubs(words: Word[], spans: TaggedSpan[]): void {
  const clubs = new Set<string>();
  // How many clubs of each city the text names ("Manchester City" and "Manchester United": two).
  const clubNames = new Map<string, Set<string>>();
  const club = (city: string, s: TaggedSpan) => {
    clubs.add(city);
    clubNames.set(city, (clubNames.get(city) ?? new Set()).add(keyOf(words, s.start, s.end)));
  };
  const isCity = (city: string) => isListedPlace(city) && !isCountry(city);
  for (const s of spans) {
    if (s.typeIndex !== ORG || s.end - s.start < 2) continue;
    for (let k = s.start + 1; k < s.end; k++) {
      const tail = words.slice(k, s.end).map((w) => w.text);
      // (A nickname, not a body's word.)
      const city = keyOf(words, s.start, k), last = tail[tail.length - 1]!;
      if (isCity(city) && /s$/.test(last) && !(gazFlags(last, last.toLowerCase()) & GAZ.orgSuffix) && !COMPANY_TAILS.has(last) && tail.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) club(city, s);
      if (!SKIP.has("4ccw") && isCity(city) && CLUB_TAILS.has(tail.join(" "))) club(city, s);
    }
    const rest = keyOf(words, s.start + 1, s.end);
    if (!SKIP.has("4ccw") && CLUB_PREFIXES.has(words[s.start]!.text) && isCity(rest)) club(rest, s);
  }
  // A city is a club in a text about sport without its full name too, when two of its mentions say
  // so: "Liverpool goalkeeper Alisson", "Liverpool weren't great", "Milan's defence", "joined Dortmund"
  // (`4cd`). Then every other mention that is not locative is the club as well ("Liverpool moved four
  // points clear"), but not one before a city's noun ("Milan mayor Giuseppe Sala", "Milan police"),
  // in a list of places or in capitals (a dateline).
  const cues = new Map<string, number>();
  // (Only in a text about sport: "Bath and Edinburgh have since joined Liverpool on a Unesco watch list"
  // and "Liverpool's defence of its status" are a city's.)
  const sporty = isAboutSport(words);
  for (const s of spans) {
    if (SKIP.has("4cd") || !sporty) break;
    const key = keyOf(words, s.start, s.end);
    if (!isCity(key) || LOCATIVE.has(lowerBefore(words, s))) continue;
    const next = words[s.end]?.text ?? "", after = words[s.end + 1]?.text ?? "";
    const before = words[s.start - 1]?.text ?? "", before2 = words[s.start - 2]?.text ?? "";
    // ("Liverpool youth coach", "Leeds academy manager": a squad's word before the player's noun;
    // "Newcastle, managed by Eddie Howe, are seventh": a manager given in apposition; each counts
    // twice, as no city has either; `4cdm`.)
    const squad = !SKIP.has("4cdm") && SQUAD_WORDS.has(next) && PLAYER_NOUNS.has(after);
    const managed = !SKIP.has("4cdm") && next === "," && isManagedBy(words, s.end);
    if (squad || managed) { cues.set(key, (cues.get(key) ?? 0) + 2); continue; }
    const cue = PLAYER_NOUNS.has(next) || (next === "head" && after === "coach") || (/^['’]s$/.test(next) && SIDE_NOUNS.has(after)) || PLURAL_VERBS.has(next) || JOINED.test(before) || (before === "for" && SIGNED_FOR.test(before2)) || besideScore(words, s) || lostTo(words, s);
    if (cue) cues.set(key, (cues.get(key) ?? 0) + 1);
  }
  // (One is enough where the text names the club in full: "Borussia Dortmund ... joined Dortmund".)
  // (... of a city whose one club the text names: not Manchester, with City and United.)
  const evidenced = new Set([...cues].filter(([k, n]) => (clubNames.get(k)?.size ?? 0) <= 1 && (n >= 2 || (n >= 1 && clubs.has(k) && !SKIP.has("4cdf")))).map(([k]) => k));
  for (const s of spans) {
    if (s.typeIndex !== PLACE || !evidenced.has(keyOf(words, s.start, s.end)) || LOCATIVE.has(lowerBefore(words, s))) continue;
    const next = words[s.end]?.text ?? "";
    const after = words[s.end + 1]?.text ?? "";
    // (A comma ends a city's mention, "Liverpool, England", but not one with its manager after it.)
    const managed = next === "," && isManagedBy(words, s.end);
    if ((CITY_NOUNS.has(next.toLowerCase()) && !managed) || (/^['’]s$/.test(next) && CITY_NOUNS.has(after.toLowerCase())) || words.slice(s.start, s.end).every((w) => !/\p{Ll}/u.test(w.text)) || inPlaceList(words, spans, s, evidenced)) continue;
    s.typeIndex = ORG;
  }
  if (clubs.size === 0) return;
  for (const s of spans) {
    if (s.typeIndex === ORG || !clubs.has(keyOf(words, s.start, s.end)) || LOCATIVE.has(lowerBefore(words, s))) continue;
    const next = words[s.end]?.text ?? "", after = words[s.end + 1]?.text ?? "";
    const before = words[s.start - 1]?.text ?? "", before2 = words[s.start - 2]?.text ?? "";
    const possessive = /^['’]s$/.test(next);
    const old = PLAYER_NOUNS.has(next) || (possessive && /^\p{Lu}/u.test(after)) || PLAYING_VERBS.has(next);
    // (`4ccw`: a club's possessions, its plural agreement and a player's joining it.)
    const wider = !SKIP.has("4ccw") && ((possessive && SIDE_NOUNS.has(after)) || PLURAL_VERBS.has(next) || JOINED.test(before) || (before === "for" && SIGNED_FOR.test(before2)));
    if (old || wider) s.typeIndex = ORG;
  }
}

/** Plural capitalised words of sport that name no club: competitions, series, formats. */
const NOT_NICKNAMES = new Set(["Champions", "Nations", "Tests", "Games", "Olympics", "Paralympics", "Championships", "Finals", "Series", "Nationals", "Masters", "Majors", "Playoffs", "Internationals", "Trials", "Heats", "Rounds", "Fans", "Supporters", "Players"]);
/** Roles at a club, after its name: "Wolves captain", "Saints coach". */
const CLUB_ROLES = new Set(["coach", "captain", "manager", "boss", "striker", "goalkeeper", "defender", "midfielder", "winger", "forward", "veteran", "skipper", "head", "fans", "supporters", "chairman", "owner", "keeper", "playmaker", "utility", "ruckman", "full-back", "fly-half", "scrum-half", "lock", "flanker", "prop", "hooker"]);
/** A plural's singular, as the word list has it: "Wolves" -> "wolf", "Magpies" -> "magpie". */
const singular = (w: string) => (w.endsWith("ves") ? `${w.slice(0, -3)}f` : w.slice(0, -1));

/**
 * Step 4nk: "Wolves climbed out of the relegation zone", "The Saints, who trailed", "Pies veteran Tom
 * Ashby": in a match report, a capitalised plural of a common noun that the text writes capitalised
 * after "the" or within a sentence is a club's nickname, an organisation (the tagger misses such
 * words or takes them for places). Not a people's or a party's plural ("Democrats", "Kenyans").
 */
export function clubNicknames(words: Word[], spans: TaggedSpan[], report: boolean): TaggedSpan[] {
  // (Or a report with few scores but sport's words all through it: "a stoppage-time winner", "the
  // relegation zone".)
  // (And at least one score: a speech on the "Sustainable Development Goals" has sport's words too.)
  let sport = 0, scored = false;
  if (!report) for (let i = 0; i < words.length; i++) {
    const w = words[i]!.text.toLowerCase();
    if (SPORT_WORDS.has(w) && !LOOSE_SPORT_WORDS.has(w)) sport++;
    if (isScoreAt(words, i)) scored = true;
  }
  if (!report && (sport < 6 || !scored)) return spans;
  const starts = new Set<number>();
  for (let i = 0; i < words.length; i++) if (i === 0 || /^[.!?"“”:]$/.test(words[i - 1]!.text) || words[i - 1]!.end < words[i]!.start - 1) starts.add(i);
  const named = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.text;
    if (!/^\p{Lu}\p{Ll}{2,}s$/u.test(w) || NOT_NICKNAMES.has(w) || named.has(w)) continue;
    const lower = w.toLowerCase(), one = singular(lower);
    if (!(gazFlags(one, one) & GAZ.dictCommon) || gazFlags(w, lower) & (GAZ.nationality | GAZ.country | GAZ.city | GAZ.firstName | GAZ.surname) || isGroupPlural(w) || isListedPlace(w) || isKnownOrganization(w)) continue;
    // (Or before a role at the club: "Wolves captain Nathan Collyer", "Pies veteran Tom Ashby".)
    if (!starts.has(i) || /^the$/i.test(words[i - 1]?.text ?? "") || CLUB_ROLES.has(words[i + 1]?.text ?? "")) named.add(w);
  }
  if (!named.size) return spans;
  const added: TaggedSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    // (Not a word of a longer name: "Champions Cup".)
    if (!named.has(words[i]!.text) || /^\p{Lu}/u.test(words[i + 1]?.text ?? "") || (/^\p{Lu}/u.test(words[i - 1]?.text ?? "") && words[i - 1]!.text !== "The" && !starts.has(i)) || spans.some((t) => t.start <= i && i < t.end && t.end - t.start > 1)) continue;
    const own = spans.find((t) => t.start === i && t.end === i + 1);
    // (Kept from the last step's word lists, which drop a common word opening a sentence.)
    if (own) { own.typeIndex = ORG; own.keep = true; }
    else added.push({ start: i, end: i + 1, typeIndex: ORG, confidence: 1, scores: [0, 0, 0], keep: true });
  }
  return added.length ? [...spans, ...added].sort((x, y) => x.start - y.start) : spans;
}

/**
 * Step 4dr: "The two Alpine drivers", "Williams driver Franco Colapinto": in a text about sport, a
 * name right before "driver(s)", "rider(s)" or "team-mate" is the team, an organisation, in all its
 * mentions (the span is marked cued, so the votes follow it). Not a person's full name ("Max
 * Verstappen's team-mate" has a possessive between).
 */
export function teamsBeforeRiders(words: Word[], spans: TaggedSpan[]): void {
  // (Before "team-mate" not a person at all: "Former Hamilton teammate Valtteri Bottas".)
  const before = spans.filter((s) => { const w = words[s.end]?.text ?? ""; return (/^(?:driver|drivers|rider|riders)$/.test(w) && !(s.typeIndex === PERSON && s.end - s.start >= 2)) || (/^(?:team-mate|teammate)$/.test(w) && s.typeIndex !== PERSON); });
  // (The text is asked about last: most have no such word.)
  if (!before.length || !isAboutSport(words)) return;
  for (const s of before) {
    s.typeIndex = ORG;
    s.cued = true;
  }
}

/**
 * Step 4bt: "9. Esteban Ocon (Alpine)", "3. Iker Zabala (Euskaltel-Euskadi)": in a text about sport, a
 * capitalised run in brackets right after a person's name is the team they ride or drive for, unless it
 * is a place or a nationality (a country in a results list is the person's, "(Australia)"). Typed so
 * in the votes, so the team's other mentions follow.
 */
const NO_TEAMS = new Set(["Independent", "Ind", "Ret", "DNF", "DNS", "DSQ", "Captain", "Capt", "Photo", "Image", "File", "Video", "Reuters", "AP", "AFP"]);
export function bracketTeams(words: Word[], spans: TaggedSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const p = spans[k]!;
    if (p.typeIndex !== PERSON || words[p.end]?.text !== "(") continue;
    const from = p.end + 1;
    let to = from;
    while (to < words.length && to - from < 5 && /^(?:\p{Lu}[\p{L}\p{N}&.'’-]*|[-–&]|\p{N}+)$/u.test(words[to]!.text)) to++;
    if (to === from || words[to]?.text !== ")" || !/^\p{Lu}/u.test(words[from]!.text)) continue;
    const key = keyOf(words, from, to);
    if (NO_TEAMS.has(key) || isListedPlace(key) || isCountry(key) || isNationalityAdjective(key) || /^\p{Lu}$/u.test(key) || words.slice(from, to).some((w) => MONTHS_AND_DAYS.has(w.text))) continue;
    // (Not an assisting player in a goal's line: "Ivan Demidov (Juraj Slafkovský) 3:05".)
    if (to - from >= 2 && gazFlags(words[from]!.text, words[from]!.text.toLowerCase()) & GAZ.firstName) continue;
    // (A minute after the bracket makes it an assist in a goal's line: "Bukayo Saka (Odegaard) 23".)
    if (/^\d{1,3}(?:\+\d{1,2})?$/.test(words[to + 1]?.text ?? "")) continue;
    const inside = spans.filter((t) => t.start < to && t.end > from);
    if (inside.some((t) => t.start < from || t.end > to)) continue;
    // (One word the tagger found no name in is a note, "(Injured)", "(Loan)"; one the text names only
    // here as a place is a home town, "(Iten)"; one a named person has as surname is a player, "(Rice)".)
    const whole = inside.find((t) => t.start === from && t.end === to);
    const once = words.filter((w, i) => w.text === words[from]!.text && (to - from === 1 || keyOf(words, i, i + to - from) === key)).length < 2;
    if (to - from === 1 && (!whole || (once && whole.typeIndex === PLACE) || spans.some((t) => t.typeIndex === PERSON && t.end - t.start >= 2 && words[t.end - 1]!.text === key))) continue;
    if (once && whole?.typeIndex === PLACE) continue;
    if (!isAboutSport(words)) return;
    for (const t of inside) spans.splice(spans.indexOf(t), 1);
    spans.push({ start: from, end: to, typeIndex: ORG, confidence: 0.9, scores: [0, 0, 0], cued: true });
    spans.sort((x, y) => x.start - y.start);
  }
}

/**
 * Step 4pa: "headed in a corner from Guro Reiten", "a free-kick from Álex Grimaldo", "curled a shot past
 * Alisson": in a text about sport, a name after "from" that a ball's delivery opens, or after "past"
 * that a shot opens, is a player, a person, whatever the tagger read after the preposition (a place).
 * Not a listed place or a well-known body ("a cross from Liverpool's right" has a possessive anyway).
 */
// (Not "assist" or "centre", idioms for other things: "an assist from Clark County", "a centre from".)
const DELIVERIES = new Set(["corner", "cross", "pass", "free-kick", "freekick", "header", "ball", "delivery", "lay-off", "cut-back", "cutback", "throw-in", "through-ball", "kick", "flick"]);
/** Players' positions after a club's name: "past St Mirren goalkeeper Zach Hemming". */
const POSITIONS_AFTER = /^(?:goalkeeper|keeper|goalie|defender|centre-back|center-back|full-back|fullback|midfielder|striker|forward|winger|captain|substitute|player|coach|manager|boss|netminder)$/;
export function playersAfterDeliveries(words: Word[], spans: TaggedSpan[]): void {
  for (const s of spans) {
    if (s.typeIndex === PERSON || s.end - s.start > 3 || s.start < 2) continue;
    const prep = words[s.start - 1]!.text;
    const noun = words[s.start - 2]!.text.toLowerCase();
    const delivered = prep === "from" && (DELIVERIES.has(noun) || (noun === "kick" && words[s.start - 3]?.text.toLowerCase() === "free"));
    const shotPast = prep === "past" && /^(?:shot|ball|effort|strike|header|penalty)$/.test(noun);
    if (!delivered && !shotPast) continue;
    const key = keyOf(words, s.start, s.end);
    // (Not a club before its player's position, "a shot past Union Berlin goalkeeper Frederik Ronnow";
    // only a name that ends the phrase: a verb, a preposition or punctuation after it.)
    const next = words[s.end]?.text ?? ".";
    if (isListedPlace(key) || isKnownOrganization(key) || /^['’]s?$/.test(next) || POSITIONS_AFTER.test(next) || /^\p{Lu}/u.test(next) || (/^\p{Ll}/u.test(next) && !/^(?:in|into|on|at|to|and|for|after|before|from|with|who|which|that|was|had|has|is|inside|beyond|over|under|off)$/.test(next))) continue;
    if (!isAboutSport(words)) return;
    s.typeIndex = PERSON;
    s.cued = true;
  }
}

/**
 * Step 4cn: "beating the Melbourne Storm 22–16", "the Lethbridge Hurricanes": in a text about sport, a
 * listed city the tagger ended before one or two capitalised words that name no place, event, venue or
 * person is a club with its nickname, one organisation; the nickname alone elsewhere ("the Storm") is
 * the club too.
 */
const CITY_NOT_NICKNAMES = new Set(["Cup", "Open", "Games", "Olympics", "Paralympics", "Marathon", "Classic", "Masters", "Prix", "Grand", "League", "Tour", "Derby", "Stakes", "Championship", "Championships", "Trophy", "Series", "Festival", "Final", "Finals", "Park", "Stadium", "Arena", "Oval", "Ground", "Airport", "Station", "Road", "Street", "Square", "Bridge", "Harbour", "Harbor", "Bay", "River", "Valley", "Zoo", "Council", "Police", "Court", "University", "College", "School", "Hospital", "Museum", "Airways", "Airlines", "Times", "Post", "Herald", "Mail", "Star", "Sun", "Metro", "Stock", "Exchange", "Declaration", "Agreement", "Convention", "Summit", "Marathon", "Week", "Motor", "Show"]);
export function cityNicknameTeams(words: Word[], spans: TaggedSpan[]): void {
  const nicknames = new Set<string>();
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    // (A city's club: a country's team has no nickname after it, "Namibia\n\nThe Confederation".)
    if (s.typeIndex !== PLACE || isCountry(keyOf(words, s.start, s.end))) continue;
    // (A city's: "my California Driver's license" is a state's.)
    const cityKey = keyOf(words, s.start, s.end);
    const listed = ((gazFlags(cityKey, cityKey.toLowerCase()) & GAZ.city) !== 0 && !isCountryOrRegion(cityKey)) || /^(?:New York|Washington)$/.test(cityKey);
    let j = s.end;
    // (A name's word only where it is an ordinary word too: "Storm", not "Rose Smith".)
    const nickname = (w: string) => { const f = gazFlags(w, w.toLowerCase()); return !(f & (GAZ.placeSuffix | GAZ.country | GAZ.city | GAZ.nationality | GAZ.title | GAZ.orgSuffix)) && (!(f & (GAZ.firstName | GAZ.surname)) || (f & GAZ.dictCommon) !== 0); };
    // (One space apart, in one line: "England In the 20th minute" is a new sentence.)
    while (j < words.length && j - s.end < 2 && /^\p{Lu}\p{Ll}+$/u.test(words[j]!.text) && words[j]!.start - words[j - 1]!.end === 1 && !STOP_WORDS.has(words[j]!.text.toLowerCase()) && !CITY_NOT_NICKNAMES.has(words[j]!.text) && nickname(words[j]!.text) && !MONTHS_AND_DAYS.has(words[j]!.text)) j++;
    // (A place no list knows only before a plural: "the Lethbridge Hurricanes".)
    if (j === s.end || (!listed && !/s$/.test(words[j - 1]!.text)) || /^\p{Lu}/u.test(words[j]?.text ?? "") || isListedPlace(keyOf(words, s.start, j)) || isListedPlace(keyOf(words, s.end, j))) continue;
    if (spans.some((t) => t !== s && t.start < j && t.end > s.end && ((t.typeIndex === PERSON && t.end - t.start > 1) || t.end > j))) continue;
    if (!isAboutSport(words)) return;
    for (let i = spans.length - 1; i >= 0; i--) { const t = spans[i]!; if (t !== s && t.start >= s.end && t.end <= j) spans.splice(i, 1); }
    nicknames.add(keyOf(words, s.end, j));
    s.end = j;
    s.typeIndex = ORG;
    s.cued = true;
    k = spans.indexOf(s);
  }
  if (nicknames.size) for (const t of spans) if (t.typeIndex !== ORG && nicknames.has(keyOf(words, t.start, t.end))) { t.typeIndex = ORG; t.cued = true; }
}

/**
 * Step 4dt: "Jonas Vingegaard of Visma–Lease a Bike", "2. Remco Evenepoel (Red Bull–Bora–Hansgrohe)",
 * "the French team Groupama–FDJ": in a text about sport, sponsors' names joined by en dashes with no
 * space around them are one team, an organisation, where they stand after a person's name and "of" or
 * a bracket, or after "team"; then in all their mentions. (The tokenizer splits at an en dash, which
 * mostly joins two names: "the London–Paris route", "the India–Pakistan match"; those stand nowhere
 * such and a listed place in them is never a team.)
 */
export function dashedTeams(words: Word[], spans: TaggedSpan[]): void {
  const joined = (i: number) => words[i]!.text === "–" && i > 0 && i + 1 < words.length && words[i - 1]!.end === words[i]!.start && words[i + 1]!.start === words[i]!.end && /^\p{Lu}/u.test(words[i - 1]!.text) && /^\p{Lu}/u.test(words[i + 1]!.text);
  const dashes: number[] = [];
  for (let i = 1; i + 1 < words.length; i++) if (joined(i)) dashes.push(i);
  if (!dashes.length || !isAboutSport(words)) return;
  const cap = (i: number) => i >= 0 && i < words.length && /^\p{Lu}[\p{L}\p{N}&.-]*$/u.test(words[i]!.text);
  const found: [number, number][] = [];
  for (const d of dashes) {
    if (found.some(([a, b]) => d > a && d < b)) continue;
    let start = d - 1;
    while (d - start < 3 && cap(start - 1)) start--;
    let end = d + 1;
    for (let i = d + 1; i < words.length && i - d <= 6; i++) {
      if (cap(i) || (joined(i) && i === end)) { end = i + 1; continue; }
      // ("Lease a Bike": one short lower-case word between capitalised ones.)
      if (/^\p{Ll}{1,3}$/u.test(words[i]!.text) && cap(i + 1) && i === end) continue;
      break;
    }
    const before = words[start - 1]?.text ?? "";
    // (A rider's name the tagger ran on over "of" and the team's first sponsor ends before "of":
    // "Matteo Ferrandi of Lidl" + "–Trek".)
    const runOn = before === "of" ? spans.find((t) => t.typeIndex === PERSON && t.start < start - 2 && t.end > start && t.end <= end) : undefined;
    if (runOn) runOn.end = start - 1;
    const parts = keyOf(words, start, end).split(/\s*–\s*/);
    if (parts.some((p) => isListedPlace(p) || isCountry(p))) continue;
    // (Nor a pair of people's surnames, "the team Bopanna–Ebden", "(Errani–Paolini)"; nor a month's
    // range, "(March–May)", a party's and a state's letters, "(D–Ore.)", or two bodies the lists know,
    // "(CDU–CSU)".)
    const surnames = new Set(spans.filter((t) => t.typeIndex === PERSON && t.end - t.start >= 2).map((t) => words[t.end - 1]!.text));
    if (parts.some((p) => surnames.has(p) || MONTHS_AND_DAYS.has(p) || p.replace(/[^\p{L}]/gu, "").length < 3 || (gazFlags(p, p.toLowerCase()) & GAZ.surname && !isKnownOrganization(p))) || parts.every((p) => isKnownOrganization(p)) || words[end]?.text === ".") continue;
    const afterPerson = (before === "of" || before === "(") && spans.some((t) => t.typeIndex === PERSON && t.end === start - 1);
    if (!afterPerson && !/^(?:team|teams)$/i.test(before)) continue;
    found.push([start, end]);
  }
  if (!found.length) return;
  const keys = new Set(found.map(([a, b]) => keyOf(words, a, b)));
  // ... and the same name elsewhere: "Lidl–Trek sports director Luca Brambilla".
  for (const d of dashes) {
    for (const key of keys) {
      const n = key.split(" ").length;
      for (let s = Math.max(0, d - n + 2); s < d; s++) if (keyOf(words, s, s + n) === key && !found.some(([a]) => a === s)) found.push([s, s + n]);
    }
  }
  for (const [start, end] of found) {
    if (spans.some((t) => (t.start < start && t.end > start) || (t.start < end && t.end > end))) continue;
    for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.start >= start && spans[k]!.end <= end) spans.splice(k, 1);
    spans.push({ start, end, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0], cued: true });
  }
  spans.sort((x, y) => x.start - y.start);
}

/**
 * Step 4sl: "Fenerbahçe Beko 82–76 Panathinaikos", "* Sunderland 2–2 Leeds United": in a match report,
 * a capitalised run right before a score and one right after it, in its sentence or line, are the
 * sides, organisations, where the tagger found nothing there (it misses clubs it never saw, most in
 * lists of results). Not a round's or a day's word: "Final", "Semi-final", "Sunday".
 */
export function scoreLineSides(words: Word[], sentStart: readonly number[], spans: TaggedSpan[]): void {
  const starts = new Set(sentStart);
  const covered = new Uint8Array(words.length);
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered[i] = 1;
  // (Not "I" nor a Roman numeral: '"We won 22–18 and I was proud"', "Game II".)
  // (Nor a headline's capitalised small word: "Arsenal Beat Chelsea 2–1 To Go Top".)
  const side = (i: number) => i >= 0 && i < words.length && !covered[i] && /^\p{Lu}[\p{L}\p{M}.'’-]+$/u.test(words[i]!.text) && !/^[IVXL]+$/.test(words[i]!.text) && !STOP_WORDS.has(words[i]!.text.toLowerCase()) && !SPORT_WORDS.has(words[i]!.text.toLowerCase()) && !/^(?:The|A|An|Semi-final|Quarter-final|Round|Game|Match|Week|Day|Leg|Group)$/.test(words[i]!.text) && !MONTHS_AND_DAYS.has(words[i]!.text);
  // (Cued, so that the club's other mentions follow: "as a player with Panathinaikos".)
  const add = (a: number, b: number) => { if (b > a) { spans.push({ start: a, end: b, typeIndex: ORG, confidence: 0.5, scores: [0, 0, 0], cued: true }); for (let i = a; i < b; i++) covered[i] = 1; } };
  // A side opens with a word that is no common word and no person's name the lists know: not a
  // headline's ("Hosts Held 1–1"), a range's ("Gates 1–4", "Stages 12–14"), nor a player's in a
  // game between two people ("O'Sullivan 13–9 Robertson", "Bumrah 4–37").
  const opens = (k: number) => { const w = words[k]!.text; return !(gazFlags(w, w.toLowerCase()) & (GAZ.dictCommon | GAZ.surname | GAZ.firstName)) || isListedPlace(w) || isKnownOrganization(w); };
  let added = false;
  for (let i = 1; i < words.length; i++) {
    if (!isScoreAt(words, i) || isScore(words, i - 2)) continue;
    const len = isScore(words, i) ? 3 : 1;
    let a = i;
    while (a > 0 && i - a < 4 && side(a - 1) && !starts.has(a)) a--;
    let b = i + len;
    while (b < words.length && b - (i + len) < 4 && side(b) && !(starts.has(b) && b > i + len)) b++;
    if (starts.has(i + len)) b = i + len;
    // Both sides, one found already or each here: a score with a side on one hand only is a player's
    // line in a list ("Swiatek bt Gauff 6–2, 6–3;", "Bumrah 4–37,").
    const before = a < i || spans.some((t) => t.end === i), after = b > i + len || spans.some((t) => t.start === i + len);
    if (!before || !after) continue;
    if (a < i && opens(a)) { add(a, i); added = true; }
    if (b > i + len && opens(i + len)) { add(i + len, b); added = true; }
  }
  if (added) spans.sort((x, y) => x.start - y.start);
}

/** Verbs of a coach's or a player's career before the club: "previously coached Žalgiris", "joined from Barcelona". */
const CAREER_VERBS = /^(?:coached|coaching|managed|managing|captained|captaining)$/;
// (Not "moved" or "arrived": "moved from Gloucester to Bristol as a teenager", "arrived from Heathrow".)
const CAREER_FROM = /^(?:joined|signed|transferred|loan|loaned)$/;
/**
 * Step 4cv: in a text about sport, a name after a coach's verb ("previously coached Žalgiris and
 * Barcelona") or after "joined/signed/transferred from" ("who joined from Barcelona in 2023") is a club, an
 * organisation, and so are the other names of its list; cued, so its other mentions follow. Only names
 * the tagger read as places ("coached Michael Jordan", "managed Kane and Sterling" are people).
 */
export function careerClubs(words: Word[], spans: TaggedSpan[]): void {
  const found: TaggedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!, v = words[s.start - 1]?.text ?? "";
    const from = v === "from" && CAREER_FROM.test(words[s.start - 2]?.text ?? "");
    // (Only a name read as a place, or as a person of one word no list knows: "managed Kane and
    // Sterling" are people.)
    const club = (t: TaggedSpan) => t.typeIndex === PLACE || (t.typeIndex === PERSON && t.end - t.start === 1 && !gazFlags(words[t.start]!.text, words[t.start]!.text.toLowerCase()));
    if (!(CAREER_VERBS.test(v) || from) || !club(s)) continue;
    found.push(s);
    // ... and the list that goes on from it: "Žalgiris and Barcelona".
    for (let j = k + 1; j < spans.length && CAREER_VERBS.test(v); j++) {
      const gap = words.slice(spans[j - 1]!.end, spans[j]!.start).map((w) => w.text).join(" ");
      if (gap !== "," && gap !== "and" && gap !== ", and") break;
      if (club(spans[j]!)) found.push(spans[j]!);
    }
  }
  if (!found.length || !isAboutSport(words)) return;
  for (const s of found) { s.typeIndex = ORG; s.cued = true; }
}
