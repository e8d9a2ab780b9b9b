/**
 * `npm run build`: ingest -> registry -> corpus -> Astro static build (with the Pagefind index); the
 * work is in scripts/build-site.ts, which this starts with a bounded heap.
 *
 *   npm run build                        # content/ of this folder, output in dist/
 *   npm run build -- --strict            # error messages fail the exit code (also STRICT=1)
 *   npm run build -- --out /tmp/site    # output folder (also OUT_DIR)
 *   npm run build -- --root /tmp/tree   # folder holding content/ and .cache/ (also CONTENT_ROOT)
 *   BASE_PATH=/news/ SITE_URL=https://example.org npm run build
 *   BUILD_MAX_HEAP_MB=6144 npm run build # heap limit of the build process in MB (default: Node's own)
 *
 * The heap limit: Node's default (about 4 GB on a large machine) holds a 10,000-article build; a larger
 * archive may need more, a small machine less (the build then collects garbage more often). A 2 GB
 * limit is too small at 10,000 articles (measured: out of memory while the search index is built).
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const heapMB = Number(process.env.BUILD_MAX_HEAP_MB ?? 0);
const explicit = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((a) => a.startsWith("--max-old-space-size"));
const flags = heapMB > 0 && !explicit ? [`--max-old-space-size=${heapMB}`] : [];
if (flags.length === 0) {
  // No heap limit to set: the build runs in this process (one Node process fewer, about 80 MB).
  await import("./build-site.ts");
} else {
  const child = spawn(process.execPath, [...process.execArgv, ...flags, fileURLToPath(new URL("./build-site.ts", import.meta.url)), ...process.argv.slice(2)], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
