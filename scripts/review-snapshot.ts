/**
 * Prints what the annotator makes of every review text, one block a text, so that a change can be
 * read as a diff: entities with their mentions, and each speech quotation with its speaker.
 *
 *   npx tsx scripts/review-snapshot.ts > /tmp/before.txt   # before a change
 *   npx tsx scripts/review-snapshot.ts > /tmp/after.txt    # after it
 *   diff /tmp/before.txt /tmp/after.txt
 *
 * The texts (tests/fixtures/review-texts/, read its README) are news written for review, with
 * invented people; a first line "date YYYY-MM-DD" gives the date role titles resolve at.
 * `--dir DIR` reads another folder of .txt files.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { annotate } from "../src/annotator/annotate.ts";
import { loadRegistry } from "../src/registry/load.ts";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { dir: { type: "string", default: join(root, "tests/fixtures/review-texts") } } });
const { registry } = await loadRegistry(join(root, "content/entities"), root);
for (const name of readdirSync(values.dir).filter((f) => f.endsWith(".txt")).sort()) {
  const text = readFileSync(join(values.dir, name), "utf8");
  const date = /^date (\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  const a = annotate(text, { registry, ...(date ? { date } : {}) });
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
