import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { parse as parseYaml } from "yaml";
import { ingestAll } from "../../src/ingest/index.ts";
import { parseSource } from "../../src/ingest/source.ts";
import { splitPlainText } from "../../src/ingest/plain-text.ts";
import { inferTitle } from "../../src/ingest/title.ts";
import { detectCaption } from "../../src/ingest/captions.ts";
import { normalizeUnicode } from "../../src/ingest/unicode.ts";
import { parseDate } from "../../src/ingest/dates.ts";
import { editState } from "../../src/ingest/render.ts";
import { splitFrontMatter } from "../../src/ingest/front-matter.ts";
import { BuildError } from "../../src/lib/messages.ts";

const SEED = readFileSync("content/sources/2025-05-12-european-allies-ukraine.txt");
const SEED_TEXT = SEED.toString("utf8");
const WIKINEWS = (name: string) => readFileSync(`content/sources/wikinews/${name}.md`);
const HTML = readFileSync("tests/fixtures/ingest/lantern-festival.html");
const enc = (s: string) => Buffer.from(s, "utf8");

async function parsed(path: string, bytes: Uint8Array) {
  const r = await parseSource(path, bytes);
  if (!r.ok) throw new Error(`expected ${path} to parse: ${JSON.stringify(r.issues)}`);
  return r;
}

function frontMatter(content: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(content);
  if (!m) throw new Error("no front matter");
  return parseYaml(m[1] ?? "") as Record<string, unknown>;
}

describe("plain-text sources (the seed's form)", () => {
  it("reads the date that runs into the first paragraph, and the paragraphs", () => {
    const split = splitPlainText(normalizeUnicode(SEED_TEXT));
    if (!split.ok) throw new Error("seed did not split");
    expect(split.parts.date).toBe("2025-05-12");
    expect(split.parts.paragraphs).toHaveLength(23);
    expect(split.parts.paragraphs[0]).toMatch(/^Russia must show “without delay” it is willing/);
    expect(split.parts.paragraphs[1]).toMatch(/^The Foreign Secretary hosted his counterparts/);
  });

  it("infers a title from the lede, makes the Sikorski caption a figure and keeps curly quotes", async () => {
    const { parsed: p, issues } = await parsed("content/sources/seed.txt", SEED);
    expect(issues).toEqual([]);
    expect(p.title).toBe("Russia must show “without delay” it is willing to broker peace in Ukraine");
    expect(p.titleInferred).toBe(true);
    expect(p.date).toBe("2025-05-12");
    expect(p.body).toContain(':::figure{credit="Carlos Jasso/PA"}\nPoland’s Foreign Minister Radoslaw Sikorski speaks to the media at Lancaster House.\n:::');
    expect(p.body).not.toContain("(Carlos Jasso/PA)");
    expect(p.body).toContain("Kyiv’s leading European allies");
    expect(p.body).toContain("“It takes two to want peace");
    expect(p.body.startsWith("Russia must show")).toBe(true);
  });

  it.each<[string, string, string]>([
    ["<script> stays text", "date 2025-05-12 He typed <script>alert(1)</script> into the form.", "He typed \\<script>alert(1)\\</script> into the form."],
    ["markup characters stay text", "date 2025-05-12 Shares rose *sharply* to [record] levels.", "Shares rose \\*sharply\\* to \\[record] levels."],
    ["a directive at a line start stays text", "date 2025-05-12 Intro.\n\n:::figure{credit=x}\nfake\n:::", "::\\:figure{credit=x} fake :::"],
    ["a heading marker stays text", "date 2025-05-12 Intro.\n\n# Not a heading", "\\# Not a heading"],
  ])("%s", async (_name, source, expected) => {
    const { parsed: p } = await parsed("x.txt", enc(source));
    expect(p.body).toContain(expected);
    expect(p.body).not.toMatch(/^<script/m);
  });

  it.each<[string, string, string]>([
    ["seed lede: cut at the clause comma", SEED_TEXT.split("\n")[0]?.replace(/^\s*date \S+ /, "") ?? "", "Russia must show “without delay” it is willing to broker peace in Ukraine"],
    ["short first sentence is kept whole", "Mr Lammy had earlier urged the Russian leader to step up to the table. More text.", "Mr Lammy had earlier urged the Russian leader to step up to the table"],
    [
      "abbreviation D.C. does not end the sentence; quotes stay balanced",
      'A group of Afghan teenagers was awarded a silver medal for "courageous achievement" on Tuesday in the FIRST Global Challenge Robot Olympics in Washington D.C. The team',
      'A group of Afghan teenagers was awarded a silver medal for "courageous achievement"',
    ],
    ["agency dateline is dropped", "LONDON (Reuters) - British inflation rose unexpectedly in April, driven by higher energy bills and a jump in food prices, official data showed.", "British inflation rose unexpectedly in April"],
  ])("title: %s", (_name, lede, title) => {
    const t = inferTitle(lede);
    expect(t).toBe(title);
    expect(t.length).toBeLessThanOrEqual(90);
    expect(t).not.toMatch(/[.,;:!?]$/);
  });
});

describe("captions", () => {
  it.each<[string, { text: string; credit: string } | null]>([
    ["Poland’s Foreign Minister Radoslaw Sikorski speaks to the media at Lancaster House. (Carlos Jasso/PA)", { text: "Poland’s Foreign Minister Radoslaw Sikorski speaks to the media at Lancaster House.", credit: "Carlos Jasso/PA" }],
    ["Rescue workers search the rubble in Kharkiv. (Photo: Reuters)", { text: "Rescue workers search the rubble in Kharkiv.", credit: "Photo: Reuters" }],
    ["Lady Cassandra from Doctor Who. Image: Nick Moreau.", { text: "Lady Cassandra from Doctor Who.", credit: "Image: Nick Moreau" }],
    ["Braverman (left) and Sunak (right) on October 25, 2022. Image: UK Government.", { text: "Braverman (left) and Sunak (right) on October 25, 2022.", credit: "Image: UK Government" }],
    // Not captions: prose ending in an abbreviation, a long paragraph, an aside in brackets.
    ["The figures were published by the Press Association (PA)", null],
    ["Mr Lammy had earlier urged the Russian leader to step up to the table. He said so twice. Then he left the room. (Carlos Jasso/PA)", null],
    ["It was, he said, a day to remember. (and it was)", null],
    ["Meanwhile, Polish foreign minister Radoslaw Sikorski said the Russian consulate in Krakow would be closed.", null],
  ])("%s", (paragraph, expected) => {
    expect(detectCaption(paragraph)).toEqual(expected);
  });
});

describe("Markdown sources with front matter (Wikinews)", () => {
  it("keeps title, date, URL, licence, credit and the dateline; captions become figures", async () => {
    const { parsed: p, kind } = await parsed("content/sources/wikinews/afghan.md", WIKINEWS("afghan"));
    expect(kind).toBe("markdown");
    expect(p.title).toBe("After visa snags, all-girl Afghan team honored for 'courageous achievement' at international robotics competition");
    expect(p.titleInferred).toBe(false);
    expect(p.date).toBe("2017-07-18");
    expect(p.sourceUrl).toMatch(/^https:\/\/en\.wikinews\.org\/wiki\/After_visa_snags/);
    expect(p.license).toBe("CC BY 2.5");
    expect(p.credit).toBe("Wikinews contributors");
    expect(p.body.startsWith("Friday, July 21, 2017\n\nA group of Afghan teenagers")).toBe(true);
    expect(p.body).toContain(':::figure{credit="Image: United States Navy"}\nThe first FIRST Global robotics competition was held this week in Washington D.C.\n:::');
    // The rest of the body is the editor's Markdown, unchanged.
    expect(p.body).toContain("we can improve in this section — [the] robotics section.");
  });

  it.each<[string, string, RegExp]>([
    ["script element", "Before.\n\n<script>alert(1)</script>\n\nAfter.", /<script/],
    ["iframe", 'Before.\n\n<iframe src="https://evil.example"></iframe>\n\nAfter.', /<iframe/],
    ["event handler", "Before.\n\n<img src=x onerror=alert(1)>\n\nAfter.", /onerror/],
  ])("strips raw HTML that runs code: %s", async (_name, body, gone) => {
    const r = await parsed("x.md", enc(`---\ntitle: T\ndate: 2020-02-03\n---\n\n${body}\n`));
    expect(r.parsed.body).not.toMatch(gone);
    expect(r.parsed.body).toContain("Before.");
    expect(r.parsed.body).toContain("After.");
    expect(r.issues).toEqual([expect.objectContaining({ severity: "warning", line: 8 })]);
  });

  it("takes the date from the dateline when the front matter has none, and the title from # heading", async () => {
    const r = await parsed("x.md", enc("# Microsoft waits for death of Internet Explorer 6\n\nTuesday, March 8, 2011\n\nWith development of IE9 almost complete, Microsoft announced it is time to move on.\n"));
    expect(r.parsed.title).toBe("Microsoft waits for death of Internet Explorer 6");
    expect(r.parsed.date).toBe("2011-03-08");
    expect(r.parsed.body.startsWith("Tuesday, March 8, 2011")).toBe(true);
  });
});

describe("HTML sources", () => {
  it("extracts the article, drops boilerplate and reads the metadata", async () => {
    const { parsed: p, kind, issues } = await parsed("tests/fixtures/ingest/lantern-festival.html", HTML);
    expect(kind).toBe("html");
    expect(issues).toEqual([]);
    expect(p).toMatchObject({
      title: "Lantern Festival in Taipei lights up the night",
      date: "2007-03-05",
      sourceUrl: "https://courier.example.com/world/taipei-lantern-festival",
      author: "Mei-Ling Chen",
      credit: "The Harbour Courier",
      license: "https://creativecommons.org/licenses/by/2.5/",
    });
    expect(p.body.startsWith("Taipei, Taiwan — The Taipei City Lantern Festival")).toBe(true);
    expect(p.body).toContain(':::figure{credit="Photo: Nick Moreau"}\nLanterns shaped like pigs');
    expect(p.body).toContain("“The lanterns are a gift from the city to its people,” Hau told reporters");
    expect(p.body).toContain("[lantern riddle](https://example.org/lantern-riddles)");
    expect(p.body).toContain("the text \\<script> on one lantern");
    for (const boilerplate of ["Related stories", "newsletter", "Privacy policy", "cookies", "All rights reserved", "Politics", "trackPageView", "lanterns.jpg"]) {
      expect(p.body).not.toContain(boilerplate);
    }
  });
});

describe("HTML without Readability-sized text", () => {
  it("falls back to <article>, takes the date from <time datetime> and the author from the byline", async () => {
    const page = `<!doctype html><html><head><title>Council approves budget - Springfield Times</title></head><body>
      <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
      <article><h1>Council approves budget</h1><p>By Jane Roe, <time datetime="2024-03-01">1 March 2024</time></p>
      <p>The city council approved the 2024 budget on Thursday after a four-hour debate, with seven votes in favour and two against.</p>
      <p>“It is a fair budget,” said the mayor.</p></article><footer>© Springfield Times</footer></body></html>`;
    const { parsed: p } = await parsed("a.html", enc(page));
    expect(p).toMatchObject({ title: "Council approves budget", date: "2024-03-01", author: "Jane Roe" });
    expect(p.body).toBe("The city council approved the 2024 budget on Thursday after a four-hour debate, with seven votes in favour and two against.\n\n“It is a fair budget,” said the mayor.\n");
  });
});

describe("front matter of hand-edited files", () => {
  it("is found behind a BOM and CRLF line endings", () => {
    const split = splitFrontMatter("\uFEFF---\r\ntitle: T\r\ndate: 2020-01-01\r\nslug: t\r\n---\r\n\r\nBody.\r\n");
    expect(split).toMatchObject({ ok: true, data: { title: "T", date: "2020-01-01", slug: "t" }, body: "\nBody.\n", bodyLine: 6 });
  });
});

describe("dates", () => {
  it.each<[unknown, string | null]>([
    ["2025-05-12", "2025-05-12"],
    ["2007-03-05T21:14:00+08:00", "2007-03-05"],
    ["Friday, July 21, 2017", "2017-07-21"],
    ["21 July 2017", "2017-07-21"],
    ["2025-13-45", null],
    ["2025-02-29", null],
    ["2024-02-29", "2024-02-29"],
    ["next Tuesday", null],
  ])("%s -> %s", (input, expected) => {
    const r = parseDate(input);
    expect(r.ok ? r.date : null).toBe(expected);
  });
});

describe("bad input is skipped with an error naming the line and a hint", () => {
  it.each<[string, string, Uint8Array, { line?: number; message: RegExp }]>([
    ["impossible date", "a.txt", enc("date 2025-13-45 Russia must show it is willing to broker peace."), { line: 1, message: /impossible date 2025-13-45/ }],
    ["date in the wrong form", "a.txt", enc("date 12/05/2025 Russia must show it is willing."), { line: 1, message: /not YYYY-MM-DD/ }],
    ["no date line", "a.txt", enc("\n\nRussia must show it is willing to broker peace."), { line: 3, message: /no date/ }],
    ["date but no text", "a.txt", enc("date 2025-05-12\n\n"), { line: 1, message: /no article text/ }],
    ["empty file", "a.txt", enc(""), { message: /empty/ }],
    ["whitespace only", "a.txt", enc(" \n\t\n"), { message: /empty/ }],
    ["binary file", "a.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), { message: /binary/ }],
    ["malformed front matter", "a.md", enc("---\ntitle: Visa snags: Afghan team\ndate: 2017-07-18\n---\n\nText."), { line: 2, message: /malformed front matter/ }],
    ["unclosed front matter", "a.md", enc("---\ntitle: T\ndate: 2017-07-18\n\nText."), { line: 1, message: /not closed/ }],
    ["impossible front-matter date", "a.md", enc("---\ntitle: T\ndate: 2017-02-30\n---\n\nText."), { line: 3, message: /impossible date/ }],
    ["Markdown without any date", "a.md", enc("---\ntitle: T\n---\n\nText."), { line: 1, message: /no date/ }],
    ["HTML with no article", "a.html", enc("<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>"), { message: /no article text/ }],
    [
      "HTML with an impossible date",
      "a.html",
      enc(`<html><head>\n<title>Budget</title>\n<meta property="article:published_time" content="2024-02-31">\n</head><body><article><p>${"The city council approved the budget on Thursday after a long debate. ".repeat(3)}</p></article></body></html>`),
      { line: 3, message: /impossible or unreadable date `2024-02-31`/ },
    ],
    ["HTML with no date at all", "a.html", enc(`<html><head><title>Budget</title></head><body><article><p>${"The city council approved the budget on Thursday after a long debate. ".repeat(3)}</p></article></body></html>`), { message: /no publication date/ }],
    ["undecodable bytes", "a.txt", Uint8Array.from([0x64, 0x61, 0x74, 0x65, 0x20, 1, 2, 3, 4, 5, 6, 7, 8, 0xc3, 0x28, 0x81, 0x8d, 0x90, 0x9d, 0x0e, 0x0f, 0x10, 0x11]), { message: /cannot decode/ }],
    ["unknown file type", "a.docx", enc("date 2025-05-12 Text."), { message: /unknown source type/ }],
  ])("%s", async (_name, path, bytes, expected) => {
    const r = await parseSource(path, bytes);
    expect(r.ok).toBe(false);
    const error = r.issues.find((i) => i.severity === "error");
    expect(error?.message).toMatch(expected.message);
    expect(error?.hint).toBeTruthy();
    if (expected.line !== undefined) expect(error?.line).toBe(expected.line);
  });
});

describe("encodings and odd Unicode", () => {
  it("CRLF and CR line endings are normalised (same article as LF)", async () => {
    const lf = (await parsed("a.txt", SEED)).parsed;
    const crlf = (await parsed("a.txt", enc(SEED_TEXT.replace(/\n/g, "\r\n")))).parsed;
    const cr = (await parsed("a.txt", enc(SEED_TEXT.replace(/\n/g, "\r")))).parsed;
    expect(crlf).toEqual(lf);
    expect(cr).toEqual(lf);
    expect(crlf.body).not.toContain("\r");
  });

  it("a UTF-8 BOM and leading whitespace before `date` are fine", async () => {
    const r = await parsed("a.txt", enc(`\uFEFF${SEED_TEXT}`));
    expect(r.parsed.date).toBe("2025-05-12");
    expect(r.issues).toEqual([]);
  });

  it("Windows-1252 is detected, converted, and reported as a warning", async () => {
    const text = "date 2025-05-12 Kyiv\u2019s allies said Russia must show \u201cwithout delay\u201d it is willing to talk \u2013 the caf\u00e9 meeting in London was na\u00efve, a r\u00e9sum\u00e9 of failures.";
    const r = await parsed("a.txt", iconv.encode(text, "win1252"));
    expect(r.parsed.body).toContain("Kyiv\u2019s allies said Russia must show \u201cwithout delay\u201d");
    expect(r.parsed.body).toContain("caf\u00e9");
    expect(r.issues).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringMatching(/windows-1252/) })]);
  });

  it("UTF-16 with a BOM is converted with a warning", async () => {
    const r = await parsed("a.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SEED_TEXT, "utf-16le")]));
    expect(r.parsed.title).toMatch(/^Russia must show/);
    expect(r.issues[0]?.severity).toBe("warning");
  });

  it.each<[string, string, string]>([
    ["NBSP becomes a space", "Mr\u00A0Lammy", "Mr Lammy"],
    ["zero-width space is removed", "Kyiv\u200B\u2019s", "Kyiv\u2019s"],
    ["soft hyphen and word joiner are removed", "nego\u00ADtiations\u2060", "negotiations"],
    ["ZWJ inside an emoji sequence is kept", "\u{1F469}\u200D\u{1F4BB}", "\u{1F469}\u200D\u{1F4BB}"],
    ["stray ZWJ in Latin text is removed", "Put\u200Din", "Putin"],
    ["ZWNJ in Persian is kept", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"],
    ["accents are composed (NFC)", "Radosl\u0061\u0301w", "Radosl\u00E1w"],
  ])("%s", (_name, input, output) => {
    expect(normalizeUnicode(input)).toBe(output);
  });
});

describe("ingestAll over a project directory", () => {
  let root: string;
  const sources = () => join(root, "content/sources");
  const articles = () => join(root, "content/articles");
  const run = (strict = false) => ingestAll({ sourcesDir: "content/sources", articlesDir: "content/articles", root, strict });

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "ingest-"));
    await mkdir(join(root, "content/sources/wikinews"), { recursive: true });
    await writeFile(join(sources(), "2025-05-12-european-allies-ukraine.txt"), SEED);
    await writeFile(join(sources(), "wikinews/ie9.md"), WIKINEWS("ie9"));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("writes one article per source with the documented front matter", async () => {
    const { articles: out, messages } = await run();
    expect(messages).toEqual([]);
    expect(out.map((a) => [a.file, a.status])).toEqual([
      ["content/articles/russia-must-show-without-delay-it-is-willing-to-broker-peace-in-ukraine.md", "created"],
      ["content/articles/microsoft-waits-for-death-of-internet-explorer-6.md", "created"],
    ]);
    const seed = await readFile(join(articles(), "russia-must-show-without-delay-it-is-willing-to-broker-peace-in-ukraine.md"), "utf8");
    const fm = frontMatter(seed);
    expect(Object.keys(fm)).toEqual(["title", "date", "slug", "source", "ingestHash"]);
    expect(fm).toMatchObject({ date: "2025-05-12", source: "content/sources/2025-05-12-european-allies-ukraine.txt" });
    const ie9 = frontMatter(await readFile(join(articles(), "microsoft-waits-for-death-of-internet-explorer-6.md"), "utf8"));
    expect(Object.keys(ie9)).toEqual(["title", "date", "slug", "source", "sourceUrl", "license", "credit", "ingestHash"]);
    expect(ie9.sourceUrl).toBe("https://en.wikinews.org/wiki/Microsoft_waits_for_death_of_Internet_Explorer_6");
    expect(editState(seed)).toBe("generated");
  });

  it("re-running changes nothing; a changed source regenerates an unedited article", async () => {
    await run();
    const second = await run();
    expect(second.articles.map((a) => a.status)).toEqual(["unchanged", "unchanged"]);
    await writeFile(join(sources(), "2025-05-12-european-allies-ukraine.txt"), SEED_TEXT.replace("Weimar+ group", "Weimar Plus group"));
    const third = await run();
    expect(third.articles.map((a) => a.status)).toEqual(["updated", "unchanged"]);
    const seed = await readFile(join(articles(), "russia-must-show-without-delay-it-is-willing-to-broker-peace-in-ukraine.md"), "utf8");
    expect(seed).toContain("Weimar Plus group");
  });

  it("a re-run served from the cache returns exactly what a fresh parse returns", async () => {
    await writeFile(join(sources(), "lantern.html"), HTML);
    await writeFile(join(sources(), "latin.txt"), iconv.encode("date 2024-01-02 The caf\u00e9 said \u201cno\u201d to the plan.", "win1252"));
    const first = await run();
    const cached = await run();
    const fresh = await ingestAll({ sourcesDir: "content/sources", articlesDir: "content/articles", root, cacheFile: false });
    expect(cached.articles.map((a) => a.status)).toEqual(first.articles.map(() => "unchanged"));
    expect(cached).toEqual(fresh);
    // The encoding warning is replayed from the cache, not lost.
    expect(cached.messages).toEqual([expect.objectContaining({ severity: "warning", file: "content/sources/latin.txt" })]);
  });

  it("never overwrites an article an editor changed, and says so", async () => {
    await run();
    const file = join(articles(), "russia-must-show-without-delay-it-is-willing-to-broker-peace-in-ukraine.md");
    const edited = (await readFile(file, "utf8")).replace("title: Russia must show", "title: Europe tells Russia to show").concat("\nEditor's note: updated.\n");
    await writeFile(file, edited);
    await writeFile(join(sources(), "2025-05-12-european-allies-ukraine.txt"), SEED_TEXT.replace("Weimar+ group", "Weimar Plus group"));
    const { articles: out, messages } = await run();
    expect(await readFile(file, "utf8")).toBe(edited);
    expect(out[0]).toMatchObject({ status: "edited", frontMatter: { title: "Europe tells Russia to show “without delay” it is willing to broker peace in Ukraine" } });
    expect(messages).toEqual([
      expect.objectContaining({ severity: "info", file: "content/articles/russia-must-show-without-delay-it-is-willing-to-broker-peace-in-ukraine.md", message: expect.stringMatching(/edited/) }),
    ]);
  });

  it("leaves editor-written articles alone and does not take their slug", async () => {
    await mkdir(articles(), { recursive: true });
    const mine = "---\ntitle: Microsoft waits for death of Internet Explorer 6\ndate: 2011-03-08\n---\n\nAn editor's own article.\n";
    await writeFile(join(articles(), "microsoft-waits-for-death-of-internet-explorer-6.md"), mine);
    const { articles: out, messages } = await run();
    expect(await readFile(join(articles(), "microsoft-waits-for-death-of-internet-explorer-6.md"), "utf8")).toBe(mine);
    expect(out[1]?.slug).toBe("microsoft-waits-for-death-of-internet-explorer-6-2");
    expect(messages).toEqual([expect.objectContaining({ severity: "warning", file: "content/sources/wikinews/ie9.md", message: expect.stringMatching(/already used/) })]);
  });

  it("duplicate titles get -2, -3 in source-path order, with a warning", async () => {
    await writeFile(join(sources(), "b-copy.txt"), SEED);
    await writeFile(join(sources(), "a-copy.txt"), SEED);
    const { articles: out, messages } = await run();
    const slugs = Object.fromEntries(out.map((a) => [a.source.replace("content/sources/", ""), a.slug]));
    const base = "russia-must-show-without-delay-it-is-willing-to-broker-peace-in-ukraine";
    expect(slugs).toMatchObject({ "2025-05-12-european-allies-ukraine.txt": base, "a-copy.txt": `${base}-2`, "b-copy.txt": `${base}-3` });
    expect(messages.filter((m) => m.severity === "warning").map((m) => m.file)).toEqual(["content/sources/a-copy.txt", "content/sources/b-copy.txt"]);
    // Stable: a second run keeps every slug.
    const again = await run();
    expect(again.articles.map((a) => a.status)).toEqual(out.map(() => "unchanged"));
  });

  it("a bad source is skipped with an error; the others still ingest; strict throws", async () => {
    await writeFile(join(sources(), "bad-date.txt"), "date 2025-13-45 Something happened.");
    await writeFile(join(sources(), "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
    await writeFile(join(sources(), ".DS_Store"), Buffer.from([0, 0, 0, 1]));
    const { articles: out, messages } = await run();
    expect(out).toHaveLength(2);
    expect(messages.filter((m) => m.severity === "error").map((m) => [m.file, m.line])).toEqual([
      ["content/sources/bad-date.txt", 1],
      ["content/sources/photo.jpg", undefined],
    ]);
    await expect(run(true)).rejects.toBeInstanceOf(BuildError);
  });

  it("an article whose source was removed is kept, with an info message", async () => {
    await run();
    await rm(join(sources(), "wikinews/ie9.md"));
    const { messages } = await run();
    expect(await readdir(articles())).toContain("microsoft-waits-for-death-of-internet-explorer-6.md");
    expect(messages).toEqual([expect.objectContaining({ severity: "info", message: expect.stringMatching(/no longer exists/) })]);
  });

  it("ingests an HTML page end to end", async () => {
    await writeFile(join(sources(), "lantern.html"), HTML);
    const { articles: out } = await run();
    const html = out.find((a) => a.kind === "html");
    expect(html?.frontMatter).toMatchObject({ title: "Lantern Festival in Taipei lights up the night", date: "2007-03-05", author: "Mei-Ling Chen", source: "content/sources/lantern.html" });
  });
});
