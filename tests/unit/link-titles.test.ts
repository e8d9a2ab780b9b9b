import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/annotator/tokenize.ts";
import { linkMentions } from "../../src/annotator/link/index.ts";
import { annotate } from "../../src/annotator/annotate.ts";
import type { EntityType, Registry } from "../../src/annotator/model.ts";
import { loadRegistry } from "../../src/registry/load.ts";
import { spans } from "../helpers/name-spans.ts";


function link(text: string, names: [string, EntityType][], options: { date?: string; registry?: Registry } = {}) {
  const result = linkMentions(tokenize(text), spans(text, names), options);
  return { ...result, roles: result.mentions.filter((m) => m.kind === "role").map((m) => `${m.text}=${m.entityId}`) };
}

const sample = (await loadRegistry("content/entities")).registry;
const P = "person" as const, O = "organization" as const, L = "place" as const;

describe("bare role titles resolved within the article", () => {
  it.each<[string, string, [string, EntityType][], string[]]>([
    [
      "a title before the name introduces the holder; the bare title later is that person",
      "US President Barack Obama signed the bill on Tuesday. The President said it would help millions of families.",
      [["US", L], ["Barack Obama", P]],
      ["President=barack-obama"],
    ],
    [
      "a capitalised title in the lead is the holder the next paragraph introduces with it; not one inside a quotation",
      "The Taoiseach has rejected claims that waiting lists are growing.\n\nSpeaking in the Dáil, Taoiseach Ciarán Ó Dálaigh said the figures were improving. \"The Taoiseach should resign,\" one deputy said.",
      [["Dáil", O], ["Ciarán Ó Dálaigh", P]],
      ["Taoiseach=ciaran-o-dalaigh", "Taoiseach=ciaran-o-dalaigh"],
    ],
    [
      "an apposition after the name makes the role explicit",
      "Barack Obama, the President of the United States, arrived in Berlin on Wednesday. The President met Angela Merkel at the Chancellery.",
      [["Barack Obama", P], ["United States", L], ["Berlin", L], ["Angela Merkel", P], ["Chancellery", O]],
      // The apposition's own title is a mention of him too (GUM marks it as a name of the person).
      ["President=barack-obama", "President=barack-obama"],
    ],
    [
      "capitalised titles in apposition, the second joined by \"and\", are mentions of the person",
      "Professor Cres Eastman, Director of the National Iodine Nutrition study, and Chairman of the Australian Centre for Control of Iodine Deficiency Disorders, said the results were alarming.",
      [["Cres Eastman", P], ["National Iodine Nutrition", O], ["Australian Centre for Control of Iodine Deficiency Disorders", O]],
      ["Director=cres-eastman", "Chairman=cres-eastman"],
    ],
    [
      "a holder's successor, and one an appointment gives the post, hold it from there on",
      "Defence Minister Khaled Nordin was moved to higher education, and was replaced by Mohamad Hasan. The defence minister said he would buy ships. Anwar named Siti Aishah Rahman, a former banker, as finance minister. The finance minister said prices would fall.",
      [["Khaled Nordin", P], ["Mohamad Hasan", P], ["Anwar", P], ["Siti Aishah Rahman", P]],
      ["defence minister=mohamad-hasan", "finance minister=siti-aishah-rahman"],
    ],
    [
      "a body's officer introduced by a possessive is not 'the president' in someone's quoted words (`apposedbefore`)",
      "The group's president, Thomas Reardon, said the rule was wrong. Administrator Amit Bose said the agency would act \"the day the president signs it.\" The president of the group later left.",
      [["Thomas Reardon", P], ["Amit Bose", P]],
      [],
    ],
    [
      "a title's possessive before the post's own noun is no mention of its holder: 'the mayor's race' (`postnoun`)",
      "Mayor Urmas Raud won the run-off. \"Young people could not vote, and the mayor's race was the only ballot,\" she said. The mayor's office said the mayor would speak.",
      [["Urmas Raud", P]],
      ["mayor=urmas-raud", "mayor=urmas-raud"],
    ],
    [
      "a title before the comma that opens a name introduces its holder (`apposedbefore`)",
      "Spain's ecological transition minister, Carmen Ortega, called the plan an amnesty. Speaking in Seville, the minister said the government would appeal.",
      [["Spain", L], ["Carmen Ortega", P], ["Seville", L]],
      ["minister=carmen-ortega"],
    ],
    [
      "a title before the comma that opens a name is held too, so a bare title after two holders is no one's (`apposedbefore`)",
      "Kuwait's Oil Minister Tariq Al-Enezi said the group was united. Iraq's oil minister, Hassan Al-Obaidi, struck a more cautious tone. The minister added that cuts would end. Spain's housing minister, Carmen Ortega, spoke. The minister said no. The festival's artistic director, Alberto Ferri, spoke. The director was blunt.",
      [["Kuwait", L], ["Tariq Al-Enezi", P], ["Iraq", L], ["Hassan Al-Obaidi", P], ["Spain", L], ["Carmen Ortega", P], ["Alberto Ferri", P]],
      [],
    ],
    [
      "a title in lower case after 'the' is the one person the article introduced with it; a lower-case apposition is no mention",
      "The Oba of Benin, Ewuare II, sent a delegation led by his brother, Prince Aghatise Erediauwa. The prince said the family was grateful. Piero Fassino, the mayor of Turin, spoke.",
      [["Ewuare II", P], ["Aghatise Erediauwa", P], ["Piero Fassino", P], ["Turin", L]],
      ["prince=aghatise-erediauwa"],
    ],
    [
      "a lower-case apposition is a description, not a name; \"and Chairman Mao\" is another person's title",
      "Tom Brown, a director of the company, and Chairman Mao were named in the book.",
      [["Tom Brown", P], ["Mao", P]],
      [],
    ],
    [
      "a possessive qualifier in an apposition: the title itself links to the person it follows",
      "Sarvis is 28 points behind Republican Party nominee Ken Cuccinelli, Virginia's Attorney General, in the latest poll.",
      [["Sarvis", P], ["Republican Party", O], ["Ken Cuccinelli", P], ["Virginia", L]],
      ["Attorney General=ken-cuccinelli"],
    ],
    [
      "a title inside a quotation; the shadow minister's title is a different title",
      'Home Secretary Suella Braverman announced the forms. Labour\'s Shadow Home Secretary Yvette Cooper said her party had supported the idea. "The Home Secretary and I are working intensely," Sunak said.',
      [["Suella Braverman", P], ["Labour", O], ["Yvette Cooper", P], ["Sunak", P]],
      ["Home Secretary=suella-braverman"],
    ],
    [
      "a possessive bare title without \"the\"",
      "The forms are part of Prime Minister Rishi Sunak's effort to clear the backlog. During Prime Minister's Questions on Wednesday, Sunak defended the record.",
      [["Rishi Sunak", P], ["Sunak", P]],
      ["Prime Minister=rishi-sunak"],
    ],
    [
      "a qualified bare title picks the holder with that qualifier",
      "US President Barack Obama met Russian President Vladimir Putin in Geneva. The Russian President rejected the offer.",
      [["US", L], ["Barack Obama", P], ["Vladimir Putin", P], ["Geneva", L]],
      ["President=vladimir-putin"],
    ],
    [
      "a minister named with a portfolio is 'the Minister' where no other minister is named; not a Prime, Deputy or First Minister (`portfoliohead`)",
      "Transport Minister Tetsuo Saito ordered the recall. The Minister said inspections would follow. Prime Minister Shigeru Ishiba backed him, and the Minister thanked him.",
      [["Tetsuo Saito", P], ["Shigeru Ishiba", P]],
      ["Minister=tetsuo-saito", "Minister=tetsuo-saito"],
    ],
    [
      "a capitalised bare title is the holder a capitalised title introduced, not a body's officer named by its pronoun (`ownofficer`)",
      "The deal was signed under President Luis Arce. The department's council met; its president, Hernán Vargas, wants royalties. \"The President owes the country an explanation,\" Rojas said.",
      [["Luis Arce", P], ["Hernán Vargas", P], ["Rojas", P]],
      ["President=luis-arce"],
    ],
    [
      "'the governor of <place>, <name>,' introduces the governor; one word for 'Attorney-General' (`titleofplace`)",
      "The governor of Enga, Peter Ipatas, said the ground was moving. Later the Governor said in a statement that aid had come. Attorney-General Aiyaz Sayed-Khaiyum spoke first. The Attorney-General described the talks.",
      [["Enga", L], ["Peter Ipatas", P], ["Aiyaz Sayed-Khaiyum", P]],
      ["Governor=peter-ipatas", "Attorney-General=aiyaz-sayed-khaiyum"],
    ],
    [
      "'of' and what someone is accused of is no complement of the title (`ofgerund`); 'of' and a place still is",
      "First Minister John Swinney defended the bill. Mr Findlay accused the First Minister of \"governing by press release\" and the First Minister of Wales of nothing.",
      [["John Swinney", P], ["Findlay", P], ["Wales", L]],
      ["First Minister=john-swinney"],
    ],
    [
      "'Mr. President,' addressing someone is the one president the article introduced (`vocative`)",
      "Israeli President Shimon Peres spoke in Jerusalem.\n\nMr. President, as a Nobel Peace Prize recipient, what do you think?",
      [["Shimon Peres", P], ["Jerusalem", L]],
      ["President=shimon-peres"],
    ],
    [
      "... not where another minister is named without a listed portfolio (`portfoliohead`); 'the minister of mining, X,' holds the title too (`titleofplace`)",
      "Trade Minister Todd McClay flew to Delhi. India's commerce minister Piyush Goyal hosted the talks. The minister said India was ready. Minister Kojo Nkrumah opened the conference. The minister of mining, Emmanuel Buah, spoke. The minister said 500 excavators had been seized.",
      [["Todd McClay", P], ["Delhi", L], ["India", L], ["Piyush Goyal", P], ["Kojo Nkrumah", P], ["Emmanuel Buah", P]],
      [],
    ],
    [
      "'the director of the Serious Fraud Office, X,' introduces the director; 'A director of Barclays, Y,' is one of several (`titleofplace`)",
      "A director of Barclays, Tim Breedon, resigned on Monday. Later the director of the Serious Fraud Office, Nick Ephgrave, said an inquiry was under way. The director said charges were possible.",
      [["Barclays", O], ["Tim Breedon", P], ["Serious Fraud Office", O], ["Nick Ephgrave", P]],
      ["director=nick-ephgrave"],
    ],
    [
      "a body's officer introduced with a capitalised title keeps it where the text capitalises every title (`ownofficer`), and the sentence after his is his (`nearholder`); a vocative inside a quotation addresses the chair (`vocative`)",
      "President Bola Tinubu promised a new wage. The Nigeria Labour Congress met on Monday. Its President, Joe Ajaero, said workers had waited too long. The President added that the union would watch. \"Mr. President, this is a sham,\" a delegate said.",
      [["Bola Tinubu", P], ["Nigeria Labour Congress", O], ["Joe Ajaero", P]],
      ["President=joe-ajaero"],
    ],
    [
      "'of' and a gerund is what someone is accused of only after a verb of accusing (`ofgerund`)",
      "Director Sarah Chen of the hospital trust apologised. The director of nursing, Mark Ellis, said staffing had improved. The director said 40 nurses had been recruited.",
      [["Sarah Chen", P], ["Mark Ellis", P]],
      [],
    ],
    [
      "second review: a title inside another noun's complement introduces no holder; a nickname is no vocative; a field in -ing after 'blamed'; another kind of minister unnamed (`titleofplace`, `vocative`, `ofgerund`, `portfoliohead`)",
      "A spokesman for the governor of Kano, Sanusi Bature, spoke. Governor Abba Yusuf signed the order. The governor said it would stand. President Cyril Ramaphosa attended. Team-mates call Siya Kolisi Mr. President, a nod to his role.",
      [["Kano", L], ["Sanusi Bature", P], ["Abba Yusuf", P], ["Cyril Ramaphosa", P], ["Siya Kolisi", P]],
      ["governor=abba-yusuf"],
    ],
    [
      "... 'the director of nursing' after 'blamed' is a post; another minister written unnamed leaves 'the minister' unlinked",
      "Director Sarah Chen apologised. Families blamed the director of nursing for the delays. Trade Minister Don Farrell flew to Beijing. China's commerce minister told him tariffs would fall. The minister said Beijing valued the relationship.",
      [["Sarah Chen", P], ["Don Farrell", P], ["Beijing", L], ["China", L]],
      [],
    ],
    [
      "a capitalised title after 'The' in apposition before the name is a mention of that person; not one in lower case (`titlebefore`)",
      "The Tánaiste, Simon Harris, who leads Fine Gael, said the plan would work. The festival's artistic director, Alberto Ferri, spoke.",
      [["Simon Harris", P], ["Fine Gael", O], ["Alberto Ferri", P]],
      ["Tánaiste=simon-harris"],
    ],
    [
      "a former holder does not hold the plain title",
      "US President Donald Trump praised the team. Former President Barack Obama also wrote to them. The President later took action.",
      [["US", L], ["Donald Trump", P], ["Barack Obama", P]],
      ["President=donald-trump"],
    ],
    [
      "a head, 'for' and a portfolio before the name hold the head (`headfor`); whom a verb put out of office holds it no more (`pastholder`)",
      "The council called on Minister for Housing Darragh O'Brien to act. \"The Minister will not comment,\" his spokesperson said. President Ana Ruiz spoke in 2024, years after rebels overthrew President Luis Mora. The President said peace had come.",
      [["Darragh O'Brien", P], ["Ana Ruiz", P], ["Luis Mora", P]],
      ["Minister=darragh-obrien", "President=ana-ruiz"],
    ],
    [
      "of several holders, the one named with no country is the article's own, where every other has one (`homeholder`); not two unqualified ones",
      "President Ana Ruiz signed the deal at a ceremony hosted by Angolan President João Lourenço. \"We choose peace,\" the President said.",
      [["Ana Ruiz", P], ["João Lourenço", P]],
      ["President=ana-ruiz"],
    ],
    [
      "... not where a holder is named after a preposition ('the grave of President John Magufuli'; `homeholder`)",
      "Tanzanian President Samia Suluhu Hassan laid a wreath at the grave of President John Magufuli in Chato. \"We will continue the work he began,\" the President said.",
      [["Samia Suluhu Hassan", P], ["John Magufuli", P], ["Chato", L]],
      [],
    ],
    [
      "... and a minister named with 'for' and a portfolio is one of several ministers named with theirs, so the bare title is no one's (`headfor`)",
      "Minister for Agriculture Charlie McConalogue met farmers in Athlone. Separately, Environment Minister Eamon Ryan visited a wind farm in Mayo, where the Minister said the grid needed investment.",
      [["Charlie McConalogue", P], ["Athlone", L], ["Eamon Ryan", P], ["Mayo", L]],
      [],
    ],
    [
      "... but two holders named with no country leave the title to neither (`homeholder`)",
      "President Ana Ruiz met Angolan President João Lourenço and President Luis Mora in Luanda on Monday. They talked for an hour. \"We choose peace,\" the President said.",
      [["Ana Ruiz", P], ["João Lourenço", P], ["Luis Mora", P], ["Luanda", L]],
      [],
    ],
  ])("%s", (_name, text, names, expected) => {
    expect(link(text, names).roles).toEqual(expected);
  });

  it("the mention is the title words alone, a person mention of the holder's entity", () => {
    const text = "US President Barack Obama spoke. The President's plan was approved.";
    const r = link(text, [["US", L], ["Barack Obama", P]]);
    const role = r.mentions.find((m) => m.kind === "role")!;
    expect(text.slice(role.start, role.end)).toBe("President");
    expect(role).toMatchObject({ type: "person", entityId: "barack-obama", source: "rule" });
    expect(r.entities.map((e) => e.name)).not.toContain("President");
    expect(r.entities.find((e) => e.id === "barack-obama")!.aliases).not.toContain("President");
  });

  it.each<[string, string, [string, EntityType][]]>([
    [
      "two presidents in one article: the bare title stays unlinked",
      "US President Barack Obama met Russian President Vladimir Putin in Geneva. The President said the talks went well.",
      [["US", L], ["Barack Obama", P], ["Vladimir Putin", P], ["Geneva", L]],
    ],
    [
      "no named president",
      "The President has drawn both praise and criticism. Dean Kamen said the team was ready.",
      [["Dean Kamen", P]],
    ],
    [
      "a bare title before anyone is introduced with it is the office, not the person named later",
      'You must speak to the People. The President has that pulpit. What are your thoughts on the job President Obama has done?',
      [["People", O], ["Obama", P]],
    ],
    [
      "only a former holder: the plain title is someone else",
      "Former Prime Minister Boris Johnson rejected the plan in 2021. The Prime Minister said on Monday that it would return.",
      [["Boris Johnson", P]],
    ],
    [
      "another country's president after \"of\"",
      "US President Barack Obama arrived on Monday. He met the President of France at the summit.",
      [["US", L], ["Barack Obama", P], ["France", L]],
    ],
    [
      "a different title: deputy prime minister is not prime minister",
      "Deputy Prime Minister Nick Clegg spoke first. The Prime Minister was absent.",
      [["Nick Clegg", P]],
    ],
    [
      "a role, not a person: \"as President\" and \"a President\"",
      "US President Barack Obama spoke. As President, I will serve all the people. A President must listen.",
      [["US", L], ["Barack Obama", P]],
    ],
    [
      "a qualified title with no holder of that qualifier",
      "US President Barack Obama spoke on Monday. The French President did not reply.",
      [["US", L], ["Barack Obama", P]],
    ],
    [
      "a complement names the title's own holder",
      "Senator Tom Mahady spoke first. The Senator from this State, Joe Clark, spoke next.",
      [["Tom Mahady", P], ["Joe Clark", P]],
    ],
    [
      "a title word that only modifies another noun in an apposition introduces no holder",
      "John Smith, the general manager of the club, resigned. The General said the army was ready.",
      [["John Smith", P]],
    ],
    [
      "a title that is part of an organisation's name",
      "US Attorney General Eric Holder spoke. The Justice Department declined to comment.",
      [["US", L], ["Eric Holder", P], ["Justice Department", O]],
    ],
  ])("%s", (_name, text, names) => {
    const r = link(text, names);
    expect(r.roles).toEqual([]);
    // A title never becomes an entity of its own.
    expect(r.entities.map((e) => e.name)).not.toContain("President");
    expect(r.entities.map((e) => e.name)).not.toContain("Prime Minister");
  });
});

describe("bare titles and the registry's dated roles", () => {
  it("a bare title goes to another country's holder the text titles and names more often than the registry's", () => {
    const text = "President Yoon Suk Yeol made a final statement. Yoon denied the charges. Yoon's lawyers agreed. Donald Trump was not mentioned by the court. The President said he acted lawfully.";
    const r = link(text, [["Yoon Suk Yeol", P], ["Yoon", P], ["Yoon", P], ["Donald Trump", P]], { date: "2025-02-25", registry: sample });
    expect(r.roles).not.toContain("President=donald-trump");
  });

  it("the registry keeps precedence when its holder is named in the article", () => {
    // Cleverly is introduced as Foreign Secretary too, but on this date the registry says Lammy holds
    // the role and Lammy is named, so the registry decides.
    const text = "Foreign Secretary James Cleverly and David Lammy met on Monday. The Foreign Secretary said talks went well.";
    const r = link(text, [["James Cleverly", P], ["David Lammy", P]], { date: "2025-05-12", registry: sample });
    expect(r.roles).toEqual(["Foreign Secretary=david-lammy"]);
    expect(r.mentions.find((m) => m.kind === "role")!.source).toBe("registry");
  });

  it("an article on a date outside the registry role links the title to the holder it introduces", () => {
    const text = "Foreign Secretary James Cleverly visited Kyiv on Thursday. The Foreign Secretary promised more aid.";
    const names: [string, EntityType][] = [["James Cleverly", P], ["Kyiv", L]];
    expect(link(text, names, { date: "2023-02-23", registry: sample }).roles).toEqual(["Foreign Secretary=james-cleverly"]);
    const r = link(text, names, { date: "2023-02-23", registry: sample });
    expect(r.mentions.find((m) => m.kind === "role")).toMatchObject({ type: "person", source: "rule" });
  });

  it.each<[string, string, [string, EntityType][], string[]]>([
    [
      "a former holder's title is not today's holder",
      "Barack Obama, the former President of the United States, spoke in Chicago. The former US President praised the team.",
      [["Barack Obama", P], ["United States", L], ["Chicago", L], ["US", L]],
      [],
    ],
    [
      "an apposition names its own holder, whatever the registry says for the date",
      "Barack Obama, the President of the United States, spoke in Chicago.",
      [["Barack Obama", P], ["United States", L], ["Chicago", L]],
      ["President=barack-obama"],
    ],
    [
      "ex- in one token",
      "Donald Trump met ex-President of the United States Bill Clinton. Later the ex-President of the United States left.",
      [["Donald Trump", P], ["Bill Clinton", P]],
      [],
    ],
  ])("registry roles: %s", (_name, text, names, expected) => {
    const r = link(text, names, { date: "2026-09-16", registry: sample });
    expect(r.roles).toEqual(expected);
    expect(r.mentions.filter((m) => m.kind === "role").map((m) => m.entityId)).not.toContain("donald-trump");
  });

  it("without those words the registry's holder on the date is kept", () => {
    const r = link("The President of the United States spoke in Chicago. Donald Trump left early.", [["Chicago", L], ["Donald Trump", P]], { date: "2026-09-16", registry: sample });
    expect(r.roles).toEqual(["President of the United States=donald-trump"]);
  });

  it("a bare title in an article on the role's date with no holder named stays unlinked", () => {
    const text = "The Foreign Secretary hosted the talks in London on Monday.";
    expect(link(text, [["London", L]], { date: "2025-05-12", registry: sample }).roles).toEqual([]);
  });
});

describe("through the whole annotator", () => {
  it("links the bare title to the person the recogniser found", () => {
    const text = "US President Barack Obama signed the bill on Tuesday. The President said it would help millions of families.";
    const a = annotate(text, { date: "2010-03-23" });
    const role = a.mentions.find((m) => m.text === "President");
    expect(role).toMatchObject({ kind: "role", type: "person" });
    expect(a.entities.find((e) => e.id === role!.entityId)!.name).toBe("Barack Obama");
  });
});
