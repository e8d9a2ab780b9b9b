import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Annotations, Entity, Mention, Quote } from "../../src/annotator/model.ts";
import { extractText, parseMarkdown, textHash } from "../../src/plugins/index.ts";
import { renderMarkdown } from "../helpers/pipeline.ts";

const lammy: Entity = { id: "david-lammy", name: "David Lammy", type: "person", aliases: [], roles: [], inRegistry: true };
const kallas: Entity = { id: "kaja-kallas", name: "Kaja Kallas", type: "person", aliases: [], roles: [], inRegistry: true };
const eu: Entity = { id: "european-union", name: "European Union", type: "organization", aliases: [], roles: [], inRegistry: true };

/** Finds the n-th occurrence of `needle` in the text, as a span. */
function span(text: string, needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`not found: ${needle}`);
  return { start: at, end: at + needle.length };
}

function mention(text: string, needle: string, entity: Entity, nth = 0): Mention {
  return { ...span(text, needle, nth), text: needle, entityId: entity.id, type: entity.type, kind: "name", source: "registry" };
}

function quote(text: string, needle: string, speaker: Entity | null, extra: Partial<Quote> = {}): Quote {
  const s = span(text, needle);
  return { ...s, text: needle, contentStart: s.start + 1, contentEnd: s.end - 1, kind: "speech", block: false, paragraphs: 1, partial: false, speakerEntityId: speaker?.id ?? null, speakerMention: null, cue: "said", ...extra };
}

/** Writes a corpus file holding `annotations` for the article `slug` with this Markdown body. */
function corpusFor(markdown: string, slug: string, build: (text: string) => Annotations): string {
  const { text } = extractText(parseMarkdown(markdown));
  const dir = mkdtempSync(join(tmpdir(), "corpus-"));
  const path = join(dir, "corpus.json");
  const article = { slug, title: "T", date: "2025-01-01", source: "", sourceUrl: "", license: "", credit: "", file: "", text, textHash: textHash(text), annotations: build(text), entityCounts: [] };
  writeFileSync(path, JSON.stringify({ format: 1, annotatorVersion: "test", articles: [article], entities: [], quotes: [] }));
  return path;
}

describe("mdast-text", () => {
  it("joins blocks with blank lines and concatenates inline text", () => {
    const { text, blocks } = extractText(parseMarkdown("# Title\n\nSome *very* `odd` text.\n\n- one\n- two\n\n```\ncode\n```\n\n:::figure{credit=\"X\"}\nA caption\n:::\n"));
    expect(text).toBe("Title\n\nSome very odd text.\n\none\n\ntwo\n\nA caption");
    expect(blocks).toHaveLength(5);
    for (const b of blocks) for (const s of b.segments) expect(text.slice(s.start, s.end)).toBe(s.node.value);
  });

  it("keeps unknown directives as literal text", () => {
    expect(extractText(parseMarkdown("Note:this matters at 10:30.")).text).toBe("Note:this matters at 10:30.");
  });
});

describe("remark-annotate", () => {
  const md = [
    "David Lammy met Kaja Kallas of the European Union.",
    "",
    "\"We stand with **Ukraine**,\" Kallas said, calling it a \"frozen\" conflict. David Lammy agreed.",
    "",
    "\"This is the first paragraph of a long statement.",
    "",
    "\"And this is the second one.\"",
    "",
    ":::figure{credit=\"Photo: Jane Doe\"}",
    "Ministers in Brussels.",
    ":::",
  ].join("\n");
  const corpusPath = corpusFor(md, "meeting", (text) => ({
    entities: [lammy, kallas, eu],
    mentions: [mention(text, "David Lammy", lammy), mention(text, "Kaja Kallas", kallas), mention(text, "European Union", eu), mention(text, "Kallas", kallas, 1), mention(text, "David Lammy", lammy, 1)],
    quotes: [
      quote(text, "\"We stand with Ukraine,\"", kallas),
      quote(text, "\"frozen\"", null, { kind: "scare", cue: null }),
      { ...quote(text, "\"This is the first paragraph of a long statement.\n\n\"And this is the second one.\"", lammy), block: true, paragraphs: 2 },
    ],
  }));

  it("links mentions to entity pages under the base path", async () => {
    const { html, file } = await renderMarkdown(md, { base: "/news/", corpusPath }, { slug: "meeting" });
    expect(file.data.annotations?.origin).toBe("corpus");
    expect(file.messages).toHaveLength(0);
    expect(html).toContain('<a href="/news/entities/david-lammy/" id="m-0" class="entity entity-person" data-entity-id="david-lammy" data-entity-type="person">David Lammy</a>');
    expect(html).toContain('class="entity entity-organization" data-entity-id="european-union" data-entity-type="organization">European Union</a>');
  });

  it("wraps speech in <q> with speaker data, nests marks and splits them across formatting", async () => {
    const { html } = await renderMarkdown(md, { base: "/", corpusPath }, { slug: "meeting" });
    expect(html).toMatch(/<q id="q-0" class="quote" data-quote-id="q-0" data-speaker-id="kaja-kallas" data-speaker="Kaja Kallas" tabindex="0">"We stand with <\/q><strong><q class="quote" data-quote-id="q-0"[^>]*>Ukraine<\/q><\/strong><q class="quote"[^>]*>,"<\/q>/);
    // One Tab stop per quote, however many pieces formatting splits it into.
    expect(html.match(/<q [^>]*tabindex="0"/g)).toHaveLength(1);
    // Scare quotes get no markup.
    expect(html).toContain('a "frozen" conflict');
  });

  it("wraps paragraphs wholly inside a quote in a blockquote with a speaker footer", async () => {
    const { html } = await renderMarkdown(md, { base: "/", corpusPath }, { slug: "meeting" });
    expect(html).toMatch(/<blockquote id="q-2" class="quote" data-quote-id="q-2" data-speaker-id="david-lammy" data-speaker="David Lammy">\s*<p>"This is the first paragraph of a long statement.<\/p>\s*<p>"And this is the second one."<\/p>\s*<footer class="quote-speaker">— <a href="\/entities\/david-lammy\/"[^>]*>David Lammy<\/a><\/footer>\s*<\/blockquote>/);
    expect(html).not.toMatch(/<q[^>]*data-quote-id="q-2"/);
  });

  it("renders figure directives with a caption and a credit", async () => {
    const { html } = await renderMarkdown(md, { base: "/", corpusPath }, { slug: "meeting" });
    expect(html).toMatch(/<figure class="figure">\s*<figcaption>Ministers in Brussels. <span class="credit">Photo: Jane Doe<\/span><\/figcaption>\s*<\/figure>/);
  });

  it("annotates in place and warns when the corpus lacks the article", async () => {
    const { file } = await renderMarkdown("Some Text Here.", { corpusPath }, { slug: "elsewhere" });
    expect(file.data.annotations?.origin).toBe("annotated");
    expect(file.messages.map((m) => m.ruleId)).toContain("stale-annotations");
  });

  it("warns when the article changed since the corpus was built", async () => {
    const { file } = await renderMarkdown(md + "\n\nOne more paragraph.", { corpusPath }, { slug: "meeting" });
    expect(file.data.annotations?.origin).toBe("annotated");
    expect(String(file.messages[0]?.message)).toMatch(/changed since the corpus/);
  });
});

describe("group speakers and title phrases", () => {
  const md = [
    "The foreign ministers said Russia \"has not shown any serious intent\".",
    "",
    "\"We are so interested,\" team member Kaja Kallas told the press.",
    "",
    "\"It must do so without delay.\"",
  ].join("\n");
  const corpusPath = corpusFor(md, "groups", (text) => {
    const ministers = span(text, "The foreign ministers");
    const name = span(text, "Kaja Kallas");
    return {
      entities: [kallas],
      mentions: [mention(text, "Kaja Kallas", kallas)],
      quotes: [
        { ...quote(text, "\"has not shown any serious intent\"", null), speakerMention: ministers, speakerGroup: { ...ministers, text: "The foreign ministers", head: span(text, "ministers") } },
        { ...quote(text, "\"We are so interested,\"", kallas), speakerMention: name, speakerPhrase: span(text, "team member Kaja Kallas") },
        { ...quote(text, "\"It must do so without delay.\"", null), block: true, speakerGroup: { ...ministers, text: "The foreign ministers", head: span(text, "ministers") } },
      ],
    };
  });

  it("shows a group by its words, with no entity id or link", async () => {
    const { html } = await renderMarkdown(md, { base: "/", corpusPath }, { slug: "groups" });
    expect(html).toContain('<q id="q-0" class="quote" data-quote-id="q-0" data-speaker="The foreign ministers" data-speaker-kind="group" tabindex="0">');
    expect(html).toMatch(/<blockquote id="q-2" class="quote" data-quote-id="q-2" data-speaker="The foreign ministers" data-speaker-kind="group">\s*<p>"It must do so without delay."<\/p>\s*<footer class="quote-speaker">— The foreign ministers<\/footer>/);
    expect(html).not.toMatch(/data-speaker-id="[^"]*"[^>]*data-speaker-kind/);
  });

  it("carries the title the article gave a named speaker", async () => {
    const { html } = await renderMarkdown(md, { base: "/", corpusPath }, { slug: "groups" });
    expect(html).toContain('data-speaker-id="kaja-kallas" data-speaker="Kaja Kallas" data-speaker-as="team member Kaja Kallas" tabindex="0"');
  });
});

describe("marks across Markdown structure", () => {
  it("splits a mention across formatting (one id) and never nests a link in a link", async () => {
    const md = "**David** Lammy wrote to [Kaja Kallas](https://example.org/kallas).";
    const corpusPath = corpusFor(md, "split", (text) => ({ entities: [lammy, kallas], quotes: [], mentions: [mention(text, "David Lammy", lammy), mention(text, "Kaja Kallas", kallas)] }));
    const { html } = await renderMarkdown(md, { corpusPath }, { slug: "split" });
    expect(html).toContain('<strong><a href="/entities/david-lammy/" id="m-0" class="entity entity-person"');
    expect(html).toMatch(/<\/strong><a href="\/entities\/david-lammy\/" class="entity entity-person"[^>]*> Lammy<\/a>/);
    expect(html).toContain('<a href="https://example.org/kallas"><span id="m-1" class="entity entity-person" data-entity-id="kaja-kallas" data-entity-type="person">Kaja Kallas</span></a>');
  });

  it("marks headings and list items, and ignores mentions of unknown entities", async () => {
    const md = "# Kaja Kallas visits\n\n- David Lammy\n- Someone Else";
    const corpusPath = corpusFor(md, "lists", (text) => ({ entities: [lammy, kallas], quotes: [], mentions: [mention(text, "Kaja Kallas", kallas), mention(text, "David Lammy", lammy), { ...mention(text, "Someone Else", lammy), entityId: "nobody" }] }));
    const { html } = await renderMarkdown(md, { corpusPath }, { slug: "lists" });
    expect(html).toMatch(/<h1><a href="\/entities\/kaja-kallas\/" id="m-0"/);
    expect(html).toMatch(/<li><a href="\/entities\/david-lammy\/" id="m-1"/);
    expect(html).toContain("<li>Someone Else</li>");
  });
});

describe("sanitising hostile Markdown", () => {
  const hostile = [
    "<script>alert(1)</script>",
    "",
    "Hello <img src=x onerror=alert(1)> world <iframe src=\"https://evil.example\"></iframe>",
    "",
    "[click](javascript:alert(1)) and [ok](https://example.org/) and <a href=\"javascript:alert(2)\" onclick=\"x()\">raw</a>",
    "",
    "![img](javascript:alert(3))",
    "",
    ":::figure{credit=\"<b onmouseover=alert(4)>x</b>\" onclick=\"alert(5)\"}",
    "Caption <svg onload=alert(6)>",
    ":::",
    "",
    "<div style=\"position:fixed\" class=\"entity\">styled</div>",
  ].join("\n");

  it("never lets scripts, handlers, javascript: URLs or iframes through", async () => {
    const { html } = await renderMarkdown(hostile);
    expect(html).not.toMatch(/<script|<iframe|<svg|javascript:/i);
    for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/style=/);
    expect(html).toContain('<a href="https://example.org/">ok</a>');
    // The credit stays text: its markup is escaped, not interpreted.
    expect(html).toContain('<span class="credit">&#x3C;b onmouseover=alert(4)>x&#x3C;/b></span>');
  });

  it("drops classes and ids that the marks did not set", async () => {
    const { html } = await renderMarkdown('A [link](https://example.org "t"){.entity #m-0}');
    expect(html).not.toMatch(/class=|id=/);
  });
});
