/**
 * The annotator's entry point: text in, annotations out. Pure: no file system, no Astro, no network.
 * Stages: tokenize -> recognise names -> link them to entities (registry, roles, coreference) ->
 * find quotations and attribute them to speakers.
 */
import type { AnnotateOptions, Annotations } from "./model.ts";
import { tokenize } from "./tokenize.ts";
import { recognizeNames } from "./ner/index.ts";
import { linkMentions } from "./link/index.ts";
import { annotateQuotes } from "./quotes/index.ts";

/** Bump when the annotator's output can change for the same input: it keys the build cache. */
export const ANNOTATOR_VERSION = "0.1.0";

export function annotate(text: string, options: AnnotateOptions = {}): Annotations {
  const tok = tokenize(text);
  const names = recognizeNames(tok);
  const { mentions, entities } = linkMentions(tok, names, options);
  const quotes = annotateQuotes(tok, mentions, entities, options);
  return { mentions, entities, quotes };
}
