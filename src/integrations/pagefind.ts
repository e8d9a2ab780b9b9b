/**
 * Builds the Pagefind index after Astro has written the site (as Starlight does), with Pagefind's Node
 * API. Any Pagefind error fails the build: a site without working search is not a finished site.
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import * as pagefind from "pagefind";

export interface PagefindOptions {
  /** Folder name of the index inside the output folder. */
  outputSubdir: string;
}

export default function pagefindIntegration(options: Partial<PagefindOptions> = {}): AstroIntegration {
  const { outputSubdir } = { outputSubdir: "pagefind", ...options };
  return {
    name: "annotated-news:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (stage: string, errors: string[]): never => {
          throw new Error(`Pagefind ${stage} failed:\n${errors.join("\n")}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index || errors.length > 0) fail("createIndex", errors);
          const added = await index!.addDirectory({ path: site });
          if (added.errors.length > 0) fail("addDirectory", added.errors);
          if (added.page_count === 0) fail("addDirectory", ["no page was indexed (no data-pagefind-body?)"]);
          const written = await index!.writeFiles({ outputPath: join(site, outputSubdir) });
          if (written.errors.length > 0) fail("writeFiles", written.errors);
          logger.info(`Pagefind indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
