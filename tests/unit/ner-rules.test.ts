/**
 * The document pass (consistency.ts) on given tagger output: each case states what the tagger found
 * and what the rules must make of it. The shipped model was trained on text close to some of these
 * forms and gets them right by itself, so the rules are tested on the tagger's mistakes directly
 * (the ones a model trained without those texts makes: `npx tsx scripts/eval-ner.ts --heldout`).
 */
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES, type EntityType } from "../../src/annotator/model.ts";
import { cleanSpan } from "../../src/annotator/ner/clean.ts";
import { harmonise, type TaggedSpan } from "../../src/annotator/ner/consistency.ts";
import { tokenize } from "../../src/annotator/tokenize.ts";
import { toWords } from "../../src/annotator/ner/words.ts";

interface Case {
  name: string;
  text: string;
  /** What the tagger found: surface text (its first occurrence) and type. */
  tagged: [string, EntityType][];
  /** Names the pass must return, with their types. */
  found: [string, EntityType][];
  /** Surface strings the pass must not return as names. */
  absent?: string[];
}

const cases: Case[] = [
  { name: "one word between a quotation's closing mark and 'said' is its speaker where the text writes it after a capitalised word elsewhere", text: "City struggled under Pep Guardiola this season. \"We needed energy,\" Guardiola said.", tagged: [["City", "organization"]], found: [["Pep Guardiola", "person"], ["Guardiola", "person"]] },
  { name: "a person's full name before 'probe' is whom an investigation looks into; one word before it may be a spacecraft", text: "The Kim Keon-hee probe widens. The Galileo probe reached Jupiter.", tagged: [["Kim Keon-hee", "person"], ["Galileo", "person"], ["Jupiter", "place"]], found: [["Kim Keon-hee", "person"]], absent: ["Galileo"] },
  { name: "a name that ends in a legal form is a company's; an Australian state is a place, though a person has it as a first name", text: "Ferrari NV shares fell. In Victoria, Premier Jacinta Allan spoke. Victoria Marsh, an economist, disagreed.", tagged: [["Ferrari NV", "person"], ["Victoria", "place"], ["Jacinta Allan", "person"], ["Victoria Marsh", "person"]], found: [["Ferrari NV", "organization"], ["Victoria", "place"]] },
  { name: "a company's last word makes a name tagged a person a company's, and its front alone after it too; the founder stays a person", text: "Ingrid Solberg, Halvorsen Maritime's chief executive, spoke. The founder, Erik Halvorsen, declined to comment. A Halvorsen spokesperson said the firm had no plans. Ferro Minerals also fell.", tagged: [["Ingrid Solberg", "person"], ["Halvorsen Maritime", "person"], ["Erik Halvorsen", "person"], ["Halvorsen", "person"], ["Ferro Minerals", "person"]], found: [["Halvorsen Maritime", "organization"], ["Erik Halvorsen", "person"], ["Halvorsen", "organization"], ["Ferro Minerals", "organization"]] },
  { name: "a well-known organisation the tagger left out, also before a title ('FEMA Administrator Janelle Pruitt'); not before another capitalised word of a longer name", text: "FEMA Administrator Janelle Pruitt toured the area. A stalled Hyundai battery plant was discussed. Staff at Hyundai Motor Manufacturing Alabama were told.", tagged: [["Janelle Pruitt", "person"], ["Hyundai Motor Manufacturing Alabama", "organization"]], found: [["FEMA", "organization"], ["Hyundai", "organization"], ["Janelle Pruitt", "person"], ["Hyundai Motor Manufacturing Alabama", "organization"]] },
  { name: "a company's cues make a word a company though it is the surname of its founder, named in full; not after an honorific", text: "Shares in Pemberton fell 7 per cent. The firm was built by Clare Pemberton. Ms Pemberton declined to comment.", tagged: [["Clare Pemberton", "person"], ["Pemberton", "person"]], found: [["Clare Pemberton", "person"], ["Pemberton", "organization"]] },
  { name: "a barrister's letters after two unknown words make a person; a club's are no person's; a holiday is never a name", text: "Counsel for the developer, Siobhán Breathnach SC, said the article was false. Zamalek SC won. The Dáil rose before the Easter recess.", tagged: [["Siobhán Breathnach SC", "organization"], ["Zamalek SC", "organization"], ["Dáil", "organization"], ["Easter", "person"]], found: [["Siobhán Breathnach", "person"], ["Zamalek SC", "organization"], ["Dáil", "organization"]], absent: ["Easter", "Siobhán Breathnach SC"] },
  { name: "a party's member word before a person's name is no part of it; a stock market index is no name", text: "Democrat Alicia Moreland and Republican Grant Hollis traded accusations. The S&P 500 was little changed and the FTSE 100 rose.", tagged: [["Alicia Moreland", "person"], ["Republican Grant Hollis", "person"], ["S&P 500", "place"], ["FTSE 100", "organization"]], found: [["Alicia Moreland", "person"], ["Grant Hollis", "person"]], absent: ["Republican Grant Hollis", "S&P 500", "FTSE 100"] },
  { name: "a rank's first word after a force's name is the rank's ('Queensland Police Senior Sergeant')", text: "Queensland Police Senior Sergeant Tanya Whitfield said the driver was drunk.", tagged: [["Queensland Police Senior", "person"], ["Tanya Whitfield", "person"]], found: [["Queensland Police", "organization"], ["Tanya Whitfield", "person"]], absent: ["Queensland Police Senior"] },
  { name: "a place's title inside one tagged name splits it into the place and the holder; a body's word is no title", text: "Manila Mayor Honey Lacuna said so. The file is in the Russian State Military Archive.", tagged: [["Manila Mayor Honey Lacuna", "organization"], ["Russian State Military Archive", "organization"]], found: [["Manila", "place"], ["Honey Lacuna", "person"], ["Russian State Military Archive", "organization"]] },
  { name: "a surname of someone named in full before a place's title is the place", text: "Justice Ketanji Brown Jackson wrote the ruling. Jackson Mayor John Horhn welcomed it.", tagged: [["Ketanji Brown Jackson", "person"], ["Jackson Mayor John Horhn", "person"]], found: [["Jackson", "place"], ["John Horhn", "person"]] },
  { name: "a name after a team's or company's head in lower case after its name is a person; not after a lower-case word", text: "Barcelona coach Hansi Flick said so. Guests travel by coach Flick Holidays runs.", tagged: [["Barcelona", "place"]], found: [["Hansi Flick", "person"]], absent: ["Flick Holidays"] },
  { name: "two capitalised words after a quotation's closing mark and before 'said' are its speaker; not a bank", text: "\"City showed real quality,\" Pep Guardiola said. \"Rates will rise,\" Deutsche Bank said.", tagged: [["City", "organization"]], found: [["Pep Guardiola", "person"], ["Deutsche Bank", "organization"]] },
  { name: "plural acronyms are common nouns", text: "I came out with books and CDs, and six IEDs exploded near Kabul.", tagged: [["CDs", "organization"], ["IEDs", "organization"], ["Kabul", "place"]], found: [["Kabul", "place"]], absent: ["CDs", "IEDs"] },
  { name: "... unless the text spells them out in capitals", text: "The Millennium Development Goals (MDGs) guide us. The MDGs matter.", tagged: [["Millennium Development Goals", "organization"], ["MDGs", "organization"]], found: [["MDGs", "organization"]] },
  { name: "names before 'poll' are whoever ran it, found or not", text: "The latest Newsmax / Zogby poll placed him at 8%. A Texas poll disagreed.", tagged: [["Texas", "place"]], found: [["Newsmax", "organization"], ["Zogby", "organization"], ["Texas", "place"]] },
  { name: "a periodical's word joins the name before it", text: "It ran in everything from US Weekly to Time Magazine.", tagged: [["US", "place"], ["Time Magazine", "organization"]], found: [["US Weekly", "organization"]] },
  { name: "an unlisted 'place' a claim is credited to is a body", text: "The site is the 135th most popular according to Quantcast.", tagged: [["Quantcast", "place"]], found: [["Quantcast", "organization"]] },
  { name: "an unlisted 'place' a claim is credited to: not a listed place", text: "Prices rose, according to Kenya.", tagged: [["Kenya", "place"]], found: [["Kenya", "place"]] },
  { name: "a body's possessive inside one run splits it", text: "Shalev is a Professor at Hebrew University of Jerusalem's Einstein Institute of Mathematics.", tagged: [["Hebrew University of Jerusalem's Einstein Institute of Mathematics", "organization"]], found: [["Hebrew University of Jerusalem", "organization"], ["Einstein Institute of Mathematics", "organization"]] },
  { name: "... not a one-word possessive front", text: "She studied at King's College London.", tagged: [["King's College London", "organization"]], found: [["King's College London", "organization"]] },
  { name: "one unknown word, 'for' and another name are two names", text: "The flight had departed Bodø for Tromsø. The Campaign for Nuclear Disarmament marched.", tagged: [["Bodø for Tromsø", "organization"], ["Campaign for Nuclear Disarmament", "organization"]], found: [["Bodø", "organization"], ["Tromsø", "organization"], ["Campaign for Nuclear Disarmament", "organization"]] },
  { name: "a span opened by a personal honorific is a person", text: "Ms Moreland was asked on ABC Radio Melbourne.", tagged: [["Ms Moreland", "place"], ["ABC Radio Melbourne", "organization"]], found: [["Moreland", "person"]] },
  { name: "a 'person' after a post in a body is the body, with its campaign verb; after a ruler's title, the realm", text: "Eleanor Pryce, chair of Save Shelford Fields, spoke. The Chief of Akyem Abuakwa appealed. Jane Doe, head of Warrington, agreed.", tagged: [["Eleanor Pryce", "person"], ["Shelford Fields", "person"], ["Akyem Abuakwa", "person"], ["Jane Doe", "person"], ["Warrington", "place"]], found: [["Save Shelford Fields", "organization"], ["Akyem Abuakwa", "place"], ["Warrington", "place"]] },
  { name: "a famous surname typed a place is the person; a listed city stays a place", text: "She reread Tolstoy and Chekhov on the train to Moscow.", tagged: [["Tolstoy", "place"], ["Chekhov", "organization"], ["Moscow", "place"]], found: [["Tolstoy", "person"], ["Chekhov", "person"], ["Moscow", "place"]] },
  { name: "a span led by a well-known company's name is the company, not a place it names", text: "She moved to Microsoft Research in Redmond. He grew up in Ford County.", tagged: [["Microsoft Research", "place"], ["Redmond", "place"], ["Ford County", "place"]], found: [["Microsoft Research", "organization"], ["Redmond", "place"], ["Ford County", "place"]] },
  { name: "an ordinary field, 'and' and an agency are one agency; not an item of a list", text: "He wrote to the Maritime and Coastguard Agency. A quote from Lord Diplock and Browning and War Office followed.", tagged: [["Maritime", "organization"], ["Coastguard Agency", "organization"], ["Lord Diplock", "person"], ["Browning", "place"], ["War Office", "organization"]], found: [["Maritime and Coastguard Agency", "organization"], ["War Office", "organization"]], absent: ["Browning and War Office"] },
  { name: "two companies joined by 'and' or run on over 'for' are two names; not a department of two fields", text: "The firms Sequoia Capital and Insight Partners profited. It was advised by Qatalyst Partners for Cyvantra. He led the Department of Civil Protection and Emergency Management.", tagged: [["Sequoia Capital and Insight Partners", "organization"], ["Qatalyst Partners for Cyvantra", "organization"], ["Department of Civil Protection and Emergency Management", "organization"]], found: [["Sequoia Capital", "organization"], ["Insight Partners", "organization"], ["Qatalyst Partners", "organization"], ["Cyvantra", "organization"], ["Department of Civil Protection and Emergency Management", "organization"]] },
  { name: "a name before a comma and a state that closes the phrase is a place, not in a list of names; 'the Conti group' is a group", text: "It employs 600 people in Haifa and Austin, Texas, and 40 in London. The bands Gentle Giant, Kansas, Yes played. It was the attack on the HSE by the Conti group.", tagged: [["Haifa", "place"], ["Austin", "person"], ["Texas", "place"], ["London", "place"], ["Gentle Giant", "organization"], ["Kansas", "place"], ["Yes", "organization"], ["HSE", "organization"], ["Conti", "person"]], found: [["Austin", "place"], ["Gentle Giant", "organization"], ["Conti", "organization"]] },
  { name: "a title-case headline's spans are cut to the names the body has, or dropped when ordinary words", text: "Collingwood Stun Carlton in Front of 90,000, Report Says\n\nCollingwood beat Carlton by 12 points on Saturday.", tagged: [["Collingwood Stun Carlton", "person"], ["Report Says", "place"], ["Collingwood beat", "organization"]], found: [["Collingwood", "organization"]], absent: ["Collingwood Stun Carlton", "Report Says"] },
  { name: "a city with a player's noun is its club when the text names the club in full; a country with an army is no club", text: "Toronto goaltender Jakub Novotny made 34 saves. Israel's Minister of Economy agreed. The Toronto Maple Leafs won, the Israel Defense Forces said.", tagged: [["Toronto", "place"], ["Jakub Novotny", "person"], ["Israel", "place"], ["Toronto Maple Leafs", "organization"], ["Israel Defense Forces", "organization"]], found: [["Toronto", "organization"], ["Israel", "place"]] },
  { name: "a trade that bodies share leaves a first name and surname a person; a company's noun makes an unknown name a body", text: "Mohamed Bouzid, a crane operator, said he backed the strike. Shamrock Capital, the investment firm, said no.", tagged: [["Mohamed Bouzid", "person"], ["Shamrock Capital", "place"]], found: [["Mohamed Bouzid", "person"], ["Shamrock Capital", "organization"]] },
  { name: "a run-on name is not split inside a longer name the text gives alone", text: "Brunswick voted early. Voters in New Brunswick agreed. Ingrid Halvorsen of the University of New Brunswick spoke.", tagged: [["Brunswick", "place"], ["New Brunswick", "place"], ["Ingrid Halvorsen", "person"], ["University of New Brunswick", "organization"]], found: [["University of New Brunswick", "organization"]], absent: ["University of New"] },
  { name: "the place of a '-based' compound is no subject of the noun after it", text: "Seoul-based electronics maker Hanbit Systems unveiled a device.", tagged: [["Hanbit Systems", "organization"]], found: [["Seoul", "place"], ["Hanbit Systems", "organization"]] },
  { name: "a members' plural ends a body's name", text: "The employers' group, the Rotterdam Stevedoring Employers, said it had offered more. The Twin Towers fell.", tagged: [["Rotterdam Stevedoring Employers", "place"], ["Twin Towers", "place"]], found: [["Rotterdam Stevedoring Employers", "organization"], ["Twin Towers", "place"]] },
  { name: "names before 'et al.' are authors; a company's form keeps a body", text: "The map is from Daily et al. and the suit names Acme Corp. et al. as defendants.", tagged: [["Daily", "organization"], ["Acme Corp.", "organization"]], found: [["Daily", "person"], ["Acme Corp.", "organization"]] },
  { name: "'the Amazon' is the forest, not the company; a company's noun after it keeps the company", text: "We cannot protect the Amazon and Borneo with speeches. Deforestation in the Amazon rose. The Amazon founder spoke, and Amazon shares fell.", tagged: [["Amazon", "organization"], ["Borneo", "place"]], found: [["Amazon", "place"], ["Amazon", "organization"]] },
  { name: "a shield is a competition", text: "Victoria reached the final of the Sheffield Shield.", tagged: [["Victoria", "organization"], ["Sheffield Shield", "place"]], found: [["Sheffield", "place"]], absent: ["Sheffield Shield"] },
  { name: "a person's surname that is also a city is the person where the text never uses it as a place", text: "Paris, 58, was appointed in January after Everton hired Graham Paris from Fulham. Paris said he was sad.", tagged: [["Paris", "place"], ["Everton", "organization"], ["Graham Paris", "person"], ["Fulham", "organization"]], found: [["Paris", "person"]] },
  { name: "... not where the text uses it as a place", text: "Paris, the capital, was calm after Everton hired Graham Paris. He moved to Paris in 2010.", tagged: [["Paris", "place"], ["Everton", "organization"], ["Graham Paris", "person"]], found: [["Paris", "place"]] },
  { name: "a listed country the tagger left out is a place; not a first name", text: "Floods hit the region. Japan said it would send $2 million, and Chad said nothing.", tagged: [], found: [["Japan", "place"]], absent: ["Chad"] },
  { name: "names joined by an ampersand are one organisation", text: "The German logistics group Brandt & Söhne agreed to merge. Shares in Procter & Gamble rose.", tagged: [["Brandt", "person"], ["Söhne", "person"], ["Procter", "person"]], found: [["Brandt & Söhne", "organization"], ["Procter & Gamble", "organization"]], absent: ["Brandt", "Söhne"] },
  { name: "in a text about sport, a city before a squad's word and a coach's noun is its club; a manager in apposition makes one", text: "Everton sacked manager Graham Paris after a 3-0 defeat in the league, their fifth of the season. Jordan Brown, a former Liverpool youth coach, takes charge of the squad for the match. Leeds, managed by Daniel Farke, are seventh after two goals past the goalkeeper.", tagged: [["Everton", "organization"], ["Graham Paris", "person"], ["Jordan Brown", "person"], ["Liverpool", "place"], ["Leeds", "place"], ["Daniel Farke", "person"]], found: [["Liverpool", "organization"], ["Leeds", "organization"]] },
  { name: "a given name and surname after a country's possessive are a person; not a company's name before its boss, nor a body's", text: "Kenya's Faith Wanjiru won, edging Ethiopia's Tsigereda Alemu. Japan's Hokuto Motor president resigned. Canada's Royal Winter Game is hockey.", tagged: [["Kenya", "place"], ["Ethiopia", "place"], ["Japan", "place"], ["Canada", "place"]], found: [["Faith Wanjiru", "person"], ["Tsigereda Alemu", "person"]], absent: ["Hokuto Motor", "Royal Winter Game"] },
  { name: "a surname that is also a city is no person before the full name is given", text: "Lyon stun Marseille in the league. In cricket, Nathan Lyon took five wickets.", tagged: [["Lyon", "place"], ["Marseille", "place"], ["Nathan Lyon", "person"]], found: [["Lyon", "place"]] },
  { name: "two people the tagger found joined by an ampersand stay two people; a firm's word after it makes a firm", text: "The song is a gentler Lennon & McCartney. Owners Mr & Mrs Patel agreed. Dombey & Son traded.", tagged: [["Lennon", "person"], ["McCartney", "person"], ["Patel", "person"], ["Dombey", "person"], ["Son", "person"]], found: [["Lennon", "person"], ["Dombey & Son", "organization"]], absent: ["Lennon & McCartney", "Mr & Mrs Patel"] },
  { name: "an ampersand joins a firm whose sides are no people's names on their face, and a country", text: "Sales rose at Fortnum & Mason. The coach arrived in Trinidad & Tobago.", tagged: [["Fortnum", "person"], ["Mason", "person"], ["Trinidad", "place"], ["Tobago", "place"]], found: [["Fortnum & Mason", "organization"], ["Trinidad & Tobago", "place"]] },
  { name: "a former champion in apposition makes a surname that is also a city the person", text: "Coventry, a former Olympic swimming champion, was impressed by Kirsty Coventry's plans.", tagged: [["Coventry", "place"], ["Kirsty Coventry", "person"]], found: [["Coventry", "person"]] },
  { name: "a 'person' named '<word> House' with no first name is the building, in a caption's credit too", text: "MPs returned to Parliament House on Monday. Image: Government House, Canberra.", tagged: [["Parliament House", "person"], ["Government House", "place"], ["Canberra", "place"]], found: [["Parliament House", "place"], ["Government House", "place"]] },
  { name: "initials in capitals after a title join the surname after them, a person's", text: "The bill now goes to Governor JB Pritzker, who will sign it.", tagged: [["Pritzker", "place"]], found: [["JB Pritzker", "person"]] },
  { name: "a well-known body's name as a dateline is the body", text: "UNITED NATIONS, March 12 (Reuters) - The council adopted a resolution.", tagged: [], found: [["UNITED NATIONS", "organization"]] },
  { name: "a listed city mentioned once with nothing that makes it a person is the place", text: "He said Washington would keep the pressure on the country's leaders.", tagged: [["Washington", "person"]], found: [["Washington", "place"]] },
  { name: "an ordinary word opening a quotation is no name", text: "\"Safety is our first priority,\" the company said.", tagged: [["Safety", "organization"]], found: [], absent: ["Safety"] },
  { name: "a post spelled out before its acronym is no body; a nationality's noun after 'the' is no name", text: "The local Member of Parliament (MP) for Bristol South spoke. \"We dug deep,\" the New Zealander said.", tagged: [["Bristol South", "place"], ["New Zealander", "person"]], found: [["Bristol South", "place"]], absent: ["Member of Parliament", "New Zealander"] },
  { name: "a town a body is named after keeps its place in a dateline with its state; a word opening a quotation before an agent's verb stays a name; a country's 'who' is a team's", text: "STANFORD, Calif. (AP) - The university said so. \"Unite will ballot staff,\" said Sharon Graham. Jordan Pickford saved twice. Jordan, who qualified for their first World Cup, are coached by Jamal Sellami.", tagged: [["Unite", "organization"], ["Sharon Graham", "person"], ["Jordan Pickford", "person"], ["Jordan,", "place"], ["Jamal Sellami", "person"]], found: [["STANFORD", "place"], ["Unite", "organization"]] },
  { name: "'the Amazon' before a noun of the company's is the company", text: "The Amazon strike began in January. Deforestation in the Amazon has slowed.", tagged: [["Amazon", "organization"]], found: [["Amazon", "organization"], ["Amazon", "place"]] },
];

describe("document pass on given tagger spans", () => {
  it.each(cases)("$name", (c) => {
    const tok = tokenize(c.text);
    const view = toWords(tok);
    const { words } = view;
    const input: TaggedSpan[] = c.tagged.map(([surface, type]) => {
      const at = c.text.indexOf(surface);
      const start = words.findIndex((w) => w.start === at);
      const end = words.findIndex((w) => w.end === at + surface.length) + 1;
      expect(start >= 0 && end > start, `${surface} is whole words`).toBe(true);
      return { start, end, typeIndex: ENTITY_TYPES.indexOf(type), confidence: 0.9, scores: [0, 0, 0] };
    });
    const out = harmonise(words, view.sentStart, input).map((s) => ({
      text: c.text.slice(words[s.start]!.start, words[s.end - 1]!.end - (s.trim ?? 0)),
      type: ENTITY_TYPES[s.typeIndex],
    }));
    for (const [text, type] of c.found) expect(out, text).toContainEqual({ text, type });
    for (const text of c.absent ?? []) expect(out.map((o) => o.text)).not.toContain(text);
  });
});

/** The span clean-up (clean.ts) on one tagged span: the bare name left, or null. */
const cleanCases: { name: string; text: string; tagged: string; person: boolean; left: string | null }[] = [
  { name: "a pronoun's contraction is no name", text: "'Right, I'll go,' he said.", tagged: "I'll", person: false, left: null },
  { name: "'OK' as a word of assent is no name", text: "'OK, fine,' he said.", tagged: "OK", person: false, left: null },
  { name: "... the state after a comma is", text: "He lives in Tulsa, OK now.", tagged: "OK", person: false, left: "OK" },
  { name: "a web address is no name", text: "Read https://www.example.org/Policy/Right-to-Repair today.", tagged: "https://www.example.org/Policy/Right-to-Repair", person: false, left: null },
  { name: "an e-mail address is no name", text: "Write to Jane.Smith@Guardian.co.uk today.", tagged: "Jane.Smith@Guardian.co.uk", person: true, left: null },
];

describe("span clean-up", () => {
  it.each(cleanCases)("$name", (c) => {
    const { words } = toWords(tokenize(c.text));
    const at = c.text.indexOf(c.tagged);
    const start = words.findIndex((w) => w.start === at);
    const end = words.findIndex((w) => w.end === at + c.tagged.length) + 1;
    const got = cleanSpan(words, start, end, c.person);
    expect(got && c.text.slice(words[got[0]]!.start, words[got[1] - 1]!.end)).toBe(c.left);
  });
});
