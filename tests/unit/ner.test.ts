import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { EntityType } from "../../src/annotator/model.ts";
import { recognizeNames } from "../../src/annotator/ner/index.ts";
import { tokenize } from "../../src/annotator/tokenize.ts";

const SAMPLE = readFileSync(new URL("../../content/sources/2025-05-12-european-allies-ukraine.txt", import.meta.url), "utf8");

const names = (text: string) => recognizeNames(tokenize(text));

interface Case {
  name: string;
  text: string;
  /** Names that must be found with exactly this text and one of these types. */
  found: [string, EntityType[]][];
  /** Surface strings that must not start or be a predicted name. */
  absent?: string[];
  /** True when `text` is quoted from the sample article. */
  fromSample?: boolean;
}

const P: EntityType[] = ["person"];
const O: EntityType[] = ["organization"];
const L: EntityType[] = ["place"];
const LO: EntityType[] = ["place", "organization"];

const cases: Case[] = [
  { name: "honorific stripped", fromSample: true, text: "In an effort to pile pressure on Mr Putin, they added: “It must do so without delay.", found: [["Putin", P]], absent: ["Mr Putin", "Mr"] },
  { name: "full person name", fromSample: true, text: "“If there is no ceasefire there cannot be talks under fire,” EU commission vice president Kaja Kallas said.", found: [["Kaja Kallas", P], ["EU", O]] },
  { name: "building or venue", fromSample: true, text: "Poland’s Foreign Minister Radoslaw Sikorski speaks to the media at Lancaster House.", found: [["Lancaster House", LO], ["Radoslaw Sikorski", P], ["Poland", LO]], absent: ["Foreign Minister Radoslaw Sikorski", "Poland’s"] },
  { name: "EU", fromSample: true, text: "The Foreign Secretary hosted his counterparts from from France, Italy, Germany, Spain, Poland and the EU on Monday, where they discussed the future of Ukraine after a weekend diplomatic blitz by world leaders.", found: [["EU", O], ["France", LO], ["Ukraine", LO]], absent: ["Secretary", "Foreign Secretary", "the EU", "Monday"] },
  { name: "sentence-initial adverb", fromSample: true, text: "Meanwhile, Polish foreign minister Radoslaw Sikorski said the Russian consulate in Krakow would be closed after officials had discovered links to an act of arson at a shopping mall in Warsaw.", found: [["Radoslaw Sikorski", P], ["Krakow", L], ["Warsaw", L]], absent: ["Meanwhile", "Polish foreign minister Radoslaw Sikorski"] },
  { name: "sentence-initial noun", fromSample: true, text: "Sanctions against Russia’s “banking, central bank, and energy sectors” were among the measures under discussion at the meeting aimed at coaxing Mr Putin into bringing the war to and end, he said in a post on X.", found: [["Russia", LO], ["Putin", P]], absent: ["Sanctions", "Russia’s"] },
  { name: "possessive and title", fromSample: true, text: "Ukraine’s foreign affairs minister Andrii Sybiha joined the meeting via a video call.", found: [["Ukraine", LO], ["Andrii Sybiha", P]], absent: ["Ukraine’s"] },
  // GUM types a country as a place even as the agent of a verb (496 of 499 country names in its
  // non-news genres); only a national team in a match report is an organisation.
  { name: "country as agent is a place", fromSample: true, text: "But Russia has overnight bombarded Ukraine with more than 100 drones, and has said there can be no preconditions for talks.", found: [["Russia", L], ["Ukraine", L]] },
  { name: "country as agent in a statement", text: "Austria strongly condemns the attack. Austria welcomes all efforts undertaken by the government in Vienna.", found: [["Austria", L], ["Vienna", L]] },
  { name: "two people, no titles", fromSample: true, text: "Russia must show “without delay” it is willing to broker peace in Ukraine, Kyiv’s leading European allies have said after David Lammy insisted Vladimir Putin must “get serious” about negotiations.", found: [["David Lammy", P], ["Vladimir Putin", P], ["Kyiv", LO]], absent: ["European"] },
  { name: "nationality and title before a name", text: "US President Barack Obama met Foreign Secretary David Lammy in London.", found: [["Barack Obama", P], ["David Lammy", P], ["London", L]], absent: ["US President Barack Obama", "Foreign Secretary David Lammy"] },
  { name: "abbreviated country and hyphenated names", text: "European Commission President Jean-Claude Juncker met U.S. officials and Abu Bakr al-Baghdadi's envoy.", found: [["Jean-Claude Juncker", P], ["U.S.", LO], ["Abu Bakr al-Baghdadi", P], ["European Commission", O]], absent: ["Abu Bakr al-Baghdadi's", "President Jean-Claude Juncker"] },
  { name: "initials and abbreviations belong to the name", text: "The church was founded by L. Ron Hubbard, said Martin Luther King Jr. of Apple Inc. in St. Louis.", found: [["L. Ron Hubbard", P], ["Martin Luther King Jr.", P], ["Apple Inc.", O], ["St. Louis", L]], absent: ["Ron Hubbard", "Louis"] },
  { name: "Jordan the person", text: "Michael Jordan scored 30 points for the Chicago Bulls on Sunday night.", found: [["Michael Jordan", P]], absent: ["Sunday"] },
  { name: "Jordan the country", text: "Jordan's king met the Egyptian president in Amman on Tuesday.", found: [["Jordan", LO], ["Amman", L]], absent: ["Jordan's"] },
  // GUM types plural groups of people (nationality, religion, party) as person names, never organisations.
  { name: "group plurals are people", text: "Working together with both Republicans and Democrats, we can get the good aspects of each party.", found: [["Republicans", P], ["Democrats", P]] },
  { name: "demonym plural found untagged", text: "It was a chance to show the talent and ability of Afghans, team member Rodaba Noori said.", found: [["Afghans", P], ["Rodaba Noori", P]] },
  { name: "religious group", text: "Critics blame the atmosphere of hostility toward Muslims in the United States.", found: [["Muslims", P], ["United States", LO]] },
  { name: "a plural that is no group", text: "The Paralympics will be shown live in the morning.", found: [], absent: ["Paralympic"] },
  // In a match report a country is its national team (organisation); locative uses stay places.
  { name: "national teams in a match report", text: "Italy beat Brazil 2 – 1 in the final of the tournament in Spain. Paolo Rossi scored both goals for Italy, and the Brazil coach praised the referee after the match. In the semi-final, Germany had drawn 1 – 1 with France before winning on penalties. The Brazilians pressed late.", found: [["Brazil", O], ["Germany", O], ["Spain", L], ["Paolo Rossi", P], ["Brazilians", O]] },
  { name: "a team after a comma still acts", text: "In the final of the European Championship, Portugal beat France 1 – 0 after extra time. Eder scored the goal in the 109th minute. Fernando Santos, Portugal coach, praised the squad. In the semi-final, France had beaten Germany 2 – 0 at the stadium in Marseille, and the referee booked two players.", found: [["Portugal", O], ["France", O], ["Germany", O], ["Marseille", L], ["Fernando Santos", P]] },
  { name: "no match report, no team reading", text: "Tourists from Brazil and Germany visited Spain last year, the ministry said.", found: [["Brazil", L], ["Germany", L], ["Spain", L]] },
  // Events, laws and awards are not person/organisation/place names; organisations named after them are.
  { name: "events and awards are not names", text: "Spain won the World Cup in 2010, two years after Barack Obama signed the Recovery Act and a year before the Olympic flame reached London.", found: [["Spain", LO], ["Barack Obama", P], ["London", L]], absent: ["World Cup", "Recovery Act", "Olympic", "World"] },
  { name: "an organisation named after a war", text: "The Ministry of War in Paris announced the plan.", found: [["Ministry of War", O], ["Paris", L]] },
  // An acronym spelled out in lower case is a common noun; one spelled out in capitals is a name.
  { name: "acronym of a common noun", text: "Many veterans suffer from post-traumatic stress disorder (PTSD), and PTSD rates rose, the WHO said in Geneva.", found: [["WHO", O], ["Geneva", L]], absent: ["PTSD"] },
  { name: "acronym of a name", text: "The World Health Organization (WHO) said PTSD rates rose. WHO experts met in Geneva.", found: [["World Health Organization", O], ["WHO", O], ["Geneva", L]] },
  { name: "surname before post-nominal letters", text: "Dame Zaha Mohammad Hadid DBE was born in Baghdad. In the 1960s Hadid attended boarding schools in England.", found: [["Hadid", P], ["Baghdad", L], ["England", L]] },
  { name: "a bare institution is an organisation, a building a place", text: "I can report to the House that the bill will go to the Senate. He bought a house near the White House in Washington.", found: [["House", O], ["Senate", O], ["White House", LO], ["Washington", L]], absent: ["house"] },
  { name: "buildings and sites are places", text: "He was taken to Auckland Hospital, where he is in a stable condition. She once performed with Frank Sinatra at Carnegie Hall in 1984.", found: [["Auckland Hospital", L], ["Carnegie Hall", L], ["Frank Sinatra", P]] },
  { name: "titles and months are never names on their own", text: "Senator Hatfield, Mr. Chief Justice, Mr. President, Vice President Bush, I thank you. On Friday, 28 February, New Zealand recorded its first case.", found: [["Hatfield", P], ["Bush", P], ["New Zealand", L]], absent: ["Mr", "February", "Friday"] },
  { name: "May the surname is not a month", text: "Theresa May met Angela Merkel in Berlin. May said the talks went well.", found: [["Theresa May", P], ["May", P], ["Angela Merkel", P], ["Berlin", L]] },
  { name: "a place and its region", text: "Goode was born in Exeter, Devon. The bar is located in Brooklyn, New York, and is co-owned by Jonathan Dixon. In Paris, Hollande said the talks had failed.", found: [["Exeter", L], ["Devon", L], ["Brooklyn", L], ["New York", L], ["Jonathan Dixon", P], ["Paris", L]] },
  { name: "a known surname alone stays a person", text: "Critics said the Monti government had failed to reform the pension system.", found: [["Monti", P]] },
  { name: "an organisation's name goes on through \"and\" and common words", text: "Members of the Union of Rationalist Atheists and Agnostics protested. She joined the University of California and Columbia University.", found: [["Union of Rationalist Atheists and Agnostics", O], ["University of California", O], ["Columbia University", O]] },
  { name: "a caption's credit label is not part of a name", text: "The crew docked at the International Space Station Image: NASA. A second view of the station.", found: [["International Space Station", LO], ["NASA", O]], absent: ["International Space Station Image", "Image"] },
  { name: "the genus of a species name is no name", text: "The team used Formica fusca, an ant species, and infected some ants with Beauveria bassiana, a fungus found in Bolivia.", found: [["Bolivia", L]], absent: ["Formica", "Beauveria"] },
  { name: "a name goes on through \"of the\" after a head word", text: "Fighting continued in the east of the Democratic Republic of the Congo, the Ministry of Defence of Ukraine said. The case went to the Supreme Court of the United Kingdom last year.", found: [["Democratic Republic of the Congo", L], ["Ministry of Defence of Ukraine", O], ["Supreme Court of the United Kingdom", O]], absent: ["Congo", "Ukraine", "United Kingdom"] },
  { name: "famous surname alone", text: "Take, say, Obama. Obama's national security advisor was on record favouring expansion.", found: [["Obama", P]] },
  { name: "famous surname that is also a place, after a locative word", text: "The conference moved to Austin, Texas, last year.", found: [["Austin", L], ["Texas", L]] },
  // A place before a title with no name after it: the place is the name, the role is not.
  { name: "place before a trailing title", text: "Which previous Virginia Governor do you most admire? A detective for the Los Angeles Sheriff's office agreed.", found: [["Virginia", L], ["Los Angeles", L]], absent: ["Virginia Governor", "Los Angeles Sheriff", "Governor", "Sheriff"] },
  // Photo credits name who took or supplied the picture.
  { name: "photo credits", text: "The anemones live under the Ross Ice Shelf. Image: Huebi. A second view of the colony. Photo: Reuters.", found: [["Huebi", P], ["Reuters", O]] },
  { name: "no credit without a colon", text: "The image shows the colony. Photo editors chose it.", found: [], absent: ["Photo", "Photo editors"] },
  { name: "no lower-case word at the end of a name", text: "There was an agreement between Gorbachev and the U.S government, but the U.S wouldn't consider it.", found: [["Gorbachev", P], ["U.S", LO]], absent: ["U.S government", "U.S wouldn't"] },
  { name: "party adjective with a lower-case party", text: "My ties to the Republican party date back to 1979, when I volunteered for Ronald Reagan.", found: [["Republican party", O], ["Ronald Reagan", P]] },
  // A run-on capitalised sequence splits where the document shows its tail is a name of its own.
  { name: "an organisation run into a person's name", text: "Nursing student at University of Ohio Columbus Tamsin Okafor started a petition. Okafor said the hospital had ignored the complaints.", found: [["University of Ohio Columbus", O], ["Tamsin Okafor", P], ["Okafor", P]], absent: ["University of Ohio Columbus Tamsin Okafor"] },
  { name: "a place run into a person's name", text: "According to the Kenyan Ambassador to the United Kingdom Wanjiru Otieno, the talks were useful. Ambassador Wanjiru Otieno says more meetings will follow.", found: [["United Kingdom", L], ["Wanjiru Otieno", P]], absent: ["United Kingdom Wanjiru Otieno"] },
  { name: "no split of a name whose last word stands alone as a common word", text: "The New York Times reported it. Times editors agreed.", found: [["New York Times", O]], absent: ["New York"] },
  // Events are dropped, but a sponsor named before the event's head stays.
  { name: "an event keeps its sponsor", text: "Last week, Microsoft Science Fair winners met the mayor. The Google Science Fair took place in May.", found: [["Microsoft", O], ["Google", O]], absent: ["Google Science Fair", "Microsoft Science Fair"] },
  { name: "events are no names", text: "She won the Nokia Championship in Finland and ran the Boston Marathon before the 2016 Paralympics. Speaking in Paris at the AI Action Summit, she thanked the fans.", found: [["Finland", L], ["Paris", L]], absent: ["Nokia Championship", "Boston Marathon", "Paralympics", "AI Action Summit"] },
  { name: "an event keeps where it happens", text: "She won the Boston Marathon in April, a week before the Hamburg Marathon.", found: [["Boston", L], ["Hamburg", L]], absent: ["Boston Marathon", "Hamburg Marathon"] },
  // One capitalised word after an honorific is a surname, even one that is also a common word (0hn).
  { name: "a surname after an honorific", text: "He met Ms Reeves on Monday. \"It is over,\" said Mrs Badenoch. Miss World was crowned.", found: [["Reeves", P], ["Badenoch", P]], absent: ["World", "Miss World"] },
  // "bin" makes the name before it a person's, and the family name after "Al" belongs to it (0p).
  { name: "Arabic names with a patronymic", text: "The emir, Tamim bin Hamad Al Thani, met Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani.", found: [["Tamim bin Hamad Al Thani", P], ["Mohammed bin Abdulrahman Al Thani", P], ["Qatar", L]], absent: ["Al Thani", "Tamim"] },
  // Company words at the end make a name an organisation whatever its front (0tl).
  { name: "company words at a name's end", text: "The firm is in talks with creditors including Elliott Management and Silver Lake Partners.", found: [["Elliott Management", O], ["Silver Lake Partners", O]] },
  // The employer before a lower-case job and a person's name (0fo); not a place, a nationality or a person.
  { name: "an employer before a job and a name", text: "Jefferies analyst Giles Parkinson said it was likely. London lawyer Jane Smith and Biden spokesman Andrew Bates disagreed.", found: [["Jefferies", O], ["Giles Parkinson", P], ["London", L], ["Biden", P], ["Andrew Bates", P]] },
  // A nationality beside a coordinated name is no name (5c).
  { name: "no nationality in a coordination", text: "They met Chelsea and British striker Harry Kane on Monday.", found: [["Harry Kane", P]], absent: ["British"] },
  // Lists of capitalised common words inside an organisation's name (5fl), not lists of names.
  { name: "a list inside an organisation's name", text: "Speaking to the Environment, Food and Rural Affairs Committee on Tuesday, he said the Department for Digital, Culture, Media and Sport agreed. The Department of Justice, Google and Apple met. He thanked the Department for Education, Treasury and Home Office.", found: [["Environment, Food and Rural Affairs Committee", O], ["Department for Digital, Culture, Media and Sport", O], ["Department of Justice", O], ["Google", O], ["Department for Education", O], ["Home Office", O]], absent: ["Rural Affairs Committee", "Sport"] },
  // Two names after "in", one a place: the other is one too (4l2), unless a known first name opens it.
  { name: "two places after a preposition", text: "The army said it had targeted militants in Khan Younis and Deir al-Balah. She lives in Paris and Anne Hidalgo met her.", found: [["Khan Younis", L], ["Deir al-Balah", L], ["Paris", L], ["Anne Hidalgo", P]] },
  // A company whose name ends in a possessive keeps it (0kp); a person's possessive does not.
  { name: "possessive company names", text: "Analysts at Moody's downgraded the bank. He ate at McDonald's, and Ronald McDonald's show ended.", found: [["Moody's", O], ["McDonald's", O], ["Ronald McDonald", P]], absent: ["Moody", "Ronald McDonald's"] },
  // Products named before their kind (0pr): "its Blackwell chips"; a maker stays ("Qualcomm chips").
  { name: "a product before its kind noun", text: "Demand for its Blackwell chips stayed strong, and Google said so.", found: [["Google", O]], absent: ["Blackwell"] },
  // Sides of a result named after a result noun or "drew ... with" are teams, and their other mentions too (4cr);
  // a city or country before a team's staff is the team (0fo).
  { name: "teams after a result noun and before a coach", text: "Arsenal went top after a 3-1 win over Tottenham Hotspur on Sunday. Tottenham head coach Ange Postecoglou was angry. Liverpool, who drew 1-1 with Manchester City at Anfield, are second. England manager Gareth Southgate watched, and so did London lawyer Jane Smith.", found: [["Tottenham Hotspur", O], ["Tottenham", O], ["Liverpool", O], ["Manchester City", O], ["Anfield", L], ["England", O], ["London", L], ["Ange Postecoglou", P]] },
  { name: "a Korean name whose family name is also a kinship word", text: "Son Heung-min pulled one back for Spurs.", found: [["Son Heung-min", P]] },
  // A run of common words spelled out by an acronym is a body when it ends in a body's head word (5a).
  { name: "public bodies spelled out by their acronym", text: "The Health Service Executive (HSE) said waiting lists fell. The Food and Drug Administration (FDA) agreed, and the Consumer Price Index (CPI) rose.", found: [["Health Service Executive", O], ["HSE", O], ["Food and Drug Administration", O]], absent: ["Consumer Price Index"] },
  { name: "a commodity grade and parties on the list", text: "Brent crude rose 3%. Mr Harris said Fine Gael would seek to renew its partnership with Fianna Fáil.", found: [["Harris", P], ["Fine Gael", O], ["Fianna Fáil", O]], absent: ["Brent"] },
  // A name run on from "-based" starts after it (0h2).
  { name: "a company after a -based compound", text: "Bismarck Rewane, managing director of Lagos-based Financial Derivatives Company, agreed.", found: [["Bismarck Rewane", P], ["Lagos", L], ["Financial Derivatives Company", O]], absent: ["Lagos-based Financial Derivatives Company"] },
  // Streets and palaces in other languages are places (3df).
  { name: "streets and palaces of other languages", text: "The BJP rally was held on Deen Dayal Upadhyaya Marg, near the Palacio Nacional and the Konrad-Adenauer-Haus.", found: [["BJP", O], ["Deen Dayal Upadhyaya Marg", L], ["Palacio Nacional", L], ["Konrad-Adenauer-Haus", L]] },
  // Eponymous diseases (7d), awards by their short names and summits (7aw), party-state tags (7ps) are no names.
  { name: "diseases, awards, summits and party tags", text: "The drug may slow Alzheimer's disease. Her film won four Oscars, and the COP29 climate summit opened in Baku. \"We will act,\" said Sen. Ted Cruz, R-Texas, and Rep. Jim Jordan, R-Ohio.", found: [["Baku", L], ["Ted Cruz", P], ["Jim Jordan", P]], absent: ["Alzheimer", "Oscars", "COP29", "R-Texas", "R-Ohio"] },
  // An acronym before an event's name runs it (0ea); one before a title and a name is the title's body (0at).
  { name: "acronyms before events and titles", text: "The GMAC Bowl was played in Alabama. NATO Secretary General Mark Rutte said the alliance would respond. CBN Governor Olayemi Cardoso said rates would rise.", found: [["GMAC", O], ["NATO", O], ["Mark Rutte", P], ["CBN", O], ["Olayemi Cardoso", P]], absent: ["GMAC Bowl"] },
  // A title word that is the surname of someone named in full stays a name (7ts).
  { name: "a surname that is a title word", text: "Travis Head scored 128. Head said the pitch was good, and Pat Cummins praised Head after the match. The Head of Department agreed.", found: [["Travis Head", P], ["Head", P], ["Pat Cummins", P]], absent: ["Head of Department"] },
  // One item before "and" in a body's name (5fl), and a captain's country is the team (0fo).
  { name: "one item before and in a body's name", text: "The Food and Drug Administration has not approved the drug. India captain Rohit Sharma was out for 50 at the Melbourne Cricket Ground.", found: [["Food and Drug Administration", O], ["India", O], ["Rohit Sharma", P], ["Melbourne Cricket Ground", L]], absent: ["Drug Administration"] },
  // The head of an apposition ends before a preposition: an epidemiologist at a university is a person (3k).
  { name: "a person's apposition naming where she works", text: "\"It is a modest effect,\" said Dr. Maria Glymour, an epidemiologist at Boston University.", found: [["Maria Glymour", P], ["Boston University", O]] },
  // A collective noun's possessive inside a name (0jc); acronyms with lower-case letters for lower-case words (5al).
  { name: "collective possessives and mixed-case acronyms", text: "Delegates gathered for the National People's Congress in Beijing. The People's Bank of China cut rates, and the People's Daily reported it. The far-right Alternative für Deutschland (AfD) gained, and the Ministry of Defence (MoD) said so.", found: [["National People's Congress", O], ["Beijing", L], ["People's Bank of China", O], ["People's Daily", O], ["Alternative für Deutschland", O], ["AfD", O], ["Ministry of Defence", O], ["MoD", O]], absent: ["National People", "People"] },
  // Pieces of a title phrase before a person (0tp): a company stays, portfolio words go.
  { name: "bodies and portfolios in title phrases", text: "Chief Financial Officer Jeremy Barnum told analysts the bank was strong. Citigroup Chief Executive Jane Fraser said costs fell. Seminole County Sheriff Don Eslinger agreed. Pennsylvania Gov. Josh Shapiro won.", found: [["Jeremy Barnum", P], ["Citigroup", O], ["Jane Fraser", P], ["Don Eslinger", P], ["Pennsylvania", L], ["Josh Shapiro", P]], absent: ["Financial", "Citigroup Chief", "Pennsylvania Gov"] },
  // A party named by its adjective before a leader and a name (0pl).
  { name: "party adjectives before leaders", text: "Conservative Leader Pierre Poilievre criticised the plan. Liberal Democrat leader Ed Davey agreed. The Liberal Democrat leader, Sir Ed Davey, spoke.", found: [["Conservative", O], ["Pierre Poilievre", P], ["Liberal Democrat", O], ["Ed Davey", P]], absent: ["Democrat", "Liberal"] },
  // "& Co" belongs to the company (0cf); a disaster's front is no name (0af); sites and plants are places (3d).
  { name: "company forms, disasters and sites", text: "JPMorgan Chase & Co reported a 9% rise. The Ridge Fire started on Tuesday, as workers rallied outside the Sterling Heights Assembly Plant. Crowds lining Parliament Square cheered.", found: [["JPMorgan Chase & Co", O], ["Sterling Heights Assembly Plant", L], ["Parliament Square", L]], absent: ["Co", "Ridge"] },
  // Products after "its", models and GPT versions (0pr); an employer the tagger read as a person (0fo).
  { name: "owned products and a space agency", text: "Roscosmos cosmonaut Kirill Peskov will fly. ESA confirmed that its Hera probe was on course. OpenAI released GPT-5, as rival Anthropic expands sales of its Claude models.", found: [["Roscosmos", O], ["Kirill Peskov", P], ["ESA", O], ["OpenAI", O], ["Anthropic", O]], absent: ["Hera", "GPT-5", "Claude"] },
  // A player beside a score stays a person (4ct).
  { name: "a player beside a score", text: "Jannik Sinner won the title, beating Germany's Alexander Zverev 6-3 7-6 6-3.", found: [["Jannik Sinner", P], ["Alexander Zverev", P]] },
  // Two particles in a surname, and capitalised particles at a sentence start (0p).
  { name: "surnames with two particles", text: "SAS chief executive Anko van der Werff will lead it. Van der Werff said the airlines would merge. María de la Cruz agreed.", found: [["Anko van der Werff", P], ["Van der Werff", P], ["María de la Cruz", P], ["SAS", O]], absent: ["Werff", "Anko"] },
  // A "person" spelled out by an acronym is a body when an Arabic article or no first name is in it;
  // a listed place run into the front of a spelled-out name is cut off (5ap).
  { name: "acronyms that make a body of a name", text: "An advance by Hayat Tahrir al-Sham (HTS) captured Aleppo. The US National Oceanic and Atmospheric Administration (NOAA) warned. John Fitzgerald Kennedy (JFK) was shot.", found: [["Hayat Tahrir al-Sham", O], ["HTS", O], ["Aleppo", L], ["US", L], ["National Oceanic and Atmospheric Administration", O], ["NOAA", O], ["John Fitzgerald Kennedy", P]], absent: ["US National Oceanic"] },
  // A capitalised common word and "of" at a sentence start are no part of the name (0po).
  { name: "no \"Parts of\" before a name", text: "Parts of Kaziranga National Park were submerged. Bank of England rates rose.", found: [["Kaziranga National Park", L], ["Bank of England", O]], absent: ["Parts of Kaziranga National Park"] },
  // Companies joined by "&" (0am), bodies led by a known acronym (0ka), list items inside a body's name (5fl).
  { name: "ampersand companies and acronym-led bodies", text: "Retailer Marks & Spencer (M&S) confirmed the attack. The Department for Culture, Media and Sport (DCMS) said so. Irvine told BBC Radio Leicester he was happy. The study built on Baron & Beresford 2014.", found: [["Marks & Spencer", O], ["Department for Culture, Media and Sport", O], ["DCMS", O], ["BBC Radio Leicester", O]], absent: ["Retailer Marks", "Spencer", "Baron & Beresford", "Media and Sport"] },
  // "Its" before a name goes; a body ending in "Ombudsman" is spelled out by its acronym (5a); a surname
  // with an Arabic article is found again (6); a margin in runs or wickets makes teams (4cm).
  { name: "possessive determiners, ombudsmen, al- surnames and cricket margins", text: "Spokesman Majed al-Ansari said the sides made progress. Later al-Ansari told reporters more. Its Committee for Medicinal Products rejected a drug. The Local Government and Social Care Ombudsman (LGSCO) is investigating. England beat South Africa by 34 runs on Saturday.", found: [["Majed al-Ansari", P], ["al-Ansari", P], ["Committee for Medicinal Products", O], ["Local Government and Social Care Ombudsman", O], ["LGSCO", O], ["England", O], ["South Africa", O]], absent: ["Its Committee for Medicinal Products"] },
  // Two unknown capitalised words opening a sentence before a verb, the second written alone elsewhere (0sp).
  { name: "an unknown person opening a sentence", text: "MANCHESTER, England (AP) — Pep Guardiola insisted on Friday that City were fine. \"I am not going anywhere,\" Guardiola told reporters. Global Markets rallied on Monday.", found: [["Pep Guardiola", P], ["Guardiola", P]], absent: ["Global Markets"] },
  { name: "a person's name is not cut at a repeated surname", text: "Ahmed Mohamed was arrested at school. His father Mohamed El-Hassan Mohamed said the family would travel.", found: [["Ahmed Mohamed", P], ["Mohamed El-Hassan Mohamed", P]], absent: ["Mohamed El-Hassan"] },
  { name: "a leader's surname before what they lead", text: "Critics said the Sunak government had failed, and that the Obama administration had done no better.", found: [["Sunak", P], ["Obama", P]] },
  // A name introduced by a noun of a kind that is no person, organisation or place is a work, vehicle or storm.
  // A definition says what a name is: "X is a NASA space capsule" makes every X a thing.
  { name: "a name defined as a thing", text: "Ulysses is a European spacecraft. Scientists say Ulysses will reach Jupiter next year, and Ulysses has already sent data. Mariner was a NASA probe. According to Mariner, the planet was cold. Smith is a partner of the film studio in London.", found: [["NASA", O], ["Smith", P], ["London", L]], absent: ["Ulysses", "Mariner"] },
  // A surname after a title or honorific is found again mid-sentence once the full name is known.
  { name: "a surname after an honorific, again", text: "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris. Mr Scholz said Berlin would act, while Mr Macron called on the European Union to act.", found: [["Emmanuel Macron", P], ["Macron", P], ["Scholz", P]] },
  // Surname particles carry a person's name on.
  { name: "surname particles", text: "Manager Erik ten Hag praised his side. Crown Prince Mohammed bin Salman met Maria da Silva in Riyadh.", found: [["Erik ten Hag", P], ["Mohammed bin Salman", P], ["Maria da Silva", P], ["Riyadh", L]], absent: ["Erik"] },
  // "X-based", "X-born": the place without the suffix; a nationality stays no name.
  { name: "places in -based and -born compounds", text: "The Hong Kong-based lender HSBC reported a rise in profits. The New York-born actor and the Cupertino-based company met a Jordanian-born militant.", found: [["Hong Kong", L], ["HSBC", O], ["New York", L], ["Cupertino", L]], absent: ["Hong", "Hong Kong-based", "Jordanian"] },
  // An apposition giving a role makes an unknown name a person; one giving a kind of group does not.
  { name: "a role in apposition", text: "\"Police used excessive force,\" said Irungu Houghton, the group's Kenya director. Amnesty International, the rights group, called for an inquiry.", found: [["Irungu Houghton", P], ["Amnesty International", O], ["Kenya", L]] },
  // A title phrase led by an institution or ordinary words is cut off the name, and is no name alone.
  { name: "title phrases before a name", text: "Senate Majority Leader John Thune said the bill would pass. The Senate Majority Leader later left. Julie Bishop disagreed.", found: [["John Thune", P], ["Julie Bishop", P]], absent: ["Senate Majority Leader John Thune", "Senate Majority Leader"] },
  // A capitalised run spelled out by the acronym after it is an organisation; a capitalised term is not.
  { name: "a name spelled out by its acronym", text: "His party, Pakistan Tehreek-e-Insaf (PTI), said it would appeal. The Consumer Price Index (CPI) rose.", found: [["Pakistan Tehreek-e-Insaf", O], ["PTI", O]], absent: ["Consumer Price Index", "CPI", "Pakistan"] },
  // "a Louisiana Republican": the place a party member is from, not an organisation.
  { name: "a party member's home state", text: "House Speaker Mike Johnson, a Louisiana Republican, said the House would vote. Senator Joe Manchin, a West Virginia Democrat, objected.", found: [["Mike Johnson", P], ["Louisiana", L], ["Joe Manchin", P], ["West Virginia", L]], absent: ["Louisiana Republican", "West Virginia Democrat"] },
  // A kind noun in apposition: "a new malaria vaccine, R21," makes every R21 a thing.
  { name: "a thing named in apposition", text: "Scientists reported that a new malaria vaccine, R21, cut infections by 75% in Burkina Faso. R21 is cheap.", found: [["Burkina Faso", L]], absent: ["R21"] },
  // In a match report a city that plays is its club; one where something happens stays a place.
  { name: "clubs named after cities in a match report", text: "Real Madrid defeated Barcelona 3 – 2 at the Santiago Bernabeu on Sunday. Kylian Mbappe scored twice, and the coach praised the striker. Barcelona's Robert Lewandowski missed a penalty. Earlier, Liverpool beat Chelsea 2 – 1 in London, and the match ended with a goal from the midfielder.", found: [["Barcelona", O], ["Liverpool", O], ["Kylian Mbappe", P], ["London", L]] },
  // A wire dateline's capitalised city is a place; a capitalised organisation at a sentence start is not.
  { name: "datelines", text: "WASHINGTON (AP) — The Federal Reserve left its rate unchanged.\n\nBEIJING, March 5 (Xinhua) -- China set a growth target. NATO, the alliance, said it would act.\n\nCAPE CANAVERAL, Florida — A rocket lifted off.", found: [["WASHINGTON", L], ["BEIJING", L], ["Federal Reserve", O], ["China", L], ["NATO", O], ["CAPE CANAVERAL", L], ["Florida", L]] },
  { name: "a name spelled out with a possessive inside", text: "Premier Li Qiang spoke to the National People's Congress (NPC) on Tuesday.", found: [["Li Qiang", P], ["National People's Congress", O], ["NPC", O]] },
  // Initials join a name, but never from the sentence before.
  { name: "no initial from the paragraph before", text: "Mr Altman wrote on X.\n\nMusk, who co-founded OpenAI, left its board. L. Ron Hubbard founded the church.", found: [["L. Ron Hubbard", P]], absent: ["X. Musk"] },
  // A plural possessive inside a name, a date after it, a police rank before it.
  { name: "court names, dates and ranks", text: "Daniel Hughes, of Roundhay Road, will appear at Leeds Magistrates' Court on Tuesday. Det Supt Mark Swift said the family had been told. The band played at the Los Angeles' Coconut Grove.", found: [["Leeds Magistrates' Court", O], ["Mark Swift", P], ["Daniel Hughes", P]], absent: ["Court on Tuesday", "Leeds Magistrates", "Det Supt Mark Swift", "Los Angeles' Coconut Grove"] },
  { name: "hyphenated titles after a body's acronym", text: "UN Secretary-General António Guterres said the world cannot look away. WHO Director-General Tedros Adhanom Ghebreyesus agreed.", found: [["António Guterres", P], ["Tedros Adhanom Ghebreyesus", P]], absent: ["UN Secretary-General António Guterres", "WHO Director-General Tedros Adhanom Ghebreyesus"] },
  { name: "a place whose name has its article", text: "The International Court of Justice (ICJ) in The Hague will hear the case. Judges met in the Hague on Monday.", found: [["The Hague", L], ["Hague", L], ["International Court of Justice", O]] },
  { name: "a body named in apposition or by the reporting clause after it", text: "Taylor Swift bought back her recordings from Shamrock Capital, the investment firm said. London, the capital, was quiet.", found: [["Shamrock Capital", O], ["Taylor Swift", P], ["London", L]] },
  { name: "an occupation before a name", text: "Frontman Mick Jagger, 81, said the band was ready. Prime Minister Haider Al Abadi spoke.", found: [["Mick Jagger", P], ["Haider Al Abadi", P]], absent: ["Frontman Mick Jagger", "Al Abadi"] },
  { name: "a name after a title that the tagger left out", text: "Illinois Governor JB Pritzker called the move unconstitutional.", found: [["JB Pritzker", P], ["Illinois", L]], absent: ["Illinois Governor"] },
  { name: "a person after a place and a comma opens the main clause", text: "In New York, Zohran Mamdani, the Democratic nominee for mayor, led Andrew Cuomo by 20 points in a Siena College poll.", found: [["Zohran Mamdani", P], ["New York", L], ["Andrew Cuomo", P]] },
  { name: "titles the title list lacks", text: "Irish Taoiseach Micheál Martin met Northern Ireland's First Minister Michelle O'Neill in Dublin. Mr Martin said the talks had been constructive.", found: [["Micheál Martin", P], ["Michelle O'Neill", P], ["Dublin", L]], absent: ["Taoiseach Micheál Martin"] },
  // The front of an award's name ("Budweiser Man of the Match award") is no person.
  { name: "the front of an award's name", text: "Harry Kane won the Budweiser Man of the Match award in Volgograd. Kane thanked the fans.", found: [["Harry Kane", P], ["Volgograd", L]], absent: ["Budweiser Man", "Man", "Budweiser Man of the Match"] },
  // "Group G" is a group of teams (an organisation in GUM), never a person with an initial.
  { name: "group labels", text: "In the first game of Group G, Belgium beat Panama 3 – 0 with two goals from Romelu Lukaku. Group F leaders Sweden face Mexico next, and the coach praised the striker after the match.", found: [["Group G", O], ["Group F", O]], absent: ["G", "F"] },
  // An organisation goes on through "for the ..." over capitalised words the tagger left out.
  { name: "an organisation named for its purpose", text: "The Joint Council for the Welfare of Immigrants criticised the plan on Monday.", found: [["Joint Council for the Welfare of Immigrants", O]], absent: ["Joint Council"] },
  // A family name and a hyphenated two-syllable given name are one person.
  { name: "East Asian names", text: "Ban Ki-moon met Moon Jae-in in Seoul. Korea's Park Joo-Ho was injured, and the San Diego Comic-Con opened.", found: [["Ban Ki-moon", P], ["Moon Jae-in", P], ["Park Joo-Ho", P], ["Seoul", L]], absent: ["Park", "Diego Comic-Con"] },
  { name: "storms, spacecraft and works are no names", text: "Cyclone Phailin has winds of 200 km/h, the Indian Meteorological Department said. Phailin's winds will weaken over Odisha. Margaret Atwood launched her graphic novel Angel Catbird in Toronto.", found: [["Indian Meteorological Department", O], ["Odisha", L], ["Margaret Atwood", P], ["Toronto", L]], absent: ["Phailin", "Cyclone Phailin", "Angel Catbird", "Catbird"] },
  // Products are no names; a maker named before one stays, as an organisation.
  { name: "products and their makers", text: "Users were urged by Microsoft to stop using IE6, which shipped with Windows XP. Mozilla Firefox and Chrome gained share, according to Google Analytics.", found: [["Microsoft", O], ["Mozilla", O], ["Google", O]], absent: ["IE6", "XP", "Windows XP", "Chrome", "Firefox", "Mozilla Firefox", "Google Analytics"] },
  { name: "a well-known organisation the tagger left out", text: "Microsoft urged IE6 users to upgrade. Fans watched the 2004 Olympics. A Foreign Office spokeswoman said it was aware.", found: [["Microsoft", O], ["Foreign Office", O]], absent: ["Olympics"] },
  { name: "vehicles named before their kind", text: "The Galileo and Ulysses spacecraft carried dust detectors, NASA said. The first US sample return mission used the Hubble telescope.", found: [["NASA", O], ["US", L]], absent: ["Galileo", "Ulysses", "Hubble"] },
  // Whoever sponsors an award is an organisation; an award's front in a compound is no name.
  { name: "award sponsors and award compounds", text: "Swedish captain Andreas Granqvist won the Budweiser Man of the Match award. Margaret Atwood, a Booker Prize-winner, was there.", found: [["Andreas Granqvist", P], ["Budweiser", O], ["Margaret Atwood", P]], absent: ["Booker", "Budweiser Man"] },
  { name: "sides beside a score and the side a team lost to", text: "In the first game of Group F, Sweden beat South Korea 1 – 0 with a penalty from captain Andreas Granqvist. Group F — Sweden 1 – 0 Korea Republic\n\nTunisia lost 1 – 2 to England, with a late goal from striker Harry Kane after the referee awarded a corner. The coach praised the squad before the next match.", found: [["Korea Republic", O], ["England", O], ["Harry Kane", P]] },
  { name: "the sides of a result outside a match report", text: "Liverpool beat Chelsea 2-0 at Anfield on Sunday. Chelsea boss Enzo Maresca admitted his team were second best, and fans in Liverpool celebrated.", found: [["Liverpool", LO], ["Chelsea", O], ["Enzo Maresca", P]] },
  { name: "the side a team lost to, outside a match report", text: "Manchester United lost 2-1 to Arsenal on Saturday after striker Rasmus Hojlund missed a penalty.", found: [["Manchester United", O], ["Arsenal", O], ["Rasmus Hojlund", P]] },
  { name: "acronyms with a digit", text: "Requests came from the deputies of Movimento 5 Stelle (M5S) of the regional council. In the second case, the M5S party asks the regional government.", found: [["Movimento 5 Stelle", O], ["M5S", O]], absent: ["M5S party"] },
  { name: "institution words of other languages and media nouns", text: "Instituto Gonzaga, a catholic school in Milan, agreed. The secularist magazine MicroMega described the judgement, and the newspaper Le Monde reported it.", found: [["Instituto Gonzaga", O], ["MicroMega", O], ["Le Monde", O], ["Milan", L]], absent: ["Gonzaga"] },
  { name: "organisation kind nouns and company forms", text: "The court ruled on the religious schools Santo Spirito and Immacolata in Livorno. He left the Sea Org in 2004, and the band I started then joined the firm Deloitte.", found: [["Santo Spirito", O], ["Immacolata", O], ["Livorno", L], ["Sea Org", O], ["Deloitte", O]], absent: ["I"] },
  { name: "an acronym after a name made whole", text: "The Union of Rationalist Atheists and Agnostics (UAAR) has launched a petition.", found: [["Union of Rationalist Atheists and Agnostics", O], ["UAAR", O]] },
  { name: "an organisation named after two countries", text: "We convinced the Food Standards of Australia and New Zealand that salt should be iodised. Lydia Buchtmann for Food Standards Australia New Zealand, says they are looking at it. Flights between Australia and New Zealand resumed.", found: [["Food Standards of Australia and New Zealand", O], ["Food Standards Australia New Zealand", O], ["New Zealand", L], ["Lydia Buchtmann", P]] },
  { name: "a bill before parliament is no man called Bill", text: "The protests began when the Finance Bill 2024 was introduced. MPs debated the Safety of Rwanda Bill. Bill Gates spoke, and President Bill Clinton did too. Your Bill called.", found: [["Rwanda", L], ["Bill Gates", P], ["Bill Clinton", P]], absent: ["Finance Bill", "Rwanda Bill", "Safety of Rwanda Bill"] },
  { name: "a title phrase before a name is no part of it, its body stays", text: "SpaceX launched its rocket on Thursday. NASA Administrator Bill Nelson congratulated the team.", found: [["Bill Nelson", P], ["NASA", O]], absent: ["NASA Administrator Bill Nelson", "NASA Administrator"] },
  { name: "an unknown name in a list of places", text: "Storm Éowyn brought winds of 183 km/h to Ireland, ESB Networks said. Met Éireann issued a red warning for Galway, Mayo and Donegal. The Black Pepper press (Black Pepper, Melbourne, Australia, 2004) printed it.", found: [["Galway", L], ["Mayo", L], ["Donegal", L]] },
  { name: "a caption's position marker after a name makes it a person", text: "What would a Bolton administration do?\n\nBolton at the candidates forum in 2011.\n\nBolton (right) with fellow candidate Buddy Roemer.", found: [["Bolton", P], ["Buddy Roemer", P]] },
  { name: "a party and a member's title after it is the party, or nothing", text: "\"It's a gamble,\" said one Labour MP, who asked not to be named. A Tory MP said it was wrong, and Jane Smith MP agreed.", found: [["Labour", O], ["Jane Smith", P]], absent: ["Labour MP", "Tory MP", "Tory"] },
  { name: "an unknown name in a list of organisations", text: "German Chancellor Olaf Scholz warned against a trade war. Volkswagen, BMW and Mercedes-Benz all urged restraint.", found: [["Volkswagen", O], ["BMW", O], ["Mercedes-Benz", O], ["Olaf Scholz", P]] },
  { name: "a count before a well-known organisation is no part of it", text: "The former Manchester United manager Sir Alex Ferguson has died aged 83. Ferguson won 13 Premier League titles at Old Trafford.", found: [["Premier League", O], ["Alex Ferguson", P], ["Manchester United", O]], absent: ["13 Premier League"] },
  { name: "a ship in apposition to its kind, with its article", text: "U.S. Central Command said the vessel, the Marlin Luanda, was damaged in the Red Sea.", found: [["U.S. Central Command", O], ["Red Sea", L]], absent: ["Marlin Luanda"] },
  { name: "a listed place longer than the tagged span inside it", text: "Israeli airstrikes killed at least 20 people in the Gaza Strip overnight, the Hamas-run health ministry said.", found: [["Gaza Strip", L]], absent: ["Gaza"] },
  { name: "a bare title the feature list lacks is no name either", text: "Montalvo had plied the Sheriff's detective with a story, said Steve Whitmore of the Los Angeles Sheriff's office.", found: [["Steve Whitmore", P]], absent: ["Sheriff"] },
  { name: "a place that runs on into a title phrase", text: "In Georgia, Fulton County District Attorney Fani Willis defended the case. Washington State Attorney General Bob Ferguson sued.", found: [["Fulton County", LO], ["Fani Willis", P], ["Washington State", L], ["Bob Ferguson", P]], absent: ["Fulton County District"] },
  { name: "states and regions are places", text: "The survey covered New South Wales, Victoria, South Australia, Western Australia and Queensland between July 2003 and December 2004.", found: [["New South Wales", L], ["Western Australia", L], ["Queensland", L]] },
  { name: "a town before its region and country", text: "Preston, Victoria, Australia\n\nOn Saturday, he played chess at a cafe in the leafy Melbourne suburb of Preston.", found: [["Preston", L], ["Melbourne", L]] },
  { name: "a name after a lower-case occupation", text: "Senior researcher Mu Li, of the University of NSW's school of public health, said salt was the cause.", found: [["Mu Li", P]] },
  // Session 7: errors found in Wikinews-style texts written for the purpose.
  { name: "a nationality of two words is no name", text: "South Korean President Lee Myung-bak met North Korean officers. The new South Korean government was cautious, and South Koreans voted.", found: [["Lee Myung-bak", P]], absent: ["South Korean", "North Korean"] },
  { name: "a reporting verb ends a name's run-on", text: "Professor Kim Yeon-chul of the Hankyoreh Peace Research Institute said North Korean leader Kim Jong-il was ill.", found: [["Hankyoreh Peace Research Institute", O], ["Kim Jong-il", P]], absent: ["Hankyoreh Peace Research Institute said North Korean"] },
  { name: "honours and a barrister's rank after a name", text: "Pettigrew's lawyer, Paul Davison QC, argued the case. Dame Judi Dench DBE attended.", found: [["Paul Davison", P]], absent: ["Paul Davison QC"] },
  { name: "a compound adjective before an organisation", text: "The NATO-led International Security Assistance Force (ISAF) said three soldiers died in the Saudi-backed offensive.", found: [["International Security Assistance Force", O], ["ISAF", O]], absent: ["NATO-led International Security Assistance Force"] },
  { name: "lower-case particles before a surname standing alone", text: "Professor Jan van den Berg of Delft University of Technology spoke. \"They are not geniuses,\" van den Berg said. Mayor Luigi de Magistris agreed. According to de Magistris, Naples faces ruin.", found: [["Jan van den Berg", P], ["van den Berg", P], ["Luigi de Magistris", P], ["de Magistris", P]], absent: ["Berg", "Magistris"] },
  { name: "a listed city that is also a name, with no person's evidence", text: "North Korea wants to deal with Washington directly. In Washington, the U.S. special representative said the talks would go on.", found: [["Washington", L]] },
  { name: "a first name before a place's word, with a person's apposition", text: "David Harbour, her co-star, said the fans had kept the show alive.", found: [["David Harbour", P]] },
  { name: "a title before a preposition heads a person's apposition", text: "Lee-Anne Mulholland, the company's Vice President of regulatory affairs, said the ruling was wrong.", found: [["Lee-Anne Mulholland", P]] },
  { name: "an honorific's surname makes the full name a person", text: "Visitors met David Harbour at the stand. Mr. Harbour signed posters all day for Reuters.", found: [["David Harbour", P], ["Harbour", P], ["Reuters", O]] },
  { name: "an institution word takes the field before it", text: "On Monday the Interior Ministry said 1.08 million people marched. Russia's Foreign Ministry disagreed.", found: [["Interior Ministry", O], ["Foreign Ministry", O], ["Russia", LO]], absent: ["Ministry"] },
  { name: "spacecraft and rockets by name, designation, possessive or other name are no names; their agencies stay", text: "JAXA launched the Venus Climate Orbiter, known as Akatsuki, on an H-IIA rocket. Akatsuki failed to enter orbit. The agency's Nozomi probe also failed. The James Webb Space Telescope (JWST) found water, NASA said. JWST will look again.", found: [["JAXA", O], ["NASA", O]], absent: ["Venus Climate Orbiter", "Akatsuki", "H-IIA", "Nozomi", "James Webb Space Telescope", "JWST"] },
  { name: "a name the text writes in full elsewhere, cut short by the tagger", text: "Water Ireland announced on Friday that prices rose. On Monday, a Water Ireland spokeswoman said it was aware.", found: [["Water Ireland", O]], absent: ["Ireland"] },
  { name: "a body opening with its kind before its purpose, spelled by its acronym", text: "The Committee to Protect Journalists (CPJ) says 199 journalists are jailed. The CPJ called for his release.", found: [["Committee to Protect Journalists", O], ["CPJ", O]], absent: ["Committee"] },
  { name: "a newspaper's last word after \"the\"", text: "Jason Rezaian, a reporter for The Washington Post, was freed. The Post welcomed the news, and the executive editor of the Post thanked officials.", found: [["Washington Post", O], ["Post", O]] },
  { name: "items before \"and\" in a body whose head stands before its complement", text: "The president of the Building and Construction Trades Council of Greater New York spoke.", found: [["Building and Construction Trades Council of Greater New York", O]], absent: ["Construction Trades Council of Greater New York"] },
  { name: "a plan's name introduced by \"known as\"", text: "The strategy, known as Rebuilding Ireland, failed. A tax called TASI replaced it.", found: [], absent: ["Rebuilding Ireland", "Ireland", "TASI"] },
  { name: "a well-known body the tagger cut at its front", text: "Focus Ireland said there were more homeless families. Elsewhere, Northern Ireland Electricity Networks said power was back.", found: [["Focus Ireland", O], ["Northern Ireland Electricity Networks", O]], absent: ["Ireland", "Northern Ireland"] },
  { name: "a nationality's noun for one person is no name", text: "The Dutchman's departure was announced on Monday, and a Frenchman will replace him.", found: [], absent: ["Dutchman", "Frenchman"] },
  { name: "a surname with a capitalised particle is the person named in full", text: "Manchester United have sacked manager Erik ten Hag. Ten Hag insisted he still had the backing of the board. Several players joined Ten Hag's coaching staff.", found: [["Erik ten Hag", P], ["Ten Hag", P]] },
  { name: "the Irish abbreviation of County with the county's name", text: "Rents rose in Co Kerry and in Co. Clare, near Ennis.", found: [["Co Kerry", L], ["Co. Clare", L], ["Ennis", L]] },
  { name: "names that share a plural institution word after them", text: "After some interplay between the State and Homeland Security Departments, the girls were granted parole. The Treasury and Commerce Departments agreed.", found: [["State", O], ["Homeland Security", O], ["Treasury", O], ["Commerce", O]], absent: ["Homeland Security Departments", "The Treasury"] },
  { name: "the name after \"of\" in a body's name, alone, is the body; not a place's or a dictionary word", text: "Hackers attacked the Church of Scientology on Friday. It was a war that Scientology has been waging for years. The Church of England and the Department of Justice said nothing; England and justice were not mentioned.", found: [["Church of Scientology", O], ["Scientology", O], ["England", L]], absent: ["Justice"] },
  { name: "a basketball report: three-digit scores, and a city a side plays for is its team; a city it plays in stays the city", text: "CHICAGO (AP) — Coby White scored 31 points and the Chicago Bulls beat the Milwaukee Bucks 112-109. Giannis Antetokounmpo had 38 points and 11 rebounds for Milwaukee. Chicago outscored Milwaukee 24-8 in the fourth quarter. The Bulls play again in Milwaukee on Tuesday, after 5 assists and a 3-pointer from White.", found: [["Chicago Bulls", O], ["Milwaukee Bucks", O], ["CHICAGO", L], ["Milwaukee", O]] },
  { name: "cities on the document pass's longer list are places as agents too", text: "Since the 1960s, Oakland has been a hub of radical culture. Tulsa has over 225 days of sunshine annually.", found: [["Oakland", L], ["Tulsa", L]] },
  { name: "a company's own name alone is the company; a span ended before its company words takes them", text: "Northlake Software Inc said it would cut 1,200 jobs. Gov. Bob Ferguson said his office was in contact with Northlake. It agreed to buy Brightwell Analytics, and Brightwell makes tools. The Vienna Energy Forum met.", found: [["Northlake Software Inc", O], ["Northlake", O], ["Brightwell Analytics", O], ["Brightwell", O]], absent: ["Vienna Energy"] },
  { name: "two companies each closed by its form", text: "Amazon.com Inc and Intel Corp have announced cuts.", found: [["Amazon.com Inc", O], ["Intel Corp", O]], absent: ["Amazon.com Inc and Intel Corp"] },
  { name: "a saint's square or cathedral is one place", text: "Crowds gathered in St. Peter's Square on Monday. Others went to St Paul's Cathedral.", found: [["St. Peter's Square", LO], ["St Paul's Cathedral", LO]], absent: ["Peter", "Square", "St Paul"] },
  { name: "a faction's acronym with a hyphen spells the party's name", text: "The opposition Pakistan Muslim League-Nawaz (PML-N) walked out.", found: [["Pakistan Muslim League-Nawaz", O], ["PML-N", O]], absent: ["Pakistan"] },
  { name: "a dynasty is a period, not a body", text: "The tomb dates to the Nineteenth Dynasty of Egypt, archaeologists said.", found: [], absent: ["Nineteenth Dynasty of Egypt", "Nineteenth Dynasty"] },
  { name: "a dateline's US state abbreviation is a place", text: "RICHMOND, Va. (AP) — Voters went to the polls on Tuesday.", found: [["RICHMOND", L], ["Va.", L]] },
  { name: "a cue such as \"the company X\" types every mention of X, outvoting the tagger", text: "Ireland's regulator on Monday fined the Dublin-based advertising technology company Brightloop €23 million. The regulator found that Brightloop had collected location data. Brightloop's chief executive, Aoife Brennan, said it would appeal. Ms. Brennan said Brightloop, which employs 260 people in Dublin, had no plans to cut jobs.", found: [["Brightloop", O]] },
  { name: "a law and its acronym are no names; a race without an event word is none either", text: "The firm breached the General Data Protection Regulation (GDPR). Many assume GDPR is about cookies. The eighth stage of the Tour de France ended in Saint-Étienne.", found: [["Saint-Étienne", L]], absent: ["GDPR", "General Data Protection Regulation", "Tour de France"] },
  { name: "a French compound place name is a place", text: "BMC Racing are expected to attack on the climb to Mûr-de-Bretagne on Friday.", found: [["Mûr-de-Bretagne", L], ["BMC Racing", O]] },
  { name: "an institution named after a person is no person", text: "Researchers at the Peter MacCallum Cancer Centre announced the trial. The Barack Obama Foundation funded it.", found: [["Peter MacCallum Cancer Centre", LO], ["Barack Obama Foundation", O]], absent: ["Peter MacCallum", "Barack Obama", "Cancer Centre"] },
  { name: "a single unknown name with a person's apposition is a person", text: "Surono, head of the Center for Volcanology, said the danger remained. Merapi erupted again.", found: [["Surono", P], ["Center for Volcanology", O]] },
  { name: "shapes of wire copy: a newspaper after \"told The\", planets as places, \"a man named X\", a sheriff's office, a month's abbreviation, an operation, a tax", text: "She told The Age she had been unable to walk. Water flows on present-day Mars, and the probe returned to Earth in 2006; 30 Seconds to Mars played. The tomb belonged to a man named Ptahmose. The Ventura County Sheriff's Office said two people died. SEATTLE, Oct 30 (Reuters) - Police launched Operation Kauri. The IMU levy was replaced.", found: [["Age", O], ["Mars", L], ["Earth", L], ["Ptahmose", P], ["Ventura County Sheriff's Office", O], ["SEATTLE", L], ["Reuters", O]], absent: ["Oct", "Kauri", "IMU", "Ventura County Sheriff"] },
  { name: "a country with a plural verb is its team; as a state it takes the singular", text: "New Zealand have qualified for the World Cup. Russia has said it will respond.", found: [["New Zealand", O], ["Russia", L]] },
  { name: "a treaty's acronym is no name", text: "Critics say the Economic Cooperation Framework Agreement (ECFA) will cost jobs. Protesters opposed ECFA.", found: [], absent: ["ECFA", "Economic Cooperation Framework Agreement"] },
  { name: "picture credits of bodies, led by a nationality or an article, are bodies or sites", text: "Mahmoud Abbas in 2010. Image: Egyptian Presidency.\n\nThe ship in port. Image: British Antarctic Survey.\n\nThe ground. Image: The Estadio Pedro Bidegain.\n\nHis portrait. Image: Nick Moreau.", found: [["Egyptian Presidency", O], ["British Antarctic Survey", O], ["Estadio Pedro Bidegain", L], ["Nick Moreau", P]] },
  { name: "more shapes: ships, research centres, a common word opening a sentence, a place's people, a country's acronym, where a player plays, a body's \"for X and Y\", an Arabic article in a place", text: "The team sailed aboard the research vessel RRS Sir David Attenborough. The UK Polar Data Centre helped.\n\nClub president Marcelo Tinelli spoke. \"Footballers are workers,\" he said.\n\nManitobans had been promised tax cuts. US special envoy George Mitchell arrived in Sharm el-Sheikh. Messi plays for Barcelona.\n\nExperts at the Al-Ahram Centre for Political and Strategic Studies disagreed.", found: [["UK Polar Data Centre", O], ["Marcelo Tinelli", P], ["Manitobans", P], ["US", L], ["Sharm el-Sheikh", L], ["Barcelona", O], ["Al-Ahram Centre for Political and Strategic Studies", O]], absent: ["David Attenborough", "Club", "Footballers", "Sharm"] },
  { name: "a place or body, a title and a full name tagged as one person", text: "FreshWay CEO Michael Duarte praised the deal. Martin Luther King Jr. spoke.", found: [["FreshWay", O], ["Michael Duarte", P], ["Martin Luther King Jr.", P]], absent: ["FreshWay CEO Michael Duarte"] },
  { name: "a person who gave one name, units, the police in general, a research centre", text: "She asked to be identified only as Senait. Every day above 30 degrees Celsius cut yields.\n\nPolice said there were no serious incidents. Image: International Maize and Wheat Improvement Center.", found: [["Senait", P], ["International Maize and Wheat Improvement Center", O]], absent: ["Celsius", "Police"] },
  { name: "where someone with a job works is a body; the Mayor of a place is of a place", text: "\"It is a bold bet,\" said Toni Sacconaghi, an analyst at Bernstein. It consists of the Mayor of Brampton and five councillors. A lawyer in London agreed.", found: [["Bernstein", O], ["Brampton", L], ["London", L]] },
  { name: "Malaysian and Indian honorifics, sums in rand and ringgit, a listed place of two words typed as a person", text: "KUALA LUMPUR (Bernama) — Datuk Seri Zulkifli Abdul Rahman was charged over RM2 million in bribes. Tan Sri Lim Chee Keong testified. Umno and PAS walked out. Shri Prakash Deshmukh and Smt Sunita Kulkarni spoke. A firm in Hong Kong was named. Eskom lost about R900 million a day. Ms Tan agreed.", found: [["KUALA LUMPUR", L], ["Bernama", O], ["Zulkifli Abdul Rahman", P], ["Lim Chee Keong", P], ["Umno", O], ["Prakash Deshmukh", P], ["Sunita Kulkarni", P], ["Hong Kong", L], ["Eskom", O], ["Tan", P]], absent: ["RM2", "R900", "Datuk Seri Zulkifli Abdul Rahman", "Tan Sri Lim Chee Keong"] },
  { name: "a name cut short of a well-known one is the whole name", text: "Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the conflict a war.", found: [["Globe and Mail", O], ["Matthew Ingram", P]], absent: ["Globe"] },
  { name: "a well-known company with an abbreviation's period", text: "Warner Bros. opened the convention's largest hall on Thursday.", found: [["Warner Bros.", O]] },
  { name: "a verb's past form opening a quotation, and an operation, are no names", text: "\"Boarded up. Empty. While people queue for years,\" she said. Police launched Operation Kauri in May. Reed said the case was closed.", found: [["Reed", P]], absent: ["Boarded", "Operation Kauri", "Kauri"] },
  { name: "a stadium named in another language is a place", text: "The final was played at the Stadio Olimpico in Rome, and the next at the Stade de France.", found: [["Stadio Olimpico", L], ["Stade de France", L], ["Rome", L]] },
  { name: "a list closed by a plural noun of places", text: "Floods hit the Surma and Kushiyara rivers on Monday, and the Meghna river rose too.", found: [["Surma", L], ["Kushiyara", L], ["Meghna", L]] },
  { name: "business cues make an unknown name a company, not a place", text: "Shares of Zendesk rose 4% on Tuesday, and analysts at Jefferies raised their target. Palantir's chief executive spoke in Denver.", found: [["Zendesk", O], ["Jefferies", O], ["Palantir", O], ["Denver", L]] },
  { name: "business cues leave listed places and groups alone", text: "Texas shareholders sued, and Libertarians share many positions with Democrats.", found: [["Texas", L]], absent: ["Libertarians share"] },
  { name: "an unknown word opening a sentence before a reporting verb is a body", text: "Salesforce said on Tuesday it would cut 1,000 jobs. And said nothing more.", found: [["Salesforce", O]], absent: ["And"] },
  { name: "a place before a title with no name after it is the place, and the title a role", text: "\"That is how it works,\" the Kikuyu MP said. The Nakuru Governor was absent, as was the 46th President.", found: [["Kikuyu", L], ["Nakuru", L]], absent: ["Kikuyu MP", "Nakuru Governor", "46th"] },
  { name: "a title phrase's place or body run on into the holder's name", text: "Deputy Commissioner of Belagavi Mohammed Roshan said 41,000 people had moved. Leader of the Opposition in the Assembly R. Ashoka disagreed.", found: [["Belagavi", L], ["Mohammed Roshan", P], ["R. Ashoka", P]], absent: ["Belagavi Mohammed Roshan", "Assembly R. Ashoka"] },
  { name: "dotted initials keep their surname; a party's ministers are the party", text: "State BJP president B.Y. Vijayendra alleged that Congress Ministers were busy. The Council of Ministers met.", found: [["B.Y. Vijayendra", P], ["Congress", O], ["Council of Ministers", O]], absent: ["Congress Ministers"] },
  { name: "a nationality or a regional demonym before a first name is no part of the name", text: "Spaniard Carlos Alcaraz won. Tasmanian Jacqui Lambie spoke. Christian Horner spoke. After the match, Hernan Dario Gomez, Panama coach, said little.", found: [["Carlos Alcaraz", P], ["Jacqui Lambie", P], ["Christian Horner", P], ["Hernan Dario Gomez", P]] },
  { name: "African honorifics and police ranks before a full name are no part of it", text: "Alhaji Musa Danladi, Kgosi Leruo Molotlegi and SP Abdullahi Haruna Kiyawa attended.", found: [["Musa Danladi", P], ["Leruo Molotlegi", P], ["Abdullahi Haruna Kiyawa", P]] },
  { name: "a list of rivers after 'the' is places even where one is a person's first name", text: "Krishna Byre Gowda visited the Krishna and Ghataprabha rivers on Monday.", found: [["Krishna Byre Gowda", P], ["Krishna", L], ["Ghataprabha", L]] },
  { name: "a newspaper after 'told' is the paper", text: "\"Nobody was targeted,\" he told the Nation on the phone. \"We will appeal,\" the chairman told PUNCH.", found: [["Nation", O], ["PUNCH", O]] },
  { name: "a sport before a listed place is its governing body", text: "Netball Australia said the roof would stay closed, and Cycling Ireland agreed. He played tennis in Australia.", found: [["Netball Australia", O], ["Cycling Ireland", O], ["Australia", L]] },
  { name: "venues and circuits are places, a court's circuit a body", text: "The Test was played at the Adelaide Oval, the race at the Lusail International Circuit, and the appeal went to the Second Circuit.", found: [["Adelaide Oval", L], ["Lusail International Circuit", L], ["Second Circuit", O]] },
  { name: "an unlisted 'place' paired with a known organisation is one", text: "Investors moved their deposits from HSBC and Bank of China (Hong Kong) into gold, and Google and Kenya signed the deal.", found: [["Bank of China", O], ["Hong Kong", L], ["Kenya", L]] },
  { name: "a Canadian province's abbreviation is the place", text: "B.C. Premier David Eby said the pipeline would not be built.", found: [["B.C.", L], ["David Eby", P]] },
  { name: "two runs joined by 'and' whose initials the text writes as an acronym are one body", text: "A fresh row has erupted between ODM and the ruling UDA over the reconstitution of the Independent Electoral and Boundaries Commission after the committee rejected two nominees. The IEBC said it was ready.", found: [["Independent Electoral and Boundaries Commission", O], ["IEBC", O]] },
  { name: "a name that 'who' describes is a person's, not a unit's", text: "Kolin Burges, a software developer from London who had travelled to Tokyo, stood outside. Airmen deployed from the 158th Fighter Wing, who will serve abroad, left.", found: [["Kolin Burges", P]], absent: [] },
  { name: "a rank in capitals is no surname particle; an opening preposition and 'TD' are no part of a name", text: "Outside Leinster House, TD Michael Healy-Rae spoke. Detective Inspector Sarah Whitmore led the inquiry. DI Whitmore said it was over.", found: [["Leinster House", L], ["Michael Healy-Rae", P], ["Whitmore", P]], absent: ["DI Whitmore", "Outside Leinster House", "TD Michael Healy-Rae"] },
  { name: "sites named in other languages are places", text: "The Bois de Boulogne and the Jardin d'Acclimatation lie west of the Arc de Triomphe; the Teatro de la Maestranza is in Seville.", found: [["Bois de Boulogne", L], ["Jardin d'Acclimatation", L], ["Arc de Triomphe", L], ["Teatro de la Maestranza", L]] },
  { name: "public agencies named '<service> <country>' and newspapers named for their city", text: "Statistics Canada said inflation rose, the Omaha World-Herald reported. Times Square was busy and the Pyramid of the Sun stood.", found: [["Statistics Canada", O], ["Omaha World-Herald", O], ["Times Square", L]] },
  { name: "'Social Democrats' and 'Christian Democrats' are parties; 'Democrats' alone a group", text: "The center-left Social Democrats and the center-right Christian Democrats disagreed, while Democrats in Congress objected.", found: [["Social Democrats", O], ["Christian Democrats", O], ["Democrats", P]] },
  { name: "a lone word that opens a longer place's name is that place, not a person", text: "Kruger National Park lost 500 rhinos last year. Kruger is home to most of South Africa's rhinos.", found: [["Kruger National Park", L], ["Kruger", L]] },
  { name: "a name never runs over a line break; two datelines joined by a slash are places", text: "By NASSER KARIMI and JON GAMBRELL\nAssociated Press\n\nCAIRO/JERUSALEM, Nov 19 (Reuters) - Talks resumed.", found: [["Associated Press", O], ["CAIRO", L], ["JERUSALEM", L]], absent: ["JON GAMBRELL\nAssociated Press"] },
  { name: "institution words with an adjective of their language; two bodies joined by 'and'; a body of buildings", text: "The Parti socialiste and the Assemblée nationale objected. Lecturers at National Taiwan University and National Chengchi University marched. The Department of Buildings met at Government Buildings.", found: [["Parti socialiste", O], ["Assemblée nationale", O], ["National Taiwan University", O], ["National Chengchi University", O], ["Department of Buildings", O], ["Government Buildings", L]] },
  { name: "a body named for an office keeps its title; 'The Russians' are a group; a known club named 'City' is the club", text: "Deputies from the Maricopa County Sheriff's Office arrived. The Russians advanced. Arsenal moved within three points of Manchester City. Liverpool, who drew 1–1 with Chelsea, are two points behind.", found: [["Manchester City", O], ["Chelsea", O], ["Liverpool", O]], absent: ["The Russians"] },
  { name: "a margin before the result noun makes both sides teams", text: "Australia wrapped up a nine-wicket victory over India at the Gabba on Sunday. India were bowled out for 212. Cummins grew up in Sydney.", found: [["Australia", O], ["India", O], ["Gabba", L], ["Sydney", L]] },
  { name: "a byline's names are people's, the agency after them a body", text: "Gaza ceasefire talks resume in Doha\n\nBy Nidal al-Mughrabi and Maayan Lubell\n\nCAIRO, Nov 19 (Reuters) - Talks resumed.", found: [["Nidal al-Mughrabi", P], ["Maayan Lubell", P], ["Reuters", O]] },
  { name: "a council member's title is no part of the name; a 'person' ending in a site's word is the site", text: "Councilmember Julie Spilsbury voted no. Astronomers at the W. M. Keck Observatory confirmed it.", found: [["Julie Spilsbury", P], ["W. M. Keck Observatory", L]] },
  { name: "cricket totals make a match report: countries are their teams", text: "Set 509 to win, England collapsed in 37 overs. Johnson took three wickets for 27 as Australia levelled the series. Australia made 566 for eight declared, and England, resuming on 64 for three, were all out for 103 in the second innings. The captain praised the bowlers at the end of the match.", found: [["England", O], ["Australia", O]] },
  { name: "a merger named after two companies, a chain named after its founder and a police force are organisations", text: "Ahold agreed to buy Delhaize Group. Ahold Delhaize will be based in Zaandam. Albert Heijn opened his first shop in 1887; the Albert Heijn chain now has 1,000 stores. Victoria Police arrested a man.", found: [["Ahold Delhaize", O], ["Victoria Police", O]] },
  { name: "a name set off after a role's phrase is the person; a town named so is a place though it is someone's surname", text: "The PL's leader in the chamber of deputies, Sóstenes Cavalcante, mocked the plan. Justice Ketanji Brown Jackson dissented from a ruling on the city of Jackson, Mississippi, where a teenager in Jackson was stopped.", found: [["Sóstenes Cavalcante", P], ["Ketanji Brown Jackson", P], ["Jackson", L]] },
  { name: "a body's possessive inside one run makes two bodies", text: "Currently Shalev is a Professor at Hebrew University of Jerusalem's Einstein Institute of Mathematics. Kovacs works at Monash University and leads Monash's School of Biological Sciences.", found: [["Hebrew University of Jerusalem", O], ["Einstein Institute of Mathematics", O], ["Monash", O], ["School of Biological Sciences", O]] },
  { name: "a dateline's bracketed agency is a body", text: "WILLIAMS LAKE, B.C. (CP) — More than 4,000 people were told to leave.", found: [["CP", O], ["B.C.", L]] },
  { name: "after an age, a town and its county are places", text: "Adrian Kessock, 54, of Sevenoaks, Kent, was convicted. Marlowe, 61, of Guildford, Surrey, who pleaded guilty, was jailed.", found: [["Sevenoaks", L], ["Kent", L], ["Guildford", L], ["Surrey", L]] },
  { name: "a union of workers and a base are what their last words say", text: "The strike was called by the Korean Public Service and Transport Workers' Union (KPTU). Scientists collected soil samples near Scott Base, New Zealand's research station.", found: [["Korean Public Service and Transport Workers' Union", O], ["Scott Base", L]] },
  { name: "an 'institution of X' and another institution are two names; a ministry's portfolios run on", text: "Scientists from the University of Otago and Monash University reported it. The inspector was appointed by the Ministry of Housing, Communities and Local Government.", found: [["University of Otago", O], ["Monash University", O], ["Ministry of Housing, Communities and Local Government", O]] },
  { name: "a plural ordinary word opening a quotation is no name", text: "\"Crews were pulled back twice this morning,\" said Kelsey Okafor. \"Farmers in Western Australia will be hit hardest.\"", found: [["Kelsey Okafor", P], ["Western Australia", L]], absent: ["Crews", "Farmers"] },
];

describe("recognizeNames", () => {
  it.each(cases)("$name", (c) => {
    if (c.fromSample) expect(SAMPLE).toContain(c.text);
    const got = names(c.text);
    for (const [text, types] of c.found) {
      const hit = got.find((n) => n.text === text);
      expect(hit, `${text} in ${JSON.stringify(got.map((n) => `${n.text}/${n.type}`))}`).toBeDefined();
      expect(types, `${text} typed ${hit?.type}`).toContain(hit!.type);
    }
    for (const text of c.absent ?? []) {
      expect(got.map((n) => n.text)).not.toContain(text);
    }
  });

  it("returns exact, bare spans with a confidence over the whole sample article", () => {
    const tok = tokenize(SAMPLE);
    const got = recognizeNames(tok);
    expect(got.length).toBeGreaterThan(30);
    for (const n of got) {
      expect(SAMPLE.slice(n.start, n.end)).toBe(n.text);
      expect(n.confidence).toBeGreaterThanOrEqual(0);
      expect(n.confidence).toBeLessThanOrEqual(1);
      expect(n.text).not.toMatch(/^(the|The|Mr|Mrs|Ms|Dr|Sir)\b/);
      expect(n.text).not.toMatch(/['’]s$/);
    }
    // The same text gives the same names (the tagger has no hidden state between calls).
    expect(recognizeNames(tokenize(SAMPLE))).toEqual(got);
  });

  it("adds registry names from the gazetteer option, without an alias's honorific; a country stays a place as an agent", () => {
    const text = "Sir Keir travelled to Kyiv on Saturday. Russia has said there can be no preconditions.";
    const gazetteer = new Map<string, EntityType>([["Sir Keir", "person"], ["Russia", "place"]]);
    const got = recognizeNames(tokenize(text), { gazetteer });
    expect(got.find((n) => n.text === "Sir Keir")).toBeUndefined();
    const keir = got.find((n) => n.text === "Keir");
    expect(keir?.type).toBe("person");
    expect(keir?.confidence).toBe(1);
    expect(got.filter((n) => n.start === keir!.start)).toHaveLength(1);
    expect(got.find((n) => n.text === "Russia")?.type).toBe("place");
  });

  it("finds Bill as a man, not as a bill", () => {
    const text = "The protests began when the Finance Bill 2024 was introduced. Bill Gates spoke. Your Bill called.";
    const bills = names(text).filter((n) => n.text === "Bill").map((n) => n.start);
    expect(bills).toEqual([text.lastIndexOf("Bill")]);
  });

  it("types every mention of a name a caption marks as a person", () => {
    const text = "What would a Bolton administration do?\n\nBolton at the candidates forum in 2011.\n\nBolton (right) with fellow candidate Buddy Roemer.";
    const hills = names(text).filter((n) => n.text === "Bolton");
    expect(hills.length).toBeGreaterThanOrEqual(2);
    expect(hills.every((n) => n.type === "person")).toBe(true);
  });

  it("takes no currency prefix for a place", () => {
    const text = "The storm caused US$ 10 billion in damage. A US$5 million grant from the US would help.";
    const us = names(text).filter((n) => n.text === "US");
    expect(us.map((n) => n.start)).toEqual([text.lastIndexOf("US")]);
  });

  it("finds nothing in text without names", () => {
    expect(names("")).toEqual([]);
    expect(names("It takes two to want peace, it takes only one to want war.")).toEqual([]);
  });
});
