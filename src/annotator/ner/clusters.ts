/**
 * Word clusters from pre-trained word vectors (data/clusters.json, built by scripts/build-clusters.ts
 * from GloVe vectors): words the vectors put close together share an id, so that what the tagger
 * learns about one name carries to names it never saw in training ("putin" sits with "yeltsin",
 * "chirac", "merkel"; "ubisoft" with "activision", "konami").
 */
import data from "./data/clusters.json" with { type: "json" };

const fineOf = new Map<string, number>();
data.clusters.forEach((members, id) => {
  for (const w of members.split(" ")) fineOf.set(w, id);
});

/** The fine cluster id of a lower-cased word plus one, or 0 when the word has none. */
export function fineCluster(lower: string): number {
  const id = fineOf.get(lower);
  return id === undefined ? 0 : id + 1;
}

/** The coarse cluster id (plus one) of a fine cluster id as `fineCluster` returns it; 0 stays 0. */
export function coarseCluster(fine: number): number {
  return fine === 0 ? 0 : data.parent[fine - 1]! + 1;
}
