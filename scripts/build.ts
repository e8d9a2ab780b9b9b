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
 *
 * The build runs on Node's own TypeScript support (Node 22.10 or newer: `--experimental-transform-types`),
 * which `npm run build` starts this script with too; started under tsx (`npx tsx scripts/build.ts`), it
 * starts the build again without tsx's module hooks, which see every module the build and its Astro
 * process load and made loading them about twice as slow (importing Astro: 1.6 s under tsx, 0.6 s
 * without; about 1.5 s of every build, full or not, measured at 1,000 articles), and whose kept names
 * slow the annotator by about a fifth. The build's Astro process and its worker threads inherit these
 * flags. An older Node runs the build in this process, under tsx.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const heapMB = Number(process.env.BUILD_MAX_HEAP_MB ?? 0);
const explicit = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((a) => a.startsWith("--max-old-space-size"));
const heapFlags = heapMB > 0 && !explicit ? [`--max-old-space-size=${heapMB}`] : [];
/** This process's Node flags without tsx's loader (`--require .../tsx/dist/preflight.cjs`, `--import .../tsx/dist/loader.mjs`). */
function withoutTsx(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if ((a === "--require" || a === "--import" || a === "-r") && /[\\/]tsx[\\/]/.test(args[i + 1] ?? "")) i++;
    else if (!/^--(?:require|import)=.*[\\/]tsx[\\/]/.test(a)) out.push(a);
  }
  return out;
}
const nativeTypeScript = process.features.typescript !== undefined;
const tsFlags = nativeTypeScript ? ["--experimental-transform-types", "--disable-warning=ExperimentalWarning"] : [];
if (heapFlags.length === 0 && !nativeTypeScript) {
  // Nothing to change in how Node runs: the build runs in this process (one Node process fewer, about 80 MB).
  await import("./build-site.ts");
} else {
  const nodeArgs = nativeTypeScript ? [...withoutTsx(process.execArgv).filter((a) => !tsFlags.includes(a)), ...tsFlags] : process.execArgv;
  const child = spawn(process.execPath, [...nodeArgs, ...heapFlags, fileURLToPath(new URL("./build-site.ts", import.meta.url)), ...process.argv.slice(2)], { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
