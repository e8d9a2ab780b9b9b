import { describe, expect, it } from "vitest";
import type { Annotations } from "../../src/annotator/model.ts";
import { annotationCollection } from "../../src/components/web-annotations.ts";

const text = "🎉 Ms Kallas said: “No talks under fire,” in Brüssel.";
const kallas = text.indexOf("Kallas");
const q = text.indexOf("“");
const qEnd = text.indexOf("”") + 1;
const annotations: Annotations = {
  entities: [{ id: "kaja-kallas", name: "Kaja Kallas", type: "person", aliases: [], roles: [], inRegistry: true, wikidata: "Q1" }],
  mentions: [{ start: kallas, end: kallas + 6, text: "Kallas", entityId: "kaja-kallas", type: "person", kind: "name", source: "model" }],
  quotes: [
    { start: q, end: qEnd, text: text.slice(q, qEnd), contentStart: q + 1, contentEnd: qEnd - 1, kind: "speech", block: false, paragraphs: 1, partial: false, speakerEntityId: "kaja-kallas", speakerMention: null, cue: "said" },
    { start: 0, end: 2, text: "🎉", contentStart: 0, contentEnd: 2, kind: "scare", block: false, paragraphs: 1, partial: false, speakerEntityId: null, speakerMention: null, cue: null },
  ],
};

describe("W3C Web Annotation export", () => {
  const collection = annotationCollection({
    id: "https://x.org/a/annotations.jsonld",
    articleUrl: "https://x.org/a/",
    title: "T",
    date: "2025-01-01",
    text,
    annotations,
    entity: (id) => (id === "kaja-kallas" ? { name: "Kaja Kallas", type: "person", url: "https://x.org/entities/kaja-kallas/", wikidataUrl: "https://www.wikidata.org/wiki/Q1" } : undefined),
  }) as { type: string; total: number; first: { items: { motivation: string; body: { source?: string; value?: string }[]; target: { selector: { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }[] } }[] } };

  it("is a collection of one mention and one attributed quote (scare quotes left out)", () => {
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.total).toBe(2);
    expect(collection.first.items.map((i) => i.body[0]!.source)).toEqual(["https://x.org/entities/kaja-kallas/", "https://x.org/entities/kaja-kallas/"]);
    expect(collection.first.items[0]!.body.map((b) => b.source ?? b.value)).toEqual(["https://x.org/entities/kaja-kallas/", "https://www.wikidata.org/wiki/Q1", "person"]);
  });

  it("counts positions in code points (an emoji is one), and quotes with context", () => {
    const [quote, position] = collection.first.items[0]!.target.selector;
    const cps = [...text];
    expect(position).toEqual({ type: "TextPositionSelector", start: kallas - 1, end: kallas + 5 });
    expect(cps.slice(position!.start, position!.end).join("")).toBe("Kallas");
    expect(quote).toMatchObject({ type: "TextQuoteSelector", exact: "Kallas", prefix: "🎉 Ms ", suffix: text.slice(kallas + 6, kallas + 6 + 32) });
    const q = collection.first.items[1]!.target.selector;
    expect(q[0]!.exact).toBe("“No talks under fire,”");
  });
});
