/**
 * Cross-article identity: one entity, one id, across the corpus. Runs after every article has been
 * annotated on its own. Linear in the number of entities (maps keyed by id and surname, no pairwise
 * comparison), so it scales to archives.
 *
 * - Discovered entities with the same id are one entity (the id is the slug of the canonical name).
 * - A one-word person ("Putin", in an article that never gives the full name) joins the only person in
 *   the corpus with that surname; with two candidates (two Smiths) it stays apart rather than guess.
 * - Ids and names the registry merges away are redirected to the registry entity.
 */
import type { Annotations, Entity, Registry } from "../model.ts";
import { indexRegistry } from "./registry-index.ts";
import { canonicalName } from "./index.ts";

export interface CorpusDoc {
  slug: string;
  annotations: Annotations;
}

export function mergeCorpus(docs: CorpusDoc[], registry?: Registry): { docs: CorpusDoc[]; entities: Entity[] } {
  const index = indexRegistry(registry);
  // 1. Union entities by id; a person and a non-person that happen to share a slug stay apart.
  const groups = new Map<string, Entity[]>();
  const keyOf = (e: Entity) => (e.inRegistry ? e.id : `${e.id}\u0000${e.type === "person" ? "p" : "x"}`);
  for (const doc of docs) for (const e of doc.annotations.entities) {
    const list = groups.get(keyOf(e)) ?? [];
    list.push(e);
    groups.set(keyOf(e), list);
  }
  const remap = new Map<string, string>(); // `${slug}\u0000${oldId}` -> new id
  const finalIds = new Map<string, string>(); // group key -> id
  const idTaken = new Set<string>([...index.byId.keys()]);
  const sortedKeys = [...groups.keys()].sort();
  for (const key of sortedKeys) {
    const first = groups.get(key)![0]!;
    if (first.inRegistry) {
      finalIds.set(key, first.id);
      continue;
    }
    const merged = index.merged.get(first.id) ?? index.merged.get(first.name.toLowerCase());
    if (merged) {
      finalIds.set(key, merged.id);
      continue;
    }
    let id = first.id;
    if (idTaken.has(id)) id = `${first.id}-${first.type}`;
    for (let n = 2; idTaken.has(id); n++) id = `${first.id}-${n}`;
    idTaken.add(id);
    finalIds.set(key, id);
  }

  // 2. One-word persons join the only multi-word person with that surname.
  const bySurname = new Map<string, Set<string>>();
  for (const key of sortedKeys) {
    const e = groups.get(key)![0]!;
    if (e.type !== "person") continue;
    const words = e.name.split(" ");
    if (words.length < 2) continue;
    const set = bySurname.get(words.at(-1)!) ?? new Set();
    set.add(finalIds.get(key)!);
    bySurname.set(words.at(-1)!, set);
  }
  for (const key of sortedKeys) {
    const e = groups.get(key)![0]!;
    if (e.inRegistry || e.type !== "person" || e.name.includes(" ")) continue;
    const targets = bySurname.get(e.name);
    if (targets && targets.size === 1) finalIds.set(key, [...targets][0]!);
  }

  // 3. Build the merged entities and rewrite every article's ids.
  const entities = new Map<string, Entity[]>();
  for (const [key, list] of groups) {
    const id = finalIds.get(key)!;
    const bucket = entities.get(id) ?? [];
    bucket.push(...list);
    entities.set(id, bucket);
  }
  const out = new Map<string, Entity>();
  for (const [id, list] of entities) out.set(id, combineEntities(id, list, index.byId.get(id)));

  const newDocs = docs.map((doc) => {
    for (const e of doc.annotations.entities) remap.set(`${doc.slug}\u0000${e.id}`, finalIds.get(keyOf(e))!);
    const map = (id: string) => remap.get(`${doc.slug}\u0000${id}`) ?? id;
    const ids = new Set<string>();
    const mentions = doc.annotations.mentions.map((m) => {
      const id = map(m.entityId);
      ids.add(id);
      return id === m.entityId ? m : { ...m, entityId: id };
    });
    const quotes = doc.annotations.quotes.map((q) => (q.speakerEntityId ? { ...q, speakerEntityId: map(q.speakerEntityId) } : q));
    for (const q of quotes) if (q.speakerEntityId) ids.add(q.speakerEntityId);
    const docEntities = [...ids].map((id) => out.get(id)).filter((e): e is Entity => !!e);
    return { slug: doc.slug, annotations: { mentions, quotes, entities: docEntities } };
  });
  return { docs: newDocs, entities: [...out.values()].sort((a, b) => a.id.localeCompare(b.id)) };
}

function combineEntities(id: string, list: Entity[], registryEntry: Entity | undefined): Entity {
  if (registryEntry) {
    const { merge: _m, origin: _o, ...rest } = registryEntry as Entity & { merge?: unknown; origin?: unknown };
    return { ...rest, id };
  }
  const names = list.flatMap((e) => [e.name]);
  const name = canonicalName(names, list[0]!.type);
  const aliases = [...new Set(list.flatMap((e) => [e.name, ...e.aliases]))].filter((a) => a !== name).sort();
  const counts = new Map<string, number>();
  for (const e of list) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const type = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0] as Entity["type"];
  const gender = list.find((e) => e.gender && e.gender !== "unknown")?.gender;
  return { id, name, type, aliases, roles: [], inRegistry: false, ...(gender ? { gender } : {}) };
}
