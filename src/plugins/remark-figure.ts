/**
 * `:::figure{credit="Photo: Jane Doe"}` containers become
 * `<figure class="figure"><figcaption>caption <span class="credit">credit</span></figcaption></figure>`.
 * The caption is the directive's last paragraph; paragraphs before it (an image) stay in the figure.
 * The credit attribute is text, never HTML.
 */
// Brings in the `data.hName` / `hProperties` fields mdast-util-to-hast reads.
import type {} from "mdast-util-to-hast";
import type { Paragraph, Root } from "mdast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

const remarkFigure: Plugin<[], Root> = () => (tree) => {
  visit(tree, "containerDirective", (node) => {
    if (node.name !== "figure") return;
    node.data = { ...node.data, hName: "figure", hProperties: { className: ["figure"] } };
    const paragraphs = node.children.filter((c): c is Paragraph => c.type === "paragraph" && !c.data?.directiveLabel);
    const caption = paragraphs[paragraphs.length - 1];
    const credit = node.attributes?.credit;
    if (!caption) {
      if (credit) node.children.push({ type: "paragraph", data: { hName: "figcaption" }, children: [{ type: "emphasis", data: { hName: "span", hProperties: { className: ["credit"] } }, children: [{ type: "text", value: credit }] }] });
      return;
    }
    caption.data = { ...caption.data, hName: "figcaption" };
    if (credit) {
      caption.children.push({ type: "text", value: " " }, { type: "emphasis", data: { hName: "span", hProperties: { className: ["credit"] } }, children: [{ type: "text", value: credit }] });
    }
  });
};

export default remarkFigure;
