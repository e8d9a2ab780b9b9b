/**
 * Cross-article identity: one entity, one id, across the corpus. Runs after every article has been
 * annotated on its own. Linear in the number of entities (maps keyed by id and surname, no pairwise
 * comparison), so it scales to archives.
 *
 * - Discovered entities with the same id are one entity (the id is the slug of the canonical name).
 * - A one-word person ("Putin", in an article that never gives the full name) joins the only person in
 *   the corpus with that surname; with two candidates (two Smiths) it stays apart rather than guess.
 * - Ids and names the registry merges away are redirected to the registry entity.
 * - Published ids stay put: a ledger of the ids earlier builds published (content/entities/_ids.yaml)
 *   gives each discovered entity back its id, so adding an article never moves a page. Without it a
 *   "Putin" page would become "vladimir-putin" the day an article gives the full name, and a place
 *   "Jordan" would become "jordan-place" the day a person Jordan appears (the person sorts first).
 */
import type { Annotations, Entity, Registry } from "../model.ts";
import { indexRegistry } from "./registry-index.ts";
import { canonicalName } from "./index.ts";
import { skippedSteps } from "../skip-steps.ts";
import { firstNameGender } from "../quotes/pronouns.ts";

const SKIP_OTHER_SEX = skippedSteps("LINK_SKIP").has("othersex");

export interface CorpusDoc {
  slug: string;
  annotations: Annotations;
}

/**
 * One line of the id ledger: the discovered entity whose articles call it `from` (the slug of its name
 * within an article) and whose kind is `kind` was published under `id`. Registry entities are not in it:
 * their ids are the editor's.
 */
export interface PublishedId {
  id: string;
  from: string;
  kind: "person" | "other";
}

export interface MergedCorpus {
  docs: CorpusDoc[];
  entities: Entity[];
  /** Ledger lines this corpus adds: discovered entities (and names) published for the first time. */
  newIds: PublishedId[];
}

const groupKey = (from: string, kind: PublishedId["kind"]) => `${from}\u0000${kind === "person" ? "p" : "x"}`;

export function mergeCorpus(docs: CorpusDoc[], registry?: Registry, published: readonly PublishedId[] = []): MergedCorpus {
  const index = indexRegistry(registry);
  // 1. Union entities by id; a person and a non-person that happen to share a slug stay apart.
  const groups = new Map<string, Entity[]>();
  const keyOf = (e: Entity) => (e.inRegistry ? e.id : groupKey(e.id, e.type === "person" ? "person" : "other"));
  // The ledger, first line first: the order in which ids were published, and each group's lines.
  const claimOrder = new Map<string, number>();
  published.forEach((p, i) => {
    if (!claimOrder.has(p.id)) claimOrder.set(p.id, i);
  });
  for (const doc of docs) for (const e of doc.annotations.entities) {
    const list = groups.get(keyOf(e)) ?? [];
    list.push(e);
    groups.set(keyOf(e), list);
  }
  const remap = new Map<string, string>(); // `${slug}\u0000${oldId}` -> new id
  const finalIds = new Map<string, string>(); // group key -> id
  const sortedKeys = [...groups.keys()].sort();
  const ledgerIds = new Map<string, string[]>(); // group key -> the ids its ledger lines name, oldest first
  const fixed = new Set<string>(); // registry entities and what the registry merges: the editor's ids
  for (const key of sortedKeys) {
    const first = groups.get(key)![0]!;
    const merged = first.inRegistry ? first : (index.merged.get(first.id) ?? index.merged.get(first.name.toLowerCase()));
    if (!merged) continue;
    finalIds.set(key, merged.id);
    fixed.add(key);
  }
  // Published ids go back to their groups in the order they were published. Two groups can share one (a
  // lone "Putin" that was merged into "Vladimir Putin"): the first holds it here, step 3 gives the merged
  // entity the oldest id of its groups; a group whose id is held takes its next ledger line, if any.
  const held = new Set<string>();
  for (const p of published) {
    const key = groupKey(p.from, p.kind);
    if (!groups.has(key) || fixed.has(key) || index.byId.has(p.id)) continue;
    const lines = ledgerIds.get(key) ?? [];
    lines.push(p.id);
    ledgerIds.set(key, lines);
    if (finalIds.has(key) || held.has(p.id)) continue;
    held.add(p.id);
    finalIds.set(key, p.id);
  }
  // Ids of the registry and every id ever published are reserved: a new entity never takes the id of one
  // that was published before (even one that is gone now, so an old link never lands on someone else).
  const idTaken = new Set<string>([...index.byId.keys(), ...claimOrder.keys()]);
  for (const key of sortedKeys) {
    if (finalIds.has(key)) continue;
    const first = groups.get(key)![0]!;
    let id = first.id;
    if (idTaken.has(id)) id = `${first.id}-${first.type}`;
    for (let n = 2; idTaken.has(id); n++) id = `${first.id}-${n}`;
    idTaken.add(id);
    finalIds.set(key, id);
  }

  // 2. One-word persons join the only multi-word person with that surname.
  // (Not one of the other sex: a lone "Mrs Trump" is not Donald Trump; `LINK_SKIP=othersex`.)
  const bySurname = new Map<string, Set<string>>();
  const sexOf = new Map<string, Entity["gender"]>();
  const groupSex = (key: string) => groups.get(key)!.map((x) => x.gender).find((x) => x === "male" || x === "female");
  for (const key of sortedKeys) {
    const e = groups.get(key)![0]!;
    if (e.type !== "person") continue;
    const words = e.name.split(" ");
    if (words.length < 2) continue;
    const set = bySurname.get(words.at(-1)!) ?? new Set();
    set.add(finalIds.get(key)!);
    bySurname.set(words.at(-1)!, set);
    const g = groupSex(key) ?? firstNameGender(e.name);
    if (g) sexOf.set(finalIds.get(key)!, g);
  }
  for (const key of sortedKeys) {
    const e = groups.get(key)![0]!;
    if (e.inRegistry || e.type !== "person" || e.name.includes(" ")) continue;
    const targets = bySurname.get(e.name);
    if (!targets || targets.size !== 1) continue;
    const target = [...targets][0]!;
    const own = groupSex(key);
    if (!SKIP_OTHER_SEX && own && sexOf.has(target) && sexOf.get(target) !== own) continue;
    finalIds.set(key, target);
  }

  // 3. A merged entity keeps the oldest published id among its groups ("putin" when the lone "Putin" was
  // published before "Vladimir Putin"), unless another entity already holds that id in this build.
  const bucketKeys = new Map<string, string[]>();
  for (const key of sortedKeys) {
    const id = finalIds.get(key)!;
    bucketKeys.set(id, [...(bucketKeys.get(id) ?? []), key]);
  }
  const renamed = new Map<string, string>();
  const renamedTo = new Set<string>();
  for (const [id, keys] of bucketKeys) {
    if (index.byId.has(id)) continue;
    const claims = keys.flatMap((k) => ledgerIds.get(k) ?? []);
    const oldest = claims.sort((x, y) => claimOrder.get(x)! - claimOrder.get(y)!)[0];
    if (!oldest || oldest === id || claimOrder.get(oldest)! >= (claimOrder.get(id) ?? Infinity)) continue;
    if (bucketKeys.has(oldest) || renamedTo.has(oldest)) continue;
    renamed.set(id, oldest);
    renamedTo.add(oldest);
  }
  for (const key of sortedKeys) {
    const to = renamed.get(finalIds.get(key)!);
    if (to) finalIds.set(key, to);
  }
  const newIds: PublishedId[] = [];
  for (const key of sortedKeys) {
    const first = groups.get(key)![0]!;
    const id = finalIds.get(key)!;
    if (first.inRegistry || index.byId.has(id) || ledgerIds.get(key)?.includes(id)) continue;
    newIds.push({ id, from: first.id, kind: first.type === "person" ? "person" : "other" });
  }

  // 4. Build the merged entities and rewrite every article's ids.
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
  return { docs: newDocs, entities: [...out.values()].sort((a, b) => a.id.localeCompare(b.id)), newIds };
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
