/**
 * `npm run build`: ingest -> registry -> corpus -> Astro static build (with the Pagefind index); the
 * work is in scripts/build-site.ts, which this starts with a bounded heap.
 *
 *   npm run build                        # content/ of this folder, output in dist/
 *   npm run build -- --strict            # error messages fail the exit code (also STRICT=1)
 *   npm run build -- --out /tmp/site    # output folder (also OUT_DIR)
 *   npm run build -- --root /tmp/tree   # folder holding content/ and .cache/ (also CONTENT_ROOT)
 *   BASE_PATH=/news/ SITE_URL=https://example.org npm run build
 *   BUILD_MAX_HEAP_MB=3072 npm run build # heap limit of the build process (default 2048; 0: Node's own)
 *
 * Why a heap limit: left to itself, Node lets the heap of a long build grow to its default limit (a
 * quarter of the machine's memory or more) before collecting in earnest; the live data of a 10,000
 * article build is far smaller. A limit keeps the build's memory near what it really needs.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const heapMB = Number(process.env.BUILD_MAX_HEAP_MB ?? 2048);
const explicit = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((a) => a.startsWith("--max-old-space-size"));
const flags = heapMB > 0 && !explicit ? [`--max-old-space-size=${heapMB}`] : [];
const child = spawn(process.execPath, [...process.execArgv, ...flags, fileURLToPath(new URL("./build-site.ts", import.meta.url)), ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
