/**
 * A small project root for corpus-stage tests: the sample registry and a few hand-written articles in a
 * temporary folder, and the corpus stage run over it.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildCorpus } from "../../src/corpus/index.ts";
import { loadRegistry } from "../../src/registry/load.ts";
import { projectDir } from "./site.ts";

/** An article file: front matter (licence and credit unless `extra` says otherwise) and body. */
export const articleText = (slug: string, date: string, body: string, extra = "license: CC BY 2.5\ncredit: Wikinews contributors\n") =>
  `---\ntitle: ${slug}\ndate: ${date}\nslug: ${slug}\n${extra}---\n\n${body}\n`;

/** A new temporary root (`prefix` names it) with the sample registry and `articles` (file name -> text). */
export function articleTree(prefix: string, articles: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(projectDir, "content", "entities"), join(root, "content", "entities"), { recursive: true });
  mkdirSync(join(root, "content", "articles"), { recursive: true });
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(root, "content", "articles", name), text);
  return root;
}

/** The corpus stage over the tree's articles, with its registry. */
export async function treeCorpus(root: string, extra: { annotatorVersion?: string } = {}) {
  const { registry } = await loadRegistry(join(root, "content", "entities"), root);
  return buildCorpus({ articlesDir: join(root, "content", "articles"), root, registry, ...extra });
}
