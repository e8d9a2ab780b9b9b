/**
 * The plain-text source form (the seed's):
 *   " date 2025-05-12 Russia must show “without delay” it is willing ..."   <- date runs into paragraph 1
 *   ""
 *   "The Foreign Secretary hosted ..."
 * Paragraphs are separated by blank lines; there is no headline. Everything is text: the body is built
 * as mdast and serialised, so `<script>` or `*` in the source come out as literal characters.
 */
import type { RootContent } from "mdast";
import type { ParseResult, SourceIssue } from "./types.ts";
import { parseDate } from "./dates.ts";
import { detectCaption } from "./captions.ts";
import { inferTitle } from "./title.ts";
import { figure, paragraph, root, stringifyMarkdown } from "./markdown.ts";

const DATE_LINE = /^\s*date\b:?[ \t]*(\S*)[ \t]*(.*)$/i;

export interface PlainTextParts {
  date: string;
  /** Paragraph texts (whitespace collapsed), captions included, in order. */
  paragraphs: string[];
}

/** Splits the date line off and the rest into paragraphs; errors carry file line numbers. */
export function splitPlainText(text: string): { ok: true; parts: PlainTextParts } | { ok: false; issue: SourceIssue } {
  const lines = text.split("\n");
  const firstIndex = lines.findIndex((l) => l.trim() !== "");
  if (firstIndex < 0) {
    return { ok: false, issue: { severity: "error", message: "the file has no text", hint: "add the article text or delete the file" } };
  }
  const line = firstIndex + 1;
  const m = DATE_LINE.exec(lines[firstIndex] ?? "");
  if (!m) {
    return {
      ok: false,
      issue: {
        severity: "error",
        line,
        message: "no date: a plain-text source must start with `date YYYY-MM-DD`",
        hint: "put the publication date first, e.g. `date 2025-05-12 First paragraph ...`",
      },
    };
  }
  const token = m[1] ?? "";
  const date = parseDate(token);
  if (!date.ok || !/^\d{4}-\d{2}-\d{2}$/.test(token)) {
    const impossible = /^\d{4}-\d{2}-\d{2}$/.test(token);
    return {
      ok: false,
      issue: {
        severity: "error",
        line,
        message: impossible ? `impossible date ${token}` : `no date: \`${token || "(nothing)"}\` is not YYYY-MM-DD`,
        hint: "write the publication date as YYYY-MM-DD, e.g. `date 2025-05-12`",
      },
    };
  }
  const body = [m[2] ?? "", ...lines.slice(firstIndex + 1)].join("\n");
  const paragraphs = body
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "");
  if (paragraphs.length === 0) {
    return {
      ok: false,
      issue: { severity: "error", line, message: "the file has a date but no article text", hint: "add the article text after the date" },
    };
  }
  return { ok: true, parts: { date: date.date, paragraphs } };
}

export function parsePlainText(text: string): ParseResult {
  const split = splitPlainText(text);
  if (!split.ok) return { ok: false, issues: [split.issue] };
  const { date, paragraphs } = split.parts;
  const nodes: RootContent[] = [];
  let lede: string | undefined;
  for (const p of paragraphs) {
    const caption = detectCaption(p);
    if (caption) {
      nodes.push(figure(caption));
    } else {
      lede ??= p;
      nodes.push(paragraph(p));
    }
  }
  const title = inferTitle(lede ?? paragraphs[0] ?? "");
  return {
    ok: true,
    parsed: { title, titleInferred: true, date, body: stringifyMarkdown(root(nodes)) },
    issues: [],
  };
}
