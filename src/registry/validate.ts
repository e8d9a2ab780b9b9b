/**
 * Cross-file checks of the registry: duplicate names and aliases, merges into unknown entities. A broken
 * rule is reported with file and line and dropped; the rest of the registry still applies.
 */
import type { Registry, RegistryEntry } from "../annotator/model.ts";
import type { BuildMessage } from "../lib/messages.ts";
import type { MergeRule } from "./parse.ts";

export interface RegistryParts {
  entries: { entry: RegistryEntry; file: string }[];
  suppress: string[];
  merges: (MergeRule & { file: string })[];
}

const key = (s: string) => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

export function assembleRegistry(parts: RegistryParts): { registry: Registry; messages: BuildMessage[] } {
  const messages: BuildMessage[] = [];
  const byId = new Map<string, RegistryEntry>();
  const owner = new Map<string, { id: string; file: string }>();
  for (const { entry, file } of parts.entries) {
    if (byId.has(entry.id)) {
      messages.push({ severity: "error", file, line: 1, message: `duplicate entity id "${entry.id}"`, hint: "rename one of the files" });
      continue;
    }
    const forms = [entry.name, ...entry.aliases];
    const kept: string[] = [];
    for (const form of forms) {
      const k = key(form);
      const prior = owner.get(k);
      if (prior && prior.id !== entry.id) {
        messages.push({
          severity: "error",
          file,
          line: aliasLine(entry, form),
          message: `alias "${form}" is already used by "${prior.id}" (${prior.file})`,
          hint: "an alias must name one entity; remove it from one file, or pin it per article with `pins` in the article's front matter",
        });
        continue;
      }
      owner.set(k, { id: entry.id, file });
      kept.push(form);
    }
    byId.set(entry.id, { ...entry, aliases: kept.filter((f) => f !== entry.name) });
  }
  for (const rule of parts.merges) {
    const target = byId.get(rule.into);
    if (!target) {
      messages.push({ severity: "error", file: rule.file, line: rule.line, message: `merge into unknown entity "${rule.into}"`, hint: "`into` must be the id (file name) of a registry entity" });
      continue;
    }
    target.merge = [...target.merge, rule.from];
  }
  return { registry: { entries: [...byId.values()], suppress: parts.suppress }, messages };
}

function aliasLine(entry: RegistryEntry, form: string): number {
  return entry.origin?.aliasLines?.[form] ?? entry.origin?.line ?? 1;
}
