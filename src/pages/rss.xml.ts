/** RSS feed of the newest articles. Links are absolute under SITE_URL + BASE_PATH. */
import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { allSummaries } from "../components/corpus-data.ts";
import { absoluteUrl, url } from "../components/site.ts";

const FEED_SIZE = 50;

export async function GET(context: APIContext): Promise<Response> {
  const articles = (await allSummaries()).sort((a, b) => b.date.localeCompare(a.date)).slice(0, FEED_SIZE);
  return rss({
    title: "Annotated News",
    description: "News articles with their people, organisations, places and quotes marked and linked.",
    // The channel links to the site's home under its base path, not to the bare origin.
    site: absoluteUrl(context.site ?? new URL("http://localhost:4321"), url.home()),
    items: articles.map((a) => ({
      title: a.title,
      link: absoluteUrl(context.site, url.article(a.slug)),
      pubDate: new Date(`${a.date}T00:00:00Z`),
      ...(a.entityCounts.length > 0 ? { description: `${a.entityCounts.length} people, organisations and places; ${a.quotes.length} ${a.quotes.length === 1 ? "quote" : "quotes"}.` } : {}),
    })),
  });
}
