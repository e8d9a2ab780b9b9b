/**
 * Parses one registry file (YAML) into entries, with line numbers for every problem. Pure: the caller
 * reads the file. One file per entity (`content/entities/david-lammy.yaml`, the id is the file name),
 * plus two special files: `_suppress.yaml` (`suppress: [...]`) and `_merges.yaml`
 * (`merges: [{ from, into }]`).
 */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from "yaml";
import { isEntityType, ENTITY_TYPES, BARE_TITLES, type BareTitle, type Gender, type RegistryEntry, type Role } from "../annotator/model.ts";
import type { BuildMessage } from "../lib/messages.ts";
import { isSlug } from "../lib/paths.ts";

export interface MergeRule {
  /** An entity id or a surface name, merged away. */
  from: string;
  /** The registry id it merges into. */
  into: string;
  line: number;
}

export interface ParsedRegistryFile {
  entry?: RegistryEntry;
  suppress: string[];
  merges: MergeRule[];
  messages: BuildMessage[];
}

const ENTRY_KEYS = new Set(["name", "type", "aliases", "description", "wikidata", "roles", "gender", "merge", "id"]);
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDate(value: string): boolean {
  if (!DATE_RE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function parseRegistryFile(file: string, source: string, id: string): ParsedRegistryFile {
  const out: ParsedRegistryFile = { suppress: [], merges: [], messages: [] };
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const report = (severity: BuildMessage["severity"], line: number, message: string, hint?: string) =>
    out.messages.push({ severity, file, line, message, ...(hint ? { hint } : {}) });

  for (const err of doc.errors) {
    report("error", err.linePos?.[0]?.line ?? 1, `invalid YAML: ${err.message.split("\n")[0]}`, "fix the syntax; this file is ignored until then");
  }
  if (doc.errors.length) return out;
  const root = doc.contents;
  if (!isMap(root)) {
    report("error", 1, "a registry file must be a YAML mapping (key: value lines)");
    return out;
  }
  const get = (key: string) => root.items.find((p) => isScalar(p.key) && p.key.value === key);
  const itemLines: Record<string, number> = {};
  const stringList = (key: string): string[] => {
    const pair = get(key);
    if (!pair || pair.value == null) return [];
    if (isSeq(pair.value)) {
      const values: string[] = [];
      for (const item of pair.value.items) {
        if (isScalar(item) && (typeof item.value === "string" || typeof item.value === "number") && String(item.value).trim()) {
          values.push(String(item.value).trim());
          itemLines[String(item.value).trim()] = lineOf(item as Node);
        }
        else report("error", lineOf(item as Node), `${key}: every item must be a non-empty string`);
      }
      return values;
    }
    if (isScalar(pair.value) && typeof pair.value.value === "string") return [pair.value.value.trim()];
    report("error", lineOf(pair.value as Node), `${key} must be a list of strings`);
    return [];
  };

  if (id === "_suppress") {
    out.suppress = stringList("suppress");
    return out;
  }
  if (id === "_merges") {
    const pair = get("merges");
    if (!pair || !isSeq(pair.value)) {
      report("error", lineOf(pair?.value as Node) ?? 1, "`merges` must be a list of { from, into } items");
      return out;
    }
    for (const item of pair.value.items) {
      const line = lineOf(item as Node);
      const value = (item as Node & { toJSON(): unknown }).toJSON() as Record<string, unknown> | null;
      if (!value || typeof value.from !== "string" || typeof value.into !== "string") {
        report("error", line, "each merge needs `from` (an entity id or name) and `into` (a registry entity id)");
        continue;
      }
      out.merges.push({ from: value.from.trim(), into: value.into.trim(), line });
    }
    return out;
  }

  if (!isSlug(id)) {
    report("error", 1, `the file name "${id}" is not a valid entity id`, "use lower-case letters, digits and hyphens, e.g. david-lammy.yaml");
    return out;
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (!ENTRY_KEYS.has(key)) report("warning", lineOf(pair.key as Node), `unknown field "${key}" is ignored`, `known fields: ${[...ENTRY_KEYS].join(", ")}`);
  }
  const scalar = (key: string): string | undefined => {
    const pair = get(key);
    if (!pair || pair.value == null) return undefined;
    if (isScalar(pair.value) && pair.value.value != null && typeof pair.value.value !== "object") return String(pair.value.value).trim();
    report("error", lineOf(pair.value as Node), `${key} must be a single value`);
    return undefined;
  };
  const name = scalar("name");
  if (!name) {
    report("error", 1, "missing `name`", "every entity needs its canonical name, e.g. `name: David Lammy`");
    return out;
  }
  const typeText = scalar("type");
  if (!isEntityType(typeText)) {
    report("error", lineOf(get("type")?.value as Node) ?? 1, typeText ? `unknown type "${typeText}"` : "missing `type`", `use one of: ${ENTITY_TYPES.join(", ")}`);
    return out;
  }
  const wikidata = scalar("wikidata");
  if (wikidata && !/^Q\d+$/.test(wikidata)) report("warning", lineOf(get("wikidata")?.value as Node), `wikidata "${wikidata}" is not a Wikidata item id`, "write it as Q followed by digits, e.g. Q7747");
  const genderText = scalar("gender");
  let gender: Gender | undefined;
  if (genderText) {
    if (genderText === "female" || genderText === "male" || genderText === "unknown") gender = genderText;
    else report("warning", lineOf(get("gender")?.value as Node), `gender "${genderText}" is not one of female, male, unknown`);
  }
  const roles: Role[] = [];
  const rolesPair = get("roles");
  if (rolesPair?.value != null) {
    if (!isSeq(rolesPair.value)) report("error", lineOf(rolesPair.value as Node), "roles must be a list of { title, from, to } items");
    else
      for (const item of rolesPair.value.items) {
        const line = lineOf(item as Node);
        const value = (item as Node & { toJSON(): unknown }).toJSON() as Record<string, unknown> | null;
        if (!value || typeof value.title !== "string" || !value.title.trim()) {
          report("error", line, "each role needs a `title`");
          continue;
        }
        const role: Role = { title: value.title.trim() };
        for (const key of ["from", "to"] as const) {
          const raw = value[key];
          if (raw == null) continue;
          const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw);
          if (!isValidDate(text)) report("error", line, `role "${role.title}": ${key} "${text}" is not a valid date`, "write dates as YYYY-MM-DD");
          else role[key] = text;
        }
        if (role.from && role.to && role.from > role.to) report("error", line, `role "${role.title}" ends before it starts`);
        if (value.bare != null) {
          const bare = String(value.bare);
          if ((BARE_TITLES as readonly string[]).includes(bare)) role.bare = bare as BareTitle;
          else report("error", line, `role "${role.title}": bare "${bare}" is not one of ${BARE_TITLES.join(", ")}`);
        }
        if (Array.isArray(value.aliases)) role.aliases = value.aliases.filter((a): a is string => typeof a === "string");
        roles.push(role);
      }
  }
  const description = scalar("description");
  out.entry = {
    id,
    name,
    type: typeText,
    aliases: stringList("aliases"),
    ...(description ? { description } : {}),
    ...(wikidata ? { wikidata } : {}),
    ...(gender ? { gender } : {}),
    roles,
    merge: stringList("merge"),
    inRegistry: true,
    origin: { file, line: 1, aliasLines: itemLines },
  };
  return out;
}
