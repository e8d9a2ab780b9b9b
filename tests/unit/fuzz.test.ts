/**
 * Seeded fuzzing of the text stages: real sample texts mutated (quotation marks inserted, deleted and
 * repeated, odd Unicode inserted, truncation, paragraphs shuffled) and random strings, through
 * `tokenize`, `annotate` and ingest's `parseSource`. Every input must come back without a throw, with
 * offsets inside the text that slice to the reported text, with quotations that respect paragraph
 * boundaries, and within a time bound. FUZZ_SEED and FUZZ_SCALE (a multiplier) reproduce or widen a run.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { annotate } from "../../src/annotator/annotate.ts";
import type { Registry } from "../../src/annotator/model.ts";
import { tokenize } from "../../src/annotator/tokenize.ts";
import { parseSource } from "../../src/ingest/source.ts";
import { loadRegistry } from "../../src/registry/load.ts";
import { extractText, parseMarkdown } from "../../src/plugins/index.ts";
import { mulberry32 } from "../../src/lib/random.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 20251126);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const projectDir = join(import.meta.dirname, "..", "..");

const rng = mulberry32;

const QUOTE_MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "`"];
const ODD = [
  "\u00a0", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u202c", "\u2067", "\u2069", "\u200f",
  "\u2028", "\u2029", "\r", "\r\n", "\n\n", "\t", "\u0000", "\u0007", "\u001b", "\u0085", "\u0301", "\u0336",
  "🎉", "👩\u200d👩\u200d👧", "🇺🇦", "👍🏽", "\ud83d", "\ude00", "\ufffd", "\uffff",
  "مرحبا", "שלום", "Ωμέγα", "日本語", "İ", "ß", "ﬁ", "Ⅻ", "..", "...", "—", "–", "-", ",", ":", ";", "(", ")", "[", "]",
  "U.S.", "Mr.", "Dr", " said ", " he said.", " she told reporters", "Putin", "Kallas", "The Foreign Secretary",
];

interface Source {
  name: string;
  text: string;
}

/** Plain text of every sample article (what the corpus stage annotates) plus the raw source files. */
function samples(): { texts: Source[]; files: { name: string; bytes: Uint8Array }[] } {
  const texts: Source[] = [];
  const articles = join(projectDir, "content", "articles");
  for (const name of readdirSync(articles).filter((n) => n.endsWith(".md")).sort()) {
    const raw = readFileSync(join(articles, name), "utf8");
    const body = raw.replace(/^---\n[\s\S]*?\n---\n/, "");
    texts.push({ name, text: extractText(parseMarkdown(body)).text });
  }
  const files: { name: string; bytes: Uint8Array }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push({ name: path.slice(projectDir.length + 1), bytes: readFileSync(path) });
    }
  };
  walk(join(projectDir, "content", "sources"));
  return { texts, files };
}

type Random = () => number;
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const int = (r: Random, n: number) => Math.floor(r() * n);

/** One mutation of `text`; several are chained per input. */
function mutate(r: Random, text: string): string {
  const at = int(r, text.length + 1);
  switch (int(r, 9)) {
    case 0: // insert a quotation mark
      return text.slice(0, at) + pick(r, QUOTE_MARKS) + text.slice(at);
    case 1: { // delete every occurrence of one mark, or one occurrence
      const mark = pick(r, QUOTE_MARKS);
      if (r() < 0.3) return text.split(mark).join("");
      const i = text.indexOf(mark, at);
      return i < 0 ? text : text.slice(0, i) + text.slice(i + 1);
    }
    case 2: // odd Unicode
      return text.slice(0, at) + pick(r, ODD) + text.slice(at);
    case 3: // truncate (possibly inside a surrogate pair)
      return text.slice(0, at);
    case 4: // a run of repeated marks
      return text.slice(0, at) + pick(r, QUOTE_MARKS).repeat(1 + int(r, 60)) + text.slice(at);
    case 5: { // swap two paragraphs
      const paras = text.split("\n\n");
      const i = int(r, paras.length);
      const j = int(r, paras.length);
      [paras[i], paras[j]] = [paras[j]!, paras[i]!];
      return paras.join("\n\n");
    }
    case 6: // blank lines (new paragraph boundaries) at random
      return text.slice(0, at) + "\n\n" + text.slice(at);
    case 7: { // delete a span
      const len = int(r, 200);
      return text.slice(0, at) + text.slice(at + len);
    }
    default: { // duplicate a span
      const len = int(r, 300);
      return text.slice(0, at) + text.slice(at, at + len) + text.slice(at);
    }
  }
}

function randomString(r: Random): string {
  const parts: string[] = [];
  const n = int(r, 80);
  for (let i = 0; i < n; i++) {
    const k = r();
    if (k < 0.35) parts.push(pick(r, ["the", "Mr", "Putin", "said", "Kyiv", "EU", "he", "she", "told", "and", "“", "”", "'", '"', "\n\n", ". ", ", "]));
    else if (k < 0.6) parts.push(pick(r, ODD));
    else if (k < 0.8) parts.push(pick(r, QUOTE_MARKS));
    else parts.push(String.fromCharCode(int(r, 0x3000)));
    if (r() < 0.5) parts.push(" ");
  }
  return parts.join("");
}

/** Paragraph spans as tokenize and the quote stage use them. */
function paragraphIndexAt(paragraphs: { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const OPENERS = /^["“‘'«„]/;
const CLOSERS = /["”’'»]$/;

/** Checks one text through tokenize and annotate; returns the problems (empty when all is well). */
function checkText(text: string, registry: Registry | undefined, full: boolean): string[] {
  const problems: string[] = [];
  const tok = tokenize(text);
  for (const t of tok.tokens) {
    if (t.start < 0 || t.end > text.length || t.start >= t.end || text.slice(t.start, t.end) !== t.text) problems.push(`token ${JSON.stringify(t)} out of place`);
  }
  for (const s of tok.sentences) if (s.start < 0 || s.end > text.length || s.start > s.end) problems.push(`sentence ${JSON.stringify(s)} out of bounds`);
  if (!full) return problems;
  const result = annotate(text, { date: "2025-05-12", ...(registry ? { registry } : {}) });
  for (const m of result.mentions) {
    if (m.start < 0 || m.end > text.length || m.start >= m.end || text.slice(m.start, m.end) !== m.text) problems.push(`mention ${JSON.stringify(m)} out of place`);
    if (!result.entities.some((e) => e.id === m.entityId)) problems.push(`mention ${m.text} names unknown entity ${m.entityId}`);
  }
  for (const q of result.quotes) {
    if (q.start < 0 || q.end > text.length || q.start >= q.end || text.slice(q.start, q.end) !== q.text) problems.push(`quote ${q.start}-${q.end} out of place`);
    if (q.contentStart < q.start || q.contentEnd > q.end || q.contentStart > q.contentEnd) problems.push(`quote ${q.start}-${q.end} content ${q.contentStart}-${q.contentEnd} outside it`);
    if (q.speakerMention && (q.speakerMention.start < 0 || q.speakerMention.end > text.length)) problems.push(`quote ${q.start} speaker mention out of bounds`);
    // A quotation runs into the next paragraph only when that paragraph opens with a quotation mark
    // (the news convention), or when it is the last one and the quotation closes there (a forgotten
    // continuation mark).
    const first = paragraphIndexAt(tok.paragraphs, q.start);
    const last = paragraphIndexAt(tok.paragraphs, q.end - 1);
    if (last - first + 1 !== q.paragraphs) problems.push(`quote ${q.start}-${q.end} says ${q.paragraphs} paragraphs, spans ${last - first + 1}`);
    for (let p = first + 1; p <= last; p++) {
      const para = text.slice(tok.paragraphs[p]!.start, tok.paragraphs[p]!.end).trimStart();
      if (!OPENERS.test(para) && !(p === last && CLOSERS.test(q.text))) problems.push(`quote ${q.start}-${q.end} swallows paragraph ${p} (${JSON.stringify(para.slice(0, 30))})`);
    }
  }
  for (let i = 1; i < result.quotes.length; i++) if (result.quotes[i]!.start < result.quotes[i - 1]!.end) problems.push(`quotes ${i - 1} and ${i} overlap`);
  return problems;
}

describe("fuzzing tokenize, annotate and parseSource", () => {
  let registry: Registry;
  const corpus = samples();
  beforeAll(async () => {
    registry = (await loadRegistry(join(projectDir, "content", "entities"), projectDir)).registry;
  });

  /** Per-input time limit: generous for the 2-core machine, far below a runaway (quadratic) input. */
  const LIMIT_MS = 3000;

  it("tokenize and annotate survive mutated sample texts and random strings", () => {
    const r = rng(SEED);
    let tried = 0;
    let slowest = 0;
    const failures: string[] = [];
    const run = (label: string, text: string, full: boolean) => {
      tried++;
      const started = performance.now();
      let problems: string[];
      try {
        problems = checkText(text, registry, full);
      } catch (error) {
        problems = [`threw ${(error as Error).stack?.split("\n").slice(0, 3).join(" | ")}`];
      }
      const ms = performance.now() - started;
      slowest = Math.max(slowest, ms);
      if (ms > LIMIT_MS) problems.push(`took ${ms.toFixed(0)} ms`);
      if (problems.length > 0 && failures.length < 20) failures.push(`${label} (${text.length} chars): ${problems.slice(0, 3).join("; ")}\n  input: ${JSON.stringify(text.length > 400 ? text.slice(0, 400) + "…" : text)}`);
    };
    const rounds = Math.round(40 * SCALE);
    for (let round = 0; round < rounds; round++) {
      for (const sample of corpus.texts) {
        let text = sample.text;
        const steps = 1 + int(r, 12);
        for (let s = 0; s < steps; s++) text = mutate(r, text);
        // Annotating every mutation of every sample would take minutes: annotate a fifth, tokenize all.
        run(`${sample.name} round ${round}`, text, round % 5 === 0);
      }
      for (let k = 0; k < 10; k++) run(`random ${round}.${k}`, randomString(r), k < 4);
    }
    console.log(`fuzz: ${tried} texts through tokenize (${Math.round(rounds / 5) * corpus.texts.length + rounds * 4} also through annotate), slowest ${slowest.toFixed(0)} ms, seed ${SEED}`);
    expect(failures).toEqual([]);
  });

  it("stays near-linear on pathological inputs (4x the text, well under 16x the time)", () => {
    // Each of these was quadratic somewhere before (see the report in the commit): a paragraph with
    // thousands of quotations (isPartial's end-anchored regex), a 100 000-letter "word" (the tagger's
    // possessive pattern), runs of opening marks that never close.
    const cases: Record<string, (n: number) => string> = {
      "many quotations in one paragraph": (n) => "“No,” he said. ".repeat(n / 16),
      "single-quoted quotations with plural possessives": (n) => "‘The ministers' decision is final,' he said ".repeat(n / 44),
      "one long word": (n) => "a".repeat(n),
      "opening marks only": (n) => "“".repeat(n),
      "straight marks that never close": (n) => '"a '.repeat(n / 3),
      "single marks that never close": (n) => "‘a ".repeat(n / 3),
      "paragraphs that each open a quotation": (n) => "“Unclosed, he said\n\n".repeat(n / 20),
      "elisions": (n) => "rock 'n' roll 'til dawn ".repeat(n / 24),
    };
    const slow: string[] = [];
    for (const [name, make] of Object.entries(cases)) {
      const time = (text: string) => {
        const started = performance.now();
        checkText(text, undefined, true);
        return performance.now() - started;
      };
      const small = time(make(20_000));
      const large = time(make(80_000));
      if (large > 8 * small + 500 || large > 10_000) slow.push(`${name}: ${small.toFixed(0)} ms for 20k, ${large.toFixed(0)} ms for 80k`);
    }
    expect(slow).toEqual([]);
  });

  it("parseSource survives mutated sample sources and random bytes", async () => {
    const r = rng(SEED + 1);
    let tried = 0;
    const failures: string[] = [];
    const encoder = new TextEncoder();
    const run = async (name: string, bytes: Uint8Array) => {
      tried++;
      const started = performance.now();
      try {
        const result = await parseSource(name, bytes);
        const problems: string[] = [];
        if (!result.ok && !result.issues.some((i) => i.severity === "error")) problems.push("refused without an error message");
        for (const i of result.issues) if (!i.message || (i.line !== undefined && !(Number.isInteger(i.line) && i.line >= 1))) problems.push(`bad issue ${JSON.stringify(i)}`);
        if (result.ok) {
          if (!/^\d{4}-\d{2}-\d{2}$/.test(result.parsed.date)) problems.push(`date ${result.parsed.date}`);
          if (result.parsed.title.trim() === "") problems.push("empty title");
          if (result.parsed.body.trim() === "") problems.push("empty body");
        }
        const ms = performance.now() - started;
        if (ms > LIMIT_MS) problems.push(`took ${ms.toFixed(0)} ms`);
        if (problems.length > 0 && failures.length < 20) failures.push(`${name}: ${problems.join("; ")}`);
      } catch (error) {
        if (failures.length < 20) failures.push(`${name}: threw ${(error as Error).message}`);
      }
    };
    const rounds = Math.round(12 * SCALE);
    for (let round = 0; round < rounds; round++) {
      for (const file of corpus.files) {
        let text = new TextDecoder().decode(file.bytes);
        const steps = 1 + int(r, 8);
        for (let s = 0; s < steps; s++) text = mutate(r, text);
        // Sometimes the bytes themselves are damaged (invalid UTF-8, NULs, a Latin-1 re-encoding).
        let bytes = encoder.encode(text);
        const damage = r();
        if (damage < 0.1) bytes = Uint8Array.from(Buffer.from(text, "latin1"));
        else if (damage < 0.2) {
          bytes = Uint8Array.from(bytes);
          for (let k = 0; k < 5; k++) bytes[int(r, bytes.length)] = int(r, 256);
        }
        const ext = pick(r, [file.name, file.name, file.name.replace(/\.\w+$/, ".txt"), file.name.replace(/\.\w+$/, ".html"), file.name.replace(/\.\w+$/, "")]);
        await run(`${ext} round ${round}`, bytes);
      }
      for (let k = 0; k < 8; k++) {
        const text = (r() < 0.5 ? pick(r, ["date 2025-05-12 ", "---\ntitle: x\ndate: 2025-05-12\n---\n", "<html><body><article>", ""]) : "") + randomString(r);
        await run(`random-${round}-${k}.${pick(r, ["txt", "md", "html"])}`, encoder.encode(text));
      }
    }
    console.log(`fuzz: ${tried} sources through parseSource, seed ${SEED + 1}`);
    expect(failures).toEqual([]);
  });
});
