/**
 * One source file, bytes to `ParsedSource`: pick the form, decode, normalise, parse. Pure apart from
 * being async (the unified pipeline for HTML is). The file-system layer adds the file name to issues.
 */
import type { ParseResult, ParsedSource, SourceIssue, SourceKind } from "./types.ts";
import { decodeSource } from "./decode.ts";
import { normalizeUnicode } from "./unicode.ts";
import { parsePlainText } from "./plain-text.ts";
import { parseMarkdownSource } from "./markdown-source.ts";
import { parseHtmlSource } from "./html-source.ts";

const BY_EXTENSION: Record<string, SourceKind> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
};

/** The form from the extension; for files without a known one, from how the text starts. */
export function sourceKind(path: string, text?: string): SourceKind | undefined {
  const base = path.split(/[\\/]/).pop() ?? path;
  const ext = /\.([A-Za-z0-9]+)$/.exec(base)?.[1]?.toLowerCase();
  if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  if (ext) return undefined;
  if (text === undefined) return undefined;
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith("---")) return "markdown";
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<")) return "html";
  if (head.startsWith("date")) return "text";
  return undefined;
}

export type SourceResult = ParseResult & { kind?: SourceKind };

function normalizeParsed(p: ParsedSource): ParsedSource {
  const n = (v: string | undefined) => (v === undefined ? undefined : normalizeUnicode(v).replace(/\s+/g, " ").trim());
  return {
    ...p,
    title: n(p.title) ?? "",
    body: normalizeUnicode(p.body),
    ...(p.sourceUrl ? { sourceUrl: p.sourceUrl.trim() } : {}),
    ...(p.license ? { license: n(p.license) } : {}),
    ...(p.credit ? { credit: n(p.credit) } : {}),
    ...(p.author ? { author: n(p.author) } : {}),
  };
}

/** The message for a file that is not one of the source forms, whatever its bytes are. */
function unknownKind(issues: SourceIssue[] = []): SourceResult {
  return {
    ok: false,
    issues: [
      ...issues,
      {
        severity: "error",
        message: "unknown source type",
        hint: "sources are .txt files starting `date YYYY-MM-DD`, .md files with front matter, or .html pages",
      },
    ],
  };
}

/**
 * Sources larger than this are refused: a news article is rarely over 100 kB, and a multi-megabyte file
 * (a whole archive exported as one "article") would make one page of tens of megabytes and hold up
 * every build. The limit keeps memory and time per source bounded.
 */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

export async function parseSource(path: string, bytes: Uint8Array): Promise<SourceResult> {
  if (bytes.length > MAX_SOURCE_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return {
      ok: false,
      issues: [{ severity: "error", message: `the file is ${mb(bytes.length)}; sources over ${mb(MAX_SOURCE_BYTES)} are not ingested`, hint: "split it into one source per article" }],
    };
  }
  const extKind = sourceKind(path);
  // A .docx or .pdf is reported as the wrong kind of file, not as text that failed to decode.
  if (!extKind && /\.[A-Za-z0-9]+$/.test(path.split(/[\\/]/).pop() ?? "")) return unknownKind();
  const decoded = decodeSource(bytes, { html: extKind === "html" });
  if (!decoded.ok) return { ok: false, issues: decoded.issues };
  const text = normalizeUnicode(decoded.text);
  const kind = extKind ?? sourceKind(path, text);
  if (!kind) return unknownKind(decoded.issues);
  if (text.trim() === "") {
    return { ok: false, kind, issues: [{ severity: "error", message: "the file is empty (only whitespace)", hint: "add the article text or delete the file" }] };
  }
  const result = kind === "text" ? parsePlainText(text) : kind === "markdown" ? parseMarkdownSource(text) : await parseHtmlSource(text);
  const issues: SourceIssue[] = [...decoded.issues, ...result.issues];
  if (!result.ok) return { ok: false, kind, issues };
  const parsed = normalizeParsed(result.parsed);
  if (parsed.title === "") {
    parsed.title = "Untitled";
    issues.push({ severity: "warning", message: "no title could be found or inferred", hint: "add a `title:` to Markdown front matter, or fix the first paragraph" });
  }
  return { ok: true, kind, parsed, issues };
}
