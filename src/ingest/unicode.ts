/**
 * Unicode clean-up that keeps the meaning of the text: the annotator and the search index should see
 * "Kyiv’s" and "Kyiv’s" (with an invisible character) as the same word, but curly quotes, accents and
 * emoji sequences must survive untouched.
 */

/** Spaces that are just spaces to a reader: NBSP, narrow NBSP, figure space, en/em spaces, etc. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Invisible characters with no meaning in running text (ZWJ/ZWNJ handled separately), and the bidi
 * embedding/override controls (LRE, RLE, PDF, LRO, RLO): they only change how text is displayed and
 * can make a name or a quotation read backwards ("Trojan Source" spoofing). Right-to-left text needs
 * none of them; the isolates (U+2066-2069) and the LRM/RLM marks are kept.
 */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u180E\u202A-\u202E]/g;

/** C0/C1 control characters other than tab and line feed (carriage returns are gone by now). */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const EMOJI_BEFORE = /[\p{Extended_Pictographic}\u{FE0F}\u{1F3FB}-\u{1F3FF}]$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
/** Letters of scripts where ZWJ/ZWNJ change shaping or spelling (Arabic, Persian, Indic, ...). */
const JOINING_SCRIPT_LETTER = /[\p{L}\p{M}]/u;
const LATIN_OR_COMMON = /[\p{Script=Latin}\p{Script=Common}]/u;

function isJoiningContext(before: string, after: string): boolean {
  const isScriptChar = (c: string) => JOINING_SCRIPT_LETTER.test(c) && !LATIN_OR_COMMON.test(c);
  return before !== "" && after !== "" && isScriptChar(before) && isScriptChar(after);
}

/** Line endings to LF: CRLF and lone CR (old Mac files) and Unicode line/paragraph separators. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/\u2029/g, "\n\n").replace(/\u2028/g, "\n");
}

/**
 * NFC, odd spaces -> space, invisible characters removed, ZWJ kept only inside emoji sequences and
 * ZWJ/ZWNJ kept only between letters of scripts that use them.
 */
export function normalizeUnicode(text: string): string {
  const cleaned = normalizeLineEndings(text)
    .normalize("NFC")
    .replace(ODD_SPACES, " ")
    .replace(INVISIBLE, "")
    .replace(CONTROLS, "");
  return cleaned.replace(/[\u200C\u200D]/g, (joiner, offset: number, whole: string) => {
    const before = Array.from(whole.slice(Math.max(0, offset - 2), offset)).pop() ?? "";
    const after = Array.from(whole.slice(offset + 1, offset + 3))[0] ?? "";
    if (joiner === "\u200D" && EMOJI_BEFORE.test(whole.slice(0, offset)) && EMOJI_AFTER.test(after)) {
      return joiner;
    }
    return isJoiningContext(before, after) ? joiner : "";
  });
}
