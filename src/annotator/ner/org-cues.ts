/**
 * Two cues that a capitalised run is an organisation, which the tagger, trained on English text,
 * misses:
 *  - an institution word of another language at its front: "Instituto Gonzaga", "Movimento Cinque
 *    Stelle", "Banco Santander", "Università di Bologna" (the tagger knows "Institute" and
 *    "University" but calls "Gonzaga" a place and leaves "Instituto" out);
 *  - a media noun right before it: "the secularist magazine MicroMega", "the newspaper Le Monde",
 *    "the broadcaster RTÉ" (GUM, like CoNLL, types newspapers and broadcasters as organisations).
 *    An institution word before a run of other words may still name a work or a platform ("the
 *    Escola do Cérebro, a platform"): GUM does not count those, and this rule does.
 */
import type { TaggedSpan } from "./consistency.ts";
import type { Word } from "./words.ts";

/** Institution words of Spanish, Portuguese, Italian, French, German and Dutch. */
const FOREIGN_INSTITUTIONS = new Set([
  "Instituto", "Istituto", "Institut", "Universidad", "Universidade", "Università", "Universita", "Université", "Universität", "Universiteit",
  "Colegio", "Colégio", "Collegio", "Liceo", "Lycée", "Escuela", "Escola", "Scuola", "École", "Hochschule",
  "Banco", "Banca", "Banque", "Partido", "Partito", "Parti", "Movimento", "Movimiento", "Mouvement",
  "Ministerio", "Ministério", "Ministero", "Ministère", "Ministerium", "Comisión", "Comissão", "Commissione",
  "Consejo", "Conselho", "Consiglio", "Conseil", "Tribunal", "Tribunale", "Fundación", "Fundação", "Fondazione", "Fondation", "Stiftung",
  "Agencia", "Agência", "Agenzia", "Agence", "Sociedad", "Sociedade", "Società", "Société", "Gesellschaft", "Asociación", "Associação", "Associazione",
  "Confederación", "Confederazione", "Federación", "Federazione", "Fédération", "Comité", "Comitato", "Junta", "Guardia", "Policía", "Polizia",
]);
/** Lower-case words that join the parts of such a name: "Università di Bologna", "Banco de España". */
const JOINERS = new Set(["de", "di", "del", "della", "delle", "dei", "degli", "da", "do", "dos", "das", "des", "du", "la", "le", "für", "y", "e", "et", "und", "van", "voor"]);
/** Nouns that introduce a newspaper, magazine, broadcaster or agency by name. */
// Not "journal" (a scientific journal is a work: "the journal Language") nor "weekly" and "daily",
// mostly adjectives ("a weekly Spanish-English publication").
const MEDIA_NOUNS = new Set(["newspaper", "newspapers", "magazine", "tabloid", "broadsheet", "broadcaster"]);
const MAX_WORDS = 7;

const isCap = (w: string) => /^\p{Lu}/u.test(w);

/** The end of the capitalised run from `i` (joiners allowed inside, not at its end). */
function runEnd(words: Word[], i: number, starts: ReadonlySet<number>): number {
  let end = i, j = i;
  while (j < words.length && j - i < MAX_WORDS && (j === i || !starts.has(j))) {
    const w = words[j]!.text;
    if (isCap(w) || /^\d+$/.test(w)) end = ++j;
    else if (JOINERS.has(w) && j > i) j++;
    else break;
  }
  return end;
}

/** Replaces the spans inside [start, end) by one organisation; false when a span crosses its edges. */
function makeOrg(spans: TaggedSpan[], start: number, end: number, org: number): boolean {
  if (spans.some((t) => (t.start < start && t.end > start) || (t.start < end && t.end > end))) return false;
  const inside = spans.filter((t) => t.start >= start && t.end <= end);
  const confidence = inside.length ? Math.max(...inside.map((t) => t.confidence)) : 0.5;
  for (let k = spans.length - 1; k >= 0; k--) if (spans[k]!.start >= start && spans[k]!.end <= end) spans.splice(k, 1);
  spans.push({ start, end, typeIndex: org, confidence, scores: [0, 0, 0] });
  return true;
}

/** Steps 0fi (foreign institution words) and 0md (media nouns); `skip` names the steps to leave out. */
export function organisationCues(words: Word[], starts: ReadonlySet<number>, spans: TaggedSpan[], org: number, skip: ReadonlySet<string>): void {
  let changed = false;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!.text;
    if (!skip.has("0fi") && FOREIGN_INSTITUTIONS.has(w) && (isCap(words[i + 1]!.text) || JOINERS.has(words[i + 1]!.text))) {
      const end = runEnd(words, i, starts);
      if (end - i >= 2 && makeOrg(spans, i, end, org)) { changed = true; i = end - 1; }
    } else if (!skip.has("0md") && MEDIA_NOUNS.has(w) && isCap(words[i + 1]!.text) && !starts.has(i + 1)) {
      const from = words[i + 1]!.text === "The" ? i + 2 : i + 1;
      const end = runEnd(words, from, starts);
      if (end > from && makeOrg(spans, from, end, org)) { changed = true; i = end - 1; }
    }
  }
  if (changed) spans.sort((x, y) => x.start - y.start);
}
