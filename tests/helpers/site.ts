/**
 * Test helpers: build the sample site into a temporary folder (from a copy of content/, so tests never
 * write into the repository), read its pages, and check its internal links.
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const projectDir = resolve(import.meta.dirname, "..", "..");

export interface BuiltSite {
  /** Folder holding the copied content/ and the .cache/ the build writes. */
  root: string;
  out: string;
  base: string;
  stdout: string;
  /** Error messages of the build go to stderr (`error: file:line: ...`). */
  stderr: string;
}

/**
 * The build's command as `npm run build` runs it (package.json), under `npx` so that the project's own
 * Node runs it: Node's type transform, not tsx.
 */
export const BUILD_COMMAND = ["node", "--experimental-transform-types", "--disable-warning=ExperimentalWarning", "scripts/build.ts"];

/** Runs `scripts/build.ts` in a child process (Astro keeps global state; a process per build is clean). */
export async function buildSite(options: { base?: string; name?: string; extraArticles?: Record<string, string> } = {}): Promise<BuiltSite> {
  const root = mkdtempSync(join(tmpdir(), `site-${options.name ?? "test"}-`));
  cpSync(join(projectDir, "content"), join(root, "content"), { recursive: true });
  for (const [name, text] of Object.entries(options.extraArticles ?? {})) writeFileSync(join(root, "content", "articles", name), text);
  const out = join(root, "dist");
  const { stdout, stderr } = await run("npx", [...BUILD_COMMAND, "--root", root, "--out", out], { cwd: projectDir, env: buildEnv(options.base ?? "/"), maxBuffer: 64 * 1024 * 1024 });
  return { root, out, base: options.base ?? "/", stdout, stderr };
}

/**
 * Vitest sets Vite's own variables (BASE_URL, MODE, ...) in process.env; a child Astro build would pick
 * them up as its import.meta.env, so they are left out.
 */
function buildEnv(base: string): NodeJS.ProcessEnv {
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, VITEST: _v, VITEST_MODE: _vm, NODE_ENV: _n, ...inherited } = process.env;
  return { ...inherited, BASE_PATH: base, SITE_URL: "https://news.example.org" };
}

/**
 * Builds the same content root again into the same output folder (as a second `npm run build`);
 * `skipIngest` leaves content/articles as the test edited it. Returns the build's stdout.
 */
export async function rebuildSite(site: BuiltSite, options: { skipIngest?: boolean } = {}): Promise<string> {
  const args = [...BUILD_COMMAND, "--root", site.root, "--out", site.out, ...(options.skipIngest ? ["--skip-ingest"] : [])];
  const { stdout } = await run("npx", args, { cwd: projectDir, env: buildEnv(site.base), maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Deletes a built site's temporary folder (kept when KEEP_SITE=1, to look at it after a failure). */
export function removeSite(site: BuiltSite | undefined): void {
  if (site && process.env.KEEP_SITE !== "1") rmSync(site.root, { recursive: true, force: true });
}

export function readPage(site: BuiltSite, path: string): string {
  return readFileSync(join(site.out, path, path.endsWith(".html") ? "" : "index.html"), "utf8");
}

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith(".html")) out.push(path);
  }
  return out;
}

/** Every href/src/srcset/action value of a page (attribute values as written, entities not decoded). */
export function urlsOf(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) urls.push(m[1]!.replace(/&amp;/g, "&"));
  return urls;
}

/** Internal URLs that do not start with the base path, or that point to no file or no element id. */
export function brokenInternalLinks(site: BuiltSite): string[] {
  const problems: string[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) idsCache.set(file, (ids = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))));
    return ids;
  };
  for (const file of htmlFiles(site.out)) {
    const page = relative(site.out, file);
    for (const url of urlsOf(readFileSync(file, "utf8"))) {
      if (/^(?:[a-z]+:|\/\/|#)/i.test(url) || url === "") continue;
      if (!url.startsWith("/")) {
        problems.push(`${page}: relative URL ${url}`);
        continue;
      }
      if (!url.startsWith(site.base)) {
        problems.push(`${page}: ${url} lacks the base path ${site.base}`);
        continue;
      }
      const [pathPart, fragment] = url.split("#") as [string, string | undefined];
      const path = decodeURIComponent(pathPart.split("?")[0]!.slice(site.base.length));
      const target = join(site.out, path, path === "" || path.endsWith("/") ? "index.html" : "");
      if (!existsSync(target) || statSync(target).isDirectory()) {
        problems.push(`${page}: ${url} points to no file`);
        continue;
      }
      if (fragment && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(fragment))) problems.push(`${page}: ${url} points to no element`);
    }
  }
  return problems;
}
