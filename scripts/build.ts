/**
 * `npm run build`: ingest -> registry -> corpus -> Astro static build (with the Pagefind index).
 *
 *   npm run build                        # content/ of this folder, output in dist/
 *   npm run build -- --strict            # error messages fail the exit code (also STRICT=1)
 *   npm run build -- --out /tmp/site    # output folder (also OUT_DIR)
 *   npm run build -- --root /tmp/tree   # folder holding content/ and .cache/ (also CONTENT_ROOT)
 *   BASE_PATH=/news/ SITE_URL=https://example.org npm run build
 */
import { rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildCorpus, defaultCorpusPath } from "../src/corpus/index.ts";
import { ingestAll } from "../src/ingest/index.ts";
import { type BuildMessage, formatMessage } from "../src/lib/messages.ts";
import { loadRegistry } from "../src/registry/load.ts";

const { values } = parseArgs({
  options: {
    strict: { type: "boolean", default: false },
    out: { type: "string" },
    root: { type: "string" },
    "skip-ingest": { type: "boolean", default: false },
  },
});

const projectDir = resolve(import.meta.dirname, "..");
const root = resolve(values.root ?? process.env.CONTENT_ROOT ?? projectDir);
const outDir = resolve(values.out ?? process.env.OUT_DIR ?? join(projectDir, "dist"));
const strict = values.strict || process.env.STRICT === "1";
// astro.config.mjs and src/content.config.ts read these (same process).
process.env.CONTENT_ROOT = root;
// Vite reads these from the environment into import.meta.env, overriding Astro's base path (a parent
// process such as Vitest sets them); the base comes from BASE_PATH only.
for (const name of ["BASE_URL", "MODE", "DEV", "PROD", "SSR"]) delete process.env[name];
process.env.CORPUS_PATH = defaultCorpusPath(root);

const messages: BuildMessage[] = [];
const report = (list: BuildMessage[]) => {
  for (const m of list) (m.severity === "error" ? console.error : console.log)(formatMessage(m));
  messages.push(...list);
};
const time = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  const result = await run();
  console.log(`build: ${label} in ${((performance.now() - started) / 1000).toFixed(1)}s`);
  return result;
};

// 1. Ingest content/sources -> content/articles (articles an editor changed are left alone).
if (!values["skip-ingest"]) {
  const result = await time("ingest", () => ingestAll({ sourcesDir: "content/sources", articlesDir: "content/articles", root, strict: false }));
  report(result.messages);
}

// 2. Registry (content/entities/*.yaml; an empty registry when the folder does not exist).
const { registry, messages: registryMessages } = await loadRegistry(join(root, "content", "entities"), root);
report(registryMessages);

// 3. Corpus.
const { corpus, messages: corpusMessages, annotated } = await time("corpus", () => buildCorpus({ articlesDir: join(root, "content", "articles"), root, registry }));
report(corpusMessages);
console.log(`build: corpus: ${corpus.articles.length} articles (${annotated} annotated, the rest cached), ${corpus.entities.length} entities, ${corpus.quotes.length} quotes`);

// A strict build stops here when the content has errors: no site is published from broken content.
if (strict && messages.some((m) => m.severity === "error")) {
  console.error(`build: ${messages.filter((m) => m.severity === "error").length} error(s) in strict mode: the site was not built`);
  process.exit(1);
}

// 4. Astro. Rendered Markdown is cached in the content layer keyed by the file alone; the annotations
// come from the corpus, so drop that cache for a build that always reflects the corpus.
await rm(join(root, ".cache", "astro", "data-store.json"), { force: true });
/** Astro's own log level (ASTRO_LOG_LEVEL=info shows its timings); warnings and errors by default. */
function astroLogLevel(): "debug" | "info" | "warn" | "error" {
  const level = process.env.ASTRO_LOG_LEVEL;
  return level === "debug" || level === "info" || level === "error" ? level : "warn";
}
const { build } = await import("astro");
await time("astro", () => build({ root: projectDir, outDir, logLevel: astroLogLevel() }));
console.log(`build: site written to ${outDir}`);

const errors = messages.filter((m) => m.severity === "error").length;
const warnings = messages.filter((m) => m.severity === "warning").length;
console.log(`build: ${errors} error(s), ${warnings} warning(s)`);
if (strict && errors > 0) process.exit(1);
