/**
 * Photo captions that news exports leave in the text as ordinary paragraphs:
 *   "Poland’s Foreign Minister Radoslaw Sikorski speaks to the media at Lancaster House. (Carlos Jasso/PA)"
 *   "Lady Cassandra from Doctor Who. Image: Nick Moreau."   (Wikinews)
 * Left as body text they would read as part of the story (and confuse quote attribution), so ingest
 * turns them into figures. The test is deliberately narrow: short paragraph, credit-shaped ending.
 */
import { splitSentences } from "./sentences.ts";

export interface Caption {
  /** Caption text without the credit. */
  text: string;
  /** Credit as written, without brackets or final full stop: "Carlos Jasso/PA", "Photo: Reuters", "Image: Nick Moreau". */
  credit: string;
}

/** A caption is one or two sentences; anything longer is a paragraph that happens to end in brackets. */
const MAX_CAPTION_CHARS = 320;
const MAX_CAPTION_SENTENCES = 2;
const MAX_CREDIT_CHARS = 60;
const MAX_CREDIT_WORDS = 8;

const CREDIT_LABEL = /^(?:photo(?:graph)?|picture|pic|image|credit|foto)s?\s*(?::|by\b)\s*/i;

/** Agencies and picture desks that appear alone in a credit: "(Reuters)", "(Getty Images)". */
const AGENCY =
  /(?:^|\s)(?:PA(?: Wire| Media| Archive)?|AP|AFP|Reuters|Getty(?: Images)?|EPA(?:-EFE)?|Alamy|Shutterstock|Bloomberg|Xinhua|ANSA|dpa|Anadolu|WENN|Rex(?: Features)?|SWNS|NASA|UPI|Handout|Supplied)$/;

/**
 * The credit as the source wrote it, label included ("Photo: Reuters": the label says what is
 * credited, and the site prints the credit as given); null when the text does not look like a credit.
 */
export function creditOf(raw: string): string | null {
  const trimmed = raw.trim().replace(/[.\s]+$/, "");
  const hasLabel = CREDIT_LABEL.test(trimmed);
  const name = trimmed.replace(CREDIT_LABEL, "").trim();
  if (!name || trimmed.length > MAX_CREDIT_CHARS) return null;
  if (name.split(/\s+/).length > MAX_CREDIT_WORDS) return null;
  // A credit names people or organisations; sentence punctuation means it is prose.
  if (/[,;!?“”"]/.test(name) || /\.\s/.test(name)) return null;
  if (!/^[\p{Lu}\p{N}]|^dpa\b/u.test(name)) return null;
  if (hasLabel || name.includes("/") || AGENCY.test(name)) return trimmed;
  return null;
}

function shortEnough(text: string): boolean {
  return text.length > 0 && text.length <= MAX_CAPTION_CHARS && splitSentences(text).length <= MAX_CAPTION_SENTENCES;
}

/** Splits a caption paragraph into text and credit; null for ordinary paragraphs. */
export function detectCaption(paragraph: string): Caption | null {
  const text = paragraph.trim();
  // "... at Lancaster House. (Carlos Jasso/PA)"
  const bracketed = /^([\s\S]*?)\s*\(([^()]+)\)$/.exec(text);
  if (bracketed) {
    const body = (bracketed[1] ?? "").trim();
    const raw = bracketed[2] ?? "";
    const credit = creditOf(raw);
    // "(PA)" after a clause is an abbreviation in prose; after a full sentence it is a credit.
    const endsSentence = /[.!?…"”’]$/.test(body);
    const explicit = raw.includes("/") || CREDIT_LABEL.test(raw.trim());
    if (credit && shortEnough(body) && (endsSentence || explicit)) return { text: body, credit };
    return null;
  }
  // Wikinews: "... Montalvo is holding a copy of the book. Image: Mark Rathbun."
  const trailing = /^([\s\S]*?\S)\s+((?:Image|Photo|Picture|Photograph)s?:\s+[^.!?:]+?)\.?$/.exec(text);
  if (trailing) {
    const body = (trailing[1] ?? "").trim();
    const credit = creditOf(trailing[2] ?? "");
    if (credit && shortEnough(body)) return { text: body, credit };
  }
  return null;
}
