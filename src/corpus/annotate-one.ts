/**
 * Annotates one article body: parse the Markdown as the site does, extract the annotatable text, run the
 * annotator. Used in the main thread and in the worker threads of the corpus stage.
 */
import { annotate } from "../annotator/annotate.ts";
import type { Annotations, Registry } from "../annotator/model.ts";
import { extractText } from "../plugins/mdast-text.ts";
import { parseMarkdown } from "../plugins/parser.ts";

export interface AnnotateJob {
  body: string;
  date: string;
  pins: Record<string, string>;
}

export interface AnnotateResult {
  text: string;
  annotations: Annotations;
  /** The annotator's error message, when it failed (the article is then published without marks). */
  error?: string;
}

export function annotateOne(job: AnnotateJob, registry: Registry): AnnotateResult {
  const { text } = extractText(parseMarkdown(job.body));
  try {
    return { text, annotations: annotate(text, { date: job.date, registry, pins: job.pins }) };
  } catch (error) {
    return { text, annotations: { mentions: [], entities: [], quotes: [] }, error: (error as Error).message };
  }
}
