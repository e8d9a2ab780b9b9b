/** Quote records for the search index (src/integrations/pagefind-records.ts), on a hand-made corpus. */
import { describe, expect, it } from "vitest";
import type { Corpus, CorpusEntity, CorpusQuote, StoredArticle } from "../../src/corpus/types.ts";
import { quoteRecords, quoteTitle } from "../../src/integrations/pagefind-records.ts";

const entity = (id: string, name: string, type: CorpusEntity["type"]): CorpusEntity => ({
  id, name, type, aliases: [], roles: [], inRegistry: false, mentionCount: 1, articles: ["a"], contexts: [], quotes: [], cooccurring: [],
});
const quote = (index: number, extra: Partial<CorpusQuote> = {}): CorpusQuote => ({
  id: `a/q-${index}`, articleSlug: "a", articleTitle: "An article", date: "2025-05-12", elementId: `q-${index}`,
  content: "We want peace", kind: "speech", block: false, speakerEntityId: "kaja-kallas", speakerName: "Kaja Kallas", ...extra,
});
const article = { slug: "a", title: "An article", date: "2025-05-12", entityCounts: [{ id: "kaja-kallas", count: 2 }, { id: "eu", count: 1 }, { id: "kyiv", count: 1 }] } as StoredArticle;
const corpus = {
  format: 1, annotatorVersion: "x", annotationsDir: "annotations", articles: [article],
  entities: [entity("kaja-kallas", "Kaja Kallas", "person"), entity("eu", "European Union", "organization"), entity("kyiv", "Kyiv", "place")],
  quotes: [quote(0), quote(1, { kind: "scare", content: "Hope" }), quote(2, { speakerEntityId: null, speakerName: null }), quote(3), quote(4, { articleSlug: "gone" })],
} as unknown as Corpus;

describe("quote records", () => {
  const records = quoteRecords(corpus, (_slug, id) => id !== "q-3");

  it("makes one record per speech quote whose element is on the page, linking to it without the base path", () => {
    expect(records.map((r) => r.url)).toEqual(["/articles/a/#q-0", "/articles/a/#q-2"]);
  });

  it("carries the speaker, the article's entities, year, month and kind as filters, and the date as sort", () => {
    const [first, unattributed] = records;
    expect(first!.filters).toEqual({ person: ["Kaja Kallas"], organization: ["European Union"], place: ["Kyiv"], kind: ["Quote"], year: ["2025"], month: ["2025-05"], speaker: ["Kaja Kallas"] });
    expect(first!.meta).toMatchObject({ title: "“We want peace”", kind: "Quote", speaker: "Kaja Kallas", article: "An article", date: "2025-05-12" });
    expect(first!.sort).toEqual({ date: "2025-05-12" });
    expect(unattributed!.filters!.speaker).toBeUndefined();
  });

  it("shortens a long quote's title at a word boundary", () => {
    const long = "word ".repeat(60).trim();
    const title = quoteTitle(long);
    expect(title.length).toBeLessThanOrEqual(114);
    expect(title).toMatch(/^“word( word)*…”$/);
    expect(quoteTitle("  two\n words ")).toBe("“two words”");
  });
});
