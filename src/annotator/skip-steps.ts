/**
 * Steps switched off for measuring one rule against the others (`NER_SKIP=0pr,4l npx tsx
 * scripts/eval-ner.ts`, `LINK_SKIP=relatives npm run predict ...`, `QUOTE_SKIP=headnamed`). Read through `globalThis` because the
 * annotator runs without Node's types too (in the browser, in tests of pure code); unset means nothing is
 * skipped.
 */
export function skippedSteps(variable: "NER_SKIP" | "LINK_SKIP" | "QUOTE_SKIP"): ReadonlySet<string> {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return new Set((env?.[variable] ?? "").split(","));
}
