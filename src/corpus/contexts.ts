/**
 * A sentence-long snippet around a mention, for entity pages. Scans at most WINDOW characters each way
 * from the mention, so the cost per mention is bounded whatever the article length.
 */
const WINDOW = 220;

/** Sentence ends: ., ! or ? followed by a space, and paragraph breaks. */
function isBoundary(text: string, i: number): boolean {
  const c = text[i];
  if (c === "\n") return true;
  return (c === "." || c === "!" || c === "?") && (text[i + 1] === " " || text[i + 1] === "\n");
}

export function snippetAround(text: string, start: number, end: number): { snippet: string; start: number; end: number } {
  let from = start;
  const minFrom = Math.max(0, start - WINDOW);
  while (from > minFrom && !isBoundary(text, from - 1)) from--;
  let to = end;
  const maxTo = Math.min(text.length, end + WINDOW);
  while (to < maxTo && !isBoundary(text, to)) to++;
  if (to < text.length && text[to] !== "\n") to++; // keep the full stop
  let snippet = text.slice(from, to);
  const lead = snippet.length - snippet.trimStart().length;
  snippet = snippet.trim();
  let s = start - from - lead;
  let e = end - from - lead;
  if (from === minFrom && from > 0 && !isBoundary(text, from - 1)) {
    snippet = `…${snippet}`;
    s += 1;
    e += 1;
  }
  if (to === maxTo && to < text.length && !isBoundary(text, to - 1)) snippet = `${snippet}…`;
  return { snippet, start: s, end: e };
}
