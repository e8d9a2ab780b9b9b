/**
 * Internal link checker for a built site: every `href`, `src`, `srcset`, `action` and `poster` of every
 * HTML page (parsed with rehype-parse, not matched with regexes), every URL of the RSS feed and the
 * sitemaps (parsed as XML with linkedom) and the `Sitemap:` line of robots.txt must resolve to a file
 * in the output folder, under the base path; a `#fragment` must name an element of the target page.
 *
 *   npx tsx tests/helpers/links.ts dist [/news/] [https://example.org]
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { Element, Root } from "hast";
import { DOMParser } from "linkedom";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

export interface LinkCheckOptions {
  /** The base path the site was built for, "/" or "/news/". */
  base: string;
  /** SITE_URL of the build: absolute URLs on this origin are internal too. */
  site?: string;
}

/** Which attributes of which elements hold URLs (`*` for any element). */
const URL_ATTRIBUTES: Record<string, string[]> = {
  href: ["a", "area", "link", "base"],
  src: ["*"],
  srcSet: ["img", "source"],
  action: ["form"],
  formAction: ["button", "input"],
  poster: ["video"],
  cite: ["blockquote", "q", "del", "ins"],
  data: ["object"],
};

const parser = unified().use(rehypeParse);

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

/** The URL path a file is served at: out/articles/x/index.html -> /base/articles/x/. */
function pagePath(out: string, file: string, base: string): string {
  const rel = relative(out, file).split(sep).join("/");
  return base + rel.replace(/(^|\/)index\.html$/, "$1");
}

interface Page {
  urls: string[];
  ids: Set<string>;
}

function readHtml(file: string): Page {
  const tree = parser.parse(readFileSync(file, "utf8")) as Root;
  const urls: string[] = [];
  const ids = new Set<string>();
  visit(tree, "element", (node: Element) => {
    const props = node.properties ?? {};
    if (typeof props.id === "string") ids.add(props.id);
    if (node.tagName === "a" && typeof props.name === "string") ids.add(props.name);
    for (const [prop, tags] of Object.entries(URL_ATTRIBUTES)) {
      const value = props[prop];
      if (value === undefined || value === null || !(tags.includes("*") || tags.includes(node.tagName))) continue;
      const text = Array.isArray(value) ? value.join(" ") : String(value);
      // srcset: "url 1x, url 2x".
      if (prop === "srcSet") urls.push(...text.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "").filter(Boolean));
      else urls.push(text);
    }
  });
  return { urls, ids };
}

/** URLs of an RSS feed or sitemap: <loc>, <link>, <guid isPermaLink>, href/url attributes. */
function readXml(file: string): string[] {
  const doc = new DOMParser().parseFromString(readFileSync(file, "utf8"), "text/xml");
  const urls: string[] = [];
  for (const el of Array.from(doc.querySelectorAll("*")) as unknown as globalThis.Element[]) {
    const name = el.localName.toLowerCase();
    if (name === "loc" || name === "link" || (name === "guid" && el.getAttribute("isPermaLink") !== "false")) {
      const text = el.textContent?.trim();
      if (text) urls.push(text);
    }
    for (const attr of ["href", "url"]) {
      const value = el.getAttribute(attr);
      if (value) urls.push(value);
    }
  }
  return urls;
}

export function checkLinks(out: string, options: LinkCheckOptions): string[] {
  const outDir = resolve(out);
  const base = options.base;
  const origin = options.site ? new URL(options.site).origin : "https://site.invalid";
  const problems: string[] = [];
  const pages = new Map<string, Page>();
  const page = (file: string) => {
    let p = pages.get(file);
    if (!p) pages.set(file, (p = readHtml(file)));
    return p;
  };

  /** The file a same-origin path is served from, or undefined. */
  const target = (path: string): string | undefined => {
    if (!path.startsWith(base)) return undefined;
    const local = join(outDir, decodeURIComponent(path.slice(base.length)));
    if (!local.startsWith(outDir)) return undefined;
    if (path.endsWith("/")) return existsSync(join(local, "index.html")) ? join(local, "index.html") : undefined;
    return existsSync(local) && statSync(local).isFile() ? local : undefined;
  };

  const check = (from: string, fromUrl: string, raw: string) => {
    const value = raw.trim();
    if (value === "" || value.startsWith("data:") || value.startsWith("mailto:")) return;
    let url: URL;
    try {
      url = new URL(value, origin + fromUrl);
    } catch {
      problems.push(`${from}: ${value} is not a URL`);
      return;
    }
    if (url.origin !== origin) return; // another site, or javascript:/tel: (the hostile tests catch those)
    if (value.startsWith("#") && url.hash.length <= 1) return;
    if (!url.pathname.startsWith(base)) {
      problems.push(`${from}: ${value} is outside the base path ${base}`);
      return;
    }
    const file = target(url.pathname);
    if (!file) {
      problems.push(`${from}: ${value} points to no file`);
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && file.endsWith(".html") && !page(file).ids.has(fragment)) problems.push(`${from}: ${value} points to no element #${fragment}`);
  };

  for (const file of walk(outDir)) {
    const from = relative(outDir, file).split(sep).join("/");
    const fromUrl = pagePath(outDir, file, base);
    if (file.endsWith(".html")) for (const u of page(file).urls) check(from, fromUrl, u);
    else if (file.endsWith(".xml")) for (const u of readXml(file)) check(from, fromUrl, u);
    else if (from === "robots.txt") for (const m of readFileSync(file, "utf8").split("\n")) if (/^sitemap:/i.test(m)) check(from, fromUrl, m.replace(/^sitemap:\s*/i, ""));
  }
  return problems;
}

// `npx tsx tests/helpers/links.ts <out> [base] [site]` prints every broken link (exit 1 when any).
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const [out = "dist", base = "/", site] = process.argv.slice(2);
  const problems = checkLinks(out, { base, ...(site ? { site } : {}) });
  for (const p of problems) console.log(p);
  console.log(`${problems.length} broken link(s)`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
