/**
 * Prints what the annotator makes of every review text, one block a text, so that a change can be
 * read as a diff: entities with their mentions, and each speech quotation with its speaker.
 *
 *   npx tsx scripts/review-snapshot.ts > /tmp/before.txt   # before a change
 *   npx tsx scripts/review-snapshot.ts > /tmp/after.txt    # after it
 *   diff /tmp/before.txt /tmp/after.txt
 *
 * The texts (tests/fixtures/review-texts/, read its README) are news written for review, with
 * invented people, in the plain-text source form (a first line "date YYYY-MM-DD", the date role titles
 * resolve at), read as ingest reads it.
 * `--dir DIR` reads another folder of .txt files.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { annotate } from "../src/annotator/annotate.ts";
import { splitPlainText } from "../src/ingest/plain-text.ts";
import { loadRegistry } from "../src/registry/load.ts";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { dir: { type: "string", default: join(root, "tests/fixtures/review-texts") } } });
const { registry } = await loadRegistry(join(root, "content/entities"), root);
for (const name of readdirSync(values.dir).filter((f) => f.endsWith(".txt")).sort()) {
  // The text the build annotates: the plain-text source form read as ingest reads it, date line apart.
  const split = splitPlainText(readFileSync(join(values.dir, name), "utf8"));
  if (!split.ok) { console.log(`#### ${name}: ${split.issue.message}`); continue; }
  const text = split.parts.paragraphs.join("\n\n");
  const a = annotate(text, { registry, date: split.parts.date });
  console.log(`#### ${name}`);
  const byEntity = new Map<string, string[]>();
  for (const m of a.mentions) byEntity.set(m.entityId, [...(byEntity.get(m.entityId) ?? []), `${m.text}@${m.start}`]);
  for (const e of a.entities) console.log(`E ${e.id} [${e.type}] ${(byEntity.get(e.id) ?? []).join(", ")}`);
  for (const q of a.quotes) {
    if (q.kind !== "speech") continue;
    const speaker = q.speakerEntityId ?? (q.speakerGroup ? `group:${q.speakerGroup.text}` : "NONE");
    console.log(`Q @${q.start} -> ${speaker} :: ${q.text.slice(0, 60).replace(/\n/g, " ")}`);
  }
}
