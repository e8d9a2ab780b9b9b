/** Facts about the sample content and the browser setup that several test files share. */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const projectDir = join(import.meta.dirname, "..", "..");

/** Flags for Debian's Chromium on this machine: headless, no sandbox as root, no network of its own. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Debian's Chromium, headless, with a fresh profile of its own. */
export function launchChromium(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "chromium-profile-")), { executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS, ...options });
}

/** The slug ingest gave the seed article (the plain-text sample), read from its front matter. */
export function seedSlug(): string {
  const dir = join(projectDir, "content", "articles");
  for (const name of readdirSync(dir)) {
    const text = readFileSync(join(dir, name), "utf8");
    if (text.includes("source: content/sources/2025-05-12-european-allies-ukraine.txt")) return /^slug: (.+)$/m.exec(text)![1]!.trim();
  }
  throw new Error("seed article not found");
}
