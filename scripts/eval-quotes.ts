/**
 * Measures quote detection and speaker attribution on the GUM dev set with the shared scorer.
 *
 *   npx tsx scripts/eval-quotes.ts [--gold GOLD.json] [--out DIR] [--verbose]
 *
 * Two settings:
 * - `gold-names`: the quote stage gets the GOLD name mentions (kind "name", person/organization/place,
 *   entityId = gold id), as the linking stage would give them at its best; pronoun and nominal mentions
 *   are withheld because production never has them. Measures the quote stage alone.
 * - `pipeline`: the real `annotate()` (NER + linking + quotes), whatever state those stages are in.
 *
 * Speaker phrases are written as `npm run predict` writes them (scripts/speaker-mentions.ts): a group
 * speaker under an id of its own, a named speaker's title phrase under the speaker's id, both untyped.
 *
 * Only `speech` quotations are written (the gold `quote` tag); scare quotes are the gold `q` tag, which
 * the scorer neither credits nor counts against. A quotation running over several paragraphs is written
 * as one prediction per paragraph, because that is how the gold represents it (GUM's `<quote>` elements
 * cannot cross paragraphs; the converter only merges within a paragraph).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { annotate } from "../src/annotator/annotate.ts";
import { isEntityType, type Entity, type EntityType, type Mention, type Quote } from "../src/annotator/model.ts";
import { annotateQuotes } from "../src/annotator/quotes/index.ts";
import { tokenize, type Tokenized } from "../src/annotator/tokenize.ts";
import { speakerMentions } from "./speaker-mentions.ts";

interface GoldEntity {
  start: number;
  end: number;
  text: string;
  type: string;
  id: string;
  kind: string;
  headStart: number;
  headEnd: number;
}
interface GoldQuote {
  start: number;
  end: number;
  text: string;
  tag: string;
  speakerEntityId: string | null;
  speaker: string | null;
}
interface GoldDoc {
  id: string;
  text: string;
  entities: GoldEntity[];
  quotes: GoldQuote[];
}
interface Prediction {
  id: string;
  /** Speaker phrases (group speakers, titles) come without a type: they are not names. */
  entities: { start: number; end: number; type?: EntityType; entityId: string }[];
  quotes: { start: number; end: number; speakerEntityId: string | null }[];
}

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const goldPath = flag("--gold") ?? resolve(import.meta.dirname, "../../shared/") + "/eval/entities-dev.json";
const outDir = flag("--out") ?? ".cache/eval-quotes";
const verbose = args.includes("--verbose");
const scorer = join(goldPath, "..", "score.mjs");
const gold = JSON.parse(readFileSync(goldPath, "utf8")) as GoldDoc[];
mkdirSync(outDir, { recursive: true });

/** One prediction per paragraph piece of a speech quotation (see the header). */
function predictedQuotes(tok: Tokenized, quotes: Quote[]): Prediction["quotes"] {
  const out: Prediction["quotes"] = [];
  const { idOf } = speakerMentions(quotes);
  for (const q of quotes) {
    if (q.kind !== "speech") continue;
    for (const para of tok.paragraphs) {
      const start = Math.max(q.start, para.start);
      const end = Math.min(q.end, para.end);
      if (end > start && /\S/.test(tok.text.slice(start, end))) out.push({ start, end, speakerEntityId: idOf(q) });
    }
  }
  return out;
}

function goldNameSetting(doc: GoldDoc, tok: Tokenized): { mentions: Mention[]; entities: Entity[] } {
  const mentions: Mention[] = [];
  const entities = new Map<string, Entity>();
  for (const e of doc.entities) {
    if (e.kind !== "name" || !isEntityType(e.type)) continue;
    mentions.push({ start: e.start, end: e.end, text: e.text, entityId: e.id, type: e.type, kind: "name", source: "model" });
    if (!entities.has(e.id)) entities.set(e.id, { id: e.id, name: e.text, type: e.type, aliases: [], roles: [], inRegistry: false });
  }
  void tok;
  return { mentions, entities: [...entities.values()] };
}

function score(gold: string, predictions: string): string {
  return execFileSync("node", [scorer, gold, predictions], { encoding: "utf8" }).trim();
}

// Diagnostics beside the official score: (1) the documents GUM annotated for quotations at all (three
// dev documents, hackers, ie9 and warming, quote people in the text but carry no quote markup, so every
// quotation found there counts as a false positive); (2) how many judged speakers name-only mentions can reach (a speaker GUM gives
// only as a noun phrase, "The report's authors", "the city", has no name mention to point to).
const annotatedGold = join(outDir, "gold-annotated.json");
writeFileSync(annotatedGold, JSON.stringify(gold.filter((d) => d.quotes.length > 0)));

function report(setting: string, predictions: Prediction[], details: Map<string, Quote[]>): void {
  const path = join(outDir, `${setting}.json`);
  writeFileSync(path, JSON.stringify(predictions));
  console.log(`\n== ${setting} (${path})`);
  console.log(score(goldPath, path));
  const quoteLines = score(annotatedGold, path).split("\n").filter((l) => /^(quotes|speaker)/.test(l));
  console.log(`-- only the ${gold.filter((d) => d.quotes.length > 0).length} documents with GUM quote markup:`);
  for (const line of quoteLines) console.log(`   ${line}`);
  let judged = 0;
  let reachable = 0;
  for (const doc of gold) {
    for (const g of doc.quotes) {
      if (g.tag !== "quote" || !g.speakerEntityId) continue;
      judged++;
      if (doc.entities.some((e) => e.id === g.speakerEntityId && e.kind === "name")) reachable++;
    }
  }
  console.log(`-- gold speakers with a name mention somewhere in their document: ${reachable} of ${judged}`);
  if (!verbose) return;
  for (const doc of gold) {
    const pred = predictions.find((p) => p.id === doc.id)!;
    const quotes = details.get(doc.id) ?? [];
    const iou = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
    for (const g of doc.quotes.filter((x) => x.tag === "quote")) {
      const p = pred.quotes.find((x) => iou(x, g) >= 0.5);
      // Right speaker as the scorer judges it: a predicted mention of the predicted entity covers the
      // head of some gold mention of the gold speaker.
      const right =
        !!p &&
        !!g.speakerEntityId &&
        pred.entities.some((pm) => pm.entityId === p.speakerEntityId && doc.entities.some((gm) => gm.id === g.speakerEntityId && pm.start <= gm.headStart && gm.headEnd <= pm.end));
      const mark = !p ? "MISS" : !g.speakerEntityId || right ? "ok  " : "SPKR";
      if (mark === "ok  " && !args.includes("--all")) continue;
      console.log(`${mark} ${doc.id} gold=${g.speakerEntityId} pred=${p?.speakerEntityId ?? "-"} ${JSON.stringify(g.text.slice(0, 70))}`);
    }
    for (const p of pred.quotes) {
      if (doc.quotes.some((g) => iou(p, g) >= 0.5)) continue;
      console.log(`FP   ${doc.id} ${JSON.stringify(doc.text.slice(p.start, Math.min(p.end, p.start + 70)))}`);
    }
    for (const q of quotes.filter((x) => x.kind === "scare")) {
      if (doc.quotes.some((g) => g.tag === "quote" && iou(q, g) >= 0.5)) continue;
      if (args.includes("--scare")) console.log(`scr  ${doc.id} ${JSON.stringify(q.text.slice(0, 60))}`);
    }
  }
}

// Gold-name setting.
{
  const predictions: Prediction[] = [];
  const details = new Map<string, Quote[]>();
  let words = 0;
  const t0 = performance.now();
  for (const doc of gold) {
    const tok = tokenize(doc.text);
    const { mentions, entities } = goldNameSetting(doc, tok);
    const quotes = annotateQuotes(tok, mentions, entities, {});
    words += doc.text.split(/\s+/).length;
    details.set(doc.id, quotes);
    predictions.push({
      id: doc.id,
      entities: [...mentions.map((m) => ({ start: m.start, end: m.end, type: m.type, entityId: m.entityId })), ...speakerMentions(quotes).mentions],
      quotes: predictedQuotes(tok, quotes),
    });
  }
  const ms = performance.now() - t0;
  report("gold-names", predictions, details);
  console.log(`(tokenize + quote stage: ${Math.round(words / (ms / 1000)).toLocaleString("en")} words/s, first run)`);
}

// Real pipeline.
{
  const predictions: Prediction[] = [];
  const details = new Map<string, Quote[]>();
  for (const doc of gold) {
    const tok = tokenize(doc.text);
    const result = annotate(doc.text, {});
    details.set(doc.id, result.quotes);
    predictions.push({
      id: doc.id,
      entities: [...result.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type, entityId: m.entityId })), ...speakerMentions(result.quotes).mentions],
      quotes: predictedQuotes(tok, result.quotes),
    });
  }
  report("pipeline", predictions, details);
}
