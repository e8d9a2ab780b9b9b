/**
 * A title for sources without a headline (the plain-text form): the lede's first sentence, shortened
 * at a clause boundary to at most ~90 characters, never mid-word, no trailing punctuation.
 *   "Russia must show “without delay” it is willing to broker peace in Ukraine, Kyiv’s leading European
 *    allies have said after ..."  ->  "Russia must show “without delay” it is willing to broker peace in Ukraine"
 */
import { firstSentence } from "./sentences.ts";

export const MAX_TITLE_CHARS = 90;
/** Shorter than this and a clause cut loses the story; cut at a word instead. */
const MIN_TITLE_CHARS = 30;

/** Agency datelines in front of a lede: "LONDON (Reuters) - ", "KYIV, Ukraine (AP) — ". */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]+(?:,\s*[\p{L} .]+?)?\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+/u;

/** Where a clause ends: before a comma, semicolon, colon or dash. */
const CLAUSE_PUNCT = /\s*(?:[,;:]\s|\s[—–-]\s)/g;
/** Where a clause starts: before these words, which introduce subordinate or coordinate clauses. */
const CLAUSE_WORDS =
  /\s(?=(?:and|but|after|as|while|which|who|when|because|since|following|amid|despite|before|although|though|where|with|than|until|unless|if|or)\s)/g;
/** Words a title should not end on. */
const DANGLING = /\s+(?:a|an|the|of|to|in|on|at|for|by|from|with|and|or|but|that|is|are|was|were|its|their|his|her)$/i;
const TRAILING_PUNCT = /[\s.,;:!?…—–-]+$/u;

function balanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return (
    count(/“/g) === count(/”/g) &&
    count(/\(/g) === count(/\)/g) &&
    count(/\[/g) === count(/]/g) &&
    count(/"/g) % 2 === 0
  );
}

function tidy(text: string): string {
  let t = text.replace(TRAILING_PUNCT, "");
  for (let previous = ""; previous !== t; ) {
    previous = t;
    t = t.replace(DANGLING, "").replace(TRAILING_PUNCT, "");
  }
  return t;
}

/** The last cut (an index into `text`) matching `re` that leaves a balanced title of fitting length. */
function lastCut(text: string, re: RegExp, max: number): string | undefined {
  let best: string | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > max) break;
    const candidate = tidy(text.slice(0, m.index));
    if (candidate.length >= MIN_TITLE_CHARS && candidate.length <= max && balanced(candidate)) best = candidate;
  }
  return best;
}

function cutAtWord(text: string, max: number): string {
  const slice = text.slice(0, max + 1);
  const space = slice.lastIndexOf(" ");
  let cut = tidy(space > 0 ? slice.slice(0, space) : slice.slice(0, max));
  // An unbalanced opening quote reads as a typo: drop the quotation marks instead.
  if (!balanced(cut)) cut = cut.replace(/[“”"]/g, "");
  return cut;
}

/** Infers a title from the lede paragraph (the first body paragraph that is not a caption/dateline). */
export function inferTitle(lede: string, max = MAX_TITLE_CHARS): string {
  const text = lede.replace(/\s+/g, " ").trim().replace(DATELINE, "");
  const sentence = tidy(firstSentence(text));
  if (sentence.length <= max && balanced(sentence)) return sentence;
  return lastCut(sentence, CLAUSE_PUNCT, max) ?? lastCut(sentence, CLAUSE_WORDS, max) ?? cutAtWord(sentence, max);
}
