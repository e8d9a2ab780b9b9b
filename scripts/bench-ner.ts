/**
 * Words per second of the recogniser on the sample articles (tokenizing timed separately).
 *
 *   npx tsx scripts/bench-ner.ts [--rounds 20]
 */
import { readFileSync, readdirSync } from "node:fs";
import { parseArgs } from "node:util";
import { recognizeNames } from "../src/annotator/ner/index.ts";
import { tokenize } from "../src/annotator/tokenize.ts";
import { resolve } from "node:path";

const { values: args } = parseArgs({ options: { rounds: { type: "string", default: "20" }, samples: { type: "string", default: resolve(import.meta.dirname, "../../shared/") + "/samples" } } });
const texts: string[] = [readFileSync(`${args.samples}/000_bb54760f6e2efa78.txt`, "utf8")];
for (const f of readdirSync(`${args.samples}/wikinews`).sort()) {
  // Drop the front matter: only article text is annotated.
  texts.push(readFileSync(`${args.samples}/wikinews/${f}`, "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""));
}
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
const tokenized = texts.map((t) => tokenize(t));
for (const t of tokenized) recognizeNames(t); // warm-up: model load and JIT

const rounds = Number(args.rounds);
let t0 = performance.now();
for (let r = 0; r < rounds; r++) for (const t of texts) tokenize(t);
const tokenizeMs = performance.now() - t0;
t0 = performance.now();
const cpu0 = process.cpuUsage();
let names = 0;
for (let r = 0; r < rounds; r++) for (const t of tokenized) names += recognizeNames(t).length;
const nerMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
// CPU time (user + system) of this process: the machine is shared, so wall time overstates the cost.
const nerCpuMs = (cpu.user + cpu.system) / 1000;
const total = words * rounds;
console.log(`${texts.length} texts, ${words} words x ${rounds} rounds (${names / rounds} names per round)`);
console.log(`recognizeNames: ${Math.round(total / (nerMs / 1000)).toLocaleString("en")} words/s (wall), ${Math.round(total / (nerCpuMs / 1000)).toLocaleString("en")} words per CPU second`);
console.log(`tokenize:       ${Math.round(total / (tokenizeMs / 1000)).toLocaleString("en")} words/s`);
console.log(`both:           ${Math.round(total / ((nerMs + tokenizeMs) / 1000)).toLocaleString("en")} words/s`);
