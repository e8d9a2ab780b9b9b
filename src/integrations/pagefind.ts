/**
 * Builds the Pagefind index after Astro has written the site (as Starlight does), with Pagefind's Node
 * API: every page with `data-pagefind-body` (articles, entity pages), plus one custom record per speech
 * quote (src/integrations/pagefind-records.ts). Any Pagefind error fails the build: a site without
 * working search is not a finished site. The index is rebuilt from scratch on every build, so it always
 * matches the pages written (an added or removed article is in or out of the index at once).
 */
import type { AstroIntegration } from "astro";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join, relative, sep } from "node:path";
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

/**
 * The HTML files of this build, from Astro's own list (`assets`: route -> files written or, in an
 * incremental build, kept). The output folder is not emptied between builds, so the page of an article
 * removed since the last build may still be on disk while this hook runs: it must not be indexed.
 */
function builtPages(site: string, assets: Map<string, URL[]>): string[] {
  const files = new Set<string>();
  for (const urls of assets.values()) {
    for (const u of urls) {
      const file = fileURLToPath(u);
      if (file.endsWith(".html") && file.startsWith(site)) files.add(file);
    }
  }
  return [...files].sort();
}

/** The URL Pagefind gives a page file, as addDirectory would: `articles/x/index.html` -> `/articles/x/`. */
function pageUrl(site: string, file: string): string {
  return `/${relative(site, file).split(sep).join("/")}`.replace(/(^|\/)index\.html$/, "$1");
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
      "astro:build:done": async ({ dir, assets, logger }) => {
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
          const files = builtPages(site, assets);
          let pageCount = 0;
          if (files.length === 0) {
            // No list from Astro (not expected): every page in the folder.
            const added = await index!.addDirectory({ path: site });
            if (added.errors.length > 0) fail("addDirectory", added.errors);
            pageCount = added.page_count;
          }
          // One page at a time, in sorted order: Pagefind numbers pages in the order they arrive, so
          // concurrent adds made two builds of the same site differ (issue 8: reproducible output).
          // The next file is read while the current one is indexed.
          files.sort();
          let next = files.length ? readFile(files[0]!, "utf8") : undefined;
          for (let i = 0; i < files.length; i++) {
            const content = await next!;
            next = i + 1 < files.length ? readFile(files[i + 1]!, "utf8") : undefined;
            // Only pages with data-pagefind-body are indexed (Pagefind skips the others once any has it).
            if (content.includes("data-pagefind-body")) pageCount++;
            const added = await index!.addHTMLFile({ url: pageUrl(site, files[i]!), content });
            if (added.errors.length > 0) fail("addHTMLFile", added.errors);
          }
          if (pageCount === 0) fail("indexing", ["no page was indexed (no data-pagefind-body?)"]);
          const pagesDone = performance.now();

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
          // In corpus order, one at a time, for the same reason as the pages.
          for (const record of records) {
            const result = await index!.addCustomRecord(record);
            if (result.errors.length > 0) fail("addCustomRecord", result.errors);
          }

          const recordsDone = performance.now();
          const written = await index!.writeFiles({ outputPath: output });
          if (written.errors.length > 0) fail("writeFiles", written.errors);
          const done = performance.now();
          const s = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
          // console, not the Astro logger: the build runs Astro at log level "warn", and the bench reads this line.
          console.log(`build: pagefind indexed ${pageCount} pages and ${records.length} quotes in ${s(done - started)} (pages ${s(pagesDone - started)}, quotes ${s(recordsDone - pagesDone)}, writing ${s(done - recordsDone)}), index ${folderBytes(output)} bytes`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
