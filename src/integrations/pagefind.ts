/**
 * Builds the Pagefind index after Astro has written the site (as Starlight does), with Pagefind's Node
 * API: every page with `data-pagefind-body` (articles, entity pages), plus one custom record per speech
 * quote (src/integrations/pagefind-records.ts). Any Pagefind error fails the build: a site without
 * working search is not a finished site. The index is rebuilt from scratch on every build, so it always
 * matches the pages written (an added or removed article is in or out of the index at once).
 */
import type { AstroIntegration } from "astro";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import * as pagefind from "pagefind";
import type { Corpus } from "../corpus/types.ts";
import { articlePath } from "../lib/paths.ts";
import { quoteRecords } from "./pagefind-records.ts";
import { corpusPath } from "./site-env.ts";

export interface PagefindOptions {
  /** Folder name of the index inside the output folder. */
  outputSubdir: string;
}

/** Total size in bytes of the files under `dir`. */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    total += stat.isDirectory() ? folderBytes(path) : stat.size;
  }
  return total;
}

function readCorpus(): Corpus | undefined {
  const path = corpusPath();
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Corpus) : undefined;
}

export default function pagefindIntegration(options: Partial<PagefindOptions> = {}): AstroIntegration {
  const { outputSubdir } = { outputSubdir: "pagefind", ...options };
  return {
    name: "annotated-news:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = join(site, outputSubdir);
        const fail = (stage: string, errors: string[]): never => {
          throw new Error(`Pagefind ${stage} failed:\n${errors.join("\n")}`);
        };
        const started = performance.now();
        // A stale fragment of a previous build must not survive into this one.
        rmSync(output, { recursive: true, force: true });
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
          if (!index || errors.length > 0) fail("createIndex", errors);
          const added = await index!.addDirectory({ path: site });
          const pagesDone = performance.now();
          if (added.errors.length > 0) fail("addDirectory", added.errors);
          if (added.page_count === 0) fail("addDirectory", ["no page was indexed (no data-pagefind-body?)"]);

          const corpus = readCorpus();
          if (!corpus) logger.warn(`no corpus at ${corpusPath()}: quotes are not indexed on their own`);
          const pageCache = new Map<string, string>();
          const hasElement = (slug: string, elementId: string) => {
            let html = pageCache.get(slug);
            if (html === undefined) {
              const file = join(site, articlePath(slug), "index.html");
              html = existsSync(file) ? readFileSync(file, "utf8") : "";
              pageCache.set(slug, html);
            }
            return html.includes(` id="${elementId}"`);
          };
          const records = corpus ? quoteRecords(corpus, hasElement) : [];
          pageCache.clear();
          // In batches: one round trip to the Pagefind service per record would dominate on a large corpus.
          for (let i = 0; i < records.length; i += 256) {
            const results = await Promise.all(records.slice(i, i + 256).map((r) => index!.addCustomRecord(r)));
            const recordErrors = results.flatMap((r) => r.errors);
            if (recordErrors.length > 0) fail("addCustomRecord", recordErrors);
          }

          const recordsDone = performance.now();
          const written = await index!.writeFiles({ outputPath: output });
          if (written.errors.length > 0) fail("writeFiles", written.errors);
          const done = performance.now();
          const s = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
          // console, not the Astro logger: the build runs Astro at log level "warn", and the bench reads this line.
          console.log(`build: pagefind indexed ${added.page_count} pages and ${records.length} quotes in ${s(done - started)} (pages ${s(pagesDone - started)}, quotes ${s(recordsDone - pagesDone)}, writing ${s(done - recordsDone)}), index ${folderBytes(output)} bytes`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
