import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/annotator/tokenize.ts";

const cases: { text: string; tokens: string[] }[] = [
  // A web address is one token; the bracket and the sentence's period after it are not part of it.
  { text: "See (http://www.wikihow.com/wikiHow:Right-to-Fork).", tokens: ["See", "(", "http://www.wikihow.com/wikiHow:Right-to-Fork", ")", "."] },
  { text: "Go to www.bbc.co.uk/news, then stop.", tokens: ["Go", "to", "www.bbc.co.uk/news", ",", "then", "stop", "."] },
  { text: "Write to press@bbc.co.uk.", tokens: ["Write", "to", "press@bbc.co.uk", "."] },
  { text: "Mr. Putin's U.S. visit", tokens: ["Mr", ".", "Putin", "'s", "U.S.", "visit"] },
];

describe("tokenize", () => {
  it.each(cases)("$text", ({ text, tokens }) => {
    expect(tokenize(text).tokens.map((t) => t.text)).toEqual(tokens);
  });
  it("keeps one sentence over an address's dots", () => {
    expect(tokenize("Details are at www.example.org/a.b today. Next one.").sentences).toHaveLength(2);
  });
  it("ends a sentence after a temperature's unit, but not after an initial", () => {
    expect(tokenize("It fell to minus 14 °C. AFAD president Okay Memiş said so.").sentences).toHaveLength(2);
    expect(tokenize("George W. Bush said so.").sentences).toHaveLength(1);
  });
  it("stays linear on a long run of dashes and dots", () => {
    // (No timing: the run must simply come back token by token.)
    expect(tokenize("-".repeat(5000)).tokens).toHaveLength(5000);
  });
});
