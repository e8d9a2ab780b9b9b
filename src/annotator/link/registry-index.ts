/**
 * An index over the editor's registry for fast matching in text: every name and alias as a token
 * sequence, role titles (case-insensitive) with their date ranges, and merged-away ids and names.
 * Built once per registry object and cached, so annotating 10,000 articles does not rebuild it.
 */
import type { Registry, RegistryEntry, Role } from "../model.ts";
import { tokenize } from "../tokenize.ts";
import { firstNameGender } from "../quotes/pronouns.ts";

export interface FormMatch {
  entry: RegistryEntry;
  tokens: string[];
}

export interface RoleForm {
  entry: RegistryEntry;
  role: Role;
  /** Lower-cased tokens of the title or alias. */
  tokens: string[];
  /** True for the bare title ("Prime Minister"); unless the role says `bare: always`, it needs the holder named in the same article. */
  bare: boolean;
}

export interface RegistryIndex {
  byId: Map<string, RegistryEntry>;
  /** First token of a form -> forms starting with it (longest first). Case-sensitive. */
  forms: Map<string, FormMatch[]>;
  /** First lower-cased token -> role forms starting with it (longest first). */
  roles: Map<string, RoleForm[]>;
  /** Lower-cased id or name merged away -> registry entry. */
  merged: Map<string, RegistryEntry>;
  /** Lower-cased surface forms and ids never to annotate. */
  suppressed: Set<string>;
  /** Last word of a registry person's name -> those people ("Lammy" -> David Lammy). */
  surnames: Map<string, RegistryEntry[]>;
}

const cache = new WeakMap<Registry, RegistryIndex>();
const EMPTY: Registry = { entries: [], suppress: [] };

export const words = (s: string): string[] => tokenize(s).tokens.map((t) => t.text);

export function indexRegistry(registry: Registry = EMPTY): RegistryIndex {
  const hit = cache.get(registry);
  if (hit) return hit;
  const index: RegistryIndex = { byId: new Map(), forms: new Map(), roles: new Map(), merged: new Map(), suppressed: new Set(), surnames: new Map() };
  for (const entry of registry.entries) {
    index.byId.set(entry.id, entry);
    if (entry.type === "person") {
      const surname = words(entry.name).at(-1);
      if (surname) index.surnames.set(surname, [...(index.surnames.get(surname) ?? []), entry]);
    }
    for (const form of new Set([entry.name, ...entry.aliases])) addForm(index, entry, form);
    for (const role of entry.roles) {
      // The bare title: needs its holder named (`bare: named`), or not (`always`), or is off (`never`).
      if (role.bare !== "never") addRole(index, entry, role, role.title, true);
      for (const alias of role.aliases ?? []) addRole(index, entry, role, alias, false);
    }
    for (const m of entry.merge) {
      index.merged.set(m.toLowerCase(), entry);
      // A merged name is also a form of the entity ("Zelenskyy" merged into volodymyr-zelensky).
      if (/[A-Z]/.test(m) || /\s/.test(m)) addForm(index, entry, m);
    }
  }
  for (const s of registry.suppress) index.suppressed.add(s.toLowerCase());
  for (const list of index.forms.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  for (const list of index.roles.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  cache.set(registry, index);
  return index;
}

function addForm(index: RegistryIndex, entry: RegistryEntry, form: string): void {
  const tokens = words(form);
  if (!tokens.length) return;
  const list = index.forms.get(tokens[0]!) ?? [];
  list.push({ entry, tokens });
  index.forms.set(tokens[0]!, list);
}

function addRole(index: RegistryIndex, entry: RegistryEntry, role: Role, form: string, bare: boolean): void {
  const tokens = words(form.toLowerCase()).filter((t, i) => !(i === 0 && t === "the"));
  if (!tokens.length) return;
  const list = index.roles.get(tokens[0]!) ?? [];
  list.push({ entry, role, tokens, bare });
  index.roles.set(tokens[0]!, list);
}

/** True when `date` (YYYY-MM-DD) falls in the role's range; a missing date matches open-ended roles only. */
export function roleActive(role: Role, date: string | undefined): boolean {
  if (!date) return !role.to;
  return (!role.from || role.from <= date) && (!role.to || date <= role.to);
}

/** The sex the registry gives a person, else the one their first name tells. */
export function entrySex(entry: RegistryEntry): "male" | "female" | undefined {
  if (entry.gender === "male" || entry.gender === "female") return entry.gender;
  return firstNameGender(entry.name);
}
