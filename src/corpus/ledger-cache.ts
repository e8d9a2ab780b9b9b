/**
 * The id ledger (content/entities/_ids.yaml, src/registry/id-ledger.ts), parsed once per version of its
 * bytes: the file grows with every entity ever published (thousands of lines), and parsing its YAML took
 * about half a second of every rebuild, before any stage. The parse result is kept in
 * `.cache/id-ledger.json`, keyed by the file's bytes and the parser's code; any other file is parsed.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { BuildMessage } from "../lib/messages.ts";
import { EMPTY_LEDGER, type IdLedger, parseIdLedger, readLedgerSource } from "../registry/id-ledger.ts";

type Parsed = { ledger: IdLedger; messages: BuildMessage[] };

/** `loadIdLedger`, with its parse remembered in `cacheFile`. */
export async function loadIdLedgerCached(path: string, file: string, cacheFile: string): Promise<Parsed> {
  const source = await readLedgerSource(path);
  if (source === undefined) return EMPTY_LEDGER();
  const parser = readFileSync(new URL("../registry/id-ledger.ts", import.meta.url), "utf8");
  const key = createHash("sha256").update(parser).update("\u0000").update(file).update("\u0000").update(source).digest("hex");
  try {
    const cached = JSON.parse(await readFile(cacheFile, "utf8")) as { key: string } & Parsed;
    if (cached.key === key) return { ledger: cached.ledger, messages: cached.messages };
  } catch {
    // missing or unreadable: parse
  }
  const parsed = parseIdLedger(file, source);
  await mkdir(dirname(cacheFile), { recursive: true });
  await writeFile(cacheFile, JSON.stringify({ key, ...parsed }));
  return parsed;
}
