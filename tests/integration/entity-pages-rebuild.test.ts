/**
 * Entity pages read their mentions, articles and quotes from the corpus stage's per-entity files
 * (src/corpus/entity-details.ts), not from the entity list the build holds. A rebuild after an article
 * changes must show the new mention on the entity's page (not a stale page from the cache, nor stale
 * lists from the files), and an entity whose only article is removed must leave neither a page nor
 * stored lists behind.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { entityDetailReader } from "../../src/corpus/entity-details.ts";
import type { EntitySummary } from "../../src/corpus/types.ts";
import { type BuiltSite, buildSite, rebuildSite, readPage, removeSite } from "../helpers/site.ts";

let site: BuiltSite | undefined;
afterAll(() => removeSite(site));

const slugOf = (file: string) => /^slug:\s*(.+)$/m.exec(readFileSync(file, "utf8"))![1]!.trim();

describe("entity pages after a rebuild", () => {
  it("show a changed article's new mention, and leave nothing of an entity that is gone", async () => {
    site = await buildSite({ name: "entity-details" });
    const corpusDir = join(site.root, ".cache", "corpus");
    const detailsDir = join(corpusDir, "entity-details");
    const entities = () => JSON.parse(readFileSync(join(corpusDir, "entities.json"), "utf8")) as EntitySummary[];
    // The list the site holds has counts, not the per-entity lists.
    const trump = entities().find((e) => e.id === "donald-trump")!;
    expect(trump.articleCount).toBe(2);
    expect(Object.keys(trump)).not.toContain("contexts");
    const read = entityDetailReader(detailsDir);
    const [newest, older] = read("donald-trump")!.articles;
    expect(readPage(site, "entities/donald-trump")).not.toContain("zebra crossings");

    // An entity mentioned only in the other article (not Trump's), to remove with it.
    const articlesDir = join(site.root, "content", "articles");
    const files = readdirSync(articlesDir).filter((f) => f.endsWith(".md")).map((f) => join(articlesDir, f));
    const fileOf = (slug: string) => files.find((f) => slugOf(f) === slug)!;
    const goneArticle = files.map(slugOf).find((slug) => slug !== newest && slug !== older)!;
    const gone = entities().find((e) => e.articleCount === 1 && read(e.id)!.articles[0] === goneArticle)!;
    expect(existsSync(join(site.out, "entities", gone.id, "index.html"))).toBe(true);

    appendFileSync(fileOf(newest!), "\nDonald Trump spoke about zebra crossings on Tuesday.\n");
    rmSync(fileOf(goneArticle));
    await rebuildSite(site, { skipIngest: true });

    // The changed article's new sentence is on Trump's page, in context, linked to its mention.
    const page = readPage(site, "entities/donald-trump");
    expect(page).toMatch(/zebra crossings on Tuesday\.[\s\S]*?href="\/articles\/[^"#]+\/#m-\d+"/);
    expect(entityDetailReader(detailsDir)("donald-trump")!.contexts.some((c) => c.articleSlug === newest && c.snippet.includes("zebra crossings"))).toBe(true);

    // The removed article's entity: no page, not in the list, no stored lists (index or bucket lines).
    expect(existsSync(join(site.out, "entities", gone.id, "index.html"))).toBe(false);
    // ... nor an empty folder where the page was.
    expect(existsSync(join(site.out, "entities", gone.id))).toBe(false);
    expect(entities().some((e) => e.id === gone.id)).toBe(false);
    expect(entityDetailReader(detailsDir)(gone.id)).toBeUndefined();
    const lines = readdirSync(detailsDir).filter((f) => f.endsWith(".jsonl")).flatMap((f) => readFileSync(join(detailsDir, f), "utf8").trimEnd().split("\n"));
    expect(lines).toHaveLength(entities().length);
    expect(lines.some((l) => l.includes(`"articleSlug":"${goneArticle}"`))).toBe(false);
  }, 600_000);
});
