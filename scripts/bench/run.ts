/**
 * Runs a command and measures it: wall-clock seconds and the peak resident memory of its whole process
 * tree (sampled from /proc every 100 ms, since the build spawns child processes such as Pagefind).
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface RunResult {
  seconds: number;
  peakRssMB: number;
  code: number;
  output: string;
}

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(name));
      map.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

function treeRssKB(root: number): number {
  const kids = children();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (m) total += Number(m[1]);
    } catch {
      // ended
    }
    stack.push(...(kids.get(pid) ?? []));
  }
  return total;
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv, label: string, cwd?: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], ...(cwd ? { cwd } : {}) });
    let output = "";
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKB(child.pid));
    }, 100);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 200_000) output = output.slice(-100_000);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", (chunk: Buffer) => {
      collect(chunk);
      // Pass the build's own progress lines through, prefixed, so a long run shows where it is.
      for (const line of chunk.toString().split("\n")) if (/progress|annotat|pages|pagefind/i.test(line)) process.stderr.write(`  [${label}] ${line.trim()}\n`);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakRssMB: Math.round(peak / 1024), code: code ?? 1, output });
    });
  });
}
