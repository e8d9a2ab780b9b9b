/**
 * The Markdown source form (the Wikinews samples): YAML front matter (title, date, source URL, license,
 * credit) and a Markdown body starting with a dateline paragraph ("Friday, July 21, 2017"). The body is
 * kept as the editor wrote it, byte for byte, except for three surgical edits made by source position:
 * raw HTML that can run code (script, iframe, event handlers, javascript: URLs) is removed, caption
 * paragraphs become `:::figure` directives, and a leading `# Title` is lifted into the front matter when
 * the front matter has no title.
 */
import type { Definition, Heading, Html, Image, Link, Paragraph, Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import { toString } from "mdast-util-to-string";
import type { ParseResult, ParsedSource, SourceIssue } from "./types.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { parseDate, parseWrittenDate } from "./dates.ts";
import { detectCaption } from "./captions.ts";
import { inferTitle } from "./title.ts";
import { figure, parseMarkdown, root, stringifyMarkdown } from "./markdown.ts";

/** Raw HTML that could run code or load another page; the site sanitises too, this is defence in depth. */
const DANGEROUS_HTML =
  /<\s*\/?\s*(?:script|iframe|frame|frameset|object|embed|applet|style|link|meta|base|form|svg|math)\b|\son[a-z]+\s*=|javascript:|vbscript:|data:text\/html/i;

/** Front-matter keys ingest interprets; everything else is passed through unchanged. */
const KNOWN_KEYS = new Set([
  "title", "date", "source", "sourceUrl", "url", "canonical", "license", "credit", "author", "byline", "slug",
  "ingestHash",
]);

interface Edit {
  start: number;
  end: number;
  text: string;
}

function isHttpUrl(value: string): boolean {
  return /^https?:\/\/\S+$/i.test(value);
}

function str(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number") return String(value);
  return undefined;
}

/** 1-based file line of a front-matter key, for messages. */
function keyLine(text: string, key: string): number | undefined {
  const lines = text.split("\n");
  const end = lines.slice(1).findIndex((l) => /^(?:---|\.\.\.)\s*$/.test(l));
  const index = lines.slice(0, end + 1).findIndex((l) => new RegExp(`^${key}\\s*:`).test(l));
  return index >= 0 ? index + 1 : undefined;
}

function isPlainParagraph(node: RootContent): node is Paragraph {
  return node.type === "paragraph" && node.children.every((c) => c.type === "text");
}

export function parseMarkdownSource(text: string): ParseResult {
  const split = splitFrontMatter(text);
  if (!split.ok) return { ok: false, issues: [split.issue] };
  const data = split.data ?? {};
  const { body, bodyLine } = split;
  const issues: SourceIssue[] = [];
  const tree = parseMarkdown(body);
  const edits: Edit[] = [];
  const fileLine = (line: number | undefined) => (line === undefined ? undefined : bodyLine + line - 1);

  // 1. Raw HTML that can run code goes, wherever it is (lists, quotes, inline).
  let removedHtml = 0;
  let firstRemovedLine: number | undefined;
  visit(tree, "html", (node: Html) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || !DANGEROUS_HTML.test(node.value)) return;
    edits.push({ start, end, text: "" });
    removedHtml++;
    firstRemovedLine ??= fileLine(node.position?.start.line);
  });
  if (removedHtml > 0) {
    issues.push({
      severity: "warning",
      line: firstRemovedLine,
      message: `removed ${removedHtml} raw HTML element(s) that could run code (script, iframe, event handler)`,
      hint: "articles are text; embed media through the site's components instead",
    });
  }

  // 2. Links the site cannot follow: the sanitizer drops code URLs, and relative links pointed into the
  // site the text came from. Both stay in the text; the editor is told where.
  issues.push(...linkIssues(tree, fileLine));

  // 3. Dateline, title heading and captions among the top-level blocks.
  let dateline: string | undefined;
  let title = str(data.title);
  let titleInferred = false;
  let lede: string | undefined;
  tree.children.forEach((node, index) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (index === 0 && node.type === "heading" && (node as Heading).depth === 1 && title === undefined) {
      title = toString(node).trim() || undefined;
      edits.push({ start, end, text: "" });
      return;
    }
    if (!isPlainParagraph(node)) return;
    const plain = toString(node);
    if (dateline === undefined && lede === undefined && parseWrittenDate(plain)?.ok) {
      dateline = plain;
      return;
    }
    const caption = detectCaption(plain);
    if (caption) {
      edits.push({ start, end, text: stringifyMarkdown(root([figure(caption)])).trimEnd() });
      return;
    }
    lede ??= plain;
  });

  // 4. Date: front matter first, the dateline paragraph as fallback.
  let date: string | undefined;
  if (data.date !== undefined && data.date !== null) {
    const parsed = parseDate(data.date);
    if (!parsed.ok) {
      return {
        ok: false,
        issues: [
          {
            severity: "error",
            line: keyLine(text, "date"),
            message: parsed.reason === "impossible" ? `impossible date ${String(data.date)}` : `date \`${String(data.date)}\` is not YYYY-MM-DD`,
            hint: "write the publication date as `date: YYYY-MM-DD`",
          },
        ],
      };
    }
    date = parsed.date;
  } else if (dateline) {
    const parsed = parseWrittenDate(dateline);
    if (parsed?.ok) date = parsed.date;
  }
  if (!date) {
    return {
      ok: false,
      issues: [
        {
          severity: "error",
          line: split.data ? 1 : undefined,
          message: "no date: the front matter has no `date:` and the text has no dateline",
          hint: "add `date: YYYY-MM-DD` to the front matter",
        },
      ],
    };
  }

  const newBody = applyEdits(body, edits).replace(/\n{3,}/g, "\n\n").trim();
  if (newBody === "") {
    return { ok: false, issues: [{ severity: "error", line: bodyLine, message: "the article has no text after the front matter", hint: "add the article text" }] };
  }
  if (title === undefined) {
    title = inferTitle(lede ?? dateline ?? "");
    titleInferred = true;
  }

  const parsed: ParsedSource = { title, titleInferred, date, body: newBody + "\n", ...sourceFields(data, issues, text) };
  return { ok: true, parsed, issues };
}

/** Keys whose value must be text: a list, a mapping or `true` is reported and ignored, not guessed at. */
const TEXT_KEYS = ["title", "source", "sourceUrl", "url", "canonical", "license", "credit", "author", "byline", "slug"];

function wrongTypes(data: Record<string, unknown>, issues: SourceIssue[], text: string): void {
  for (const key of TEXT_KEYS) {
    const value = data[key];
    if (value === undefined || value === null || typeof value === "string" || typeof value === "number") continue;
    const kind = Array.isArray(value) ? "a list" : value instanceof Date ? "a date" : typeof value === "object" ? "a mapping" : `\`${String(value)}\``;
    issues.push({ severity: "warning", line: keyLine(text, key), message: `\`${key}:\` is ${kind}, not text, and was ignored`, hint: `write it as one line of text, e.g. ${key}: "..."` });
  }
}

/**
 * `pins:` is read by the site as a mapping of surface form to entity id; anything else would fail the
 * site build, so only string-to-string pairs pass.
 */
function cleanPins(data: Record<string, unknown>, issues: SourceIssue[], text: string): Record<string, string> | undefined {
  const pins = data.pins;
  if (pins === undefined || pins === null) return undefined;
  const line = keyLine(text, "pins");
  if (typeof pins !== "object" || Array.isArray(pins) || pins instanceof Date) {
    issues.push({ severity: "warning", line, message: "`pins:` is not a mapping of name to entity id and was ignored", hint: "write one `Name: entity-id` per line under `pins:`" });
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const [surface, id] of Object.entries(pins as Record<string, unknown>)) {
    if (typeof id === "string" && id.trim() !== "") out[surface] = id.trim();
    else issues.push({ severity: "warning", line, message: `pin "${surface}" has no entity id and was ignored`, hint: "write it as `Name: entity-id`" });
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function sourceFields(data: Record<string, unknown>, issues: SourceIssue[], text: string): Partial<ParsedSource> {
  wrongTypes(data, issues, text);
  const source = str(data.source);
  let sourceUrl: string | undefined;
  for (const key of ["sourceUrl", "url", "canonical"]) {
    const value = str(data[key]);
    if (value === undefined || sourceUrl !== undefined) continue;
    // The site links to it: only web addresses, never javascript: or data: URLs.
    if (isHttpUrl(value)) sourceUrl = value;
    else issues.push({ severity: "warning", line: keyLine(text, key), message: `\`${key}: ${value}\` is not an http(s) URL and was ignored`, hint: `put the original article's web address (https://...) in \`${key}:\`` });
  }
  let credit = str(data.credit);
  if (source && isHttpUrl(source)) sourceUrl ??= source;
  else if (source) {
    // `source: Reuters` names who supplied the text, not where it lives.
    if (credit === undefined) credit = source;
    else issues.push({ severity: "warning", line: keyLine(text, "source"), message: `\`source: ${source}\` is not a URL and was ignored`, hint: "put the original article's URL in `source:` and the supplier in `credit:`" });
  }
  const extra: Record<string, unknown> = Object.fromEntries(Object.entries(data).filter(([k]) => !KNOWN_KEYS.has(k) && k !== "pins"));
  const pins = cleanPins(data, issues, text);
  if (pins) extra.pins = pins;
  const requestedSlug = str(data.slug);
  return {
    sourceUrl,
    license: str(data.license),
    credit,
    author: str(data.author) ?? str(data.byline),
    ...(requestedSlug ? { requestedSlug } : {}),
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
  };
}

/** What is wrong with a link target, or undefined for a web or mail address. */
function linkProblem(url: string): "code" | "relative" | undefined {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url.trim())?.[1]?.toLowerCase();
  if (scheme === "http" || scheme === "https" || scheme === "mailto") return undefined;
  return scheme ? "code" : "relative";
}

function linkIssues(tree: Root, fileLine: (line: number | undefined) => number | undefined): SourceIssue[] {
  const found: Record<"code" | "relative", { urls: string[]; line?: number }> = { code: { urls: [] }, relative: { urls: [] } };
  visit(tree, (node) => {
    if (node.type !== "link" && node.type !== "image" && node.type !== "definition") return;
    const url = (node as Link | Image | Definition).url;
    const problem = linkProblem(url);
    if (!problem) return;
    found[problem].urls.push(url);
    found[problem].line ??= fileLine(node.position?.start.line);
  });
  const list = (urls: string[]) => urls.slice(0, 3).map((u) => `\`${u.length > 60 ? `${u.slice(0, 60)}…` : u}\``).join(", ") + (urls.length > 3 ? ", ..." : "");
  const issues: SourceIssue[] = [];
  if (found.code.urls.length > 0) {
    issues.push({
      severity: "warning",
      line: found.code.line,
      message: `${found.code.urls.length} link(s) are not web addresses and will be shown as plain text: ${list(found.code.urls)}`,
      hint: "links must start with https:// (or mailto:)",
    });
  }
  if (found.relative.urls.length > 0) {
    issues.push({
      severity: "warning",
      line: found.relative.line,
      message: `${found.relative.urls.length} relative link(s) lead nowhere on this site: ${list(found.relative.urls)}`,
      hint: "write the full address (https://...) of the page the link means, or remove the link",
    });
  }
  return issues;
}

function applyEdits(text: string, edits: Edit[]): string {
  // An edit inside another (raw HTML inside a removed title heading) is covered by the outer one.
  const outer: Edit[] = [];
  for (const e of [...edits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = outer[outer.length - 1];
    if (last && e.start < last.end) continue;
    outer.push(e);
  }
  let out = text;
  // Back to front so earlier offsets stay valid.
  for (const e of outer.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
