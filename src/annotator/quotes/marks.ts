/**
 * Quotation-mark pairing. Finds top-level quotations (nested quotes stay inside their outer one) from
 * straight and curly, double and single marks, telling apostrophes ("Kyiv’s", "'90s", "the ministers’")
 * from quote marks by their neighbours and by what is currently open.
 *
 * Paragraph rules, so that an unbalanced mark never swallows the rest of an article:
 * - a paragraph that ends inside a quotation, followed by a paragraph that opens with a mark of the same
 *   family, continues the quotation (the news convention for multi-paragraph quotations);
 * - otherwise the quotation is capped at the end of its paragraph; if the next paragraph then has a
 *   closing mark before any opening one, that paragraph is the rest of the same quotation (a writer who
 *   forgot the continuation mark);
 * - an unclosed single mark is taken to be an apostrophe after all and the paragraph is read again.
 */
import type { Span } from "../model.ts";

export type Family = "double" | "single";

export interface Quotation extends Span {
  contentStart: number;
  contentEnd: number;
  family: Family;
  /** Paragraph indices of the first and last paragraph the quotation touches. */
  firstParagraph: number;
  lastParagraph: number;
  /** The piece of the quotation inside each paragraph it touches, in order. */
  pieces: Span[];
  /** False when no closing mark was found and the quotation was capped at its paragraph's end. */
  closed: boolean;
}

type Role = "open" | "close";
interface Mark {
  family: Family;
  role: Role;
}

const OPENING_MARKS = "\"“‘'«„";
const CLOSING_MARKS = "\"”’'»";
/** A single mark that can close: after a non-space, before a space, punctuation or the end. */
const LATER_SINGLE_CLOSE = /\S['’](?=[\s.,;:!?)\]—–-]|$)/;
const isSpace = (c: string) => c === " " || c === "\n" || c === "\t" || c === "\r" || c === "\u00a0";
const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);

/** How many quotations of each family are open. */
interface OpenCounts {
  double: number;
  single: number;
}
const NONE_OPEN: OpenCounts = { double: 0, single: 0 };

/** What the mark at `i` is, given what is open; null for an apostrophe or other text. */
function classify(text: string, i: number, para: Span, open: OpenCounts): Mark | null {
  const ch = text[i]!;
  const prev = i > para.start ? text[i - 1]! : " ";
  const next = i + 1 < para.end ? text[i + 1]! : " ";
  const openerContext = isSpace(prev) || "([{—–-/".includes(prev) || OPENING_MARKS.includes(prev);
  const closerContext = isSpace(next) || /[.,;:!?)\]}—–\-…]/.test(next) || CLOSING_MARKS.includes(next);
  switch (ch) {
    case "“":
    case "„":
    case "«":
      return { family: "double", role: "open" };
    case "”":
    case "»":
      return { family: "double", role: "close" };
    case '"': {
      const canOpen = openerContext && !isSpace(next);
      const canClose = !isSpace(prev) && closerContext;
      if (canOpen && !canClose) return { family: "double", role: "open" };
      if (canClose && !canOpen) return { family: "double", role: "close" };
      return { family: "double", role: open.double > 0 ? "close" : "open" };
    }
    case "‘":
    case "’":
    case "'": {
      if (isWordChar(prev) && isWordChar(next)) return null; // don't, Kyiv’s
      // Wiki markup's bold and italics ("'''Wikinews''':", "''Nature''") are no quotation marks.
      if (ch === "'" && (prev === "'" || next === "'")) return null;
      // '90s, ’60s: an elided century, not a quotation.
      if (/^\p{N}{2}s\b/u.test(text.slice(i + 1, i + 5)) && !isWordChar(prev)) return null;
      if (ch === "‘") return { family: "single", role: "open" };
      const canOpen = openerContext && /[\p{L}\p{N}[.…]/u.test(next);
      const canClose = !isSpace(prev) && closerContext;
      if (canOpen && !canClose) return { family: "single", role: "open" };
      // A closing single mark is an apostrophe ("the ministers’ meeting", "Jesus’") unless a single
      // quotation is open.
      if (canClose && open.single > 0) {
        // "'The ministers' decision is final,' he said": a plural possessive inside a single-quoted
        // quotation. Read it as an apostrophe when a word follows and a later mark can still close.
        if (/[sS]/.test(prev) && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3)) && LATER_SINGLE_CLOSE.test(text.slice(i + 1, Math.min(para.end, i + 400)))) return null;
        return { family: "single", role: "close" };
      }
      return null;
    }
    default:
      return null;
  }
}

interface Building {
  start: number;
  family: Family;
  firstParagraph: number;
  pieces: Span[];
}

/** First non-space offset of a paragraph. */
function contentStartOf(text: string, para: Span): number {
  let i = para.start;
  while (i < para.end && isSpace(text[i]!)) i++;
  return i;
}

/** End of a paragraph without trailing spaces. */
function contentEndOf(text: string, para: Span): number {
  let i = para.end;
  while (i > para.start && isSpace(text[i - 1]!)) i--;
  return i;
}

/** True when `para` opens with a mark that can open a quotation of `family`. */
function opensWith(text: string, para: Span, family: Family): boolean {
  const i = contentStartOf(text, para);
  if (i >= para.end) return false;
  const mark = classify(text, i, para, NONE_OPEN);
  return mark !== null && mark.role === "open" && mark.family === family;
}

export function findQuotations(text: string, paragraphs: Span[]): Quotation[] {
  const out: Quotation[] = [];
  let carry: Building | null = null; // open at the end of the previous paragraph, continued in this one
  let capped: Quotation | null = null; // capped at the end of the previous paragraph

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const ignore = new Set<number>();
    // Each retry ignores one more mark (an unclosed single mark read as an apostrophe), so this ends;
    // past a few retries the paragraph's single marks are all taken as apostrophes (bounded work on
    // text full of elisions such as "rock 'n' roll 'til dawn").
    let ignoreAllSingles = false;
    for (;;) {
      const emitted: Quotation[] = [];
      const stack: Mark[] = [];
      const open: OpenCounts = { double: 0, single: 0 };
      let cur: Building | null = null;
      let capExtended = false;
      let sawTopLevel = false;
      let i = para.start;
      const carried = carry as Building | null;
      if (carried) {
        // The continuation mark that opens this paragraph belongs to the carried quotation.
        cur = { ...carried, pieces: carried.pieces.map((piece) => ({ ...piece })) };
        const at = contentStartOf(text, para);
        stack.push({ family: carried.family, role: "open" });
        open[carried.family]++;
        i = at + 1;
        cur.pieces.push({ start: at, end: at });
      }
      let unclosedSingle = -1;
      let singleOpenAt = -1;
      for (; i < para.end; i++) {
        const c = text[i]!;
        if (!OPENING_MARKS.includes(c) && !CLOSING_MARKS.includes(c)) continue;
        if (ignore.has(i) || (ignoreAllSingles && "‘’'".includes(c))) continue;
        const mark = classify(text, i, para, open);
        if (!mark) continue;
        if (mark.role === "open") {
          if (stack.length === 0) {
            cur = { start: i, family: mark.family, firstParagraph: p, pieces: [{ start: i, end: i }] };
            sawTopLevel = true;
          }
          if (mark.family === "single" && stack.length === 0) singleOpenAt = i;
          stack.push(mark);
          open[mark.family]++;
          continue;
        }
        let k = -1;
        for (let s = stack.length - 1; s >= 0; s--) if (stack[s]!.family === mark.family) { k = s; break; }
        if (k < 0) {
          // An orphan closing mark. Before any quotation in this paragraph, it ends the quotation capped
          // at the end of the previous paragraph (the continuation mark was left out).
          if (capped && stack.length === 0 && !sawTopLevel && !capExtended && capped.family === mark.family) {
            capExtended = true;
            capped.pieces.push({ start: contentStartOf(text, para), end: i + 1 });
            capped.end = i + 1;
            capped.contentEnd = i;
            capped.lastParagraph = p;
            capped.closed = true;
          }
          continue;
        }
        for (let s = k; s < stack.length; s++) open[stack[s]!.family]--;
        stack.length = k;
        if (k === 0 && cur) {
          const last = cur.pieces[cur.pieces.length - 1]!;
          last.end = i + 1;
          emitted.push(finish(cur, i + 1, i, p, true));
          cur = null;
        }
      }
      if (stack.length > 0 && cur && stack[0]!.family === "single" && !carry) {
        unclosedSingle = singleOpenAt;
      }
      if (unclosedSingle >= 0) {
        // Undo a possible orphan extension made on this pass; it is redone on the next one.
        if (capExtended && capped) undoExtension(capped, p);
        ignore.add(unclosedSingle);
        if (ignore.size > 8) ignoreAllSingles = true;
        continue;
      }
      out.push(...emitted);
      capped = null;
      carry = null;
      if (stack.length > 0 && cur) {
        const nextPara = paragraphs[p + 1];
        const end = contentEndOf(text, para);
        const last = cur.pieces[cur.pieces.length - 1]!;
        last.end = end;
        if (nextPara && opensWith(text, nextPara, cur.family)) {
          carry = cur;
        } else if (cur.family === "double") {
          const q = finish(cur, end, end, p, false);
          out.push(q);
          capped = q;
        }
      }
      break;
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

function finish(b: Building, end: number, contentEnd: number, lastParagraph: number, closed: boolean): Quotation {
  return {
    start: b.start,
    end,
    contentStart: b.start + 1,
    contentEnd,
    family: b.family,
    firstParagraph: b.firstParagraph,
    lastParagraph,
    pieces: b.pieces,
    closed,
  };
}

function undoExtension(q: Quotation, p: number): void {
  if (q.lastParagraph !== p) return;
  q.pieces.pop();
  const last = q.pieces[q.pieces.length - 1]!;
  q.end = last.end;
  q.contentEnd = last.end;
  q.lastParagraph = p - 1;
  q.closed = false;
}

/** True when `piece` covers its whole paragraph (a trailing period after the closing mark allowed). */
export function coversParagraph(text: string, piece: Span, para: Span): boolean {
  if (piece.start > contentStartOf(text, para)) return false;
  const rest = text.slice(piece.end, contentEndOf(text, para));
  return /^[\s.,;:]*$/.test(rest);
}
