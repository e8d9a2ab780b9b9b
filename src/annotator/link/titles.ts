/**
 * In-article role titles: a bare, capitalised title ("the President", "the Home Secretary", "Prime
 * Minister's Questions") refers to the one person the same article introduces with that title, either
 * as a title before the name ("US President Barack Obama", "Home Secretary Suella Braverman") or as an
 * apposition after it ("Barack Obama, the President of the United States,").
 *
 * Rules, chosen so that a wrong link on a person is rarer than a missed one:
 * - Exactly one person (one cluster, however many times introduced) in the whole article must hold the
 *   title, else nothing: a second holder introduced later ("Prime Minister Rishi Sunak ... Prime
 *   Minister Boris Johnson") shows the bare title is ambiguous in this article, and a recency guess picks
 *   the wrong one as often as not (the latest holder named is often a predecessor quoted for contrast).
 *   One exception, for a capitalised title: of several holders, the one named in the title's sentence
 *   or the one before, where no other holder is ("... said Mutharika. The President added"; `nearholder`).
 * - And that person must have been introduced with the title before the bare title: a bare title
 *   before any introduction is usually the office in general ("The President has that pulpit", said by
 *   a candidate for it), not the person named later.
 * - A qualified bare title ("the Russian President") needs a holder introduced with the same qualifier;
 *   an unqualified one accepts any qualifier ("US President Obama ... the President").
 * - "former/late/then/ex-" holders are not holders of the plain title ("former Prime Minister Sunak ...
 *   the Prime Minister" means someone else), and never count towards it.
 * - Titles must match word for word: "Shadow Home Secretary" is not "Home Secretary", "Deputy Prime
 *   Minister" is not "Prime Minister".
 * - The mention is only ever added to an existing person: a title never makes an entity of its own.
 * - Registry dated roles run first (`roleMatches`); a span they took is never looked at here.
 */
import type { Tokenized } from "../tokenize.ts";
import type { Candidate } from "./candidates.ts";
import type { Cluster } from "./cluster.ts";
import { APPOINTING_VERBS, isGroupPlural, isListedPlace, isNationalityAdjective } from "../ner/lexicon.ts";
import { skippedSteps } from "../skip-steps.ts";
import { insideQuotation } from "./quoted.ts";

const SKIP_LOWER_TITLES = skippedSteps("LINK_SKIP").has("lowertitles");
const SKIP_REPLACED_BY = skippedSteps("LINK_SKIP").has("replacedby");
const SKIP_LEAD_TITLE = skippedSteps("LINK_SKIP").has("leadtitle");
const SKIP_APPOSED_BEFORE = skippedSteps("LINK_SKIP").has("apposedbefore");
const SKIP_POST_NOUN = skippedSteps("LINK_SKIP").has("postnoun");
const SKIP_PORTFOLIO_HEAD = skippedSteps("LINK_SKIP").has("portfoliohead");
const SKIP_OWN_OFFICER = skippedSteps("LINK_SKIP").has("ownofficer");
const SKIP_OF_PLACE = skippedSteps("LINK_SKIP").has("titleofplace");
const SKIP_OF_GERUND = skippedSteps("LINK_SKIP").has("ofgerund");
const SKIP_VOCATIVE = skippedSteps("LINK_SKIP").has("vocative");
const SKIP_TITLE_BEFORE = skippedSteps("LINK_SKIP").has("titlebefore");
const SKIP_TITLE_POSSESSIVE = skippedSteps("LINK_SKIP").has("titleposs");
const SKIP_NEAR_HOLDER = skippedSteps("LINK_SKIP").has("nearholder");
const SKIP_HEAD_FOR = skippedSteps("LINK_SKIP").has("headfor");
const SKIP_PAST_HOLDER = skippedSteps("LINK_SKIP").has("pastholder");
const SKIP_HOME_HOLDER = skippedSteps("LINK_SKIP").has("homeholder");
/** Verbs that put someone out of an office, whose object held it before the time of the report. */
const OUSTING = new Set(["overthrew", "overthrown", "ousted", "toppled", "deposed", "succeeded", "replaced", "assassinated", "unseated"]);
/** Nouns whose complement a title may be, the name being theirs: "A spokesman for the governor of Kano, X,". */
const RELATION_NOUNS = /^(?:spokesman|spokeswoman|spokesperson|son|daughter|wife|husband|widow|brother|sister|father|mother|nephew|niece|cousin|deputy|aide|adviser|advisor|assistant|secretary|staff|lawyer|envoy|representative|successor|predecessor|rival|opponent|critic|ally)$/;
/** Fields named by a noun in -ing, a post's complement ("director of nursing"). */
const FIELD_NOUNS_ING = /^(?:nursing|mining|housing|planning|banking|policing|marketing|engineering|manufacturing|training|shipping|building|farming|fishing|publishing|broadcasting|lending|funding|accounting|licensing|procurement|programming|scouting|recruiting|coaching|catering|clothing|energy)$/;
/** Verbs that take "of" and what someone is said to have done (`ofgerund`). */
const ACCUSING = /^(?:accused|accuses|accuse|accusing|convicted|acquitted|cleared|suspected|suspects|warned|warns|criticised|criticized|blamed|blames)$/;
/**
 * A portfolio before "minister" or "secretary": "Transport Minister Tetsuo Saito ... The Minister said"
 * is the one minister the article names (not "Prime", "Deputy" or "First", other posts; `portfoliohead`).
 */
const PORTFOLIOS = new Set(["foreign", "home", "defence", "defense", "health", "finance", "trade", "interior", "justice", "education", "energy", "environment", "culture", "transport", "foreign-affairs"]);
/** Nouns after a title's possessive that mean the post, not its holder: "the mayor's race". */
const POST_NOUNS = new Set(["race", "election", "contest", "job", "post", "position", "seat", "vote", "ballot"]);


/** Words a one-person title ends with. Occupations ("coach", "author") are left out: "the Coach" is rare
 * and rarely one person in a news article. */
const HEADS = new Set([
  "president", "vice-president", "president-elect", "premier", "minister", "secretary", "secretary-general",
  "chancellor", "senator", "congressman", "congresswoman", "representative", "governor", "mayor",
  "ambassador", "envoy", "king", "queen", "prince", "princess", "emperor", "empress", "pope", "cardinal",
  "archbishop", "bishop", "general", "colonel", "admiral", "commander", "marshal", "judge", "justice",
  "director", "director-general", "chairman", "chairwoman", "chairperson", "commissioner", "speaker",
  "executive", "prosecutor", "superintendent", "chief", "taoiseach", "tánaiste", "tanaiste",
  // (Written as one word: "Attorney-General Aiyaz Sayed-Khaiyum ... The Attorney-General said".)
  "attorney-general", "solicitor-general", "governor-general", "auditor-general", "inspector-general",
]);

/** Heads that are a title only after a modifier: "Chief Executive", but "the Executive" is usually a
 * government body and "an executive" anyone at a company. */
const NEEDS_MODIFIER = new Set(["executive"]);

/** Words that may precede the head inside a title ("Prime", "Home", "Shadow", "Attorney"). */
const MODIFIERS = new Set([
  "prime", "vice", "deputy", "shadow", "foreign", "home", "defence", "defense", "health", "finance", "trade",
  "interior", "justice", "education", "energy", "environment", "culture", "transport", "state", "attorney",
  "chief", "assistant", "first", "grand", "supreme", "high", "managing", "executive", "lord", "surgeon",
  "district", "crown", "foreign-affairs",
]);

/** Words before a title that say the person no longer (or not yet) holds it. */
const NOT_CURRENT = new Set(["former", "ex", "ex-", "late", "then", "outgoing", "incoming", "future", "acting", "interim", "would-be", "deposed", "disgraced", "retired", "erstwhile"]);

/** Words after a bare title that begin a complement naming the holder's country, state or body. */
const COMPLEMENT = new Set(["of", "from", "for"]);

/** Words that may follow a title in an apposition: its complement or the end of the clause. */
const APPOSITION_END = new Set(["of", "for", "at", "in", "to", "and", "who", "since", "until", "from", "under", "with", "on"]);

const clean = (s: string) => s.toLowerCase().replace(/’/g, "'");
const isCap = (s: string) => /^\p{Lu}/u.test(s);
const isPossessive = (s: string) => /^['’][sS]$/.test(s);
const isWord = (s: string) => /^\p{L}/u.test(s);
/** "U.S." and "US", "Labour" and "labour" are one qualifier. */
const normQualifier = (s: string) => s.toLowerCase().replace(/\./g, "");

interface Holder {
  key: string;
  /** The holder this one was named to replace ("Defence Minister Khaled Nordin ... was replaced by Mohamad Hasan"). */
  replaces?: Cluster;
  qualifier?: string;
  cluster: Cluster;
  /** Where the introduction is (character offset of the name). */
  at: number;
  /** For an apposition: the tokens of its title ([first, last]). */
  span?: [number, number];
  /** Introduced as a body's officer by a possessive of a common noun ("The group's president, X,"). */
  bodyOfficer?: boolean;
  /** ... or by its pronoun ("Its president, Hernán Vargas Llanos,"). */
  ownOfficer?: boolean;
}

export interface TitleMention {
  cluster: Cluster;
  cand: Candidate;
}

/**
 * Bare titles in `tok` that refer to exactly one person in `clusters`. `taken` says whether a span
 * already holds a candidate (a recognised name or a registry role), which a title never overrides.
 */
export function titleMentions(tok: Tokenized, clusters: Cluster[], taken: (start: number, end: number) => boolean): TitleMention[] {
  const toks = tok.tokens;
  if (!toks.length) return [];
  const lower = toks.map((t) => clean(t.text));
  const isTitleWord = (i: number) => HEADS.has(lower[i]!) || MODIFIERS.has(lower[i]!);
  const sameSentence = (i: number, j: number) => i >= 0 && j >= 0 && i < toks.length && j < toks.length && toks[i]!.sentence === toks[j]!.sentence;

  // Token index by start and by end offset, to find the words around each name.
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  toks.forEach((t, i) => {
    byStart.set(t.start, i);
    byEnd.set(t.end, i);
  });

  const holders: Holder[] = [];
  for (const cluster of clusters) {
    if (!cluster.person) continue;
    for (const m of cluster.members) {
      if (m.kind !== "name") continue;
      const first = byStart.get(m.start), last = byEnd.get(m.end);
      if (first === undefined || last === undefined) continue;
      const before = titleBefore(first);
      if (before) holders.push({ ...before, cluster, at: m.start });
      const apposedBefore = SKIP_APPOSED_BEFORE ? null : appositionBefore(first);
      if (apposedBefore) holders.push({ ...apposedBefore, cluster, at: m.start });
      const appointed = SKIP_REPLACED_BY ? null : appointedAs(first, last);
      if (appointed) holders.push({ ...appointed, cluster, at: m.start });
      const after = appositionAfter(last);
      if (after) {
        holders.push({ ...after, cluster, at: m.start });
        const more = coordinatedTitle(after.span![1]);
        if (more) holders.push({ key: more.key, cluster, at: m.start, span: more.span });
      }
    }
  }
  // "Defence Minister Khaled Nordin ... was replaced by Mohamad Hasan": the successor holds the post
  // from there on (`LINK_SKIP=replacedby`).
  if (!SKIP_REPLACED_BY) {
    for (const h of [...holders]) {
      for (const cluster of clusters) {
        if (!cluster.person || cluster === h.cluster) continue;
        for (const m of cluster.members) {
          const first = byStart.get(m.start);
          if (first === undefined || m.start < h.at || !sameSentence(first, byStart.get(h.at) ?? -1)) continue;
          if (lower[first - 1] === "by" && (lower[first - 2] === "replaced" || lower[first - 2] === "succeeded")) holders.push({ key: h.key, ...(h.qualifier ? { qualifier: h.qualifier } : {}), cluster, at: m.start, replaces: h.cluster });
        }
      }
    }
  }
  if (!holders.length) return [];
  // A capitalised title in apposition to a name is a mention of that person ("Professor Cres Eastman,
  // Director of the National Iodine Nutrition study, and Chairman of ..."): GUM marks it as a name of
  // the person, and a reader who clicks it expects the person's page.
  const appositionAt = new Map<number, Holder>();
  for (const h of holders) if (h.span) appositionAt.set(h.span[0], h);

  /** "Anwar named Siti Aishah Rahman(, a former banker,) as the new finance minister": the post an appointment gives (`replacedby`). */
  function appointedAs(nameStart: number, nameEnd: number): Omit<Holder, "cluster" | "at"> | null {
    if (!APPOINTING_VERBS.has(lower[nameStart - 1] ?? "")) return null;
    let k = nameEnd + 1;
    if (toks[k]?.text === ",") { k++; while (k < toks.length && k < nameEnd + 14 && toks[k]!.text !== "," && sameSentence(k, nameEnd)) k++; k++; }
    if (lower[k] !== "as" || !sameSentence(k, nameEnd)) return null;
    k++;
    while (/^(?:the|new|next|acting|interim|permanent|first)$/.test(lower[k] ?? "")) k++;
    const start = k;
    while (sameSentence(k, nameEnd) && isTitleWord(k)) k++;
    if (k === start || !HEADS.has(lower[k - 1]!) || (k - start === 1 && NEEDS_MODIFIER.has(lower[start]!))) return null;
    return { key: lower.slice(start, k).join(" ") };
  }

  /** A holder introduced by a title before the name that no preposition, possessive or "of <place>" after the name surrounds (`homeholder`). */
  function introducedActing(h: Holder): boolean {
    const k = byStart.get(h.at);
    if (k === undefined || h.span) return false;
    let i = k - 1;
    while (i >= 0 && isCap(toks[i]!.text) && isTitleWord(i)) i--;
    const before = lower[i] ?? "";
    // (Nor in apposition to a description that may give a country: "Ghana's new leader, President John Mahama".)
    if (/^(?:of|after|to|by|for|with|from|at|on|under|behind|named|honouring|honoring|,)$/.test(before) || isPossessive(toks[i]?.text ?? "")) return false;
    const cluster = h.cluster;
    const m = cluster.members.find((x) => x.start === h.at);
    const end = m ? byEnd.get(m.end) : undefined;
    return end === undefined || !(lower[end + 1] === "of" && isCap(toks[end + 2]?.text ?? ""));
  }

  /** A capitalised word that is no title word: the place or body a title is of ("Enga"). */
  function isListedPlaceOrCap(k: number): boolean {
    return isCap(toks[k]?.text ?? "") && isWord(toks[k]!.text) && !isTitleWord(k);
  }

  /** "US President | Barack Obama": capitalised title words ending in a head right before the name. */
  function titleBefore(nameStart: number): Omit<Holder, "cluster" | "at"> | null {
    let i = nameStart - 1;
    // "Minister for Housing Darragh O'Brien", "Secretary of State for Health Wes Streeting": a head, "for"
    // or "of", and its portfolio's capitalised words before the name hold the head (`headfor`).
    if (!SKIP_HEAD_FOR && sameSentence(i, nameStart) && isCap(toks[i]!.text) && !HEADS.has(lower[i]!)) {
      let k = i;
      while (k > 0 && k > nameStart - 5 && isCap(toks[k]!.text) && isWord(toks[k]!.text) && !HEADS.has(lower[k]!) && sameSentence(k, nameStart)) k--;
      if ((lower[k] === "for" || lower[k] === "of") && HEADS.has(lower[k - 1] ?? "") && isCap(toks[k - 1]!.text) && sameSentence(k - 1, nameStart)) {
        let h = k - 1;
        while (sameSentence(h - 1, nameStart) && isTitleWord(h - 1) && isCap(toks[h - 1]!.text)) h--;
        const q = qualifierBefore(h, nameStart);
        if (q === false) return null;
        // (The key keeps the portfolio, "minister for housing": a bare "the Minister" goes to it as to
        // a portfolio's minister, one among others named with theirs.)
        return { key: lower.slice(h, i + 1).join(" "), ...(q ? { qualifier: q } : {}) };
      }
    }
    if (!sameSentence(i, nameStart) || !HEADS.has(lower[i]!) || !isCap(toks[i]!.text)) return null;
    while (sameSentence(i - 1, nameStart) && isTitleWord(i - 1) && isCap(toks[i - 1]!.text)) i--;
    if (i === nameStart - 1 && NEEDS_MODIFIER.has(lower[i]!)) return null;
    const key = lower.slice(i, nameStart).join(" ");
    const q = qualifierBefore(i, nameStart);
    if (q === false) return null;
    return { key, ...(q ? { qualifier: q } : {}) };
  }

  /**
   * What stands before a title run starting at `i`: a qualifier ("US", "Russian", "Labour's"), nothing
   * (undefined), or a word saying the holder is not the current one (false).
   */
  function qualifierBefore(i: number, anchor: number): string | undefined | false {
    let k = i - 1;
    if (!sameSentence(k, anchor)) return undefined;
    if (NOT_CURRENT.has(lower[k]!)) return false;
    // "the Séléka coalition overthrew President François Bozizé": whom a verb put out of office held it before (`pastholder`).
    if (!SKIP_PAST_HOLDER && OUSTING.has(lower[k]!)) return false;
    if (isPossessive(toks[k]!.text) && sameSentence(k - 1, anchor) && isWord(toks[k - 1]!.text)) {
      return NOT_CURRENT.has(lower[k - 2] ?? "") ? false : normQualifier(toks[k - 1]!.text);
    }
    const acronym = /^(?:\p{Lu}\.)+$|^\p{Lu}{2,4}$/u.test(toks[k]!.text);
    // A capitalised word opening the sentence ("During Prime Minister's Questions") is only a qualifier
    // when it is one on its face: an acronym ("US"), a nationality ("Russian") or a listed place.
    const opensSentence = !sameSentence(k - 1, anchor);
    const plausible = !opensSentence || acronym || isNationalityAdjective(toks[k]!.text) || isListedPlace(toks[k]!.text);
    if (isCap(toks[k]!.text) && lower[k] !== "the" && plausible && (isWord(toks[k]!.text) || acronym)) {
      if (NOT_CURRENT.has(lower[k - 1] ?? "") && sameSentence(k - 1, anchor)) return false;
      return normQualifier(toks[k]!.text);
    }
    return undefined;
  }

  /**
   * "Iraq's oil minister, Hassan Jabbar Al-Obaidi,": a title ending in a head right before the comma
   * that opens the name is held too, so that a bare "the minister" after it is not given to another
   * minister as the only holder (`LINK_SKIP=apposedbefore`). (No mention is made of it.)
   */
  function appositionBefore(nameStart: number): Omit<Holder, "cluster" | "at"> | null {
    const comma = nameStart - 1;
    if (toks[comma]?.text !== "," || !sameSentence(comma - 1, nameStart)) return null;
    // ("The governor of Enga, Peter Ipatas,": the title with a place after "of"; `titleofplace`.)
    // (Or "of the" and a body: "the director of the Serious Fraud Office, Nick Ephgrave,"; after "the"
    // only: "A director of Barclays, Tim Breedon," is one of several.)
    // (Or any few words after "of": "The minister of mining, Emmanuel Armah-Kofi Buah,", a holder too,
    // so that a bare "the minister" after two holders is no one's.)
    if (!SKIP_OF_PLACE && isWord(toks[comma - 1]?.text ?? "") && !HEADS.has(lower[comma - 1]!)) {
      let k = comma - 1;
      while (k > comma - 6 && lower[k - 1] !== "of" && isWord(toks[k - 1]?.text ?? "") && sameSentence(k - 1, nameStart)) k--;
      if (lower[k - 1] === "of" && HEADS.has(lower[k - 2] ?? "") && sameSentence(k - 2, nameStart)) {
        // (Not the complement of another noun, whose holder the name is: "A spokesman for the governor
        // of Kano, Sanusi Bature,", "The son of the governor of Kano, Umar Abba Yusuf,".)
        if (lower[k - 3] !== "the" || (/^(?:of|for|to)$/.test(lower[k - 4] ?? "") && RELATION_NOUNS.test(lower[k - 5] ?? ""))) return null;
        return { key: lower[k - 2]!, qualifier: normQualifier(toks[comma - 1]!.text) };
      }
    }
    if (!HEADS.has(lower[comma - 1]!)) return null;
    let i = comma - 1;
    while (sameSentence(i - 1, nameStart) && isTitleWord(i - 1)) i--;
    if (i === comma - 1 && NEEDS_MODIFIER.has(lower[i]!)) return null;
    // (Not after an adjective, which makes another title: "The festival's artistic director, Alberto
    // Ferri," holds no "director"; a portfolio's noun may stand there, "Iraq's oil minister".)
    const opener = toks[i - 1]?.text ?? "";
    if (/^\p{Ll}+(?:ic|al|ive|ous|ful|ary|ant|ent|ible|able)$/u.test(opener)) return null;
    const q = qualifierBefore(i, nameStart);
    if (q === false) return null;
    // (A body's own officer, "The group's president, Thomas Reardon,", is not who "the president" in
    // someone's quoted words is, most often the country's.)
    const body = isPossessive(toks[i - 1]?.text ?? "") && /^\p{Ll}/u.test(toks[i - 2]?.text ?? "");
    // (Or "Its president, Hernán Vargas Llanos,": a body's, named by its pronoun; `ownofficer`.)
    // (Written in lower case: where the text capitalises every title, "Its President, Joe Ajaero,", the
    // case says nothing.)
    const own = !SKIP_OWN_OFFICER && /^(?:its|their)$/.test(lower[i - 1] ?? "") && !isCap(toks[i]!.text);
    // ("The Tánaiste, Simon Harris, said": a capitalised title after "The" is a mention of the person, as
    // one in apposition after the name is; `LINK_SKIP=titlebefore`.)
    const mention = !SKIP_TITLE_BEFORE && lower[i - 1] === "the" && toks.slice(i, comma).every((t) => isCap(t.text));
    return { key: lower.slice(i, comma).join(" "), ...(q ? { qualifier: q } : {}), ...(body ? { bodyOfficer: true } : {}), ...(own ? { ownOfficer: true } : {}), ...(mention ? { span: [i, comma - 1] as [number, number] } : {}) };
  }

  /** "Barack Obama, the President of the United States," / "Yvette Cooper, Labour's shadow home secretary,". */
  function appositionAfter(nameEnd: number): Omit<Holder, "cluster" | "at"> | null {
    let k = nameEnd + 1;
    if (toks[k]?.text !== "," || !sameSentence(k, nameEnd)) return null;
    k++;
    if (lower[k] === "the" || lower[k] === "a" || lower[k] === "an") k++;
    if (NOT_CURRENT.has(lower[k] ?? "")) return null;
    let qualifier: string | undefined;
    if (sameSentence(k + 1, nameEnd) && isPossessive(toks[k + 1]!.text) && isWord(toks[k]?.text ?? "") && !isTitleWord(k)) {
      qualifier = normQualifier(toks[k]!.text);
      k += 2;
    } else if (sameSentence(k, nameEnd) && isCap(toks[k]!.text) && !isTitleWord(k) && (isWord(toks[k]!.text) || /^(?:\p{Lu}\.)+$/u.test(toks[k]!.text))) {
      qualifier = normQualifier(toks[k]!.text);
      k++;
    }
    if (NOT_CURRENT.has(lower[k] ?? "")) return null;
    const start = k;
    while (sameSentence(k, nameEnd) && isTitleWord(k)) k++;
    // The run must end in a head and not run on into a name ("the President Barack Obama" is a title
    // before a name, handled above) or an organisation ("the Justice Department").
    if (k === start || !HEADS.has(lower[k - 1]!) || (k - start === 1 && NEEDS_MODIFIER.has(lower[start]!))) return null;
    // Only where the title phrase ends: punctuation or a word that starts its complement ("of the United
    // States", "who"). A lower-case noun after it means the title word was a modifier ("the general
    // manager", "the chief operating officer").
    const next = toks[k];
    if (next && sameSentence(k, nameEnd) && isWord(next.text) && !APPOSITION_END.has(lower[k]!)) return null;
    // (Nor a possessive: "Nawaz Sharif, the prime minister's elder brother," is the holder's brother;
    // `LINK_SKIP=titleposs`.)
    if (!SKIP_TITLE_POSSESSIVE && next && sameSentence(k, nameEnd) && isPossessive(next.text)) return null;
    return { key: lower.slice(start, k).join(" "), ...(qualifier ? { qualifier } : {}), span: [start, k - 1] };
  }

  /**
   * A second title joined to an apposition's by "and" ("Director of the study, and Chairman of the
   * Centre"): within a few words of the first, in its sentence, a capitalised run ending in a head and
   * followed by its complement or punctuation (not by a name: "and Chairman Mao").
   */
  function coordinatedTitle(firstEnd: number): { key: string; span: [number, number] } | null {
    for (let k = firstEnd + 1; k <= firstEnd + 12 && sameSentence(k, firstEnd); k++) {
      if (lower[k] !== "and") continue;
      const start = k + 1;
      let e = start;
      while (sameSentence(e, firstEnd) && isTitleWord(e) && isCap(toks[e]!.text)) e++;
      if (e === start || !HEADS.has(lower[e - 1]!) || (e - start === 1 && NEEDS_MODIFIER.has(lower[start]!))) return null;
      const next = toks[e];
      if (next && sameSentence(e, firstEnd) && isWord(next.text) && !APPOSITION_END.has(lower[e]!)) return null;
      return { key: lower.slice(start, e).join(" "), span: [start, e - 1] };
    }
    return null;
  }

  /** Whether a person other than `holder` is named within a few words of some occurrence of `head`, in its sentence. */
  function namedNear(head: string, holder: Cluster): boolean {
    for (let t = 0; t < toks.length; t++) {
      // (A Prime or First Minister holds another post: never "the Minister".)
      if (lower[t] !== head || /^(?:prime|first)$/.test(lower[t - 1] ?? "")) continue;
      for (const c of clusters) {
        if (c === holder || !c.person) continue;
        for (const m of c.members) {
          // (Not a people's plural: "The minister added: 'Chileans have shown ...'".)
          if (isGroupPlural(m.text)) continue;
          const at = byStart.get(m.start), last = byEnd.get(m.end);
          if (at !== undefined && at > t && at - t <= 8 && sameSentence(at, t)) return true;
          // (Before it only as its apposition: "Piyush Goyal, the minister"; not "Ley accused the minister".)
          if (last !== undefined && last < t && t - last <= 3 && toks[last + 1]?.text === "," && sameSentence(last, t)) return true;
        }
      }
    }
    return false;
  }

  const out: TitleMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    // (A title in lower case after "the" too, as British papers write it: "... led by his brother,
    // Prince Aghatise Erediauwa. The prince said"; `LINK_SKIP=lowertitles`.)
    const lowerRun = !isCap(toks[i]!.text) && lower[i - 1] === "the" && !SKIP_LOWER_TITLES;
    if (!isTitleWord(i) || (!isCap(toks[i]!.text) && !lowerRun)) continue;
    let end = i;
    while (end + 1 < toks.length && sameSentence(end + 1, i) && isTitleWord(end + 1) && isCap(toks[end + 1]!.text) !== lowerRun) end++;
    const runStart = i;
    i = end;
    if (!HEADS.has(lower[end]!) || (end === runStart && NEEDS_MODIFIER.has(lower[end]!))) continue;
    const own = appositionAt.get(runStart);
    // (A lower-case apposition is a description of the name before it, no mention of its own.)
    if (own && lowerRun) continue;
    if (own && own.span![1] === end) {
      const start = toks[runStart]!.start, stop = toks[end]!.end;
      if (!taken(start, stop)) out.push({ cluster: own.cluster, cand: { start, end: stop, text: tok.text.slice(start, stop), type: "person", source: "rule", kind: "role" } });
      continue;
    }
    const next = toks[end + 1];
    const possessive = !!next && sameSentence(end + 1, runStart) && isPossessive(next.text);
    // (Not the post itself: "the mayor's race", "the president's job"; `LINK_SKIP=postnoun`.)
    if (possessive && !SKIP_POST_NOUN && POST_NOUNS.has(lower[end + 2] ?? "")) continue;
    if (next && sameSentence(end + 1, runStart) && !possessive) {
      // A name after the title makes it part of that name's phrase; a complement ("the President of
      // France", "the Senator from this State") says whose title it is, possibly another holder's.
      if (isWord(next.text) && isCap(next.text)) continue;
      // ("He accused the First Minister of "governing by press release"": what someone is accused of; `ofgerund`.)
      // (Only after a verb of accusing: "The minister of mining, X," is a post's complement.)
      const accuser = lower.slice(Math.max(0, runStart - 4), runStart).some((w) => ACCUSING.test(w));
      // (Nor a field's noun in -ing: "the director of nursing", "the minister of mining".)
      const accusedOf = !SKIP_OF_GERUND && accuser && lower[end + 1] === "of" && (/^["“‘']$/.test(toks[end + 2]?.text ?? "") || (/^\p{Ll}+ing$/u.test(toks[end + 2]?.text ?? "") && !FIELD_NOUNS_ING.test(lower[end + 2]!) && lower[end + 3] !== "of"));
      if (COMPLEMENT.has(lower[end + 1]!) && !accusedOf) continue;
    }
    const q = qualifierBefore(runStart, runStart);
    if (q === false) continue;
    // A bare title must be definite: "the (US) President", or a possessor ("Labour's Shadow Home
    // Secretary"), or the possessor itself ("Prime Minister's Questions"). "a President", "as President"
    // name a role, not a person.
    const qualifierTokens = q === undefined ? 0 : isPossessive(toks[runStart - 1]!.text) ? 2 : 1;
    const det = lower[runStart - 1 - qualifierTokens];
    // ("Mr. President, as a Nobel Peace Prize recipient, ...": the one addressed, definite as "the"; `vocative`.)
    // (Not inside a quotation, where it addresses whoever chairs: '"Mr. Speaker, this rule is a sham," McGovern said'.)
    // (Opening its sentence, or after a quotation mark or a comma: not a nickname, "known simply as Mr.
    // President".)
    const mr = lower[runStart - 1] === "." ? runStart - 2 : runStart - 1;
    const opensHere = !sameSentence(mr - 1, mr) || /^[,"“‘'(]$/.test(toks[mr - 1]?.text ?? "");
    const vocative = !SKIP_VOCATIVE && q === undefined && opensHere && !insideQuotation(tok.text, toks[runStart]!.start) && (/^(?:mr|madam|madame|mister)$/.test(lower[runStart - 1] ?? "") || (lower[runStart - 1] === "." && lower[runStart - 2] === "mr")) && /^[,?!.]$/.test(toks[end + 1]?.text ?? "");
    const definite = det === "the" || vocative || (q !== undefined && qualifierTokens === 2);
    const prev = lower[runStart - 1];
    if (!definite && !(possessive && q === undefined && prev !== "a" && prev !== "an" && prev !== "as")) continue;
    const start = toks[runStart]!.start, stop = toks[end]!.end;
    if (taken(start, stop)) continue;
    const key = lower.slice(runStart, end + 1).join(" ");
    let fitting = holders.filter((h) => h.key === key && (q === undefined || h.qualifier === q));
    // (A capitalised bare title is the one holder whom a capitalised title introduced, rather than a
    // body's officer named by its pronoun: "under President Luis Arce ... Its president, Hernán Vargas
    // Llanos, ... 'The President owes the country an explanation'"; `ownofficer`.)
    if (!SKIP_OWN_OFFICER && isCap(toks[runStart]!.text) && new Set(fitting.map((h) => h.cluster)).size > 1) {
      const heads = fitting.filter((h) => !h.ownOfficer);
      if (heads.length && heads.length < fitting.length) fitting = heads;
    }
    if (!fitting.length && !SKIP_PORTFOLIO_HEAD && q === undefined && (key === "minister" || key === "secretary")) {
      fitting = holders.filter((h) => { const w = h.key.split(" "); return (w.length === 2 && w[1] === key && PORTFOLIOS.has(w[0]!)) || (!SKIP_HEAD_FOR && w.length >= 3 && w[0] === key && (w[1] === "for" || w[1] === "of")); });
      // (Only where no other person stands by that word: "India's commerce minister Piyush Goyal",
      // "Ukraine's minister for strategic industries, Herman Smetanin", "Deputy Minister David Masondo".)
      // (Nor where the text writes another kind of minister, named or not: "China's commerce minister
      // told him", "The church minister who led the prayer".)
      const others = new Set(fitting.map((h) => h.cluster));
      const own = new Set(fitting.map((h) => h.key.split(" ")[0]!));
      // (A holder's own "minister for housing" is no other kind.)
      const heldAt = (t: number) => fitting.some((h) => lower.slice(t, t + h.key.split(" ").length).join(" ") === h.key);
      const otherKind = lower.some((w, t) => w === key && isWord(toks[t - 1]?.text ?? "") && !heldAt(t) && !/^(?:the|a|an|prime|first|chief|as|and|or)$/.test(lower[t - 1]!) && !own.has(lower[t - 1]!) && !isPossessive(toks[t - 1]!.text) && !/['’]s$/.test(toks[t - 1]!.text));
      if (others.size === 1 && (otherKind || namedNear(key, [...others][0]!))) fitting = [];
    }
    let fits = new Set(fitting.map((h) => h.cluster));
    // (Of a holder and the successor named before this mention, the successor.)
    const successor = fitting.find((h) => h.replaces && h.at < start && fits.has(h.replaces));
    if (fits.size === 2 && successor) fits = new Set([successor.cluster]);
    // (Of several holders, the one named in this sentence or the one before, where no other is: "President
    // Peter Mutharika declared ... '...,' said Mutharika. The President added"; capitalised only;
    // `LINK_SKIP=nearholder`.)
    if (fits.size > 1 && !SKIP_NEAR_HOLDER && isCap(toks[runStart]!.text)) {
      const sentence = toks[runStart]!.sentence;
      const near = [...fits].filter((c) => c.members.some((m) => { const k = byStart.get(m.start); return m.start < start && k !== undefined && toks[k]!.sentence >= sentence - 1; }));
      if (near.length === 1) fits = new Set(near);
    }
    // (Of several holders, the one the article names with no country or nationality, where every other
    // has one: "President Touadéra ... Angolan President João Lourenço ... the President said" is the
    // article's own president; `LINK_SKIP=homeholder`.)
    // (Only where every holder is introduced as someone acting, not after a preposition or a possessive
    // ("the grave of President John Magufuli", "named after President Jomo Kenyatta", "DR Congo's
    // President"), none has "of" and a place after the name ("President Emmanuel Macron of France"),
    // and the title is not inside a quotation.)
    // (Nor a possessive title, the office's: "the President's office in Ankara said".)
    if (fits.size > 1 && !SKIP_HOME_HOLDER && q === undefined && isCap(toks[runStart]!.text) && !insideQuotation(tok.text, start) && !possessive && fitting.every((h) => introducedActing(h))) {
      const plain = [...fits].filter((c) => fitting.some((h) => h.cluster === c && !h.qualifier && h.at < start) && !fitting.some((h) => h.cluster !== c && !h.qualifier));
      if (plain.length === 1) fits = new Set(plain);
    }
    if (fits.size !== 1) continue;
    // Anaphora only: a bare title before anyone was introduced with it is usually the office in general
    // ("The President has that pulpit", said by a candidate) or someone the reader is meant to know.
    // (But a capitalised title in the lead that the next paragraphs, not its own, give its holder is that person: "The
    // Taoiseach has rejected claims ... \n\n Speaking in the Dáil, Taoiseach Ciarán Ó Dálaigh said";
    // not inside a quotation; `LINK_SKIP=leadtitle`.)
    const paragraph = toks[runStart]!.paragraph;
    const from = tok.paragraphs[paragraph + 1]?.start ?? Infinity, to = tok.paragraphs[paragraph + 3]?.start ?? Infinity;
    const lead = !SKIP_LEAD_TITLE && isCap(toks[runStart]!.text) && paragraph <= 1 && !insideQuotation(tok.text, start) && fitting.some((h) => h.at >= from && h.at < to);
    if (!fitting.some((h) => h.at < start) && !lead) continue;
    if (fitting.every((h) => h.bodyOfficer) && insideQuotation(tok.text, start)) continue;
    const cluster = [...fits][0]!;
    out.push({ cluster, cand: { start, end: stop, text: tok.text.slice(start, stop), type: "person", source: "rule", kind: "role" } });
  }
  return out;
}
