/**
 * Finds markup in a built site that could run code: `<script>` other than the site's own, event-handler
 * attributes, javascript:/vbscript:/data: URLs, frames, plugins, SVG/MathML, `<base>`/refresh tags,
 * forms that submit elsewhere, and style sheets or style attributes that load or run something.
 * Pages are parsed with rehype-parse, so what is checked is what a browser builds, not what a regex sees.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

const parser = unified().use(rehypeParse);
const FORBIDDEN = new Set(["iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "base", "template"]);
/** CSS that can load or run something; plain declarations (the site's own bar widths) are harmless. */
const ACTIVE_CSS = /url\s*\(|expression\s*\(|javascript:|@import|behavior\s*:/i;
const DANGEROUS_URL = /^\s*(?:javascript|vbscript|data)\s*:/i;
const URL_PROPS = new Set(["href", "src", "action", "formAction", "poster", "data", "cite", "srcSet", "xLinkHref", "background"]);

export function htmlFilesOf(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFilesOf(path));
    else if (name.endsWith(".html")) out.push(path);
  }
  return out;
}

/** The text of the first element matching `test`, as a browser would show it (entities decoded). */
export function textOf(html: string, test: (el: Element) => boolean): string | undefined {
  let found: Element | undefined;
  visit(parser.parse(html) as Root, "element", (el: Element) => {
    if (!found && test(el)) found = el;
  });
  return found ? toString(found) : undefined;
}

export interface MarkupScan {
  /** `page: what` for every unsafe element or attribute. */
  problems: string[];
  /** Every distinct `<script>` (attributes and first characters), with how many pages carry it. */
  scripts: Map<string, number>;
  /** Page -> number of `<script>` elements the parser found on it. */
  scriptElements: Map<string, number>;
}

/** A script's identity: its attributes and, for inline scripts, its first 80 characters. */
function scriptKey(el: Element): string {
  const text = el.children.map((c) => ("value" in c ? String(c.value) : "")).join("");
  return `${JSON.stringify(el.properties)} ${text.replace(/\s+/g, " ").slice(0, 80)}`;
}

export function scanMarkup(out: string, isOwnScript: (el: Element, text: string, page: string) => boolean): MarkupScan {
  const problems: string[] = [];
  const scripts = new Map<string, number>();
  const scriptElements = new Map<string, number>();
  for (const file of htmlFilesOf(out)) {
    const page = relative(out, file).split(sep).join("/");
    const tree = parser.parse(readFileSync(file, "utf8")) as Root;
    visit(tree, "element", (el: Element, _index, parent) => {
      const parentTag = parent && parent.type === "element" ? parent.tagName : undefined;
      // The site's own forms (its search box) submit to the site; no source can add one.
      if (el.tagName === "form" && !/^\/(?!\/)/.test(String(el.properties.action ?? ""))) problems.push(`${page}: <form action="${String(el.properties.action ?? "")}">`);
      // Style sheets only in <head> or Astro's scoped component styles, and never with active CSS.
      if (el.tagName === "style") {
        const css = el.children.map((c) => ("value" in c ? String(c.value) : "")).join("");
        if ((parentTag !== "head" && !css.includes("data-astro-cid")) || ACTIVE_CSS.test(css)) problems.push(`${page}: <style> ${css.slice(0, 60)}`);
      }
      if (el.tagName === "script") {
        const text = el.children.map((c) => ("value" in c ? String(c.value) : "")).join("");
        scripts.set(scriptKey(el), (scripts.get(scriptKey(el)) ?? 0) + 1);
        scriptElements.set(page, (scriptElements.get(page) ?? 0) + 1);
        if (!isOwnScript(el, text, page)) problems.push(`${page}: foreign <script> ${scriptKey(el).slice(0, 120)}`);
      }
      if (FORBIDDEN.has(el.tagName)) problems.push(`${page}: <${el.tagName}>`);
      if (el.tagName === "meta" && el.properties.httpEquiv) problems.push(`${page}: <meta http-equiv=${String(el.properties.httpEquiv)}>`);
      for (const [name, value] of Object.entries(el.properties ?? {})) {
        if (/^on/i.test(name)) problems.push(`${page}: <${el.tagName} ${name}>`);
        if (name === "style" && ACTIVE_CSS.test(String(value))) problems.push(`${page}: <${el.tagName} style="${String(value).slice(0, 60)}">`);
        const text = Array.isArray(value) ? value.join(" ") : String(value);
        if (URL_PROPS.has(name) && DANGEROUS_URL.test(text)) problems.push(`${page}: <${el.tagName} ${name}="${text.slice(0, 60)}">`);
      }
    });
  }
  return { problems, scripts, scriptElements };
}
