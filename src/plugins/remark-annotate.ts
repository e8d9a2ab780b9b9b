/**
 * remark-annotate: marks entity mentions and quotations in an article's Markdown tree.
 *
 * The annotations normally come from the corpus (`.cache/corpus.json`), looked up by the article's slug
 * and checked against a hash of the text extracted here; when they are missing or stale the plugin runs
 * the annotator itself and warns through `file.message` (ids may then differ from the corpus-wide ones).
 * It records what it used on `file.data.annotations`.
 */
import type { Root } from "mdast";
import type { Plugin } from "unified";
import type { VFile } from "vfile";
import { annotate } from "../annotator/annotate.ts";
import type { Annotations, Registry } from "../annotator/model.ts";
import { applyAnnotationMarks } from "./annotation-marks.ts";
import { corpusAnnotations } from "./corpus-lookup.ts";
import { restoreUnknownDirectives } from "./directives.ts";
import { extractText, textHash } from "./mdast-text.ts";

export interface RemarkAnnotateOptions {
  /** Site base path, links are built with it ("/news/"). */
  base: string;
  /** Path of the corpus file; `null` to always annotate in place (tests, previews). */
  corpusPath: string | null;
  /** Registry used when annotating in place. */
  registry: Registry | undefined;
  /** Front matter of the file being rendered (Astro puts it on `file.data.astro.frontmatter`). */
  frontmatter: (file: VFile) => Record<string, unknown>;
  /**
   * Also called with each warning put on `file.message` (Astro does not print vfile messages; the site
   * config passes a logger so editors see them).
   */
  onWarning: ((message: string, file: VFile) => void) | undefined;
}

export const defaultOptions: RemarkAnnotateOptions = {
  base: "/",
  corpusPath: null,
  registry: undefined,
  frontmatter: (file) => {
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> }; frontmatter?: Record<string, unknown> };
    return data.astro?.frontmatter ?? data.frontmatter ?? {};
  },
  onWarning: undefined,
};

export interface FileAnnotations {
  slug: string | undefined;
  /** Where the annotations came from: the corpus, or the annotator run by this plugin. */
  origin: "corpus" | "annotated";
  textHash: string;
  annotations: Annotations;
}

declare module "vfile" {
  interface DataMap {
    annotations: FileAnnotations;
  }
}

const asString = (v: unknown): string | undefined => (typeof v === "string" && v ? v : v instanceof Date ? v.toISOString().slice(0, 10) : undefined);

const remarkAnnotate: Plugin<[Partial<RemarkAnnotateOptions>?], Root> = (userOptions) => {
  const options: RemarkAnnotateOptions = { ...defaultOptions, ...userOptions };
  return (tree, file) => {
    restoreUnknownDirectives(tree, String(file.value));
    const extracted = extractText(tree);
    const hash = textHash(extracted.text);
    const fm = options.frontmatter(file);
    const slug = asString(fm.slug);

    const stored = options.corpusPath && slug ? corpusAnnotations(options.corpusPath).get(slug) : undefined;
    let annotations: Annotations;
    let origin: FileAnnotations["origin"];
    if (stored && stored.textHash === hash) {
      annotations = stored.annotations;
      origin = "corpus";
    } else {
      if (options.corpusPath) {
        const why = !slug ? "the article has no slug" : stored ? "the article changed since the corpus was built" : "the article is not in the corpus";
        const message = file.message(`Annotating in place: ${why}; entity links may point to pages that do not exist (run \`npm run build\` to rebuild the corpus)`, { ruleId: "stale-annotations", source: "remark-annotate" });
        options.onWarning?.(message.message, file);
      }
      const pins = fm.pins && typeof fm.pins === "object" ? (fm.pins as Record<string, string>) : undefined;
      const date = asString(fm.date);
      annotations = annotate(extracted.text, { ...(date ? { date } : {}), ...(options.registry ? { registry: options.registry } : {}), ...(pins ? { pins } : {}) });
      origin = "annotated";
    }
    file.data.annotations = { slug, origin, textHash: hash, annotations };
    applyAnnotationMarks(extracted, annotations, { base: options.base });
  };
};

export default remarkAnnotate;
