/**
 * Turns annotations (offsets into the extracted text) into mdast nodes carrying `data.hName` /
 * `data.hProperties`, so remark-rehype produces the elements:
 * - each mention: `<a class="entity entity-person" href=... data-entity-id data-entity-type id="m-N">`
 *   (a `<span>` instead when the text already sits inside a Markdown link);
 * - each inline speech quote: `<q class="quote" data-quote-id data-speaker-id data-speaker
 *   data-speaker-as tabindex="0" id="q-N">`, mentions nested inside (a group speaker: `data-speaker`
 *   and `data-speaker-kind="group"`, no id); focusable so that its card opens from the keyboard;
 * - paragraphs wholly inside a block quote: wrapped in `<blockquote class="quote">` with a
 *   `<footer>` naming the speaker (an entity linked, after the title the article gave it; a group as
 *   plain text).
 * Scare quotes get no markup. A mark crossing inline formatting is split into pieces; only the first
 * piece carries the element id.
 *
 * One sweep over the text nodes in document order with moving pointers into the sorted marks: linear in
 * text nodes + marks.
 */
// Brings in the `data.hName` / `hProperties` fields mdast-util-to-hast reads.
import type {} from "mdast-util-to-hast";
import type { BlockContent, Blockquote, Paragraph, Parents, PhrasingContent, RootContent, Text } from "mdast";
import type { Annotations, Entity, Mention, Quote } from "../annotator/model.ts";
import { entityUrl, mentionElementId, quoteElementId } from "../lib/paths.ts";
import type { ExtractedText, TextBlock } from "./mdast-text.ts";

interface Indexed<T> {
  index: number;
  mark: T;
}

/** Sorted by start, overlapping marks dropped (the first one wins): the renderer needs a clean nesting. */
function sortedNonOverlapping<T extends { start: number; end: number }>(marks: T[], keep: (m: T) => boolean): Indexed<T>[] {
  const out: Indexed<T>[] = [];
  const sorted = marks.map((mark, index) => ({ index, mark })).filter((m) => keep(m.mark) && m.mark.end > m.mark.start);
  sorted.sort((a, b) => a.mark.start - b.mark.start || b.mark.end - a.mark.end);
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.mark.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.mark.end;
  }
  return out;
}

/**
 * The speaker's data attributes: an entity's id and name, and how the article introduced them when it
 * said more than the name (`data-speaker-as="team member Rodaba Noori"`); a group ("the foreign
 * ministers") only by its words, with no id: it has no page to link to.
 */
function speakerProps(quote: Quote, entities: Map<string, Entity>, text: string): Record<string, string> {
  if (!quote.speakerEntityId) return quote.speakerGroup ? { dataSpeaker: quote.speakerGroup.text, dataSpeakerKind: "group" } : {};
  const speaker = entities.get(quote.speakerEntityId);
  const as = quote.speakerPhrase ? text.slice(quote.speakerPhrase.start, quote.speakerPhrase.end).replace(/\s+/g, " ") : "";
  return { dataSpeakerId: quote.speakerEntityId, ...(speaker ? { dataSpeaker: speaker.name } : {}), ...(speaker && as ? { dataSpeakerAs: as } : {}) };
}

/** What the article calls the speaker before the name ("CEO of the Refugee Council "), or "". */
function titleBefore(quote: Quote, text: string): string {
  const p = quote.speakerPhrase;
  const m = quote.speakerMention;
  if (!p || !m || m.start <= p.start || m.end !== p.end) return "";
  return text.slice(p.start, m.start).replace(/\s+/g, " ");
}

/** Which block-quote (if any) wholly covers each block; only paragraphs are wrapped. */
function blockQuoteOf(blocks: TextBlock[], quotes: Indexed<Quote>[]): (Indexed<Quote> | undefined)[] {
  const result: (Indexed<Quote> | undefined)[] = [];
  let qi = 0;
  for (const block of blocks) {
    while (qi < quotes.length && quotes[qi]!.mark.end <= block.start) qi++;
    const q = quotes[qi];
    const covers = q && q.mark.block && q.mark.start <= block.start && block.end <= q.mark.end && block.node.type === "paragraph";
    result.push(covers ? q : undefined);
  }
  return result;
}

export interface MarkOptions {
  base: string;
}

export function applyAnnotationMarks(extracted: ExtractedText, annotations: Annotations, options: MarkOptions): void {
  const entities = new Map(annotations.entities.map((e) => [e.id, e]));
  const mentions = sortedNonOverlapping(annotations.mentions, (m) => entities.has(m.entityId));
  const quotes = sortedNonOverlapping(annotations.quotes, (q) => q.kind === "speech");
  const blockQuotes = blockQuoteOf(extracted.blocks, quotes);

  const firstPiece = new Set<string>();
  const replacements = new Map<Text, PhrasingContent[]>();
  const touchedParents = new Set<Parents>();

  const mentionNode = (m: Indexed<Mention>, inLink: boolean, children: PhrasingContent[]): PhrasingContent => {
    const entity = entities.get(m.mark.entityId)!;
    const key = `m${m.index}`;
    const id = firstPiece.has(key) ? {} : { id: mentionElementId(m.index) };
    firstPiece.add(key);
    const hProperties = { ...id, className: ["entity", `entity-${entity.type}`], dataEntityId: entity.id, dataEntityType: entity.type };
    if (inLink) return { type: "emphasis", data: { hName: "span", hProperties }, children };
    return { type: "link", url: entityUrl(options.base, entity.id), title: null, data: { hProperties }, children };
  };
  const quoteNode = (q: Indexed<Quote>, children: PhrasingContent[]): PhrasingContent => {
    const key = `q${q.index}`;
    const first = !firstPiece.has(key);
    const id = first ? { id: quoteElementId(q.index) } : {};
    firstPiece.add(key);
    const speaker = speakerProps(q.mark, entities, extracted.text);
    // A quote with a speaker opens its card on focus as well as on hover: it must be reachable by Tab,
    // once (a quote split by formatting is one stop, at its first piece).
    const focus = first && speaker.dataSpeaker ? { tabIndex: 0 } : {};
    const hProperties = { ...id, className: ["quote"], dataQuoteId: quoteElementId(q.index), ...speaker, ...focus };
    return { type: "emphasis", data: { hName: "q", hProperties }, children };
  };

  let mi = 0;
  let qi = 0;
  extracted.blocks.forEach((block, bi) => {
    const inBlockQuote = blockQuotes[bi];
    for (const seg of block.segments) {
      while (mi < mentions.length && mentions[mi]!.mark.end <= seg.start) mi++;
      while (qi < quotes.length && quotes[qi]!.mark.end <= seg.start) qi++;
      const segMentions: Indexed<Mention>[] = [];
      for (let i = mi; i < mentions.length && mentions[i]!.mark.start < seg.end; i++) segMentions.push(mentions[i]!);
      const segQuotes: Indexed<Quote>[] = [];
      // Inside a paragraph rendered as <blockquote>, the quote needs no <q> as well.
      if (!inBlockQuote) for (let i = qi; i < quotes.length && quotes[i]!.mark.start < seg.end; i++) segQuotes.push(quotes[i]!);
      if (segMentions.length === 0 && segQuotes.length === 0) continue;

      const cuts = new Set<number>([seg.start, seg.end]);
      for (const { mark } of [...segMentions, ...segQuotes]) {
        if (mark.start > seg.start && mark.start < seg.end) cuts.add(mark.start);
        if (mark.end > seg.start && mark.end < seg.end) cuts.add(mark.end);
      }
      const points = [...cuts].sort((a, b) => a - b);
      const covering = <T extends { start: number; end: number }>(list: Indexed<T>[], at: number) => list.find((x) => x.mark.start <= at && at < x.mark.end);

      // Fold the pieces into quote groups holding mention groups holding text.
      const out: PhrasingContent[] = [];
      let qOpen: { q: Indexed<Quote>; children: PhrasingContent[] } | undefined;
      let mOpen: { m: Indexed<Mention>; children: PhrasingContent[]; into: PhrasingContent[] } | undefined;
      const closeMention = () => {
        if (mOpen) mOpen.into.push(mentionNode(mOpen.m, seg.inLink, mOpen.children));
        mOpen = undefined;
      };
      const closeQuote = () => {
        closeMention();
        if (qOpen) out.push(quoteNode(qOpen.q, qOpen.children));
        qOpen = undefined;
      };
      for (let p = 0; p + 1 < points.length; p++) {
        const a = points[p]!;
        const b = points[p + 1]!;
        const q = covering(segQuotes, a);
        const m = covering(segMentions, a);
        if (q !== qOpen?.q) {
          closeQuote();
          if (q) qOpen = { q, children: [] };
        }
        if (m !== mOpen?.m) {
          closeMention();
          if (m) mOpen = { m, children: [], into: qOpen ? qOpen.children : out };
        }
        const text: Text = { type: "text", value: seg.node.value.slice(a - seg.start, b - seg.start) };
        (mOpen ? mOpen.children : qOpen ? qOpen.children : out).push(text);
      }
      closeQuote();
      replacements.set(seg.node, out);
      touchedParents.add(seg.parent);
    }
  });

  for (const parent of touchedParents) {
    const children = parent.children as PhrasingContent[];
    (parent as { children: PhrasingContent[] }).children = children.flatMap((c) => (c.type === "text" && replacements.get(c)) || [c]);
  }

  wrapBlockQuotes(extracted, blockQuotes, entities, options);
}

/** Wraps each run of consecutive sibling paragraphs covered by the same block quote in a <blockquote>. */
function wrapBlockQuotes(extracted: ExtractedText, covering: (Indexed<Quote> | undefined)[], entities: Map<string, Entity>, options: MarkOptions): void {
  const blocks = extracted.blocks;
  interface Run { parent: Parents; quote: Indexed<Quote>; nodes: Paragraph[] }
  const runs: Run[] = [];
  blocks.forEach((block, i) => {
    const q = covering[i];
    if (!q) return;
    const last = runs[runs.length - 1];
    const prevNode = last?.nodes[last.nodes.length - 1];
    const siblings = block.parent.children as RootContent[];
    const adjacent = last && last.quote === q && last.parent === block.parent && prevNode && siblings[siblings.indexOf(block.node) - 1] === prevNode;
    if (adjacent) last.nodes.push(block.node as Paragraph);
    else runs.push({ parent: block.parent, quote: q, nodes: [block.node as Paragraph] });
  });
  // Only the first run of each quote carries the quote's element id.
  const firstRuns = new Set<Run>();
  const quoteSeen = new Set<number>();
  for (const run of runs) if (!quoteSeen.has(run.quote.index)) (quoteSeen.add(run.quote.index), firstRuns.add(run));
  // Reverse order keeps the indices of earlier runs valid while splicing.
  for (const run of [...runs].reverse()) {
    const siblings = run.parent.children as RootContent[];
    const at = siblings.indexOf(run.nodes[0]!);
    const { mark, index } = run.quote;
    const speaker = mark.speakerEntityId ? entities.get(mark.speakerEntityId) : undefined;
    const children: BlockContent[] = [...run.nodes];
    const footer = (content: PhrasingContent[]) => children.push({ type: "paragraph", data: { hName: "footer", hProperties: { className: ["quote-speaker"] } }, children: [{ type: "text", value: "— " }, ...content] });
    if (speaker) {
      // "— CEO of the Refugee Council Enver Solomon": the title as the article wrote it, the name linked.
      const title = titleBefore(mark, extracted.text);
      footer([
        ...(title ? [{ type: "text", value: title } as Text] : []),
        { type: "link", url: entityUrl(options.base, speaker.id), title: null, data: { hProperties: { className: ["entity", `entity-${speaker.type}`], dataEntityId: speaker.id, dataEntityType: speaker.type } }, children: [{ type: "text", value: speaker.name }] },
      ]);
    } else if (mark.speakerGroup) {
      // A group has no page: its words, as plain text.
      footer([{ type: "text", value: mark.speakerGroup.text.replace(/\s+/g, " ") }]);
    }
    const id = firstRuns.has(run) ? { id: quoteElementId(index) } : {};
    const blockquote: Blockquote = {
      type: "blockquote",
      data: { hProperties: { ...id, className: ["quote"], dataQuoteId: quoteElementId(index), ...speakerProps(mark, entities, extracted.text) } },
      children,
    };
    siblings.splice(at, run.nodes.length, blockquote);
  }
}
