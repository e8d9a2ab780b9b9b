/**
 * The id ledger, `content/entities/_ids.yaml`: every id the build has published for an entity the
 * annotator discovered (registry entities have the editor's ids and are not in it). The corpus stage
 * gives each discovered entity back its published id (src/annotator/link/corpus.ts), so an entity page
 * keeps its URL as the corpus grows. It lives in content/ (and belongs in version control) because it is
 * a promise made to readers' links; `.cache/` may be deleted at any time.
 *
 * The build only ever appends lines, after a successful build: it never rewrites or reorders what is
 * there, so an editor's comments and edits survive. An editor may delete a line to let that entity's id
 * follow its name again; renames and merges belong in the registry.
 */
import { appendFile, readFile } from "node:fs/promises";
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";
import type { PublishedId } from "../annotator/link/corpus.ts";
import type { BuildMessage } from "../lib/messages.ts";
import { isSlug } from "../lib/paths.ts";

export const ID_LEDGER_FILE = "_ids.yaml";

const HEADER = `# Entity ids this site has published (written by the build; new lines are appended, none changed).
# Each line: the page id, the name-derived key the annotator gives the entity in an article, and
# whether it is a person. It keeps every discovered entity's page at one URL as articles are added.
# Delete a line to let that entity's id follow its name again; rename or merge entities in the registry.
ids:
`;

export interface IdLedger {
  entries: PublishedId[];
  /** False when the file has errors: the build then neither trusts nor extends it. */
  writable: boolean;
  /** The file has no `ids:` key yet (empty, or comments only): appending starts with one. */
  needsKey?: boolean;
}

/** Parses the ledger's text; every problem names the line. Pure: the caller reads the file. */
export function parseIdLedger(file: string, source: string): { ledger: IdLedger; messages: BuildMessage[] } {
  const messages: BuildMessage[] = [];
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const hint = "fix the line or delete it; the build does not add ids to this file until it is valid";
  const fail = (line: number, message: string) => {
    messages.push({ severity: "error", file, line, message, hint });
    return { ledger: { entries: [], writable: false }, messages };
  };
  for (const err of doc.errors) return fail(err.linePos?.[0]?.line ?? 1, `invalid YAML: ${err.message.split("\n")[0]}`);
  const root = doc.contents;
  if (root == null) return { ledger: { entries: [], writable: true, needsKey: true }, messages };
  if (!isMap(root)) return fail(1, "the id ledger must be a mapping with one key, `ids`");
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === "ids");
  if (!pair) return fail(1, "the id ledger has no `ids:` list");
  // The build appends list items at the end of the file: `ids` must be the last key, as a block list.
  if (pair !== root.items.at(-1)) return fail(lineOf(pair.key as Node), "`ids:` must be the last key of the file (the build appends to it)");
  if (pair.value == null || (isScalar(pair.value) && pair.value.value == null)) return { ledger: { entries: [], writable: true }, messages };
  if (!isSeq(pair.value) || pair.value.flow) return fail(lineOf(pair.value as Node), "`ids` must be a block list of `- { id, from, kind }` lines");
  const entries: PublishedId[] = [];
  for (const item of pair.value.items) {
    const line = lineOf(item as Node);
    const value = (item as Node & { toJSON(): unknown }).toJSON() as Record<string, unknown> | null;
    const { id, from, kind } = value ?? {};
    if (typeof id !== "string" || !isSlug(id) || typeof from !== "string" || !from || (kind !== "person" && kind !== "other")) {
      return fail(line, "each line needs `id` (a page id such as vladimir-putin), `from` and `kind` (person or other)");
    }
    entries.push({ id, from, kind });
  }
  return { ledger: { entries, writable: true }, messages };
}

/** The ledger file's text, or undefined when there is none yet (an empty ledger). */
export async function readLedgerSource(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

export const EMPTY_LEDGER = (): { ledger: IdLedger; messages: BuildMessage[] } => ({ ledger: { entries: [], writable: true }, messages: [] });

/** Reads the ledger; a missing file is an empty ledger. */
export async function loadIdLedger(path: string, file: string): Promise<{ ledger: IdLedger; messages: BuildMessage[] }> {
  const source = await readLedgerSource(path);
  return source === undefined ? EMPTY_LEDGER() : parseIdLedger(file, source);
}

/** One ledger line, in the file's flow style. Ids are slugs; `from` is quoted as YAML needs. */
export function formatLedgerLine(p: PublishedId): string {
  return `  - { id: ${p.id}, from: ${JSON.stringify(p.from)}, kind: ${p.kind} }\n`;
}

/**
 * Appends new lines to the ledger (creating it with its header). Never rewrites what is there. Returns
 * how many lines it added.
 */
export async function appendIdLedger(path: string, ledger: IdLedger, additions: readonly PublishedId[]): Promise<number> {
  if (!ledger.writable || additions.length === 0) return 0;
  let existing = "";
  try {
    existing = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const newline = existing === "" || existing.endsWith("\n") ? "" : "\n";
  const prefix = existing.trim() === "" ? HEADER : newline + (ledger.needsKey ? "ids:\n" : "");
  await appendFile(path, prefix + additions.map(formatLedgerLine).join(""));
  return additions.length;
}
