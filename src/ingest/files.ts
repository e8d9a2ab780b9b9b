/** The file-system helpers ingest needs: listing sources, reading existing articles, safe writes. */
import { readdir, readFile, rename, stat, writeFile, mkdir, unlink } from "node:fs/promises";
import { join } from "node:path";
import { splitFrontMatter } from "./front-matter.ts";

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
  /** Front matter as read (undefined when it has none or it does not parse). */
  data: Record<string, unknown> | undefined;
  /** Body after the front matter. */
  body: string;
}

/** Articles already in the articles directory (top level, .md and .mdx), sorted by file name. */
export async function readExistingArticles(dir: string): Promise<ExistingArticle[]> {
  if (!(await exists(dir))) return [];
  const names = (await readdir(dir)).filter((n) => /\.mdx?$/.test(n) && !n.startsWith(".")).sort();
  const out: ExistingArticle[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const content = await readFile(path, "utf8");
    const split = splitFrontMatter(content.replace(/\r\n?/g, "\n"));
    out.push({
      slug: name.replace(/\.mdx?$/, ""),
      path,
      content,
      data: split.ok ? split.data : undefined,
      body: split.ok ? split.body.replace(/^\n+/, "") : content,
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
