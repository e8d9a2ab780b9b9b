import { describe, expect, it } from "vitest";
import { articleUrl, entityUrl, joinUrl, normalizeBase, safeExternalUrl, slugify } from "../../src/lib/paths.ts";

describe("slugs and URLs", () => {
  it.each([
    ["David Lammy", "david-lammy"],
    ["Radosław Sikorski", "radoslaw-sikorski"],
    ["Mehmet Aydın of Balıkesir", "mehmet-aydin-of-balikesir"],
    ["Đoković and Þóra", "dokovic-and-thora"],
    ["Kyiv’s allies", "kyivs-allies"],
    ["  --  ", "untitled"],
    ["🦄", "untitled"],
    ["Straße & Co.", "strasse-co"],
    [
      "After visa snags, all-girl Afghan team honored for 'courageous achievement' at international robotics competition",
      "after-visa-snags-all-girl-afghan-team-honored-for-courageous-achievement-at",
    ],
  ])("slugify(%j) = %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("never cuts a long slug inside a word and never exceeds 80 characters", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.split("-").every((w) => w === "word")).toBe(true);
  });

  it.each([
    [undefined, "/"],
    ["", "/"],
    ["/", "/"],
    ["news", "/news/"],
    ["/news/", "/news/"],
    ["//a/b//", "/a/b/"],
  ])("normalizeBase(%j) = %j", (base, expected) => {
    expect(normalizeBase(base)).toBe(expected);
  });

  it("joins URLs under the base path", () => {
    expect(joinUrl("/news/", "/search/")).toBe("/news/search/");
    expect(articleUrl("/news/", "a-b")).toBe("/news/articles/a-b/");
    expect(entityUrl("/", "david-lammy")).toBe("/entities/david-lammy/");
  });
});

describe("external links from front matter", () => {
  it.each([
    ["https://en.wikinews.org/wiki/X", "https://en.wikinews.org/wiki/X"],
    ["http://example.org", "http://example.org/"],
    ["javascript:alert(1)", undefined],
    [" JAVASCRIPT:alert(1)", undefined],
    ["data:text/html,<script>alert(1)</script>", undefined],
    ["/relative/path", undefined],
    ["", undefined],
  ])("safeExternalUrl(%j) = %j", (value, expected) => {
    expect(safeExternalUrl(value)).toBe(expected);
  });
});
