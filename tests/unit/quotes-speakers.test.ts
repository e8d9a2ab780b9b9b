/**
 * Speakers beyond a single named entity: groups and bodies, "they", the title phrase a speaker is
 * introduced with, and a quotation that goes on from a reporting sentence. Real news sentences; the
 * mentions are what the NER and linking stages give (names only, honorifics and titles outside).
 */
import { describe, expect, it } from "vitest";
import type { Entity, EntityType, Mention, Quote } from "../../src/annotator/model.ts";
import { annotate } from "../../src/annotator/annotate.ts";
import { annotateQuotes } from "../../src/annotator/quotes/index.ts";
import { tokenize } from "../../src/annotator/tokenize.ts";

type Spec = [string, string, EntityType];

function run(text: string, specs: Spec[] = []): Quote[] {
  const mentions: Mention[] = [];
  for (const [surface, entityId, type] of specs) {
    const re = new RegExp(`(?<![\\p{L}])${surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "gu");
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      if (mentions.some((o) => start < o.end && o.start < start + surface.length)) continue;
      mentions.push({ start, end: start + surface.length, text: surface, entityId, type, kind: "name", source: "rule" });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const entities: Entity[] = [...new Map(mentions.map((m) => [m.entityId, m])).values()].map((m) => ({ id: m.entityId, name: m.text, type: m.type, aliases: [], roles: [], inRegistry: false }));
  return annotateQuotes(tokenize(text), mentions, entities, {});
}

const quoteOf = (quotes: Quote[], prefix: string): Quote => {
  const q = quotes.find((x) => x.text.slice(1).startsWith(prefix));
  if (!q) throw new Error(`no quote starting ${JSON.stringify(prefix)} in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
};
const slice = (text: string, span: { start: number; end: number } | null | undefined) => (span ? text.slice(span.start, span.end) : null);

const names: Spec[] = [
  ["Rodaba Noori", "rodaba-noori", "person"],
  ["Enver Solomon", "enver-solomon", "person"],
  ["Refugee Council", "refugee-council", "organization"],
  ["Sky News", "sky-news", "organization"],
  ["Toccafondi", "toccafondi", "person"],
  ["Anna Smith", "anna-smith", "person"],
  ["John Brown", "john-brown", "person"],
  ["London", "london", "place"],
  ["Colette Heald", "colette-heald", "person"],
  ["Heald", "colette-heald", "person"],
  ["The Huffington Post", "huffington-post", "organization"],
  ["Kremlin", "kremlin", "organization"],
  ["Russia", "russia", "place"],
  ["Moscow", "moscow", "place"],
  ["Home Office", "home-office", "organization"],
  ["Boswell", "caitlin-boswell", "person"],
  ["Sybiha", "andrii-sybiha", "person"],
  ["Goldman Sachs", "goldman-sachs", "organization"],
];

describe("group and organisation speakers", () => {
  it.each([
    // [sentence, quote prefix, group phrase, head]
    ["In a statement, the foreign ministers of the countries present said Russia “has not shown any serious intent to make progress”.", "has not shown", "the foreign ministers of the countries present", "ministers"],
    ["Officials said the bridge would stay closed “until the inspection is complete”.", "until the inspection", "Officials", "Officials"],
    ["The report's authors say iodine deficiency is \"the sleeper health issue in Australia\", and potentially a very serious one.", "the sleeper", "The report's authors", "authors"],
    ["A leaked internal letter seen by Sky News says \"failure to return the questionnaire may result in an individual's claim being withdrawn\", but the government will send a reminder.", "failure to return", "A leaked internal letter seen by Sky News", "letter"],
    ["The Home Office letter reads \"we may extend the use of the questionnaire in due course\", but no current plans exist.", "we may extend", "The Home Office letter", "letter"],
    ["Russia must show “without delay” it is willing to broker peace in Ukraine, Kyiv’s leading European allies have said.", "without delay", "Kyiv’s leading European allies", "allies"],
    ["The bridge will stay closed “until the inspection is complete”, according to officials.", "until the inspection", "officials", "officials"],
    ["“We have seen no evidence of that,” said one official.", "We have seen", "one official", "official"],
    ["The team said: “We are proud of what the girls achieved this year.”", "We are proud", "The team", "team"],
    ["\"We will respond in due course,\" a spokesperson for the ministry said.", "We will respond", "a spokesperson for the ministry", "spokesperson"],
    ["Critics say the bill is \"a disaster for renters\".", "a disaster", "Critics", "Critics"],
    ["Scientists have long warned that the reef is \"in serious danger\".", "in serious danger", "Scientists", "Scientists"],
    ["\"It's a disaster for the whole town,\" said residents of the village.", "It's a disaster", "residents of the village", "residents"],
    ["Analysts at Goldman Sachs wrote that the market was \"deeply oversold\".", "deeply oversold", "Analysts at Goldman Sachs", "Analysts"],
    ["The government said the figures were \"encouraging\", while the opposition called them \"a disgrace\".", "a disgrace", "the opposition", "opposition"],
  ])("%s", (text, prefix, phrase, head) => {
    const q = quoteOf(run(text, names), prefix);
    expect(q.kind).toBe("speech");
    expect(q.speakerEntityId).toBeNull();
    expect(q.speakerGroup?.text).toBe(phrase);
    expect(slice(text, q.speakerGroup?.head)).toBe(head);
    expect(slice(text, q.speakerMention)).toBe(phrase);
  });

  it("a role description goes to the person last introduced with that title (\"the Connecticut senator said\")", () => {
    const text = "Democratic Senator Chris Murphy criticised the speech. \"This was a dark vision,\" the Connecticut senator said in a statement. \"We will fight,\" the mayor said.";
    const quotes = run(text, [["Chris Murphy", "chris-murphy", "person"], ["Connecticut", "connecticut", "place"]]);
    const q = quoteOf(quotes, "This was");
    expect(q.speakerEntityId).toBe("chris-murphy");
    expect(slice(text, q.speakerMention)).toBe("the Connecticut senator");
    // No mayor was introduced: the description is no one's.
    expect(quoteOf(quotes, "We will").speakerEntityId).toBeNull();
  });

  it("a description with a body's name inside is that body (\"The IG Metall union called\")", () => {
    const text = "German carmaker Volkswagen agreed to cut 35,000 jobs. The IG Metall union called the deal \"painful but necessary\". The Texas city said \"we are ready\".";
    const quotes = run(text, [["Volkswagen", "volkswagen", "organization"], ["IG Metall", "ig-metall", "organization"], ["Texas", "texas", "place"]]);
    expect(quoteOf(quotes, "painful").speakerEntityId).toBe("ig-metall");
    // A place inside a place description is where it lies, not the speaker.
    expect(quoteOf(quotes, "we are").speakerEntityId).not.toBe("texas");
  });

  it("attributes to the organisation when a name stands for it (\"the Kremlin said\")", () => {
    const text = "The Kremlin said the proposal was “a provocation” and would be rejected.";
    const q = run(text, names)[0]!;
    expect(q.speakerEntityId).toBe("kremlin");
    expect(q.speakerGroup).toBeNull();
  });

  it("takes a name the recogniser missed after \"the\" as a body (\"the Pentagon said\")", () => {
    const text = "The Pentagon said on Friday that the strike had been “entirely lawful”.";
    const q = run(text, [])[0]!;
    expect(q.speakerEntityId).toBeNull();
    expect(q.speakerGroup?.text).toBe("The Pentagon");
  });

  it("resolves \"they\" to the group that spoke last, through more than one quotation", () => {
    const text =
      "In a statement released after talks at Lancaster House, the foreign ministers of the countries present said Russia “has not shown any serious intent to make progress”.\n\n" +
      "In an effort to pile pressure on Mr Putin, they added: “It must do so without delay.”\n\n" +
      "Peace will only last if “Ukraine is able to deter and defend against any future Russian attack”, they added.";
    const quotes = run(text, names);
    for (const prefix of ["It must do so", "Ukraine is able"]) {
      const q = quoteOf(quotes, prefix);
      expect(q.speakerEntityId).toBeNull();
      expect(q.speakerGroup?.text).toBe("the foreign ministers of the countries present");
      expect(slice(text, q.speakerMention)).toBe("they");
    }
  });

  it("resolves \"they\" to a plural subject that opens an earlier sentence", () => {
    const text = "The ministers met the Kremlin envoy on Monday. “It must stop without delay,” they added.";
    const q = run(text, names)[0]!;
    expect(q.speakerGroup?.text).toBe("The ministers");
  });

  it("gives \"they\" no group when none was named, and never a single person", () => {
    const text = "Anna Smith arrived in Brussels on Monday. “It must stop without delay,” they added.";
    const q = run(text, names)[0]!;
    expect(q.speakerEntityId).toBeNull();
    expect(q.speakerGroup).toBeNull();
  });

  it("lets a role description go on with the person who was just quoted", () => {
    const text = "\"I am not going to resign,\" John Brown told the BBC. \"I have a mandate,\" the former prime minister added.";
    const quotes = run(text, names);
    expect(quotes.map((q) => q.speakerEntityId)).toEqual(["john-brown", "john-brown"]);
    expect(slice(text, quotes[1]!.speakerMention)).toBe("the former prime minister");
    // With no one quoted just before, the description stays words only.
    const alone = "The talks ended on Monday. \"I have a mandate,\" the former prime minister added.";
    const q = run(alone, names)[0]!;
    expect(q.speakerEntityId).toBeNull();
    expect(q.speakerGroup?.text).toBe("the former prime minister");
  });

  it("finds no speaker in a passive (\"the ministers were told\")", () => {
    const text = "The ministers were told that the plan was “dead in the water”.";
    const q = run(text, names)[0]!;
    expect(q.speakerEntityId).toBeNull();
    expect(q.speakerGroup).toBeNull();
  });

  it("keeps a group for a quotation that continues with no new cue", () => {
    const text = "“The climate projections are quite consistent,” the researchers said. “The future of ozone pollution is very different.”";
    const quotes = run(text, names);
    expect(quotes.map((q) => q.speakerGroup?.text)).toEqual(["the researchers", "the researchers"]);
  });
});

describe("the speaker's title phrase", () => {
  it.each([
    ["“We are so interested because we find a big chance,” team member Rodaba Noori told the press.", "We are so", "rodaba-noori", "team member Rodaba Noori", "Rodaba Noori"],
    ["After the leak, CEO of the Refugee Council Enver Solomon told Sky News any process “must be well thought out”.", "must be well", "enver-solomon", "CEO of the Refugee Council Enver Solomon", "Enver Solomon"],
    ["Undersecretary for Education Mr. Toccafondi says \"many schools will increase their fees or they will quit\".", "many schools", "toccafondi", "Undersecretary for Education Mr. Toccafondi", "Toccafondi"],
    ["As coauthor Colette Heald told The Huffington Post, \"The climate projections are quite consistent.\"", "The climate", "colette-heald", "coauthor Colette Heald", "Colette Heald"],
  ])("%s", (text, prefix, speaker, phrase, mention) => {
    const q = quoteOf(run(text, names), prefix);
    expect(q.speakerEntityId).toBe(speaker);
    expect(slice(text, q.speakerPhrase)).toBe(phrase);
    // The mention itself stays the bare name.
    expect(slice(text, q.speakerMention)).toBe(mention);
  });

  it.each([
    ["In London Anna Smith said: “We made real progress today.”", "anna-smith"], // a place, not a title
    ["“We made real progress today,” Anna Smith said.", "anna-smith"],
    ["Yesterday Anna Smith said: “We made real progress today.”", "anna-smith"],
  ])("no title phrase: %s", (text, speaker) => {
    const q = run(text, names)[0]!;
    expect(q.speakerEntityId).toBe(speaker);
    expect(q.speakerPhrase).toBeNull();
  });
});

describe("a quotation after a sentence that reports speech", () => {
  it("keeps the reporting sentence's speaker", () => {
    const text = "Heald noted the findings show pollution reduction is also important. \"An air-quality cleanup would improve crop yields.\"\n\nAs Heald told The Huffington Post, US surface ozone has dropped partly due to the Clean Air Act. \"Despite an increase in vehicle miles driven, surface ozone has declined by 25 percent.\"";
    const quotes = run(text, names);
    expect(quotes.map((q) => q.speakerEntityId)).toEqual(["colette-heald", "colette-heald"]);
    expect(quotes[0]!.cue).toBe("noted");
  });

  it("does not reach over a sentence that reports nothing", () => {
    const text = "Anna Smith visited the plant on Monday. \"Iodine deficiency is the sleeper health issue in Australia.\"";
    const q = run(text, names)[0]!;
    expect(q.kind).toBe("speech");
    expect(q.speakerEntityId).toBeNull();
  });

  it("does not apply when more of the writer's own text follows the quotation", () => {
    const text = "Anna Smith said the plan had failed. \"It is over,\" a voice shouted from the back of the hall, and the meeting ended.";
    const q = run(text, names)[0]!;
    expect(q.speakerEntityId).toBeNull();
  });
});

describe("pronoun speakers: gender and number", () => {
  const people: Spec[] = [
    ["Ursula von der Leyen", "ursula-von-der-leyen", "person"],
    ["Volodymyr Zelensky", "volodymyr-zelensky", "person"],
    ["Zelensky", "volodymyr-zelensky", "person"],
    ["Donald Trump", "donald-trump", "person"],
    ["Kaja Kallas", "kaja-kallas", "person"],
  ];

  it("takes the gender of a first name given to one sex only", () => {
    const he = "Ursula von der Leyen met Volodymyr Zelensky in Brussels on Monday. \"Europe stands with us,\" he told reporters.";
    expect(run(he, people)[0]!.speakerEntityId).toBe("volodymyr-zelensky");
    const she = "Donald Trump spoke to Kaja Kallas by phone. \"It was a good call,\" she said.";
    expect(run(she, people)[0]!.speakerEntityId).toBe("kaja-kallas");
  });

  it("reads an irregular past tense after a name as its verb, so the name stays the subject", () => {
    // "Zelensky met ..." is the subject, not a modifier of a noun "met" ("Panama coach").
    // Neither name tells a gender ("Andrii" is not in the first-name lists): only the syntax decides.
    const text = "Zelensky met Andrii Sybiha in Kyiv. \"Europe stands with us,\" he wrote on Telegram.";
    expect(run(text, [...people, ["Andrii Sybiha", "andrii-sybiha", "person"]])[0]!.speakerEntityId).toBe("volodymyr-zelensky");
  });
});

describe("nested, partial and pronoun cases", () => {
  it("attributes a quotation with a quotation inside it to the outer speaker", () => {
    const text = "“He told me ‘never again’, and I believed him,” Anna Smith said.";
    const quotes = run(text, names);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speakerEntityId).toBe("anna-smith");
  });

  it("gives a partial quote inside reported speech the speaker of the report", () => {
    const text = "Anna Smith pledged to ramp up sanctions further if Moscow “turns its back on peace”.";
    const q = run(text, names)[0]!;
    expect(q.partial).toBe(true);
    expect(q.speakerEntityId).toBe("anna-smith");
  });

  it("never takes a name inside the quotation as the pronoun's antecedent", () => {
    const text = "Anna Smith spoke after the vote. “John Brown was right about the budget,” she said.";
    expect(run(text, names)[0]!.speakerEntityId).toBe("anna-smith");
  });

  it("resolves \"he\" to the previous sentence's subject, not to a later name in it", () => {
    const text = "Ukraine’s foreign affairs minister Andrii Sybiha joined the meeting with Anna Smith via a video call. “Russia must stop its attacks,” he said in a post on X.";
    const quotes = run(text, [["Andrii Sybiha", "andrii-sybiha", "person"], ["Anna Smith", "anna-smith", "person"]]);
    // No gender is known for either: the subject comes before the object.
    expect(quotes[0]!.speakerEntityId).toBe("andrii-sybiha");
    expect(quotes[0]!.cue).toBe("said");
  });

  it("takes the subject before the quotation in its own sentence as the pronoun's antecedent", () => {
    const text = 'Sarah Jones spoke first. Her husband, Tom Jones, was less sure: "We will see," he said.';
    const quotes = run(text, [["Sarah Jones", "sarah-jones", "person"], ["Tom Jones", "tom-jones", "person"]]);
    expect(quoteOf(quotes, "We will see").speakerEntityId).toBe("tom-jones");
  });

  it("lets a pronoun overrule a first-name list for the one person named just before, and only then", () => {
    // "Gabriele" is listed as a man's name (it is an Italian man's and a German woman's).
    const one = 'Gabriele Schmitt dismissed the announcement. "This is a surrender," she told the BBC.';
    expect(quoteOf(run(one, [["Gabriele Schmitt", "gabriele-schmitt", "person"], ["BBC", "bbc", "organization"]]), "This is").speakerEntityId).toBe("gabriele-schmitt");
    // Two people named before: the list is not overruled on a guess.
    const two = 'Gabriele Schmitt met Mark Carney. "This is a surrender," she told the BBC.';
    expect(quoteOf(run(two, [["Gabriele Schmitt", "gabriele-schmitt", "person"], ["Mark Carney", "mark-carney", "person"]]), "This is").speakerEntityId).toBeNull();
    // A person of the pronoun's gender further back still wins over the overruled list.
    const three = 'Jane Smith spoke. Gabriele Schmitt listened. "This is a surrender," she said.';
    expect(quoteOf(run(three, [["Jane Smith", "jane-smith", "person"], ["Gabriele Schmitt", "gabriele-schmitt", "person"]]), "This is").speakerEntityId).toBe("jane-smith");
  });

  it("does not take a party modifying a member's title for the speaker", () => {
    const text = '"It is a gamble," said one Labour MP. "It is hard," said Labour MP Clive Lewis. "We played well," said Panama coach Hernan Gomez.';
    const quotes = run(text, [["Labour", "labour", "organization"], ["Clive Lewis", "clive-lewis", "person"], ["Panama", "panama", "place"], ["Hernan Gomez", "hernan-gomez", "person"]]);
    expect(quoteOf(quotes, "It is a gamble").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "It is hard").speakerEntityId).toBe("clive-lewis");
    expect(quoteOf(quotes, "We played well").speakerEntityId).toBe("hernan-gomez");
  });

  it("gives a spokesperson's words to the body they speak for, before or after the verb", () => {
    const text = '"It is wrong," said a Kremlin spokesman. An Amazon spokesperson said the lawsuit was "wrong on the facts". "It is a gamble," said one Labour MP.';
    const quotes = run(text, [["Kremlin", "kremlin", "organization"], ["Amazon", "amazon", "organization"], ["Labour", "labour", "organization"]]);
    expect(quoteOf(quotes, "It is wrong").speakerEntityId).toBe("kremlin");
    expect(quoteOf(quotes, "wrong on the facts").speakerEntityId).toBe("amazon");
    expect(quoteOf(quotes, "It is a gamble").speakerEntityId).toBeNull();
  });
  it("gives a nationality or a standing to the one person it can be, and to nobody on a guess", () => {
    const text = [
      'Max Verstappen, 24 points behind Oscar Piastri, was typically blunt. "We were too slow," the Dutchman said.',
      'Lewis Hamilton had another difficult weekend. "I had no grip at all," the seven-time champion said.',
      'Carlos Alcaraz beat Jannik Sinner in four sets. "It was a tough match," the Italian said.',
      'Spaniard Carlos Alcaraz beat Jannik Sinner again. "It was a tougher match," the Italian said.',
    ].join("\n\n");
    const quotes = run(text, [["Max Verstappen", "max-verstappen", "person"], ["Oscar Piastri", "oscar-piastri", "person"], ["Lewis Hamilton", "lewis-hamilton", "person"], ["Carlos Alcaraz", "carlos-alcaraz", "person"], ["Jannik Sinner", "jannik-sinner", "person"]]);
    expect(quoteOf(quotes, "We were too slow").speakerEntityId).toBe("max-verstappen");
    expect(quoteOf(quotes, "I had no grip").speakerEntityId).toBe("lewis-hamilton");
    // Either player may be "the Italian": no speaker rather than a wrong one.
    expect(quoteOf(quotes, "It was a tough match").speakerEntityId).toBeNull();
    // The text made the other player Spanish.
    expect(quoteOf(quotes, "It was a tougher match").speakerEntityId).toBe("jannik-sinner");
  });

  it("gives a player's description to the one person the sentences before are about, in a text about sport only", () => {
    const text = [
      'Alexander Isak scored a late goal in the league match. Isak said the squad would bounce back quickly.',
      '"We have a big game on Wednesday," the Swedish striker said.',
      'Scottie Barnes had 27 points and nine assists. Barnes agreed. "We have to learn to play 48 minutes," the forward told reporters.',
      'Ruben Amorim was diplomatic. "I wish him all the best," the Portuguese coach said.',
    ].join("\n\n");
    const quotes = run(text, [["Alexander Isak", "alexander-isak", "person"], ["Isak", "alexander-isak", "person"], ["Scottie Barnes", "scottie-barnes", "person"], ["Barnes", "scottie-barnes", "person"], ["Ruben Amorim", "ruben-amorim", "person"]]);
    expect(quoteOf(quotes, "I wish him").speakerEntityId).toBe("ruben-amorim");
    expect(quoteOf(quotes, "We have a big game").speakerEntityId).toBe("alexander-isak");
    expect(quoteOf(quotes, "We have to learn").speakerEntityId).toBe("scottie-barnes");
    // A flight's captain is its pilot, whom the text need not name.
    const flight = 'Passenger Jane Doe said the plane shook for ten minutes. "Please remain seated," the captain said.';
    expect(quoteOf(run(flight, [["Jane Doe", "jane-doe", "person"]]), "Please remain").speakerEntityId).toBeNull();
  });

  it("gives paragraphs that are wholly a quotation to the person the paragraph before ends on, named or as 'she'", () => {
    const text = [
      "The first witness, Carlos Muñoz, a retired schoolteacher, read from a prepared statement.",
      '"In 2009 we noticed the first cracks in the car park.',
      '"We wrote to the council. We wrote to the ministry."',
      "Muñoz paused several times and was offered a break by the chair, which he declined.",
      "The inquiry also heard from Isabel Reyes, whose son was killed. She said she had been at work that night.",
      '"My son called me at ten o\'clock. I told him to go to bed."',
      "Officials said the report was damning. The mayor's office did not comment, while Bo Lind said nothing.",
      '"The council failed in its duty of care."',
    ].join("\n\n");
    const quotes = run(text, [["Carlos Muñoz", "carlos-munoz", "person"], ["Muñoz", "carlos-munoz", "person"], ["Isabel Reyes", "isabel-reyes", "person"], ["Bo Lind", "bo-lind", "person"]]);
    expect(quoteOf(quotes, "In 2009").speakerEntityId).toBe("carlos-munoz");
    expect(quoteOf(quotes, "My son called").speakerEntityId).toBe("isabel-reyes");
    // Words said to someone are followed by that someone's own.
    const told = 'The inquiry chair, Dame Helen Marsh, told her she could take a break.\n\n"I wrote to the director of nursing in March."';
    expect(quoteOf(run(told, [["Helen Marsh", "helen-marsh", "person"]]), "I wrote").speakerEntityId).toBeNull();
    // The paragraph before ends on someone who said nothing quoted: no one.
    expect(quoteOf(quotes, "The council failed").speakerEntityId).toBeNull();
  });

  it("gives a quotation after a sentence that ends on someone's reaction to that person; 'she' after a relative named with a title is the relative", () => {
    const text = [
      "Carla Denham said she would make renting her first priority. Asked whether she was surprised by the margin, she laughed. \"Surprised? I was sick twice in the car park.\"",
      "Margaret Reid died on Sunday. Her daughter, Dr Ngozi Reid, followed her into medicine. \"Mum never told me to become a doctor,\" she said.",
    ].join("\n\n");
    const quotes = run(text, [["Carla Denham", "carla-denham", "person"], ["Margaret Reid", "margaret-reid", "person"], ["Ngozi Reid", "ngozi-reid", "person"]]);
    expect(quoteOf(quotes, "Surprised?").speakerEntityId).toBe("carla-denham");
    expect(quoteOf(quotes, "Mum never").speakerEntityId).toBe("ngozi-reid");
  });

  it("a person the quotation names is not its 'she'; the quotation after the cue has the same speaker; a reaction closing the paragraph before speaks the paragraphs after", () => {
    const text = [
      "Miriam Adeyemi runs the lab. That supervisor was Alistair Reid, who died in 2019.",
      "Reid's influence is everywhere. A photograph of him hangs above her desk.",
      "\"Alistair once told me to publish early,\" she says. \"I think about that every day.\"",
      "Adeyemi takes the criticism in her stride. Asked about the comments, she smiles.",
      "\"Tom is right, and he knows I think he is right. We argue about this every time we meet.",
      "\"What I would say is that every industrial process started as somebody's strange little experiment.",
      "\"So give us ten years. Then come back and ask me again.\"",
    ].join("\n\n");
    const quotes = run(text, [["Miriam Adeyemi", "miriam-adeyemi", "person"], ["Adeyemi", "miriam-adeyemi", "person"], ["Alistair Reid", "alistair-reid", "person"], ["Reid", "alistair-reid", "person"], ["Alistair", "alistair-reid", "person"]]);
    expect(quoteOf(quotes, "Alistair once").speakerEntityId).toBe("miriam-adeyemi");
    expect(quoteOf(quotes, "I think about").speakerEntityId).toBe("miriam-adeyemi");
    expect(quoteOf(quotes, "Tom is right").speakerEntityId).toBe("miriam-adeyemi");
  });

  it("a reaction may take a part of the body or words before it, and a paragraph's last reaction speaks the paragraphs after", () => {
    const text = [
      "Asked whether the heat had played a role, Coco Gauff shook her head. \"It was the same for both of us.\"",
      "Lee Sang-woo appeared briefly outside the court. He bowed.",
      "\"I apologise to the people for the concern this matter has caused.",
      "\"We will cooperate fully with the prosecutors.\"",
      "Asked about the report, Grace Kamau paused, then smiled. \"Someone has to watch the money.\"",
    ].join("\n\n");
    const quotes = run(text, [["Coco Gauff", "coco-gauff", "person"], ["Lee Sang-woo", "lee-sang-woo", "person"], ["Grace Kamau", "grace-kamau", "person"]]);
    expect(quoteOf(quotes, "It was the same").speakerEntityId).toBe("coco-gauff");
    expect(quoteOf(quotes, "I apologise").speakerEntityId).toBe("lee-sang-woo");
    expect(quoteOf(quotes, "Someone has to").speakerEntityId).toBe("grace-kamau");
  });

  it("'the Belarusian' is the player the text gave as 'of Belarus', not the winner of the sentence before", () => {
    const text = "Coco Gauff beat Aryna Sabalenka of Belarus in the final. \"I made so many mistakes,\" the Belarusian said.";
    const quotes = run(text, [["Coco Gauff", "coco-gauff", "person"], ["Aryna Sabalenka", "aryna-sabalenka", "person"], ["Belarus", "belarus", "place"]]);
    expect(quoteOf(quotes, "I made").speakerEntityId).toBe("aryna-sabalenka");
  });

  it("'the company' is the company the story is about, not a firm or union named last", () => {
    const text = [
      "Halvorsen Shipping founder steps down",
      "Erik Halvorsen, who built Halvorsen Shipping, is to retire, the company said. His daughter once worked at McKinsey & Company.",
      "Halvorsen Shipping said the board backed her after a search led by the headhunting firm Spencer Stuart. \"The board considered a strong field,\" the company said.",
      "The Norwegian Seafarers' Union called for guarantees on jobs. The company said it had \"no plans\" for redundancies.",
    ].join("\n\n");
    const quotes = run(text, [["Halvorsen Shipping", "halvorsen-shipping", "organization"], ["Erik Halvorsen", "erik-halvorsen", "person"], ["McKinsey & Company", "mckinsey", "organization"], ["Spencer Stuart", "spencer-stuart", "organization"], ["Norwegian Seafarers' Union", "nsu", "organization"]]);
    expect(quoteOf(quotes, "The board").speakerEntityId).toBe("halvorsen-shipping");
    expect(quoteOf(quotes, "no plans").speakerEntityId).toBe("halvorsen-shipping");
  });

  it("'X himself was more measured. \"...,\" the defender said' is X, not the manager quoted before", () => {
    const text = "Riverside Athletic came from behind to beat Kingsbridge 2-1 on Saturday, with a stoppage-time header deciding the match. The goal ended a run of five league matches without a win, and the striker has now scored in three matches.\n\nThe Kingsbridge manager, Alan Whitcombe, was furious about the winner. \"It's a foul all day long,\" Whitcombe said.\n\nOkoro himself was more measured. \"I felt something, but that's football,\" the defender said.";
    const quotes = run(text, [["Kingsbridge", "kingsbridge", "organization"], ["Alan Whitcombe", "alan-whitcombe", "person"], ["Whitcombe", "alan-whitcombe", "person"], ["Okoro", "daniel-okoro", "person"]]);
    expect(quoteOf(quotes, "I felt").speakerEntityId).toBe("daniel-okoro");
  });

  it("'the teenager' is the person the text gave an age under 20, never one it gave another age", () => {
    const text = "Marcus Bell, 29, crossed and the substitute Tomás Rivera swept the ball in. Rivera, 19, was making only his third appearance.\n\n\"I just told myself to stay calm,\" the teenager said.";
    const quotes = run(text, [["Marcus Bell", "marcus-bell", "person"], ["Tomás Rivera", "tomas-rivera", "person"], ["Rivera", "tomas-rivera", "person"]]);
    expect(quoteOf(quotes, "I just told").speakerEntityId).toBe("tomas-rivera");
  });

  it("a pronoun after a subordinator goes to the possessor of its own sentence before the sentence before", () => {
    const text = "Referee Paul Hinds did not speak to the media. The Football Association will review Whitcombe's comments, after he described the officiating as \"a disgrace from start to finish\".";
    const quotes = run(text, [["Paul Hinds", "paul-hinds", "person"], ["Football Association", "fa", "organization"], ["Whitcombe", "alan-whitcombe", "person"]]);
    expect(quoteOf(quotes, "a disgrace").speakerEntityId).toBe("alan-whitcombe");
  });

  it("a pronoun in a clause before the subject anticipates it: 'Asked whether she feared ..., Ana Clara Moreira was cautious'", () => {
    const text = "Argentine senator Lucía Bermúdez warned the deal could hurt the car industry. \"Our factories already struggle,\" the senator said.\n\nAsked whether she feared opposition, Brazil's foreign minister, Ana Clara Moreira, was cautious. \"Our Congress is sovereign,\" she said.";
    const quotes = run(text, [["Lucía Bermúdez", "lucia-bermudez", "person"], ["Brazil", "brazil", "place"], ["Ana Clara Moreira", "ana-clara-moreira", "person"]]);
    expect(quoteOf(quotes, "Our Congress").speakerEntityId).toBe("ana-clara-moreira");
  });

  it("a role description's title is not given to a person the quotation names", () => {
    const text = "Her coach, Anouk Meijer, defended the decision. The Den Bosch coach, Saskia van Dijk, disagreed. \"I think Anouk will regret that,\" she said.\n\nAsked about her counterpart's remarks, Meijer was blunt. \"Saskia can say what she likes,\" the coach said.";
    const quotes = run(text, [["Anouk Meijer", "anouk-meijer", "person"], ["Meijer", "anouk-meijer", "person"], ["Den Bosch", "den-bosch", "organization"], ["Saskia van Dijk", "saskia-van-dijk", "person"], ["Saskia", "saskia-van-dijk", "person"], ["Anouk", "anouk-meijer", "person"]]);
    expect(quoteOf(quotes, "Saskia can").speakerEntityId).toBe("anouk-meijer");
  });

  it("after a sentence about a role, 'she' is whoever the text gave the role, not the woman quoted before", () => {
    const text = [
      "Priya Raman, the leader of Shropshire Council, has spent the summer arguing for compensation. \"Nobody is bargaining,\" Ms Raman said.",
      "Dr Helen Marsh, a hydrologist who has chaired the board since 2021, disputed that. \"A letter of intent is not a contract.\"",
      "The council leader was unmoved. \"If the board wants to hide behind the small print, it can explain that,\" she said.",
      "The chief executive of the water board, who took over in 2022, said jobs would go.\n\n\"We are not going to pretend this is painless,\" she said.",
    ].join("\n\n");
    const quotes = run(text, [["Priya Raman", "priya-raman", "person"], ["Raman", "priya-raman", "person"], ["Shropshire Council", "shropshire-council", "organization"], ["Helen Marsh", "helen-marsh", "person"]]);
    // With no cue, the words are those of the person whose stance the sentence before gives.
    expect(quoteOf(quotes, "A letter of intent").speakerEntityId).toBe("helen-marsh");
    expect(quoteOf(quotes, "If the board").speakerEntityId).toBe("priya-raman");
    // A role the text gave no one: no speaker rather than the last woman named.
    expect(quoteOf(quotes, "We are not going").speakerEntityId).toBeNull();
  });

  it("'the party chairman, Nadia Hussain' is a woman: 'chairman' says nothing of sex", () => {
    const text = "Sir Michael Thornton repeated the charge. The party chairman, Nadia Hussain, tried to calm the situation. \"Both have given a great deal to this party,\" she said.";
    const quotes = run(text, [["Michael Thornton", "michael-thornton", "person"], ["Nadia Hussain", "nadia-hussain", "person"]]);
    expect(quoteOf(quotes, "Both have").speakerEntityId).toBe("nadia-hussain");
  });

  it("words credited by the sentence right after them: 'That was the message from ...', 'The admission came from ...'", () => {
    const text = [
      "\"We underestimated how long the disruption would last.\"",
      "The admission came from Ingrid Solberg, the company's chief executive, on a call with analysts.",
      "\"We are ready to sign tomorrow.\" That was the message from Mr al-Murtada's deputy, Nabil Shamsan, on Wednesday.",
      "\"We'll get through it.\" That was how Whitlock ended his memo.",
      "\"It was a long day.\" The deciding shot came from Femke Visser.",
    ].join("\n\n");
    const quotes = run(text, [["Ingrid Solberg", "ingrid-solberg", "person"], ["al-Murtada", "al-murtada", "person"], ["Nabil Shamsan", "nabil-shamsan", "person"], ["Whitlock", "aaron-whitlock", "person"], ["Femke Visser", "femke-visser", "person"]]);
    expect(quoteOf(quotes, "We underestimated").speakerEntityId).toBe("ingrid-solberg");
    expect(quoteOf(quotes, "We are ready").speakerEntityId).toBe("nabil-shamsan");
    expect(quoteOf(quotes, "We'll get").speakerEntityId).toBe("aaron-whitlock");
    // A sentence that credits something else, not the words.
    expect(quoteOf(quotes, "It was a long").speakerEntityId).not.toBe("femke-visser");
  });

  it("'A Garda spokesman confirmed ... \"...,\" he said' is the spokesman, not the man the story is about", () => {
    const text = "Declan Walsh told the court he had been ruined. A Garda spokesman confirmed that a file had been sent to the Director of Public Prosecutions. \"No prosecution was directed,\" he said.";
    const quotes = run(text, [["Declan Walsh", "declan-walsh", "person"], ["Garda", "garda", "organization"], ["Director of Public Prosecutions", "dpp", "organization"]]);
    expect(quoteOf(quotes, "No prosecution").speakerEntityId).toBeNull();
  });

  it("a club's name before 'boss' modifies it: 'The Mayo boss added' is the manager, never the club", () => {
    const text = "Galway beat Mayo by three points in the final.\n\nMayo manager Tomás Hara cut a frustrated figure. His side kicked 11 wides.\n\nThe Mayo boss added that the forward had been \"targeted all afternoon\" by the defenders.";
    const quotes = run(text, [["Galway", "galway", "organization"], ["Mayo", "mayo", "organization"], ["Tomás Hara", "tomas-hara", "person"]]);
    expect(quoteOf(quotes, "targeted").speakerEntityId).toBe("tomas-hara");
  });

  it("'the officer' is the person the text gave a police rank", () => {
    const text = "The inquest heard from PC Sarah Holt, a vehicle examiner with North Yorkshire Police, and from the driver's employer. \"There were defects on three of the six axles,\" the officer told the court.";
    const quotes = run(text, [["Sarah Holt", "sarah-holt", "person"], ["North Yorkshire Police", "nyp", "organization"]]);
    expect(quoteOf(quotes, "There were defects").speakerEntityId).toBe("sarah-holt");
  });

  it("words credited after another's quotation ('That was the verdict of ...') and by 'X made the remark'", () => {
    const text = [
      "\"The market had priced in approval,\" said Lucy Grant, an analyst at the broker.",
      "\"It is a bad day for British tech.\" That was the verdict of Ms Pemberton, who posted a statement.",
      "\"Our customers are more cautious than they were a year ago.\" Ms Greaves made the remark when asked about deposits.",
    ].join("\n\n");
    const quotes = run(text, [["Lucy Grant", "lucy-grant", "person"], ["Pemberton", "clare-pemberton", "person"], ["Greaves", "alison-greaves", "person"]]);
    expect(quoteOf(quotes, "It is a bad day").speakerEntityId).toBe("clare-pemberton");
    expect(quoteOf(quotes, "Our customers").speakerEntityId).toBe("alison-greaves");
  });

  it("'said the 61-year-old' after the sentence about her; 'the 26-year-old said' over a possessor beside the subject", () => {
    const text = [
      "Siân Llewelyn said she had heard promises before. \"I have been told next year for fifteen years now,\" said the 61-year-old.",
      "Asked about the incident, Wakefield said he had \"no intention\" of making contact with Brennan's head.",
      "\"I've spoken to Corey and apologised,\" the 26-year-old said.",
    ].join("\n\n");
    const quotes = run(text, [["Siân Llewelyn", "sian-llewelyn", "person"], ["Wakefield", "josh-wakefield", "person"], ["Brennan", "corey-brennan", "person"], ["Corey", "corey-brennan", "person"]]);
    expect(quoteOf(quotes, "I have been told").speakerEntityId).toBe("sian-llewelyn");
    expect(quoteOf(quotes, "I've spoken").speakerEntityId).toBe("josh-wakefield");
  });

  it("a role with its post's words and then a name in apposition is that person: 'The Cabinet Secretary for Transport, Owain Rees, later told BBC Wales'", () => {
    const text = "Gareth Hughes said the plan would cost millions.\n\nThe Cabinet Secretary for Transport, Owain Rees, later told BBC Wales that the first routes would begin in 2027.\n\n\"We want to get this right rather than get it fast,\" he said.";
    const quotes = run(text, [["Gareth Hughes", "gareth-hughes", "person"], ["Owain Rees", "owain-rees", "person"], ["BBC Wales", "bbc-wales", "organization"]]);
    expect(quoteOf(quotes, "We want").speakerEntityId).toBe("owain-rees");
  });

  it("a person in a participle's clause put before the subject is not the subject: 'Led in evidence by Adv. Priya Naidoo, Mkhize said'", () => {
    const text = "Led in evidence by State advocate Adv. Priya Naidoo, Mkhize said Ngcobo had called her into his office in March 2019.\n\n\"He told me, 'This one must go through,'\" she testified.";
    const quotes = run(text, [["Priya Naidoo", "priya-naidoo", "person"], ["Mkhize", "nokuthula-mkhize", "person"], ["Ngcobo", "themba-ngcobo", "person"]]);
    expect(quoteOf(quotes, "He told me").speakerEntityId).toBe("nokuthula-mkhize");
  });

  it("the person a sentence brings in by 'was joined by' is whom the next 'he' quotes", () => {
    const text = "Sir Graham Whitlock led the protest. Mr Whitlock was joined by Derek Hanley, the MP for North Cotswolds, who has sat in the Commons since 1992. \"People in my constituency have paid in all their lives,\" he said.";
    const quotes = run(text, [["Graham Whitlock", "graham-whitlock", "person"], ["Whitlock", "graham-whitlock", "person"], ["Derek Hanley", "derek-hanley", "person"], ["North Cotswolds", "north-cotswolds", "place"], ["Commons", "commons", "organization"]]);
    expect(quoteOf(quotes, "People in my").speakerEntityId).toBe("derek-hanley");
  });

  it("'the Stockport MP said' is the person the sentence before is about, as a nationality's description is", () => {
    const text = "The Labour backbencher Dr Simon Achebe, who chairs the group on social housing, said both sides should \"start building\".\n\n\"There are families in my constituency who have waited nine years,\" the Stockport MP said.";
    const quotes = run(text, [["Labour", "labour", "organization"], ["Simon Achebe", "simon-achebe", "person"], ["Stockport", "stockport", "place"]]);
    expect(quoteOf(quotes, "There are families").speakerEntityId).toBe("simon-achebe");
  });

  it("'the Spanish MEP' is the one the text gave that nationality, not the nearest subject; a clause put first says the sex", () => {
    const text = [
      "Wikinews interviewed Dr Sofía Navarro Ibáñez, a Spanish Member of the European Parliament, about the pact.",
      "The Italian Interior Ministry has said the centres will stay open. Undersecretary Marco Ferraresi has said the scheme would be \"a model for Europe\".",
      "Asked what she would do if it passed, the Spanish MEP said her group would \"keep fighting in the courts\".",
    ].join("\n\n");
    const people: Spec[] = [["Sofía Navarro Ibáñez", "sofia-navarro-ibanez", "person"], ["Marco Ferraresi", "marco-ferraresi", "person"]];
    expect(quoteOf(run(text, people), "keep fighting").speakerEntityId).toBe("sofia-navarro-ibanez");
    // No nationality to go by: the clause's "she" rules out the man the sentence before is about.
    const sex = "Lucy Grant chairs the group.\n\nMarco Ferraresi, the committee's clerk, said the vote was close.\n\nAsked whether she would resign, the Stockport MP said she would \"fight on\".";
    expect(quoteOf(run(sex, [["Lucy Grant", "lucy-grant", "person"], ["Marco Ferraresi", "marco-ferraresi", "person"], ["Stockport", "stockport", "place"]]), "fight on").speakerEntityId).not.toBe("marco-ferraresi");
  });

  it("'The Portuguese defender had been booked ... he said' is the subject before, given no other nationality", () => {
    const text = "Ferreira, who has now scored four goals this season, was more blunt. The Portuguese defender had been booked for arguing with Kitson at half-time. \"We gave it away,\" he said.";
    const quotes = run(text, [["Ferreira", "tomas-ferreira", "person"], ["Kitson", "dan-kitson", "person"]]);
    expect(quoteOf(quotes, "We gave it away").speakerEntityId).toBe("tomas-ferreira");
  });

  it("a paragraph of words with no cue after a paragraph that ends on a titled person's feeling about something is theirs", () => {
    const text = "Leinster coach Declan Mulcahy was angry about the sin-binning of prop Rory Keane.\n\n\"I'll have to look at it again. That's a game-changing call.\"\n\nThe referee, Karen Whitlock, was praised.";
    const quotes = run(text, [["Leinster", "leinster", "organization"], ["Declan Mulcahy", "declan-mulcahy", "person"], ["Rory Keane", "rory-keane", "person"], ["Karen Whitlock", "karen-whitlock", "person"]]);
    expect(quoteOf(quotes, "I'll have to").speakerEntityId).toBe("declan-mulcahy");
    // Not a fact about them: "was arrested on Monday" says no feeling.
    const fact = run("Leinster coach Declan Mulcahy was arrested on Monday.\n\n\"I'll have to look at it again.\"", [["Leinster", "leinster", "organization"], ["Declan Mulcahy", "declan-mulcahy", "person"]]);
    expect(quoteOf(fact, "I'll have to").speakerEntityId).toBeNull();
  });

  it("'the Ireland international said' in a match report is the player the sentence before is about, whatever his position", () => {
    const text = [
      "Toulouse beat Leinster 24-20 in the semi-final, with a late try deciding the match after the referee sent off a Leinster prop at half-time. Leinster scored one try from hooker Conor Byrne and three penalties from fly-half Seán Fitzmaurice.",
      "Fitzmaurice, who kicked 14 points, said the dressing room was \"very quiet\". \"We'll be hurting for a while,\" the Ireland international said.",
    ].join("\n\n");
    const quotes = run(text, [["Toulouse", "toulouse", "organization"], ["Leinster", "leinster", "organization"], ["Conor Byrne", "conor-byrne", "person"], ["Seán Fitzmaurice", "sean-fitzmaurice", "person"], ["Fitzmaurice", "sean-fitzmaurice", "person"], ["Ireland", "ireland", "place"]]);
    expect(quoteOf(quotes, "We'll be hurting").speakerEntityId).toBe("sean-fitzmaurice");
  });

  it("'the microbiologist said' is the one person the text gave that noun in apposition; no one when it gave none", () => {
    const text = "Dr Wanjiru Kamau, a microbiologist at KEMRI who co-led the project, said the results were alarming. James Mwangi of the county health office agreed.\n\nKamau said such monitoring could cost little. \"It is the cheapest early warning system we have,\" the microbiologist said.";
    const people: Spec[] = [["Wanjiru Kamau", "wanjiru-kamau", "person"], ["Kamau", "wanjiru-kamau", "person"], ["KEMRI", "kemri", "organization"], ["James Mwangi", "james-mwangi", "person"]];
    expect(quoteOf(run(text, people), "It is the cheapest").speakerEntityId).toBe("wanjiru-kamau");
    const none = text.replace("a microbiologist at KEMRI", "a researcher at KEMRI");
    expect(quoteOf(run(none, people), "It is the cheapest").speakerEntityId).toBeNull();
  });

  it("'the 46-year-old engineer smiled. \"...,\" she said' is the one woman the sentences before name, when no one was given that age", () => {
    const text = "In July the company replaced the unit's head, Choi Min-ho, with Ms Park.\n\nAsked whether the company would cut prices, the 46-year-old engineer smiled. \"Ask me in January,\" she said.";
    const quotes = run(text, [["Choi Min-ho", "choi-min-ho", "person"], ["Park", "park-ji-won", "person"]]);
    expect(quoteOf(quotes, "Ask me").speakerEntityId).toBe("park-ji-won");
  });

  it("a role named by its own apposition before a paragraph of words is that person: 'the minister of infrastructure, Carlos Mejia Zelaya, admitted'", () => {
    const text = "Honduras's president spoke on Tuesday. Speaking in Tegucigalpa, the minister of infrastructure, Carlos Mejia Zelaya, admitted that flood defences had not held.\n\n\"Some of the embankments failed,\" he said.\n\nThe British ambassador, Dame Catherine Ashworth, said sanctions would be reviewed. She added: \"We mean the release of detainees.\"";
    const quotes = run(text, [["Honduras", "honduras", "place"], ["Tegucigalpa", "tegucigalpa", "place"], ["Carlos Mejia Zelaya", "carlos-mejia-zelaya", "person"], ["Catherine Ashworth", "catherine-ashworth", "person"]]);
    expect(quoteOf(quotes, "Some of the").speakerEntityId).toBe("carlos-mejia-zelaya");
    expect(quoteOf(quotes, "We mean").speakerEntityId).toBe("catherine-ashworth");
  });

  it("words credited by the next sentence: 'Those were the words of the player's agent, X', 'With those words, the UN Special Envoy for Syria, Dr X, opened'", () => {
    const text = [
      "\"We have been very patient.\" Those were the words of the player's agent, Mehmet Kaya, speaking on Tuesday.",
      "\"The Syrian people cannot wait.\" With those words, the United Nations Special Envoy for Syria, Dr Ingrid Halvorsen, opened the session.",
    ].join("\n\n");
    const quotes = run(text, [["Mehmet Kaya", "mehmet-kaya", "person"], ["United Nations", "united-nations", "organization"], ["Syria", "syria", "place"], ["Ingrid Halvorsen", "ingrid-halvorsen", "person"]]);
    expect(quoteOf(quotes, "We have been").speakerEntityId).toBe("mehmet-kaya");
    expect(quoteOf(quotes, "The Syrian people").speakerEntityId).toBe("ingrid-halvorsen");
  });

  it("'The Norwegian diplomat told the council' is the person the sentence before is about; 'The diplomat' the text never names stays a group", () => {
    const text = "Dr Ingrid Halvorsen, the UN envoy, opened the session in New York.\n\nThe Norwegian diplomat told the council that the authorities had made \"real but fragile\" progress.";
    const quotes = run(text, [["Ingrid Halvorsen", "ingrid-halvorsen", "person"], ["New York", "new-york", "place"]]);
    expect(quoteOf(quotes, "real but").speakerEntityId).toBe("ingrid-halvorsen");
    const unnamed = run("One Western diplomat, who asked not to be named, spoke to reporters. The diplomat described that position as \"a serious obstacle\".", []);
    expect(quoteOf(unnamed, "a serious").speakerEntityId).toBeNull();
  });

  it("a lower-case 'mother.' ending the paragraph before gives the next paragraph's 'Menon' no sex", () => {
    const text = "\"Today is not the finish line,\" chief executive Aditya Menon told reporters, after ringing the opening bell with his mother.\n\nMenon, 36, founded the company in 2017 with college friend Sneha Kulkarni.\n\nMenon said the company had no plans. He laughed.\n\n\"My father ran a kirana shop in Pune for 30 years,\" he said.";
    const quotes = run(text, [["Aditya Menon", "aditya-menon", "person"], ["Menon", "aditya-menon", "person"], ["Sneha Kulkarni", "sneha-kulkarni", "person"]]);
    expect(quoteOf(quotes, "My father").speakerEntityId).toBe("aditya-menon");
  });

  it("a name inside words the quotation quotes does not rule its 'he' out: \"she said, 'Sipho, ...'\" he recalled", () => {
    const text = "\"We have the skull,\" said lead author Dr Thandiwe Mokoena.\n\nThe bones were spotted by Sipho Nkosi, a sheep farmer. Mr Nkosi said he had at first assumed they belonged to a cow.\n\n\"I phoned my cousin, and she said, 'Sipho, cows do not have teeth like that,'\" he recalled.";
    const quotes = run(text, [["Thandiwe Mokoena", "thandiwe-mokoena", "person"], ["Sipho Nkosi", "sipho-nkosi", "person"], ["Nkosi", "sipho-nkosi", "person"], ["Sipho", "sipho-nkosi", "person"]]);
    expect(quoteOf(quotes, "I phoned").speakerEntityId).toBe("sipho-nkosi");
  });

  it("an unnamed person a sentence opens with ('One ambassador in Bamako said', 'In Rafah, a displaced father of four') takes the 'he' after it from anyone named before", () => {
    const text = [
      "Foreign minister Abdoulaye Keita Sangare defended the decision. One ambassador in Bamako said the departure would leave a vacuum. \"Everybody knows who will fill it,\" he said.",
      "Its regional director, Dr Hanan Saleh, said: \"Every day costs lives.\"",
      "In Rafah, a displaced father of four from Jabalia described his family's fear. \"We have moved five times,\" he said by phone.",
    ].join("\n\n");
    const quotes = run(text, [["Abdoulaye Keita Sangare", "abdoulaye-keita-sangare", "person"], ["Bamako", "bamako", "place"], ["Hanan Saleh", "hanan-saleh", "person"], ["Rafah", "rafah", "place"], ["Jabalia", "jabalia", "place"]]);
    expect(quoteOf(quotes, "Everybody knows").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "We have moved").speakerEntityId).toBeNull();
  });

  it("'the official said' after an unnamed official's words goes on with that official, not one the text titled so before", () => {
    const text = "A Hamas delegation led by senior official Mahmoud Abu Zeid arrived in Cairo. An Egyptian official briefed on the talks said the group had \"raised questions\" about the text. \"The atmosphere is more positive,\" the official said.";
    const quotes = run(text, [["Mahmoud Abu Zeid", "mahmoud-abu-zeid", "person"], ["Cairo", "cairo", "place"]]);
    const q = quoteOf(quotes, "The atmosphere");
    expect(q.speakerEntityId).toBeNull();
    expect(slice(text, q.speakerGroup)).toBe("An Egyptian official briefed on the talks");
  });

  it("'the statement said' is the subject of the clause that put out the statement: 'Mr Choi defended the plan in a statement', 'Dr X congratulated the team in a statement'", () => {
    const text = [
      "The budget was drawn up by Finance Minister Choi Sang-woo. Mr Choi defended the plan in a statement on Thursday. \"Our fiscal room is limited,\" the statement said.",
      "NASA's associate administrator for science, Dr Marcus Whitfield, congratulated the team in a statement released from Washington. \"Tonight's success is a reminder,\" the statement read.",
    ].join("\n\n");
    const quotes = run(text, [["Choi Sang-woo", "choi-sang-woo", "person"], ["Choi", "choi-sang-woo", "person"], ["NASA", "nasa", "organization"], ["Marcus Whitfield", "marcus-whitfield", "person"], ["Washington", "washington", "place"]]);
    expect(quoteOf(quotes, "Our fiscal").speakerEntityId).toBe("choi-sang-woo");
    expect(quoteOf(quotes, "Tonight's").speakerEntityId).toBe("marcus-whitfield");
  });

  it("'the retired astronomer said' and 'the former opener said' are the person just named; 'the author said' after a sentence about 'the 38-year-old' is her", () => {
    const text = [
      "Her former doctoral supervisor, Professor Jorge Henríquez, said he planned to travel to the ceremony.\n\n\"I will be sitting in the front row,\" the retired astronomer said.",
      "Eze, 38, was born in Enugu. Kearney said she was \"thrilled\".\n\nThe 38-year-old told reporters that she was already working on a new novel. \"I never talk about a book until it is finished,\" the author said.",
    ].join("\n\n");
    const quotes = run(text, [["Jorge Henríquez", "jorge-henriquez", "person"], ["Eze", "chidinma-eze", "person"], ["Enugu", "enugu", "place"], ["Kearney", "siobhan-kearney", "person"]]);
    expect(quoteOf(quotes, "I will be sitting").speakerEntityId).toBe("jorge-henriquez");
    expect(quoteOf(quotes, "I never talk").speakerEntityId).toBe("chidinma-eze");
  });

  it("', a claim the Treasurer dismissed as \"nonsense\"' is no cue for the words before it; its own words are the titled Treasurer's", () => {
    const text = "Treasurer Daniel O'Brien said the figures were sound.\n\nSpeaking in Brisbane, Ms Hamilton said families were \"paying the price for Labor's spending\", a claim the Treasurer dismissed as \"nonsense\".";
    const quotes = run(text, [["Daniel O'Brien", "daniel-obrien", "person"], ["Brisbane", "brisbane", "place"], ["Hamilton", "sarah-hamilton", "person"], ["Labor", "labor", "organization"]]);
    expect(quoteOf(quotes, "paying the price").speakerEntityId).toBe("sarah-hamilton");
    expect(quoteOf(quotes, "nonsense").speakerEntityId).toBe("daniel-obrien");
  });

  it("words with no cue between a sentence about someone speaking and 'The minister added' are theirs; a paragraph of words after a description's speech is the described person's", () => {
    const text = [
      "Its foreign minister, Retno Wulandari, spoke through an interpreter at the news conference. \"Consensus is the ASEAN way.\" The minister added that she would continue consultations.",
      "Lee Soo-jin, a 34-year-old lawmaker, broke ranks with her colleagues. The former emergency doctor said she had seen patients wait hours for an ambulance.",
      "\"When I worked in Wonju, a man was driven 90 kilometres.\"",
    ].join("\n\n");
    const quotes = run(text, [["Retno Wulandari", "retno-wulandari", "person"], ["ASEAN", "asean", "organization"], ["Lee Soo-jin", "lee-soo-jin", "person"], ["Wonju", "wonju", "place"]]);
    expect(quoteOf(quotes, "Consensus").speakerEntityId).toBe("retno-wulandari");
    expect(quoteOf(quotes, "When I worked").speakerEntityId).toBe("lee-soo-jin");
    // Not a question put to the one described.
    const interview = run("Speaking at the training ground, the 58-year-old reflected on his time.\n\n\"Do you have any regrets?\"", []);
    expect(quoteOf(interview, "Do you have").speakerGroup ?? null).toBeNull();
  });

  it("a participle after a document's noun is no cue ('said in a video posted on Tuesday that ...'); 'The letter described' is", () => {
    const text = "Its commander, Ibrahim Dagalo, said in a video posted on Tuesday that his fighters were \"liberating\" the region.";
    expect(quoteOf(run(text, [["Ibrahim Dagalo", "ibrahim-dagalo", "person"]]), "liberating").speakerEntityId).toBe("ibrahim-dagalo");
  });

  it("an unnamed person's words are a group: the phrase before a clause set off by commas, and the description a 'he' goes back to", () => {
    const text = [
      "A senior Israeli official, speaking to reporters in Jerusalem, said the army was ready to move \"with or without a deal\".",
      "Ms Halvorsen said the agency had appealed to donors.",
      "A 52-year-old farmer from Tawila, who asked not to be named, said gunmen had burned his village. \"They came on motorbikes. They told us, 'Leave,'\" he said.",
      "A 29-year-old mother of three, who asked to be identified only as Karla, said the water had come in. \"I put the children on the table,\" she said.",
    ].join("\n\n");
    const quotes = run(text, [["Jerusalem", "jerusalem", "place"], ["Halvorsen", "marit-halvorsen", "person"], ["Tawila", "tawila", "place"], ["Karla", "karla", "person"]]);
    expect(slice(text, quoteOf(quotes, "with or without").speakerGroup)).toBe("A senior Israeli official");
    const farmer = quoteOf(quotes, "They came");
    expect(farmer.speakerEntityId).toBeNull();
    expect(slice(text, farmer.speakerGroup)).toBe("A 52-year-old farmer from Tawila");
    expect(quoteOf(quotes, "I put the children").speakerEntityId).toBe("karla");
  });

  it("UK members described by seat: 'the Clwyd West MS said' is the member just named, 'The Conservative MP for Louth and Horncastle, Sir Roger Baddeley,' the 'he' after it", () => {
    const text = [
      "The Welsh Conservatives' Gareth Pryce blamed Labour. \"Patients in north Wales are waiting longer,\" the Clwyd West MS said.",
      "The immigration minister, Ben Latimer, insisted the government was on course. \"We are fixing it,\" Mr Latimer said.",
      "The Conservative MP for Louth and Horncastle, Sir Roger Baddeley, challenged that claim. \"I'd like to know which direction he's travelling in,\" he said.",
    ].join("\n\n");
    const quotes = run(text, [["Gareth Pryce", "gareth-pryce", "person"], ["Labour", "labour", "organization"], ["Wales", "wales", "place"], ["Clwyd West", "clwyd-west", "place"], ["Ben Latimer", "ben-latimer", "person"], ["Latimer", "ben-latimer", "person"], ["Louth and Horncastle", "louth-and-horncastle", "place"], ["Roger Baddeley", "roger-baddeley", "person"]]);
    expect(quoteOf(quotes, "Patients in north").speakerEntityId).toBe("gareth-pryce");
    expect(quoteOf(quotes, "I'd like to know").speakerEntityId).toBe("roger-baddeley");
  });

  it("the one a passive sentence names as leading what it is about takes the 'he' after it: 'The prosecution was led by Simon Achebe KC. He described ...'; 'One former tenant' is a group", () => {
    const text = [
      "Graham Whitlock, 58, was convicted. The prosecution was led by Simon Achebe. He described the fraud as \"patient, methodical and almost invisible\".",
      "Its chief executive, Naomi Bright, said the charity was sorry.",
      "One former tenant, who asked not to be named, said she had been told there was no money. \"They said, 'We're sorry,'\" she said.",
    ].join("\n\n");
    const quotes = run(text, [["Graham Whitlock", "graham-whitlock", "person"], ["Simon Achebe", "simon-achebe", "person"], ["Naomi Bright", "naomi-bright", "person"]]);
    expect(quoteOf(quotes, "patient, methodical").speakerEntityId).toBe("simon-achebe");
    const tenant = quoteOf(quotes, "They said");
    expect(tenant.speakerEntityId).toBeNull();
    expect(slice(text, tenant.speakerGroup)).toBe("One former tenant");
  });

  it("'The 41-year-old, who was appointed in the summer reshuffle, added:' is the person the sentence before is about", () => {
    const text = "Asked whether the fund would be extended, Ms Desai pointed to next year's spending review. The 41-year-old, who was appointed in the summer reshuffle, added: \"Nobody should read this as the last word.\"";
    expect(quoteOf(run(text, [["Desai", "priya-desai", "person"]]), "Nobody should").speakerEntityId).toBe("priya-desai");
  });

  it("news varies its words for someone just named: 'the father of two said', 'the grandmother said', 'the translator said'; a name counts as one word before the cue", () => {
    const text = [
      "Stefan Wolf, a 41-year-old assembly line worker from Emden, said he had worked at the plant for 19 years. \"My father worked here,\" the father of two said.",
      "Lorna Dizon, a 52-year-old fish vendor, said the water rose within minutes.\n\n\"We had no time to take anything,\" the grandmother said.",
      "\"The priority now is to reach the isolated villages,\" Ariel Santiago, spokesman for the National Disaster Risk Reduction and Management Council, told a briefing.",
    ].join("\n\n");
    const quotes = run(text, [["Stefan Wolf", "stefan-wolf", "person"], ["Emden", "emden", "place"], ["Lorna Dizon", "lorna-dizon", "person"], ["Ariel Santiago", "ariel-santiago", "person"], ["National Disaster Risk Reduction and Management Council", "ndrrmc", "organization"]]);
    expect(quoteOf(quotes, "My father worked").speakerEntityId).toBe("stefan-wolf");
    expect(quoteOf(quotes, "We had no time").speakerEntityId).toBe("lorna-dizon");
    expect(quoteOf(quotes, "The priority now").speakerEntityId).toBe("ariel-santiago");
    // After a clause put first, right before its verb: "When the curtain came down ..., Sir Desmond
    // Achterberg stood in the wings".
    const actor = run("When the curtain came down on the first preview at the Old Vic on Monday night, Sir Desmond Achterberg stood in the wings and cried.\n\n\"I'm 81,\" the actor said the following morning.", [["Old Vic", "old-vic", "place"], ["Desmond Achterberg", "desmond-achterberg", "person"]]);
    expect(quoteOf(actor, "I'm 81").speakerEntityId).toBe("desmond-achterberg");
    // Not a noun of the sex the text gave another: "the grandmother" after a man.
    const man = run("Tom Reyes, a fish vendor, said the water rose.\n\n\"We had no time,\" the grandmother said.", [["Tom Reyes", "tom-reyes", "person"]]);
    expect(quoteOf(man, "We had no time").speakerEntityId).toBeNull();
  });

  it("'Asked ..., the Italian smiled. \"No,\" he said' is the one a sentence opening 'For X,' is about, not the captain quoted before", () => {
    const text = [
      "His captain, Callum Reid, was more philosophical. \"That's football,\" he said.",
      "For Bellandi, who was sacked by Torino three years ago, the win carried a personal significance. Asked whether he had thought about the people who had written him off, the Italian smiled.",
      "\"No,\" he said.",
    ].join("\n\n");
    const quotes = run(text, [["Callum Reid", "callum-reid", "person"], ["Bellandi", "marco-bellandi", "person"], ["Torino", "torino", "organization"]]);
    expect(quoteOf(quotes, "No,").speakerEntityId).toBe("marco-bellandi");
  });

  it("a role's apposition with a rank or 'of Sweden' names it; words ending on a nested question take the cue after them; a relative's apposition of the other sex passes the 'he' back; 'the pensioner' given in apposition", () => {
    const text = [
      "The head of the observer mission, Dr Helga Strandberg of Sweden, said the problems had not changed the result.\n\n\"Polling stations opened on time,\" she said.",
      "The head of INDECI, General Ricardo Huamán, said rescue teams were still searching. \"We are working against the clock,\" he told the radio station RPP.",
      "\"My wife asked me last week, 'Harold, are we going to lose the house?'\" Mr. Greene said, his voice breaking.",
      "Balogun said he had agreed to take part. His daughter, Zainab, who is 16, had urged him to do it.\n\n\"She said to me, 'Dad, you never talk about yours,'\" he recalled.",
      "Among those affected was Gwen Albers, a 76-year-old pensioner from Ballarat, who signed up with Bluegum.\n\n\"He sat at my kitchen table,\" the pensioner said.",
    ].join("\n\n");
    const quotes = run(text, [["Helga Strandberg", "helga-strandberg", "person"], ["Sweden", "sweden", "place"], ["INDECI", "indeci", "organization"], ["Ricardo Huamán", "ricardo-huaman", "person"], ["RPP", "rpp", "organization"], ["Greene", "harold-greene", "person"], ["Harold", "harold-greene", "person"], ["Balogun", "emeka-balogun", "person"], ["Zainab", "zainab-balogun", "person"], ["Gwen Albers", "gwen-albers", "person"], ["Ballarat", "ballarat", "place"], ["Bluegum", "bluegum", "organization"]]);
    expect(quoteOf(quotes, "Polling stations").speakerEntityId).toBe("helga-strandberg");
    expect(quoteOf(quotes, "We are working").speakerEntityId).toBe("ricardo-huaman");
    expect(quoteOf(quotes, "My wife asked").speakerEntityId).toBe("harold-greene");
    expect(quoteOf(quotes, "She said to me").speakerEntityId).toBe("emeka-balogun");
    expect(quoteOf(quotes, "He sat at my").speakerEntityId).toBe("gwen-albers");
  });

  it("a body's officer the text does not name ('The board's inspector') takes the 'she' after it from a woman named before; not one named in apposition", () => {
    const text = [
      "Dr Rachel Dunne, a hydrologist, said the river had risen. \"It is serious,\" she said.",
      "The board's inspector had recommended refusal in August. In her report she wrote that the assessment was \"not sufficiently robust\".",
      "The trust's chief executive, Dr Helen Mbeki-Carr, said she was sorry.\n\n\"Our staff have worked incredibly hard,\" she said.",
    ].join("\n\n");
    const quotes = run(text, [["Rachel Dunne", "rachel-dunne", "person"], ["Helen Mbeki-Carr", "helen-mbeki-carr", "person"]]);
    expect(quoteOf(quotes, "not sufficiently").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "Our staff").speakerEntityId).toBe("helen-mbeki-carr");
  });

  it("in a question-and-answer exchange of paragraphs with no cue, the turns alternate between the asker and the one who answers", () => {
    const text = [
      "Kessler's attorney, Thomas Gallagher, pressed Luis Navarro on his testimony.",
      "\"You signed that report, didn't you, officer?\" Gallagher asked.",
      "\"I did,\" Navarro said.",
      "\"And you're telling this jury that every word of it was a lie?\"",
      "\"Not every word. The part about the gun was a lie.\"",
    ].join("\n\n");
    const quotes = run(text, [["Thomas Gallagher", "thomas-gallagher", "person"], ["Gallagher", "thomas-gallagher", "person"], ["Luis Navarro", "luis-navarro", "person"], ["Navarro", "luis-navarro", "person"]]);
    expect(quoteOf(quotes, "And you're telling").speakerEntityId).toBe("thomas-gallagher");
    expect(quoteOf(quotes, "Not every word").speakerEntityId).toBe("luis-navarro");
  });

  it("wire copy's unnamed sources are groups: 'A source familiar with the matter', 'A person close to him', 'Observers from the <long name>'", () => {
    const text = [
      "A source familiar with the matter said the deal was \"done\".",
      "A person close to him said the former chief executive had \"always co-operated fully\".",
      "Observers from the Organization for Security and Co-operation in Europe said the vote had been \"competitive and well administered\".",
    ].join("\n\n");
    const quotes = run(text, [["Organization for Security and Co-operation in Europe", "osce", "organization"]]);
    expect(slice(text, quoteOf(quotes, "done").speakerGroup)).toBe("A source familiar with the matter");
    expect(slice(text, quoteOf(quotes, "always").speakerGroup)).toBe("A person close to him");
    expect(slice(text, quoteOf(quotes, "competitive").speakerGroup)).toBe("Observers from the Organization for Security and Co-operation in Europe");
  });

  it("a lead's description of one person is the one the next sentences name with that role, or the next paragraph's speaker", () => {
    const lead = "A row has broken out at Westminster after a shadow minister accused the government of \"fiddling the figures\".\n\nShadow planning minister Oliver Pennington said the statistics had been presented in a misleading way.";
    expect(quoteOf(run(lead, [["Westminster", "westminster", "place"], ["Oliver Pennington", "oliver-pennington", "person"]]), "fiddling").speakerEntityId).toBe("oliver-pennington");
    const committee = "The chief executive of the Scottish Ambulance Service has told MSPs that crews are waiting \"unacceptable\" lengths of time outside hospitals.\n\nAppearing before Holyrood's health committee on Tuesday, Dr Alasdair Grant said the average wait had risen to 94 minutes.";
    expect(quoteOf(run(committee, [["Scottish Ambulance Service", "sas", "organization"], ["Holyrood", "holyrood", "organization"], ["Alasdair Grant", "alasdair-grant", "person"]]), "unacceptable").speakerEntityId).toBe("alasdair-grant");
    // Not past the opening paragraph's own sentence: a later description stays a group.
    const later = "Ministers met on Monday.\n\nA senior official accused the board of \"stalling\".\n\nJohn Smith said the talks would go on.";
    expect(quoteOf(run(later, [["John Smith", "john-smith", "person"]]), "stalling").speakerEntityId).toBeNull();
  });

  it("a sentence crediting the words right after them wins over the speaker of the paragraph before ('X posted that message', 'That complaint, from nurse Y')", () => {
    const text = [
      "\"I'd like us to talk about math scores,\" Leonard Abernathy added.",
      "\"This board just told parents their voices don't matter.\" Curtis Bledsoe posted that message on Facebook shortly after 1 a.m.",
      "\"We will meet our responsibility,\" Anil Raghunathan said.",
      "\"They're paying agency nurses three times what they pay us.\" That complaint, from emergency room nurse Kevin Szymanski, echoed along the picket line.",
    ].join("\n\n");
    const quotes = run(text, [["Leonard Abernathy", "leonard-abernathy", "person"], ["Curtis Bledsoe", "curtis-bledsoe", "person"], ["Anil Raghunathan", "anil-raghunathan", "person"], ["Kevin Szymanski", "kevin-szymanski", "person"]]);
    expect(quoteOf(quotes, "This board").speakerEntityId).toBe("curtis-bledsoe");
    expect(quoteOf(quotes, "They're paying").speakerEntityId).toBe("kevin-szymanski");
  });

  it("after a sentence opened by a nationality's noun ('The Slovakian, who ...'), 'he' is that person, not the player named in it", () => {
    const text = "\"It's a cruel way to lose,\" Kovac said.\n\nThe Slovakian, who took charge in October, also questioned the referee's decision not to award a penalty when Osei went down.\n\n\"It's a clear foul,\" he said.\n\nThe Dutch finance minister, Joost Meulen, was unmoved. He said: \"Common debt was a one-off.\"";
    const quotes = run(text, [["Kovac", "stefan-kovac", "person"], ["Osei", "jamal-osei", "person"], ["Joost Meulen", "joost-meulen", "person"]]);
    expect(quoteOf(quotes, "It's a clear foul").speakerEntityId).toBe("stefan-kovac");
    expect(quoteOf(quotes, "Common debt").speakerEntityId).toBe("joost-meulen");
  });

  it("'the veteran MP for Ribble Valley North' is the member the paragraph before is about, not the woman he wrote to; 'the medic' is the doctor", () => {
    const text = [
      "Conservative backbencher Sir Geoffrey Lomax, who chairs the housing committee, said he was concerned and would be writing to Ms Whitcombe to ask for clarification.",
      "\"I have supported this government on housing,\" the veteran MP for Ribble Valley North said.",
      "Family spokesman Dr Wilson Kiprotich, a cousin of the deceased, urged the police to move quickly.",
      "\"Joseph was a peaceful man,\" the medic said.",
    ].join("\n\n");
    const quotes = run(text, [["Geoffrey Lomax", "geoffrey-lomax", "person"], ["Whitcombe", "whitcombe", "person"], ["Ribble Valley North", "ribble-valley-north", "place"], ["Wilson Kiprotich", "wilson-kiprotich", "person"], ["Joseph", "joseph", "person"]]);
    expect(quoteOf(quotes, "I have supported").speakerEntityId).toBe("geoffrey-lomax");
    expect(quoteOf(quotes, "Joseph was").speakerEntityId).toBe("wilson-kiprotich");
  });

  it("'said the 21-year-old Irishman' is the scorer, not the goalkeeper he beat ('past goalkeeper Lewis Harrop')", () => {
    const text = "Then, with 93 minutes on the clock, O'Dowd met a flick-on and stabbed the ball past goalkeeper Lewis Harrop to send the crowd into raptures.\n\n\"I just tried to get a toe to it,\" said the 21-year-old Irishman, who had been on the pitch for six minutes.";
    const quotes = run(text, [["O'Dowd", "kieran-odowd", "person"], ["Lewis Harrop", "lewis-harrop", "person"]]);
    expect(quoteOf(quotes, "I just tried").speakerEntityId).toBe("kieran-odowd");
  });

  it("'the City manager' is the manager an earlier sentence names with the club, though the sentence before names him alone", () => {
    const text = "Bristol City came from behind to beat Sheffield Wednesday 2-1 on Saturday, a stoppage-time winner lifting Gareth Pruitt's side into the top half of the league table. The goal ended a run of defeats.\n\nPruitt admitted his side had been fortunate to reach half-time only a goal down.\n\n\"We were second to everything in the first half,\" the City manager said.";
    const quotes = run(text, [["Bristol City", "bristol-city", "organization"], ["Sheffield Wednesday", "sheffield-wednesday", "organization"], ["Gareth Pruitt", "gareth-pruitt", "person"], ["Pruitt", "gareth-pruitt", "person"]]);
    expect(quoteOf(quotes, "We were second").speakerEntityId).toBe("gareth-pruitt");
  });

  it("the answer to a question put to an unnamed witness is nobody's named, and 'it' after 'The jury, chaired by ...,' is no film", () => {
    const text = [
      "Thandeka Tshabalala, the inquiry's chair, opened the session. Van der Merwe asked the witness whether she had ever met the directors. \"Only once,\" she replied.",
      "The Quiet Orchard won the top prize.",
      "The jury, chaired by the director Paul Whitfield, praised what it called the film's \"patience and moral seriousness\".",
    ].join("\n\n");
    const quotes = run(text, [["Thandeka Tshabalala", "thandeka-tshabalala", "person"], ["Van der Merwe", "van-der-merwe", "person"], ["Quiet Orchard", "quiet-orchard", "organization"], ["Paul Whitfield", "paul-whitfield", "person"]]);
    expect(quoteOf(quotes, "Only once").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "patience").speakerEntityId).toBeNull();
  });

  it("'the regulator' is the body named as one that oversees, not the company it fined", () => {
    const text = "The Competition Commission fined Zamtel 2 million kwacha on Monday. \"This conduct harmed consumers,\" the regulator said. Ofcom later opened an investigation into GB News Ltd on Friday. \"Viewers were let down,\" the watchdog said.";
    const quotes = run(text, [["Competition Commission", "competition-commission", "organization"], ["Zamtel", "zamtel", "organization"], ["Ofcom", "ofcom", "organization"], ["GB News Ltd", "gb-news", "organization"]]);
    expect(quoteOf(quotes, "This conduct").speakerEntityId).toBe("competition-commission");
    // No regulator's word in either name: the nearest body that is no company.
    expect(quoteOf(quotes, "Viewers were").speakerEntityId).toBe("ofcom");
  });

  it("a nationality's description is the subject named just before, though a club's name modifies a noun beside him", () => {
    const text = "Villa manager Unai Emery was delighted with his side's response. \"We were brave,\" the Spaniard said.";
    const quotes = run(text, [["Villa", "aston-villa", "organization"], ["Unai Emery", "unai-emery", "person"]]);
    expect(quoteOf(quotes, "We were brave").speakerEntityId).toBe("unai-emery");
  });

  it("'the 30-year-old said' is the person the sentence before is about, never one the text gave another age", () => {
    const text = [
      "Priya Raghavan, 29, founded Zeptra with Karthik Menon. Zeptra delivers groceries, and Zeptra is growing.",
      "Mr Menon rejected the claim, saying that Zeptra sourced produce locally. \"We are not the enemy,\" the 30-year-old said.",
      "Another passenger, Thomas Keller, said he understood. \"Everyone deserves a fair wage,\" the 55-year-old engineer said.",
      "Ms Raghavan spoke next. \"We are proud,\" the 30-year-old said.",
    ].join("\n\n");
    const quotes = run(text, [["Priya Raghavan", "priya-raghavan", "person"], ["Raghavan", "priya-raghavan", "person"], ["Zeptra", "zeptra", "organization"], ["Karthik Menon", "karthik-menon", "person"], ["Menon", "karthik-menon", "person"], ["Thomas Keller", "thomas-keller", "person"]]);
    expect(quoteOf(quotes, "We are not the enemy").speakerEntityId).toBe("karthik-menon");
    expect(quoteOf(quotes, "Everyone deserves").speakerEntityId).toBe("thomas-keller");
    expect(quoteOf(quotes, "We are proud").speakerEntityId).toBeNull();
  });

  it("a verb after 'but' with no subject of its own shares the first clause's, not the person after 'with'", () => {
    const text = "Chancellor Friedrich Merz faces a test.\n\nBavarian State Premier Markus Söder, the leader of the CSU, sided with Merz but also suggested a \"supplementary resolution\" could address the concerns.";
    const quotes = run(text, [["Friedrich Merz", "friedrich-merz", "person"], ["Markus Söder", "markus-soder", "person"], ["CSU", "csu", "organization"], ["Merz", "friedrich-merz", "person"]]);
    expect(quoteOf(quotes, "supplementary").speakerEntityId).toBe("markus-soder");
  });

  it("a description's person is the subject of the sentence before, whatever a relative clause about her names", () => {
    const text = "Ms France, who was contesting Dickson for the third time, told the ABC she was \"completely overwhelmed\". \"I've knocked on a lot of doors,\" the 45-year-old said.";
    const quotes = run(text, [["France", "ali-france", "person"], ["Dickson", "dickson", "place"], ["ABC", "abc", "organization"]]);
    expect(quoteOf(quotes, "I've knocked").speakerEntityId).toBe("ali-france");
  });

  it("the subject that opens the sentence may come after a dateline and a title, or be 'he'", () => {
    const text = [
      "MUNICH — Bavarian premier Markus Söder sided with Chancellor Friedrich Merz on Sunday in a row over border controls but also suggested a \"Bavarian clause\" for the states.",
      "Tom Reilly was born in Cork. In 1989 he refused to perform before Prince Charles and Princess Diana during a royal visit, saying he would not \"sing for a crown\".",
    ].join("\n\n");
    const quotes = run(text, [["MUNICH", "munich", "place"], ["Markus Söder", "markus-soder", "person"], ["Friedrich Merz", "friedrich-merz", "person"], ["Tom Reilly", "tom-reilly", "person"], ["Cork", "cork", "place"], ["Charles", "charles", "person"], ["Diana", "diana", "person"]]);
    expect(quoteOf(quotes, "Bavarian clause").speakerEntityId).toBe("markus-soder");
    expect(quoteOf(quotes, "sing for a crown").speakerEntityId).toBe("tom-reilly");
  });

  it("a person's possessive inside the quotation may still be the speaker (an eponym)", () => {
    const text = "Professor Meera Raghavan said the result mattered. \"Raghavan's law is simple: no incumbent is safe,\" she joked.";
    const quotes = run(text, [["Meera Raghavan", "meera-raghavan", "person"], ["Raghavan", "meera-raghavan", "person"]]);
    expect(quoteOf(quotes, "Raghavan's law").speakerEntityId).toBe("meera-raghavan");
  });

  it("gives a headline's quotation to the person named after its colon, or to the one who says its words in the body", () => {
    const text = [
      "'I never wanted to be the first': Ama Boateng on running the central bank",
      "'We were told to wait for eleven years': survivors give evidence",
      'Isabel Reyes spoke last. "I was told to wait for the courts. We were told to wait for eleven years," she said.',
    ].join("\n\n");
    const quotes = run(text, [["Ama Boateng", "ama-boateng", "person"], ["Isabel Reyes", "isabel-reyes", "person"]]);
    expect(quoteOf(quotes, "I never wanted").speakerEntityId).toBe("ama-boateng");
    // The body's speaker of the same words comes before a name after the colon that only opens the story.
    const colon = "'I don't think anyone has done the sums': Torsten Bell faced questions on Monday.\n\n\"I don't think anyone has done the sums on this,\" Clive Lewis told the BBC.";
    const headline = run(colon, [["Torsten Bell", "torsten-bell", "person"], ["Clive Lewis", "clive-lewis", "person"], ["BBC", "bbc", "organization"]]).find((q) => q.text.startsWith("'"));
    expect(headline?.speakerEntityId).toBe("clive-lewis");
    expect(quoteOf(quotes, "We were told to wait for eleven years'").speakerEntityId).toBe("isabel-reyes");
  });

  it("gives a participle's quotation to the one who opens the sentence, not the one acted on, when no speech verb comes before", () => {
    const text = 'Senator Tim Sheehy, a Montana Republican, defended Pete Hegseth, saying critics were "holding him to a standard that no one meets".';
    const quotes = run(text, [["Tim Sheehy", "tim-sheehy", "person"], ["Pete Hegseth", "pete-hegseth", "person"]]);
    expect(quoteOf(quotes, "holding him").speakerEntityId).toBe("tim-sheehy");
  });

  it("takes 'hailed' for a speech verb: a partial quotation after it is the hailer's", () => {
    const text = 'Prime Minister Narendra Modi hailed the result as a victory for "development and good governance". In Scotland, Nicola Sturgeon hailed a "historic" result.';
    const quotes = run(text, [["Narendra Modi", "narendra-modi", "person"], ["Nicola Sturgeon", "nicola-sturgeon", "person"]]);
    expect(quoteOf(quotes, "development").speakerEntityId).toBe("narendra-modi");
    expect(quoteOf(quotes, "historic").speakerEntityId).toBe("nicola-sturgeon");
  });

  it("keeps a player's description from someone the text gave another position or another team", () => {
    const text = [
      "Stina Blackstenius scored twice in the league match. Chelsea levelled through Johanna Rytting Kaneryd, the Swedish winger, who curled a shot into the top corner.",
      '"To score twice is a dream," the Swedish striker said.',
      "Leah Williamson played the full 90 minutes, and the England captain said the result showed how far the team had come.",
      '"A year ago we would have lost this game," said the Arsenal captain.',
    ].join("\n\n");
    const quotes = run(text, [["Stina Blackstenius", "stina-blackstenius", "person"], ["Chelsea", "chelsea", "organization"], ["Johanna Rytting Kaneryd", "johanna-rytting-kaneryd", "person"], ["Leah Williamson", "leah-williamson", "person"], ["England", "england", "place"]]);
    expect(quoteOf(quotes, "To score twice").speakerEntityId).not.toBe("johanna-rytting-kaneryd");
    expect(quoteOf(quotes, "A year ago").speakerEntityId).toBeNull();
  });

  it("takes the subject before a participle clause, not a name in apposition inside it", () => {
    const text = 'Carla Suárez Navarro, watching from the player box alongside Voskresenskaya\'s mother, Iryna, said her charge had improved "enormously". Voskresenskaya\'s mother, Iryna, said she was "proud".';
    const quotes = run(text, [["Carla Suárez Navarro", "carla-suarez-navarro", "person"], ["Iryna", "iryna", "person"], ["Voskresenskaya", "voskresenskaya", "person"]]);
    expect(quoteOf(quotes, "enormously").speakerEntityId).toBe("carla-suarez-navarro");
    expect(quoteOf(quotes, "proud").speakerEntityId).toBe("iryna");
  });

  it("does not let a capitalised title contradict a place qualifier", () => {
    const text = 'Senator David Pocock confirmed the talks. "I can support this," the ACT senator said.';
    const quotes = run(text, [["David Pocock", "david-pocock", "person"]]);
    expect(quoteOf(quotes, "I can support").speakerEntityId).toBe("david-pocock");
  });
  it("takes a company officer's letters for the officer named in words", () => {
    const text = 'Corvane\'s finance chief, Tom Reyes, told Reuters the company had prepared. "We\'ve built that into our timeline," the CFO said. Citigroup chief executive Jane Fraser spoke next. "We are cautious," the CEO said.';
    const quotes = run(text, [["Corvane", "corvane", "organization"], ["Tom Reyes", "tom-reyes", "person"], ["Reuters", "reuters", "organization"], ["Citigroup", "citigroup", "organization"], ["Jane Fraser", "jane-fraser", "person"]]);
    expect(quoteOf(quotes, "We've built").speakerEntityId).toBe("tom-reyes");
    expect(quoteOf(quotes, "We are cautious").speakerEntityId).toBe("jane-fraser");
  });
  it("never takes a photo credit for a speaker", () => {
    const text = 'Mt. Gox filed for bankruptcy protection on Friday.\n\nImage: Jason Benjamin.\n\nProtesters gathered outside its office. "I don\'t think anyone knows what really happened," he said.';
    const quotes = run(text, [["Mt. Gox", "mt-gox", "organization"], ["Jason Benjamin", "jason-benjamin", "person"]]);
    expect(quoteOf(quotes, "I don't think").speakerEntityId).toBeNull();
  });

  it("tells one party's leader from another's", () => {
    const text = 'Labour leader Ivana Bacik said the figures were "shocking".\n\nSpeaking later, Tánaiste Simon Harris defended the reforms.\n\n"We have a plan," the Fine Gael leader said. "We will listen," the Labour leader said.';
    const quotes = run(text, [["Labour", "labour", "organization"], ["Ivana Bacik", "ivana-bacik", "person"], ["Simon Harris", "simon-harris", "person"], ["Fine Gael", "fine-gael", "organization"]]);
    expect(quoteOf(quotes, "We have a plan").speakerEntityId).not.toBe("ivana-bacik");
    expect(quoteOf(quotes, "We will listen").speakerEntityId).toBe("ivana-bacik");
  });

  it("does not give 'it' to a body named before a sentence about an office", () => {
    const text = 'Hamas accused Benjamin Netanyahu of adding new conditions.\n\nNetanyahu\'s office rejected the claim. In a statement it said Israel would "not end the war until all of its goals are achieved".\n\nHamas replied on Friday. In a statement it said it would "never surrender".';
    const quotes = run(text, [["Hamas", "hamas", "organization"], ["Benjamin Netanyahu", "benjamin-netanyahu", "person"], ["Netanyahu", "benjamin-netanyahu", "person"], ["Israel", "israel", "place"]]);
    expect(quoteOf(quotes, "not end the war").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "never surrender").speakerEntityId).toBe("hamas");
  });
  it("gives no speaker to a term after 'so-called'", () => {
    const text = 'The Parti socialiste said it would table a motion unless the government restored the so-called "Zucman tax" on fortunes.';
    const quotes = run(text, [["Parti socialiste", "parti-socialiste", "organization"]]);
    expect(quotes.filter((q) => q.speakerEntityId === "parti-socialiste").map((q) => q.text)).toEqual([]);
  });
  it("reads wiki markup's doubled and tripled apostrophes as no quotation marks", () => {
    const text = "'''Wikinews''': What did you find?\n\n'''Florence Adams''': We found that ''Bombus'' bees foraged less.";
    expect(run(text, [["Florence Adams", "florence-adams", "person"]]).map((q) => q.text)).toEqual([]);
  });
  it("never takes a place before a title for the speaker; resolves a nation's leader, an academy, a coach and a spokesman in apposition", () => {
    const text = [
      '"We entered into an agreement in good faith," said the Homa Bay Governor.',
      'Ukrainian President Volodymyr Zelensky met envoys. "We need more systems," the Ukrainian leader said.',
      'The American Academy of Sleep Medicine recommends seven hours. The CDC agreed. In a statement, the academy said the study "adds to a growing body of evidence".',
      'Louis van Gaal, the United manager, was critical. "We had the chances," the coach said.',
      'A police spokesman, Gheorghe Cavcaliuc, said officers had removed protesters. "We respect the right to protest," he told the news agency Unimedia.',
      'Protesters gathered, waving Moldovan and European Union flags and chanting "Thieves!"',
    ].join("\n\n");
    const quotes = run(text, [["Homa Bay", "homa-bay", "organization"], ["Volodymyr Zelensky", "volodymyr-zelensky", "person"], ["American Academy of Sleep Medicine", "aasm", "organization"], ["CDC", "cdc", "organization"], ["Louis van Gaal", "louis-van-gaal", "person"], ["United", "manchester-united", "organization"], ["Gheorghe Cavcaliuc", "gheorghe-cavcaliuc", "person"], ["Unimedia", "unimedia", "organization"], ["European Union", "european-union", "organization"]]);
    expect(quoteOf(quotes, "We entered").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "We need more systems").speakerEntityId).toBe("volodymyr-zelensky");
    expect(quoteOf(quotes, "adds to a growing").speakerEntityId).toBe("aasm");
    expect(quoteOf(quotes, "We had the chances").speakerEntityId).toBe("louis-van-gaal");
    expect(quoteOf(quotes, "We respect").speakerEntityId).toBe("gheorghe-cavcaliuc");
    expect(quoteOf(quotes, "Thieves").speakerEntityId).toBeNull();
  });
  it("gives a retort to the one named with it, a quotation pointed back at to nobody on a guess, and a spokeswoman's words to the body she speaks for", () => {
    const text = [
      'Thomas Whitaker said the levy was a mistake. "It will drive builders away," he said.',
      '"That\'s rich, coming from a man whose company lobbied against it," Elena Vasquez shot back.',
      'Craig Dunmore defended the fuel tax. "We had no choice," he said.',
      '"Whenever this government is in trouble, it reaches for the wallets of people who can least afford it."',
      'That was the verdict of Greens leader Hannah Ostrowski, who said the tax would hit rural drivers.',
      'The National Cyber Security Centre was informed. A spokeswoman for the centre said such attacks were "an increasingly common route into larger organisations".',
    ].join("\n\n");
    const quotes = run(text, [["Thomas Whitaker", "thomas-whitaker", "person"], ["Elena Vasquez", "elena-vasquez", "person"], ["Craig Dunmore", "craig-dunmore", "person"], ["Hannah Ostrowski", "hannah-ostrowski", "person"], ["National Cyber Security Centre", "ncsc", "organization"]]);
    expect(quoteOf(quotes, "That's rich").speakerEntityId).toBe("elena-vasquez");
    expect(quoteOf(quotes, "Whenever this government").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "an increasingly common").speakerEntityId).toBe("ncsc");
  });
  it("does not reach past 'the Chancellor said' for 'she', takes no passive subject for a speaker, and finds 'the Spaniard' across a long quotation", () => {
    const text = [
      'The Liberal Democrats\' Treasury spokeswoman, Daisy Cooper, said that answer left "serious questions".',
      'Speaking in Leeds later, the Chancellor said she had full confidence in the staff. "What happened was unacceptable," she said.',
      'John Swinney has been accused of presiding over a "winter crisis in October" by opposition parties.',
      'Spaniard Mikel Arteta was calm. "We controlled big parts of the game. We did not give them anything. A free-kick decided it," Arteta said.',
      'The Spaniard said he expected the midfielder to be out "for a few weeks".',
    ].join("\n\n");
    const quotes = run(text, [["Liberal Democrats", "liberal-democrats", "organization"], ["Daisy Cooper", "daisy-cooper", "person"], ["John Swinney", "john-swinney", "person"], ["Mikel Arteta", "mikel-arteta", "person"], ["Arteta", "mikel-arteta", "person"]]);
    expect(quoteOf(quotes, "What happened").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "winter crisis").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "for a few weeks").speakerEntityId).toBe("mikel-arteta");
  });
  it("keeps descriptions from the wrong person: a mistyped rival, another Kenyan, an unnamed role and its pronoun", () => {
    const text = [
      'Arsenal manager Mikel Arteta was furious. Arne Slot, asked about the decision, said he had not seen a replay. "I don\'t want to talk about the referee," the Spaniard said.',
      'Kenya\'s Faith Jepkosgei won the women\'s race. "I was strong," the Kenyan said.',
      'Kenya\'s Geoffrey Kiprono was second in the men\'s race. Kiprono had led with 500 metres to go. "I waited too long," the Kenyan said.',
      'Charles Leclerc retired on lap 31. "Reliability has cost us dearly," the Ferrari team principal said. "We will change the whole system," he added.',
      'Yvette Cooper announced new aid. "The British people stand with Ukraine," she said.',
      'The High Representative said she would propose using frozen assets. "The aggressor must pay," she said.',
      '"Did you mislead voters?" the reporter asked. Rebecca Thornton shook her head.',
      '"No. We told voters we would be responsible," she replied.',
    ].join("\n\n");
    const quotes = run(text, [["Arsenal", "arsenal", "organization"], ["Mikel Arteta", "mikel-arteta", "person"], ["Arne Slot", "arne-slot", "person"], ["Kenya", "kenya", "place"], ["Faith Jepkosgei", "faith-jepkosgei", "person"], ["Geoffrey Kiprono", "geoffrey-kiprono", "person"], ["Kiprono", "geoffrey-kiprono", "person"], ["Charles Leclerc", "charles-leclerc", "person"], ["Yvette Cooper", "yvette-cooper", "person"], ["Rebecca Thornton", "rebecca-thornton", "person"]]);
    expect(quoteOf(quotes, "I don't want").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "I was strong").speakerEntityId).toBe("faith-jepkosgei");
    expect(quoteOf(quotes, "I waited too long").speakerEntityId).toBe("geoffrey-kiprono");
    expect(quoteOf(quotes, "We will change").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "The aggressor").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "No. We told").speakerEntityId).toBe("rebecca-thornton");
  });
  it("finds 'the Briton' by 'It was X's second win' (`itwaswin`) and goes on with that person for 'he' in the sentences after; not past a sentence about someone unnamed (`describedchain`)", () => {
    const text = [
      "George Russell won the race. Max Verstappen finished second, and Lando Norris was third.",
      'It was Russell\'s second win of the season. "That was one of the hardest races of my life," the Briton said. "The car was on the limit." He also praised his team-mate: "Kimi drove like a veteran."',
      'Norris was asked about the start. "I\'m sorry," he said.',
      'Spaniard Carlos Alcaraz won the final. "I\'m so happy," the Spaniard said. His father, who was in the crowd, was in tears. "He has worked so hard for this," he said.',
      'Tadej Pogacar won the stage ahead of Jonas Vingegaard. It was Vingegaard\'s worst day of the Tour so far. "I attacked at the right moment," the Slovenian said.',
      'Jannik Sinner lost to Carlos Alcaraz in the final. It was Alcaraz\'s second title of the year. "He was better today," the Italian said.',
    ].join("\n\n");
    const quotes = run(text, [["George Russell", "george-russell", "person"], ["Max Verstappen", "max-verstappen", "person"], ["Lando Norris", "lando-norris", "person"], ["Russell", "george-russell", "person"], ["Norris", "lando-norris", "person"], ["Carlos Alcaraz", "carlos-alcaraz", "person"], ["Tadej Pogacar", "tadej-pogacar", "person"], ["Jonas Vingegaard", "jonas-vingegaard", "person"], ["Vingegaard", "jonas-vingegaard", "person"], ["Jannik Sinner", "jannik-sinner", "person"], ["Alcaraz", "carlos-alcaraz", "person"]]);
    expect(quoteOf(quotes, "That was one").speakerEntityId).toBe("george-russell");
    expect(quoteOf(quotes, "The car was").speakerEntityId).toBe("george-russell");
    expect(quoteOf(quotes, "Kimi drove").speakerEntityId).toBe("george-russell");
    expect(quoteOf(quotes, "I'm sorry").speakerEntityId).toBe("lando-norris");
    expect(quoteOf(quotes, "I'm so happy").speakerEntityId).toBe("carlos-alcaraz");
    expect(quoteOf(quotes, "He has worked").speakerEntityId).not.toBe("carlos-alcaraz");
    expect(quoteOf(quotes, "I attacked").speakerEntityId).toBe("tadej-pogacar");
    expect(quoteOf(quotes, "He was better").speakerEntityId).toBe("jannik-sinner");
  });
  it("gives the words to a body named before an apposition that names others, over its acronym in brackets (`bodyapposition`); a person before one still", () => {
    const text = [
      'Airlines for Europe (A4E), a lobby group whose members include Air France and Ryanair, said the strike was "unacceptable".',
      'Maria Lopez, a spokeswoman for Acme Corp, said the plan was "reckless".',
    ].join("\n\n");
    const quotes = run(text, [["Airlines for Europe", "airlines-for-europe", "organization"], ["A4E", "airlines-for-europe", "organization"], ["Air France", "air-france", "organization"], ["Ryanair", "ryanair", "organization"], ["Maria Lopez", "maria-lopez", "person"], ["Acme Corp", "acme-corp", "organization"]]);
    expect(quoteOf(quotes, "unacceptable").speakerEntityId).toBe("airlines-for-europe");
    expect(quoteOf(quotes, "reckless").speakerEntityId).toBe("maria-lopez");
  });
  it("'twice' between a subject and its verb leaves the name the subject, whom 'she' goes on with", () => {
    const text = 'Moderator Patrícia Moura asked the candidates. Lula praised Environment Minister Marina Silva.\n\nThe exchange became heated when Lula mentioned the court. Moura twice had to intervene. "Candidates, please respect the time," she said.';
    const quotes = run(text, [["Patrícia Moura", "patricia-moura", "person"], ["Lula", "lula", "person"], ["Marina Silva", "marina-silva", "person"], ["Moura", "patricia-moura", "person"]]);
    expect(quoteOf(quotes, "Candidates").speakerEntityId).toBe("patricia-moura");
  });
  it("'the band', 'the museum' said: the body the text named with that noun (`artsheads`)", () => {
    const text = [
      'The Sheffield rock band the Ashcrofts on Tuesday cancelled their tour, saying singer Tom Ashcroft needed surgery. In a statement, the band said: "We are heartbroken."',
      'The Horniman Museum in London returned 72 objects to Nigeria. Officials from the National Commission for Museums and Monuments attended. "It was the right thing to do," the museum said.',
    ].join("\n\n");
    const quotes = run(text, [["Ashcrofts", "ashcrofts", "organization"], ["Tom Ashcroft", "tom-ashcroft", "person"], ["Horniman Museum", "horniman-museum", "organization"], ["London", "london", "place"], ["Nigeria", "nigeria", "place"], ["National Commission for Museums and Monuments", "ncmm", "organization"]]);
    expect(quoteOf(quotes, "We are heartbroken").speakerEntityId).toBe("ashcrofts");
    expect(quoteOf(quotes, "It was the right").speakerEntityId).toBe("horniman-museum");
  });
  it("... never merely the nearest body: a hospital after the police, a band after its label (`artsheads`)", () => {
    const text = [
      'A man was stabbed in Leeds, West Yorkshire Police said. He was taken to hospital. The hospital said: "He is stable."',
      'Coldplay\'s label, Parlophone, confirmed the delay on Monday. The band said: "We are sorry."',
      'The Horniman Museum in London returned 72 objects. "It was right," the museum said.',
    ].join("\n\n");
    const quotes = run(text, [["West Yorkshire Police", "wyp", "organization"], ["Leeds", "leeds", "place"], ["Parlophone", "parlophone", "organization"], ["Horniman Museum", "horniman-museum", "place"], ["London", "london", "place"]]);
    expect(quoteOf(quotes, "He is stable").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "We are sorry").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "It was right").speakerEntityId).toBe("horniman-museum");
  });
  it("gives the words to a person 'of' a body before an apposition that names another person (`personofbody`)", () => {
    const text = 'Opposition leader Sajith Premadasa of the Samagi Jana Balawegaya (SJB), the son of the late president Ranasinghe Premadasa, called the agreements "a burden on generations not yet born" and demanded the terms.';
    const quotes = run(text, [["Sajith Premadasa", "sajith-premadasa", "person"], ["Samagi Jana Balawegaya", "sjb", "organization"], ["SJB", "sjb", "organization"], ["Ranasinghe Premadasa", "ranasinghe-premadasa", "person"]]);
    expect(quoteOf(quotes, "a burden").speakerEntityId).toBe("sajith-premadasa");
  });
  it("after an inverted verb, the name a description's clause gives (`gavenameafter`); not where it gives none", () => {
    const text = 'At the market, traders were unconcerned. "People will come back here for their tomatoes," said a pepper seller who gave her name only as Funmi. "It is fine," said a trader who gave no name, Ade Bello.';
    const quotes = run(text, [["Funmi", "funmi", "person"], ["Ade Bello", "ade-bello", "person"]]);
    expect(quoteOf(quotes, "People will").speakerEntityId).toBe("funmi");
    expect(quoteOf(quotes, "It is fine").speakerEntityId).not.toBe("ade-bello");
  });
  it("keeps a quotation after a passive speech verb, given to the agent after 'by' or to nobody", () => {
    const text = 'Daniel Bernoulli was described by W. W. Rouse Ball as "by far the ablest of the younger Bernoullis". He has been described as "arguably the most versatile mathematician of his time".';
    const quotes = run(text, [["Daniel Bernoulli", "daniel-bernoulli", "person"], ["W. W. Rouse Ball", "rouse-ball", "person"]]);
    expect(quoteOf(quotes, "by far the ablest").kind).toBe("speech");
    expect(quoteOf(quotes, "by far the ablest").speakerEntityId).toBe("rouse-ball");
    expect(quoteOf(quotes, "arguably the most").speakerEntityId).toBeNull();
  });
  it("gives a quotation to the person named after an inverted role, and a spokeswoman's words to the place she speaks for", () => {
    const text = [
      '"Our members spent three years locked out of our biggest market," said the group\'s chairman, Brendan Hales. "Farmers will be hit hardest."',
      '"We are disappointed," said the club\'s coach, Anna Berg\'s assistant.',
      'A spokeswoman for the British Museum said it was "in active dialogue with Nigerian partners".',
    ].join("\n\n");
    const quotes = run(text, [["Brendan Hales", "brendan-hales", "person"], ["Anna Berg", "anna-berg", "person"], ["British Museum", "british-museum", "place"]]);
    expect(quoteOf(quotes, "Our members").speakerEntityId).toBe("brendan-hales");
    expect(quoteOf(quotes, "Farmers will").speakerEntityId).toBe("brendan-hales");
    expect(quoteOf(quotes, "We are disappointed").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "in active dialogue").speakerEntityId).toBe("british-museum");
  });
  it("takes whom a sentence is credited to ('According to X,') as what a 'he' after it continues", () => {
    const text = [
      "Irish Rugby Football Union chief executive Kevin Potts said the crowd was a record.",
      "According to O'Sullivan, the squad had focused on discipline during the week. \"Tadhg Beirne kept telling us to keep the penalty count under ten,\" he told the Irish Times.",
    ].join(" ");
    const quotes = run(text, [["Kevin Potts", "kevin-potts", "person"], ["O'Sullivan", "cian-osullivan", "person"], ["Tadhg Beirne", "tadhg-beirne", "person"], ["Irish Times", "irish-times", "organization"]]);
    expect(quoteOf(quotes, "Tadhg Beirne").speakerEntityId).toBe("cian-osullivan");
  });
  it("answers go to the one asked; 'the spokesman' to the body a spokesman spoke for; a title over 'of State for'", () => {
    const text = [
      "Dr Helen Rourke gave evidence. Ms Mutch asked Dr Rourke whether an earlier arrival would have changed the outcome. She said it probably would have. \"On the balance of probabilities, yes,\" she told the court.",
      "A spokesman for Hartwell Homes said the company was \"disappointed\". Campaigners cheered.",
      "\"Cambridge has one of the most acute housing shortages,\" the spokesman said.",
      "A spokesman for Vietnam's Ministry of Natural Resources said permits were under review. \"We take the protection of biodiversity very seriously,\" the spokesman told the Tuoi Tre newspaper.",
      "However, Minister of State for Interior Talal Chaudhry rejected the allegation.",
      "\"The agency is acting on complaints,\" the minister said.",
    ].join("\n\n");
    const quotes = run(text, [["Helen Rourke", "helen-rourke", "person"], ["Rourke", "helen-rourke", "person"], ["Mutch", "alison-mutch", "person"], ["Hartwell Homes", "hartwell-homes", "organization"], ["Vietnam", "vietnam", "place"], ["Ministry of Natural Resources", "monre", "organization"], ["Tuoi Tre", "tuoi-tre", "organization"], ["Talal Chaudhry", "talal-chaudhry", "person"]]);
    expect(quoteOf(quotes, "On the balance").speakerEntityId).toBe("helen-rourke");
    expect(quoteOf(quotes, "Cambridge has").speakerEntityId).toBe("hartwell-homes");
    expect(quoteOf(quotes, "We take the protection").speakerEntityId).toBe("monre");
    expect(quoteOf(quotes, "The agency is acting").speakerEntityId).toBe("talal-chaudhry");
  });
  it("keeps ranks and compound titles apart, finds a title across an honorific, and reads 'Michal' as either sex", () => {
    const text = [
      "Minister of Lands Emmanuel Buah visited. But the Deputy Minister of Lands, Mr Yusif Sulemana, disagreed.",
      "\"They had eight years,\" the deputy minister said.",
      "The Minority called for the suspension of the Chief Executive Officer of the Minerals Commission, Mr Kwaku Asante-Boakye.",
      "\"Some of us have been threatened with guns,\" the chief said.",
      "\"They failed to crush the Supreme Court,\" Yair Lapid said.",
      "National Unity MK Michal Rosenberg-Shaked said the coalition was rushing the bill. \"Of all the things this government could be doing tonight, this is what it chose,\" she said.",
    ].join("\n\n");
    const quotes = run(text, [["Emmanuel Buah", "emmanuel-buah", "person"], ["Yusif Sulemana", "yusif-sulemana", "person"], ["Minerals Commission", "minerals-commission", "organization"], ["Kwaku Asante-Boakye", "kwaku-asante-boakye", "person"], ["Supreme Court", "supreme-court", "organization"], ["Yair Lapid", "yair-lapid", "person"], ["Michal Rosenberg-Shaked", "michal-rosenberg-shaked", "person"]]);
    expect(quoteOf(quotes, "They had eight").speakerEntityId).toBe("yusif-sulemana");
    expect(quoteOf(quotes, "Some of us").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "Of all the things").speakerEntityId).toBe("michal-rosenberg-shaked");
  });
  it("takes no nickname inside a name for a quotation", () => {
    const text = 'Albay Governor Ramon "Monching" Dela Peña said classes were suspended. "We have never seen the water rise this fast," Dela Peña told reporters.';
    const quotes = run(text, [['Ramon "Monching" Dela Peña', "ramon-dela-pena", "person"], ["Dela Peña", "ramon-dela-pena", "person"]]);
    expect(quotes.map((q) => q.text)).not.toContain('"Monching"');
    expect(quoteOf(quotes, "We have never").speakerEntityId).toBe("ramon-dela-pena");
  });
  it("reads 'the minister of state', 'According to her', a statement's author, a counterpart and a secretary of state", () => {
    const text = [
      "Minister of State Colm Redmond said the Government shared the concerns. \"We have raised quotas,\" Mr Redmond said.",
      "\"Nobody in Brussels is under any illusion about Ireland's position,\" the minister of state said.",
      "Lunde noted that the aircraft had been inspected. According to her, the investigation will look at whether it was \"carried out in line with the requirements.\"",
      "The appointment was welcomed by the Presidential Communications Office, which released a short statement. \"We congratulate him,\" the statement read.",
      "Trade Minister Andrew Whitlock and his Indonesian counterpart, Hendra Wijaya, signed the deal. Mr Wijaya said Indonesia had sought guarantees. \"Indonesia needs a reliable supply,\" the minister said.",
      "Culture Secretary Helen Marsh attended the ceremony. \"The awards have given a platform to artists,\" the minister said.",
    ].join("\n\n");
    const quotes = run(text, [["Colm Redmond", "colm-redmond", "person"], ["Redmond", "colm-redmond", "person"], ["Brussels", "brussels", "place"], ["Ireland", "ireland", "place"], ["Lunde", "hanne-lunde", "person"], ["Presidential Communications Office", "pco", "organization"], ["Andrew Whitlock", "andrew-whitlock", "person"], ["Hendra Wijaya", "hendra-wijaya", "person"], ["Wijaya", "hendra-wijaya", "person"], ["Indonesia", "indonesia", "place"], ["Helen Marsh", "helen-marsh", "person"]]);
    expect(quoteOf(quotes, "Nobody in Brussels").speakerEntityId).toBe("colm-redmond");
    expect(quoteOf(quotes, "carried out").speakerEntityId).toBe("hanne-lunde");
    expect(quoteOf(quotes, "We congratulate").speakerEntityId).toBe("pco");
    expect(quoteOf(quotes, "Indonesia needs").speakerEntityId).toBe("hendra-wijaya");
    expect(quoteOf(quotes, "The awards have").speakerEntityId).toBe("helen-marsh");
  });
  it("follows spokespeople by their own word and body, and names given in a relative clause; takes a quoted name after 'call' for no quotation", () => {
    const text = [
      "A spokesman for the RMT union said members would strike. A spokeswoman for Avanti West Coast said talks continued. \"We have met the union four times,\" the spokeswoman said. \"The offer was tied to closures,\" the spokesman said. A Transport Focus spokesman said passengers were angry. \"We remain available for talks,\" the union spokesman said.",
      "A neighbour in Possilpark, who gave her name only as Mrs Boyle, said the street was quieter. \"You can let the weans out to play again,\" she said.",
      "\"My father worked here for thirty years,\" said one crane operator, who gave only his surname, Jung.",
      "\"No new rules can make a sea voyage humane,\" said the charity's chief science officer, Dr Meredith Lane.",
      "Villanueva, whom residents also call \"Kapitan Dong\", said the cleanup would take weeks.",
    ].join("\n\n");
    const quotes = run(text, [["RMT", "rmt", "organization"], ["Avanti West Coast", "avanti", "organization"], ["Transport Focus", "transport-focus", "organization"], ["Possilpark", "possilpark", "place"], ["Boyle", "boyle", "person"], ["Jung", "jung", "person"], ["Meredith Lane", "meredith-lane", "person"], ["Villanueva", "villanueva", "person"]]);
    expect(quoteOf(quotes, "We have met").speakerEntityId).toBe("avanti");
    expect(quoteOf(quotes, "The offer was").speakerEntityId).toBe("rmt");
    expect(quoteOf(quotes, "We remain").speakerEntityId).toBe("rmt");
    expect(quoteOf(quotes, "You can let").speakerEntityId).toBe("boyle");
    expect(quoteOf(quotes, "My father").speakerEntityId).toBe("jung");
    expect(quoteOf(quotes, "No new rules").speakerEntityId).toBe("meredith-lane");
    expect(quoteOf(quotes, "Kapitan Dong").kind).toBe("scare");
  });
  it("does not take a title's front word for an unnamed person, nor a plural or British word for a name", () => {
    const text = [
      "Barangay captain Eduardo Villanueva said water had reached the second floor. \"We had less than an hour to move everyone,\" he said.",
      "Neighbours know Lourdes Bautista, 67, simply as \"Lola Des\". \"I have lived here since 1975,\" she said.",
    ].join("\n\n");
    const quotes = run(text, [["Eduardo Villanueva", "eduardo-villanueva", "person"], ["Lourdes Bautista", "lourdes-bautista", "person"]]);
    expect(quoteOf(quotes, "We had less").speakerEntityId).toBe("eduardo-villanueva");
    expect(quoteOf(quotes, "I have lived").speakerEntityId).toBe("lourdes-bautista");
  });
  it("keeps titles to their holders: a person met, a counterpart in another post, shadow and press titles, a secretary for another portfolio", () => {
    const text = [
      "Aslef's general secretary, Carl Henshaw, attacked the offer. Rail Minister Daniel Okafor met Mr Henshaw on Thursday evening.",
      "\"I urge both sides to get back round the table,\" the minister said.",
      "Education Secretary Claire Hadley defended the offer. The NEU's general secretary, Niamh Cullen, rejected it. Ms Hadley held talks with Ms Cullen and her counterpart at the NASUWT, Graham Pike.",
      "\"Nobody left that room thinking the matter was closed,\" the minister said.",
      "Shadow Culture Secretary Martin Tovey attacked the cuts. \"This is vandalism,\" Mr Tovey said.",
      "Downing Street press secretary Anna Leighton said the Prime Minister had confidence in the plan. \"The plan has the backing of the Prime Minister,\" the press secretary said.",
      "Secretary for Justice Edwin Kwok spoke first. Secretary for Security Raymond Lau said the rule was lawful. \"We have seen how overseas lawyers can be used,\" the secretary for justice said.",
    ].join("\n\n");
    const quotes = run(text, [["Aslef", "aslef", "organization"], ["Carl Henshaw", "carl-henshaw", "person"], ["Henshaw", "carl-henshaw", "person"], ["Daniel Okafor", "daniel-okafor", "person"], ["Claire Hadley", "claire-hadley", "person"], ["Hadley", "claire-hadley", "person"], ["NEU", "neu", "organization"], ["Niamh Cullen", "niamh-cullen", "person"], ["Cullen", "niamh-cullen", "person"], ["NASUWT", "nasuwt", "organization"], ["Graham Pike", "graham-pike", "person"], ["Martin Tovey", "martin-tovey", "person"], ["Tovey", "martin-tovey", "person"], ["Downing Street", "downing-street", "place"], ["Anna Leighton", "anna-leighton", "person"], ["Edwin Kwok", "edwin-kwok", "person"], ["Raymond Lau", "raymond-lau", "person"]]);
    expect(quoteOf(quotes, "I urge both").speakerEntityId).toBe("daniel-okafor");
    expect(quoteOf(quotes, "Nobody left").speakerEntityId).toBe("claire-hadley");
    expect(quoteOf(quotes, "The plan has").speakerEntityId).toBe("anna-leighton");
    expect(quoteOf(quotes, "We have seen how").speakerEntityId).toBe("edwin-kwok");
  });
  it("gives 'the statement' only to an author the text names as such, and no joint statement to one of its authors", () => {
    const text = [
      "Northern told the BBC in a statement that talks would continue. \"We have offered a fair deal,\" the statement said.",
      "The Hong Kong Bar Association issued a statement on Monday. The Law Society said it was studying the association's statement. \"The Bar stands ready,\" the statement said.",
      "In a statement released through Wigan Athletic, Brennan said he was sorry. \"The last six months have been the hardest of my life,\" the statement read.",
      "Wigan manager Tony Galloway, along with club captain Jordan Reid, said in a joint statement that the squad had \"stood by Ashley\". \"We are delighted to have him back,\" the statement said.",
      "In a letter to members on Tuesday, the Ontario Nurses' Association (ONA) wrote that staffing was poor. The letter described some wards as \"unsafe for patients\".",
    ].join("\n\n");
    const quotes = run(text, [["Northern", "northern", "organization"], ["BBC", "bbc", "organization"], ["Hong Kong Bar Association", "hkba", "organization"], ["Law Society", "law-society", "organization"], ["Wigan Athletic", "wigan", "organization"], ["Brennan", "ashley-brennan", "person"], ["Tony Galloway", "tony-galloway", "person"], ["Jordan Reid", "jordan-reid", "person"], ["Ashley", "ashley-brennan", "person"], ["Ontario Nurses' Association", "ona", "organization"], ["ONA", "ona", "organization"]]);
    expect(quoteOf(quotes, "We have offered").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "The Bar stands").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "The last six").speakerEntityId).toBe("ashley-brennan");
    expect(quoteOf(quotes, "stood by").speakerEntityId).toBe("tony-galloway");
    expect(quoteOf(quotes, "We are delighted").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "unsafe for").speakerEntityId).toBe("ona");
  });
  it("reads spokespeople and unnamed people as written, and a speech noun after a preposition as a noun", () => {
    const text = [
      "A spokesman for the RMT union said members were angry. Asked about the Aslef union, which is holding its own ballot, he said: \"That is for our executive.\" \"Nobody should doubt our resolve,\" the union spokesman added.",
      "Jane Corley said: \"I'm not a spokesman for Ofwat, but the figures are clear.\" \"Bills will rise,\" the spokesman added.",
      "A retired engineer, who gave no name, said Mr Lowry had attended a site visit. \"It looked very cosy to me,\" he said.",
      "A CDC spokesman, Kevin Marsh, said the agency would work with states \"to get warnings to the people who need them\".",
    ].join("\n\n");
    const quotes = run(text, [["RMT", "rmt", "organization"], ["Aslef", "aslef", "organization"], ["Jane Corley", "jane-corley", "person"], ["Ofwat", "ofwat", "organization"], ["Lowry", "lowry", "person"], ["Henshaw", "henshaw", "person"], ["CDC", "cdc", "organization"], ["Kevin Marsh", "kevin-marsh", "person"]]);
    expect(quoteOf(quotes, "Nobody should").speakerEntityId).toBe("rmt");
    expect(quoteOf(quotes, "Bills will rise").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "It looked very").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "to get warnings").speakerEntityId).toBe("kevin-marsh");
  });
  it("gives an age the text never stated to the one person just speaking, never to one the text gave another age", () => {
    const text = [
      "Ortega, who joined from Real Betis in August, said the goal was the most important of his career. \"I have never scored one like this,\" the 24-year-old said.",
      "Mark Ellis, 52, watched from the stands. Tom Reid said the crowd was loud. \"It was a special night,\" the 31-year-old said.",
    ].join("\n\n");
    const quotes = run(text, [["Ortega", "diego-ortega", "person"], ["Real Betis", "real-betis", "organization"], ["Mark Ellis", "mark-ellis", "person"], ["Tom Reid", "tom-reid", "person"]]);
    expect(quoteOf(quotes, "I have never").speakerEntityId).toBe("diego-ortega");
    // Tom Reid spoke last; Mark Ellis, 52, is not the 31-year-old.
    expect(quoteOf(quotes, "It was a special").speakerEntityId).toBe("tom-reid");
  });
  it("answers a reporter's question with the one asked, and keeps an unnamed husband's words from the last man who spoke", () => {
    const text = [
      "Halvorsen will next face Diego Ferrer. \"I have played Erik three times,\" Ferrer told reporters. One reporter asked Halvorsen whether he felt sorry for his friend. \"Of course,\" he said.",
      "Margaret Pollard and her husband were rescued. Ian Fenwick said: \"People like them are the reason we do this.\" Mrs Pollard shook her head. Her husband disagreed. \"It's our home,\" he said.",
      "Her son, Peter Dunn, said the family had waited four years. \"Mum kept saying they would never catch him,\" he said.",
    ].join("\n\n");
    const quotes = run(text, [["Halvorsen", "erik-halvorsen", "person"], ["Diego Ferrer", "diego-ferrer", "person"], ["Ferrer", "diego-ferrer", "person"], ["Margaret Pollard", "margaret-pollard", "person"], ["Ian Fenwick", "ian-fenwick", "person"], ["Pollard", "margaret-pollard", "person"], ["Peter Dunn", "peter-dunn", "person"]]);
    expect(quoteOf(quotes, "Of course").speakerEntityId).toBe("erik-halvorsen");
    expect(quoteOf(quotes, "It's our home").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "Mum kept").speakerEntityId).toBe("peter-dunn");
  });
  it("counts an age given in a clause, so that two people of that age leave 'the 24-year-old' open", () => {
    const text = "Boyd, 24, was inconsolable. McAllister, who turned 24 last week, said his delivery had been good. \"I just put it where Marcus likes it,\" the 24-year-old said.";
    const quotes = run(text, [["Boyd", "connor-boyd", "person"], ["McAllister", "lewis-mcallister", "person"], ["Marcus", "marcus-ebanks", "person"]]);
    expect(quoteOf(quotes, "I just put").speakerEntityId).toBeNull();
  });
  it("gives a participle's words to a description opening the sentence, not to one inside it (\"The spokeswoman rejected that offer, saying\")", () => {
    const text = [
      "The march was organised by the Citizens Coalition. Its spokeswoman, Wanjiru Kamau, said the levy would hit the poor.",
      "Interior minister John Otieno said the march was illegal. He said the government was open to talks. The spokeswoman rejected that offer, saying \"exemptions on paper mean nothing.\"",
      "The general secretary of Unison, Derek Malley, welcomed the offer but said talks \"must be more than a photo opportunity\".",
    ].join("\n\n");
    const quotes = run(text, [["Citizens Coalition", "citizens-coalition", "organization"], ["Wanjiru Kamau", "wanjiru-kamau", "person"], ["John Otieno", "john-otieno", "person"], ["Unison", "unison", "organization"], ["Derek Malley", "derek-malley", "person"]]);
    expect(quoteOf(quotes, "exemptions on paper").speakerEntityId).toBe("wanjiru-kamau");
    expect(quoteOf(quotes, "must be more").speakerEntityId).toBe("derek-malley");
  });
  it("gives a statement's words to the body an apposition names before \"said in a statement\"", () => {
    const text = "The band's longtime label, Blue Heron Records, said in a statement that it would reissue the album. \"He was one of the great improvisers,\" the statement read.";
    const quotes = run(text, [["Blue Heron Records", "blue-heron-records", "organization"]]);
    expect(quoteOf(quotes, "He was one").speakerEntityId).toBe("blue-heron-records");
  });
  it("reads a portfolio's list over its commas, and takes 'the Speaker' as a role", () => {
    const text = [
      "The Minister of Health, Jane Osei, welcomed it. \"This is a good day,\" the minister said.",
      "Ghana's Minister of Tourism, Arts and Culture, Abena Mensah, welcomed it too. \"We hope others follow,\" the minister added.",
      "The Speaker of the House, Milton Dick, suspended proceedings. \"Members will come to order,\" the Speaker said.",
    ].join("\n\n");
    const quotes = run(text, [["Jane Osei", "jane-osei", "person"], ["Ghana", "ghana", "place"], ["Abena Mensah", "abena-mensah", "person"], ["House", "house", "organization"], ["Milton Dick", "milton-dick", "person"]]);
    expect(quoteOf(quotes, "This is a good").speakerEntityId).toBe("jane-osei");
    expect(quoteOf(quotes, "We hope").speakerEntityId).toBe("abena-mensah");
    expect(quoteOf(quotes, "Members will").speakerEntityId).toBe("milton-dick");
  });
  it("gives a participle to the clause it hangs on: after ', and', and none past a relative clause or a passive's agent", () => {
    const text = [
      "Sports Minister Jenny Chapman criticised England Coach Thomas Tuchel. The minister blamed the players, and the coach hit back, saying: \"They can spin this any way.\"",
      "Development Minister Anneliese Dodds spoke later. The minister was questioned by MPs, who pressed her on cuts, saying: \"You cannot cut aid.\"",
    ].join("\n\n");
    const quotes = run(text, [["Jenny Chapman", "jenny-chapman", "person"], ["England", "england", "organization"], ["Thomas Tuchel", "thomas-tuchel", "person"], ["Anneliese Dodds", "anneliese-dodds", "person"]]);
    expect(quoteOf(quotes, "They can spin").speakerEntityId).toBe("thomas-tuchel");
    expect(quoteOf(quotes, "You cannot cut").speakerEntityId).toBeNull();
  });
  it("gives a statement to the person an apposition describes, to a body that 'also issued' one, and to no one for a family's or lawyers'", () => {
    const text = [
      "Amanda Gearing, a senior organiser at the GMB, said in a statement that the vote was clear. \"Our members have shown resolve,\" the statement read.",
      "The British Poultry Council, which also issued a statement, blamed costs. \"Some farms will not survive,\" the statement read.",
      "The family of Whitney Houston said in a statement that she would have been proud. \"She never forgot where she came from,\" the statement read.",
    ].join("\n\n");
    const quotes = run(text, [["Amanda Gearing", "amanda-gearing", "person"], ["GMB", "gmb", "organization"], ["British Poultry Council", "british-poultry-council", "organization"], ["Whitney Houston", "whitney-houston", "person"]]);
    expect(quoteOf(quotes, "Our members").speakerEntityId).toBe("amanda-gearing");
    expect(quoteOf(quotes, "Some farms").speakerEntityId).toBe("british-poultry-council");
    expect(quoteOf(quotes, "She never forgot").speakerEntityId).toBeNull();
  });
  it("counts a country's possessive as a nationality where the country is typed its team ('beating Italy's Jannik Sinner')", () => {
    const text = "Carlos Alcaraz won the final, beating Italy's Jannik Sinner 7-6, 6-4. The Spaniard, who had lost twice to Sinner this season, sank to the court. \"I have dreamed about this,\" the Spaniard said.";
    const quotes = run(text, [["Carlos Alcaraz", "carlos-alcaraz", "person"], ["Italy", "italy", "organization"], ["Jannik Sinner", "jannik-sinner", "person"], ["Sinner", "jannik-sinner", "person"]]);
    expect(quoteOf(quotes, "I have dreamed").speakerEntityId).toBe("carlos-alcaraz");
  });
  it("gives a paragraph wholly quoted to the one whose words the paragraph before reports, not to one who told someone else something", () => {
    const text = [
      "Speaking outside court, Mr Nowak's widow, Agnieszka Nowak, said her husband had moved to Leeds in 2009.",
      "\"Marek was the kindest man I ever knew.\"",
      "The inquiry chair, Helen Marsh, told her she could take a break.",
      "\"I wrote to the director of nursing in the March.\"",
    ].join("\n\n");
    const quotes = run(text, [["Agnieszka Nowak", "agnieszka-nowak", "person"], ["Nowak", "marek-nowak", "person"], ["Leeds", "leeds", "place"], ["Helen Marsh", "helen-marsh", "person"]]);
    expect(quoteOf(quotes, "Marek was").speakerEntityId).toBe("agnieszka-nowak");
    expect(quoteOf(quotes, "I wrote to").speakerEntityId).toBeNull();
  });
  it("gives a title to the successor the text names after its holder was replaced", () => {
    const text = "Defence Minister Khaled Nordin was moved to higher education, and was replaced by Mohamad Hasan. \"We need ships,\" the defence minister said.";
    const quotes = run(text, [["Khaled Nordin", "khaled-nordin", "person"], ["Mohamad Hasan", "mohamad-hasan", "person"]]);
    expect(quoteOf(quotes, "We need ships").speakerEntityId).toBe("mohamad-hasan");
  });
  it("a description whose own apposition names its person, after the description's words and an age, is that person for a pronoun after it (`namedlater`)", () => {
    const text = [
      "One survivor, 34-year-old teacher Gabriel Huaman, described the crash to a radio station. \"I was asleep, and then everything was turning,\" he said.",
      "A relative of one of the victims, Rosa Mamani, criticised the company outside the hospital. \"They knew the drivers were tired,\" she said.",
      "A driver taking part in the protest, 31-year-old Faith Wanjiru, said she had lost her job. \"I thought this was freedom,\" she said.",
      "A 52-year-old farmer from Tawila, who asked not to be named, said the militia came at night. \"They took everything,\" he said.",
    ].join("\n\n");
    const quotes = run(text, [["Gabriel Huaman", "gabriel-huaman", "person"], ["Rosa Mamani", "rosa-mamani", "person"], ["Faith Wanjiru", "faith-wanjiru", "person"], ["Tawila", "tawila", "place"]]);
    expect(quoteOf(quotes, "I was asleep").speakerEntityId).toBe("gabriel-huaman");
    expect(quoteOf(quotes, "They knew").speakerEntityId).toBe("rosa-mamani");
    expect(quoteOf(quotes, "I thought").speakerEntityId).toBe("faith-wanjiru");
    expect(quoteOf(quotes, "They took").speakerEntityId).toBeNull();
  });
  it("a role's apposition with a rank of two words names it: 'Its spokesperson, Brigadier General Maria Fajardo,' (`rankwords`)", () => {
    const text = "The police said it would study the decision. Its spokesperson, Brigadier General Maria Fajardo, said officers had acted in good faith. \"Our people were trying to protect commuters,\" the spokesperson said.";
    const quotes = run(text, [["Maria Fajardo", "maria-fajardo", "person"]]);
    expect(quoteOf(quotes, "Our people").speakerEntityId).toBe("maria-fajardo");
  });
  it("a phrase put before the clause is no part of it: 'In a statement posted on his campaign's website, he congratulated Nishimura and said' (`frontedphrase`)", () => {
    const text = "Haruka Nishimura won. Her rival, Kenji Ota, lost. \"We won,\" Nishimura said.\n\nOta conceded defeat. In a statement posted on his campaign's website, he congratulated Nishimura and said his party had \"started a conversation that will not end\".";
    const quotes = run(text, [["Haruka Nishimura", "haruka-nishimura", "person"], ["Nishimura", "haruka-nishimura", "person"], ["Kenji Ota", "kenji-ota", "person"], ["Ota", "kenji-ota", "person"]]);
    expect(quoteOf(quotes, "started a conversation").speakerEntityId).toBe("kenji-ota");
  });
  it("a speaker's own quoted sentences do not take a title's holder out of reach: '... he said: \"[two sentences]\" The minister added' (`quotedsentences`)", () => {
    const text = "Kuwait's Oil Minister Tariq Al-Enezi said on Monday that the group was united.\n\nIraq's oil minister, Hassan Al-Obaidi, struck a more cautious tone. Speaking in Baghdad, he said: \"Iraq has made sacrifices. Our partners know that we cannot cut forever.\" The minister added that Baghdad expected cuts to end \"by the middle of next year\".";
    const quotes = run(text, [["Kuwait", "kuwait", "place"], ["Tariq Al-Enezi", "tariq-al-enezi", "person"], ["Iraq", "iraq", "place"], ["Hassan Al-Obaidi", "hassan-al-obaidi", "person"], ["Baghdad", "baghdad", "place"]]);
    expect(quoteOf(quotes, "by the middle").speakerEntityId).toBe("hassan-al-obaidi");
  });
  it("'a spokesman for the trust' is the one body named with the word, however far back, before a body named since (`headnamedfar`)", () => {
    const text = [
      "Patients are waiting two years, according to figures seen by the BBC.",
      "The University Hospitals of North Midlands NHS Trust said it was working hard. Margaret Holloway has waited 26 months. She told the BBC she relied on a wheelchair. \"I used to walk to school,\" Mrs Holloway said. \"Now I cannot.\" Her husband said they could not pay. \"It is not fair,\" he said. \"We paid in all our lives.\"",
      "A spokesman for the trust said: \"We are sorry that some patients are waiting longer.\"",
    ].join("\n\n");
    const quotes = run(text, [["BBC", "bbc", "organization"], ["University Hospitals of North Midlands NHS Trust", "uhnm", "organization"], ["Margaret Holloway", "margaret-holloway", "person"], ["Holloway", "margaret-holloway", "person"]]);
    expect(quoteOf(quotes, "We are sorry").speakerEntityId).toBe("uhnm");
  });
  it("what a thing shows, inside what a person reports, is the person's words; not a document's, a passive's or a parenthetical's (`outerverb`)", () => {
    const text = [
      "Its chairwoman, Dr Maeve Garrity, said the money reflected \"the importance of the festival to Irish life\".",
      "Aiko Fujimoto spoke to reporters. She added that the strong showing on the coast suggested the issue \"is not going away\".",
      "\"I hope so,\" Tomas Lindqvist said, before adding with a smile: \"But for 90 minutes, I want them to be quiet.\"",
      "Aroha Peters said she had been told by a police officer to \"grab the kids and go now\".",
      "Julia Huaman spoke. One of them, she said, had asked only \"whether the goats were still alive\".",
    ].join("\n\n");
    const quotes = run(text, [["Maeve Garrity", "maeve-garrity", "person"], ["Aiko Fujimoto", "aiko-fujimoto", "person"], ["Tomas Lindqvist", "tomas-lindqvist", "person"], ["Aroha Peters", "aroha-peters", "person"], ["Julia Huaman", "julia-huaman", "person"]]);
    expect(quoteOf(quotes, "the importance").speakerEntityId).toBe("maeve-garrity");
    expect(quoteOf(quotes, "is not going").speakerEntityId).toBe("aiko-fujimoto");
    expect(quoteOf(quotes, "But for 90").speakerEntityId).toBe("tomas-lindqvist");
    expect(quoteOf(quotes, "grab the kids").speakerEntityId).toBeNull();
    expect(quoteOf(quotes, "whether the goats").speakerEntityId).toBeNull();
  });
  it("'welcomed the result as \"...\"' gives the words to the one who welcomed it (`welcome` is a speech verb)", () => {
    const text = "ESA's director of science, Katrin Vogelsang, welcomed the result as \"exactly the kind of science we wanted\".";
    const quotes = run(text, [["ESA", "esa", "organization"], ["Katrin Vogelsang", "katrin-vogelsang", "person"]]);
    expect(quoteOf(quotes, "exactly the kind").speakerEntityId).toBe("katrin-vogelsang");
  });
  it("a quotation after a sentence reporting someone's words goes on with them when the next sentence goes on with 'The 34-year-old said' (`goesonsaid`)", () => {
    const text = "One resident, 34-year-old teacher Ahmed Khalil, described the floods to the Times of Oman. \"My neighbour shouted and we climbed up. We stayed there until morning.\" The 34-year-old said his family had lost their car.";
    const quotes = run(text, [["Ahmed Khalil", "ahmed-khalil", "person"], ["Times of Oman", "times-of-oman", "organization"]]);
    expect(quoteOf(quotes, "My neighbour").speakerEntityId).toBe("ahmed-khalil");
  });
  it("a quotation after 'Asked about X, he declined to give a date.' is his answer (`askedanswer`)", () => {
    const text = "ISRO chairman P. Venkatesan told reporters that the agency planned four more launches. \"Our focus is reliability,\" he said. Asked about delays to the crewed programme, he declined to give a date. \"When it is safe, we will fly. Not before.\"";
    const quotes = run(text, [["ISRO", "isro", "organization"], ["P. Venkatesan", "p-venkatesan", "person"]]);
    expect(quoteOf(quotes, "When it is safe").speakerEntityId).toBe("p-venkatesan");
  });
  it("words right after 'I said,' are the first speaker's, not those of 'He' in the next sentence; not when they end in a comma (`introducedfirst`)", () => {
    const text = "Marcus Webb rang me and said, \"We want the big room,\" and I said, \"Are you sure?\" He said yes, so here we are.\n\nWhen people introduce themselves and say, 'Hey Frank, my name is John,' I say, 'Hey John.'";
    const quotes = run(text, [["Marcus Webb", "marcus-webb", "person"]]);
    expect(quoteOf(quotes, "We want").speakerEntityId).toBe("marcus-webb");
    expect(quoteOf(quotes, "Are you sure").speakerEntityId).toBeNull();
  });
  it("an interview's speaker label is no antecedent of 'she' in its answer (`speakerlabel`)", () => {
    const text = "Wikinews: How did that come about?\n\nMcAllister: Through Aunty Joan Richards, who is an elder. She came to the studio and told me, \"You've got the country in there.\" She was right.";
    const quotes = run(text, [["McAllister", "fiona-mcallister", "person"], ["Joan Richards", "joan-richards", "person"]]);
    expect(quoteOf(quotes, "You've got").speakerEntityId).toBe("joan-richards");
  });
  it("'Asked whether X, the 38-year-old researcher was cautious: \"...\"' and 'Asked what Calloway had said, the teenager grinned' are the one asked (`askedsubject`)", () => {
    const text = [
      "Priya Raghunathan led the study. Asked whether the findings changed the outlook, the 38-year-old researcher was cautious: \"It doesn't change the direction.\"",
      "Coach Brett Calloway praised Liam Doherty. Doherty, meanwhile, was low-key. Asked what Calloway had said to him after the siren, the teenager grinned: \"He just said, 'Good job.'\"",
    ].join("\n\n");
    const quotes = run(text, [["Priya Raghunathan", "priya-raghunathan", "person"], ["Brett Calloway", "brett-calloway", "person"], ["Calloway", "brett-calloway", "person"], ["Liam Doherty", "liam-doherty", "person"], ["Doherty", "liam-doherty", "person"]]);
    expect(quoteOf(quotes, "It doesn't").speakerEntityId).toBe("priya-raghunathan");
    expect(quoteOf(quotes, "He just said").speakerEntityId).toBe("liam-doherty");
  });
  it("'According to X, he ... , telling colleagues he \"...\"' is 'he', past the fronted phrase (`frontedphrase`)", () => {
    const text = "The lead student, Tomas Ferreira, camped beside lakes. According to Priya Raghunathan, he once worked a 20-hour shift, telling colleagues he \"wasn't going to waste a good thaw day\".";
    const quotes = run(text, [["Tomas Ferreira", "tomas-ferreira", "person"], ["Priya Raghunathan", "priya-raghunathan", "person"]]);
    expect(quoteOf(quotes, "wasn't going").speakerEntityId).toBe("tomas-ferreira");
  });
  it("a role's apposition with a nationality and an occupation names it: 'The head of the mission, Danish diplomat Henrik Sorensen,' (`apposeddesc`)", () => {
    const text = "The head of the OSCE observer mission, Danish diplomat Henrik Sorensen, said the commission had worked hard. \"Election officials did their job,\" he said.";
    const quotes = run(text, [["OSCE", "osce", "organization"], ["Henrik Sorensen", "henrik-sorensen", "person"]]);
    expect(quoteOf(quotes, "Election officials").speakerEntityId).toBe("henrik-sorensen");
  });
  it("a clause of its own after the words is no cue of theirs: '\"...\", prompting a response from Senator Kovacs, who accused' (`afterclause`)", () => {
    const text = "Greens senator Tahlia Kovacs pressed Graham Wetherall. Mr Wetherall said he was \"not in a position to canvass the advice\", prompting an angry response from Senator Kovacs, who accused the department of \"hiding behind process\".";
    const quotes = run(text, [["Tahlia Kovacs", "tahlia-kovacs", "person"], ["Graham Wetherall", "graham-wetherall", "person"], ["Wetherall", "graham-wetherall", "person"], ["Kovacs", "tahlia-kovacs", "person"]]);
    expect(quoteOf(quotes, "not in a position").speakerEntityId).toBe("graham-wetherall");
    expect(quoteOf(quotes, "hiding behind").speakerEntityId).toBe("tahlia-kovacs");
  });
  it("'the coach' is the one the text gave as someone's former coach in an apposition (`apposedrole`)", () => {
    const text = "Kyle's former football coach, Ricky Lawson, said the teenager had been a natural leader. \"That was Kyle all over,\" the coach said.";
    const quotes = run(text, [["Kyle", "kyle", "person"], ["Ricky Lawson", "ricky-lawson", "person"]]);
    expect(quoteOf(quotes, "That was Kyle").speakerEntityId).toBe("ricky-lawson");
  });
  it("a sentence about an unnamed relative of the other sex does not stop 'she' going on with the woman before it (`describedsex`)", () => {
    const text = "Maya Gurung, 29, said she woke to the sound of cattle. She grabbed her two children and ran uphill. Her husband did not follow. \"I keep thinking he is at the tea shop,\" she said.";
    const quotes = run(text, [["Maya Gurung", "maya-gurung", "person"]]);
    expect(quoteOf(quotes, "I keep thinking").speakerEntityId).toBe("maya-gurung");
  });
  it("a name and a long apposition after the words still reach the verb: '\"...,\" Dr Joseph Kaupa, the department's deputy secretary for public health, told a news conference' (`longapposition`)", () => {
    const text = "\"It is the worst supply situation I have seen,\" Dr Joseph Kaupa, the department's deputy secretary for public health, told a news conference.";
    const quotes = run(text, [["Joseph Kaupa", "joseph-kaupa", "person"]]);
    expect(quoteOf(quotes, "It is the worst").speakerEntityId).toBe("joseph-kaupa");
  });
  it("'The airline said' is the one body the text gave the noun in an apposition; not the main clause after a name (`headapposed`)", () => {
    const text = [
      "Shares in Siam Skyways, Thailand's second-largest budget airline, fell 18 percent on the Stock Exchange of Thailand (SET) on Monday after the company announced that its chief executive had resigned.\n\nIn a filing to the exchange, the Bangkok-based carrier said Chief Executive Officer Pornthip Suwannarat had stepped down. Chief Financial Officer Kittisak Chaiyaporn will serve as acting chief executive, the board said.\n\nThe airline said its auditor, a local affiliate of KPMG, had requested \"additional information\".",
      "The Peoples Democratic Party has called for an inquiry. In a statement signed by its secretary, Comrade Idris Attah, the party said: \"We have said it before.\"",
    ].join("\n\n");
    const quotes = run(text, [["Siam Skyways", "siam-skyways", "organization"], ["Thailand", "thailand", "place"], ["Stock Exchange of Thailand", "set", "organization"], ["SET", "set", "organization"], ["Bangkok", "bangkok", "place"], ["Pornthip Suwannarat", "pornthip-suwannarat", "person"], ["Kittisak Chaiyaporn", "kittisak-chaiyaporn", "person"], ["KPMG", "kpmg", "organization"], ["Peoples Democratic Party", "pdp", "organization"], ["Idris Attah", "idris-attah", "organization"]]);
    expect(quoteOf(quotes, "additional information").speakerEntityId).toBe("siam-skyways");
    expect(quoteOf(quotes, "We have said").speakerEntityId).toBe("pdp");
  });
  it("one who will serve as acting chief executive is 'the acting chief executive' (`serveas`)", () => {
    const text = "Chief Financial Officer Kittisak Chaiyaporn will serve as acting chief executive until a successor is appointed. Asked about the debt, the acting chief executive replied: \"We are in discussions with our lenders.\"";
    const quotes = run(text, [["Kittisak Chaiyaporn", "kittisak-chaiyaporn", "person"]]);
    expect(quoteOf(quotes, "We are in discussions").speakerEntityId).toBe("kittisak-chaiyaporn");
  });
  it("a description's apposition may name its person after a title: 'The council's cabinet member for children's services, Councillor David Hughes,' (`namedlater`)", () => {
    const text = "The council's cabinet member for children's services, Councillor David Hughes, told a meeting that the decision had not been taken lightly.\n\n\"Nobody goes into local government wanting to close a school,\" he said.";
    const quotes = run(text, [["David Hughes", "david-hughes", "person"]]);
    expect(quoteOf(quotes, "Nobody goes").speakerEntityId).toBe("david-hughes");
  });
  it("an age the text never gave goes to the subject before, past a name in a 'whose' clause (`age`)", () => {
    const text = "Tom Ashworth, whose two daughters attend Low Mallerstang, has started a petition.\n\n\"We moved here because of the school,\" said the 34-year-old.";
    const quotes = run(text, [["Tom Ashworth", "tom-ashworth", "person"], ["Low Mallerstang", "low-mallerstang", "organization"]]);
    expect(quoteOf(quotes, "We moved here").speakerEntityId).toBe("tom-ashworth");
  });
  it("the whole annotator gives 'The airline said' to the airline its apposition named, not to the exchange named since (`headapposed`)", () => {
    const text = "Shares in Siam Skyways, Thailand's second-largest budget airline, fell 18 percent on the Stock Exchange of Thailand (SET) on Monday after the company announced that its chief executive had resigned.\n\nIn a filing to the exchange, the Bangkok-based carrier said Chief Executive Officer Pornthip Suwannarat had stepped down. Chief Financial Officer Kittisak Chaiyaporn will serve as acting chief executive, the board said.\n\nThe airline said its auditor, a local affiliate of KPMG, had requested \"additional information\".";
    const a = annotate(text);
    expect(quoteOf(a.quotes, "additional information").speakerEntityId).toBe("siam-skyways");
  });
  it("a press release quoting someone gives the words to the one quoted (`quoting`)", () => {
    const text = "The University of Geneva issued a press release quoting the head of its astronomy department, Professor Laurent Mercier: \"This is the sort of result that justifies the investment.\"";
    const quotes = run(text, [["University of Geneva", "unige", "organization"], ["Laurent Mercier", "laurent-mercier", "person"]]);
    expect(quoteOf(quotes, "This is the sort").speakerEntityId).toBe("laurent-mercier");
  });
  it("'According to a company spokesperson, ...' before 'she said' is that unnamed source, not the man named before (`accordingsource`)", () => {
    const text = "Infineon's chief executive, Jochen Hanebeck, described the deal as a milestone. He said his company would transfer 150 engineers. According to a company spokesperson, talks with the works council began last week. \"Nobody will be forced to move,\" she said.";
    const quotes = run(text, [["Infineon", "infineon", "organization"], ["Jochen Hanebeck", "jochen-hanebeck", "person"]]);
    const q = quoteOf(quotes, "Nobody will be forced");
    expect(q.speakerEntityId).toBeNull();
    expect(slice(text, q.speakerGroup)).toBe("a company spokesperson");
  });
  it("'with captain Aditya Rao' gives him the title, and 'the India skipper' is the captain (`withtitle`)", () => {
    const text = "Deshpande shared a stand with captain Aditya Rao, who made 96.\n\nRao was full of praise for the youngster. \"He has a calm head,\" the India skipper said.";
    const quotes = run(text, [["Deshpande", "deshpande", "person"], ["Aditya Rao", "aditya-rao", "person"], ["Rao", "aditya-rao", "person"], ["India", "india", "place"]]);
    expect(quoteOf(quotes, "He has a calm head").speakerEntityId).toBe("aditya-rao");
  });
  it("'the 51-year-old legislator' and 'the academic' vary the name of the person just described (`age`, `anyrole`)", () => {
    const text = [
      "The CBI searched the home of MLA Ajit Kumar Mandal on Thursday.\n\nMr Mandal called the searches a vendetta. The 51-year-old legislator said: \"I raised the question.\"",
      "Analysts were divided. Peter Mhango, a political scientist at the University of Malawi, said he expected the president to accept defeat. \"He has too much to lose,\" the academic said.",
    ].join("\n\n");
    const quotes = run(text, [["CBI", "cbi", "organization"], ["Ajit Kumar Mandal", "ajit-kumar-mandal", "person"], ["Mandal", "ajit-kumar-mandal", "person"], ["Peter Mhango", "peter-mhango", "person"], ["University of Malawi", "unima", "organization"]]);
    expect(quoteOf(quotes, "I raised").speakerEntityId).toBe("ajit-kumar-mandal");
    expect(quoteOf(quotes, "He has too much").speakerEntityId).toBe("peter-mhango");
  });
  it("'welcomed' is a cue only as 'welcomed X as \"...\"': 'Denmark welcomed investment but expected \"...\"' is the minister's", () => {
    const text = "Minister Soren Dalgaard spoke. In a statement, the minister said Denmark welcomed foreign investment but expected the new owner \"to respect the Danish labour model\".";
    const quotes = run(text, [["Soren Dalgaard", "soren-dalgaard", "person"], ["Denmark", "denmark", "place"]]);
    expect(quoteOf(quotes, "to respect").speakerEntityId).toBe("soren-dalgaard");
  });
  it("a paragraph of words that the same paragraph goes on with 'The minister said' is the one the paragraph before reports (`paragraphgoeson`)", () => {
    const text = "State minister Dr Dawit Gemeda said the ministry had begun trials.\n\n\"We are not waiting for the problem to grow.\" The minister said the government would seek support.";
    const quotes = run(text, [["Dawit Gemeda", "dawit-gemeda", "person"]]);
    expect(quoteOf(quotes, "We are not waiting").speakerEntityId).toBe("dawit-gemeda");
  });
  it("words that are a sentence of their own before 'Mr Thibodeau said ...' are his, not those of the judge the paragraph before reports (`namednext`)", () => {
    const text = "Judge Catherine Beaulieu said such arguments were for the minister.\n\n\"We expected this to be the hardest stage.\" Mr Thibodeau said his client would appeal. Gabriel Thibodeau is the defence lawyer.";
    const quotes = run(text, [["Catherine Beaulieu", "catherine-beaulieu", "person"], ["Thibodeau", "gabriel-thibodeau", "person"], ["Gabriel Thibodeau", "gabriel-thibodeau", "person"]]);
    expect(quoteOf(quotes, "We expected").speakerEntityId).toBe("gabriel-thibodeau");
  });
  it("a body in apposition inside a relative clause is not the subject of the main verb; the subject of a 'whose' clause is (`relativeapposition`)", () => {
    const text = "Tianqi, which has challenged the deal before Chile's financial regulator, the CMF, said in a statement that it \"reserves all of its rights\".\n\nIts closure was criticised by the union CFDT, whose regional secretary, Julien Moreau, called it \"a betrayal\".";
    const quotes = run(text, [["Tianqi", "tianqi", "organization"], ["Chile", "chile", "place"], ["CMF", "cmf", "organization"], ["CFDT", "cfdt", "organization"], ["Julien Moreau", "julien-moreau", "person"]]);
    expect(quoteOf(quotes, "reserves all").speakerEntityId).toBe("tianqi");
    expect(quoteOf(quotes, "a betrayal").speakerEntityId).toBe("julien-moreau");
  });
  it("a name inside a phrase put before the pronoun's clause is not what 'it' stands for: 'In a post on X, formerly Twitter, it urged' (`frontedname`)", () => {
    const text = "The Ombudsman's Office, which monitored the march, reported six injuries. In a post on X, formerly Twitter, it urged \"calm and dialogue on both sides\".";
    const quotes = run(text, [["Ombudsman's Office", "ombudsman", "organization"], ["X", "x", "organization"], ["Twitter", "twitter", "organization"]]);
    expect(quoteOf(quotes, "calm and dialogue").speakerEntityId).toBe("ombudsman");
  });
  it("'\"...,\" Arnaud was quoted as saying' gives the words to the one quoted (`quotedas`)", () => {
    const text = "Chief executive Philippe Arnaud spoke to the paper. \"I respect the right to strike,\" Arnaud was quoted as saying.";
    const quotes = run(text, [["Philippe Arnaud", "philippe-arnaud", "person"], ["Arnaud", "philippe-arnaud", "person"]]);
    expect(quoteOf(quotes, "I respect").speakerEntityId).toBe("philippe-arnaud");
  });
  it("a body's name is no title: 'a Justice Department lawyer, Kevin Marchetti,' is not 'the judge' (`bodycompound`)", () => {
    const text = "District Judge Paula Brennan wrote the order. At a hearing last week, Brennan pressed a Justice Department lawyer, Kevin Marchetti, on the letter. When Marchetti said a letter had been sent \"in substance,\" the judge replied: \"Counsel, that is doing a lot of work.\"";
    const quotes = run(text, [["Paula Brennan", "paula-brennan", "person"], ["Brennan", "paula-brennan", "person"], ["Justice Department", "doj", "organization"], ["Kevin Marchetti", "kevin-marchetti", "person"], ["Marchetti", "kevin-marchetti", "person"]]);
    expect(quoteOf(quotes, "Counsel").speakerEntityId).toBe("paula-brennan");
  });
  it("words that are a sentence of their own before a full name, a relative clause and 'said' are that person's (`namednext`)", () => {
    const text = "Residents are worried.\n\n\"The companies come with their coffee. After they leave, the water keeps going down.\" Juan Carlos Mamani, who keeps llamas near Toconao, said the wells were drying.";
    const quotes = run(text, [["Juan Carlos Mamani", "juan-carlos-mamani", "person"], ["Toconao", "toconao", "place"]]);
    expect(quoteOf(quotes, "The companies come").speakerEntityId).toBe("juan-carlos-mamani");
  });
  it("inverted 'said the <role>, <nationality> <occupation> <Name>' and '..., Dr <Name> of <body>' name the speaker (`apposeddesc`)", () => {
    const text = "\"Voters had a genuine choice,\" said the head of the mission, Austrian diplomat Katharina Steindl.\n\n\"We have been chasing an atmosphere,\" said the study's lead author, Dr Sofia Lindqvist of the University of Geneva.";
    const quotes = run(text, [["Katharina Steindl", "katharina-steindl", "person"], ["Sofia Lindqvist", "sofia-lindqvist", "person"], ["University of Geneva", "unige", "organization"]]);
    expect(quoteOf(quotes, "Voters had").speakerEntityId).toBe("katharina-steindl");
    expect(quoteOf(quotes, "We have been chasing").speakerEntityId).toBe("sofia-lindqvist");
  });
  it("'Asked whether Mensah-Boateng would start, Reid smiled and said' is Reid (`frontedphrase`); 'An army spokesperson, Brigadier General Rajan Adhikari,' before 'he said' (`namedlater`)", () => {
    const text = "Coach Callum Reid praised the squad. Asked whether Mensah-Boateng would start on Saturday, Reid smiled and said only that he would \"have a think about it\".\n\nAn army spokesperson, Brigadier General Rajan Adhikari, said helicopters had flown six sorties. \"Weather permitting, flights will continue,\" he said.";
    const quotes = run(text, [["Callum Reid", "callum-reid", "person"], ["Mensah-Boateng", "kofi-mensah-boateng", "person"], ["Reid", "callum-reid", "person"], ["Rajan Adhikari", "rajan-adhikari", "person"]]);
    expect(quoteOf(quotes, "have a think").speakerEntityId).toBe("callum-reid");
    expect(quoteOf(quotes, "Weather permitting").speakerEntityId).toBe("rajan-adhikari");
  });
  it("'\"...,\" Executive Vice-President Teresa Ribera, who is responsible for ..., told' is Ribera, past her relative clause (`namedrelative`)", () => {
    const text = "\"Gatekeepers cannot decide which rules apply to them,\" Executive Vice-President Teresa Ribera, who is responsible for competition policy, told a press conference.";
    const quotes = run(text, [["Teresa Ribera", "teresa-ribera", "person"]]);
    expect(quoteOf(quotes, "Gatekeepers").speakerEntityId).toBe("teresa-ribera");
  });
  it("a paragraph ending 'In a statement read to reporters, he went further:' gives the paragraphs after it to 'he' (`colonsubject`)", () => {
    const text = "Daniel Ashworth left the fellowship in 2019.\n\nIn a statement read to reporters outside his home on Monday, he went further:\n\n\"I am not speaking out to destroy anyone.\"";
    const quotes = run(text, [["Daniel Ashworth", "daniel-ashworth", "person"]]);
    expect(quoteOf(quotes, "I am not").speakerEntityId).toBe("daniel-ashworth");
  });
  it("'the Herald's reporting', 'the warning' are nouns, no speech verbs (`ingnoun`)", () => {
    const text = "A spokesman, Samuel Whitcombe, said the Herald's reporting was \"one-sided\". The unions described the warning as \"an attempt to intimidate workers\".";
    const quotes = run(text, [["Samuel Whitcombe", "samuel-whitcombe", "person"], ["Herald", "herald", "organization"]]);
    expect(quoteOf(quotes, "one-sided").speakerEntityId).toBe("samuel-whitcombe");
    expect(slice(text, quoteOf(quotes, "an attempt").speakerGroup)).toBe("The unions");
  });
  it("'opened the session by calling the war \"...\"' is the subject of the verb before 'by' (`bygerund`)", () => {
    const text = "Angolan President João Lourenço, who holds the chair this year, opened the session by calling the war \"the gravest test this union has faced\".";
    const quotes = run(text, [["João Lourenço", "joao-lourenco", "person"]]);
    expect(quoteOf(quotes, "the gravest").speakerEntityId).toBe("joao-lourenco");
  });
  it("a naming phrase set off by commas does not make the words after it a name: ', known as Hemedti, was \"...\"' (`namingaside`)", () => {
    const text = "An adviser, Ezzeldin al-Safi, said the commander, Mohamed Hamdan Dagalo, known as Hemedti, was \"ready to study any serious proposal\".";
    const quotes = run(text, [["Ezzeldin al-Safi", "ezzeldin-al-safi", "person"], ["Mohamed Hamdan Dagalo", "hemedti", "person"], ["Hemedti", "hemedti", "person"]]);
    expect(quoteOf(quotes, "ready to study").kind).toBe("speech");
    expect(quoteOf(quotes, "ready to study").speakerEntityId).toBe("ezzeldin-al-safi");
  });
  it("'\"...,\" said Tom Fielding, an analyst at Bell Potter, \"and ...\"': the words after the inverted clause are his too (`invertedbetween`)", () => {
    const text = "\"It is a bold deal,\" said Tom Fielding, an analyst at Bell Potter in Melbourne, \"and bold deals in this sector get stuck.\"";
    const quotes = run(text, [["Tom Fielding", "tom-fielding", "person"], ["Bell Potter", "bell-potter", "organization"], ["Melbourne", "melbourne", "place"]]);
    expect(quoteOf(quotes, "and bold deals").speakerEntityId).toBe("tom-fielding");
  });
  it("a short sentence of words right after a speaker's goes on with them: '\"It is over,\" said Ann Lee. \"We lost.\"' (`shortgoeson`)", () => {
    const text = "\"It is over,\" said Ann Lee. \"We lost.\"";
    const quotes = run(text, [["Ann Lee", "ann-lee", "person"]]);
    expect(quoteOf(quotes, "We lost").speakerEntityId).toBe("ann-lee");
  });
  it("'expressed \"deep grief\"' reports the words right after it; not 'poems express a ...'", () => {
    const text = "Prime Minister Shehbaz Sharif expressed \"deep grief and sorrow\" at the loss of life, according to a statement from his office.";
    const quotes = run(text, [["Shehbaz Sharif", "shehbaz-sharif", "person"]]);
    expect(quoteOf(quotes, "deep grief").speakerEntityId).toBe("shehbaz-sharif");
  });
  it("'..., according to the service.' is the body the text named with that head word (`descafter`); not 'the commission's director, X' ", () => {
    const text = "The BC Wildfire Service said the fire had grown. At least 14 structures had been destroyed, \"with more losses expected,\" according to the service.\n\nThe Ontario Securities Commission welcomed the verdict. \"Today's decision sends a message,\" said the commission's enforcement director, Anil Chaudhary.";
    const quotes = run(text, [["BC Wildfire Service", "bc-wildfire-service", "organization"], ["Ontario Securities Commission", "osc", "organization"], ["Anil Chaudhary", "anil-chaudhary", "person"]]);
    expect(quoteOf(quotes, "with more losses").speakerEntityId).toBe("bc-wildfire-service");
    expect(quoteOf(quotes, "Today's decision").speakerEntityId).toBe("anil-chaudhary");
  });
  it("'X, a Republican from Utah, opened the hearing in the Dirksen Senate Office Building by calling ...' reaches back over names to the verb (`bygerund`)", () => {
    const text = "Committee chairman Mike Lee, a Republican from Utah, opened the hearing in the Dirksen Senate Office Building by calling the nominee \"a builder, not a bureaucrat\".";
    const quotes = run(text, [["Mike Lee", "mike-lee", "person"], ["Utah", "utah", "place"], ["Dirksen Senate Office Building", "dirksen", "place"]]);
    expect(quoteOf(quotes, "a builder").speakerEntityId).toBe("mike-lee");
  });
  it("'had agreed to a \"...\"' reports no words: the outer 'wrote' does (`agreedto`)", () => {
    const text = "The deal was announced by President Donald Trump, who wrote on social media that both countries had agreed to a \"full and immediate ceasefire\".";
    const quotes = run(text, [["Donald Trump", "donald-trump", "person"]]);
    expect(quoteOf(quotes, "full and immediate").speakerEntityId).toBe("donald-trump");
  });
  it("'said it would be cited \"...\"' goes to the outer speaker; 'she had been told \"...\"' does not (`passivething`)", () => {
    const text = "Kioko Mutiso, the senior counsel, called the ruling \"a clear statement\" and said it would be cited \"in every newsroom in the country\". Mary Otieno said she had been told by an officer to \"stay inside\".";
    const quotes = run(text, [["Kioko Mutiso", "kioko-mutiso", "person"], ["Mary Otieno", "mary-otieno", "person"]]);
    expect(quoteOf(quotes, "in every newsroom").speakerEntityId).toBe("kioko-mutiso");
    expect(quoteOf(quotes, "stay inside").speakerEntityId).not.toBe("mary-otieno");
  });
  it("'said TWU National Secretary Michael Kaine' is Kaine, not the union before his title (`bodytitle`)", () => {
    const text = "The Transport Workers' Union (TWU) said staff had not been paid. \"Workers are always the last to know,\" said TWU National Secretary Michael Kaine.";
    const quotes = run(text, [["Transport Workers' Union", "twu", "organization"], ["TWU", "twu", "organization"], ["Michael Kaine", "michael-kaine", "person"]]);
    expect(quoteOf(quotes, "Workers are always").speakerEntityId).toBe("michael-kaine");
  });
  it("a bare role noun opening an apposition leaves the name before it the speaker (`bareapposition`); not a name the role is for", () => {
    const text = "In New York, Stéphane Dujarric, spokesman for UN Secretary-General António Guterres, said: \"The Secretary-General welcomes the agreement.\" Ana Ruiz, head of research at Banco Sol, said: \"Rates will fall.\"";
    const quotes = run(text, [["Stéphane Dujarric", "stephane-dujarric", "person"], ["UN", "united-nations", "organization"], ["António Guterres", "antonio-guterres", "person"], ["Ana Ruiz", "ana-ruiz", "person"], ["Banco Sol", "banco-sol", "organization"]]);
    expect(quoteOf(quotes, "The Secretary-General").speakerEntityId).toBe("stephane-dujarric");
    expect(quoteOf(quotes, "Rates will").speakerEntityId).toBe("ana-ruiz");
  });
  it("a noun's participle inside what a verb before it reports is no cue (`reducedrelative2`); a main verb is", () => {
    const text = "The employers group warned of job losses. Its director-general, Adewale-Smatt Oyerinde, said that a figure agreed in Abuja \"must be affordable\". The union agreed in principle to \"end the strike\". Witnesses said the officer shouted at the crowd: \"Get back now!\"";
    const quotes = run(text, [["Adewale-Smatt Oyerinde", "adewale-smatt-oyerinde", "person"], ["Abuja", "abuja", "place"]]);
    expect(quoteOf(quotes, "must be affordable").speakerEntityId).toBe("adewale-smatt-oyerinde");
    expect(quoteOf(quotes, "end the strike").speakerEntityId ?? null).not.toBe("adewale-smatt-oyerinde");
    expect(quoteOf(quotes, "Get back").speakerGroup?.text).not.toBe("Witnesses");
  });
  it("a sentence adverb between the subject and its verb is passed over ('Rao nonetheless called')", () => {
    const text = "Nikhil Rao, an astronomer, led the study. Rao nonetheless called the measurements \"superb\". Meanwhile Jane Hill meanwhile said the data were \"thin\".";
    const quotes = run(text, [["Nikhil Rao", "nikhil-rao", "person"], ["Rao", "nikhil-rao", "person"], ["Jane Hill", "jane-hill", "person"]]);
    expect(quoteOf(quotes, "superb").speakerEntityId).toBe("nikhil-rao");
    expect(quoteOf(quotes, "thin").speakerEntityId).toBe("jane-hill");
  });
  it("a gendered noun before a name in the sentence before is no apposition of it (`appositionend`)", () => {
    const text = "The jury included Brazilian actress Fernanda Torres.\n\nJim Jarmusch at a photocall in 2019.\n\nAccepting the award, Jarmusch thanked his cast, which includes Cate Blanchett and Adam Driver. \"Art does not have to be political,\" he said.";
    const quotes = run(text, [["Fernanda Torres", "fernanda-torres", "person"], ["Jim Jarmusch", "jim-jarmusch", "person"], ["Jarmusch", "jim-jarmusch", "person"], ["Cate Blanchett", "cate-blanchett", "person"], ["Adam Driver", "adam-driver", "person"]]);
    expect(quoteOf(quotes, "Art does not").speakerEntityId).toBe("jim-jarmusch");
  });
  it("a person's full name decides the gender a first-name list gives, not a shorter mention's first word (`fullnamegender`)", () => {
    const text = "The prize went to Tunisian director Kaouther Ben Hania. Jim Jarmusch won the Golden Lion.\n\nBen Hania thanked Jim Jarmusch and the Red Crescent on stage. \"Hind's voice is the voice of Gaza,\" she told the audience.";
    const a = annotate(text, {});
    expect(a.entities.find((e) => e.id === "kaouther-ben-hania")?.name).toBe("Kaouther Ben Hania");
    expect(quoteOf(a.quotes, "Hind's voice").speakerEntityId).toBe("kaouther-ben-hania");
  });
  it("an abbreviated title's period ends no sentence for a gendered noun (`appositionend`); initials before a full name are passed over for its gender (`fullnamegender`)", () => {
    const a = run("Her daughter, Prof. Sasha Cole, a climate scientist at Yale, said the family was devastated. \"She was our rock,\" she said.", [["Sasha Cole", "sasha-cole", "person"], ["Yale", "yale", "organization"]]);
    expect(quoteOf(a, "She was our rock").speakerEntityId).toBe("sasha-cole");
    const b = annotate("Historian Lindsey Michel said J. Robert Oppenheimer had been treated unfairly. Robert Oppenheimer lost his security clearance in 1954. \"It was a political decision,\" she said.", {});
    expect(quoteOf(b.quotes, "It was a political decision").speakerEntityId).toBe("lindsey-michel");
  });
  it("a quotation after a colon in its own paragraph, with no speaking verb, is the words of whom the clause is about (`colonsentence`); not a written thing's", () => {
    const text = "Dmytro Kovalenko kept his title on Saturday. He dedicated the win to his home country: \"This belt belongs to Ukraine.\" A sign on the door warned fans: \"No entry after nine.\"";
    const quotes = run(text, [["Dmytro Kovalenko", "dmytro-kovalenko", "person"], ["Ukraine", "ukraine", "place"]]);
    expect(quoteOf(quotes, "This belt").speakerEntityId).toBe("dmytro-kovalenko");
    expect(quotes.find((q) => q.text.includes("No entry"))?.speakerEntityId ?? null).toBeNull();
  });
  it("a body before a hyphenated title and a person's name after 'said' is the title's, and the person speaks (`bodytitle`)", () => {
    const text = "\"The world is watching,\" said United Nations Secretary-General António Guterres in New York on Monday.";
    const quotes = run(text, [["United Nations", "united-nations", "organization"], ["António Guterres", "antonio-guterres", "person"], ["New York", "new-york", "place"]]);
    expect(quoteOf(quotes, "The world is watching").speakerEntityId).toBe("antonio-guterres");
  });
  it("a passive's agent behind a title in commas is not the subject: 'The X Party, led by former President Jacob Zuma, called ...'; 'was led by Minister Y, who accused' is Y (`titledagent`)", () => {
    const text = "The uMkhonto weSizwe Party, led by former President Jacob Zuma and named after the armed wing, called the framework \"an attack on the working class\". The Polish delegation was led by Deputy Foreign Minister Tomasz Wrona, who accused Budapest of \"holding the Union hostage\".";
    const quotes = run(text, [["uMkhonto weSizwe Party", "mk", "organization"], ["Jacob Zuma", "jacob-zuma", "person"], ["Tomasz Wrona", "tomasz-wrona", "person"], ["Budapest", "budapest", "place"]]);
    expect(quoteOf(quotes, "an attack").speakerEntityId).toBe("mk");
    expect(quoteOf(quotes, "holding the Union").speakerEntityId).toBe("tomasz-wrona");
  });
  it("'the hospital group said' is the body an apposition called 'a group of ...', not the agency named since (`groupapposed`)", () => {
    const text = "A ransomware attack on Klinikverbund Hellweg, a group of five public hospitals, forced doctors to use paper. Germany's Federal Office for Information Security said it had sent a team.\n\n\"All emergency operations are continuing,\" the hospital group said in a statement.";
    const quotes = run(text, [["Klinikverbund Hellweg", "hellweg", "organization"], ["Germany", "germany", "place"], ["Federal Office for Information Security", "bsi", "organization"]]);
    expect(quoteOf(quotes, "All emergency").speakerEntityId).toBe("hellweg");
  });
  it("a role's apposition after a list of portfolios names it: 'The Minister of Art, Culture and the Creative Economy, Hannatu Musawa,' before 'She said:' (`postlist`)", () => {
    const text = "The Minister of Art, Culture and the Creative Economy, Hannatu Musawa, told the reception that Nigeria should follow the example of South Korea, which she said had \"turned its films into a national export\". She said: \"Our young people are our oil.\"";
    const quotes = run(text, [["Creative Economy", "creative-economy", "organization"], ["Hannatu Musawa", "hannatu-musawa", "person"], ["Nigeria", "nigeria", "place"], ["South Korea", "south-korea", "place"]]);
    expect(quoteOf(quotes, "Our young people").speakerEntityId).toBe("hannatu-musawa");
  });
  it("the session's rules stop where the words are someone else's: a document's signer speaks, a note's words are not the finder's, a passive's agent's word is not the reporter's, an answer to a question is not the asker's, and 'She's insisting' is no noun", () => {
    const text = [
      "A statement, signed by Chief Executive Ann Cole, said the company was \"deeply sorry\" for the outage.",
      "When Mary Hale came home on Tuesday, she found a note from her landlord pinned to the door:",
      "\"You have seven days to leave the property.\"",
      "Opposition leader Mark Dalton said the proposal had been dismissed by the Treasury as \"unworkable\".",
      "\"Will you resign?\" shouted a reporter from the BBC. \"Never!\"",
      "Ruth Lamb has not conceded. She's insisting the result is \"not over yet\".",
    ].join("\n\n");
    const quotes = run(text, [["Ann Cole", "ann-cole", "person"], ["Mary Hale", "mary-hale", "person"], ["Mark Dalton", "mark-dalton", "person"], ["Treasury", "treasury", "organization"], ["BBC", "bbc", "organization"], ["Ruth Lamb", "ruth-lamb", "person"]]);
    expect(quoteOf(quotes, "deeply sorry").speakerEntityId).toBe("ann-cole");
    expect(quoteOf(quotes, "You have seven").speakerEntityId).not.toBe("mary-hale");
    expect(quoteOf(quotes, "unworkable").speakerEntityId).not.toBe("mark-dalton");
    expect(quoteOf(quotes, "Never").kind).toBe("scare");
    expect(quoteOf(quotes, "not over yet").kind).toBe("speech");
  });
});
