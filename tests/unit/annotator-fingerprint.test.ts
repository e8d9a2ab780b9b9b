/**
 * The annotation cache's key for the annotator's code (src/corpus/annotate-cache.ts): it changes when a
 * source or data file of the annotator changes, and not when only its documentation does, so that
 * editing a README never makes the next build annotate every article again.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { annotatorFingerprint } from "../../src/corpus/annotate-cache.ts";

const dir = mkdtempSync(join(tmpdir(), "fingerprint-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("annotator fingerprint", () => {
  it("follows the code and the data, not the documentation", () => {
    mkdirSync(join(dir, "ner"), { recursive: true });
    writeFileSync(join(dir, "ner", "rules.ts"), "export const a = 1;\n");
    writeFileSync(join(dir, "ner", "words.json"), "[\"a\"]\n");
    writeFileSync(join(dir, "ner", "README.md"), "# Rules\n");
    const first = annotatorFingerprint("v1", dir);
    writeFileSync(join(dir, "ner", "README.md"), "# Rules\n\nA new paragraph.\n");
    expect(annotatorFingerprint("v1", dir)).toBe(first);
    writeFileSync(join(dir, "ner", "rules.ts"), "export const a = 2;\n");
    const second = annotatorFingerprint("v1", dir);
    expect(second).not.toBe(first);
    writeFileSync(join(dir, "ner", "words.json"), "[\"a\", \"b\"]\n");
    expect(annotatorFingerprint("v1", dir)).not.toBe(second);
    expect(annotatorFingerprint("v2", dir)).not.toBe(annotatorFingerprint("v1", dir));
  });
});
