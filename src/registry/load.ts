/**
 * Reads the editor's registry from `content/entities/` (the file-system layer; parsing and validation
 * are pure and live beside it).
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, basename, extname } from "node:path";
import type { Registry } from "../annotator/model.ts";
import type { BuildMessage } from "../lib/messages.ts";
import { ID_LEDGER_FILE } from "./id-ledger.ts";
import { parseRegistryFile } from "./parse.ts";
import { assembleRegistry, type RegistryParts } from "./validate.ts";

export async function loadRegistry(dir: string, root: string = process.cwd()): Promise<{ registry: Registry; messages: BuildMessage[] }> {
  let names: string[];
  try {
    // The id ledger lives beside the registry but is not part of it (id-ledger.ts reads it).
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n) && n !== ID_LEDGER_FILE).sort();
  } catch {
    return { registry: { entries: [], suppress: [] }, messages: [] };
  }
  const parts: RegistryParts = { entries: [], suppress: [], merges: [] };
  const messages: BuildMessage[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const file = relative(root, path) || path;
    const parsed = parseRegistryFile(file, await readFile(path, "utf8"), basename(name, extname(name)));
    messages.push(...parsed.messages);
    if (parsed.entry) parts.entries.push({ entry: parsed.entry, file });
    parts.suppress.push(...parsed.suppress);
    parts.merges.push(...parsed.merges.map((m) => ({ ...m, file })));
  }
  const assembled = assembleRegistry(parts);
  return { registry: assembled.registry, messages: [...messages, ...assembled.messages] };
}
