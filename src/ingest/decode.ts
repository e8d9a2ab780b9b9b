/**
 * Bytes -> text. Sources come from wherever editors got them: UTF-8 with or without BOM, UTF-16 from
 * Windows tools, Windows-1252 / Latin-1 from old CMS exports. Anything that is not UTF-8 is converted
 * with a warning (so the editor can re-save it); binary and undecodable files are refused.
 */
import chardet from "chardet";
import iconv from "iconv-lite";
import type { SourceIssue } from "./types.ts";

export type DecodeResult =
  | { ok: true; text: string; encoding: string; issues: SourceIssue[] }
  | { ok: false; issues: SourceIssue[] };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Share of characters that may be control characters before we call a decoded file garbage. */
const MAX_CONTROL_SHARE = 0.01;

/** Encodings chardet may report that we trust for single-byte Western text. */
const SINGLE_BYTE_WESTERN = new Set(["windows-1252", "iso-8859-1", "iso-8859-15", "ascii"]);

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const controls = text.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/g);
  return (controls?.length ?? 0) / text.length;
}

function utf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** Looks for a NUL byte in the first 8 KiB: text files (other than UTF-16) never have one. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** `<meta charset="...">` or the http-equiv form, for HTML files that declare their encoding. */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

export function decodeSource(bytes: Uint8Array, options: { html?: boolean } = {}): DecodeResult {
  if (bytes.length === 0) {
    return { ok: false, issues: [{ severity: "error", message: "the file is empty", hint: "add the article text or delete the file" }] };
  }
  const wide = utf16(bytes);
  if (wide) {
    const text = iconv.decode(Buffer.from(bytes.subarray(2)), wide);
    return {
      ok: true,
      text,
      encoding: wide,
      issues: [{ severity: "warning", message: `converted from ${wide.toUpperCase()} to UTF-8`, hint: "save the file as UTF-8" }],
    };
  }
  if (looksBinary(bytes)) {
    return {
      ok: false,
      issues: [{ severity: "error", message: "the file is binary, not text", hint: "sources must be .txt, .md or .html text files; export the article as text" }],
    };
  }
  let text: string | undefined;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    if (controlShare(text) > MAX_CONTROL_SHARE) return undecodable("it contains control characters");
    // TextDecoder drops a UTF-8 BOM by default (ignoreBOM: false), so `text` starts with the text.
    return { ok: true, text, encoding: "utf-8", issues: [] };
  }
  return decodeLegacy(bytes, options.html ? declaredHtmlCharset(bytes) : undefined);
}

function decodeLegacy(bytes: Uint8Array, declared: string | undefined): DecodeResult {
  const buffer = Buffer.from(bytes);
  const candidates = [
    ...(declared && declared !== "utf-8" && declared !== "utf8" && iconv.encodingExists(declared) ? [declared] : []),
    ...rankDetected(chardet.analyse(bytes)),
  ];
  for (const name of candidates) {
    // Latin-1 files in the wild are nearly always Windows-1252 (curly quotes in 0x80-0x9F); WHATWG
    // decoders treat them the same way.
    const encoding = SINGLE_BYTE_WESTERN.has(name) ? "windows-1252" : name;
    if (!iconv.encodingExists(encoding)) continue;
    const text = iconv.decode(buffer, encoding);
    if (controlShare(text) > MAX_CONTROL_SHARE) continue;
    return {
      ok: true,
      text,
      encoding,
      issues: [
        {
          severity: "warning",
          message: `not UTF-8: decoded as ${encoding}${name !== encoding ? ` (detected ${name})` : ""}`,
          hint: "check accented letters and quotes in the article, and save the source as UTF-8",
        },
      ],
    };
  }
  return undecodable("it is not UTF-8 and no other encoding fits");
}

/**
 * chardet's guesses, most likely first, except that a Western single-byte guess within half the top
 * confidence goes first: the site publishes English news, and short Windows-1252 texts are often
 * scored close to their Central European cousins.
 */
function rankDetected(matches: { name: string; confidence: number }[]): string[] {
  const usable = matches.filter((m) => m.confidence >= 10);
  const top = usable[0]?.confidence ?? 0;
  const western = usable.filter((m) => SINGLE_BYTE_WESTERN.has(m.name.toLowerCase()) && m.confidence * 2 >= top);
  return [...western, ...usable].map((m) => m.name.toLowerCase());
}

function undecodable(why: string): DecodeResult {
  return {
    ok: false,
    issues: [{ severity: "error", message: `cannot decode the file: ${why}`, hint: "save the file as UTF-8 text" }],
  };
}
