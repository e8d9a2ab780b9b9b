/**
 * `npm run predict -- GOLD.json OUT.json`: annotates every document's `text` with the same annotator
 * and registry the site uses, and writes predictions in the format `../shared/eval/score.mjs` defines.
 */
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { annotate } from "../src/annotator/annotate.ts";
import { speakerMentions } from "./speaker-mentions.ts";
import { loadRegistry } from "../src/registry/load.ts";
import { formatMessage } from "../src/lib/messages.ts";
import { useModel } from "../src/annotator/ner/index.ts";
import type { ModelFile } from "../src/annotator/ner/weights.ts";

interface GoldDoc {
  id: string;
  text: string;
  title?: string | null;
  dateCreated?: string | null;
}

// `--model FILE` annotates with another tagger model (the held-out check: a model trained by
// `npx tsx scripts/train.ts --holdout interview` without the documents it is measured on).
const args = process.argv.slice(2);
const modelAt = args.indexOf("--model");
const modelPath = modelAt >= 0 ? args.splice(modelAt, 2)[1] : undefined;
const [goldPath, outPath] = args;
if (!goldPath || !outPath) {
  console.error("usage: npm run predict -- GOLD.json OUT.json [--model MODEL.json]");
  process.exit(2);
}
if (modelPath) useModel(JSON.parse(await readFile(modelPath, "utf8")) as ModelFile);
const root = resolve(import.meta.dirname, "..");
const { registry, messages } = await loadRegistry(resolve(root, "content/entities"), root);
for (const m of messages) console.error(formatMessage(m));

const gold = JSON.parse(await readFile(goldPath, "utf8")) as GoldDoc[];
const started = performance.now();
let words = 0;
const predictions = gold.map((doc) => {
  words += doc.text.split(/\s+/).filter(Boolean).length;
  const date = doc.dateCreated ? String(doc.dateCreated).slice(0, 10) : undefined;
  const a = annotate(doc.text, { ...(date ? { date } : {}), registry });
  const speakers = speakerMentions(a.quotes);
  return {
    id: doc.id,
    // Pronoun and nominal mentions are not names: the scorer counts names only. A title in lower case
    // ("the prince said") is a nominal mention too, though the product links it to its holder.
    entities: [
      ...a.mentions.filter((m) => m.kind === "name" || (m.kind === "role" && /^\p{Lu}/u.test(m.text))).map((m) => ({ start: m.start, end: m.end, type: m.type, entityId: m.entityId })),
      ...speakers.mentions,
    ],
    // A quotation over several paragraphs is one Quote here; the gold format has one quote per paragraph.
    quotes: a.quotes.filter((q) => q.kind === "speech").flatMap((q) => paragraphParts(doc.text, q.start, q.end).map((p) => ({ ...p, speakerEntityId: speakers.idOf(q) }))),
  };
});
await writeFile(outPath, JSON.stringify(predictions, null, 1));
const seconds = (performance.now() - started) / 1000;
console.error(`predict: ${gold.length} documents, ${words} words in ${seconds.toFixed(2)} s -> ${outPath}`);

function paragraphParts(text: string, start: number, end: number): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let from = start;
  for (let i = text.indexOf("\n\n", from); i >= 0 && i < end; i = text.indexOf("\n\n", from)) {
    if (i > from) parts.push({ start: from, end: i });
    from = i + 2;
    while (from < end && /\s/.test(text[from]!)) from++;
  }
  if (end > from) parts.push({ start: from, end });
  return parts;
}
