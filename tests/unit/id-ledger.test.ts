/**
 * The id ledger file (content/entities/_ids.yaml): parsed with line numbers, appended to and never
 * rewritten, refused (and left alone) when broken.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { appendIdLedger, loadIdLedger, parseIdLedger } from "../../src/registry/id-ledger.ts";

const FILE = "content/entities/_ids.yaml";

describe("parseIdLedger", () => {
  it.each([
    ["an empty file", "", []],
    ["comments only", "# nothing yet\n", []],
    ["an empty list", "ids:\n", []],
    ["two lines", "ids:\n  - { id: putin, from: putin, kind: person }\n  - { id: jordan, from: \"jordan\", kind: other }\n", [{ id: "putin", from: "putin", kind: "person" }, { id: "jordan", from: "jordan", kind: "other" }]],
  ])("reads %s", (_what, source, entries) => {
    const { ledger, messages } = parseIdLedger(FILE, source);
    expect(messages).toEqual([]);
    expect(ledger.entries).toEqual(entries);
    expect(ledger.writable).toBe(true);
  });

  it.each([
    ["invalid YAML", "ids:\n  - { id: putin\n", 0],
    ["a line without a kind", "ids:\n  - { id: putin, from: putin }\n", 2],
    ["an id that is not a slug", "ids:\n  - { id: Putin Page, from: putin, kind: person }\n", 2],
    ["a flow list the build cannot append to", "ids: []\n", 1],
    ["ids that is not the last key", "ids:\n  - { id: a, from: a, kind: other }\nnote: x\n", 1],
  ])("refuses %s, naming the line, and will not write to it", (_what, source, line) => {
    const { ledger, messages } = parseIdLedger(FILE, source);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ severity: "error", file: FILE });
    // 0: the YAML parser decides which line it blames
    if (line) expect(messages[0]!.line).toBe(line);
    else expect(messages[0]!.line).toBeGreaterThan(0);
    expect(ledger.writable).toBe(false);
    expect(ledger.entries).toEqual([]);
  });
});

describe("appendIdLedger", () => {
  const dir = () => mkdtempSync(join(tmpdir(), "id-ledger-"));

  it("creates the file with its header, then appends without touching what an editor wrote", async () => {
    const path = join(dir(), "_ids.yaml");
    let { ledger } = await loadIdLedger(path, FILE);
    expect(await appendIdLedger(path, ledger, [{ id: "putin", from: "putin", kind: "person" }])).toBe(1);
    const edited = readFileSync(path, "utf8").replace("ids:\n", "ids:\n  # checked by the desk, 2026-11-26\n");
    writeFileSync(path, edited);
    ({ ledger } = await loadIdLedger(path, FILE));
    await appendIdLedger(path, ledger, [{ id: "o-neill", from: "o'neill: x", kind: "person" }]);
    const text = readFileSync(path, "utf8");
    expect(text.startsWith(edited)).toBe(true);
    expect((await loadIdLedger(path, FILE)).ledger.entries).toEqual([
      { id: "putin", from: "putin", kind: "person" },
      { id: "o-neill", from: "o'neill: x", kind: "person" },
    ]);
  });

  it("adds the ids key to a file of comments, and a newline to a file without one", async () => {
    const path = join(dir(), "_ids.yaml");
    writeFileSync(path, "# kept by the desk");
    const { ledger } = await loadIdLedger(path, FILE);
    await appendIdLedger(path, ledger, [{ id: "kyiv", from: "kyiv", kind: "other" }]);
    expect(readFileSync(path, "utf8").startsWith("# kept by the desk\nids:\n")).toBe(true);
    expect((await loadIdLedger(path, FILE)).ledger.entries).toEqual([{ id: "kyiv", from: "kyiv", kind: "other" }]);
  });

  it("leaves a broken ledger exactly as it is", async () => {
    const path = join(dir(), "_ids.yaml");
    writeFileSync(path, "ids: [\n");
    const { ledger } = await loadIdLedger(path, FILE);
    expect(await appendIdLedger(path, ledger, [{ id: "kyiv", from: "kyiv", kind: "other" }])).toBe(0);
    expect(readFileSync(path, "utf8")).toBe("ids: [\n");
  });
});
