/**
 * Page-side helpers: the URL rules of src/lib/paths.ts bound to this build's base path, plus display
 * formatting. No NLP here: pages only show what the corpus stage computed.
 */
import type { EntityType } from "../annotator/model.ts";
import {
  articleAnchorUrl,
  articleAnnotationsPath,
  articleUrl,
  entitiesByNamePath,
  entitiesPath,
  entityFeedPath,
  entityUrl,
  feedPath,
  joinUrl,
  normalizeBase,
  quotesBySpeakerPath,
  quotesPath,
  searchPath,
} from "../lib/paths.ts";

export const base = normalizeBase(import.meta.env.BASE_URL);

export const url = {
  home: () => joinUrl(base, ""),
  article: (slug: string) => articleUrl(base, slug),
  anchor: (slug: string, elementId: string) => articleAnchorUrl(base, slug, elementId),
  entity: (id: string) => entityUrl(base, id),
  entities: () => joinUrl(base, entitiesPath()),
  quotes: () => joinUrl(base, quotesPath()),
  search: () => joinUrl(base, searchPath()),
  entitiesByName: () => joinUrl(base, entitiesByNamePath()),
  quotesBySpeaker: () => joinUrl(base, quotesBySpeakerPath()),
  feed: () => joinUrl(base, feedPath()),
  entityFeed: (id: string) => joinUrl(base, entityFeedPath(id)),
  annotations: (slug: string) => joinUrl(base, articleAnnotationsPath(slug)),
  asset: (path: string) => joinUrl(base, path),
};

/** An absolute URL under SITE_URL for a site path (base included): feeds, sitemaps, JSON-LD need them. */
export function absoluteUrl(site: URL | undefined, path: string): string {
  return site ? new URL(path, site).href : path;
}

export const SCHEMA_TYPES = { person: "Person", organization: "Organization", place: "Place" } as const;

export const TYPE_LABELS: Record<EntityType, { one: string; many: string }> = {
  person: { one: "Person", many: "People" },
  organization: { one: "Organisation", many: "Organisations" },
  place: { one: "Place", many: "Places" },
};

/** One formatter for the whole build: `toLocaleDateString` built a new one per call (seconds on a large site). */
const dateFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
const formatted = new Map<string, string>();

/** "2025-03-14" -> "14 March 2025" (UTC, so the day never shifts with the build machine's zone). */
export function formatDate(iso: string): string {
  let text = formatted.get(iso);
  if (text === undefined) {
    const d = new Date(`${iso}T00:00:00Z`);
    text = Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
    formatted.set(iso, text);
  }
  return text;
}

/** Creative Commons licence names ("CC BY 2.5") to their deed URL; undefined for anything else. */
export function licenseUrl(license: string): string | undefined {
  const m = /^CC[- ]?(BY(?:[- ](?:SA|ND|NC(?:[- ](?:SA|ND))?))?)[- ]?(\d\.\d)/i.exec(license.trim());
  if (!m) return undefined;
  return `https://creativecommons.org/licenses/${m[1]!.toLowerCase().replace(/ /g, "-")}/${m[2]}/`;
}

// One collator each, made once: `localeCompare` with a locale or options makes one per call (the same
// order, about 40 times slower: half a second a page for 4,500 entity names).
const NAMES = new Intl.Collator("en", { sensitivity: "base" });
const IDS = new Intl.Collator("en", { numeric: true });
/** Orders names alphabetically, ignoring case and accents. */
export const compareNames = (a: string, b: string): number => NAMES.compare(a, b);
/** Orders ids with numbers by value: "q-2" before "q-10". */
export const compareIds = (a: string, b: string): number => IDS.compare(a, b);

/** "the ministers" -> "The ministers": a group speaker's words shown on their own, as a heading or label. */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export const wikidataUrl = (q: string) => `https://www.wikidata.org/wiki/${encodeURIComponent(q)}`;

/** JSON for a <script type="application/ld+json">: `<` escaped so text can never close the script. */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
