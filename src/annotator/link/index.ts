/**
 * Linking: turns recognised names into mentions of canonical entities, within one text. Registry names,
 * aliases, merges, suppressions and per-article pins apply here; role titles resolve to whoever held
 * the role on the article's date, else (titles.ts) to the one person the article itself introduces with
 * that title. Cross-article identity is settled afterwards by `mergeCorpus`.
 */
import type { AnnotateOptions, Entity, EntityType, Gender, Mention, NameSpan } from "../model.ts";
import { isCountry, isListedPlace } from "../ner/lexicon.ts";
import type { Tokenized } from "../tokenize.ts";
import { slugify } from "../../lib/paths.ts";
import { indexRegistry } from "./registry-index.ts";
import { combine, registryMatches, roleMatches } from "./candidates.ts";
import { clusterMentions, clusterType, placeCase, type Cluster } from "./cluster.ts";
import { knownCanonical } from "./known-aliases.ts";
import { titleMentions } from "./titles.ts";

const MALE = new Set(["mr", "mr.", "sir", "lord", "mister", "king", "prince"]);
const FEMALE = new Set(["ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady", "madam", "queen", "princess"]);

export function linkMentions(tok: Tokenized, names: NameSpan[], options: AnnotateOptions): { mentions: Mention[]; entities: Entity[] } {
  const index = indexRegistry(options.registry);
  let cands = combine(names, registryMatches(tok, index));

  // Pins: "in this article, 'Jordan' is jordan-country" — the editor's word beats the machine's.
  const pins = options.pins ?? {};
  if (Object.keys(pins).length) {
    for (const c of cands) {
      const pinned = pins[c.text];
      if (!pinned) continue;
      const entry = index.byId.get(pinned);
      if (entry) {
        c.entry = entry;
        c.type = entry.type === "person" ? "person" : c.type;
      } else c.pinnedId = pinned;
      c.source = "pin";
    }
  }
  cands = cands.filter((c) => !index.suppressed.has(c.text.toLowerCase()) && !(c.entry && index.suppressed.has(c.entry.id)));

  // Who is named in this text: registry matches, and registry people named by surname alone ("Mr Lammy").
  const namedIds = new Set(cands.flatMap((c) => (c.entry ? [c.entry.id] : [])));
  for (const c of cands) {
    if (c.entry || c.type !== "person" || /\s/.test(c.text)) continue;
    const holders = index.surnames.get(c.text);
    if (holders?.length === 1) namedIds.add(holders[0]!.id);
  }
  // A recognised "name" that is really a role title ("The Foreign Secretary") gives way to the role.
  const taken = (start: number, end: number) => cands.some((c) => c.start < end && start < c.end && !(c.source === "model" && c.start >= start - 4 && c.end <= end));
  const roles = roleMatches(tok, index, options.date, namedIds, taken);
  const kept = cands.filter((c) => !roles.some((r) => r.start < c.end && c.start < r.end));
  const all = [...kept, ...roles].sort((a, b) => a.start - b.start);

  const clusters = clusterMentions(all, index, tok.text);
  // Bare titles ("the President") left over after the registry's roles: the one person this article
  // introduces with that title, if exactly one. Added to an existing person's cluster, never a new one.
  const overlaps = (start: number, end: number) => all.some((c) => c.start < end && start < c.end);
  for (const { cluster, cand } of titleMentions(tok, clusters, overlaps)) cluster.members.push(cand);
  const genders = inferGenders(tok, clusters);
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const usedIds = new Set<string>();
  for (const cluster of clusters) {
    const entity = toEntity(cluster, usedIds, genders.get(cluster));
    if (index.suppressed.has(entity.id)) continue;
    usedIds.add(entity.id);
    entities.push(entity);
    for (const m of cluster.members) {
      mentions.push({
        start: m.start,
        end: m.end,
        text: m.text,
        entityId: entity.id,
        type: mentionType(entity.type, m.type, m.text),
        kind: m.kind,
        source: m.source,
      });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, entities };
}

/**
 * A mention keeps its own type only where a place's name stands for an organisation or the other
 * way round: a country or city acting ("Russia said", a national team). Other mentions take their
 * entity's type: "ECB", tagged a place, is the European Central Bank's acronym.
 */
function mentionType(entityType: EntityType, own: EntityType, text: string): EntityType {
  if (entityType === "person" || own === "person") return entityType;
  return own === entityType || isListedPlace(text) ? own : entityType;
}

function toEntity(cluster: Cluster, usedIds: Set<string>, gender: Gender | undefined): Entity {
  const type = clusterType(cluster);
  if (cluster.entry) {
    const { merge: _merge, origin: _origin, ...entity } = cluster.entry;
    return { ...entity, aliases: [...entity.aliases], roles: [...entity.roles] };
  }
  const all = cluster.members.filter((m) => m.kind === "name").map((m) => placeCase(m.text.replace(/\s+/g, " "), m.type));
  // A people's name made from a place's is no name for the place: "British Columbians" beside "B.C.".
  const canon = new Set(all.map((n) => knownCanonical(n)));
  const names = all.filter((n) => ![...canon].some((m) => m !== n && n.startsWith(m) && /^(?:n|ns|an|ans|ian|ians|er|ers|s)$/.test(n.slice(m.length))));
  // "US" alone still names the United States: well-known short forms take their full name, so every
  // article's "US", "U.S." and "America" land on one page.
  const name = cluster.displayName ?? (type === "person" ? canonicalName(names, type) : knownCanonical(canonicalName(names, type)));
  let id = cluster.pinnedId ?? slugify(name, "entity");
  // (A city's club always takes the type after the slug, so the city keeps its own in every article,
  // whichever came first: "liverpool" is the city, "liverpool-organization" the club.)
  if (!cluster.pinnedId && (usedIds.has(id) || cluster.club)) id = `${id}-${type}`;
  for (let n = 2; usedIds.has(id); n++) id = `${slugify(name)}-${n}`;
  const aliases = [...new Set(names)].filter((n) => n !== name).sort();
  return { id, name, type, aliases, roles: [], inRegistry: false, ...(gender && gender !== "unknown" ? { gender } : {}) };
}

/**
 * The longest form (most words; for ties a spelled-out word over an acronym, "Kuomintang" over "KMT",
 * then the most frequent, then the first seen) names the entity.
 */
export function canonicalName(names: string[], _type: string): string {
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  const spelled = (n: string) => (/\p{Ll}{2}/u.test(n) ? 1 : 0);
  // A country is named so, not by its formal name ("Kenya", not "Republic of Kenya"), so that its
  // page is the one every other article's "Kenya" has.
  const forms = [...count.keys()];
  const plain = forms.find((n) => isCountry(n) && forms.some((m) => m.endsWith(` of ${n}`)));
  if (plain) return plain;
  let best = names[0] ?? "";
  for (const n of count.keys()) {
    const words = n.split(" ").length, bestWords = best.split(" ").length;
    if (words !== bestWords) { if (words > bestWords) best = n; continue; }
    if (spelled(n) !== spelled(best)) { if (spelled(n) > spelled(best)) best = n; continue; }
    if (count.get(n)! > count.get(best)! || (count.get(n) === count.get(best) && n.length > best.length)) best = n;
  }
  return best;
}

/** Gender from honorifics directly before a person's mentions ("Mr Putin", "Ms Kallas"). */
function inferGenders(tok: Tokenized, clusters: Cluster[]): Map<Cluster, Gender> {
  const before = new Map<number, string>();
  for (let i = 1; i < tok.tokens.length; i++) before.set(tok.tokens[i]!.start, tok.tokens[i - 1]!.text.toLowerCase());
  const out = new Map<Cluster, Gender>();
  for (const c of clusters) {
    if (!c.person) continue;
    let male = 0, female = 0;
    for (const m of c.members) {
      const prev = before.get(m.start);
      if (prev && MALE.has(prev)) male++;
      if (prev && FEMALE.has(prev)) female++;
    }
    if (male > female) out.set(c, "male");
    else if (female > male) out.set(c, "female");
  }
  return out;
}
