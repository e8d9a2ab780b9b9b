/**
 * What each shard of the search index was built from, so a rebuild skips the shards whose input did not
 * change (Pagefind has no incremental mode: a shard is rebuilt whole or kept whole). A shard's
 * fingerprint hashes everything sent to Pagefind for it, in order: each page's URL and the HTML it is
 * given (`searchablePart`), its quote records, the indexing code and Pagefind's version. So any change
 * that could change the shard's index changes it: an edited, added or removed article; an entity renamed
 * (its name is a filter on every page and record that mentions it); an entity page's counts.
 *
 * Kept in `.cache/search-shards.json` (next to content/), with what the index took from each page file
 * (the hash of its searchable HTML, its quote ids) while the file is unchanged (same inode, size,
 * modification and change time), so a kept shard's pages are not even read. An entry is trusted only while its folder
 * still holds the index written for it: the same `pagefind-entry.json` (it names the index's metadata
 * file, itself named by its content) and as many fragment files. A build that stops while writing a
 * shard has deleted that entry file first (src/integrations/pagefind.ts), so its shard is rebuilt.
 */
import { createHash, type Hash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Bump when the index changes for a reason the code hash cannot see. */
const FORMAT = "1";

interface ShardEntry {
  fingerprint: string;
  /** The shard's `pagefind-entry.json` as written. */
  entry: string;
  /** Files in its `fragment/` folder (one per page or record). */
  fragments: number;
  /** Size of the folder in bytes, for the build's report without walking it again. */
  bytes: number;
  pages: number;
  quotes: number;
}

/** What the index takes from one page file, while the file is the one `stat` describes. */
export interface PageEntry {
  /** The file's inode, size, modification and change times: any write changes the change time. */
  stat: string;
  /** sha256 of the HTML given to Pagefind (`searchablePart`), or null for a page that is not indexed. */
  hash: string | null;
  /** An article page's quote element ids (`q-3`), which its quote records link to. */
  ids?: string[];
}

interface CacheFile {
  version: string;
  /** The output folder the entries describe. */
  site: string;
  shards: Record<string, ShardEntry>;
  /** By page URL: so a page that was not written again is not read again to fingerprint its shard. */
  pages: Record<string, PageEntry>;
}

let version: string | undefined;

/** Pagefind's version and the indexing code (every `pagefind*.ts` beside this file): a change to either rebuilds every shard. */
export function indexerVersion(): string {
  if (version) return version;
  const hash = createHash("sha256").update(FORMAT);
  try {
    let dir = dirname(createRequire(import.meta.url).resolve("pagefind"));
    while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
    hash.update(readFileSync(join(dir, "package.json")));
  } catch {
    hash.update("pagefind version unknown");
  }
  const here = dirname(fileURLToPath(import.meta.url));
  for (const name of readdirSync(here).filter((n) => /^pagefind.*\.ts$/.test(n)).sort()) hash.update(`${name}\n`).update(readFileSync(join(here, name)));
  return (version = hash.digest("hex"));
}

/** A fingerprint being computed: what is sent to Pagefind for one shard, in order. */
export function shardFingerprint(): { page(url: string, htmlHash: string): void; records(records: unknown[]): void; digest(): string } {
  const hash: Hash = createHash("sha256").update(indexerVersion());
  return {
    page: (url, htmlHash) => void hash.update(`page ${url} ${htmlHash}\n`),
    records: (records) => void hash.update(`records\n${JSON.stringify(records)}`),
    digest: () => hash.digest("hex"),
  };
}

function fragmentCount(folder: string): number {
  try {
    return readdirSync(join(folder, "fragment")).length;
  } catch {
    return -1;
  }
}

/** The shard cache of the index written into `site`; with no `path`, nothing is remembered and every shard is built. */
export function openShardCache(path: string | undefined, site: string) {
  let data: CacheFile = { version: indexerVersion(), site, shards: {}, pages: {} };
  /** Pages of this build: the others' entries are dropped when the cache is saved at the end. */
  const pages: Record<string, PageEntry> = {};
  if (path) {
    try {
      const read = JSON.parse(readFileSync(path, "utf8")) as CacheFile;
      if (read.version === data.version && read.site === site && read.shards && read.pages) data = read;
    } catch {
      // missing or unreadable: every shard is built
    }
  }
  const save = () => {
    if (!path) return;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, `${JSON.stringify(data)}\n`);
    renameSync(`${path}.tmp`, path);
  };
  return {
    /** What the index took from the page at `url` when the file was the one `stat` (`statKey`) describes. */
    page(url: string, stat: string): PageEntry | undefined {
      const entry = data.pages[url];
      return path && entry?.stat === stat ? entry : undefined;
    },
    /** Remembers a page of this build (saved with the next shard). */
    setPage(url: string, entry: PageEntry): void {
      pages[url] = entry;
      data.pages[url] = entry;
    },
    /** The entry of `folder` (relative to the site) when it was built from `fingerprint` and is still on disk as written. */
    reusable(folder: string, fingerprint: string): ShardEntry | undefined {
      const entry = data.shards[folder];
      if (!path || !entry || entry.fingerprint !== fingerprint) return undefined;
      const dir = join(site, folder);
      try {
        if (readFileSync(join(dir, "pagefind-entry.json"), "utf8") !== entry.entry) return undefined;
      } catch {
        return undefined;
      }
      return fragmentCount(dir) === entry.fragments ? entry : undefined;
    },
    /** Forgets `folder` before it is rebuilt (saved at once: a build that stops now leaves no claim on it). */
    forget(folder: string): void {
      if (!data.shards[folder]) return;
      delete data.shards[folder];
      save();
    },
    /** Remembers the shard just written into `folder`. */
    record(folder: string, fingerprint: string, facts: { bytes: number; pages: number; quotes: number }): void {
      const dir = join(site, folder);
      data.shards[folder] = { fingerprint, entry: readFileSync(join(dir, "pagefind-entry.json"), "utf8"), fragments: fragmentCount(dir), ...facts };
      save();
    },
    /** Drops the entries of folders this build no longer has (`keep`: its shard folders) and of pages it did not read. */
    keepOnly(keep: string[]): void {
      for (const folder of Object.keys(data.shards)) if (!keep.includes(folder)) delete data.shards[folder];
      data.pages = pages;
      save();
    },
  };
}

export type ShardCache = ReturnType<typeof openShardCache>;
