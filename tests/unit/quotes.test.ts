import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Entity, EntityType, Gender, Mention, MentionKind, Quote } from "../../src/annotator/model.ts";
import { annotateQuotes } from "../../src/annotator/quotes/index.ts";
import { tokenize } from "../../src/annotator/tokenize.ts";

/** [surface, entity id, type, kind]: every whole-word occurrence becomes a mention (first listed wins). */
type MentionSpec = [string, string, EntityType, MentionKind?];

function mentionsFor(text: string, specs: MentionSpec[]): Mention[] {
  const out: Mention[] = [];
  for (const [surface, entityId, type, kind = "name"] of specs) {
    const re = new RegExp(`(?<![\\p{L}])${surface.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "gu");
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + surface.length;
      if (out.some((o) => start < o.end && o.start < end)) continue;
      out.push({ start, end, text: surface, entityId, type, kind, source: "rule" });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function run(text: string, specs: MentionSpec[] = [], genders: Record<string, Gender> = {}): Quote[] {
  const mentions = mentionsFor(text, specs);
  const entities: Entity[] = [...new Map(mentions.map((m) => [m.entityId, m])).values()].map((m) => ({
    id: m.entityId,
    name: m.text,
    type: m.type,
    aliases: [],
    roles: [],
    inRegistry: false,
    ...(genders[m.entityId] ? { gender: genders[m.entityId] } : {}),
  }));
  return annotateQuotes(tokenize(text), mentions, entities, {});
}

const byStart = (quotes: Quote[], prefix: string): Quote => {
  const q = quotes.find((x) => x.text.slice(1).startsWith(prefix));
  if (!q) throw new Error(`no quote starting ${JSON.stringify(prefix)} in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
};

describe("seed article (2025-05-12, European ministers on Ukraine)", () => {
  const text = readFileSync(new URL("../../content/sources/2025-05-12-european-allies-ukraine.txt", import.meta.url), "utf8");
  // What the NER and linking stages give: names and role titles resolved to entities. Honorifics sit
  // outside the name spans ("Mr Lammy" -> "Lammy"), as the data model asks.
  const specs: MentionSpec[] = [
    ["David Lammy", "david-lammy", "person"],
    ["Lammy", "david-lammy", "person"],
    ["The Foreign Secretary", "david-lammy", "person", "role"],
    ["Kaja Kallas", "kaja-kallas", "person"],
    ["Radoslaw Sikorski", "radoslaw-sikorski", "person"],
    ["Andrii Sybiha", "andrii-sybiha", "person"],
    ["Donald Trump", "donald-trump", "person"],
    ["Keir", "keir-starmer", "person"],
    ["the Prime Minister", "keir-starmer", "person", "role"],
    ["Vladimir Putin", "vladimir-putin", "person"],
    ["Putin", "vladimir-putin", "person"],
    ["Volodymyr Zelensky", "volodymyr-zelensky", "person"],
    ["Zelensky", "volodymyr-zelensky", "person"],
    ["Carlos Jasso", "carlos-jasso", "person"],
    ["Russia", "russia", "place"],
    ["Ukraine", "ukraine", "place"],
    ["Kyiv", "kyiv", "place"],
    ["EU", "european-union", "organization"],
    ["Poland", "poland", "place"],
    ["Lancaster House", "lancaster-house", "place"],
    ["US", "united-states", "place"],
    ["Moscow", "moscow", "place"],
    ["London", "london", "place"],
  ];
  const quotes = run(text, specs);

  // The 14 quotations with a named speaker (the two-paragraph Kallas quotation counts twice), each
  // reached through a name, a pronoun, a role title or an earlier subject.
  it.each([
    ["get serious", "david-lammy", "David Lammy", "insisted"],
    ["This is the time for Vladimir Putin", "david-lammy", "he", "told reporters"], // Putin is named inside: never the speaker
    ["banking, central bank", "andrii-sybiha", "he", "said"], // postposed ", he said in a post on X"; Putin in the sentence is passed over
    ["If there is no ceasefire", "kaja-kallas", "Kaja Kallas", "said"],
    ["We want to see that Russia", "kaja-kallas", "She", "added"],
    ["This is completely unacceptable", "radoslaw-sikorski", "he", "told reporters"], // the photo caption sits between
    ["position of strength", "david-lammy", "The Foreign Secretary", "insisted"],
    ["counter the threat", "david-lammy", "The Foreign Secretary", "insisted"],
    ["immediately", "donald-trump", "Donald Trump", "said"], // "Ukraine must respond" is not the cue
    ["starting to doubt", "donald-trump", "Donald Trump", "suggested"], // "and suggested": the coordinated verb shares the subject
    ["together with the US", "keir-starmer", "the Prime Minister", "said"],
    ["calling Putin out", "keir-starmer", "the Prime Minister", "said"],
    ["turns his back on peace", "keir-starmer", "the Prime Minister", "pledged"], // "if he ..." is not the subject
  ])("%s -> %s", (prefix, speaker, mention, cue) => {
    const q = byStart(quotes, prefix);
    expect(q.kind).toBe("speech");
    expect(q.speakerEntityId).toBe(speaker);
    expect(q.speakerMention && text.slice(q.speakerMention.start, q.speakerMention.end)).toBe(mention);
    expect(q.cue).toBe(cue);
  });

  it("joins the two-paragraph Kallas quotation into one block quotation", () => {
    const q = byStart(quotes, "We want to see");
    expect(q.paragraphs).toBe(2);
    expect(q.block).toBe(true);
    expect(q.text.endsWith("clearly wants war.”")).toBe(true);
    expect(quotes.some((x) => x.text.startsWith("“It takes two"))).toBe(false);
  });

  it("marks fragments worked into reported speech as partial, whole sentences not", () => {
    expect(byStart(quotes, "turns his back on peace").partial).toBe(true);
    expect(byStart(quotes, "has not shown").partial).toBe(true);
    expect(byStart(quotes, "This is the time").partial).toBe(false);
    expect(byStart(quotes, "It must do so").partial).toBe(false);
  });

  it("attributes the group quotations to the group, with no entity", () => {
    const group = (prefix: string) => {
      const q = byStart(quotes, prefix);
      expect(q.speakerEntityId).toBeNull();
      return q.speakerGroup?.text;
    };
    expect(group("without delay”")).toBe("Kyiv’s leading European allies"); // "... have said"
    const ministers = "the foreign ministers of the countries present";
    expect(group("has not shown")).toBe(ministers);
    expect(group("It must do so")).toBe(ministers); // "they added"
    expect(group("Ukraine is able")).toBe(ministers); // ", they added"
    expect(group("should be confident")).toBe(ministers); // "also saying"
    // Named speakers have no group.
    expect(quotes.filter((q) => q.speakerEntityId).every((q) => q.speakerGroup === null)).toBe(true);
  });

  it("finds 18 quotations and no apostrophe-made ones (Kyiv’s, Russia’s, combatants’)", () => {
    expect(quotes).toHaveLength(18);
    expect(quotes.every((q) => q.kind === "speech")).toBe(true);
  });
});

describe("quotation marks", () => {
  it.each([
    ["Kyiv’s allies met in London’s Lancaster House.", []],
    ["It was a hit in the '90s and the ’80s.", []],
    ["The ministers’ meeting ended and the Joneses' dog barked.", []],
    ["He said he didn't know, wasn't sure and couldn't say.", []],
    ['She called it "a disaster" in a speech.', ['"a disaster"']],
    ["He said: “It’s the ministers’ job to decide.”", ["“It’s the ministers’ job to decide.”"]],
    ["Officials described the plan as a ‘legacy backlog’ fix.", ["‘legacy backlog’"]],
    ["The court heard 'it was over' before dawn.", ["'it was over'"]],
    ["'The ministers' decision is final,' he said.", ["'The ministers' decision is final,'"]],
    ['He bought a 5" screen and said "fine".', ['"fine"']],
  ])("%s", (text, expected) => {
    expect(run(text).map((q) => q.text)).toEqual(expected);
  });

  it("keeps a nested quotation inside its outer one", () => {
    const text = `Rathbun asserted that officials "characterized me as the 'anti-christ' of the church."`;
    const quotes = run(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe(`"characterized me as the 'anti-christ' of the church."`);
  });

  it("caps an unbalanced mark at the end of its paragraph", () => {
    const text = `Mr Smith said "the plan was fine and nothing more.\n\nThe next paragraph is narrative, with no marks at all.\n\nNor is this one.`;
    const quotes = run(text, [["Smith", "john-smith", "person"]]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.end).toBe(text.indexOf("\n\n"));
    expect(quotes[0]!.paragraphs).toBe(1);
    expect(quotes[0]!.speakerEntityId).toBe("john-smith");
  });

  it("continues a quotation when the next paragraph opens with a mark", () => {
    const text = `Boswell said: "People fleeing desperate circumstances need quicker decisions.\n\n"No one's right to refuge should be jeopardised."\n\nThe Home Office did not comment.`;
    const quotes = run(text, [["Boswell", "caitlin-boswell", "person"]]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.paragraphs).toBe(2);
    expect(quotes[0]!.block).toBe(true);
    expect(quotes[0]!.speakerEntityId).toBe("caitlin-boswell");
  });

  it("finishes a capped quotation with the next paragraph's orphan closing mark", () => {
    const text = `After the match, Hernan Dario Gomez, Panama coach, said, "I think we have learned a lot from today's game.\n\nIt was a very emotional day. This is the fifth time I've been at a World Cup."\n\nGroup G — Tunisia 1 – 2 England`;
    const quotes = run(text, [["Hernan Dario Gomez", "hernan-dario-gomez", "person"], ["Panama", "panama", "place"]]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.paragraphs).toBe(2);
    expect(quotes[0]!.text.endsWith('World Cup."')).toBe(true);
    expect(quotes[0]!.speakerEntityId).toBe("hernan-dario-gomez");
  });

  it("covers a whole-paragraph quotation as a block", () => {
    const text = `US President Barack Obama tweeted using his @POTUS account:\n\n"Cool clock, Ahmed. Want to bring it to the White House? We should inspire more kids like you to like science."\n\nTwitter offered an internship.`;
    const quotes = run(text, [["Barack Obama", "barack-obama", "person"], ["US", "united-states", "place"]]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.block).toBe(true);
    expect(quotes[0]!.partial).toBe(false);
    expect(quotes[0]!.speakerEntityId).toBe("barack-obama");
    expect(quotes[0]!.cue).toBe("tweeted");
  });
});

describe("bounded work on hostile text", () => {
  it.each([
    ["elisions", "rock 'n roll 'til dawn ".repeat(3000)],
    ["bare marks", '"'.repeat(5000)],
    ["one endless sentence", ('word '.repeat(20) + ', "quoted bit" ').repeat(500)],
  ])("%s", (_name, text) => {
    const t0 = performance.now();
    run(text);
    // Generous: the point is linear work, not a benchmark (those run with `npm run bench`).
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe("scare quotes and titles", () => {
  it.each([
    ['The Syrian refugee team listed their country as "Hope" on the backs of their shirts and named their robot "Robogee."', ['"Hope"', '"Robogee."']],
    ['The girls were granted "parole" status on the grounds that their entry would be a "significant public benefit."', ['"parole"', '"significant public benefit."']],
    ['On a new website, "The Internet Explorer 6 Countdown", Microsoft has launched a campaign.', ['"The Internet Explorer 6 Countdown"']],
    ['The attack was launched by a user labelled "Anonymous", on the website "Insurgency Wiki".', ['"Anonymous"', '"Insurgency Wiki"']],
    ['Gameplay was delayed during the "third map" of the finals.', ['"third map"']],
    ['The company has said that it has 277 flaws; 39 percent of these are rated "highly critical".', ['"highly critical"']],
  ])("%s", (text, expected) => {
    const quotes = run(text, [["Microsoft", "microsoft", "organization"]]);
    expect(quotes.map((q) => q.text)).toEqual(expected);
    for (const q of quotes) {
      expect(q.kind).toBe("scare");
      expect(q.speakerEntityId).toBeNull();
    }
  });
});

describe("attribution patterns", () => {
  const people: MentionSpec[] = [
    ["Kallas", "kaja-kallas", "person"],
    ["Mohib", "hamdullah-mohib", "person"],
    ["Eastman", "cres-eastman", "person"],
    ["Mu Li", "mu-li", "person"],
    ["University of NSW", "unsw", "organization"],
    ["Kremlin", "kremlin", "organization"],
    ["Reuters", "reuters", "organization"],
    ["Giles Parkinson", "giles-parkinson", "person"],
    ["Pep Guardiola", "pep-guardiola", "person"],
    ["Andrew Ferguson", "andrew-ferguson", "person"],
    ["FTC", "ftc", "organization"],
    ["Trump", "donald-trump", "person"],
    ["Maria Glymour", "maria-glymour", "person"],
    ["Boston University", "boston-university", "organization"],
    ["Kemble Water Holdings", "kemble-water", "organization"],
    ["Yvette Cooper", "yvette-cooper", "person"],
    ["Labour", "labour", "organization"],
    ["Home Office", "home-office", "organization"],
    ["Whitmore", "steve-whitmore", "person"],
    ["LA Weekly", "la-weekly", "organization"],
    ["Montalvo", "daniel-montalvo", "person"],
    ["Harry Kane", "harry-kane", "person"],
    ["Budweiser", "budweiser", "organization"],
    ["Anna Smith", "anna-smith", "person"],
    ["John Brown", "john-brown", "person"],
    ["Sky News", "sky-news", "organization"],
    ["Boswell", "caitlin-boswell", "person"],
    ["Sunak", "rishi-sunak", "person"],
    ["Mike Johnson", "mike-johnson", "person"],
    ["House", "us-house", "organization"],
    ["Tass", "tass", "organization"],
    ["Kyiv", "kyiv", "place"],
    ["Vitali Klitschko", "vitali-klitschko", "person"],
    ["Braverman", "suella-braverman", "person"],
  ];
  it.each([
    ['"Seventeen years ago, this would not have been possible at all," said Ambassador Mohib.', "Seventeen", "hamdullah-mohib", "Mohib"],
    ["“We will not negotiate under fire,” said Ms Kallas.", "We will not", "kaja-kallas", "Kallas"],
    ["Ms Kallas said: “We want peace.”", "We want peace", "kaja-kallas", "Kallas"],
    ['Senior researcher Mu Li, of the University of NSW\'s school of public health, said "it is reasonable to assume that mothers are also deficient."', "it is reasonable", "mu-li", "Mu Li"],
    ['Anna Smith, who met the minister on Monday with John Brown, said "the talks went well."', "the talks", "anna-smith", "Anna Smith"],
    ['The Kremlin said the proposal was "a provocation".', "a provocation", "kremlin", "Kremlin"],
    ['The deal was "dead in the water", according to Reuters.', "dead in the water", "reuters", "Reuters"],
    ['According to Reuters, the deal was "dead in the water".', "dead in the water", "reuters", "Reuters"],
    // A naming word used as a noun names nothing: "the title race" does not make the quotation a title.
    ['Manager Pep Guardiola said afterwards that the title race was "far from over".', "far from over", "pep-guardiola", "Pep Guardiola"],
    // The person before a descriptive apposition speaks, not a name inside it.
    ['Andrew Ferguson, the FTC chairman appointed by President Trump, has said he will not block mergers "simply because they are big."', "simply because", "andrew-ferguson", "Andrew Ferguson"],
    // An abbreviated title's period does not end the inverted reporting clause.
    ['"It is a modest effect," said Dr. Maria Glymour, an epidemiologist at Boston University.', "It is a modest", "maria-glymour", "Maria Glymour"],
    // A participle clause after the quotation shares the subject before it: the name after "adding that" said nothing.
    ['Jefferies analyst Giles Parkinson said a nationalisation "looks increasingly likely", adding that Kemble Water Holdings had defaulted.', "looks increasingly likely", "giles-parkinson", "Giles Parkinson"],
    ['Harry Kane won the Budweiser Man of the Match award. He said, "In the first half it felt good out there."', "In the first half", "harry-kane", "He"],
    ['Labour\'s Shadow Home Secretary Yvette Cooper said her party has supported the idea "for months", and said it was "damning that the Home Office isn\'t doing this already".', "for months", "yvette-cooper", "Yvette Cooper"],
    ['Labour\'s Shadow Home Secretary Yvette Cooper said her party has supported the idea "for months", and said it was "damning that the Home Office isn\'t doing this already".', "damning", "yvette-cooper", "Yvette Cooper"],
    ['Whitmore told LA Weekly that on October 6, Montalvo "walked into the station and turned himself in", and told the police, "everything he did".', "walked into", "steve-whitmore", "Whitmore"],
    ['Whitmore told LA Weekly that on October 6, Montalvo "walked into the station and turned himself in", and told the police, "everything he did".', "everything he did", "steve-whitmore", "Whitmore"],
    ["Caitlin's colleagues agreed, with Boswell stating: \"This latest move from government is clumsy.\"", "This latest move", "caitlin-boswell", "Boswell"],
    ['Sunak defended the record whilst promising a "formal update" from Braverman is forthcoming: "We want a system that works."', "We want a system", "rishi-sunak", "Sunak"],
    ['"We are ready," Anna Smith said, adding: "This is not over."', "This is not over", "anna-smith", "Anna Smith"],
    ['"I don\'t know," John Brown, 45, told the BBC.', "I don't know", "john-brown", "John Brown"],
    ["Speaker Mike Johnson dismissed the plan as “dead on arrival” and said the House would write its own bill.", "dead on arrival", "mike-johnson", "Mike Johnson"],
    ["Meanwhile, the Kremlin said it was “monitoring the situation closely”, according to state news agency Tass.", "monitoring", "kremlin", "Kremlin"],
    ["Asked whether he would veto the bill, Mike Johnson said: “Yes.”", "Yes.", "mike-johnson", "Mike Johnson"],
    ["Kyiv’s mayor, Vitali Klitschko, wrote on Telegram that “the city is under massive attack.”", "the city is", "vitali-klitschko", "Vitali Klitschko"],
    ['Mr Eastman said he is alarmed. "Pregnant women are getting about half of what they need," he said.', "Pregnant women", "cres-eastman", "he"],
  ])("%s", (text, prefix, speaker, mention) => {
    const q = byStart(run(text, people), prefix);
    expect(q.kind).toBe("speech");
    expect(q.speakerEntityId).toBe(speaker);
    expect(q.speakerMention && text.slice(q.speakerMention.start, q.speakerMention.end)).toBe(mention);
  });

  it("keeps the speaker for a quotation that follows with no new cue", () => {
    const text = `"The effects depend on how severe it is," Professor Eastman said.\n\n"If an infant's not getting enough iodine, brain development won't be completed."\n\nMore than two billion people live in areas prone to deficiency.`;
    const quotes = run(text, people);
    expect(quotes.map((q) => q.speakerEntityId)).toEqual(["cres-eastman", "cres-eastman"]);
    expect(quotes[1]!.block).toBe(true);
    expect(quotes[1]!.cue).toBeNull();
  });

  it("gives a role description to the person an apposition gave that role, and to no one else", () => {
    const text = `The mayor of Augusta, Garnett Johnson, warned that power could be out for weeks.\n\n"People need to be patient," the mayor said.\n\nPolice arrested John Brown on Monday. "We are investigating," the detective said.`;
    const quotes = run(text, [...people, ["Augusta", "augusta", "place"], ["Garnett Johnson", "garnett-johnson", "person"]]);
    expect(quotes.map((q) => q.speakerEntityId)).toEqual(["garnett-johnson", null]);
  });

  it("gives no named speaker to words of someone the text only describes", () => {
    const text = `Kharkiv Mayor Ihor Terekhov said a block was hit. "Rescuers are still pulling people from the rubble," he wrote.\n\nA commander of the 47th Brigade, who gave only his call sign, "Lotus", told Reuters that his unit was short of shells.\n\n"We are holding, but every day it gets harder," he said.`;
    const quotes = run(text, [...people, ["Kharkiv", "kharkiv", "place"], ["Ihor Terekhov", "ihor-terekhov", "person"], ["47th Brigade", "47th-brigade", "organization"]]);
    expect(quotes.filter((q) => q.kind === "speech").map((q) => q.speakerEntityId)).toEqual(["ihor-terekhov", null]);
    // "told" is never inverted: the name after it heard the words.
    expect(quotes.some((q) => q.speakerEntityId === "reuters")).toBe(false);
  });

  it("gives \"the sheriff said\" to the sheriff named before", () => {
    const text = `Butte County Sheriff Kory Honea ordered evacuations on Tuesday.\n\n"If you are still in the evacuation zone, you need to go now," the sheriff said.`;
    const quotes = run(text, [...people, ["Butte County", "butte-county", "place"], ["Kory Honea", "kory-honea", "person"]]);
    expect(quotes.map((q) => q.speakerEntityId)).toEqual(["kory-honea"]);
  });

  it("gives a spokesperson's words for a person to no one, and for a body to the body", () => {
    const text = `A spokesperson for competition commissioner Teresa Ribera said the Commission was "aware of the transaction". A spokesman for the Department of Health said it was "monitoring the situation".`;
    const quotes = run(text, [...people, ["Teresa Ribera", "teresa-ribera", "person"], ["Department of Health", "department-of-health", "organization"]]);
    expect(quotes.map((q) => q.speakerEntityId)).toEqual([null, "department-of-health"]);
    expect(quotes[0]!.speakerGroup?.text).toMatch(/^A spokesperson/);
  });

  it("after a sentence about someone named by nationality, 'he' is that person: the subject the sentences before name (QUOTE_SKIP=nationalitysubject gives none)", () => {
    const text = `Arsenal manager Mikel Arteta praised his side. "We suffered," Arteta said.\n\nThe Spaniard said Bukayo Saka would be assessed on Monday. "Bukayo felt something in the back of his leg," he said.`;
    const quotes = run(text, [...people, ["Arsenal", "arsenal", "organization"], ["Mikel Arteta", "mikel-arteta", "person"], ["Arteta", "mikel-arteta", "person"], ["Bukayo Saka", "bukayo-saka", "person"]]);
    expect(quotes.map((q) => q.speakerEntityId)).toEqual(["mikel-arteta", "mikel-arteta"]);
  });

  it("never gives a quotation to a place that describes the speaker, or to the name a question was about", () => {
    const people2: MentionSpec[] = [...people, ["Tammy Duckworth", "tammy-duckworth", "person"], ["Illinois", "illinois", "place"], ["Josh Shapiro", "josh-shapiro", "person"], ["Joe Biden", "joe-biden", "person"]];
    const text = `Senator Tammy Duckworth pressed the nominee. Then she paused.\n\n"They are terrified of retaliation," the Illinois Democrat said.\n\nAsked whether Josh Shapiro should run for president, Joe Biden laughed. "That's up to Josh," he said.`;
    const quotes = run(text, people2);
    expect(quotes.map((q) => q.speakerEntityId)).toEqual([null, "joe-biden"]);
  });

  it("does not carry the last speaker over to someone else's part in the story", () => {
    const people2: MentionSpec[] = [...people, ["Harlow", "harlow", "person"], ["Jonathan Reid KC", "jonathan-reid", "person"], ["Reid", "jonathan-reid", "person"], ["Sarah Whitley KC", "sarah-whitley", "person"], ["Whitley", "sarah-whitley", "person"]];
    const text = `Mr Justice Harlow warned jurors. Jonathan Reid KC, for the defence, said his client was honest. "She is no thief," Mr Reid said.\n\n"You must decide this case on the evidence," the judge said.\n\nSarah Whitley KC asked about the transfers. "Who approved them?" Whitley said.\n\nAshby wept as she left the witness box. "I have lost everything," she said.`;
    const quotes = run(text, people2);
    // "the judge" is Mr Justice Harlow, the one person the text titled so (not the last speaker).
    expect(quotes.map((q) => q.speakerEntityId)).toEqual(["jonathan-reid", "harlow", "sarah-whitley", null]);
  });

  it("gives a role description to the person the text gave that title anywhere before, abbreviated too", () => {
    const text = `Pennsylvania Gov. Josh Shapiro declared victory.\n\nBiden praised him. Shapiro, for his part, brushed aside questions about 2028. "I have a job to do right here," the governor said.`;
    const quotes = run(text, [...people, ["Pennsylvania", "pennsylvania", "place"], ["Josh Shapiro", "josh-shapiro", "person"], ["Shapiro", "josh-shapiro", "person"], ["Biden", "joe-biden", "person"]]);
    expect(quotes.map((q) => q.speakerEntityId)).toEqual(["josh-shapiro"]);
  });

  it("matches a role description's qualifiers, and never gives an inverted cue to a possessor", () => {
    const people2: MentionSpec[] = [...people, ["Peter Brown", "peter-brown", "person"], ["Brown", "peter-brown", "person"], ["Anna Jones", "anna-jones", "person"], ["Real Madrid", "real-madrid", "organization"], ["Bayern", "bayern", "organization"]];
    const text = `Peter Brown, the Real Madrid coach, faced Anna Jones, the Bayern coach. "We were lucky," the Real Madrid coach said. "We must improve," the Bayern coach said.\n\n"He is innocent," said Brown's lawyer, Anna Jones. "It is a tragedy," said Peter Brown's mother.`;
    const quotes = run(text, people2);
    expect(quotes.map((q) => q.speakerEntityId)).toEqual(["peter-brown", "anna-jones", "anna-jones", null]);
  });

  it("does not reach past a one-word name the recogniser typed as a place", () => {
    const text = `Carlo Ancelotti said the team was ready. Vinicius, who had been booed by home fans, said the squad was close. "We are a family," he said.`;
    const quotes = run(text, [...people, ["Carlo Ancelotti", "carlo-ancelotti", "person"], ["Vinicius", "vinicius", "place"]]);
    expect(quotes.map((q) => q.speakerEntityId)).toEqual([null]);
  });

  it("gives an age description to the one person given that age, and a sentence led by a possessive to its named subject", () => {
    const people2: MentionSpec[] = [...people, ["Jamal Price", "jamal-price", "person"], ["Kevin Brandt", "kevin-brandt", "person"], ["Derek Vaughn", "derek-vaughn", "person"], ["Martin Greer", "martin-greer", "person"]];
    const text = `Jamal Price, 33, was sprayed. Kevin Brandt, 51, defended the officers. "I was holding her arm," the 33-year-old said. "We did our job," the 40-year-old said.\n\nDerek Vaughn was not in court on Tuesday. His attorney Martin Greer told reporters the singer was ill. "He is resting at home," he said.`;
    const quotes = run(text, people2);
    expect(quotes.map((q) => q.speakerEntityId)).toEqual(["jamal-price", null, "martin-greer"]);
  });

  it("reaches a named person past a sentence opened by a possessive pronoun, and gives \"the spokesman\" only to one the text called so", () => {
    const people3: MentionSpec[] = [...people, ["Arthur Leblanc", "arthur-leblanc", "person"], ["John Kirby", "john-kirby", "person"], ["John Kerry", "john-kerry", "person"], ["Jane Doe", "jane-doe", "person"]];
    const text = `Its president, Arthur Leblanc, spoke to reporters on Monday. "We are being singled out," he said.

Secretary of State John Kerry raised the case. Spokesman John Kirby declined to discuss the talks. "We continue to call for his release," the spokesman said.

Jane Doe met officials. "The talks went well," the spokeswoman said.`;
    const quotes = run(text, people3);
    expect(quotes.map((q) => q.speakerEntityId)).toEqual(["arthur-leblanc", "john-kirby", null]);
  });

  it("gives a role description to the one person the text titled so, however far back; a figure's source is no company that speaks", () => {
    const people4: MentionSpec[] = [...people, ["Gavin Newsom", "gavin-newsom", "person"], ["Newsom", "gavin-newsom", "person"], ["Northlake Software Inc", "northlake", "organization"], ["LSEG", "lseg", "organization"]];
    const text = `Gov. Gavin Newsom declared a state of emergency. "We are throwing everything we have at this fire," Newsom said. "But leave when you are told. Do not wait."

More than 2,400 firefighters were on the lines. "They are working in conditions I have never seen," the governor said.

Northlake Software Inc cut 1,200 jobs. Revenue rose 3%, according to LSEG data. "We remain confident," the company said in a statement.`;
    const quotes = run(text, people4);
    expect(quotes.map((q) => q.speakerEntityId)).toEqual(["gavin-newsom", "gavin-newsom", "gavin-newsom", "northlake"]);
  });

  it("gives \"he\" to a one-word name with a person's apposition, not to someone paragraphs back", () => {
    const people5: MentionSpec[] = [...people, ["Mbah Maridjan", "mbah-maridjan", "person"], ["Surono", "surono", "person"], ["Center for Volcanology", "cvghm", "organization"]];
    const text = `The spiritual guardian of the volcano, Mbah Maridjan, was found dead on Wednesday.\n\nSurono, head of the Center for Volcanology, said the danger remained. "The pressure inside Merapi is still very high," he told reporters.`;
    expect(run(text, people5).map((q) => q.speakerEntityId)).toEqual(["surono"]);
  });

  it("gives \"the club said\" to the body the story is about, not to one named after a preposition; a passive's agent still counts", () => {
    const people6: MentionSpec[] = [...people, ["Manchester United", "manchester-united", "organization"], ["West Ham United", "west-ham", "organization"], ["Erik ten Hag", "erik-ten-hag", "person"], ["Municipality of Livorno", "livorno-municipality", "organization"], ["Tuscany", "tuscany", "place"]];
    const text = `Manchester United have sacked manager Erik ten Hag.\n\nHis departure came a day after a 2-1 defeat by West Ham United.\n\nIn a statement, the club said: "We thank him for everything."\n\nThe schools in Livorno, Tuscany, must pay. The request was advanced by the Municipality of Livorno in 2010. The city reasoned, "because the users pay a fee, the schools are businesses."`;
    expect(run(text, people6).map((q) => q.speakerEntityId)).toEqual(["manchester-united", "livorno-municipality"]);
  });

  it("takes a possessor that opens the sentence before for \"he\", unless the sentence names its own subject", () => {
    const people7: MentionSpec[] = [...people, ["Ruben Amorim", "ruben-amorim", "person"], ["Van Nistelrooy", "ruud-van-nistelrooy", "person"], ["Leicester City", "leicester", "organization"], ["Trump", "donald-trump", "person"], ["John Smith", "john-smith", "person"]];
    const text = `The club's leading candidate is Ruben Amorim, 39.\n\nVan Nistelrooy's first game in charge will be against Leicester City on Wednesday.\n\nIn a message to supporters, he said: "This club means everything to me."\n\nTrump's lawyer, John Smith, spoke on Monday. "He is innocent," he said.`;
    expect(run(text, people7).map((q) => q.speakerEntityId)).toEqual(["ruud-van-nistelrooy", "john-smith"]);
  });

  it("carries a chain of sentences about \"she\" on to the last speaker she named, never past someone else", () => {
    const people8: MentionSpec[] = [...people, ["Aoife Brennan", "aoife-brennan", "person"], ["Galway", "galway", "place"]];
    const text = `Councillor Aoife Brennan spoke at the launch. "Galway is a small city," she said. "It should be a walking city."\n\nShe supports a light rail line. She wants cars banned from Shop Street. She cycles to work. She has two children. She studied law. She ran a café.\n\nAsked whether she would run for the Dáil, she smiled. "Not yet," she said. "Ask me in five years."`;
    const quotes = run(text, people8, { "aoife-brennan": "female" });
    expect(quotes.map((q) => q.speakerEntityId)).toEqual(["aoife-brennan", "aoife-brennan", "aoife-brennan", "aoife-brennan"]);
  });

  it("gives \"the Ohio Republican\" to the one person tagged with that party and state", () => {
    const people9: MentionSpec[] = [...people, ["Jim Jordan", "jim-jordan", "person"], ["Jordan", "jim-jordan", "person"], ["Jamie Raskin", "jamie-raskin", "person"]];
    const text = `The committee's chairman, Rep. Jim Jordan, R-Ohio, gaveled down members. Rep. Jamie Raskin, D-Md., objected.\n\nLater, Jordan defended the director's record. "Violent crime is down," the Ohio Republican said. "This is a sham," the Maryland Democrat said.`;
    expect(run(text, people9).map((q) => q.speakerEntityId)).toEqual(["jim-jordan", "jamie-raskin"]);
  });

  it("gives \"the detective\" and \"the farmer\" to the person introduced so, \"the label\" to the label, and no \"she\" to a party", () => {
    const people10: MentionSpec[] = [...people, ["Lucy Hargreaves", "lucy-hargreaves", "person"], ["Ghulam Rasool", "ghulam-rasool", "person"], ["Meridian Records", "meridian", "organization"], ["Greens", "greens", "person"], ["Marama Davidson", "marama-davidson", "person"]];
    const text = `Detective Inspector Lucy Hargreaves led the inquiry. Officers searched 40 homes. "It was painstaking work," the detective said.\n\nGhulam Rasool, a 62-year-old farmer, lost his house. "Everything is gone," the farmer said.\n\nMeridian Records signed her in 2019. "She is one of the most important artists," the label said.\n\nMarama Davidson spoke first. The Greens walked out. "He has clearly not read the amendment," she said.`;
    expect(run(text, people10, { "marama-davidson": "female" }).map((q) => q.speakerEntityId)).toEqual(["lucy-hargreaves", "ghulam-rasool", "meridian", "marama-davidson"]);
  });

  it("gives \"the minister\" to the person whose apposition is that title, though the title is a mention of him", () => {
    const text = `Phil Woolas, the Minister of State for Borders and Immigration, defended the questionnaire. Woolas said it was designed to speed up decisions. "We have a fair system," the minister told MPs.`;
    const mentions: MentionSpec[] = [...people, ["Phil Woolas", "phil-woolas", "person"], ["Minister", "phil-woolas", "person"], ["Woolas", "phil-woolas", "person"]];
    expect(run(text, mentions).map((q) => q.speakerEntityId)).toEqual(["phil-woolas"]);
  });

  it("reaches the named person past a body's name opening the sentence, and gives \"the wing\" to the player introduced so", () => {
    const people11: MentionSpec[] = [...people, ["Waikato", "waikato", "organization"], ["Bruce Bird", "bruce-bird", "person"], ["Cheslin Kolbe", "cheslin-kolbe", "person"]];
    const text = `Waikato police district commander Superintendent Bruce Bird said officers had stopped 1200 drivers.\n\n“It is completely preventable,” he said.\n\nCheslin Kolbe, the Springboks' wing, was named best player. 'We fought to the last whistle,' the wing said.`;
    expect(run(text, people11, { "bruce-bird": "male" }).map((q) => q.speakerEntityId)).toEqual(["bruce-bird", "cheslin-kolbe"]);
  });

  it("gives \"the society said\" to the society and \"the administrator said\" to the administrator named before", () => {
    const people12: MentionSpec[] = [...people, ["Society of Homeopaths", "soh", "organization"], ["NASA", "nasa", "organization"], ["Charles Bolden", "charles-bolden", "person"]];
    const text = `The Society of Homeopaths responded. "Our members are expected to be accurate," the society said.\n\nNASA Administrator Charles Bolden testified. Senators pressed him. Lawmakers argued. "I will not put a crew on a vehicle I do not trust," the administrator said.`;
    expect(run(text, people12).map((q) => q.speakerEntityId)).toEqual(["soh", "charles-bolden"]);
  });

  it("does not guess a speaker the text does not give", () => {
    const text = `Mr Eastman visited the plant on Monday.\n\nThe report was published later.\n\n"Iodine deficiency is the sleeper health issue in Australia, and nobody is talking about it."`;
    const quotes = run(text, people);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.kind).toBe("speech");
    expect(quotes[0]!.speakerEntityId).toBeNull();
  });

  it("resolves a pronoun by gender past a nearer person of the other gender", () => {
    const text = `Anna Smith met John Brown in Brussels on Monday. "We made real progress today," she said.`;
    const q = run(text, people, { "anna-smith": "female", "john-brown": "male" })[0]!;
    expect(q.speakerEntityId).toBe("anna-smith");
    const text2 = `Ms Smith and Mr Brown met in Brussels. "We made real progress today," he said.`;
    const q2 = run(text2, [["Smith", "anna-smith", "person"], ["Brown", "john-brown", "person"]])[0]!;
    expect(q2.speakerEntityId).toBe("john-brown"); // gender from the honorifics
    const text3 = `Anna Smith, a spokeswoman for the firm, met John Brown. "We made progress," she said.`;
    const q3 = run(text3, [["Anna Smith", "anna-smith", "person"], ["John Brown", "john-brown", "person"]])[0]!;
    expect(q3.speakerEntityId).toBe("anna-smith"); // gender from the apposition
    const text4 = `Congressman John Brown met Anna Smith. "We made progress," she said.`;
    const q4 = run(text4, [["Anna Smith", "anna-smith", "person"], ["John Brown", "john-brown", "person"]])[0]!;
    expect(q4.speakerEntityId).toBe("anna-smith"); // he is a congressman, so "she" is the other one
  });

  it("takes a pronoun the linking stage resolved as it is", () => {
    const text = `Anna Smith met John Brown. "We made progress," he said.`;
    const i = text.indexOf("he said");
    const mentions = [...mentionsFor(text, people), { start: i, end: i + 2, text: "he", entityId: "john-brown", type: "person" as const, kind: "pronoun" as const, source: "model" as const }];
    const q = annotateQuotes(tokenize(text), mentions, [], {})[0]!;
    expect(q.speakerEntityId).toBe("john-brown");
    expect(q.speakerMention).toEqual({ start: i, end: i + 2 });
  });

  it("resolves 'the company' and 'the city' to the nearest entity of that type", () => {
    const text = `The request was advanced by the Municipality of Livorno in 2010.\n\nThe city reasoned, "because the users of the private schools pay a fee, this activity is commercial."`;
    const q = run(text, [["Municipality of Livorno", "livorno-municipality", "organization"]])[0]!;
    expect(q.speakerEntityId).toBe("livorno-municipality");
    expect(q.speakerMention && text.slice(q.speakerMention.start, q.speakerMention.end)).toBe("The city");
    const text2 = `Shares in Acme fell on Monday. "We remain confident in our strategy," the company said.`;
    expect(run(text2, [["Acme", "acme", "organization"]])[0]!.speakerEntityId).toBe("acme");
  });

  it("gives a group speaker no entity, only the group", () => {
    const text = `The ministers met the Kremlin envoy. "It must stop without delay," they added.`;
    const q = run(text, people)[0]!;
    expect(q.cue).toBe("added");
    expect(q.speakerEntityId).toBeNull();
    expect(q.speakerGroup?.text).toBe("The ministers");
  });

  it("attributes an organisation through 'it'", () => {
    const text = `The Kremlin rejected the plan on Tuesday. "There can be no preconditions for talks," it said in a statement.`;
    expect(run(text, people)[0]!.speakerEntityId).toBe("kremlin");
  });
});
