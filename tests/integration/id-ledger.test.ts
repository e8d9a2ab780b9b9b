/**
 * Entity pages keep their ids as the corpus grows: the corpus stage with the real annotator, on a
 * temporary content tree, with the id ledger kept between builds as scripts/build-site.ts keeps it.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/corpus/index.ts";
import { appendIdLedger, ID_LEDGER_FILE, loadIdLedger } from "../../src/registry/id-ledger.ts";
import { loadRegistry } from "../../src/registry/load.ts";

const article = (slug: string, date: string, body: string) => `---\ntitle: ${slug}\ndate: ${date}\nslug: ${slug}\n---\n\n${body}\n`;

describe("the id ledger across builds", () => {
  it("a person first named by surname keeps the page when a later article gives the full name", async () => {
    const root = mkdtempSync(join(tmpdir(), "ledger-tree-"));
    const articles = join(root, "content", "articles");
    mkdirSync(articles, { recursive: true });
    mkdirSync(join(root, "content", "entities"), { recursive: true });
    const ledgerPath = join(root, "content", "entities", ID_LEDGER_FILE);
    const build = async () => {
      const { registry, messages } = await loadRegistry(join(root, "content", "entities"), root);
      expect(messages).toEqual([]);
      const { ledger } = await loadIdLedger(ledgerPath, ID_LEDGER_FILE);
      const result = await buildCorpus({ articlesDir: articles, root, registry, published: ledger.entries, outFile: null, cacheDir: null });
      await appendIdLedger(ledgerPath, ledger, result.newIds);
      return result.corpus;
    };
    const idFor = (corpus: Awaited<ReturnType<typeof build>>, word: string) => corpus.entities.find((e) => e.name.includes(word))?.id;

    writeFileSync(join(articles, "a.md"), article("harbour-vote", "2025-03-01", "Mr Kowalczyk told the council on Tuesday that the harbour plan would go ahead. Kowalczyk said the vote was close."));
    const first = await build();
    const published = idFor(first, "Kowalczyk");
    expect(published).toBe("kowalczyk");

    writeFileSync(join(articles, "b.md"), article("harbour-mayor", "2025-04-01", "The mayor of Gdynia, Tomasz Kowalczyk, opened the new harbour on Monday."));
    const second = await build();
    const person = second.entities.find((e) => e.name.includes("Kowalczyk"))!;
    expect(person.name).toBe("Tomasz Kowalczyk");
    expect(person.id).toBe(published);
    expect(person.articles.sort()).toEqual(["harbour-mayor", "harbour-vote"]);
    // A third build of the same corpus adds nothing to the ledger.
    const before = readFileSync(ledgerPath, "utf8");
    await build();
    expect(readFileSync(ledgerPath, "utf8")).toBe(before);
  });
});
