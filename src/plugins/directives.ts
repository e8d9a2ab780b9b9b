/**
 * remark-directive turns any `:word` into a text directive, so "Note:this" in a news story would lose
 * its text. Only the directives the site renders survive as directives; every other one is put back as
 * the literal source text it came from. Both the corpus stage and the Astro pipeline run this right
 * after parsing, so the extracted text is the same in both.
 */
import type { Nodes, Parents, Root, RootContent } from "mdast";

/** Container directives the site renders (see remark-figure.ts). */
export const KNOWN_DIRECTIVES = new Set(["figure"]);

export function restoreUnknownDirectives(tree: Root, source: string): void {
  const visit = (parent: Parents): void => {
    const children = parent.children as RootContent[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as Nodes;
      const isDirective = child.type === "textDirective" || child.type === "leafDirective" || child.type === "containerDirective";
      if (isDirective && !(child.type === "containerDirective" && KNOWN_DIRECTIVES.has(child.name))) {
        const start = child.position?.start.offset;
        const end = child.position?.end.offset;
        const literal = start !== undefined && end !== undefined ? source.slice(start, end) : `:${child.name}`;
        if (child.type === "textDirective") {
          children[i] = { type: "text", value: literal };
        } else if (child.type === "leafDirective") {
          children[i] = { type: "paragraph", children: [{ type: "text", value: literal }] };
        } else {
          // An unknown container keeps its content (it is prose), only the fence is dropped.
          children.splice(i, 1, ...(child.children as RootContent[]));
          i--;
        }
        continue;
      }
      if ("children" in child) visit(child);
    }
  };
  visit(tree);
}
