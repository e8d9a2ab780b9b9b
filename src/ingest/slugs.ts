/**
 * Unique article slugs. Rules, in order:
 *  1. A source that already has an article keeps that article's slug (URLs stay stable even when a
 *     headline is corrected).
 *  2. Slugs of articles ingest does not own (written by editors, or whose source is gone) are taken.
 *  3. New sources get `slugify(title)` in source-path order; a clash gets `-2`, `-3`, ... and a warning.
 */
import { slugify, type Slug } from "../lib/paths.ts";

export interface SlugRequest {
  /** Source path relative to the root: the sort key that makes suffixes stable. */
  source: string;
  title: string;
  requestedSlug?: string;
  /** Slug of the article this source produced on an earlier run, if any. */
  existingSlug?: string;
}

export interface SlugAssignment {
  slug: Slug;
  /** Set when the natural slug was taken: the slug it wanted and who has it. */
  clash?: { wanted: Slug; holder: string };
}

export function assignSlugs(requests: SlugRequest[], reserved: Map<string, string>): Map<string, SlugAssignment> {
  const taken = new Map(reserved);
  const out = new Map<string, SlugAssignment>();
  const sorted = [...requests].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  for (const r of sorted) {
    if (r.existingSlug && !taken.has(r.existingSlug)) {
      taken.set(r.existingSlug, r.source);
      out.set(r.source, { slug: r.existingSlug as Slug });
    }
  }
  for (const r of sorted) {
    if (out.has(r.source)) continue;
    const wanted = slugify(r.requestedSlug ?? r.title);
    let slug = wanted;
    for (let n = 2; taken.has(slug); n++) slug = `${wanted}-${n}` as Slug;
    taken.set(slug, r.source);
    const holder = slug === wanted ? undefined : taken.get(wanted);
    out.set(r.source, holder === undefined ? { slug } : { slug, clash: { wanted, holder } });
  }
  return out;
}
