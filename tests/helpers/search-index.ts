/**
 * Runs searches against a built site's Pagefind index without a browser: Pagefind's own browser
 * bundle (pagefind/pagefind.js, WebAssembly and all) loads in Node when its files are served over HTTP.
 * It runs in a child process, so its globals never touch the test process. A site whose index is in
 * shards (pagefind/shards.json) is searched with the shards merged by the search UI's own code.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface SearchQuery {
  term: string | null;
  filters?: Record<string, unknown>;
  sort?: Record<string, "asc" | "desc">;
}

export interface SearchHit {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  excerpt: string;
}

export interface SearchAnswer {
  count: number;
  hits: SearchHit[];
  /** Filter -> value -> number of results with this search. */
  filters: Record<string, Record<string, number>>;
}

const SCRIPT = `
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
const [out, base, queriesJson, limit, shardsModule] = process.argv.slice(1);
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const file = join(out, path.slice(base.length));
  if (!path.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
  res.writeHead(200, { "content-type": file.endsWith(".js") ? "text/javascript" : "application/octet-stream" }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = "http://127.0.0.1:" + server.address().port;
globalThis.window ??= globalThis;
// Each shard's own pagefind.js (a module of its own), searched as one by the search UI's code
// (src/scripts/pagefind-shards.ts); the manifest lists the shards after the first.
const manifest = join(out, "pagefind", "shards.json");
const folders = ["pagefind/", ...(existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")) : [])];
const shards = [];
for (const folder of folders) {
  const shard = await import(pathToFileURL(join(out, folder, "pagefind.js")).href);
  await shard.options({ basePath: origin + base + folder, baseUrl: base });
  shards.push(shard);
}
const { mergeShards } = await import(shardsModule);
const pagefind = shards.length === 1 ? shards[0] : mergeShards(shards);
const answers = [];
for (const q of JSON.parse(queriesJson)) {
  const response = await pagefind.search(q.term, { filters: q.filters ?? {}, ...(q.sort ? { sort: q.sort } : {}) });
  const hits = await Promise.all(response.results.slice(0, Number(limit)).map(async (r) => {
    const d = await r.data();
    return { url: d.url, meta: d.meta, filters: d.filters, excerpt: d.excerpt };
  }));
  answers.push({ count: response.results.length, hits, filters: response.filters });
}
server.close();
console.log(JSON.stringify(answers));
process.exit(0);
`;

/** Answers each query against the index of the site in `out`, built for the base path `base`. */
export async function searchIndex(out: string, base: string, queries: SearchQuery[], limit = 50): Promise<SearchAnswer[]> {
  // tsx's loader: the script imports the UI's TypeScript module that merges shards.
  const shardsModule = pathToFileURL(join(import.meta.dirname, "..", "..", "src", "scripts", "pagefind-shards.ts")).href;
  const { stdout } = await run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", SCRIPT, out, base, JSON.stringify(queries), String(limit), shardsModule], { cwd: join(import.meta.dirname, "..", ".."), maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout.trim().split("\n").pop()!) as SearchAnswer[];
}
