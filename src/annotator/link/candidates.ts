/**
 * Candidate mentions before clustering: the recogniser's names, the registry's names and aliases found
 * in the text, and role titles ("the Foreign Secretary") resolved through dated registry roles.
 */
import type { EntityType, NameSpan, RegistryEntry } from "../model.ts";
import type { Tokenized } from "../tokenize.ts";
import { entrySex, roleActive, type RegistryIndex } from "./registry-index.ts";
import { isHonorific, isTitleWord } from "../ner/lexicon.ts";
import { honorificGender } from "../quotes/cues.ts";
import { skippedSteps } from "../skip-steps.ts";

const SKIP_OTHER_SEX = skippedSteps("LINK_SKIP").has("othersex");
const SKIP_TITLE_NAME = skippedSteps("LINK_SKIP").has("titlename");

export interface Candidate {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  source: "model" | "registry" | "rule" | "pin";
  kind: "name" | "role";
  /** Set when the candidate is already known to be this registry entry. */
  entry?: RegistryEntry;
  /** Set by pins: the entity id the editor chose for this surface form. */
  pinnedId?: string;
}

/** Registry names and aliases in the text, longest match first, never overlapping each other. */
export function registryMatches(tok: Tokenized, index: RegistryIndex): Candidate[] {
  const out: Candidate[] = [];
  const toks = tok.tokens;
  for (let i = 0; i < toks.length; i++) {
    const options = index.forms.get(toks[i]!.text);
    if (!options) continue;
    for (const form of options) {
      const last = i + form.tokens.length - 1;
      if (last >= toks.length) continue;
      let ok = true;
      for (let k = 1; k < form.tokens.length && ok; k++) ok = toks[i + k]!.text === form.tokens[k] && toks[i + k]!.sentence === toks[i]!.sentence;
      if (!ok) continue;
      // An honorific of the other sex before a person's alias is someone else of the name: "Mrs Trump"
      // is not Donald Trump (the recogniser and the linker decide who she is; `LINK_SKIP=othersex`).
      if (form.entry.type === "person" && !SKIP_OTHER_SEX && i > 0) {
        const before = toks[i - 1]!.text === "." && i > 1 ? toks[i - 2]! : toks[i - 1]!;
        const said = honorificGender(before.text), own = entrySex(form.entry);
        if (said && own && said !== own && before.sentence === toks[i]!.sentence) continue;
      }
      // A longer name that starts with a registry form ("Russia Today") is settled in combine(): the
      // recogniser's longer span wins there.
      // An alias with an honorific ("Sir Keir Starmer", "Sir Keir") marks the bare name, as the
      // recogniser does ("Keir Starmer", "Keir").
      let first = i;
      while (form.entry.type === "person" && first < last && isHonorific(toks[first]!.text.toLowerCase().replace(/\.$/, ""))) first++;
      if (first > i && toks[first]!.text === ".") first++;
      out.push({ start: toks[first]!.start, end: toks[last]!.end, text: tok.text.slice(toks[first]!.start, toks[last]!.end), type: form.entry.type, source: "registry", kind: "name", entry: form.entry });
      i = last;
      break;
    }
  }
  return out;
}

/**
 * Role titles active on `date`. A bare title ("Prime Minister") is only resolved when its holder is
 * named elsewhere in the same text (`namedIds`): the same words mean other people in other countries.
 * An editor whose corpus has one such office (a national newsroom) says `bare: always` on the role.
 * A qualified alias ("UK Prime Minister", "the Russian leader") resolves on its own.
 */
export function roleMatches(tok: Tokenized, index: RegistryIndex, date: string | undefined, namedIds: Set<string>, taken: (start: number, end: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const toks = tok.tokens;
  const lower = toks.map((t) => t.text.toLowerCase().replace(/’/g, "'"));
  for (let i = 0; i < toks.length; i++) {
    const options = index.roles.get(lower[i]!);
    if (!options) continue;
    for (const form of options) {
      const last = i + form.tokens.length - 1;
      if (last >= toks.length) continue;
      let ok = true;
      for (let k = 1; k < form.tokens.length && ok; k++) ok = lower[i + k] === form.tokens[k];
      if (!ok || !roleActive(form.role, date)) continue;
      if (form.bare && form.role.bare !== "always" && !namedIds.has(form.entry.id)) continue;
      // ... and not when the text gives the bare title to someone else ("President Yoon" in a story that
      // names Donald Trump once: "the president" is Yoon; `LINK_SKIP=othertitled`).
      if (form.bare && titledOther(toks, lower, form.tokens, form.entry)) continue;
      const start = toks[i]!.start, end = toks[last]!.end;
      // A title directly before a name ("Foreign Secretary David Lammy") is part of that name's phrase.
      const next = toks[last + 1];
      // (Its first character only: the token may run on into a possessive, "President Trump's ban".)
      if (next && /^\p{Lu}/u.test(next.text) && taken(next.start, next.start + 1)) continue;
      // Nor a title that opens a name of its own by a possessive: "Prime Minister's Questions",
      // "President's Cup" (`LINK_SKIP=titlename`).
      if (!SKIP_TITLE_NAME && /^['’]s?$/.test(next?.text ?? "") && /^\p{Lu}/u.test(toks[last + 2]?.text ?? "") && toks[last + 2]!.start - next!.end <= 1) continue;
      if (taken(start, end)) continue;
      if (notTheHolderNow(toks, lower, i, taken)) continue;
      // A bare title must look like a title in running text: capitalised, or preceded by "the".
      const prev = lower[i - 1];
      if (form.bare && !/^\p{Lu}/u.test(toks[i]!.text) && prev !== "the") continue;
      out.push({ start, end, text: tok.text.slice(start, end), type: "person", source: "registry", kind: "role", entry: form.entry });
      i = last;
      break;
    }
  }
  return out;
}

const SKIP_OTHER_TITLED = skippedSteps("LINK_SKIP").has("othertitled");
/**
 * The text writes the title before another person's name ("President Yoon") more often than it names
 * the entry ("Trump", once), and never before the entry's own: the bare title is that person's.
 */
function titledOther(toks: Tokenized["tokens"], lower: string[], title: readonly string[], entry: RegistryEntry): boolean {
  if (SKIP_OTHER_TITLED) return false;
  const own = new Set([entry.name, ...entry.aliases].flatMap((n) => n.split(/\s+/)));
  const count = (word: string) => toks.filter((t) => t.text.replace(/['’]s$/, "") === word).length;
  let best = 0;
  for (let j = 0; j + title.length < toks.length; j++) {
    if (title.some((w, k) => lower[j + k] !== w)) continue;
    const name = toks[j + title.length]!.text.replace(/['’]s$/, "");
    if (!/^\p{Lu}\p{Ll}/u.test(name)) continue;
    if (own.has(name)) return false;
    best = Math.max(best, count(name));
  }
  const surname = entry.name.split(/\s+/).at(-1)!;
  return best > count(surname);
}

/** Words before a title that say its person is not the holder on the article's date. */
const NOT_CURRENT = new Set(["former", "ex", "ex-", "late", "then", "outgoing", "incoming", "future", "would-be", "deposed", "erstwhile", "previous", "past"]);

/**
 * Whether the title starting at token `i` is not the dated holder: "the former President of the United
 * States", "ex-Prime Minister", or an apposition that names its own person ("Barack Obama, the President
 * of the United States," in an article dated after his term: the text says who, and the in-article
 * title rules link it to that name).
 */
function notTheHolderNow(toks: Tokenized["tokens"], lower: string[], i: number, taken: (start: number, end: number) => boolean): boolean {
  let k = i - 1;
  const same = (j: number) => j >= 0 && toks[j]!.sentence === toks[i]!.sentence;
  // "ex-Prime Minister" is one token in some texts: "ex-prime".
  if (/^(?:ex|former)-/.test(lower[i]!)) return true;
  // A qualifier may stand between ("the former US President"); so may a country's possessive.
  if (same(k) && /^\p{Lu}/u.test(toks[k]!.text) && lower[k] !== "the" && !NOT_CURRENT.has(lower[k]!)) k--;
  if (same(k) && NOT_CURRENT.has(lower[k]!)) return true;
  if (same(k) && (lower[k] === "the" || lower[k] === "a")) k--;
  if (same(k) && NOT_CURRENT.has(lower[k]!)) return true;
  return same(k) && toks[k]!.text === "," && same(k - 1) && taken(toks[k - 1]!.start, toks[k - 1]!.end);
}

/**
 * "General Court of the European Union", "Bank of England", "Court of Justice of the European Union":
 * a body or place whose name ends in "of/for/in (the)" and a registry name is its own entity, not the
 * registry's. Not a title's phrase ("President of the United States"), which is no name.
 */
function ofComplements(n: NameSpan, overlaps: Candidate[]): boolean {
  if (n.type === "person" || !overlaps.every((r) => r.start > n.start && r.end <= n.end && r.entry?.type !== "person")) return false;
  const words = n.text.split(/\s+/);
  const front = words.slice(0, Math.max(1, words.findIndex((w) => /^(?:of|for|in)$/.test(w))));
  if (!/^\p{Lu}/u.test(front[0]!) || front.every((w) => isTitleWord(w.toLowerCase()))) return false;
  return overlaps.every((r) => /\s(?:of|for|in)(?:\s+the)?\s+$/.test(n.text.slice(0, r.start - n.start)));
}

/**
 * Combines the recogniser's names with registry matches: where they overlap, the registry wins unless
 * the recogniser's name is longer and starts at the same place ("European Union Naval Force" keeps its
 * own entity rather than becoming the EU).
 */
export function combine(model: NameSpan[], registry: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const regSorted = [...registry].sort((a, b) => a.start - b.start);
  const keptModel: Candidate[] = [];
  const droppedRegistry = new Set<Candidate>();
  for (const n of model) {
    const overlaps = regSorted.filter((r) => r.start < n.end && n.start < r.end);
    if (!overlaps.length) {
      keptModel.push({ start: n.start, end: n.end, text: n.text, type: n.type, source: "model", kind: "name" });
      continue;
    }
    const longer = overlaps.length === 1 && overlaps[0]!.start === n.start && n.end > overlaps[0]!.end && n.confidence >= 0.5;
    // "Volodymyr Zelenskiy" around the registry alias "Zelenskiy": the same person when the name
    // before the alias is the entry's first name (not "Hunter Biden" around an alias "Biden" of Joe
    // Biden's). The whole name is the mention, so that no title before it is left a role of its own.
    const r0 = overlaps[0]!;
    const firstName = (t: string) => t.split(/\s+/)[0];
    if (overlaps.length === 1 && r0.start > n.start && r0.end === n.end && n.type === "person" && r0.entry?.type === "person" && n.confidence >= 0.5) {
      droppedRegistry.add(r0);
      const same = firstName(n.text) === firstName(r0.entry.name);
      keptModel.push({ start: n.start, end: n.end, text: n.text, type: "person", source: same ? "registry" : "model", kind: "name", ...(same ? { entry: r0.entry } : {}) });
      continue;
    }
    if (longer || ofComplements(n, overlaps)) {
      for (const r of overlaps) droppedRegistry.add(r);
      keptModel.push({ start: n.start, end: n.end, text: n.text, type: n.type, source: "model", kind: "name" });
      continue;
    }
    // The registry span wins; keep the recogniser's contextual type for places/organisations (a country
    // acting as an agent is an organisation in this sentence).
    for (const r of overlaps) {
      if (r.entry && r.entry.type !== "person" && n.type !== "person" && r.start === n.start && r.end === n.end) r.type = n.type;
    }
  }
  for (const r of regSorted) if (!droppedRegistry.has(r)) out.push(r);
  out.push(...keptModel);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
