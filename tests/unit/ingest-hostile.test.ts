/**
 * The hostile fixtures through ingest alone (fast feedback for tests/integration/hostile.test.ts, which
 * checks the same messages from a whole build): every unusable fixture gives exactly its error line,
 * every other one parses, and a strict ingest with a bad source writes nothing.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SKIPPED, SOURCE_ERRORS } from "../fixtures/hostile/expected.ts";
import { hashTree, fixturesDir, projectDir } from "../helpers/hostile-root.ts";
import { ingestAll } from "../../src/ingest/index.ts";
import { parseSource } from "../../src/ingest/source.ts";
import { BuildError, formatMessage } from "../../src/lib/messages.ts";

function fixtureSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`);
      else out.push(`${prefix}${e.name}`);
    }
  };
  walk(join(fixturesDir, "sources"), "");
  return out;
}

describe("hostile fixtures through ingest", () => {
  it("gives each unusable fixture its exact error line and parses every other one", async () => {
    const errors: string[] = [];
    const parsed: string[] = [];
    for (const name of fixtureSources()) {
      const file = `content/sources/hostile/${name}`;
      const result = await parseSource(file, readFileSync(join(fixturesDir, "sources", name)));
      for (const issue of result.issues) if (issue.severity === "error") errors.push(formatMessage({ file, ...issue }));
      if (result.ok) parsed.push(name);
    }
    const expected = SOURCE_ERRORS.filter((l) => !l.includes("/generated/"));
    expect(errors.sort()).toEqual([...expected].sort());
    expect(parsed.sort()).toEqual(fixtureSources().filter((n) => !SKIPPED.includes(n)).sort());
  });

  it("drops bidi overrides (text that displays backwards) and keeps RTL text, isolates and emoji", async () => {
    const result = await parseSource("x.txt", readFileSync(join(fixturesDir, "sources", "rtl-emoji.txt")));
    expect(result.ok).toBe(true);
    const body = result.ok ? result.parsed.body : "";
    expect(body).not.toMatch(/[\u202a-\u202e]/);
    expect(body).toContain("Bidi override evil and isolate \u2067text\u2069 end");
    expect(body).toContain("\u0645\u062d\u0645\u062f \u0639\u0644\u064a");
    expect(body).toContain("👩\u200d👩\u200d👧");
  });

  it("a strict ingest with a bad source throws before writing anything", async () => {
    const root = mkdtempSync(join(tmpdir(), "ingest-strict-"));
    try {
      cpSync(join(projectDir, "content"), join(root, "content"), { recursive: true });
      cpSync(join(fixturesDir, "sources", "crlf.txt"), join(root, "content", "sources", "new.txt"));
      cpSync(join(fixturesDir, "sources", "impossible-date.txt"), join(root, "content", "sources", "bad.txt"));
      const before = hashTree(root);
      const run = ingestAll({ sourcesDir: "content/sources", articlesDir: "content/articles", root, strict: true });
      await expect(run).rejects.toBeInstanceOf(BuildError);
      expect(hashTree(root)).toEqual(before);
      // Without strict the good one is written.
      const { articles } = await ingestAll({ sourcesDir: "content/sources", articlesDir: "content/articles", root, cacheFile: false });
      expect(articles.find((a) => a.source === "content/sources/new.txt")?.status).toBe("created");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
