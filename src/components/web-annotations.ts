/**
 * An article's annotations as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/)
 * AnnotationCollection in JSON-LD, so that annotation tools (Hypothesis, Recogito, ...) can reuse them.
 *
 * - each entity mention: motivation `identifying`, body the entity's page (and its Wikidata item when
 *   known) plus a `classifying` TextualBody with its type;
 * - each attributed quotation: motivation `identifying`, body the speaker's page.
 * The target is the article page, found by a TextQuoteSelector (exact + prefix/suffix, what a tool finds
 * in the page's text) and a TextPositionSelector. Positions count Unicode code points, as the model
 * requires, in the article's annotated text: its paragraphs, headings and captions joined by blank
 * lines (the page's text without the headline and side panel).
 */
import type { Annotations, EntityType } from "../annotator/model.ts";

export interface EntityInfo {
  name: string;
  type: EntityType;
  /** Absolute URL of the entity's page. */
  url: string;
  wikidataUrl?: string | undefined;
}

export interface CollectionInput {
  /** Absolute URL of the collection file itself. */
  id: string;
  /** Absolute URL of the article page (the annotations' target source). */
  articleUrl: string;
  title: string;
  date: string;
  text: string;
  annotations: Annotations;
  entity: (id: string) => EntityInfo | undefined;
}

/** Characters of context kept each side of a quoted selection (the model suggests "a small number"). */
const CONTEXT = 32;

/** UTF-16 offset -> code point offset, for every offset of `text` (one pass, then O(1) lookups). */
function codePointOffsets(text: string): Uint32Array {
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: the low half maps to the same index.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) map[++i] = cp;
    }
    cp++;
  }
  map[text.length] = cp;
  return map;
}

/** Never cut a surrogate pair when taking context around a selection. */
const safeStart = (text: string, i: number) => (i > 0 && /[\udc00-\udfff]/.test(text[i] ?? "") ? i - 1 : i);
const safeEnd = (text: string, i: number) => (i < text.length && /[\udc00-\udfff]/.test(text[i] ?? "") ? i + 1 : i);

export function annotationCollection(input: CollectionInput): Record<string, unknown> {
  const { text, annotations } = input;
  const cps = codePointOffsets(text);
  const target = (start: number, end: number) => ({
    source: input.articleUrl,
    selector: [
      {
        type: "TextQuoteSelector",
        exact: text.slice(start, end),
        prefix: text.slice(safeStart(text, Math.max(0, start - CONTEXT)), start),
        suffix: text.slice(end, safeEnd(text, Math.min(text.length, end + CONTEXT))),
      },
      { type: "TextPositionSelector", start: cps[start], end: cps[end] },
    ],
  });
  const identifying = (e: EntityInfo) => [
    { type: "SpecificResource", source: e.url, purpose: "identifying" },
    ...(e.wikidataUrl ? [{ type: "SpecificResource", source: e.wikidataUrl, purpose: "identifying" }] : []),
  ];

  const items: Record<string, unknown>[] = [];
  annotations.mentions.forEach((m, i) => {
    const e = input.entity(m.entityId);
    if (!e) return;
    items.push({
      id: `${input.id}#m-${i}`,
      type: "Annotation",
      motivation: "identifying",
      body: [...identifying(e), { type: "TextualBody", value: m.type, purpose: "classifying", format: "text/plain" }],
      target: target(m.start, m.end),
    });
  });
  annotations.quotes.forEach((q, i) => {
    if (q.kind !== "speech" || !q.speakerEntityId) return;
    const speaker = input.entity(q.speakerEntityId);
    if (!speaker) return;
    items.push({
      id: `${input.id}#q-${i}`,
      type: "Annotation",
      motivation: "identifying",
      body: [...identifying(speaker), { type: "TextualBody", value: `Quotation by ${speaker.name}`, purpose: "describing", format: "text/plain" }],
      target: target(q.start, q.end),
    });
  });

  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: input.id,
    type: "AnnotationCollection",
    label: `People, organisations, places and quotations in “${input.title}” (${input.date})`,
    total: items.length,
    first: { id: `${input.id}#page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
