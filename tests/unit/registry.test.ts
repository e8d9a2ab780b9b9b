import { describe, expect, it } from "vitest";
import { mkdtemp, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseRegistryFile } from "../../src/registry/parse.ts";
import { loadRegistry } from "../../src/registry/load.ts";

describe("registry files", () => {
  it("parses an entity with aliases and dated roles", () => {
    const parsed = parseRegistryFile(
      "content/entities/david-lammy.yaml",
      "name: David Lammy\ntype: person\ngender: male\naliases: [Mr Lammy]\nroles:\n  - title: Foreign Secretary\n    from: 2024-07-05\n    to: 2025-09-05\n",
      "david-lammy",
    );
    expect(parsed.messages).toEqual([]);
    expect(parsed.entry).toMatchObject({ id: "david-lammy", name: "David Lammy", type: "person", gender: "male", aliases: ["Mr Lammy"], inRegistry: true });
    expect(parsed.entry?.roles).toEqual([{ title: "Foreign Secretary", from: "2024-07-05", to: "2025-09-05" }]);
    const always = parseRegistryFile("content/entities/x.yaml", "name: X\ntype: person\nroles:\n  - title: Mayor\n    bare: always\n", "x");
    expect(always.entry?.roles).toEqual([{ title: "Mayor", bare: "always" }]);
  });

  it.each([
    ["name: X\ntype: planet\n", 2, /unknown type "planet"/],
    ["type: person\n", 1, /missing `name`/],
    ["name: X\ntype: person\nroles:\n  - title: Mayor\n    from: 2025-13-45\n", 4, /not a valid date/],
    ["name: X\ntype: person\nroles:\n  - from: 2020-01-01\n", 4, /needs a `title`/],
    ["name: X\ntype: person\nroles:\n  - title: Mayor\n    bare: sometimes\n", 4, /bare "sometimes" is not one of named, always, never/],
    ["name: [unclosed\n", 1, /invalid YAML/],
  ])("reports %j at line %i", (source, line, pattern) => {
    const parsed = parseRegistryFile("content/entities/x.yaml", source, "x");
    const error = parsed.messages.find((m) => m.severity === "error");
    expect(error?.message).toMatch(pattern);
    expect(error?.line).toBe(line);
    expect(error?.file).toBe("content/entities/x.yaml");
  });

  it("reports duplicate aliases and merges into unknown entities with file and line, and keeps the rest", async () => {
    const dir = await mkdtemp(join(tmpdir(), "registry-"));
    await mkdir(join(dir, "entities"));
    await writeFile(join(dir, "entities/a-person.yaml"), "name: Anna Person\ntype: person\naliases: [AP]\n");
    await writeFile(join(dir, "entities/b-org.yaml"), "name: Big Org\ntype: organization\naliases: [AP, BO]\n");
    await writeFile(join(dir, "entities/_merges.yaml"), "merges:\n  - from: anna\n    into: a-person\n  - from: zed\n    into: nobody-here\n");
    const { registry, messages } = await loadRegistry(join(dir, "entities"), dir);
    expect(messages.map((m) => `${m.file}:${m.line}: ${m.message}`)).toEqual([
      'entities/b-org.yaml:3: alias "AP" is already used by "a-person" (entities/a-person.yaml)',
      'entities/_merges.yaml:4: merge into unknown entity "nobody-here"',
    ]);
    expect(registry.entries.map((e) => e.id)).toEqual(["a-person", "b-org"]);
    expect(registry.entries[1]!.aliases).toEqual(["BO"]);
    expect(registry.entries[0]!.merge).toEqual(["anna"]);
  });

  it("loads the sample registry without messages", async () => {
    const { registry, messages } = await loadRegistry("content/entities");
    expect(messages).toEqual([]);
    expect(registry.entries.find((e) => e.id === "keir-starmer")?.aliases).toContain("Sir Keir");
  });
});
