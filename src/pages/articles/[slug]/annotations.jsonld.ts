/**
 * `articles/<slug>/annotations.jsonld`: the article's annotations as a W3C Web Annotation collection
 * (see src/components/web-annotations.ts), a static file any host serves.
 */
import type { APIContext } from "astro";
import { allEntities, allSummaries } from "../../../components/corpus-data.ts";
import { absoluteUrl, url, wikidataUrl } from "../../../components/site.ts";
import { annotationCollection, type EntityInfo } from "../../../components/web-annotations.ts";
import { corpusPath } from "../../../integrations/site-env.ts";
import { corpusAnnotations } from "../../../plugins/corpus-lookup.ts";

export async function getStaticPaths() {
  return (await allSummaries()).map((s) => ({ params: { slug: s.slug }, props: { title: s.title, date: s.date }, cacheKey: s.pageKey }));
}

/** Entity names and links, built once for all the articles of the build. */
let entityInfo: Map<string, EntityInfo> | undefined;

export async function GET(context: APIContext): Promise<Response> {
  const slug = context.params.slug!;
  const { title, date } = context.props as { title: string; date: string };
  const stored = corpusAnnotations(corpusPath()).get(slug);
  if (!entityInfo) {
    entityInfo = new Map((await allEntities()).map((e) => [e.id, { name: e.name, type: e.type, url: absoluteUrl(context.site, url.entity(e.id)), wikidataUrl: e.wikidata ? wikidataUrl(e.wikidata) : undefined }]));
  }
  const collection = annotationCollection({
    id: absoluteUrl(context.site, url.annotations(slug)),
    articleUrl: absoluteUrl(context.site, url.article(slug)),
    title,
    date,
    text: stored?.text ?? "",
    annotations: stored?.annotations ?? { mentions: [], entities: [], quotes: [] },
    entity: (id) => entityInfo!.get(id),
  });
  return new Response(JSON.stringify(collection), {
    headers: { "Content-Type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
}
