/**
 * Article metadata from an HTML page's head (and `<time>` in its body), read before Readability
 * rewrites the DOM. Each field takes the first source that has it, most specific first.
 */
import { parseDate } from "./dates.ts";

export interface HtmlMeta {
  title?: string;
  date?: string;
  /** The raw date string found, for error messages when it does not parse. */
  rawDate?: string;
  sourceUrl?: string;
  author?: string;
  siteName?: string;
  license?: string;
}

function attr(doc: Document, selector: string, name: string): string | undefined {
  const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : undefined;
}

function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = attr(doc, `meta[property="${key}"]`, "content") ?? attr(doc, `meta[name="${key}"]`, "content");
    if (value) return value;
  }
  return undefined;
}

function absoluteHttp(value: string | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** "Headline | Site" or "Headline - Site" -> "Headline", when the tail is the site's name or short. */
export function cleanDocumentTitle(title: string, siteName?: string): string {
  const parts = title.split(/\s+[|–—-]\s+|\s+::\s+/);
  if (parts.length < 2) return title.trim();
  const last = (parts[parts.length - 1] ?? "").trim();
  if ((siteName && last.toLowerCase() === siteName.toLowerCase()) || last.split(/\s+/).length <= 4) {
    return parts.slice(0, -1).join(" - ").trim();
  }
  return title.trim();
}

export function readHtmlMeta(doc: Document): HtmlMeta {
  const siteName = meta(doc, "og:site_name", "application-name");
  const docTitle = doc.querySelector("title")?.textContent?.replace(/\s+/g, " ").trim();
  const title =
    meta(doc, "og:title", "twitter:title") ??
    (docTitle ? cleanDocumentTitle(docTitle, siteName) : undefined) ??
    doc.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim();
  const rawDate =
    meta(doc, "article:published_time", "datePublished", "pubdate", "publish-date", "date", "dc.date", "DC.date.issued") ??
    attr(doc, "article time[datetime], main time[datetime], time[datetime]", "datetime");
  const parsedDate = rawDate ? parseDate(rawDate) : undefined;
  const canonical = attr(doc, 'link[rel="canonical"]', "href");
  const ogUrl = meta(doc, "og:url");
  const sourceUrl = absoluteHttp(canonical, ogUrl) ?? absoluteHttp(ogUrl);
  const rawAuthor = meta(doc, "author", "article:author", "byl", "dc.creator");
  // article:author is often a profile URL, which is not a name.
  const author = rawAuthor && !/^https?:/i.test(rawAuthor) ? rawAuthor.replace(/^by\s+/i, "") : undefined;
  const license = attr(doc, 'link[rel="license"]', "href") ?? meta(doc, "license", "dc.rights", "copyright");
  return {
    ...(title ? { title } : {}),
    ...(parsedDate?.ok ? { date: parsedDate.date } : {}),
    ...(rawDate ? { rawDate } : {}),
    ...(sourceUrl ? { sourceUrl } : {}),
    ...(author ? { author } : {}),
    ...(siteName ? { siteName } : {}),
    ...(license ? { license } : {}),
  };
}
