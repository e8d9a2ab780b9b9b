/** The file-system helpers ingest needs: listing sources, reading existing articles, safe writes. */
import { readFileSync, statSync } from "node:fs";
import { readdir, rename, stat, writeFile, mkdir, unlink } from "node:fs/promises";
import { join } from "node:path";
import { frontMatterBounds, splitFrontMatter } from "./front-matter.ts";
import { sha256 } from "./render.ts";
import { statKey } from "../lib/file-identity.ts";

/** Every regular file under `dir`, recursively, skipping dotfiles and dot-directories (.DS_Store, .git). */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(current: string): Promise<void> {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = join(current, entry.name);
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path)).isDirectory());
      if (isDir) await walk(path);
      else if (entry.isFile() || entry.isSymbolicLink()) out.push(path);
    }
  }
  await walk(dir);
  return out;
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export interface ExistingArticle {
  /** File name without extension: the article's slug. */
  slug: string;
  path: string;
  content: string;
  /** sha256 of `content`. */
  hash: string;
  /** Front matter as read (undefined when it has none or it does not parse). */
  data: Record<string, unknown> | undefined;
  /** Body after the front matter. */
  body: string;
  /** `statKey` of the file, taken before it was read. */
  stat: string;
  /** False when the front matter came from `KnownArticle` instead of the YAML parser. */
  parsed: boolean;
}

/**
 * What the last run read from a generated article file: its content hash and the front matter parsed
 * from exactly those bytes. A file whose bytes hash the same has that front matter, so its YAML need not
 * be parsed again (the parse was most of a rebuild's ingest time).
 */
export interface KnownArticle {
  hash: string;
  data: Record<string, unknown>;
}


/**
 * Articles already in the articles directory (top level, .md and .mdx), sorted by file name. `known`
 * (by absolute path) spares the YAML parse of files whose bytes are exactly those the last run parsed.
 * Read synchronously: thousands of small files, nothing else to do meanwhile, and each asynchronous read
 * is four round trips to the thread pool (open, stat, read, close).
 */
export async function readExistingArticles(dir: string, known?: ReadonlyMap<string, KnownArticle>): Promise<ExistingArticle[]> {
  if (!(await exists(dir))) return [];
  const names = (await readdir(dir)).filter((n) => /\.mdx?$/.test(n) && !n.startsWith(".")).sort();
  const out: ExistingArticle[] = [];
  for (const name of names) {
    const path = join(dir, name);
    // Taken before the read: a write after it changes the key, so a remembered key never outlives the bytes read.
    const stat = statKey(statSync(path));
    const content = readFileSync(path, "utf8");
    const hash = sha256(content);
    const slug = name.replace(/\.mdx?$/, "");
    const seen = known?.get(path);
    const bounds = seen && seen.hash === hash ? frontMatterBounds(content) : undefined;
    if (seen && bounds?.kind === "closed") {
      out.push({ slug, path, content, hash, data: seen.data, body: bounds.text.slice(bounds.bodyStart).replace(/^\n+/, ""), stat, parsed: false });
      continue;
    }
    const split = splitFrontMatter(content.replace(/\r\n?/g, "\n"));
    out.push({
      slug,
      path,
      content,
      hash,
      data: split.ok ? split.data : undefined,
      body: split.ok ? split.body.replace(/^\n+/, "") : content,
      stat,
      parsed: true,
    });
  }
  return out;
}

/** Write to a temporary file and rename, so a crash never leaves half an article behind. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const dir = path.slice(0, Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")));
  await mkdir(dir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, content, "utf8");
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}
