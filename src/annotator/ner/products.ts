/**
 * Products are no person, organisation or place: "IE6 users", "nearly tied with Chrome", "Windows
 * XP", "the Galileo and Ulysses spacecraft". The tagger has almost no products in its training data
 * (GUM types the few it has as objects), so it takes a browser or a console for a company, or a
 * spacecraft named after a man for a person. A maker named before its product stays: "Mozilla
 * Firefox" -> "Mozilla", "Google Analytics" -> "Google".
 *
 * The list holds products whose name is rarely anything else in news; names that are also ordinary
 * companies, services or words ("YouTube", "Opera", "Edge", "Galaxy", "Patriot") are left out, and
 * so are services GUM types as organisations ("Facebook", "Wikipedia").
 */
import type { TaggedSpan } from "./document/spans.ts";
import { isKnownOrganization, isKnownPerson, isListedPlace } from "./lexicon.ts";
import type { Word } from "./words.ts";
import { skippedSteps } from "../skip-steps.ts";
import { COMPANY_TAILS } from "./org-cues.ts";

const PRODUCTS = new Set([
  // browsers and operating systems
  "Internet Explorer", "IE", "Firefox", "Chrome", "Safari", "Chromium", "Windows", "macOS", "Mac OS X", "OS X", "iOS", "iPadOS", "watchOS",
  "Android", "Linux", "Ubuntu", "Chrome OS", "ChromeOS",
  // devices and consoles
  "iPhone", "iPad", "iPod", "iMac", "MacBook", "MacBook Air", "MacBook Pro", "AirPods", "Apple Watch", "Kindle", "PlayStation", "Xbox", "Wii",
  "Game Boy", "Switch", "ThinkPad", "Vision Pro", "Cybertruck",
  // aircraft models ("the A320 and A350 families"; the maker before them stays: "Airbus A320")
  "A220", "A300", "A310", "A318", "A319", "A320", "A321", "A330", "A340", "A350", "A380", "A400M", "737", "747", "757", "767", "777", "787", "737 Max", "737 MAX",
  // software, games and AI models
  "ChatGPT", "Photoshop", "PowerPoint", "Gmail", "Analytics", "Maps", "Minecraft", "Fortnite", "Counter-Strike",
  // weapons systems in the news
  "HIMARS", "ATACMS", "Storm Shadow", "Iskander", "Kinzhal", "Kalibr", "AK-47",
]);
/** Products only when a maker is named before them ("Nintendo Switch", "Google Analytics", "Google Maps"). */
const NEEDS_MAKER = new Set(["Switch", "Analytics", "Maps", "Vision Pro"]);
/** Version and edition words after a product's name: "Windows XP", "PlayStation 5", "Xbox One", "iPhone 15 Pro". */
const VERSION = /^(?:\d+(?:\.\d+)*[a-z]?|[IVX]{1,4}|XP|Vista|One|Pro|Max|Mini|Plus|Ultra|Air|VR|SE|Series|S|X)$/;
/** "IE6", "PS5", "iOS17": a product's short name with its version number run on. */
const RUN_ON_VERSION = /^(IE|PS|iOS|Xbox)(\d+)$/;
/** AI models by their maker's naming: "GPT-5", "GPT-4o", "Llama 3" is left to "models". */
const MODEL_NAME = /^GPT-\d[\w.]*$/;
const PRODUCT_SHORT: Record<string, string> = { PS: "PlayStation" };

/**
 * Vehicles, weapons and devices named before their kind: "the Galileo and Ulysses spacecraft", "the
 * Hubble telescope", "its Blackwell chips", "Leopard tanks", "Shahed drones". Not "fighter(s)": "a
 * Wagner fighter" is a member of a group.
 */
const CRAFT = new Set([
  "spacecraft", "probe", "probes", "rover", "lander", "orbiter", "satellite", "satellites", "telescope", "capsule",
  "chip", "chips", "processor", "processors", "smartphone", "smartphones", "handset", "handsets", "console", "consoles",
  "missile", "missiles", "drone", "drones", "tank", "tanks", "jet", "jets", "rocket", "rockets", "warship", "warships",
  // and grades of a commodity: "Brent crude"; models of a maker: "its Claude models"
  "crude", "model", "models",
]);
/** Determiners that make the name after them a product of theirs, whatever the tagger typed it: "its Hera probe". */
const OWNERS = new Set(["its", "their", "our", "his", "her"]);

const keyOf = (words: Word[], s: number, e: number) => words.slice(s, e).map((w) => w.text).join(" ");
const SKIP_KINDS = skippedSteps("NER_SKIP").has("0prk");
const SKIP_LETTER = skippedSteps("NER_SKIP").has("0prv");

/** Kind nouns written before a product's own name: "the diabetes drug Sucrina", "the satellite Biomass". */
const KINDS_BEFORE = new Set(["drug", "drugs", "injection", "injections", "vaccine", "pill", "jab", "medicine", "medication", "satellite", "spacecraft", "rocket", "telescope", "chatbot", "icebreaker", "ship", "vessel", "tanker", "freighter", "ferry", "yacht", "frigate", "destroyer", "submarine"]);
/** Words after a kind noun that end the apposition giving it: ", a satellite designed to", ", a rocket that". */
const APPOSITION_GOES_ON = /^(?:that|which|designed|built|made|developed|launched|carrying|operated|owned|run|chartered|registered|flagged|meant|intended|to|with|for|from|of|in|on|by|whose)$/;

/**
 * Step 0prk: a name after its kind ("the weight-loss injection Velora", "the satellite Biomass") or
 * before an apposition that gives it ("launched Biomass, a satellite designed to weigh forests") is a
 * product (and so are its other mentions: "Velora has a list price"); the tagger takes it for a body
 * or a place. Not a well-known body or a listed place ("the vaccine alliance Gavi" has "alliance" between).
 */
function kindBefore(words: Word[], s: TaggedSpan, spans: readonly TaggedSpan[], person: number): boolean {
  const key = keyOf(words, s.start, s.end);
  // (Written on one line with the name, one space apart: not a heading "By ferry" over a paragraph.)
  if (s.start === 0 || !KINDS_BEFORE.has(words[s.start - 1]!.text) || words[s.start]!.start - words[s.start - 1]!.end !== 1 || isKnownOrganization(key) || isListedPlace(key)) return false;
  // (A noun, with its determiner a few words before: not a verb, "Retailers ship Shein orders",
  // "Helicopters ferry Petrofac workers".)
  if (!words.slice(Math.max(0, s.start - 4), s.start - 1).some((w) => /^(?:the|a|an|its|their|his|her|our|this|that|new|rival)$/i.test(w.text))) return false;
  return !subjectAfterKind(words, s, spans, person);
}
/**
 * Whether a name right after a kind noun is the subject of a clause that describes the thing rather
 * than its name: "the drug Bolsonaro promoted", "The rocket Rocket Lab launched", "the yacht Abramovich
 * bought", "the drug Vertex Pharmaceuticals developed"; or a company's or a person's name the text
 * gives in full elsewhere.
 */
export function subjectAfterKind(words: Word[], s: TaggedSpan, spans: readonly TaggedSpan[], person: number): boolean {
  const next = words[s.end]?.text ?? "", after = words[s.end + 1]?.text ?? "";
  // ("the ferry Kapten Sulaiman capsized": a vessel's own verbs make it the sentence's subject.)
  if (VESSEL_VERBS.test(next)) return false;
  if (/^\p{Ll}+ed$/u.test(next) || PAST_VERBS.has(next)) return true;
  // ("The album Adele is recording", "the vaccine Kennedy has criticised", "Elon Musk's SpaceX".)
  if ((/^(?:is|are|was|were)$/.test(next) && /^\p{Ll}+ing$/u.test(after)) || (/^(?:has|have|had)$/.test(next) && /^\p{Ll}+(?:ed|en)$/u.test(after)) || /^['’]s$/.test(next)) return true;
  if (COMPANY_TAILS.has(words[s.end - 1]!.text)) return true;
  const key = keyOf(words, s.start, s.end);
  // (A person or a body the text shows speaking: "Shakira said", "Novavax said".)
  if (isKnownPerson(key) || spans.some((t) => t !== s && keyOf(words, t.start, t.end) === key && /^(?:said|says|told|added)$/.test(words[t.end]?.text ?? ""))) return true;
  // (A surname of someone named in full, with or without "Jr.": "Robert F. Kennedy Jr.".)
  const n = s.end - s.start;
  return spans.some((t) => {
    if (t === s || t.typeIndex !== person) return false;
    let e = t.end;
    while (e > t.start && /^(?:Jr|Jr\.|Sr|Sr\.|II|III|IV|\.)$/.test(words[e - 1]!.text)) e--;
    return e - t.start > n && keyOf(words, e - n, e) === key;
  });
}
/** Verbs a vessel or craft is the subject of: "the ferry Kapten Sulaiman capsized". */
const VESSEL_VERBS = /^(?:capsized|sank|docked|arrived|departed|crashed|exploded|collapsed|landed|sailed|foundered|berthed|ran|burned|caught|broke|lifted|blasted|splashed)$/;
/** Past tenses without "-ed" that open a clause after a name: "the yacht Abramovich bought". */
const PAST_VERBS = new Set(["made", "built", "bought", "sold", "had", "took", "won", "gave", "ran", "brought", "sought", "chose", "wrote", "sent", "put", "left", "kept", "held", "paid", "got", "found", "began", "drove", "flew", "rode", "sank", "stole", "lost", "spent"]);
function apposedCraft(words: Word[], s: TaggedSpan): boolean {
  let k = s.end;
  // (An indefinite article only: "According to the Philippine Coast Guard, the vessel, operated by
  // ..." is no apposition.)
  if (words[k]?.text !== "," || !/^(?:a|an)$/.test(words[k + 1]?.text ?? "")) return false;
  const key = keyOf(words, s.start, s.end);
  if (isKnownOrganization(key) || isListedPlace(key)) return false;
  for (k += 2; k < s.end + 6 && /^[\p{Ll}-]+$/u.test(words[k]?.text ?? ""); k++) {
    if ((CRAFT.has(words[k]!.text) || KINDS_BEFORE.has(words[k]!.text)) && !/s$/.test(words[k]!.text)) return APPOSITION_GOES_ON.test(words[k + 1]?.text ?? "");
  }
  return false;
}

function isProduct(key: string, maker: boolean): boolean {
  if (MODEL_NAME.test(key)) return true;
  const run = RUN_ON_VERSION.exec(key);
  if (run) key = PRODUCT_SHORT[run[1]!] ?? run[1]!;
  return PRODUCTS.has(key) && (maker || !NEEDS_MAKER.has(key));
}

/**
 * What a span is once products are taken out: the span itself, a maker cut from the front of
 * "Maker Product", or null when the span is a product (or a version word after one: "Windows XP"
 * tagged as "XP").
 */
function withoutProduct(words: Word[], s: TaggedSpan, org: number): TaggedSpan | null {
  let end = s.end;
  while (end - s.start > 1 && VERSION.test(words[end - 1]!.text)) end--;
  // The whole span is a product, with or without its version.
  if (isProduct(keyOf(words, s.start, end), false) && (end < s.end || !VERSION.test(words[s.start]!.text))) return null;
  // A version word or number the tagger tagged alone, right after a product's name.
  if (end === s.end && s.end - s.start === 1 && /^(?:XP|Vista)$/.test(words[s.start]!.text) && s.start > 0 && isProduct(words[s.start - 1]!.text, false)) return null;
  // "Mozilla Firefox", "Google Analytics", "Nintendo Switch 2": the maker stays, as an organisation.
  for (let cut = s.start + 1; cut < end; cut++) {
    if (!isProduct(keyOf(words, cut, end), true)) continue;
    const maker = keyOf(words, s.start, cut);
    // A product word that is also a company's ("Brightwell Analytics") is a product only after a
    // well-known maker ("Google Analytics").
    if (NEEDS_MAKER.has(keyOf(words, cut, end)) && !isKnownOrganization(maker)) continue;
    return isKnownOrganization(maker) || cut - s.start === 1 ? { ...s, end: cut, typeIndex: org } : null;
  }
  return s;
}

/** Step 0pr: products dropped, their makers kept (see the file's comment). */
export function dropProducts(words: Word[], spans: TaggedSpan[], org: number, person: number): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  // Names of vehicles, for their other names: "the Venus Climate Orbiter, known as Akatsuki, ...
  // Akatsuki failed", "the James Webb Space Telescope (JWST)".
  const craftNames = new Set<string>();
  for (const s of spans) {
    const kept = withoutProduct(words, s, org);
    if (kept && !namesCraft(words, spans, kept, org, person) && !isCraftName(words, kept) && (SKIP_KINDS || !(kindBefore(words, kept, spans, person) || apposedCraft(words, kept)))) { out.push(kept); continue; }
    if (!kept) continue;
    craftNames.add(keyOf(words, kept.start, kept.end));
    const other = otherName(words, spans, kept);
    if (other) craftNames.add(keyOf(words, other.start, other.end));
  }
  return craftNames.size ? out.filter((s) => !craftNames.has(keyOf(words, s.start, s.end))) : out;
}

/** Capitalised kind nouns that end a vehicle's name: "Venus Climate Orbiter", "Hubble Space Telescope". */
const CRAFT_TAILS = new Set(["Orbiter", "Telescope", "Rover", "Lander", "Probe", "Spacecraft", "Explorer"]);

/** "the Venus Climate Orbiter", "the James Webb Space Telescope", "the International Space Station". */
function isCraftName(words: Word[], s: TaggedSpan): boolean {
  if (s.end - s.start < 2 || isKnownOrganization(keyOf(words, s.start, s.end))) return false;
  const last = words[s.end - 1]!.text;
  // ("Explorer" only after "Space"/"Mars"-like words would be too fine: it ends a vehicle's name
  // after another capitalised word, as "Internet Explorer" is a product too.)
  return CRAFT_TAILS.has(last) || (last === "Station" && words[s.end - 2]!.text === "Space");
}

/** A vehicle's other name right after it: ", known as Akatsuki,", "(JWST)", ", nicknamed X". */
function otherName(words: Word[], spans: TaggedSpan[], s: TaggedSpan): TaggedSpan | undefined {
  let k = s.end;
  if (words[k]?.text === "(") return spans.find((t) => t.start === k + 1 && words[t.end]?.text === ")");
  if (words[k]?.text === ",") k++;
  if (words[k]?.text === "known" && words[k + 1]?.text === "as") k += 2;
  else if (words[k]?.text === "nicknamed" || words[k]?.text === "dubbed") k += 1;
  else return undefined;
  return spans.find((t) => t.start === k);
}

/**
 * A name right before a vehicle's kind noun, or listed with one that is ("the Galileo and Ulysses
 * spacecraft"), names the vehicle. An organisation there is its maker or operator ("the NASA probe",
 * "a SpaceX rocket") and stays.
 */
function namesCraft(words: Word[], spans: TaggedSpan[], s: TaggedSpan, org: number, person: number): boolean {
  const key = keyOf(words, s.start, s.end);
  // ... and so does a country or city ("the Japan probe", "a China satellite"); after "its" the name
  // is the product, not its maker ("its Hera probe").
  // ... and after a possessive ("the agency's Nozomi probe"); a model's designation is never its
  // maker ("an H-IIA rocket", "the Falcon 9 rocket").
  const owned = s.start > 0 && (OWNERS.has(words[s.start - 1]!.text.toLowerCase()) || /^['’]s$/.test(words[s.start - 1]!.text));
  // ("the Vega-C rocket": a word and a letter; 0prv.)
  const designation = /\d/.test(key) || /^\p{Lu}+-[\p{Lu}\d]+$/u.test(key) || (!SKIP_LETTER && /^\p{Lu}\p{Ll}+-\p{Lu}$/u.test(key));
  if ((s.typeIndex === org && !owned && !designation) || isKnownOrganization(key) || isListedPlace(key)) return false;
  let k = s.end;
  // "Galileo and Ulysses spacecraft": walk over the names listed after this one.
  for (let guard = 0; guard < 4; guard++) {
    const w = words[k]?.text;
    if (w !== "and" && w !== "," && w !== "or") break;
    const next = spans.find((t) => t.start === k + 1);
    if (!next || next.typeIndex === org) break;
    k = next.end;
  }
  const noun = words[k]?.text;
  // (A person's name of two words or more before "probe" is whom an investigation looks into: "the Kim
  // Keon-hee probe", not a spacecraft named for one, which has one word: "the Galileo probe".)
  if ((noun === "probe" || noun === "probes") && s.typeIndex === person && s.end - s.start >= 2) return false;
  return noun !== undefined && CRAFT.has(noun) && (s.typeIndex === person || s.end - s.start <= 2);
}
