/**
 * What the build sends Pagefind of a page (`searchablePart` in src/integrations/pagefind.ts): the
 * `data-pagefind-body` element alone, without the ignored elements that give Pagefind nothing, but with
 * every ignored element that holds a filter or meta (Pagefind reads those inside `data-pagefind-ignore`).
 */
import { describe, expect, it } from "vitest";
import { searchablePart } from "../../src/integrations/pagefind.ts";

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body><nav>menu</nav>${body}<footer>f</footer></body></html>`;

describe("searchable part of a page", () => {
  it("is undefined for a page without data-pagefind-body", () => {
    expect(searchablePart(page("<main><p>text</p></main>"))).toBeUndefined();
  });

  it("keeps the body element, its text and the ignored elements holding filters or meta, and drops the other ignored ones", () => {
    const part = searchablePart(
      page(
        `<article class="entity-page" data-pagefind-body><h1 data-pagefind-weight="10">Kaja Kallas</h1>` +
          `<div hidden data-pagefind-ignore><span data-pagefind-filter="kind">Person</span></div>` +
          `<section data-pagefind-ignore><h2>Quotes</h2><section><p>nested quote text</p></section><p>after nested</p></section>` +
          `<p class="legend" data-pagefind-ignore>Legend</p>` +
          `<section data-pagefind-ignore="all"><span data-pagefind-filter="x">dropped</span></section>` +
          `<p>Mentions: 3 in 2 articles</p></article>`,
      ),
    )!;
    expect(part).toBe(
      `<!doctype html><html lang="en"><head></head><body><article class="entity-page" data-pagefind-body><h1 data-pagefind-weight="10">Kaja Kallas</h1>` +
        `<div hidden data-pagefind-ignore><span data-pagefind-filter="kind">Person</span></div>` +
        `<p>Mentions: 3 in 2 articles</p></article></body></html>`,
    );
  });
});
