/**
 * The annotation data model: the one contract between the annotator, the unified plugins, the corpus
 * stage, the site and `npm run predict`. Everything else imports these types; nothing redefines them.
 *
 * Offsets are UTF-16 code unit offsets into the annotated text (what `String.prototype.slice` takes),
 * `end` exclusive.
 */

/** The three entity types the product annotates. */
export const ENTITY_TYPES = ["person", "organization", "place"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === "string" && (ENTITY_TYPES as readonly string[]).includes(value);
}

/** A half-open character range `[start, end)` into the annotated text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * How a mention names its entity.
 * - `name`: a proper name ("Vladimir Putin", "Putin", "EU").
 * - `role`: a role title resolved through the registry's dated roles ("the Foreign Secretary").
 * - `pronoun`: a personal pronoun resolved to an antecedent ("he"); used for quote speakers.
 * - `nominal`: a descriptive noun phrase resolved to an entity ("the Russian leader").
 */
export type MentionKind = "name" | "role" | "pronoun" | "nominal";

/** Which stage of the annotator decided a mention (kept for debugging and editorial review). */
export type MentionSource = "model" | "registry" | "rule" | "pin";

/** One occurrence of an entity in the text. */
export interface Mention extends Span {
  /** `text.slice(start, end)`: the bare name, without honorifics, "the" or a trailing possessive. */
  text: string;
  /** Id (slug) of the canonical entity this mention refers to. */
  entityId: string;
  /**
   * Type of this mention in context. Usually the entity's type; a country standing for its national team
   * in a match report ("Portugal beat Spain") is typed `organization` here while the entity stays a
   * `place` (GUM's convention; a country acting politically stays a place there).
   */
  type: EntityType;
  kind: MentionKind;
  source: MentionSource;
}

/** Grammatical gender used for pronoun resolution; `unknown` when neither the text nor the registry says. */
export type Gender = "female" | "male" | "unknown";

/** A role held over a date range ("Foreign Secretary" 2024-07-05..2025-09-05). Dates are ISO `YYYY-MM-DD`. */
export interface Role {
  title: string;
  /** Other phrasings of the same role ("foreign secretary", "UK Foreign Secretary"). */
  aliases?: string[];
  /** First day in the role, inclusive; open-ended when absent. */
  from?: string;
  /** Last day in the role, inclusive; open-ended when absent. */
  to?: string;
  /**
   * When the bare title ("the Foreign Secretary", no qualifier) means this holder: "named" (the
   * default) only in articles that also name the holder, since the same words mean other countries'
   * office holders; "always" in every article of the corpus (a national newsroom's "the Prime
   * Minister"); "never" (only the role's qualified aliases resolve).
   */
  bare?: BareTitle;
}

export type BareTitle = "named" | "always" | "never";
export const BARE_TITLES: readonly BareTitle[] = ["named", "always", "never"];

/** A canonical entity: from the registry, or discovered in the text. */
export interface Entity {
  /** Stable slug, used in URLs: "david-lammy". */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  description?: string;
  /** Wikidata item id, "Q123". */
  wikidata?: string;
  roles: Role[];
  gender?: Gender;
  /** True when the entity comes from the editor's registry rather than from the machine. */
  inRegistry: boolean;
}

/** A group or body that speaks but is no entity: a noun phrase of the text (see `Quote.speakerGroup`). */
export interface GroupSpeaker extends Span {
  /** `text.slice(start, end)`: "the foreign ministers of the countries present". */
  text: string;
  /** The phrase's head noun ("ministers"), a sub-span of the phrase. */
  head: Span;
}

/** A direct quotation (or quoted material that is not speech, such as a scare quote or a title). */
export interface Quote extends Span {
  /** `text.slice(start, end)`, quotation marks included. */
  text: string;
  /** The quoted words without the outer marks. */
  contentStart: number;
  contentEnd: number;
  /**
   * `speech`: someone's words. `scare`: scare quotes, titles, terms ("Hope", "parole"): shown as plain
   * quoted text, never attributed.
   */
  kind: "speech" | "scare";
  /** True when the quotation covers one or more whole paragraphs (rendered as `<blockquote>`). */
  block: boolean;
  /** Number of paragraphs the quotation runs over (1 for most). */
  paragraphs: number;
  /** True when the quotation is a fragment inside reported speech (`pledged to ... if he "turns his back"`). */
  partial: boolean;
  speakerEntityId: string | null;
  /** The mention in the text that names the speaker for this quote ("he", "Ms Kallas"), when there is one. */
  speakerMention: Span | null;
  /**
   * The whole noun phrase the cue names the speaker with, when it says more than the name: title words
   * and role included ("team member Rodaba Noori", "CEO of the Refugee Council Enver Solomon"). The
   * entity's name mention stays the bare name; this is how the article introduced the speaker for this
   * quote, shown beside the quote. Null when the phrase is just the mention (or a pronoun). Optional,
   * like `speakerGroup`, so that annotations stored by an earlier annotator still read.
   */
  speakerPhrase?: Span | null;
  /**
   * A speaker no entity stands for: a group or body the text names only by a noun phrase ("the foreign
   * ministers", "officials", "the report's authors", "a leaked internal letter"; now and then one
   * person known only by a description, "a spokesperson for the ministry"). Set only when
   * `speakerEntityId` is null; shown as plain text, never linked. A later "they added" that refers back
   * to it carries the same group (and its own pronoun as `speakerMention`).
   */
  speakerGroup?: GroupSpeaker | null;
  /** The attribution cue ("said", "told reporters", "according to", "added"), when there is one. */
  cue: string | null;
}

/** Options every annotation takes. */
export interface AnnotateOptions {
  /** The article's date (`YYYY-MM-DD`): role titles resolve to whoever held the role on that day. */
  date?: string;
  /** The editor's registry, already loaded and validated. */
  registry?: Registry;
  /** Per-article pins: surface form -> entity id ("Jordan" -> "jordan-country"). */
  pins?: Record<string, string>;
}

/** The annotator's output for one text. */
export interface Annotations {
  mentions: Mention[];
  /** Every entity some mention refers to (registry entities and discovered ones). */
  entities: Entity[];
  quotes: Quote[];
}

/** One registry entry as the editor wrote it, after validation. */
export interface RegistryEntry extends Entity {
  /** Other entity ids merged into this one (their names become aliases, their ids redirect here). */
  merge: string[];
  /** Where the entry was written, for error messages. */
  origin?: { file: string; line: number; aliasLines?: Record<string, number> };
}

/** The editor's corrections, as the annotator consumes them. */
export interface Registry {
  entries: RegistryEntry[];
  /** Surface forms or entity ids never to annotate ("Brexit", "the-sun"). Compared case-insensitively. */
  suppress: string[];
}

/** A name found by the recogniser, before linking: a typed span, not yet an entity. */
export interface NameSpan extends Span {
  text: string;
  type: EntityType;
  /** The recogniser's confidence in [0, 1]; registry matches are 1. */
  confidence: number;
}
