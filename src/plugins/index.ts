/** The Markdown pipeline pieces astro.config.mjs and the tests assemble. */
export { default as remarkAnnotate, defaultOptions as remarkAnnotateDefaults } from "./remark-annotate.ts";
export type { RemarkAnnotateOptions, FileAnnotations } from "./remark-annotate.ts";
export { default as remarkFigure } from "./remark-figure.ts";
export { sanitizeSchema } from "./sanitize-schema.ts";
export { extractText, textHash } from "./mdast-text.ts";
export { parseMarkdown } from "./parser.ts";
