/**
 * The content tree the hostile build runs over: a copy of the sample content/ plus
 * tests/fixtures/hostile (sources under content/sources/hostile/, broken registry files added to
 * content/entities/) plus the large sources generated here rather than committed.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { BUILD_COMMAND } from "./site.ts";

export const projectDir = resolve(import.meta.dirname, "..", "..");
export const fixturesDir = join(projectDir, "tests", "fixtures", "hostile");

/** 5 MiB (UTF-8 bytes) of plain text: many ordinary paragraphs with names and quotations. */
export function largeSource(bytes = 5 * 1024 * 1024): string {
  const para = "The Northfield council met again on Monday, and the mayor Jane Holloway said: \u201cWe will build the bridge.\u201d Critics disagreed.";
  const parts = ["date 2024-05-01 Large source: the Northfield council published its full archive on Monday, officials said."];
  let size = Buffer.byteLength(parts[0]!) + 1;
  for (let i = 0; size < bytes; i++) {
    const p = `${para} (${i})`;
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join("\n\n") + "\n";
}

/** One line of about `bytes` bytes with an opening quotation mark that never closes. */
export function hugeLineSource(bytes = 1024 * 1024): string {
  const words = "\u201cthe bridge <script>alert('huge')</script> will open soon and the council agrees ";
  return `date 2024-05-02 Huge single line: ${words.repeat(Math.ceil(bytes / words.length))}\n`;
}

export interface HostileRoot {
  root: string;
}

/** A fresh temporary root holding a copy of the sample content/ only. */
export function makeSampleRoot(name = "sample"): string {
  const root = mkdtempSync(join(tmpdir(), `site-${name}-`));
  cpSync(join(projectDir, "content"), join(root, "content"), { recursive: true });
  return root;
}

/** A fresh temporary root holding content/ (samples + fixtures + generated sources). */
export function makeHostileRoot(name = "hostile"): HostileRoot {
  const root = mkdtempSync(join(tmpdir(), `site-${name}-`));
  cpSync(join(projectDir, "content"), join(root, "content"), { recursive: true });
  cpSync(join(fixturesDir, "sources"), join(root, "content", "sources", "hostile"), { recursive: true });
  cpSync(join(fixturesDir, "entities"), join(root, "content", "entities"), { recursive: true });
  const generated = join(root, "content", "sources", "hostile", "generated");
  mkdirSync(generated, { recursive: true });
  writeFileSync(join(generated, "large-5mb.txt"), largeSource());
  writeFileSync(join(generated, "huge-line.txt"), hugeLineSource());
  return { root };
}

export interface BuildRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Runs scripts/build.ts over `root` into `out` in a child process and resolves with its exit code
 * (never rejects on a failing build: a failing exit code is what some tests expect).
 */
export function runBuild(root: string, out: string, options: { args?: string[]; env?: Record<string, string>; base?: string } = {}): Promise<BuildRun> {
  // Vitest sets Vite's own variables (BASE_URL, MODE, ...); a child Astro build would read them.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, VITEST: _v, VITEST_MODE: _vm, NODE_ENV: _n, STRICT: _st, ...inherited } = process.env;
  const env = { ...inherited, BASE_PATH: options.base ?? "/", SITE_URL: "https://news.example.org", ...options.env };
  const started = performance.now();
  mkdirSync(out, { recursive: true });
  return new Promise((done) => {
    execFile("npx", [...BUILD_COMMAND, "--root", root, "--out", out, ...(options.args ?? [])], { cwd: projectDir, env, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      done({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** path -> sha256 of every file under `dir` (relative POSIX paths), to compare a tree before and after. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path).split(sep).join("/")] = createHash("sha256").update(readFileSync(path)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

// `npx tsx tests/helpers/hostile-root.ts` prints a root to explore by hand.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) console.log(makeHostileRoot("manual").root);
