/**
 * Rebuilding the search index after a change (src/integrations/pagefind-cache.ts): the sample site is
 * built with small shards, then rebuilt in the same folder after one article is edited (the shards that
 * do not hold it, or an entity page whose text changed, are kept as they are), then after an article is
 * removed and an entity renamed. Search must answer from what the pages now say, with nothing stale, and
 * the index must be byte for byte the one a build from scratch writes for the same content.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectDir } from "../helpers/site.ts";
import { searchIndex, type SearchAnswer } from "../helpers/search-index.ts";

const run = promisify(execFile);
const EDITED = "microsoft-waits-for-death-of-internet-explorer-6";
const REMOVED = "lantern-festival-in-taipei-lights-up-the-night";

/**
 * Builds the content in `root` into `root/dist` with small shards (the same environment as
 * tests/helpers/site.ts), `indexers` shards at a time (the site's builds two, the build from scratch one:
 * the same index either way).
 */
async function build(root: string, indexers = 2): Promise<string> {
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, VITEST: _v, VITEST_MODE: _vm, NODE_ENV: _n, ...inherited } = process.env;
  const env = { ...inherited, BASE_PATH: "/", SITE_URL: "https://news.example.org", SEARCH_SHARD_PAGES: "60", SEARCH_INDEX_CONCURRENCY: String(indexers) };
  const { stdout } = await run("npx", ["tsx", "scripts/build.ts", "--root", root, "--out", join(root, "dist")], { cwd: projectDir, env, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

function shardFolders(out: string): string[] {
  return ["pagefind/", ...(JSON.parse(readFileSync(join(out, "pagefind", "shards.json"), "utf8")) as string[])];
}

/** Per shard folder: a hash of every file in it (name and bytes), and when its entry file was written. */
function snapshot(out: string): Map<string, { hash: string; entryWritten: number }> {
  return new Map(
    shardFolders(out).map((folder) => {
      const dir = join(out, folder);
      const hash = createHash("sha256");
      for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
        const path = join(dir, name);
        if (statSync(path).isFile()) hash.update(`${name}\n`).update(readFileSync(path));
      }
      return [folder, { hash: hash.digest("hex"), entryWritten: statSync(join(dir, "pagefind-entry.json")).mtimeMs }];
    }),
  );
}

/** The shard folder whose fragments hold the page `url`. */
function shardOf(out: string, url: string): string | undefined {
  return shardFolders(out).find((folder) =>
    readdirSync(join(out, folder, "fragment")).some((name) => (JSON.parse(gunzipSync(readFileSync(join(out, folder, "fragment", name))).toString("utf8").replace(/^pagefind_dcd/, "")) as { url: string }).url === url),
  );
}

const keptLine = (stdout: string) => /(\d+) of (\d+) shards? unchanged and kept/.exec(stdout);

describe("search index rebuilt after a change", () => {
  let root: string;
  let fresh: string;
  const out = () => join(root, "dist");
  let first: Map<string, { hash: string; entryWritten: number }>;
  let editedStdout: string;
  let afterEdit: Map<string, { hash: string; entryWritten: number }>;
  let editedShard: string | undefined;
  let removedStdout: string;
  let antiquatedBefore: SearchAnswer | undefined;
  /** Kaja Kallas's page before and after the edit (the edit's quote adds to her counts), and its shard. */
  let kallasPage: { before: string; after: string; shard?: string };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "site-search-rebuild-"));
    cpSync(join(projectDir, "content"), join(root, "content"), { recursive: true });
    await build(root);
    first = snapshot(out());
    const kallasFile = join(out(), "entities", "kaja-kallas", "index.html");
    kallasPage = { before: readFileSync(kallasFile, "utf8"), after: "" };
    [antiquatedBefore] = await searchIndex(out(), "/", [{ term: "antiquated" }], 500);

    // One article edited: a word replaced, a sentence and a quote added.
    const article = join(root, "content", "articles", `${EDITED}.md`);
    const text = readFileSync(article, "utf8").replace("antiquated", "zorbleflax");
    writeFileSync(article, `${text.trimEnd()}\n\n“Quibbleworth browsers are history,” said Kaja Kallas.\n`);
    editedStdout = await build(root);
    afterEdit = snapshot(out());
    editedShard = shardOf(out(), `/articles/${EDITED}/`);
    kallasPage.after = readFileSync(kallasFile, "utf8");
    kallasPage.shard = shardOf(out(), "/entities/kaja-kallas/");

    // One article removed (its source too: ingest would write it again), one entity renamed.
    rmSync(join(root, "content", "articles", `${REMOVED}.md`));
    rmSync(join(root, "content", "sources", "wikinews", "lanterns.md"));
    const lammy = join(root, "content", "entities", "david-lammy.yaml");
    writeFileSync(lammy, readFileSync(lammy, "utf8").replace("name: David Lammy", "name: Dafydd Lammy"));
    removedStdout = await build(root);

    // The same content built from scratch, to compare with.
    fresh = mkdtempSync(join(tmpdir(), "site-search-fresh-"));
    cpSync(join(root, "content"), join(fresh, "content"), { recursive: true });
    await build(fresh, 1);
  });
  afterAll(() => {
    if (process.env.KEEP_SITE === "1") return;
    for (const dir of [root, fresh]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("keeps the shards whose pages did not change, untouched, and rebuilds the edited article's", () => {
    expect(first.size).toBeGreaterThanOrEqual(3);
    const kept = keptLine(editedStdout);
    expect(kept, editedStdout).not.toBeNull();
    const [keptCount, total] = [Number(kept![1]), Number(kept![2])];
    expect(total).toBe(afterEdit.size);
    expect(keptCount).toBeGreaterThanOrEqual(1);
    expect(keptCount).toBeLessThan(total);
    const untouched = [...afterEdit].filter(([folder, s]) => first.get(folder)?.entryWritten === s.entryWritten);
    expect(untouched.length).toBe(keptCount);
    for (const [folder, s] of untouched) expect(s.hash, folder).toBe(first.get(folder)!.hash);
    expect(editedShard).toBeDefined();
    expect(afterEdit.get(editedShard!)!.hash).not.toBe(first.get(editedShard!)?.hash);
  });

  it("keeps the shard of an entity page whose counts changed but whose searchable text did not", () => {
    // The premise: the page was written again with new counts (they are not indexed: data-pagefind-ignore).
    const counts = (html: string) => /<dt>Mentions<\/dt>\s*<dd[^>]*>([^<]*)</.exec(html)?.[1];
    expect(counts(kallasPage.before)).toBeDefined();
    expect(counts(kallasPage.after)).not.toBe(counts(kallasPage.before));
    // Shards hold the article pages first, then the other pages: her page is not in the article's shard.
    expect(kallasPage.shard).toBeDefined();
    expect(kallasPage.shard).not.toBe(editedShard);
    expect(afterEdit.get(kallasPage.shard!)!.entryWritten).toBe(first.get(kallasPage.shard!)!.entryWritten);
    expect(afterEdit.get(kallasPage.shard!)!.hash).toBe(first.get(kallasPage.shard!)!.hash);
  });

  it("finds the edited article by its new words and its new quote, and no longer by the word taken out", async () => {
    const [added, quote, removed] = await searchIndex(out(), "/", [{ term: "zorbleflax" }, { term: "Quibbleworth" }, { term: "antiquated" }], 500);
    expect(added!.hits.map((h) => h.url)).toEqual([`/articles/${EDITED}/`]);
    expect(quote!.hits.map((h) => h.url)).toContain(`/articles/${EDITED}/`);
    expect(quote!.hits.some((h) => h.url.startsWith(`/articles/${EDITED}/#q-`) && h.meta.speaker === "Kaja Kallas")).toBe(true);
    expect(antiquatedBefore!.hits.map((h) => h.url)).toContain(`/articles/${EDITED}/`);
    expect(removed!.hits.map((h) => h.url)).not.toContain(`/articles/${EDITED}/`);
  });

  it("drops a removed article and an entity's old name from search at once", async () => {
    expect(keptLine(removedStdout)?.[1] ?? "0").not.toBe(keptLine(removedStdout)?.[2]);
    const [lantern, oldName, newName, byName] = await searchIndex(out(), "/", [
      { term: "lantern" },
      { term: null, filters: { person: "David Lammy" } },
      { term: null, filters: { person: "Dafydd Lammy" } },
      { term: "Dafydd" },
    ]);
    expect(lantern!.hits.filter((h) => h.url.includes(REMOVED))).toEqual([]);
    expect(oldName!.count).toBe(0);
    expect(newName!.count).toBeGreaterThan(0);
    expect(byName!.hits[0]?.url).toBe("/entities/david-lammy/");
  });

  it("writes the index a build from scratch writes for the same content, byte for byte", async () => {
    const rebuilt = snapshot(out());
    const scratch = snapshot(join(fresh, "dist"));
    expect([...rebuilt.keys()]).toEqual([...scratch.keys()]);
    for (const [folder, s] of rebuilt) expect(s.hash, folder).toBe(scratch.get(folder)!.hash);
    const queries = [{ term: "said" }, { term: "Kallas" }, { term: "said", filters: { person: "Dafydd Lammy" } }];
    expect(await searchIndex(out(), "/", queries, 500)).toEqual(await searchIndex(join(fresh, "dist"), "/", queries, 500));
  });
});
