/**
 * Every review text (tests/fixtures/review-texts, news written for review) goes through the whole
 * annotator without an error, and every mention and quotation it gives lies inside the text and says
 * what the text says there. A document-pass step that builds a span before the text's first word once
 * crashed on one of them; this keeps the 400 texts as a net for such faults.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annotate } from "../../src/annotator/annotate.ts";
import { splitPlainText } from "../../src/ingest/plain-text.ts";
import { loadRegistry } from "../../src/registry/load.ts";

const dir = join(import.meta.dirname, "../fixtures/review-texts");
// (The texts in the plain-text source form; a reviewer's report kept beside them is none.)
const names = readdirSync(dir).filter((f) => f.endsWith(".txt") && readFileSync(join(dir, f), "utf8").startsWith("date ")).sort();
const { registry } = await loadRegistry(join(import.meta.dirname, "../../content/entities"), join(import.meta.dirname, "../.."));

describe("the review texts", () => {
  it("are all there", () => {
    expect(names.length).toBeGreaterThan(300);
  });
  it("each annotate without an error, with mentions and quotations inside the text", () => {
    for (const name of names) {
      const split = splitPlainText(readFileSync(join(dir, name), "utf8"));
      expect(split.ok, name).toBe(true);
      if (!split.ok) continue;
      const text = split.parts.paragraphs.join("\n\n");
      const a = annotate(text, { registry, date: split.parts.date });
      for (const m of a.mentions) expect(0 <= m.start && m.start < m.end && m.end <= text.length && text.slice(m.start, m.end) === m.text, `${name}: ${JSON.stringify(m)}`).toBe(true);
      for (const q of a.quotes) expect(0 <= q.start && q.start < q.end && q.end <= text.length, `${name}: quote at ${q.start}`).toBe(true);
    }
  });
});
