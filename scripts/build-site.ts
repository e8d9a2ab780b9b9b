/**
 * The build itself (started by scripts/build.ts, which gives it its heap limit): ingest -> registry ->
 * corpus (a worker thread) -> Astro static build (a process of its own: this script with --astro-stage)
 * -> Pagefind index. Each stage's memory is freed before the next one starts.
 *
 *   npm run build                        # content/ of this folder, output in dist/
 *   npm run build -- --strict            # error messages fail the exit code (also STRICT=1)
 *   npm run build -- --out /tmp/site    # output folder (also OUT_DIR)
 *   npm run build -- --root /tmp/tree   # folder holding content/ and .cache/ (also CONTENT_ROOT)
 *   BASE_PATH=/news/ SITE_URL=https://example.org npm run build
 */
import { mkdir, readdir, readFile, rm, rmdir, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Registry } from "../src/annotator/model.ts";
import type { CorpusStats } from "../src/corpus/build-corpus.ts";
import { defaultCorpusPath } from "../src/corpus/paths.ts";
import { BuildError, type BuildMessage, formatMessage } from "../src/lib/messages.ts";
import type { PublishedId } from "../src/annotator/link/corpus.ts";
// Ingest, the registry and the id ledger are imported where they are used, below the Astro stage's
// branch: that process (this script again) needs none of them, and loading them (their parsers: the
// HTML and Markdown libraries, YAML) took about a second of its start, on every build.

const { values } = parseArgs({
  options: {
    strict: { type: "boolean", default: false },
    out: { type: "string" },
    root: { type: "string" },
    "skip-ingest": { type: "boolean", default: false },
    // Internal: this process is the Astro build that the main build process started (see step 4).
    "astro-stage": { type: "boolean", default: false },
  },
});

const projectDir = resolve(import.meta.dirname, "..");
const root = resolve(values.root ?? process.env.CONTENT_ROOT ?? projectDir);
const outDir = resolve(values.out ?? process.env.OUT_DIR ?? join(projectDir, "dist"));
const strict = values.strict || process.env.STRICT === "1";
// astro.config.mjs and the pages read these (in the Astro process, which inherits them).
process.env.CONTENT_ROOT = root;
// Vite reads these from the environment into import.meta.env, overriding Astro's base path (a parent
// process such as Vitest sets them); the base comes from BASE_PATH only.
for (const name of ["BASE_URL", "MODE", "DEV", "PROD", "SSR"]) delete process.env[name];
process.env.CORPUS_PATH = defaultCorpusPath(root);

const messages: BuildMessage[] = [];
/** Warnings printed one by one; past this many they are only counted (VERBOSE=1 prints them all). */
const MAX_WARNINGS_SHOWN = process.env.VERBOSE === "1" ? Infinity : 50;
let warningsShown = 0;
const report = (list: BuildMessage[]) => {
  for (const m of list) {
    if (m.severity === "error") console.error(formatMessage(m));
    else if (warningsShown++ < MAX_WARNINGS_SHOWN) console.log(formatMessage(m));
  }
  messages.push(...list);
};
const stageSeconds: [string, number][] = [];
/** Peak memory of this process by kind, sampled every second (the report shows it; Pagefind's own process is not counted). */
const peakMemory = { rss: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
const memorySampler = setInterval(() => {
  const m = process.memoryUsage();
  for (const k of Object.keys(peakMemory) as (keyof typeof peakMemory)[]) peakMemory[k] = Math.max(peakMemory[k], m[k]);
}, 1000);
memorySampler.unref();
const time = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  const result = await run();
  const seconds = (performance.now() - started) / 1000;
  stageSeconds.push([label, seconds]);
  console.log(`build: ${label} in ${seconds.toFixed(1)}s`);
  return result;
};
/** Progress lines for long builds, at most one every two seconds per kind (and the last one). */
const progress = (() => {
  const last = new Map<string, number>();
  return (kind: string, done: number, total: number | undefined, what: string) => {
    const now = performance.now();
    if (done !== total && now - (last.get(kind) ?? 0) < 2000) return;
    last.set(kind, now);
    process.stderr.write(`progress: ${done}${total === undefined ? "" : ` of ${total}`} ${what}\n`);
  };
})();

/** Astro's own log level (ASTRO_LOG_LEVEL=info shows its timings); warnings and errors by default. */
function astroLogLevel(): "debug" | "info" | "warn" | "error" {
  const level = process.env.ASTRO_LOG_LEVEL;
  return level === "debug" || level === "info" || level === "error" ? level : "warn";
}
const ASTRO_STATS = "@@astro-process ";

if (values["astro-stage"]) {
  // The Astro build in a process of its own (started by step 4 below): it ends, and frees all it held,
  // before the search index is built.
  await astroBuild();
  console.log(`${ASTRO_STATS}${JSON.stringify(peakMemory)}`);
  process.exit(0);
}

// The corpus stage's thread (step 3) is started now: loading its code (the annotator and its model, about
// 0.7 s) overlaps ingest and the registry, and it starts work when step 3 sends it the registry.
const corpusThread = startCorpusStage();

// 1. Ingest content/sources -> content/articles (articles an editor changed are left alone).
if (!values["skip-ingest"]) {
  const { ingestAll } = await import("../src/ingest/index.ts");
  // Strict: a source with errors stops the build before ingest writes anything into content/.
  const result = await time("ingest", () => ingestAll({ sourcesDir: "content/sources", articlesDir: "content/articles", root, strict })).catch((error: unknown) => {
    if (!(error instanceof BuildError)) throw error;
    report(error.messages);
    console.error(`build: ${error.messages.filter((m) => m.severity === "error").length} error(s) in strict mode: the site was not built (ingest wrote nothing)`);
    process.exit(1);
  });
  report(result.messages);
}

// 2. Registry (content/entities/*.yaml; an empty registry when the folder does not exist).
const { loadRegistry } = await import("../src/registry/load.ts");
const { appendIdLedger, ID_LEDGER_FILE } = await import("../src/registry/id-ledger.ts");
const { loadIdLedgerCached } = await import("../src/corpus/ledger-cache.ts");
const { registry, messages: registryMessages } = await loadRegistry(join(root, "content", "entities"), root);
report(registryMessages);
// The ids earlier builds published (content/entities/_ids.yaml): discovered entities keep their pages.
const ledgerPath = join(root, "content", "entities", ID_LEDGER_FILE);
// Its parse is kept in .cache/ while the file's bytes are unchanged (half a second at 4,500 ids).
const ledgerCache = join(root, ".cache", "id-ledger.json");
const { ledger, messages: ledgerMessages } = await loadIdLedgerCached(ledgerPath, join("content", "entities", ID_LEDGER_FILE), ledgerCache);
report(ledgerMessages);

// 3. Corpus: annotations (cached per article in .cache/annotations/), entities, quotes.
// In a worker thread of its own: what the stage holds is freed with the thread before Astro starts.
const { messages: corpusMessages, stats, newIds } = await time("corpus", () => corpusThread.run({ articlesDir: join(root, "content", "articles"), root, registry, published: ledger.entries }));
report(corpusMessages);
const entityCount = Object.values(stats.entitiesByType).reduce((a, b) => a + b, 0);
console.log(`build: corpus: ${stats.articles} articles (${stats.annotated} annotated, the rest cached), ${entityCount} entities, ${stats.quotes} quotes`);

// A strict build stops here when the content has errors: no site is published from broken content.
if (strict && messages.some((m) => m.severity === "error")) {
  console.error(`build: ${messages.filter((m) => m.severity === "error").length} error(s) in strict mode: the site was not built`);
  process.exit(1);
}

// 4. Astro, in a process of its own; then the search index (Pagefind), in this one. Astro's memory (every
// page's data, its bundles) and Pagefind's (the whole index) were held at the same time when the index
// was built in Astro's build:done hook: together they were the build's peak. Pages whose data did not
// change are reused by Astro's incremental build (keyed by the corpus's page keys).
const searchPagesFile = join(root, ".cache", "astro", "search-pages.json");
await rm(searchPagesFile, { force: true });
const astro = await time("astro", () => astroProcess(searchPagesFile));
const pagesWritten = astro.pages;
const searchPages = JSON.parse(await readFile(searchPagesFile, "utf8")) as { site: string; files: string[] };
const { indexSite } = await import("../src/integrations/pagefind.ts");
// Shards whose pages and records did not change are kept (.cache/search-shards.json remembers what each was built from).
await time("search", () => indexSite(searchPages.site, searchPages.files, { cacheFile: join(root, ".cache", "search-shards.json") }));
console.log(`build: site written to ${outDir}`);
// Only a build that published its pages promises their ids (a failed or strict-stopped one writes nothing).
const recorded = await appendIdLedger(ledgerPath, ledger, newIds);
if (recorded > 0) {
  console.log(`build: ${recorded} new entity id(s) recorded in content/entities/${ID_LEDGER_FILE}`);
  // Parsed now, by the build that grew it, so that the next build finds its parse in the cache.
  await loadIdLedgerCached(ledgerPath, join("content", "entities", ID_LEDGER_FILE), ledgerCache);
}

const errors = messages.filter((m) => m.severity === "error").length;
const warnings = messages.filter((m) => m.severity === "warning").length;
if (warnings > MAX_WARNINGS_SHOWN) console.log(`build: ${warnings - MAX_WARNINGS_SHOWN} more warning(s) not shown (VERBOSE=1 shows them all)`);
const attributed = stats.quotes > 0 ? Math.round((100 * stats.attributedQuotes) / stats.quotes) : 0;
const byType = Object.entries(stats.entitiesByType).map(([type, n]) => `${n} ${type}`).join(", ");
console.log(
  [
    "build: report",
    `  articles  ${stats.articles} (${stats.annotated} annotated, ${stats.articles - stats.annotated} from the cache)`,
    `  entities  ${entityCount} (${byType})`,
    `  quotes    ${stats.quotes}, ${attributed}% attributed to a speaker`,
    `  pages     ${pagesWritten.pages} (${pagesWritten.pages - pagesWritten.reused} rendered, ${pagesWritten.reused} unchanged and reused)`,
    `  messages  ${errors} error(s), ${warnings} warning(s)`,
    `  memory    peak ${mb(peakMemory.rss)} MB resident in this process (heap ${mb(peakMemory.heapUsed)} MB, external ${mb(peakMemory.external)} MB, array buffers ${mb(peakMemory.arrayBuffers)} MB); Astro's process ${mb(astro.memory.rss)} MB (heap ${mb(astro.memory.heapUsed)} MB); Pagefind's process is not counted`,
    `  time      ${stageSeconds.map(([label, s]) => `${label} ${s.toFixed(1)}s`).join(", ")}; corpus: ${Object.entries(stats.seconds).map(([k, v]) => `${k} ${v.toFixed(1)}s`).join(", ")}`,
  ].join("\n"),
);
console.log(`build: ${errors} error(s), ${warnings} warning(s)`);
if (strict && errors > 0) process.exit(1);

type CorpusStageResult = { messages: BuildMessage[]; stats: CorpusStats; newIds: PublishedId[] };
/**
 * The corpus stage's worker thread, started before its input is known; `run` sends the input and waits
 * for the result. A thread that fails before `run` reports it from `run`.
 */
function startCorpusStage(): { run(input: { articlesDir: string; root: string; registry: Registry; published: PublishedId[] }): Promise<CorpusStageResult> } {
  const worker = new Worker(new URL("../src/corpus/stage-worker.ts", import.meta.url), { workerData: null });
  // Until `run`, the build does not wait for the thread: it must not keep a failed build from exiting.
  worker.unref();
  const done = new Promise<CorpusStageResult>((resolve, reject) => {
    let result: CorpusStageResult | undefined;
    worker.on("message", (m: { type: "progress"; done: number; total: number } | ({ type: "done" } & CorpusStageResult)) => {
      if (m.type === "progress") progress("annotate", m.done, m.total, "articles annotated");
      else result = { messages: m.messages, stats: m.stats, newIds: m.newIds };
    });
    worker.on("error", reject);
    worker.on("exit", (code) => (result ? resolve(result) : reject(new Error(`the corpus stage stopped (exit code ${code})`))));
  });
  done.catch(() => {}); // reported by run()
  return {
    run(input) {
      worker.ref();
      worker.postMessage(input);
      return done;
    },
  };
}

/**
 * The Astro build (in the child process): rendered pages go to `outDir`; pages whose cache key and code
 * are unchanged are reused by Astro's incremental build; files this build neither wrote nor kept are
 * deleted afterwards. The search index is not built here (SEARCH_PAGES_FILE: the pagefind integration
 * writes the list of pages to index instead).
 */
async function astroBuild(): Promise<void> {
  const astroLevel = astroLogLevel();
  // Astro writes its prerender chunks to `<outDir>/.prerender` when the output folder lies inside the
  // working directory, otherwise to `<cwd>/.astro/.prerender`, and deletes that folder when it ends. Every
  // build started from the repository shared (and deleted) the same folder, so parallel builds broke each
  // other ("missing .astro/.prerender/chunks/..."). The chunks import packages, so they must stay inside
  // the project (node_modules): each build works from a folder of its own under `.astro/`.
  const buildCwd = join(projectDir, ".astro", `build-${process.pid}`);
  // Folders of builds that were killed before they could remove theirs.
  for (const name of await readdir(join(projectDir, ".astro")).catch(() => [] as string[])) {
    const pid = /^build-(\d+)$/.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !isAlive(Number(pid))) await rm(join(projectDir, ".astro", name), { recursive: true, force: true });
  }
  await mkdir(buildCwd, { recursive: true });
  process.chdir(buildCwd);
  const { build } = await import("astro");
  // The output folder is not emptied (reused pages stay where they are): remember when this build started,
  // by the file system's clock, to delete afterwards what it neither wrote nor kept.
  await mkdir(outDir, { recursive: true });
  const marker = join(outDir, ".build-started");
  await writeFile(marker, "");
  const startedMs = (await stat(marker)).mtimeMs;
  try {
    // Astro logs one line per page at the "info" level: the main process counts them.
    await build({ root: projectDir, outDir, logLevel: astroLevel === "warn" ? "info" : astroLevel });
    const removed = await removeStale(outDir, startedMs, join(root, ".cache", "astro", "incremental-build.json"));
    if (removed > 0) console.log(`build: removed ${removed} file(s) of pages that no longer exist`);
  } finally {
    await rm(marker, { force: true });
    process.chdir(projectDir);
    await rm(buildCwd, { recursive: true, force: true });
  }
}

/**
 * Runs this script again as the Astro stage (`--astro-stage`) and waits for it. Its output passes
 * through here: Astro's page lines are counted (progress, report), its other info lines shown only when
 * ASTRO_LOG_LEVEL asks for them. Fails when the process fails.
 */
function astroProcess(searchPagesFile: string): Promise<{ pages: { pages: number; reused: number }; memory: typeof peakMemory }> {
  const astroLevel = astroLogLevel();
  const lines = pageLineFilter((pages) => progress("pages", pages, undefined, "pages written"), astroLevel === "warn" || astroLevel === "error");
  let memory = { rss: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
  return new Promise((resolve, reject) => {
    // A heap cap for Astro's process: its live data at 10,000 articles is about 0.3-0.9 GB, but V8 lets
    // the heap grow to about three times the live set before it collects, and that garbage was the
    // whole build's peak (1.6 GB resident at 10,000 articles; 1.0 GB with a 1 GB cap, at 25% more
    // time). ASTRO_MAX_HEAP_MB=0 lifts it; raise it for corpora far beyond 10,000 articles.
    const astroHeapMB = Number(process.env.ASTRO_MAX_HEAP_MB ?? 1536);
    const heapArgs = astroHeapMB > 0 ? [...process.execArgv.filter((a) => !a.startsWith("--max-old-space-size")), `--max-old-space-size=${astroHeapMB}`] : process.execArgv;
    const child = spawn(process.execPath, [...heapArgs, fileURLToPath(import.meta.url), "--astro-stage", "--root", root, "--out", outDir, ...(strict ? ["--strict"] : [])], {
      env: { ...process.env, SEARCH_PAGES_FILE: searchPagesFile },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let buffered = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, nl + 1);
        buffered = buffered.slice(nl + 1);
        if (line.startsWith(ASTRO_STATS)) memory = JSON.parse(line.slice(ASTRO_STATS.length)) as typeof peakMemory;
        else lines.pass(line);
      }
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (buffered) lines.pass(buffered);
      if (code === 0) resolve({ pages: lines.counts(), memory });
      else reject(new Error(`the Astro build failed (${signal ? `signal ${signal}` : `exit code ${code}`})`));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function mb(bytes: number): number {
  return Math.round(bytes / 1048576);
}

/**
 * Deletes the files of `dir` that this build neither wrote (modified before `startedMs`) nor kept as an
 * unchanged page (listed in Astro's incremental manifest): pages of removed articles and entities, old
 * hashed assets. Returns how many.
 */
async function removeStale(dir: string, startedMs: number, manifestPath: string): Promise<number> {
  const kept = new Set<string>();
  try {
    const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as { routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }> };
    for (const route of Object.values(manifest.routes ?? {})) for (const p of Object.values(route.paths ?? {})) if (p.outputFile) kept.add(decodeURI(p.outputFile));
  } catch {
    // no incremental manifest: everything kept was written by this build
  }
  let removed = 0;
  const emptied = new Set<string>();
  // The search index (`pagefind/` and its further shards `pagefind-2/`, ...) is the search stage's, after
  // this: not even listed (a large site's index is tens of thousands of files).
  const top = (await readdir(dir, { withFileTypes: true })).filter((e) => !(e.isDirectory() && /^pagefind(?:-\d+)?$/.test(e.name)));
  const lists = [top.filter((e) => !e.isDirectory())];
  for (const folder of top.filter((e) => e.isDirectory())) lists.push(await readdir(join(dir, folder.name), { recursive: true, withFileTypes: true }));
  for (const entry of lists.flat()) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const rel = path.slice(dir.length + 1).split("\\").join("/");
    if (kept.has(rel)) continue;
    if ((await stat(path)).mtimeMs >= startedMs - 1) continue;
    await unlink(path);
    removed++;
    emptied.add(entry.parentPath);
  }
  // A gone page's folder (`entities/<id>/`) would stay behind empty: remove it, and any parent it was
  // the last thing in, deepest first (rmdir refuses a folder that still holds something).
  for (const folder of [...emptied].sort((a, b) => b.length - a.length)) {
    for (let f = folder; f.length > dir.length; f = dirname(f)) {
      if (!(await rmdir(f).then(() => true, () => false))) break;
    }
  }
  return removed;
}

/**
 * Counts the page lines Astro writes ("├─ /path/index.html (+3ms)"), reporting the count as it grows,
 * and prints the other lines; `quiet` keeps Astro's other info lines off the output (only warnings,
 * errors and the build's own lines pass).
 */
function pageLineFilter(onCount: (pages: number) => void, quiet: boolean): { pass(line: string): void; counts(): { pages: number; reused: number } } {
  let pages = 0;
  let reused = 0;
  return {
    pass(text) {
      const plain = text.replace(/\x1b\[[0-9;]*m/g, "");
      // With several pages in flight (build.concurrency) one line may hold several page entries.
      const entries = plain.match(/[├└]─/g)?.length ?? 0;
      if (entries > 0) {
        pages += entries;
        reused += plain.match(/\((cached|restored)\)/g)?.length ?? 0;
        onCount(pages);
        return;
      }
      if (quiet && !/warn|error|\bbuild: /i.test(plain)) return;
      process.stdout.write(text);
    },
    counts: () => ({ pages, reused }),
  };
}
