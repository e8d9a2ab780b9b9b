/**
 * Ingest's rebuild shortcuts (src/ingest/cache.ts): an unchanged source is not even read, an unchanged
 * article's front matter is not parsed again, and none of it changes what ingest writes or returns.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtemp, mkdir, readFile, readdir, rm, stat, utimes, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestAll, type IngestCounters } from "../../src/ingest/index.ts";

const SEED = readFileSync("content/sources/2025-05-12-european-allies-ukraine.txt", "utf8");
const IE9 = readFileSync("content/sources/wikinews/ie9.md");
const SEED_ARTICLE = "russia-must-show-without-delay-it-is-willing-to-broker-peace-in-ukraine.md";

let root: string;
const sources = () => join(root, "content/sources");
const articles = () => join(root, "content/articles");
const counters = (): IngestCounters => ({ sourcesRead: 0, sourcesParsed: 0, articlesParsed: 0 });
async function run() {
  const c = counters();
  const result = await ingestAll({ sourcesDir: "content/sources", articlesDir: "content/articles", root, counters: c });
  return { ...result, counters: c };
}
/** What a run without any cache returns: the shortcuts must give exactly this. */
const fresh = () => ingestAll({ sourcesDir: "content/sources", articlesDir: "content/articles", root, cacheFile: false });
const fileState = async (path: string) => {
  const s = await stat(path);
  return { content: await readFile(path, "utf8"), ino: s.ino, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs };
};

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "ingest-manifest-"));
  await mkdir(join(sources(), "wikinews"), { recursive: true });
  await writeFile(join(sources(), "seed.txt"), SEED);
  await writeFile(join(sources(), "wikinews/ie9.md"), IE9);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("ingest rebuild shortcuts", () => {
  it("reads no unchanged source and parses no unchanged article, with the same result as a fresh run", async () => {
    const first = await run();
    expect(first.counters).toEqual({ sourcesRead: 2, sourcesParsed: 2, articlesParsed: 0 });
    // The articles this run wrote are parsed once by the next run, which remembers their front matter.
    const second = await run();
    expect(second.counters).toEqual({ sourcesRead: 0, sourcesParsed: 0, articlesParsed: 2 });
    const before = await fileState(join(articles(), SEED_ARTICLE));
    const third = await run();
    expect(third.counters).toEqual({ sourcesRead: 0, sourcesParsed: 0, articlesParsed: 0 });
    expect(third.articles.map((a) => a.status)).toEqual(["unchanged", "unchanged"]);
    expect(third).toEqual({ ...(await fresh()), counters: third.counters });
    expect(await fileState(join(articles(), SEED_ARTICLE))).toEqual(before);
  });

  it("a touched source with the same bytes is read but neither parsed nor written again", async () => {
    await run();
    await run();
    const before = await fileState(join(articles(), SEED_ARTICLE));
    const later = new Date(Date.now() + 60_000);
    await utimes(join(sources(), "seed.txt"), later, later);
    const touched = await run();
    expect(touched.counters).toEqual({ sourcesRead: 1, sourcesParsed: 0, articlesParsed: 0 });
    expect(touched.articles.map((a) => a.status)).toEqual(["unchanged", "unchanged"]);
    expect(await fileState(join(articles(), SEED_ARTICLE))).toEqual(before);
    // And the new modification time is remembered: the next run reads nothing.
    expect((await run()).counters.sourcesRead).toBe(0);
  });

  it("a changed source is re-ingested even when its size and modification time are the old ones", async () => {
    const path = join(sources(), "seed.txt");
    // Whole seconds, which utimes sets back exactly.
    await utimes(path, 1_700_000_000, 1_700_000_000);
    await run();
    await run();
    const old = await stat(path);
    const changed = SEED.replace("Weimar+ group", "Weimar= group");
    expect(Buffer.byteLength(changed)).toBe(old.size);
    await writeFile(path, changed);
    await utimes(path, 1_700_000_000, 1_700_000_000);
    expect((await stat(path)).mtimeMs).toBe(old.mtimeMs);
    const again = await run();
    expect(again.counters.sourcesParsed).toBe(1);
    expect(again.articles.map((a) => a.status)).toEqual(["updated", "unchanged"]);
    expect(await readFile(join(articles(), SEED_ARTICLE), "utf8")).toContain("Weimar= group");
    const next = await run();
    expect(next).toEqual({ ...(await fresh()), counters: next.counters });
  });

  it("an article an editor changed is left alone although its source was not read", async () => {
    await run();
    await run();
    const file = join(articles(), SEED_ARTICLE);
    const edited = `${await readFile(file, "utf8")}\nEditor's note: checked.\n`;
    await writeFile(file, edited);
    const again = await run();
    expect(again.articles[0]).toMatchObject({ status: "edited" });
    expect(again.messages).toEqual([expect.objectContaining({ severity: "info", message: expect.stringMatching(/edited since ingest wrote it/) })]);
    expect(await readFile(file, "utf8")).toBe(edited);
    // Still left alone on the runs after it, whatever the cache now holds.
    expect((await run()).articles[0]).toMatchObject({ status: "edited" });
    expect(await readFile(file, "utf8")).toBe(edited);
  });

  it("a removed source's article is kept with an info message, as without the shortcuts", async () => {
    await run();
    await run();
    await rm(join(sources(), "wikinews/ie9.md"));
    const again = await run();
    expect(again.articles.map((a) => a.source)).toEqual(["content/sources/seed.txt"]);
    expect(await readdir(articles())).toContain("microsoft-waits-for-death-of-internet-explorer-6.md");
    expect(again.messages).toEqual([expect.objectContaining({ severity: "info", message: expect.stringMatching(/no longer exists/) })]);
    expect(again).toEqual({ ...(await fresh()), counters: again.counters });
  });
});
