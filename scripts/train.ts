/**
 * Trains the NER tagger on ../shared/train (GUM non-news, re3d, wikigold) and writes
 * src/annotator/ner/model.json. Reproducible: fixed seed, fixed document order.
 *
 *   npm run train [-- --epochs 12 --gum 1 --re3d 1 --wikigold 1 --data ../shared/train]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ENTITY_TYPES, type EntityType } from "../src/annotator/model.ts";
import { tokenize } from "../src/annotator/tokenize.ts";
import { isTitleWord } from "../src/annotator/ner/lexicon.ts";
import { encodeSpans } from "../src/annotator/ner/tags.ts";
import { trainPerceptron, type TrainDoc } from "../src/annotator/ner/trainer.ts";
import { toWords } from "../src/annotator/ner/words.ts";
import { resolve } from "node:path";

const { values: args } = parseArgs({
  options: {
    data: { type: "string", default: resolve(import.meta.dirname, "../../shared/") + "/train" },
    out: { type: "string" },
    epochs: { type: "string", default: "12" },
    /** Comma-separated shuffle seeds; one perceptron each, weights averaged (less seed variance). */
    seeds: { type: "string", default: "1,2,3,4,5,6" },
    "min-count": { type: "string", default: "2" },
    /** Averaged weights below this are dropped (they range over about ±100; 1 costs no accuracy here). */
    prune: { type: "string", default: "1" },
    gum: { type: "string", default: "1" },
    re3d: { type: "string", default: "1" },
    wikigold: { type: "string", default: "1" },
    "word-dropout": { type: "string", default: "0.2" },
    /** Wikigold's misc spans (events, works, products, nationalities): "unsure" or "O" (not names). */
    "wikigold-misc": { type: "string", default: "unsure" },
    /**
     * Hold out one GUM genre (e.g. "interview": Wikinews interviews, news-like): train without it,
     * write the model to /tmp/ner-model-heldout.json (unless --out) and the held-out documents as a
     * gold file in the shape of entities-dev.json to /tmp/ner-heldout-gold.json, for
     * `npx tsx scripts/eval-ner.ts --heldout`.
     */
    holdout: { type: "string" },
    /** Rebuild data/dictionary.json from a SCOWL word list (Debian package wamerican) before training. */
    dict: { type: "string" },
    /** Rebuild data/person-names.json from @faker-js/faker's locale data (path to its dist/index.js). */
    faker: { type: "string" },
  },
});

// The lexicon is imported (and frozen) before this runs, so rebuilding word lists is its own step.
if (args.dict || args.faker) {
  if (args.dict) buildDictionary(args.dict, new URL("../src/annotator/ner/data/dictionary.json", import.meta.url).pathname);
  if (args.faker) await buildPersonNames(args.faker, new URL("../src/annotator/ner/data/person-names.json", import.meta.url).pathname);
  process.exit(0);
}

/**
 * First names and surnames in Latin script from every locale of @faker-js/faker (MIT), for the
 * "known first name" / "known surname" features: news names people from everywhere.
 */
async function buildPersonNames(fakerIndex: string, out: string): Promise<void> {
  const { allLocales } = (await import(fakerIndex)) as { allLocales: Record<string, { person?: { first_name?: unknown; last_name?: unknown } }> };
  const flat = (v: unknown): string[] => (Array.isArray(v) ? v.flatMap(flat) : typeof v === "string" ? [v] : v && typeof v === "object" ? Object.values(v).flatMap(flat) : []);
  const latin = /^[A-Z][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’-]+$/u;
  const first = new Set<string>(), last = new Set<string>();
  for (const [name, locale] of Object.entries(allLocales)) {
    if (name === "base" || name.startsWith("en_BORK") || name === "en_AU_ocker" || !locale.person) continue;
    for (const f of flat(locale.person.first_name)) if (latin.test(f)) first.add(f);
    for (const l of flat(locale.person.last_name)) if (latin.test(l)) last.add(l);
  }
  const data = { source: "@faker-js/faker locale data (MIT, see CREDITS.md)", first: [...first].sort().join(" "), last: [...last].sort().join(" ") };
  writeFileSync(out, JSON.stringify(data));
  console.log(`person names: ${first.size} first, ${last.size} last -> ${out}`);
}

/**
 * The dictionary feature: SCOWL's capitalised entries (proper nouns: "Putin", "Twitter") and its
 * lower-case words, without possessives and without regular inflections whose base is listed (the
 * look-up strips those suffixes again), so the shipped file stays small.
 */
function buildDictionary(source: string, out: string): void {
  const words = readFileSync(source, "utf8").split("\n").filter((w) => w && !/['’]s$/.test(w));
  const proper = words.filter((w) => /^\p{Lu}/u.test(w));
  const lower = new Set(words.filter((w) => /^\p{Ll}/u.test(w)));
  const inflected = (w: string) => ["s", "es", "ed", "d", "ing", "ly"].some((s) => w.endsWith(s) && lower.has(w.slice(0, -s.length)));
  const common = [...lower].filter((w) => !inflected(w));
  const data = { source: "SCOWL via Debian wamerican (Copyright 2000-2011 Kevin Atkinson; see CREDITS.md)", proper: proper.join(" "), common: common.join(" ") };
  writeFileSync(out, JSON.stringify(data));
  console.log(`dictionary: ${proper.length} proper, ${common.length} common words -> ${out}`);
}

interface GoldEntity { type: string; kind: string; start: number; end: number; nameStart?: number | null; nameEnd?: number | null; }
interface GoldDoc { id: string; text: string; genre?: string; entities: GoldEntity[]; }

const stats = { spans: 0, misaligned: 0, overlapping: 0, titleOnly: 0 };

/**
 * `unsure`: "capitalised" marks every capitalised word outside a gold name as possibly an unannotated
 * name (re3d leaves many out, e.g. coalition member lists); "misc" marks wikigold's misc spans, which
 * GUM partly types as names ("Muslims" is a person name in GUM, misc in wikigold).
 */
function toTrainDoc(doc: GoldDoc, weight: number, unsure?: "capitalised" | "misc"): TrainDoc {
  const view = toWords(tokenize(doc.text));
  const { words } = view;
  const spans: { start: number; end: number; typeIndex: number }[] = [];
  const candidates = doc.entities
    .filter((e) => e.kind === "name" && (ENTITY_TYPES as readonly string[]).includes(e.type) && e.nameStart != null && e.nameEnd != null)
    .map((e) => ({ s: e.nameStart!, e: e.nameEnd!, typeIndex: ENTITY_TYPES.indexOf(e.type as EntityType) }))
    // Outer names first, so "University of Texas Arlington" wins over the "Texas" inside it.
    .sort((x, y) => y.e - y.s - (x.e - x.s) || x.s - y.s);
  const taken = new Uint8Array(words.length);
  for (const c of candidates) {
    const name = doc.text.slice(c.s, c.e);
    // GUM tags bare titles ("the President") as names; the product does not annotate those as names.
    if (!name.includes(" ") && isTitleWord(name.toLowerCase().replace(/\.$/, ""))) { stats.titleOnly++; continue; }
    let ws = -1, we = -1;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.start >= c.s && w.end <= c.e) { if (ws < 0) ws = i; we = i + 1; }
      else if (w.start >= c.e) break;
    }
    if (ws < 0 || words[ws]!.start !== c.s || words[we - 1]!.end !== c.e) { stats.misaligned++; continue; }
    let clash = false;
    for (let i = ws; i < we; i++) if (taken[i]) clash = true;
    if (clash) { stats.overlapping++; continue; }
    // A name must not cross a sentence boundary, or BILOU decoding per sentence cannot produce it.
    const crosses = view.sentStart.some((b) => b > ws && b < we);
    if (crosses) { stats.misaligned++; continue; }
    for (let i = ws; i < we; i++) taken[i] = 1;
    spans.push({ start: ws, end: we, typeIndex: c.typeIndex });
    stats.spans++;
  }
  const tags = encodeSpans(words.length, spans);
  let unsureWords: Uint8Array | undefined;
  if (unsure === "capitalised") {
    unsureWords = new Uint8Array(words.length);
    for (let i = 0; i < words.length; i++) if (tags[i] === 0 && /^\p{Lu}/u.test(words[i]!.text)) unsureWords[i] = 1;
  } else if (unsure === "misc") {
    unsureWords = new Uint8Array(words.length);
    for (const e of doc.entities) {
      if (e.type !== "misc") continue;
      for (let i = 0; i < words.length; i++) if (words[i]!.start >= e.start && words[i]!.end <= e.end && tags[i] === 0) unsureWords[i] = 1;
    }
  }
  return { view, tags, weight, unsure: unsureWords };
}

const load = (file: string): GoldDoc[] => JSON.parse(readFileSync(`${args.data}/${file}`, "utf8")) as GoldDoc[];
const sources: [string, number, "capitalised" | "misc" | undefined][] = [
  ["gum-nonnews.json", Number(args.gum), undefined],
  ["re3d.json", Number(args.re3d), "capitalised"],
  ["wikigold.json", Number(args.wikigold), args["wikigold-misc"] === "O" ? undefined : "misc"],
];
const docs: TrainDoc[] = [];
const out = args.out ?? (args.holdout ? "/tmp/ner-model-heldout.json" : new URL("../src/annotator/ner/model.json", import.meta.url).pathname);
const heldOut: GoldDoc[] = [];
for (const [file, weight, unsure] of sources) {
  if (weight <= 0) continue;
  const before = stats.spans;
  for (const d of load(file)) {
    if (args.holdout && d.genre === args.holdout) { heldOut.push(d); continue; }
    docs.push(toTrainDoc(d, weight, unsure));
  }
  console.log(`${file}: weight ${weight}, ${stats.spans - before} name spans`);
}
if (args.holdout) {
  if (!heldOut.length) throw new Error(`no documents of genre ${args.holdout}`);
  // Other genres get a file of their own, so that several held-out checks can run side by side.
  const goldOut = args.holdout === "interview" ? "/tmp/ner-heldout-gold.json" : `/tmp/ner-heldout-gold-${args.holdout}.json`;
  writeFileSync(goldOut, JSON.stringify(heldOut));
  console.log(`held out ${heldOut.length} ${args.holdout} documents -> ${goldOut}`);
}
console.log(`spans ${stats.spans}, misaligned ${stats.misaligned}, overlapping ${stats.overlapping}, title-only dropped ${stats.titleOnly}`);

const t0 = performance.now();
const model = trainPerceptron(docs, {
  epochs: Number(args.epochs),
  seeds: args.seeds.split(",").map(Number),
  minCount: Number(args["min-count"]),
  prune: Number(args.prune),
  wordDropout: Number(args["word-dropout"]),
  log: (l) => console.log(l),
});
model.meta = { trainedOn: sources.filter(([, w]) => w > 0).map(([f, w]) => `${f}*${w}`), epochs: Number(args.epochs), seeds: args.seeds, ...(args.holdout ? { heldOut: args.holdout } : {}) };
const json = JSON.stringify(model);
writeFileSync(out, json);
console.log(`wrote ${out}: ${(json.length / 1e6).toFixed(2)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
