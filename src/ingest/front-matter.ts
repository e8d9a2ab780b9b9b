/**
 * YAML front matter: reading it from sources and articles (with file line numbers for errors) and
 * writing it for generated articles.
 */
import { parseDocument, stringify } from "yaml";
import type { SourceIssue } from "./types.ts";

export type FrontMatterSplit =
  | { ok: true; data: Record<string, unknown> | undefined; body: string; bodyLine: number }
  | { ok: false; issue: SourceIssue };

/**
 * Splits `---\n<yaml>\n---\n<body>`. No leading `---` means no front matter (data undefined).
 * `bodyLine` is the 1-based file line where the body starts; the body comes back with LF line endings.
 */
export function splitFrontMatter(raw: string): FrontMatterSplit {
  const bounds = frontMatterBounds(raw);
  const { text } = bounds;
  if (bounds.kind === "none") return { ok: true, data: undefined, body: text, bodyLine: 1 };
  if (bounds.kind === "unclosed") {
    return {
      ok: false,
      issue: {
        severity: "error",
        line: 1,
        message: "front matter is not closed: no `---` line after it",
        hint: "end the front matter with a line `---` before the article text",
      },
    };
  }
  const { yamlText, bodyStart } = bounds;
  const bodyLine = text.slice(0, bodyStart).split("\n").length;
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    // The YAML starts on file line 2 (after the opening `---`).
    const yamlLine = error.linePos?.[0]?.line ?? 1;
    return {
      ok: false,
      issue: {
        severity: "error",
        line: yamlLine + 1,
        column: error.linePos?.[0]?.col,
        // The parser's own "at line N" counts YAML lines; the file line is in `line` instead.
        message: `malformed front matter: ${(error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}`,
        hint: "fix the YAML; quote values that contain `: ` or start with a quote, e.g. title: \"...\"",
      },
    };
  }
  let data: unknown;
  try {
    // toJS() expands aliases; the yaml package refuses an alias "bomb" (a few lines that expand to
    // millions of nodes) by throwing, which is bad input like any other.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return {
      ok: false,
      issue: {
        severity: "error",
        line: 2,
        message: `malformed front matter: ${((error as Error).message.split("\n")[0] ?? "").replace(/\.$/, "")}`,
        hint: "write plain `key: value` lines without YAML anchors (&) and aliases (*)",
      },
    };
  }
  if (data === null || data === undefined) return { ok: true, data: {}, body: text.slice(bodyStart), bodyLine };
  if (typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      issue: { severity: "error", line: 2, message: "front matter is not a list of `key: value` lines", hint: "write one `key: value` per line" },
    };
  }
  return { ok: true, data: data as Record<string, unknown>, body: text.slice(bodyStart), bodyLine };
}

type Bounds = { kind: "none"; text: string } | { kind: "unclosed"; text: string } | { kind: "closed"; text: string; yamlText: string; bodyStart: number };

/**
 * Where the front matter and the body are, without parsing the YAML: ingest takes an unchanged
 * generated article's body this way when its front matter is already known (src/ingest/files.ts).
 */
export function frontMatterBounds(raw: string): Bounds {
  // Articles are edited by hand: a Windows editor's CRLF or a BOM must not hide the front matter.
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!/^---[ \t]*\n/.test(text)) return { kind: "none", text };
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const afterOpen = text.indexOf("\n") + 1;
  const rest = text.slice(afterOpen);
  const m = close.exec(rest);
  if (!m) return { kind: "unclosed", text };
  return { kind: "closed", text, yamlText: rest.slice(0, m.index), bodyStart: afterOpen + m.index + m[0].length + 1 };
}

/** YAML for generated front matter: no line folding (titles stay on one line), keys in given order. */
export function stringifyFrontMatter(data: Record<string, unknown>): string {
  const clean = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  return stringify(clean, { lineWidth: 0, minContentWidth: 0 });
}
