/**
 * Just enough sentence splitting for titles and caption checks. It errs towards fewer, longer
 * sentences: a missed boundary only makes a title get shortened at a clause instead.
 */

/** Words that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "sir", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "maj", "rev", "hon", "jr", "sr", "inc", "ltd", "co", "corp", "plc", "vs", "no", "nos",
    "vol", "fig", "approx", "est", "dept", "univ", "ave", "rd", "mt", "ft", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "etc", "a.m", "p.m",
  ],
);

/** Offsets just after each sentence-ending punctuation (plus closing quotes/brackets). */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const re = /[.!?…]+["”’)\]]*(?=\s+["“‘(\[]?[\p{Lu}\p{N}])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith(".") && isAbbreviation(text.slice(0, m.index))) continue;
    ends.push(end);
  }
  return ends;
}

function isAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
  if (word === "") return false;
  // Initials and dotted abbreviations: "J.", "U.S", "D.C".
  if (/^\p{Lu}$/u.test(word) || /\./.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const end of sentenceEnds(text)) {
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

export function firstSentence(text: string): string {
  return splitSentences(text)[0] ?? "";
}
