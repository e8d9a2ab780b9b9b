/** Dates: every article date is a real calendar day written YYYY-MM-DD. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a YYYY-MM-DD string naming a real day (rejects 2025-13-45 and 2025-02-30). */
export function isValidIsoDate(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export type DateParse = { ok: true; date: string } | { ok: false; reason: "missing" | "format" | "impossible" };

const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function fromParts(year: number, month: number, day: number): DateParse {
  const iso = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
  return isValidIsoDate(iso) ? { ok: true, date: iso } : { ok: false, reason: "impossible" };
}

/**
 * Reads the dates sources give: `2025-05-12`, ISO date-times (`2007-03-05T21:14:00+08:00`: the date as
 * the publisher wrote it, not converted to UTC, so an evening story keeps its day), YAML Date objects,
 * and written-out datelines (`Friday, July 21, 2017`, `21 July 2017`).
 */
export function parseDate(value: unknown): DateParse {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: "impossible" };
    return fromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== "string" || value.trim() === "") return { ok: false, reason: "missing" };
  const text = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(text);
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const written = parseWrittenDate(text);
  return written ?? { ok: false, reason: "format" };
}

/** "Friday, July 21, 2017", "July 21, 2017", "21 July 2017" (weekday optional); null otherwise. */
export function parseWrittenDate(text: string): DateParse | null {
  const t = text.trim().replace(/^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i, "");
  let m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = monthNumber(m[1] ?? "");
    return month ? fromParts(Number(m[3]), month, Number(m[2])) : null;
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = monthNumber(m[2] ?? "");
    return month ? fromParts(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((m) => m.startsWith(lower));
  return index >= 0 ? index + 1 : undefined;
}
