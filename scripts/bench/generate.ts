/**
 * Generates N realistic articles for the benchmark: paragraphs of the sample articles recombined, with
 * the people, places and organisations the annotator finds in them replaced by names drawn from lists,
 * so that there are many distinct entities and the entity pages grow with N. Seeded: the same N gives
 * the same corpus.
 */
import { mkdir, readdir, readFile, writeFile, cp } from "node:fs/promises";
import { join } from "node:path";
import { annotate } from "../../src/annotator/annotate.ts";
import type { Registry } from "../../src/annotator/model.ts";
import { FIRST_NAMES, ORGANIZATIONS, PLACES, SURNAMES } from "./names.ts";
import { mulberry32 as rng } from "../../src/lib/random.ts";


interface Template {
  text: string;
  /** Replaceable spans: [start, end, type, slot] where slot groups mentions of one entity. */
  holes: [number, number, "person" | "place" | "organization", string, boolean][];
}

/** Reads the sample articles' paragraphs and marks the names in them. */
export async function loadTemplates(articlesDir: string, registry: Registry): Promise<Template[]> {
  const templates: Template[] = [];
  for (const name of (await readdir(articlesDir)).filter((n) => n.endsWith(".md")).sort()) {
    const raw = await readFile(join(articlesDir, name), "utf8");
    const body = raw.replace(/^---\n[\s\S]*?\n---\n/, "");
    for (const para of body.split(/\n{2,}/)) {
      const text = para.trim();
      if (text.length < 80 || text.startsWith(":::")) continue;
      const a = annotate(text, { registry });
      const holes: Template["holes"] = a.mentions
        .filter((m) => m.kind === "name")
        .map((m) => [m.start, m.end, m.type, m.entityId, m.text.includes(" ")]);
      templates.push({ text, holes });
    }
  }
  return templates;
}

export async function generateCorpus(options: { n: number; outRoot: string; templates: Template[]; registryDir: string; seed?: number }): Promise<{ words: number }> {
  const random = rng(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sources = join(options.outRoot, "content", "sources");
  await mkdir(sources, { recursive: true });
  await cp(options.registryDir, join(options.outRoot, "content", "entities"), { recursive: true });
  let words = 0;
  for (let i = 0; i < options.n; i++) {
    const cast = new Map<string, { full: string; short: string }>();
    const paragraphs: string[] = [];
    const count = 6 + Math.floor(random() * 8);
    for (let p = 0; p < count; p++) {
      const t = pick(options.templates);
      let out = "";
      let at = 0;
      for (const [start, end, type, slot, full] of t.holes) {
        if (start < at) continue;
        let who = cast.get(slot);
        if (!who) {
          if (type === "person") {
            const first = pick(FIRST_NAMES), last = pick(SURNAMES);
            who = { full: `${first} ${last}`, short: last };
          } else {
            const name = type === "place" ? pick(PLACES) : pick(ORGANIZATIONS);
            who = { full: name, short: name };
          }
          cast.set(slot, who);
        }
        out += t.text.slice(at, start) + (full ? who.full : who.short);
        at = end;
      }
      paragraphs.push(out + t.text.slice(at));
    }
    const year = 2015 + Math.floor(random() * 11);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const people = [...cast.values()].slice(0, 2).map((c) => c.full);
    const title = `Report ${i + 1}: ${people.join(" and ") || "news of the day"}`;
    const body = paragraphs.join("\n\n");
    words += body.split(/\s+/).length;
    const md = `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\n---\n\n${body}\n`;
    await writeFile(join(sources, `article-${String(i + 1).padStart(5, "0")}.md`), md);
  }
  return { words };
}
