/**
 * The hand-marked articles of tests/fixtures/entity-gold (384 Wikinews-style texts, see its README): every
 * file converts, and the whole annotator keeps its measured quality on them. The floors sit a little
 * below the figures measured in the twentieth session (untyped 0.968, typed 0.932, speakers 0.978
 * over the sixteen sets, `score.mjs`), so a change that loses names or speakers across many texts fails here, not one that
 * moves a single mention. `score.mjs` gives the full figures (see the fixture's README).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annotate } from "../../src/annotator/annotate.ts";
import { convert } from "../../scripts/markup-gold.ts";

const dir = "tests/fixtures/entity-gold";
const docs = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => convert(f, readFileSync(join(dir, f), "utf8")));

describe("hand-marked gold articles", () => {
  it("every file converts, with names and quotations", () => {
    expect(docs.length).toBeGreaterThanOrEqual(384);
    for (const d of docs) {
      expect(d.entities.length, d.id).toBeGreaterThan(10);
      expect(d.quotes.length, d.id).toBeGreaterThan(3);
      for (const e of d.entities) expect(d.text.slice(e.nameStart, e.nameEnd).length, d.id).toBeGreaterThan(0);
    }
  });

  it("the annotator finds and types the names, and attributes the quotations, above the floors", () => {
    let tp = 0, typedTp = 0, predicted = 0, gold = 0, judged = 0, right = 0;
    for (const d of docs) {
      const a = annotate(d.text, d.dateCreated ? { date: d.dateCreated } : {});
      const names = a.mentions.filter((m) => m.kind === "name" || (m.kind === "role" && /^\p{Lu}/u.test(m.text)));
      predicted += names.length;
      gold += d.entities.length;
      const used = new Set<number>();
      for (const g of d.entities) {
        const i = names.findIndex((p, k) => !used.has(k) && p.start <= g.nameStart && g.nameEnd <= p.end && g.start <= p.start && p.end <= g.end);
        if (i < 0) continue;
        used.add(i);
        tp++;
        if (names[i]!.type === g.type) typedTp++;
      }
      for (const q of d.quotes) {
        if (q.tag !== "quote" || !q.speakerEntityId) continue;
        const p = a.quotes.find((x) => x.kind === "speech" && Math.max(0, Math.min(x.end, q.end) - Math.max(x.start, q.start)) * 2 >= Math.max(x.end, q.end) - Math.min(x.start, q.start));
        if (!p) continue;
        judged++;
        const heads = d.entities.filter((e) => e.id === q.speakerEntityId);
        if (p.speakerEntityId && a.mentions.some((m) => m.entityId === p.speakerEntityId && heads.some((h) => m.start <= h.headStart && h.headEnd <= m.end))) right++;
      }
    }
    const f1 = (t: number) => (2 * t) / (predicted + gold);
    expect(f1(tp)).toBeGreaterThan(0.96);
    expect(f1(typedTp)).toBeGreaterThan(0.925);
    expect(right / judged).toBeGreaterThan(0.97);
  });
});
