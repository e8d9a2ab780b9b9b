/**
 * The HTML source form: a saved news page. Readability (over a linkedom DOM) finds the article and
 * drops navigation, related links, newsletters and footers; unified (rehype-parse -> rehype-remark ->
 * remark-stringify) turns what is left into Markdown. Images are dropped (the site does not host
 * other people's pictures) but their captions are kept as `:::figure` directives.
 */
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { unified } from "unified";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import { toString as hastToString } from "hast-util-to-string";
import { toString as mdastToString } from "mdast-util-to-string";
import { visit, SKIP } from "unist-util-visit";
import type { Element, Root as HastRoot } from "hast";
import type { Link, Paragraph, Root, RootContent } from "mdast";
import type { ParseResult, SourceIssue } from "./types.ts";
import { readHtmlMeta } from "./html-meta.ts";
import { detectCaption, creditOf } from "./captions.ts";
import { figure, paragraph, stringifyMarkdown } from "./markdown.ts";
import { inferTitle } from "./title.ts";
import { parseDate } from "./dates.ts";

/** Elements that are never article text. */
const BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";

/** Below this much text, what Readability or the fallback found is not an article. */
const MIN_ARTICLE_CHARS = 80;

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Credit of a <figure>: an element marked as credit, else a credit-shaped end of the caption. */
function figureHandler(_state: unknown, node: Element): RootContent | undefined {
  let captionEl: Element | undefined;
  let creditText: string | undefined;
  visit(node, "element", (el: Element) => {
    if (el.tagName === "figcaption") captionEl ??= el;
    const cls = String(el.properties?.className ?? "").toLowerCase();
    if (/credit|copyright|byline|source/.test(cls) || el.tagName === "cite") creditText ??= collapse(hastToString(el));
  });
  if (!captionEl) return undefined;
  let text = collapse(hastToString(captionEl));
  if (creditText) {
    text = collapse(text.replace(creditText, "").replace(/\(\s*\)/g, ""));
    const credit = creditOf(creditText) ?? creditText;
    return text ? figure({ text, credit }) : undefined;
  }
  const caption = detectCaption(text);
  if (caption) return figure(caption);
  return text ? { type: "containerDirective", name: "figure", attributes: {}, children: [paragraph(text)] } : undefined;
}

const drop = () => undefined;

const toMdast = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeRemark, {
    handlers: {
      figure: figureHandler as never,
      img: drop,
      picture: drop,
      video: drop,
      audio: drop,
      svg: drop,
      iframe: drop,
      button: drop,
      input: drop,
    },
  });

/** Keeps links that lead somewhere on the web (resolved against the page URL); unwraps the rest. */
function cleanLinks(tree: Root, base: string | undefined): void {
  visit(tree, "link", (node: Link, index, parent) => {
    let href: string | undefined;
    try {
      const url = new URL(node.url, base);
      if (["http:", "https:", "mailto:"].includes(url.protocol)) href = url.href;
    } catch {
      href = undefined;
    }
    if (href) {
      node.url = href;
      return;
    }
    if (parent && index !== undefined) {
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    }
    return undefined;
  });
}

/** Paragraphs that are captions in disguise (no <figure>, just "... (Photo: Reuters)"). */
function captionParagraphs(tree: Root): void {
  tree.children = tree.children.map((node) => {
    if (node.type !== "paragraph" || !(node as Paragraph).children.every((c) => c.type === "text")) return node;
    const caption = detectCaption(mdastToString(node));
    return caption ? figure(caption) : node;
  });
}

/**
 * A byline Readability left in ("By Jane Roe, 1 March 2024"): it is metadata, not story text. Only the
 * first block is considered, and only when it is short and starts with "By".
 */
function dropByline(tree: Root): string | undefined {
  const first = tree.children[0];
  if (first?.type !== "paragraph") return undefined;
  const text = collapse(mdastToString(first));
  const m = /^By\s+([\p{Lu}][^,|·•]*?)(?:\s*(?:,|\||·|•|\s[—–-]\s).*)?$/u.exec(text);
  if (!m || text.length > 120) return undefined;
  tree.children.shift();
  return m[1]?.trim();
}

/**
 * linkedom builds no document element for text that does not start with markup ("plain words", a
 * comment, a quotation mark), and Readability throws on such a document: wrap it in a page first.
 */
function parseDocument(html: string): Document {
  const parsed = parseHTML(html).document as unknown as Document;
  if (parsed.documentElement && parsed.body) return parsed;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

/** Readability's article, or (for short pages it gives up on) the main element minus boilerplate. */
function articleHtml(html: string): { html: string; byline?: string; title?: string; publishedTime?: string } | undefined {
  const result = new Readability(parseDocument(html), { charThreshold: 200 }).parse();
  if (result?.content && collapse(result.textContent ?? "").length >= MIN_ARTICLE_CHARS) {
    return {
      html: result.content,
      ...(result.byline ? { byline: result.byline } : {}),
      ...(result.title ? { title: result.title } : {}),
      ...(result.publishedTime ? { publishedTime: result.publishedTime } : {}),
    };
  }
  const fresh = parseDocument(html);
  const container = fresh.querySelector("article") ?? fresh.querySelector("main") ?? fresh.querySelector("body");
  if (!container) return undefined;
  for (const el of Array.from(container.querySelectorAll(BOILERPLATE))) el.remove();
  return collapse(container.textContent ?? "").length >= MIN_ARTICLE_CHARS ? { html: container.innerHTML } : undefined;
}

/** `{ line }` of the first occurrence of `needle`, for messages about a value found in the page. */
function lineOf(text: string, needle: string): { line?: number } {
  const at = text.indexOf(needle);
  return at < 0 ? {} : { line: text.slice(0, at).split("\n").length };
}

export async function parseHtmlSource(text: string): Promise<ParseResult> {
  const issues: SourceIssue[] = [];
  const meta = readHtmlMeta(parseDocument(text));
  const article = articleHtml(text);
  if (!article) {
    return {
      ok: false,
      issues: [
        {
          severity: "error",
          message: "no article text found in the HTML page",
          hint: "save the article page itself, not a front page or a script-rendered shell, or paste the text into a .txt source",
        },
      ],
    };
  }
  // A date the page states but that is not a real day is an error, not a reason to guess another.
  const fromReadability = !meta.rawDate && article.publishedTime ? parseDate(article.publishedTime) : undefined;
  const date = meta.date ?? (fromReadability?.ok ? fromReadability.date : undefined);
  if (!date) {
    return {
      ok: false,
      issues: [
        {
          severity: "error",
          ...(meta.rawDate ? lineOf(text, meta.rawDate) : {}),
          message: meta.rawDate ? `impossible or unreadable date \`${meta.rawDate}\`` : "no publication date in the HTML page",
          hint: meta.rawDate
            ? "correct the date in the page (YYYY-MM-DD or an ISO date-time)"
            : 'add <meta property="article:published_time" content="YYYY-MM-DD"> to the page, or convert it to a .md source with `date:`',
        },
      ],
    };
  }

  const hast = toMdast.parse(article.html) as HastRoot;
  const tree = (await toMdast.run(hast)) as Root;
  cleanLinks(tree, meta.sourceUrl);
  captionParagraphs(tree);
  const byline = dropByline(tree);
  const title = meta.title ?? article.title;
  // Readability usually drops the headline; when it keeps it, the front matter already has it.
  const first = tree.children[0];
  if (first?.type === "heading" && title && collapse(mdastToString(first)) === collapse(title)) tree.children.shift();
  const lede = tree.children.find((n): n is Paragraph => n.type === "paragraph");
  const finalTitle = title ? collapse(title) : inferTitle(lede ? mdastToString(lede) : "");
  const author = meta.author ?? article.byline ?? byline;
  return {
    ok: true,
    parsed: {
      title: finalTitle,
      titleInferred: !title,
      date,
      body: stringifyMarkdown(tree),
      ...(meta.sourceUrl ? { sourceUrl: meta.sourceUrl } : {}),
      ...(meta.license ? { license: meta.license } : {}),
      ...(meta.siteName ? { credit: meta.siteName } : {}),
      ...(author ? { author: collapse(author).replace(/^by\s+/i, "") } : {}),
    },
    issues,
  };
}
