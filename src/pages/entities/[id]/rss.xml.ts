/** `entities/<id>/rss.xml`: the newest articles that mention one entity. */
import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import type { EntitySummary } from "../../../corpus/types.ts";
import { allEntities, entityDetail, summaryBySlug } from "../../../components/corpus-data.ts";
import { absoluteUrl, url } from "../../../components/site.ts";

const FEED_SIZE = 30;

export async function getStaticPaths() {
  return (await allEntities()).map((e) => ({ params: { id: e.id }, props: { entity: e }, ...(e.pageKey ? { cacheKey: e.pageKey } : {}) }));
}

export async function GET(context: APIContext): Promise<Response> {
  const { entity } = context.props as { entity: EntitySummary };
  // `articles` is newest first already.
  const articles = (await Promise.all((await entityDetail(entity.id)).articles.slice(0, FEED_SIZE).map(summaryBySlug))).filter((a) => a !== undefined);
  return rss({
    title: `${entity.name} · Annotated News`,
    description: `Articles that mention ${entity.name}${entity.description ? `: ${entity.description.replace(/\.$/, "")}` : ""}.`,
    // The channel link is the entity's page; item links are absolute under SITE_URL + BASE_PATH.
    site: absoluteUrl(context.site, url.entity(entity.id)),
    items: articles.map((a) => {
      const count = a.entityCounts.find((c) => c.id === entity.id)?.count ?? 0;
      return {
        title: a.title,
        link: absoluteUrl(context.site, url.article(a.slug)),
        pubDate: new Date(`${a.date}T00:00:00Z`),
        description: `${entity.name}: ${count} ${count === 1 ? "mention" : "mentions"}.`,
      };
    }),
  });
}
