/**
 * Measures the recogniser on the GUM news dev set (measure only: never train or tune rules on it).
 * Writes predictions to /tmp/ner-pred.json, scores them with ../shared/eval/score.mjs and writes an
 * error dump (missed gold names, spurious and mistyped predictions, in context) to /tmp/ner-diff.txt.
 *
 *   npx tsx scripts/eval-ner.ts [--gold ../shared/eval/entities-dev.json]
 *
 * Held-out check (general methods only): `npx tsx scripts/train.ts --holdout interview` trains
 * without GUM's Wikinews interviews and writes them as a gold file; then
 *   npx tsx scripts/eval-ner.ts --heldout
 * scores that model on them (gold /tmp/ner-heldout-gold.json, model /tmp/ner-model-heldout.json,
 * errors /tmp/ner-diff-heldout.txt).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { recognizeNames, useModel } from "../src/annotator/ner/index.ts";
import type { ModelFile } from "../src/annotator/ner/weights.ts";
import { tokenize } from "../src/annotator/tokenize.ts";
import { resolve } from "node:path";

const { values: args } = parseArgs({
  options: {
    gold: { type: "string" },
    out: { type: "string" },
    diff: { type: "string" },
    model: { type: "string" },
    heldout: { type: "boolean", default: false },
    /** Skip the document pass (consistency.ts), to measure what it adds. */
    "no-doc-pass": { type: "boolean", default: false },
    /** Print one line of F1 scores instead of the scorer's table. */
    short: { type: "boolean", default: false },
  },
});
const heldout = args.heldout;
args.gold ??= heldout ? "/tmp/ner-heldout-gold.json" : resolve(import.meta.dirname, "../../shared/") + "/eval/entities-dev.json";
args.out ??= heldout ? "/tmp/ner-pred-heldout.json" : "/tmp/ner-pred.json";
args.diff ??= heldout ? "/tmp/ner-diff-heldout.txt" : "/tmp/ner-diff.txt";
args.model ??= heldout ? "/tmp/ner-model-heldout.json" : undefined;
if (args.model) useModel(JSON.parse(readFileSync(args.model, "utf8")) as ModelFile);

interface GoldEntity { type: string; kind: string; start: number; end: number; text: string; nameStart: number | null; nameEnd: number | null; }
interface GoldDoc { id: string; text: string; entities: GoldEntity[]; }

const TYPES = new Set(["person", "organization", "place"]);
const gold = JSON.parse(readFileSync(args.gold, "utf8")) as GoldDoc[];
const predictions = [];
const diff: string[] = [];
const ctx = (text: string, s: number, e: number) =>
  `${text.slice(Math.max(0, s - 40), s)}[[${text.slice(s, e)}]]${text.slice(e, e + 40)}`.replace(/\n/g, " ");

for (const doc of gold) {
  const names = recognizeNames(tokenize(doc.text), { noDocumentPass: args["no-doc-pass"] });
  const entities = names.map((n) => ({ start: n.start, end: n.end, type: n.type, entityId: n.text.toLowerCase() }));
  predictions.push({ id: doc.id, entities, quotes: [] });

  // Error dump, using the scorer's matching rule (contains the bare name, inside the noun phrase).
  // Names nested inside another gold name are not scored ("Texas" in "University of Texas"), as in score.mjs.
  const all = doc.entities.filter((e) => e.kind === "name" && TYPES.has(e.type) && e.nameStart != null);
  const inside = (a: GoldEntity, b: GoldEntity) => b.nameStart! <= a.nameStart! && a.nameEnd! <= b.nameEnd! && b.nameEnd! - b.nameStart! > a.nameEnd! - a.nameStart!;
  const nested = all.filter((g) => all.some((h) => inside(g, h)));
  const golds = all.filter((g) => !nested.includes(g));
  const match = (p: { start: number; end: number }, g: GoldEntity) => p.start <= g.nameStart! && g.nameEnd! <= p.end && g.start <= p.start && p.end <= g.end;
  diff.push(`=== ${doc.id}`);
  for (const g of golds) {
    const p = entities.find((e) => match(e, g));
    if (!p) {
      const overlap = entities.find((e) => e.start < g.nameEnd! && g.nameStart! < e.end);
      diff.push(`MISS ${g.type.padEnd(12)} ${ctx(doc.text, g.nameStart!, g.nameEnd!)}${overlap ? `   (pred ${overlap.type} "${doc.text.slice(overlap.start, overlap.end)}")` : ""}`);
    } else if (p.type !== g.type) {
      diff.push(`TYPE ${g.type.padEnd(12)} pred ${p.type.padEnd(12)} ${ctx(doc.text, g.nameStart!, g.nameEnd!)}`);
    }
  }
  for (const p of entities) {
    if (!golds.some((g) => match(p, g)) && !nested.some((g) => match(p, g))) diff.push(`SPUR ${p.type.padEnd(12)} ${ctx(doc.text, p.start, p.end)}`);
  }
}
writeFileSync(args.out, JSON.stringify(predictions));
writeFileSync(args.diff, diff.join("\n") + "\n");
const scorer = resolve(import.meta.dirname, "../../shared/") + "/eval/score.mjs";
if (args.short) {
  const r = JSON.parse(execFileSync("node", [scorer, args.gold, args.out, "--json"], { encoding: "utf8" })).entities;
  const f = (m: { f1: number }) => m.f1.toFixed(3);
  console.log(`${heldout ? "heldout" : "dev"}: untyped ${f(r.untyped)} typed ${f(r.typed)} person ${f(r.perType.person)} org ${f(r.perType.organization)} place ${f(r.perType.place)} (P ${r.untyped.precision.toFixed(3)} R ${r.untyped.recall.toFixed(3)})`);
} else {
  console.log(execFileSync("node", [scorer, args.gold, args.out], { encoding: "utf8" }).split("\n").slice(0, 6).join("\n"));
}
if (!args.short) console.log(`errors: ${args.diff}`);
