/**
 * The rehype-sanitize schema: GitHub's default plus exactly the elements, classes and data attributes
 * the annotation marks and figures emit. Runs after the marks, so Markdown sources can never bring
 * `<script>`, event handlers, `javascript:` URLs or iframes into a page.
 */
import { defaultSchema } from "rehype-sanitize";
import type { Options as Schema } from "rehype-sanitize";

const ENTITY_CLASSES = ["entity", "entity-person", "entity-organization", "entity-place"];
const defaults = defaultSchema.attributes ?? {};
/** The default attribute list of a tag without its `className` rule (the first rule for a name wins). */
const withoutClass = (tag: string) => (defaults[tag] ?? []).filter((a) => (Array.isArray(a) ? a[0] : a) !== "className");

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "figure", "figcaption", "footer"],
  attributes: {
    ...defaults,
    a: [...withoutClass("a"), ["className", "data-footnote-backref", ...ENTITY_CLASSES], "dataEntityId", "dataEntityType", "id"],
    span: [...withoutClass("span"), ["className", ...ENTITY_CLASSES, "credit"], "dataEntityId", "dataEntityType", "id"],
    // tabIndex only as 0: a quote joins the Tab order (its card opens on focus), never reorders it.
    q: [...(defaults.q ?? []), ["className", "quote"], "dataQuoteId", "dataSpeakerId", "dataSpeaker", "dataSpeakerAs", ["dataSpeakerKind", "group"], ["tabIndex", "0", 0], "id"],
    blockquote: [...(defaults.blockquote ?? []), ["className", "quote"], "dataQuoteId", "dataSpeakerId", "dataSpeaker", "dataSpeakerAs", ["dataSpeakerKind", "group"], "id"],
    figure: [["className", "figure"]],
    footer: [["className", "quote-speaker"]],
  },
  // Element ids come only from the marks (Markdown cannot set ids without raw HTML, which is dropped),
  // and the site links to them as they are: no "user-content-" prefix for ids.
  clobber: ["ariaDescribedBy", "ariaLabelledBy", "name"],
};
