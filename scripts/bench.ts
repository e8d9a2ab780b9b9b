/**
 * `npm run bench -- --articles N` (default 2000): the build's speed and memory on a generated corpus.
 * 1. generates N articles into a temporary folder (scripts/bench/generate.ts);
 * 2. times a cold full build (ingest, annotate, Astro, Pagefind) with the real pipeline;
 * 3. times a bare Astro build of the same Markdown (bench/bare: same Astro, unified(), nothing else);
 * 4. changes one article and times the rebuild;
 * 5. measures the annotator alone in words per second on one core, and the full build's peak memory.
 * Progress goes to stderr; the last line on stdout is one JSON object with the figures.
 * Compare figures as ratios within one run: the machines are shared and noisy.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { annotate } from "../src/annotator/annotate.ts";
import { loadRegistry } from "../src/registry/load.ts";
import { generateCorpus, loadTemplates } from "./bench/generate.ts";
import { run } from "./bench/run.ts";

const { values } = parseArgs({ options: { articles: { type: "string", default: "2000" }, keep: { type: "boolean", default: false } } });
const n = Number(values.articles);
if (!Number.isInteger(n) || n < 1) {
  console.error("usage: npm run bench -- --articles N [--keep]");
  process.exit(2);
}
const repo = resolve(import.meta.dirname, "..");
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
// The build as `npm run build` runs it: Node's own type transform, not tsx, whose esbuild transform keeps
// every closure's name at a cost of about a fifth of the annotator's speed (README, "Scale").
const NODE_TS = ["--experimental-transform-types", "--disable-warning=ExperimentalWarning"];
const astro = join(repo, "node_modules/astro/bin/astro.mjs");

const root = await mkdtemp(join(tmpdir(), `bench-${n}-`));
log(`working in ${root}`);
const { registry } = await loadRegistry(join(repo, "content/entities"), repo);
const templates = await loadTemplates(join(repo, "content/articles"), registry);
log(`generating ${n} articles from ${templates.length} sample paragraphs`);
const { words } = await generateCorpus({ n, outRoot: root, templates, registryDir: join(repo, "content/entities") });

const out = join(root, "dist");
const fullArgs = [...NODE_TS, join(repo, "scripts/build.ts"), "--root", root, "--out", out];
log("cold full build (ingest, annotate, Astro, Pagefind)");
const full = await run(process.execPath, fullArgs, { CI: "1" }, "full");
if (full.code !== 0) fail("full build", full.output);
log(`full build: ${full.seconds.toFixed(1)} s, peak ${full.peakRssMB} MB`);
logReport("full", full.output);

log("bare Astro build of the same Markdown");
// Astro puts its prerender chunks under `<cwd>/.astro/` when the output folder is outside the working
// folder; they import packages, so that folder must be inside the project, and one of its own (builds of
// other processes delete theirs when they end).
const bareCwd = join(repo, "bench/bare", `.run-${process.pid}`);
await mkdir(bareCwd, { recursive: true });
const bare = await run(process.execPath, [astro, "build", "--root", join(repo, "bench/bare")], { BARE_CONTENT: join(root, "content/articles"), BARE_OUT: join(root, "bare-dist"), BARE_CACHE: join(root, ".bare-cache") }, "bare", bareCwd);
await rm(bareCwd, { recursive: true, force: true });
if (bare.code !== 0) fail("bare build", bare.output);
log(`bare build: ${bare.seconds.toFixed(1)} s`);

// Change one article's source and rebuild.
const sourcesDir = join(root, "content/sources");
const first = join(sourcesDir, (await readdir(sourcesDir)).sort()[0]!);
await writeFile(first, `${(await readFile(first, "utf8")).trimEnd()}\n\nThe benchmark changed this paragraph, said Amara Okafor.\n`);
log("rebuild after changing one article");
const again = await run(process.execPath, fullArgs, { CI: "1" }, "rebuild");
if (again.code !== 0) fail("rebuild", again.output);
log(`rebuild: ${again.seconds.toFixed(1)} s, peak ${again.peakRssMB} MB`);
logReport("rebuild", again.output);

// The annotator alone, in this process (one core), over the ingested article texts.
const articlesDir = join(root, "content/articles");
const texts: string[] = [];
for (const name of (await readdir(articlesDir)).filter((f) => f.endsWith(".md"))) texts.push((await readFile(join(articlesDir, name), "utf8")).replace(/^---\n[\s\S]*?\n---\n/, ""));
const sample = texts.slice(0, Math.min(texts.length, 500));
for (const t of sample.slice(0, 20)) annotate(t, { registry }); // warm-up
const started = performance.now();
let annotatedWords = 0;
for (const t of sample) {
  annotate(t, { registry, date: "2025-05-12" });
  annotatedWords += t.split(/\s+/).length;
}
const annotateWordsPerSecond = Math.round(annotatedWords / ((performance.now() - started) / 1000));

const corpus = JSON.parse(await readFile(join(root, ".cache/corpus.json"), "utf8")) as { entities?: unknown[] | Record<string, unknown> };
const entities = Array.isArray(corpus.entities) ? corpus.entities.length : Object.keys(corpus.entities ?? {}).length;
const pages = await countPages(out);
const result = {
  articles: n,
  words,
  entities,
  pages,
  fullBuildSeconds: round(full.seconds),
  bareAstroSeconds: round(bare.seconds),
  ratio: round(full.seconds / bare.seconds),
  rebuildOneSeconds: round(again.seconds),
  rebuildRatio: round(again.seconds / full.seconds),
  annotateWordsPerSecond,
  peakRssMB: Math.max(full.peakRssMB, again.peakRssMB),
};
if (!values.keep) await rm(root, { recursive: true, force: true });
console.log(JSON.stringify(result));

/** The build's own report (pages, time per stage) on stderr, for growth with N. */
function logReport(label: string, output: string): void {
  for (const line of output.split("\n")) if (/^\s+(articles|entities|pages|memory|time) |^build: pagefind /.test(line)) log(`${label}: ${line.trim()}`);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

async function countPages(dir: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { recursive: true })) if (entry.endsWith(".html") && (await stat(join(dir, entry))).isFile()) count++;
  return count;
}

function fail(what: string, output: string): never {
  console.error(`bench: ${what} failed:\n${output.slice(-4000)}`);
  process.exit(1);
}
