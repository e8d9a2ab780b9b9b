/**
 * The one module for slugs and URLs (as Quartz keeps it): distinct types for file paths, slugs and
 * site-relative URLs, so that a slug is never used where a URL is expected and every URL respects the
 * base path the site is built for.
 */

/** A path on disk. */
export type FilePath = string & { readonly __brand: "FilePath" };
/** A URL-safe identifier: lower-case ASCII letters, digits and single hyphens ("david-lammy"). */
export type Slug = string & { readonly __brand: "Slug" };
/** A URL path from the site's origin, base path included ("/news/entities/david-lammy/"). */
export type SiteUrl = string & { readonly __brand: "SiteUrl" };

/**
 * Turns any text into a slug: accents folded ("Radosław" -> "radoslaw", "Aydın" -> "aydin"), everything that is not a
 * letter or digit becomes a hyphen. Never empty: a text with no usable character gives `fallback`.
 */
export function slugify(text: string, fallback = "untitled"): Slug {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/ß/g, "ss")
    .replace(/[øØ]/g, "o")
    .replace(/[łŁ]/g, "l")
    .replace(/[æÆ]/g, "ae")
    // Letters with no decomposition: Turkish dotless i, Croatian and Icelandic d, thorn, ligature oe.
    .replace(/ı/g, "i")
    .replace(/[đĐðÐ]/g, "d")
    .replace(/[þÞ]/g, "th")
    .replace(/[œŒ]/g, "oe")
    .replace(/[ħĦ]/g, "h")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // Long titles are cut at a word boundary, never inside a word.
  const cut = slug.length <= 80 ? slug : slug.slice(0, 81).replace(/-[^-]*$/, "") || slug.slice(0, 80);
  return (cut || fallback) as Slug;
}

/** True when `value` is already a valid slug. */
export function isSlug(value: string): value is Slug {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/**
 * Normalises a base path to the form Astro's `base` takes and URLs are joined with: leading and
 * trailing slash, "/" for the root. `BASE_PATH=news` and `BASE_PATH=/news/` mean the same.
 */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? "/").trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** Joins a base path and a site path: `joinUrl("/news/", "entities/x/")` -> "/news/entities/x/". */
export function joinUrl(base: string, path: string): SiteUrl {
  return `${normalizeBase(base)}${path.replace(/^\/+/, "")}` as SiteUrl;
}

export const articlePath = (slug: string): string => `articles/${slug}/`;
export const entityPath = (id: string): string => `entities/${id}/`;

export function articleUrl(base: string, slug: string): SiteUrl {
  return joinUrl(base, articlePath(slug));
}

export function entityUrl(base: string, id: string): SiteUrl {
  return joinUrl(base, entityPath(id));
}

// --- Site pages and in-page anchors (added for the publishing side) ---

export const entitiesPath = (): string => "entities/";
export const quotesPath = (): string => "quotes/";
export const searchPath = (): string => "search/";
/** The entity index ordered by name (a top-level path: any slug under entities/ may be an entity id). */
export const entitiesByNamePath = (): string => "entities-by-name/";
/** The quotes index grouped by speaker (quotes/N/ are the pages by date). */
export const quotesBySpeakerPath = (): string => "quotes/by-speaker/";
/** Feeds: the whole site, and the articles that mention one entity. */
export const feedPath = (): string => "rss.xml";
export const entityFeedPath = (id: string): string => `${entityPath(id)}rss.xml`;
/** W3C Web Annotation export of one article (JSON-LD AnnotationCollection). */
export const articleAnnotationsPath = (slug: string): string => `${articlePath(slug)}annotations.jsonld`;

/** Element id of the `index`-th mention of an article's annotations (`Annotations.mentions[index]`). */
export const mentionElementId = (index: number): string => `m-${index}`;
/** Element id of the `index`-th quote of an article's annotations (`Annotations.quotes[index]`). */
export const quoteElementId = (index: number): string => `q-${index}`;

/** Link to one mention or quote inside an article page: "/news/articles/x/#m-3". */
export function articleAnchorUrl(base: string, slug: string, elementId: string): SiteUrl {
  return `${articleUrl(base, slug)}#${elementId}` as SiteUrl;
}

/**
 * Astro's `trailingSlash` setting that matches the URLs built here: every page URL ends in "/",
 * and pages are written as `dir/index.html`.
 */
export const TRAILING_SLASH = "always" as const;

/**
 * An external link taken from front matter (an article's source URL) is kept only when it is an
 * http(s) URL: `javascript:` or `data:` URLs written by an editor or a scraper never become links.
 */
export function safeExternalUrl(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  try {
    const parsed = new URL(value.trim());
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
