/** RSS feed of the newest articles. */
import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { allSummaries } from "../components/corpus-data.ts";
import { url } from "../components/site.ts";

const FEED_SIZE = 50;

export async function GET(context: APIContext): Promise<Response> {
  const articles = (await allSummaries()).sort((a, b) => b.date.localeCompare(a.date)).slice(0, FEED_SIZE);
  return rss({
    title: "Annotated News",
    description: "News articles with their people, organisations, places and quotes marked and linked.",
    site: context.site ?? "http://localhost:4321",
    items: articles.map((a) => ({
      title: a.title,
      link: url.article(a.slug),
      pubDate: new Date(`${a.date}T00:00:00Z`),
    })),
  });
}
