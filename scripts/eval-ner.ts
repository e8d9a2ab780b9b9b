/**
 * Measures the recogniser on the GUM news dev set (measure only: never train or tune rules on it).
 * Writes predictions to /tmp/ner-pred.json, scores them with ../shared/eval/score.mjs and writes an
 * error dump (missed gold names, spurious and mistyped predictions, in context) to /tmp/ner-diff.txt.
 *
 *   npx tsx scripts/eval-ner.ts [--gold ../shared/eval/entities-dev.json]
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { recognizeNames } from "../src/annotator/ner/index.ts";
import { tokenize } from "../src/annotator/tokenize.ts";
import { resolve } from "node:path";

const { values: args } = parseArgs({
  options: {
    gold: { type: "string", default: resolve(import.meta.dirname, "../../shared/") + "/eval/entities-dev.json" },
    out: { type: "string", default: "/tmp/ner-pred.json" },
    diff: { type: "string", default: "/tmp/ner-diff.txt" },
  },
});

interface GoldEntity { type: string; kind: string; start: number; end: number; text: string; nameStart: number | null; nameEnd: number | null; }
interface GoldDoc { id: string; text: string; entities: GoldEntity[]; }

const TYPES = new Set(["person", "organization", "place"]);
const gold = JSON.parse(readFileSync(args.gold, "utf8")) as GoldDoc[];
const predictions = [];
const diff: string[] = [];
const ctx = (text: string, s: number, e: number) =>
  `${text.slice(Math.max(0, s - 40), s)}[[${text.slice(s, e)}]]${text.slice(e, e + 40)}`.replace(/\n/g, " ");

for (const doc of gold) {
  const names = recognizeNames(tokenize(doc.text));
  const entities = names.map((n) => ({ start: n.start, end: n.end, type: n.type, entityId: n.text.toLowerCase() }));
  predictions.push({ id: doc.id, entities, quotes: [] });

  // Error dump, using the scorer's matching rule (contains the bare name, inside the noun phrase).
  const golds = doc.entities.filter((e) => e.kind === "name" && TYPES.has(e.type) && e.nameStart != null);
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
    if (!golds.some((g) => match(p, g))) diff.push(`SPUR ${p.type.padEnd(12)} ${ctx(doc.text, p.start, p.end)}`);
  }
}
writeFileSync(args.out, JSON.stringify(predictions));
writeFileSync(args.diff, diff.join("\n") + "\n");
console.log(execFileSync("node", [resolve(import.meta.dirname, "../../shared/") + "/eval/score.mjs", args.gold, args.out], { encoding: "utf8" }).split("\n").slice(0, 6).join("\n"));
console.log(`errors: ${args.diff}`);
