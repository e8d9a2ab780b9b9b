/**
 * Speech or scare quotes? General cues only: an attribution cue, a whole-paragraph quotation, sentence-like
 * content (capitalised start and terminal punctuation, or length) say speech; a naming verb before it or
 * title-like content ("The Internet Explorer 6 Countdown", "Hope") say name, title or term.
 */
import type { Attribution } from "./attribute.ts";
import { skippedSteps } from "../skip-steps.ts";

const SKIP_SHORT_GOES_ON = skippedSteps("QUOTE_SKIP").has("shortgoeson");

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Short function words a title may keep in lower case ("Better Idea of Afghan Girls"). */
const TITLE_LOWER = new Set(["of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "vs", "by", "with", "de", "la", "le", "du", "von", "van"]);

export function wordCount(content: string): number {
  return content.match(WORD_RE)?.length ?? 0;
}

/** Every word capitalised (short function words aside), at most eight words, no sentence punctuation. */
export function isTitleLike(content: string): boolean {
  const trimmed = content.trim().replace(/[.,]$/, "");
  if (/[.!?;:]/.test(trimmed.replace(/\b(?:[A-Za-z]\.)+|\b(?:vs|Mr|Mrs|Ms|Dr|St|No)\./g, ""))) return false;
  const words = trimmed.match(WORD_RE) ?? [];
  if (words.length === 0 || words.length > 8) return false;
  if (!/^[\p{Lu}\p{N}#@]/u.test(trimmed)) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_LOWER.has(w.toLowerCase()));
}

/** A full sentence or more: capitalised (or elided) start and terminal punctuation, or simply long. */
export function isSentenceLike(content: string): boolean {
  const trimmed = content.trim();
  const words = wordCount(trimmed);
  if (words >= 10) return true;
  return words >= 4 && /^(?:[\p{Lu}\p{N}[]|\.\.\.|…)/u.test(trimmed) && /[.!?…]["'”’)]*,?$/u.test(trimmed);
}

/** Someone speaking in the first or second person ("I can't breathe", "we can't beat them"). */
export function isPersonal(content: string): boolean {
  return wordCount(content) >= 3 && /(?:^|[^\p{L}'’])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|we|We|me|us|my|My|our|Our|you|You|your|Your)(?![\p{L}'’])/u.test(content);
}

/**
 * `continuing`: the quotation follows a speech quotation with nothing but that one's cue in between
 * (`"It was wonderful there", Moreau said. "Every tombstone ... was for a Moreau".`).
 */
export function isSpeech(content: string, att: Attribution, wholeParagraph: boolean, paragraphs: number, continuing: boolean, previousAsked = false): boolean {
  if (wholeParagraph || paragraphs > 1) return true;
  if (att.place === "after" || att.place === "dash" || att.introduced) return true;
  if (isTitleLike(content)) return false;
  if (att.naming) return false;
  if (att.place !== "none") return true;
  // (A short sentence of their own goes on too: '"It is over," said Ann Lee. "We lost."'; not an
  // answer to a question, '"Will you resign?" shouted a reporter. "Never!"'; `QUOTE_SKIP=shortgoeson`.)
  if (continuing && (wordCount(content) >= 3 || (!SKIP_SHORT_GOES_ON && /[.!?…]["'”’]*$/u.test(content.trim()) && !previousAsked))) return true;
  return isSentenceLike(content) || isPersonal(content);
}

/** A fragment worked into the writer's own sentence ("pledged to ... if he "turns his back on peace""). */
export function isPartial(content: string, before: string): boolean {
  const trimmed = content.trim();
  if (/^(?:\p{Ll}|\.\.\.|…)/u.test(trimmed)) return true;
  // Introduced by a word rather than by ":" or "," and not itself a finished sentence. Only the last
  // character before the quotation counts: a regex anchored at the end of the whole paragraph prefix
  // is tried from every position, which made articles with thousands of quotations quadratic.
  const last = Array.from(before.trimEnd().slice(-2)).pop() ?? "";
  return /^[\p{L}\p{N}]$/u.test(last) && !/[.!?…]["'”’]*$/u.test(trimmed);
}
