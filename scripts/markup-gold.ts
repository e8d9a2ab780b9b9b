/**
 * `npx tsx scripts/markup-gold.ts DIR OUT.json`: turns hand-marked articles (tests/fixtures/entity-gold,
 * whose README gives the markup) into a gold file in the format of `../shared/eval/entities-dev.json`, so
 * that `npm run predict` and `score.mjs` measure the annotator on them like on the GUM articles.
 *
 *   [[Name|type|id]]   a name mention (type person, organization or place), id shared by its entity
 *   <<id|"...">>       a direct quotation and its speaker's id; <<?|...>> names no speaker; <<q|...>>
 *                      scare quotes and titles, which the scorer neither credits nor counts against
 *
 * The first line is the headline ("# ..."), the body starts with a Wikinews date line. A markup error
 * stops the script with the file and line.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const TYPES = new Set(["person", "organization", "place"]);

interface GoldEntity {
  start: number; end: number; text: string; type: string; id: string; kind: "name";
  nameStart: number; nameEnd: number; headStart: number; headEnd: number;
}
interface GoldQuote { start: number; end: number; text: string; tag: "quote" | "q"; speakerEntityId: string | null }

class MarkupError extends Error {}

/** Line number (1-based) of offset `at` in `source`. */
const lineOf = (source: string, at: number) => source.slice(0, at).split("\n").length;

export function convert(file: string, source: string) {
  const raw = source.replace(/\r/g, "");
  const headline = /^\s*#\s*(.*)\n/.exec(raw);
  if (!headline) throw new MarkupError(`${file}:1: the first line must be the headline, "# ..."`);
  const bodyAt = headline.index + headline[0].length;
  const fail = (at: number, what: string): never => { throw new MarkupError(`${file}:${lineOf(raw, bodyAt + at)}: ${what}`); };
  const body = raw.slice(bodyAt);
  let text = "";
  const entities: GoldEntity[] = [];
  const quotes: GoldQuote[] = [];
  const open: { id: string; start: number; at: number }[] = [];
  for (let k = 0; k < body.length; ) {
    if (body.startsWith("[[", k)) {
      const close = body.indexOf("]]", k);
      if (close < 0) fail(k, "a name mark without its closing ]]");
      const [name = "", type = "", id = "", ...rest] = body.slice(k + 2, close).split("|");
      if (!name || !TYPES.has(type) || !id.trim() || rest.length) fail(k, `bad name mark ${body.slice(k, close + 2)}: want [[Name|person|organization|place|id]]`);
      entities.push({ start: 0, end: 0, text: "", type, id: id.trim(), kind: "name", nameStart: text.length, nameEnd: text.length + name.length, headStart: 0, headEnd: 0 });
      text += name;
      k = close + 2;
    } else if (body.startsWith("<<", k)) {
      const bar = body.indexOf("|", k);
      if (bar < 0 || bar - k > 80) fail(k, "a quotation mark <<id|... without its |");
      open.push({ id: body.slice(k + 2, bar).trim(), start: text.length, at: k });
      k = bar + 1;
    } else if (body.startsWith(">>", k)) {
      const q = open.pop() ?? fail(k, "a >> that closes no quotation");
      quotes.push({ start: q.start, end: text.length, text: "", tag: q.id === "q" ? "q" : "quote", speakerEntityId: q.id === "q" || q.id === "?" ? null : q.id });
      k += 2;
    } else {
      text += body[k];
      k++;
    }
  }
  if (open.length) fail(open[open.length - 1]!.at, "a quotation <<... never closed with >>");
  // Blank lines between paragraphs as in the GUM gold ("\n\n"), nothing before or after.
  const lead = text.length - text.trimStart().length;
  const shift = (n: number) => n - lead;
  text = text.trim();
  for (const e of entities) { e.nameStart = shift(e.nameStart); e.nameEnd = shift(e.nameEnd); }
  for (const q of quotes) { q.start = shift(q.start); q.end = shift(q.end); q.text = text.slice(q.start, q.end); }
  for (const e of entities) {
    // The noun phrase the scorer allows a prediction to fill: the name, capitalised title words right
    // before it ("Executive Vice-President Teresa Ribera") and a possessive after it.
    const before = /((?:(?:\p{Lu}[\p{L}\p{N}.'’-]*|the|of|for) ){1,5})$/u.exec(text.slice(Math.max(0, e.nameStart - 60), e.nameStart));
    e.start = e.nameStart - (before ? before[1]!.length : 0);
    const after = /^['’]s?/.exec(text.slice(e.nameEnd, e.nameEnd + 2));
    e.end = e.nameEnd + (after ? after[0].length : 0);
    e.text = text.slice(e.start, e.end);
    e.headStart = Math.max(e.nameStart, text.lastIndexOf(" ", e.nameEnd - 1) + 1);
    e.headEnd = e.nameEnd;
  }
  for (const q of quotes) {
    if (q.speakerEntityId && !entities.some((e) => e.id === q.speakerEntityId)) throw new MarkupError(`${file}: the speaker ${q.speakerEntityId} of ${JSON.stringify(q.text.slice(0, 40))} is never marked by name`);
  }
  const date = /^[A-Z][a-z]+day, ([A-Z][a-z]+ \d{1,2}, \d{4})/.exec(text);
  return {
    id: file.replace(/\.txt$/, ""),
    source: `tests/fixtures/entity-gold/${file}`,
    dateCreated: date ? new Date(`${date[1]} UTC`).toISOString().slice(0, 10) : null,
    title: headline[1]!.replace(/\[\[([^|\]]*)\|[^\]]*\]\]/g, "$1").trim(),
    text,
    entities,
    quotes,
    titleEntities: [],
    titleQuotes: [],
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""))) {
  const [dir, out] = process.argv.slice(2);
  if (!dir || !out) {
    console.error("usage: npx tsx scripts/markup-gold.ts DIR OUT.json");
    process.exit(2);
  }
  try {
    const docs = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => convert(f, readFileSync(join(dir, f), "utf8")));
    writeFileSync(out, JSON.stringify(docs, null, 1) + "\n");
    const count = (k: "entities" | "quotes") => docs.reduce((a, d) => a + d[k].length, 0);
    console.log(`${docs.length} documents, ${count("entities")} names, ${count("quotes")} quotations -> ${out}`);
  } catch (e) {
    if (!(e instanceof MarkupError)) throw e;
    console.error(`markup-gold: ${e.message}`);
    process.exit(1);
  }
}
