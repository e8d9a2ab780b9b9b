/**
 * Caller-supplied registry names: exact (case-sensitive) word-sequence matches, longest first. They
 * win over overlapping model spans, except that a registry place the model reads as an organisation
 * on exactly the same words keeps the model's type ("Russia has said": GUM's metonymy rule).
 */
import type { EntityType, NameSpan } from "../model.ts";
import { tokenize } from "../tokenize.ts";
import { toWords, type WordView } from "./words.ts";
import { isHonorific } from "./lexicon.ts";

interface Trie { next: Map<string, Trie>; type?: EntityType; }

const tries = new WeakMap<ReadonlyMap<string, EntityType>, Trie>();

function trieOf(gazetteer: ReadonlyMap<string, EntityType>): Trie {
  let root = tries.get(gazetteer);
  if (root) return root;
  root = { next: new Map() };
  for (const [surface, type] of gazetteer) {
    const forms = toWords(tokenize(surface)).words.map((w) => w.text);
    if (!forms.length) continue;
    let node = root;
    for (const f of forms) {
      let child = node.next.get(f);
      if (!child) { child = { next: new Map() }; node.next.set(f, child); }
      node = child;
    }
    node.type = type;
  }
  tries.set(gazetteer, root);
  return root;
}

export function applyGazetteer(text: string, view: WordView, spans: NameSpan[], gazetteer: ReadonlyMap<string, EntityType>): NameSpan[] {
  const root = trieOf(gazetteer);
  const { words, sentStart } = view;
  const found: NameSpan[] = [];
  for (let s = 0; s + 1 < sentStart.length; s++) {
    const b = sentStart[s + 1]!;
    for (let i = sentStart[s]!; i < b; i++) {
      let node: Trie | undefined = root;
      let bestEnd = -1;
      let bestType: EntityType | undefined;
      for (let j = i; j < b && node; j++) {
        node = node.next.get(words[j]!.text);
        if (node?.type) { bestEnd = j + 1; bestType = node.type; }
      }
      if (bestEnd < 0 || !bestType) continue;
      // An alias with an honorific ("Sir Keir Starmer") matches with it, but the mention is the bare
      // name, as for every other name ("Keir Starmer").
      let first = i;
      while (first + 1 < bestEnd && bestType === "person" && isHonorific(words[first]!.text.toLowerCase().replace(/\.$/, ""))) first++;
      const start = words[first]!.start, end = words[bestEnd - 1]!.end;
      const same = spans.find((m) => m.start === start && m.end === end);
      const type = same && bestType === "place" && same.type === "organization" ? "organization" : bestType;
      found.push({ start, end, text: text.slice(start, end), type, confidence: 1 });
      i = bestEnd - 1;
    }
  }
  if (!found.length) return spans;
  const kept = spans.filter((m) => !found.some((g) => g.start < m.end && m.start < g.end));
  return [...kept, ...found].sort((x, y) => x.start - y.start);
}
