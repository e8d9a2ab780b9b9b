import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/annotator/tokenize.ts";
import { linkMentions } from "../../src/annotator/link/index.ts";
import { annotate } from "../../src/annotator/annotate.ts";
import { mergeCorpus, type PublishedId } from "../../src/annotator/link/corpus.ts";
import type { Annotations, EntityType, Registry, RegistryEntry } from "../../src/annotator/model.ts";
import { loadRegistry } from "../../src/registry/load.ts";
import { spans } from "../helpers/name-spans.ts";


function link(text: string, names: [string, EntityType][], options: { date?: string; registry?: Registry; pins?: Record<string, string> } = {}) {
  const result = linkMentions(tokenize(text), spans(text, names), options);
  return { ...result, ids: result.mentions.map((m) => `${m.text}=${m.entityId}`) };
}

const entry = (id: string, name: string, type: EntityType, extra: Partial<RegistryEntry> = {}): RegistryEntry => ({ id, name, type, aliases: [], roles: [], merge: [], inRegistry: true, ...extra });
const sample = (await loadRegistry("content/entities")).registry;

describe("linking within an article", () => {
  it.each<[string, string, [string, EntityType][], string[]]>([
    [
      "full name, honorific and surname are one person",
      "Vladimir Putin must get serious. Pressure on Mr Putin grew. Putin did not reply.",
      [["Vladimir Putin", "person"], ["Putin", "person"], ["Putin", "person"]],
      ["Vladimir Putin=vladimir-putin", "Putin=vladimir-putin", "Putin=vladimir-putin"],
    ],
    [
      "a place the text names as one is no company named after it with a legal form (formplace)",
      "Workers gathered outside the union's offices in Antofagasta. Shares in Antofagasta plc rose in London.",
      [["Antofagasta", "place"], ["Antofagasta plc", "organization"], ["London", "place"]],
      ["Antofagasta=antofagasta", "Antofagasta plc=antofagasta-plc", "London=london"],
    ],
    [
      "two people with one surname stay apart; a lone surname goes to the one last mentioned",
      "John Smith met Jane Smith in Leeds. Smith said it went well. Later John Smith left.",
      [["John Smith", "person"], ["Jane Smith", "person"], ["Leeds", "place"], ["Smith", "person"], ["John Smith", "person"]],
      ["John Smith=john-smith", "Jane Smith=jane-smith", "Leeds=leeds", "Smith=jane-smith", "John Smith=john-smith"],
    ],
    [
      "a lone surname stays with the person the text already calls by it, not a relative named in full",
      "Ahmed Mohamed was arrested. Mohamed brought the clock to school. His father Mohamed El-Hassan Mohamed said the family would travel. Teachers apologised to Mohamed.",
      [["Ahmed Mohamed", "person"], ["Mohamed", "person"], ["Mohamed El-Hassan Mohamed", "person"], ["Mohamed", "person"]],
      ["Ahmed Mohamed=ahmed-mohamed", "Mohamed=ahmed-mohamed", "Mohamed El-Hassan Mohamed=mohamed-el-hassan-mohamed", "Mohamed=ahmed-mohamed"],
    ],
    [
      "a surname with its particles is the person named in full, also capitalised at a sentence start",
      "Ursula von der Leyen unveiled a plan. Ms von der Leyen told MEPs it would work. Von der Leyen left for Kyiv.",
      [["Ursula von der Leyen", "person"], ["von der Leyen", "person"], ["Von der Leyen", "person"], ["Kyiv", "place"]],
      ["Ursula von der Leyen=ursula-von-der-leyen", "von der Leyen=ursula-von-der-leyen", "Von der Leyen=ursula-von-der-leyen", "Kyiv=kyiv"],
    ],
    [
      "a first name typed otherwise is the one person with it, unless the word names a place",
      "Yorgos Lanthimos directed it. Yorgos has a way with actors. Jordan Henderson flew to Jordan.",
      [["Yorgos Lanthimos", "person"], ["Yorgos", "organization"], ["Jordan Henderson", "person"], ["Jordan", "place"]],
      ["Yorgos Lanthimos=yorgos-lanthimos", "Yorgos=yorgos-lanthimos", "Jordan Henderson=jordan-henderson", "Jordan=jordan"],
    ],
    [
      "a country is no short form of a longer country; a double surname is the person named in full",
      "South Sudan held talks. Fighting continued in Sudan. Andrés Manuel López Obrador voted. López Obrador called the result historic.",
      [["South Sudan", "place"], ["Sudan", "place"], ["Andrés Manuel López Obrador", "person"], ["López Obrador", "person"]],
      ["South Sudan=south-sudan", "Sudan=sudan", "Andrés Manuel López Obrador=andres-manuel-lopez-obrador", "López Obrador=andres-manuel-lopez-obrador"],
    ],
    [
      "Sir and a first name is the knight the text named so",
      "Sir David Attenborough and Sir Lindsay Hoyle spoke. David Hoyle welcomed them. Sir David said the Commonwealth was a family.",
      [["David Attenborough", "person"], ["Lindsay Hoyle", "person"], ["David Hoyle", "person"], ["David", "person"]],
      ["David Attenborough=david-attenborough", "Lindsay Hoyle=lindsay-hoyle", "David Hoyle=david-hoyle", "David=david-attenborough"],
    ],
    [
      "a surname without its Arabic article, and an acronym spelling a person's name",
      "Bashar al-Assad fled. Assad flew to Moscow. John Fitzgerald Kennedy (JFK) was shot. JFK died.",
      [["Bashar al-Assad", "person"], ["Assad", "person"], ["Moscow", "place"], ["John Fitzgerald Kennedy", "person"], ["JFK", "person"], ["JFK", "person"]],
      ["Bashar al-Assad=bashar-al-assad", "Assad=bashar-al-assad", "Moscow=moscow", "John Fitzgerald Kennedy=john-fitzgerald-kennedy", "JFK=john-fitzgerald-kennedy", "JFK=john-fitzgerald-kennedy"],
    ],
    [
      "a compound surname with its particle inside is the person named in full",
      "Cristina Fernández de Kirchner spoke in Buenos Aires. Later, Fernández de Kirchner said she would appeal.",
      [["Cristina Fernández de Kirchner", "person"], ["Buenos Aires", "place"], ["Fernández de Kirchner", "person"]],
      ["Cristina Fernández de Kirchner=cristina-fernandez-de-kirchner", "Buenos Aires=buenos-aires", "Fernández de Kirchner=cristina-fernandez-de-kirchner"],
    ],
    [
      "a place in a capitalised dateline is the same place; an acronym place stays apart",
      "LONDON, March 3 (Reuters) - Keir Starmer spoke in London. NEW YORK (AP) - Shares rose in New York and the USA.",
      [["LONDON", "place"], ["Reuters", "organization"], ["Keir Starmer", "person"], ["London", "place"], ["NEW YORK", "place"], ["AP", "organization"], ["New York", "place"], ["USA", "place"]],
      ["LONDON=london", "Reuters=reuters", "Keir Starmer=keir-starmer", "London=london", "NEW YORK=new-york", "AP=ap", "New York=new-york", "USA=united-states"],
    ],
    [
      "an organisation's first word is the organisation when the rest is a name or a company's word ('Bank'), not a common head ('City Council')",
      "Tottenham Hotspur lost to Goldman Sachs FC. Tottenham said so. Liverpool City Council met Deutsche Bank. Liverpool and Deutsche agreed.",
      [["Tottenham Hotspur", "organization"], ["Goldman Sachs FC", "organization"], ["Tottenham", "organization"], ["Liverpool City Council", "organization"], ["Deutsche Bank", "organization"], ["Liverpool", "organization"], ["Deutsche", "organization"]],
      ["Tottenham Hotspur=tottenham-hotspur", "Goldman Sachs FC=goldman-sachs-fc", "Tottenham=tottenham-hotspur", "Liverpool City Council=liverpool-city-council", "Deutsche Bank=deutsche-bank", "Liverpool=liverpool", "Deutsche=deutsche-bank"],
    ],
    [
      "a lone surname is not the one introduced as a relative, even when the relative came last",
      "Serena Williams has been inducted into the Hall of Fame. Her sister Venus Williams attended. Williams said it was surreal.",
      [["Serena Williams", "person"], ["Venus Williams", "person"], ["Williams", "person"]],
      ["Serena Williams=serena-williams", "Venus Williams=venus-williams", "Williams=serena-williams"],
    ],
    [
      "an honorific picks which of two people with one surname: Mr is the man, Ms the woman",
      "Joe Biden and his wife, Jill Biden, attended. Mr Biden later spoke. Donald Trump and Melania Trump arrived. Ms Trump smiled.",
      [["Joe Biden", "person"], ["Jill Biden", "person"], ["Biden", "person"], ["Donald Trump", "person"], ["Melania Trump", "person"], ["Trump", "person"]],
      ["Joe Biden=joe-biden", "Jill Biden=jill-biden", "Biden=joe-biden", "Donald Trump=donald-trump", "Melania Trump=melania-trump", "Trump=melania-trump"],
    ],
    [
      "a word inside a long name is that person when only one has it; a first name of a short one is not taken",
      "Luiz Inácio Lula da Silva said Brazil would respond. Lula told reporters in Brasília that talks would go on.",
      [["Luiz Inácio Lula da Silva", "person"], ["Brazil", "place"], ["Lula", "person"], ["Brasília", "place"]],
      ["Luiz Inácio Lula da Silva=luiz-inacio-lula-da-silva", "Brazil=brazil", "Lula=luiz-inacio-lula-da-silva", "Brasília=brasilia"],
    ],
    [
      "an institution's well-known short form is the institution",
      "The Federal Reserve held rates steady. The Fed said uncertainty had grown. Judges in The Hague and in the Hague agreed.",
      [["Federal Reserve", "organization"], ["Fed", "organization"], ["The Hague", "place"], ["Hague", "place"]],
      ["Federal Reserve=federal-reserve", "Fed=federal-reserve", "The Hague=the-hague", "Hague=the-hague"],
    ],
    [
      "an acronym in brackets joins the name before it, whatever its letters",
      "Turkey blamed the Kurdistan Workers' Party (PKK) for the attack. The PKK denied it.",
      [["Turkey", "place"], ["Kurdistan Workers' Party", "organization"], ["PKK", "organization"], ["PKK", "organization"]],
      ["Turkey=turkey", "Kurdistan Workers' Party=kurdistan-workers-party", "PKK=kurdistan-workers-party", "PKK=kurdistan-workers-party"],
    ],
    [
      "a bracketed acronym with a small word's letter, or after a one-word organisation, joins it; the spelled name names the entity",
      "The Ministry of Defence (MoD) said two soldiers died. The Kuomintang (KMT) government fell. The KMT and the MoD declined to comment.",
      [["Ministry of Defence", "organization"], ["MoD", "organization"], ["Kuomintang", "organization"], ["KMT", "organization"], ["KMT", "organization"], ["MoD", "organization"]],
      ["Ministry of Defence=ministry-of-defence", "MoD=ministry-of-defence", "Kuomintang=kuomintang", "KMT=kuomintang", "KMT=kuomintang", "MoD=ministry-of-defence"],
    ],
    [
      "a place's bracket may take more than initials; a dateline's agency and a one-word place's bracket join nothing",
      "The European Space Research and Technology Centre (ESTEC) tested it. Engineers at ESTEC agreed. PARIS (AFP) reported it, as did Paris (AFP).",
      [["European Space Research and Technology Centre", "place"], ["ESTEC", "organization"], ["ESTEC", "organization"], ["PARIS", "place"], ["AFP", "organization"], ["Paris", "place"], ["AFP", "organization"]],
      ["European Space Research and Technology Centre=european-space-research-and-technology-centre", "ESTEC=european-space-research-and-technology-centre", "ESTEC=european-space-research-and-technology-centre", "PARIS=paris", "AFP=afp", "Paris=paris", "AFP=afp"],
    ],
    [
      "a company without its form and a province without its word are the same; a county or province named for a listed city is not that city",
      "Alphabet Inc. reported profits. Shares in Alphabet fell. Troops patrol northern Helmand, and more were sent to Helmand Province. Galway welcomed them, as did County Galway and Kandahar Province, but not Kandahar.",
      [["Alphabet Inc.", "organization"], ["Alphabet", "organization"], ["Helmand", "place"], ["Helmand Province", "place"], ["Galway", "place"], ["County Galway", "place"], ["Kandahar Province", "place"], ["Kandahar", "place"]],
      ["Alphabet Inc.=alphabet-inc", "Alphabet=alphabet-inc", "Helmand=helmand-province", "Helmand Province=helmand-province", "Galway=galway", "County Galway=county-galway", "Kandahar Province=kandahar-province", "Kandahar=kandahar"],
    ],
    [
      "an acronym and the words a full name ends with are that name; not a country's letters (acronymhead)",
      "He was taken to the University Medical Center Utrecht, where he died. A spokesman for UMC Utrecht confirmed it. Utrecht mourned. Staff at the University of Sydney Senate met. The US Senate passed the bill.",
      [["University Medical Center Utrecht", "organization"], ["UMC Utrecht", "organization"], ["Utrecht", "place"], ["University of Sydney Senate", "organization"], ["US Senate", "organization"]],
      ["University Medical Center Utrecht=university-medical-center-utrecht", "UMC Utrecht=university-medical-center-utrecht", "Utrecht=utrecht", "University of Sydney Senate=university-of-sydney-senate", "US Senate=us-senate"],
    ],
    [
      "'of' as a letter of a three-letter acronym (ofletter); 'the Department of Justice' is 'the Justice Department' (departmentof); a stadium's own word (stadiumcore); a company after its city and a legislature before 'of' (cityledcompany); not a city's stadium",
      "The Bank of Japan raised rates. The BOJ said more were possible. The Department of Justice sued. A Justice Department lawyer spoke. Fans filled Ullevaal Stadion. The crowd at Ullevaal cheered. Supplies to Shenzhen Huaxin Electric stopped. Huaxin did not respond. The Senate of the Philippines met. The Senate will vote. Cardiff Stadium was full. Cardiff is in Wales.",
      [["Bank of Japan", "organization"], ["BOJ", "organization"], ["Department of Justice", "organization"], ["Justice Department", "organization"], ["Ullevaal Stadion", "place"], ["Ullevaal", "place"], ["Shenzhen Huaxin Electric", "organization"], ["Huaxin", "organization"], ["Senate of the Philippines", "organization"], ["Senate", "organization"], ["Cardiff Stadium", "place"], ["Cardiff", "place"], ["Wales", "place"]],
      ["Bank of Japan=bank-of-japan", "BOJ=bank-of-japan", "Department of Justice=department-of-justice", "Justice Department=department-of-justice", "Ullevaal Stadion=ullevaal-stadion", "Ullevaal=ullevaal-stadion", "Shenzhen Huaxin Electric=shenzhen-huaxin-electric", "Huaxin=shenzhen-huaxin-electric", "Senate of the Philippines=senate-of-the-philippines", "Senate=senate-of-the-philippines", "Cardiff Stadium=cardiff-stadium", "Cardiff=cardiff", "Wales=wales"],
    ],
    [
      "an elided article counts by its noun in an acronym's letters, in names of three words or more (elided)",
      "The Fédération Internationale de l'Automobile said its stewards would review the race. According to the FIA, no drivers were injured. DENVER, CO - An importer bought a vineyard in the Côte d'Or.",
      [["Fédération Internationale de l'Automobile", "organization"], ["FIA", "organization"], ["DENVER", "place"], ["CO", "place"], ["Côte d'Or", "organization"]],
      ["Fédération Internationale de l'Automobile=federation-internationale-de-lautomobile", "FIA=federation-internationale-de-lautomobile", "DENVER=denver", "CO=co", "Côte d'Or=cote-dor"],
    ],
    [
      "a town named with a particle and its river or parish is also the words before it, either way round; not before 'and', not another listed place after a Romance 'de', not an airport, and only for a place's mention (particlecore)",
      "Skiers met in Cortina d'Ampezzo. Cortina hosted the Games in 1956. Newcastle fans gathered in Newcastle upon Tyne. Trinidad and Tobago beat Trinidad. Rio Tinto has an office in Rio de Janeiro. Rio said it would pay. Pilgrims filled Santiago de Compostela. In Santiago, Chile's president spoke. Leonardo shares rose. Passengers at Leonardo da Vinci Airport waited.",
      [["Cortina d'Ampezzo", "place"], ["Cortina", "place"], ["Newcastle", "place"], ["Newcastle upon Tyne", "place"], ["Trinidad and Tobago", "place"], ["Trinidad", "place"], ["Rio Tinto", "organization"], ["Rio de Janeiro", "place"], ["Rio", "organization"], ["Santiago de Compostela", "place"], ["Santiago", "place"], ["Leonardo", "organization"], ["Leonardo da Vinci Airport", "place"]],
      ["Cortina d'Ampezzo=cortina-dampezzo", "Cortina=cortina-dampezzo", "Newcastle=newcastle-upon-tyne", "Newcastle upon Tyne=newcastle-upon-tyne", "Trinidad and Tobago=trinidad-and-tobago", "Trinidad=trinidad", "Rio Tinto=rio-tinto", "Rio de Janeiro=rio-de-janeiro", "Rio=rio-tinto", "Santiago de Compostela=santiago-de-compostela", "Santiago=santiago", "Leonardo=leonardo", "Leonardo da Vinci Airport=leonardo-da-vinci-airport"],
    ],
    [
      "a company of three words without 'Corporation' is the same company; not a company of two; a region and a city of one name stay apart",
      "Hoshino Motor Corporation recalled cars. Hoshino Motor apologised. Sony Corporation and Sony Music signed. Voters in the Valparaiso Region chose a governor. In the city of Valparaiso, turnout was low.",
      [["Hoshino Motor Corporation", "organization"], ["Hoshino Motor", "organization"], ["Sony Corporation", "organization"], ["Sony Music", "organization"], ["Valparaiso Region", "place"], ["Valparaiso", "place"]],
      ["Hoshino Motor Corporation=hoshino-motor-corporation", "Hoshino Motor=hoshino-motor-corporation", "Sony Corporation=sony-corporation", "Sony Music=sony-music", "Valparaiso Region=valparaiso-region", "Valparaiso=valparaiso"],
    ],
    [
      "a part of a place is not the place; a place's first word is the place whose other words are its kind; a body named for a place it serves is no short form",
      "A crane fell in Lower Manhattan. Wichs had lived in Manhattan. The calf was born in Kruger National Park, and security in Kruger improved. The NHS England chief spoke. The NHS is turning a corner.",
      [["Lower Manhattan", "place"], ["Wichs", "person"], ["Manhattan", "place"], ["Kruger National Park", "place"], ["Kruger", "place"], ["NHS England", "organization"], ["NHS", "organization"]],
      ["Lower Manhattan=lower-manhattan", "Wichs=wichs", "Manhattan=manhattan", "Kruger National Park=kruger-national-park", "Kruger=kruger-national-park", "NHS England=nhs-england", "NHS=nhs"],
    ],
    [
      "a city typed as a team is the team named with it; the city, and a newspaper named with it, stay apart",
      "The Chicago Bulls beat the Milwaukee Bucks. Chicago outscored Milwaukee late, and fans in Milwaukee cheered. Chicago sued the firm, the Chicago Tribune reported.",
      [["Chicago Bulls", "organization"], ["Milwaukee Bucks", "organization"], ["Chicago", "organization"], ["Milwaukee", "organization"], ["Milwaukee", "place"], ["Chicago", "place"], ["Chicago Tribune", "organization"]],
      ["Chicago Bulls=chicago-bulls", "Milwaukee Bucks=milwaukee-bucks", "Chicago=chicago-bulls", "Milwaukee=milwaukee-bucks", "Milwaukee=milwaukee", "Chicago=chicago", "Chicago Tribune=chicago-tribune"],
    ],
    [
      "a company's short name before its full name is the company; so is the first part of a hyphenated name",
      "Corvane to buy rival Halden. Corvane said it would buy Halden Systems, and Halden's board agreed. Sibanye shares fell after Sibanye-Stillwater reported.",
      [["Corvane", "organization"], ["Halden", "organization"], ["Halden Systems", "organization"], ["Halden", "organization"], ["Sibanye", "place"], ["Sibanye-Stillwater", "organization"]],
      ["Corvane=corvane", "Halden=halden-systems", "Halden Systems=halden-systems", "Halden=halden-systems", "Sibanye=sibanye-stillwater", "Sibanye-Stillwater=sibanye-stillwater"],
    ],
    [
      "a listed city or a dictionary word that says something is the person with that first name; the city that does not speak stays the city",
      "Paris Hilton flew in. Paris said the show would go on. Crowds filled Paris. Will Smith arrived. Will told reporters he was happy.",
      [["Paris Hilton", "person"], ["Paris", "place"], ["Paris", "place"], ["Will Smith", "person"], ["Will", "organization"]],
      ["Paris Hilton=paris-hilton", "Paris=paris-hilton", "Paris=paris", "Will Smith=will-smith", "Will=will-smith"],
    ],
    [
      "... but not a city the text also writes as a place, unless it attributes a quotation",
      "Paris Hilton flew in to Paris. Paris said the billboard needed approval. \"Good for her,\" Paris told reporters.",
      [["Paris Hilton", "person"], ["Paris", "place"], ["Paris", "place"], ["Paris", "place"]],
      ["Paris Hilton=paris-hilton", "Paris=paris", "Paris=paris", "Paris=paris-hilton"],
    ],
    [
      "a couple named only by honorifics is a husband and a wife of their own, never their son named in full; 'Ms' is not the wife",
      "Mr and Mrs Okafor said it was too late. Their son, Daniel Okafor, needs care. Mr Okafor, 71, said so. Mrs Okafor agreed. Their daughter, Chioma Okafor, helped. Ms Okafor said more.",
      [["Okafor", "person"], ["Daniel Okafor", "person"], ["Okafor", "person"], ["Okafor", "person"], ["Chioma Okafor", "person"], ["Okafor", "person"]],
      ["Okafor=mr-and-mrs-okafor", "Daniel Okafor=daniel-okafor", "Okafor=mr-okafor", "Okafor=mrs-okafor", "Chioma Okafor=chioma-okafor", "Okafor=chioma-okafor"],
    ],
    [
      "a couple's 'Mr X' is not someone of the surname named in full just before, and the one of three introduced as no one's relative is the bare surname",
      "Mr and Mrs Patel run the shop. The chairman, Anil Patel, spoke. Mr Patel, a retired solicitor, said so. Rory Byrne won. His father Peter Byrne caddied and his sister Aoife Byrne watched. Byrne said it was special.",
      [["Patel", "person"], ["Anil Patel", "person"], ["Patel", "person"], ["Rory Byrne", "person"], ["Peter Byrne", "person"], ["Aoife Byrne", "person"], ["Byrne", "person"]],
      ["Patel=mr-and-mrs-patel", "Anil Patel=anil-patel", "Patel=anil-patel", "Rory Byrne=rory-byrne", "Peter Byrne=peter-byrne", "Aoife Byrne=aoife-byrne", "Byrne=rory-byrne"],
    ],
    [
      "a couple's honorifics may be 'Dr and Mrs': 'Dr Hughes' is the one of them, not their daughter named before",
      "The petition was organised by Sian Hughes, 29. Dr and Mrs Hughes collected signatures. Dr Hughes said he knocked on doors. Miss Hughes thanked them.",
      [["Sian Hughes", "person"], ["Hughes", "person"], ["Hughes", "person"], ["Hughes", "person"]],
      ["Sian Hughes=sian-hughes", "Hughes=dr-and-mrs-hughes", "Hughes=dr-hughes", "Hughes=sian-hughes"],
    ],
    [
      "a quotation's attribution by a word inside the name of the person just introduced is that person, not another whose surname it is",
      "Rahul Gandhi conceded defeat. His sister, Priyanka Gandhi Vadra, was more pointed. \"The people paid the price,\" Gandhi said.",
      [["Rahul Gandhi", "person"], ["Priyanka Gandhi Vadra", "person"], ["Gandhi", "person"]],
      ["Rahul Gandhi=rahul-gandhi", "Priyanka Gandhi Vadra=priyanka-gandhi-vadra", "Gandhi=priyanka-gandhi-vadra"],
    ],
    [
      "a dateline's city in capitals is no acronym of the agency after it, and the city keeps its later mentions",
      "NAIROBI (Business Daily) - The court ruled on Tuesday. Lawyers in Nairobi appealed. RIYADH (Reuters) - Talks began in Riyadh.",
      [["NAIROBI", "place"], ["Business Daily", "organization"], ["Nairobi", "place"], ["RIYADH", "place"], ["Reuters", "organization"], ["Riyadh", "place"]],
      ["NAIROBI=nairobi", "Business Daily=business-daily", "Nairobi=nairobi", "RIYADH=riyadh", "Reuters=reuters", "Riyadh=riyadh"],
    ],
    [
      "a title before a shared surname is the one the text introduced with that title, not the one last called by it",
      "Samsung chairman Lee Jae-yong spoke. \"We were late,\" Mr Lee said. President Lee Jae-myung took office in June. \"Chips are security,\" President Lee said.",
      [["Lee Jae-yong", "person"], ["Lee", "person"], ["Lee Jae-myung", "person"], ["Lee", "person"]],
      ["Lee Jae-yong=lee-jae-yong", "Lee=lee-jae-yong", "Lee Jae-myung=lee-jae-myung", "Lee=lee-jae-myung"],
    ],
    [
      "an honorific's sex picks between two people of a two-word surname, over one introduced as no relative",
      "Van Damme bakery burns\n\nThe bakery is run by Marc Van Damme and his daughter, Sofie Van Damme. Ms Van Damme said the family had not decided. Mr Van Damme said they would rebuild.",
      [["Van Damme", "person"], ["Marc Van Damme", "person"], ["Sofie Van Damme", "person"], ["Van Damme", "person"], ["Van Damme", "person"]],
      ["Van Damme=van-damme", "Marc Van Damme=marc-van-damme", "Sofie Van Damme=sofie-van-damme", "Van Damme=sofie-van-damme", "Van Damme=marc-van-damme"],
    ],
    [
      "the daughter who spoke at the end of the paragraph before is 'Ms Dunmore'; her mother, called 'Mrs', is another woman",
      "Among them was Patricia Dunmore, 81, from Ashington. Her daughter, Karen Dunmore, said the family had been left frightened.\n\n\"Mum was lying there,\" Ms Dunmore said.\n\nMrs Dunmore, a retired dinner lady, has since returned home.",
      [["Patricia Dunmore", "person"], ["Ashington", "place"], ["Karen Dunmore", "person"], ["Dunmore", "person"], ["Dunmore", "person"]],
      ["Patricia Dunmore=patricia-dunmore", "Ashington=ashington", "Karen Dunmore=karen-dunmore", "Dunmore=karen-dunmore", "Dunmore=patricia-dunmore"],
    ],
    [
      "an Irish surname with its family-name word is the person named in full; so is a Welsh one with 'ap'",
      "Galway manager Pádraic Mac Donncha was pleased. Mac Donncha said the team had worked hard. Dafydd ap Iorwerth disagreed. Ap Iorwerth said the plan was late.",
      [["Galway", "organization"], ["Pádraic Mac Donncha", "person"], ["Mac Donncha", "person"], ["Dafydd ap Iorwerth", "person"], ["Ap Iorwerth", "person"]],
      ["Galway=galway", "Pádraic Mac Donncha=padraic-mac-donncha", "Mac Donncha=padraic-mac-donncha", "Dafydd ap Iorwerth=dafydd-ap-iorwerth", "Ap Iorwerth=dafydd-ap-iorwerth"],
    ],
    [
      "of two namesakes, 'the <title>' earlier in the paragraph says which one the honorific's surname is; not a title inside a quotation",
      "Incumbent mayor Tomasz Wieczorek was re-elected. Independent candidate Paweł Wieczorek finished third.\n\nSpeaking to supporters, the mayor thanked volunteers. Mr Wieczorek said the city would move forward.",
      [["Tomasz Wieczorek", "person"], ["Paweł Wieczorek", "person"], ["Wieczorek", "person"]],
      ["Tomasz Wieczorek=tomasz-wieczorek", "Paweł Wieczorek=pawel-wieczorek", "Wieczorek=tomasz-wieczorek"],
    ],
    [
      "a first name's familiar form with the same surname is the same person; the capitals of one word in two parts are its acronym ('LV'); 'U.S' whose last period the full stop took is the United States",
      "Lawrence Lessig founded LibriVox. Larry Lessig later said LV had grown. Ben Stoloff and Benjamin Franklin differ. The U.S. and the U.S agree.",
      [["Lawrence Lessig", "person"], ["LibriVox", "organization"], ["Larry Lessig", "person"], ["LV", "organization"], ["Ben Stoloff", "person"], ["Benjamin Franklin", "person"], ["U.S.", "place"], ["U.S", "place"]],
      ["Lawrence Lessig=lawrence-lessig", "LibriVox=librivox", "Larry Lessig=lawrence-lessig", "LV=librivox", "Ben Stoloff=ben-stoloff", "Benjamin Franklin=benjamin-franklin", "U.S.=united-states", "U.S=united-states"],
    ],
    [
      "'the elder' of two of a surname is the older by the ages the text gives (`rankage`)",
      "Gregory Lassiter, 52, and his brother Paul Lassiter, 47, were convicted. The elder Lassiter wrote to his brother.",
      [["Gregory Lassiter", "person"], ["Paul Lassiter", "person"], ["Lassiter", "person"]],
      ["Gregory Lassiter=gregory-lassiter", "Paul Lassiter=paul-lassiter", "Lassiter=gregory-lassiter"],
    ],
    [
      "... or by the one it calls the younger brother (`rankage`)",
      "Gregory Lassiter and his younger brother Paul Lassiter were convicted. The elder Lassiter wrote to his brother.",
      [["Gregory Lassiter", "person"], ["Paul Lassiter", "person"], ["Lassiter", "person"]],
      ["Gregory Lassiter=gregory-lassiter", "Paul Lassiter=paul-lassiter", "Lassiter=gregory-lassiter"],
    ],
    [
      "the words a surname attributes name someone else of the surname by first name: not that one (`quotenamed`)",
      "The guide Tom Riordan died. His brother, Craig Riordan, managed the company. Tom Riordan had led 40 trips. \"Tom was my little brother,\" Mr Riordan said.",
      [["Tom Riordan", "person"], ["Craig Riordan", "person"], ["Tom Riordan", "person"], ["Riordan", "person"]],
      ["Tom Riordan=tom-riordan", "Craig Riordan=craig-riordan", "Tom Riordan=tom-riordan", "Riordan=craig-riordan"],
    ],
    [
      "an honorific's sex does not prefer someone's son the lists know over a director of the surname whose first name they do not (`relativeintroduced`); a mother stays 'Mrs'",
      "The order named managing director Pradeep Kumar Agarwal, his wife Sunita Agarwal and their son Rohit Agarwal. The regulator barred them from the market for five years.\n\nMr Agarwal said the firm would appeal. Jaden Okoro died. Jaden's mother, Grace Okoro, spoke. Mrs Okoro said he was kind.",
      [["Pradeep Kumar Agarwal", "person"], ["Sunita Agarwal", "person"], ["Rohit Agarwal", "person"], ["Agarwal", "person"], ["Jaden Okoro", "person"], ["Jaden", "person"], ["Grace Okoro", "person"], ["Okoro", "person"]],
      ["Pradeep Kumar Agarwal=pradeep-kumar-agarwal", "Sunita Agarwal=sunita-agarwal", "Rohit Agarwal=rohit-agarwal", "Agarwal=pradeep-kumar-agarwal", "Jaden Okoro=jaden-okoro", "Jaden=jaden-okoro", "Grace Okoro=grace-okoro", "Okoro=grace-okoro"],
    ],
    [
      "a title's short form before a surname picks the one the text introduced with the title (`titleshort`)",
      "The cabinet member, Councillor David Hughes, spoke first. Karen Hughes, a headteacher, disagreed. \"It is wrong,\" Mrs Hughes said. Cllr Hughes said drop-in sessions would be held.",
      [["David Hughes", "person"], ["Karen Hughes", "person"], ["Hughes", "person"], ["Hughes", "person"]],
      ["David Hughes=david-hughes", "Karen Hughes=karen-hughes", "Hughes=karen-hughes", "Hughes=david-hughes"],
    ],
    [
      "with no honorific, a pronoun the word's own verb reports says which of two of the surname it is (`pronounsex`)",
      "One of the five, student Jerome Villanueva, spoke. His mother, Lourdes Villanueva, said the family was poor. \"I am proud,\" Mrs Villanueva said. Villanueva said he planned to return to university.",
      [["Jerome Villanueva", "person"], ["Lourdes Villanueva", "person"], ["Villanueva", "person"], ["Villanueva", "person"]],
      ["Jerome Villanueva=jerome-villanueva", "Lourdes Villanueva=lourdes-villanueva", "Villanueva=lourdes-villanueva", "Villanueva=jerome-villanueva"],
    ],
    [
      "a familiar form of a first name alone is the one person named in full with that first name; not when two fit (`familiarfirst`)",
      "Toronto has been linked with Samuel Beaulieu. Sam is a terrific player. William Hart and William Ross met. Bill said no.",
      [["Toronto", "place"], ["Samuel Beaulieu", "person"], ["Sam", "person"], ["William Hart", "person"], ["William Ross", "person"], ["Bill", "person"]],
      ["Toronto=toronto", "Samuel Beaulieu=samuel-beaulieu", "Sam=samuel-beaulieu", "William Hart=william-hart", "William Ross=william-ross", "Bill=bill"],
    ],
    [
      "in a match report a club's last word alone is that club, whatever it was typed; the stadium stays a place",
      "Aston Villa beat Newcastle 2-1 at Villa Park on Saturday in the league. Villa manager Unai Emery praised the striker, who scored twice in the match. Villa dominated the second half after a penalty.",
      [["Aston Villa", "organization"], ["Newcastle", "organization"], ["Villa Park", "place"], ["Villa", "person"], ["Unai Emery", "person"], ["Villa", "person"]],
      ["Aston Villa=aston-villa", "Newcastle=newcastle-organization", "Villa Park=villa-park", "Villa=aston-villa", "Unai Emery=unai-emery", "Villa=aston-villa"],
    ],
    [
      "in a text about sport a town no list knows, typed a club, is the one club named with it and a nickname (`teamtowns`)",
      "The Penrith Panthers beat the Parramatta Eels 26-18 in the league match on Friday. Parramatta led 12-6 at half-time before Penrith scored three tries. The coach praised the squad and the captain kicked five goals.",
      [["Penrith Panthers", "organization"], ["Parramatta Eels", "organization"], ["Parramatta", "organization"], ["Penrith", "organization"]],
      ["Penrith Panthers=penrith-panthers", "Parramatta Eels=parramatta-eels", "Parramatta=parramatta-eels", "Penrith=penrith-panthers"],
    ],
    [
      "a double surname whose first word the lists know as a surname is the person named in full (`surnamelead`)",
      "Parliament Speaker Augusto Santos Silva welcomed the president. Santos Silva said the visit mattered.",
      [["Augusto Santos Silva", "person"], ["Santos Silva", "person"]],
      ["Augusto Santos Silva=augusto-santos-silva", "Santos Silva=augusto-santos-silva"],
    ],
    [
      "a short word in capitals gives all its letters to an acronym (`capsinitials`)",
      "The UK Health Security Agency said cases rose. UKHSA officials urged care.",
      [["UK Health Security Agency", "organization"], ["UKHSA", "organization"]],
      ["UK Health Security Agency=uk-health-security-agency", "UKHSA=uk-health-security-agency"],
    ],
    [
      "a company under another legal form is another company (`formclash`); a name before 'Platforms', 'Cloud', 'Development' is the company",
      "Porsche SE owns most of Porsche AG. Porsche AG makes cars. Meta Platforms was fined. Meta said it would appeal.",
      [["Porsche SE", "organization"], ["Porsche AG", "organization"], ["Porsche AG", "organization"], ["Meta Platforms", "organization"], ["Meta", "organization"]],
      ["Porsche SE=porsche-se", "Porsche AG=porsche-ag", "Porsche AG=porsche-ag", "Meta Platforms=meta-platforms", "Meta=meta-platforms"],
    ],
    [
      "a university's name without its head word is the university; not a neighbourhood a school is named after (`headless`)",
      "Staff at Pennine Metropolitan University walked out. The minister has not commented on the dispute at Pennine Metropolitan. Lee Park Elementary will close. The district includes Lee Park.",
      [["Pennine Metropolitan University", "organization"], ["Pennine Metropolitan", "place"], ["Lee Park Elementary", "organization"], ["Lee Park", "place"]],
      ["Pennine Metropolitan University=pennine-metropolitan-university", "Pennine Metropolitan=pennine-metropolitan-university", "Lee Park Elementary=lee-park-elementary", "Lee Park=lee-park"],
    ],
    [
      "a country before a body's name gives its acronym no letter: 'FBI' for 'US Federal Bureau of Investigation' (`capsinitials`)",
      "The US Federal Bureau of Investigation opened an inquiry. FBI agents visited the hospital.",
      [["US Federal Bureau of Investigation", "organization"], ["FBI", "organization"]],
      ["US Federal Bureau of Investigation=us-federal-bureau-of-investigation", "FBI=us-federal-bureau-of-investigation"],
    ],
    [
      "... but no company or club is another's name without its word, no place after 'in' is a university, and a country's name gives an acronym no skip (`headless`, `capsinitials`)",
      "Red Bull Racing won the title. Red Bull, the drinks maker, reported record sales. The match was at Wake Forest University. Police in Wake Forest made arrests. The Ghana Football Association called him. The FA, which runs English football, said he would stay.",
      [["Red Bull Racing", "organization"], ["Red Bull", "organization"], ["Wake Forest University", "organization"], ["Wake Forest", "place"], ["Ghana Football Association", "organization"], ["FA", "organization"]],
      ["Red Bull Racing=red-bull-racing", "Red Bull=red-bull", "Wake Forest University=wake-forest-university", "Wake Forest=wake-forest", "Ghana Football Association=ghana-football-association", "FA=fa"],
    ],
    [
      "a club's last word stays apart where a person's name has it",
      "Aston Villa beat Newcastle 2-1 in the match on Saturday. The former striker David Villa watched the game. Villa said the team played well.",
      [["Aston Villa", "organization"], ["Newcastle", "organization"], ["David Villa", "person"], ["Villa", "person"]],
      ["Aston Villa=aston-villa", "Newcastle=newcastle", "David Villa=david-villa", "Villa=david-villa"],
    ],
    [
      "a headline's surnames before the full names: the first of two Spanish surnames, and a surname with its particles",
      "Cepeda and de la Espriella trade blows\n\nThe leftist Iván Cepeda Castro leads the poll. The lawyer Abelardo de la Espriella is second. Analyst Sandra Borda Guzmán was cautious. \"It is close,\" Borda said.",
      [["Cepeda", "person"], ["de la Espriella", "person"], ["Iván Cepeda Castro", "person"], ["Abelardo de la Espriella", "person"], ["Sandra Borda Guzmán", "person"], ["Borda", "organization"]],
      ["Cepeda=ivan-cepeda-castro", "de la Espriella=abelardo-de-la-espriella", "Iván Cepeda Castro=ivan-cepeda-castro", "Abelardo de la Espriella=abelardo-de-la-espriella", "Sandra Borda Guzmán=sandra-borda-guzman", "Borda=sandra-borda-guzman"],
    ],
    [
      "'Sheikh' and 'Prince' go with the first name of the one the text introduced with the title",
      "Crown Prince Mohammed bin Salman met Prime Minister Mohammed Shia al-Sudani. In Doha, Sheikh Mohammed bin Abdulrahman Al Thani spoke. \"No deal yet,\" Sheikh Mohammed told reporters.",
      [["Mohammed bin Salman", "person"], ["Mohammed Shia al-Sudani", "person"], ["Mohammed bin Abdulrahman Al Thani", "person"], ["Mohammed", "person"]],
      ["Mohammed bin Salman=mohammed-bin-salman", "Mohammed Shia al-Sudani=mohammed-shia-al-sudani", "Mohammed bin Abdulrahman Al Thani=mohammed-bin-abdulrahman-al-thani", "Mohammed=mohammed-bin-abdulrahman-al-thani"],
    ],
    [
      "a birth name is the person named before with the surname (the entity keeps the name it is called by); a relative given by first name is no one named in full with another surname",
      "Tommy Reilly has died. His daughter, Siobhan Reilly, confirmed it. Born Thomas Aloysius Reilly in 1951, he was the youngest of seven. His father, Michael, worked on the docks. Reilly later quit drinking. President Michael D. Higgins paid tribute.",
      [["Tommy Reilly", "person"], ["Siobhan Reilly", "person"], ["Thomas Aloysius Reilly", "person"], ["Michael", "person"], ["Reilly", "person"], ["Michael D. Higgins", "person"]],
      ["Tommy Reilly=tommy-reilly", "Siobhan Reilly=siobhan-reilly", "Thomas Aloysius Reilly=tommy-reilly", "Michael=michael", "Reilly=tommy-reilly", "Michael D. Higgins=michael-d-higgins"],
    ],
    [
      "a relative given by first name is the one named in full with the surname of the person whose relative they are",
      "Joe Biden arrived in Delaware. His wife, Jill, stayed in Washington. Jill Biden later said she was proud.",
      [["Joe Biden", "person"], ["Delaware", "place"], ["Jill", "person"], ["Washington", "place"], ["Jill Biden", "person"]],
      ["Joe Biden=joe-biden", "Delaware=delaware", "Jill=jill-biden", "Washington=washington", "Jill Biden=jill-biden"],
    ],
    [
      "'Mrs' before the surname of a woman whose first name the lists give to men is still she",
      "Kemi Badenoch attacked the plan. Mrs Badenoch's allies were delighted.",
      [["Kemi Badenoch", "person"], ["Badenoch", "person"]],
      ["Kemi Badenoch=kemi-badenoch", "Badenoch=kemi-badenoch"],
    ],
    [
      "a first name's short form with the same surname is the one person; names the lists give to different sexes stay apart",
      "Gregory Thornbury denies fraud. \"Greg Thornbury trusted the wrong people,\" his lawyer said. Bill Clinton met William Clinton's biographer. Daniel Weiss and Daniela Weiss spoke.",
      [["Gregory Thornbury", "person"], ["Greg Thornbury", "person"], ["Bill Clinton", "person"], ["William Clinton", "person"], ["Daniel Weiss", "person"], ["Daniela Weiss", "person"]],
      ["Gregory Thornbury=gregory-thornbury", "Greg Thornbury=gregory-thornbury", "Bill Clinton=william-clinton", "William Clinton=william-clinton", "Daniel Weiss=daniel-weiss", "Daniela Weiss=daniela-weiss"],
    ],
    [
      "of two named in full and never by the surname alone, the one the text names more is the surname's; a place that 'it' takes up is no one's surname",
      "Denzel Washington honoured\n\nThe actor Denzel Washington received the award near a statue of George Washington. \"I am grateful,\" Washington said. Washington said on Monday that it would impose tariffs.",
      [["Denzel Washington", "person"], ["Denzel Washington", "person"], ["George Washington", "person"], ["Washington", "person"], ["Washington", "place"]],
      ["Denzel Washington=denzel-washington", "Denzel Washington=denzel-washington", "George Washington=george-washington", "Washington=denzel-washington", "Washington=washington"],
    ],
    [
      "'Mr' before a surname with particles is the one introduced in full just before, though he was introduced as a relative",
      "Rafael de la Cruz, 24, fights at lightweight. His sister, Andrea de la Cruz, is a champion.\n\nTheir father, Ernesto de la Cruz, won a silver medal.\n\n\"People ask me if it is hard,\" Mr de la Cruz said.",
      [["Rafael de la Cruz", "person"], ["Andrea de la Cruz", "person"], ["Ernesto de la Cruz", "person"], ["de la Cruz", "person"]],
      ["Rafael de la Cruz=rafael-de-la-cruz", "Andrea de la Cruz=andrea-de-la-cruz", "Ernesto de la Cruz=ernesto-de-la-cruz", "de la Cruz=ernesto-de-la-cruz"],
    ],
    [
      "an honorific says two words are a surname, though the first is also a first name",
      "Health Minister Jennifer Carroll MacNeill visited Galway. Ms Carroll MacNeill said the report was shocking.",
      [["Jennifer Carroll MacNeill", "person"], ["Galway", "place"], ["Carroll MacNeill", "person"]],
      ["Jennifer Carroll MacNeill=jennifer-carroll-macneill", "Galway=galway", "Carroll MacNeill=jennifer-carroll-macneill"],
    ],
    [
      "a company's name without its company words is the company, whatever it was typed; 'the' before a venue's first word is the venue; a listed place stays itself",
      "Regulators fined Crescent Harbour Capital on Monday. They revoked Crescent Harbour's licence in 2023. Ireland won at the Aviva Stadium. Attendance at the Aviva was 51,700. Oslo Energy moved its office to Oslo.",
      [["Crescent Harbour Capital", "organization"], ["Crescent Harbour", "place"], ["Ireland", "organization"], ["Aviva Stadium", "place"], ["Aviva", "organization"], ["Oslo Energy", "organization"], ["Oslo", "place"]],
      ["Crescent Harbour Capital=crescent-harbour-capital", "Crescent Harbour=crescent-harbour-capital", "Ireland=ireland", "Aviva Stadium=aviva-stadium", "Aviva=aviva-stadium", "Oslo Energy=oslo-energy", "Oslo=oslo"],
    ],
    [
      "Georgia in a text about Atlanta is the US state, an entity of its own; in a text about Tbilisi the country",
      "ATLANTA (AP) — Georgia's governor signed the bill. Voters in Georgia and Alabama will decide. TBILISI — Georgia's government rejected the criticism.",
      [["ATLANTA", "place"], ["AP", "organization"], ["Georgia", "organization"], ["Georgia", "place"], ["Alabama", "place"], ["TBILISI", "place"], ["Georgia", "organization"]],
      ["ATLANTA=atlanta", "AP=ap", "Georgia=georgia", "Georgia=georgia", "Alabama=alabama", "TBILISI=tbilisi", "Georgia=georgia"],
    ],
    [
      "Georgia in a text with only the state's signs is 'Georgia (US state)'",
      "ATLANTA (AP) — Georgia's governor signed the bill. Voters in Georgia and Alabama will decide.",
      [["ATLANTA", "place"], ["AP", "organization"], ["Georgia", "organization"], ["Georgia", "place"], ["Alabama", "place"]],
      ["ATLANTA=atlanta", "AP=ap", "Georgia=georgia-us-state", "Georgia=georgia-us-state", "Alabama=alabama"],
    ],
    [
      "a record label's name without 'Records' is the label; a UN agency's acronym and its English name are one body, named by the acronym",
      "The label, Blue Heron Records, said so. Blue Heron's director agreed. The United Nations Children's Fund said children were at risk. UNICEF sent tents.",
      [["Blue Heron Records", "organization"], ["Blue Heron", "organization"], ["United Nations Children's Fund", "organization"], ["UNICEF", "organization"]],
      ["Blue Heron Records=blue-heron-records", "Blue Heron=blue-heron-records", "United Nations Children's Fund=unicef", "UNICEF=unicef"],
    ],
    [
      "a listed place the recogniser keeps a place after a person's full name, with a place's words around it, stays the place; without them it is the person",
      "Gowns worn by Whitney Houston go on show at a Houston museum. Houston, who died in 2012, sold millions. Jimmy Wales sent a message. Wales praised the volunteers.",
      [["Whitney Houston", "person"], ["Houston", "place"], ["Houston", "person"], ["Jimmy Wales", "person"], ["Wales", "place"]],
      ["Whitney Houston=whitney-houston", "Houston=houston", "Houston=whitney-houston", "Jimmy Wales=jimmy-wales", "Wales=jimmy-wales"],
    ],
    [
      "a short form fits the body of its own type first; a shipping firm's name without 'Maritime' is the firm",
      "The Australian House of Representatives sat late. Image: Parliament House. The Speaker of the House spoke. Van Leeuwen Maritime agreed. Van Leeuwen shares rose.",
      [["Australian House of Representatives", "organization"], ["Parliament House", "place"], ["House", "organization"], ["Van Leeuwen Maritime", "organization"], ["Van Leeuwen", "organization"]],
      ["Australian House of Representatives=australian-house-of-representatives", "Parliament House=parliament-house", "House=australian-house-of-representatives", "Van Leeuwen Maritime=van-leeuwen-maritime", "Van Leeuwen=van-leeuwen-maritime"],
    ],
    [
      "given names of one person named in full are that person; a company's first word before one ordinary word and a company word is the company; a body's name in a dateline's capitals is the body",
      "UNITED NATIONS (Reuters) - Finance Minister Siti Aishah Rahman spoke. Siti Aishah told reporters. Meridian Health Partners was hacked. Meridian said it had notified patients. The UN agreed.",
      [["UNITED NATIONS", "organization"], ["Reuters", "organization"], ["Siti Aishah Rahman", "person"], ["Siti Aishah", "person"], ["Meridian Health Partners", "organization"], ["Meridian", "organization"], ["UN", "organization"]],
      ["UNITED NATIONS=united-nations", "Reuters=reuters", "Siti Aishah Rahman=siti-aishah-rahman", "Siti Aishah=siti-aishah-rahman", "Meridian Health Partners=meridian-health-partners", "Meridian=meridian-health-partners", "UN=united-nations"],
    ],
    [
      "given names introduced anew are no short form; a well-known body is no short form of its subsidiary",
      "Juan Carlos Ferrero coached him. Former king Juan Carlos attended. Goldman Sachs Asset Management bought shares. Its parent, Goldman Sachs, reports next week.",
      [["Juan Carlos Ferrero", "person"], ["Juan Carlos", "person"], ["Goldman Sachs Asset Management", "organization"], ["Goldman Sachs", "organization"]],
      ["Juan Carlos Ferrero=juan-carlos-ferrero", "Juan Carlos=juan-carlos", "Goldman Sachs Asset Management=goldman-sachs-asset-management", "Goldman Sachs=goldman-sachs"],
    ],
    [
      "'the Amazon' typed a place beside Amazon the company is an entity of its own",
      "Amazon shares fell. We cannot protect the Amazon with speeches. Amazon said no.",
      [["Amazon", "organization"], ["Amazon", "place"], ["Amazon", "organization"]],
      ["Amazon=amazon", "Amazon=amazon-region", "Amazon=amazon"],
    ],
    [
      "'the elder' is the one the text introduced as a parent and 'the younger' not he; a ranked mention does not call anyone by the bare surname",
      "Rory Byrne leads. His father Peter Byrne caddies and his sister Aoife Byrne watched. \"It was a matter of time,\" Byrne said. The elder Byrne, a former club professional, smiled. The younger Byrne said his father was calm. Byrne tees off at 8am.",
      [["Rory Byrne", "person"], ["Peter Byrne", "person"], ["Aoife Byrne", "person"], ["Byrne", "person"], ["Byrne", "person"], ["Byrne", "person"], ["Byrne", "person"]],
      ["Rory Byrne=rory-byrne", "Peter Byrne=peter-byrne", "Aoife Byrne=aoife-byrne", "Byrne=rory-byrne", "Byrne=peter-byrne", "Byrne=rory-byrne", "Byrne=rory-byrne"],
    ],
    [
      "a police force's name without its generic last word is the force, before or after the full name",
      "Puyallup Police Chief Scott Engle spoke. The Puyallup Police Department said a man was arrested. The Metropolitan Police Service said more. The Metropolitan Police declined to comment.",
      [["Puyallup Police", "organization"], ["Scott Engle", "person"], ["Puyallup Police Department", "organization"], ["Metropolitan Police Service", "organization"], ["Metropolitan Police", "organization"]],
      ["Puyallup Police=puyallup-police-department", "Scott Engle=scott-engle", "Puyallup Police Department=puyallup-police-department", "Metropolitan Police Service=metropolitan-police-service", "Metropolitan Police=metropolitan-police-service"],
    ],
    [
      "a body's head word alone is the one body whose name ends with it, not one whose longer title holds it",
      "The fine was imposed by the European Commission. Teresa Ribera, Executive Vice-President of the European Commission for Competition, welcomed it. The Commission would not hesitate, she said.",
      [["European Commission", "organization"], ["Teresa Ribera", "person"], ["European Commission for Competition", "organization"], ["Commission", "organization"]],
      ["European Commission=european-commission", "Teresa Ribera=teresa-ribera", "Executive Vice-President=teresa-ribera", "European Commission for Competition=european-commission-for-competition", "Commission=european-commission"],
    ],
    [
      "'the younger one' in apposition after a surname is not the one introduced as the father",
      "Rafael de la Cruz, 24, fights at lightweight.\n\nTheir father, Ernesto de la Cruz, won a silver medal.\n\n\"It is hard,\" Mr de la Cruz said. Asked about his chances, Mr de la Cruz, the younger one, only nodded.",
      [["Rafael de la Cruz", "person"], ["Ernesto de la Cruz", "person"], ["de la Cruz", "person"], ["de la Cruz", "person"]],
      ["Rafael de la Cruz=rafael-de-la-cruz", "Ernesto de la Cruz=ernesto-de-la-cruz", "de la Cruz=ernesto-de-la-cruz", "de la Cruz=rafael-de-la-cruz"],
    ],
    [
      "'Mr X' right after someone of the surname is introduced in full is that one, though 'Mr X' meant another before",
      "Vikram Patel runs the shop. Mr Patel said sales fell. The chairman, Anil Patel, spoke next. Mr Patel, a retired solicitor, said the vote was unanimous.",
      [["Vikram Patel", "person"], ["Patel", "person"], ["Anil Patel", "person"], ["Patel", "person"]],
      ["Vikram Patel=vikram-patel", "Patel=vikram-patel", "Anil Patel=anil-patel", "Patel=anil-patel"],
    ],
    [
      "the last of relatives listed after their noun is a relative: a bare surname is the one they are relatives of",
      "Rupert Murdoch lost the case to three of his other children, James, 56, Elisabeth, 54, and Prudence Murdoch, 66. Murdoch, 93, had argued otherwise.",
      [["Rupert Murdoch", "person"], ["James", "person"], ["Elisabeth", "person"], ["Prudence Murdoch", "person"], ["Murdoch", "person"]],
      ["Rupert Murdoch=rupert-murdoch", "James=james", "Elisabeth=elisabeth", "Prudence Murdoch=prudence-murdoch", "Murdoch=rupert-murdoch"],
    ],
    [
      "a word in a headline that is the first name of the one person named later is that person; a listed place is not",
      "Inter win as Lautaro strikes late; fans in Georgia cheer. Lautaro Martinez scored twice. Georgia Harrison watched.",
      [["Inter", "organization"], ["Lautaro", "organization"], ["Georgia", "place"], ["Lautaro Martinez", "person"], ["Georgia Harrison", "person"]],
      ["Inter=inter-milan", "Lautaro=lautaro-martinez", "Georgia=georgia", "Lautaro Martinez=lautaro-martinez", "Georgia Harrison=georgia-harrison"],
    ],
    [
      "a 'place' a quotation's attribution names is the person of that surname; the country elsewhere stays the country",
      "Jim Jordan spoke about aid to Jordan. \"Our partners must do more,\" Jordan told reporters. Jordan has hosted refugees. \"We will decide,\" Jordan said in a statement. \"Nobody asks\", Jordan later told reporters.",
      [["Jim Jordan", "person"], ["Jordan", "place"], ["Jordan", "place"], ["Jordan", "place"], ["Jordan", "place"], ["Jordan", "place"]],
      ["Jim Jordan=jim-jordan", "Jordan=jordan", "Jordan=jim-jordan", "Jordan=jordan", "Jordan=jordan", "Jordan=jim-jordan"],
    ],
    [
      "a word a company's name opens before its legal form is the company, not the founder's family; 'Ferrari said' after a person's quote is the person",
      "Ferrari shares slide. Ferrari NV shares fell 4%. Piero Ferrari owns 10%. \"We build the best,\" Ferrari said. Leclerc has driven for Ferrari since 2019.",
      [["Ferrari", "organization"], ["Ferrari NV", "organization"], ["Piero Ferrari", "person"], ["Ferrari", "person"], ["Leclerc", "person"], ["Ferrari", "organization"]],
      ["Ferrari=ferrari-nv", "Ferrari NV=ferrari-nv", "Piero Ferrari=piero-ferrari", "Ferrari=piero-ferrari", "Leclerc=leclerc", "Ferrari=ferrari-nv"],
    ],
    [
      "a family is no one of its members: 'the Korda sisters', and a bare surname three people share or 'the elder' of two",
      "Nelly Korda and Jessica Korda won. The Korda sisters have 21 titles. Mahinda Rajapaksa, Gotabaya Rajapaksa and Basil Rajapaksa were questioned. Rajapaksa denied it. Serena Williams beat Venus Williams. The elder Williams was gracious.",
      [["Nelly Korda", "person"], ["Jessica Korda", "person"], ["Korda", "person"], ["Mahinda Rajapaksa", "person"], ["Gotabaya Rajapaksa", "person"], ["Basil Rajapaksa", "person"], ["Rajapaksa", "person"], ["Serena Williams", "person"], ["Venus Williams", "person"], ["Williams", "person"]],
      ["Nelly Korda=nelly-korda", "Jessica Korda=jessica-korda", "Korda=korda", "Mahinda Rajapaksa=mahinda-rajapaksa", "Gotabaya Rajapaksa=gotabaya-rajapaksa", "Basil Rajapaksa=basil-rajapaksa", "Rajapaksa=rajapaksa", "Serena Williams=serena-williams", "Venus Williams=venus-williams", "Williams=williams"],
    ],
    [
      "an honorific's sex picks the person the text shows is of it, over one called by the surname before; a surname two were called by is no one's",
      "Former minister Kim Yong-hyun testified. Kim said he drafted the decree. Prosecutors questioned first lady Kim Keon-hee. Mrs Kim did not appear. Officials did not mention Kim's role.",
      [["Kim Yong-hyun", "person"], ["Kim", "person"], ["Kim Keon-hee", "person"], ["Kim", "person"], ["Kim", "person"]],
      ["Kim Yong-hyun=kim-yong-hyun", "Kim=kim-yong-hyun", "Kim Keon-hee=kim-keon-hee", "Kim=kim-keon-hee", "Kim=kim"],
    ],
    [
      "a body's name that a longer one continues with 'of' and a listed place is that body, before or after it; two such bodies leave it alone",
      "Reserve Bank cuts rates. The Reserve Bank of Australia cut its rate. The Reserve Bank said so. The Supreme Court ruled. The Supreme Court of India and the Supreme Court of Pakistan disagreed.",
      [["Reserve Bank", "organization"], ["Reserve Bank of Australia", "organization"], ["Reserve Bank", "organization"], ["Supreme Court", "organization"], ["Supreme Court of India", "organization"], ["Supreme Court of Pakistan", "organization"]],
      ["Reserve Bank=reserve-bank-of-australia", "Reserve Bank of Australia=reserve-bank-of-australia", "Reserve Bank=reserve-bank-of-australia", "Supreme Court=supreme-court", "Supreme Court of India=supreme-court-of-india", "Supreme Court of Pakistan=supreme-court-of-pakistan"],
    ],
    [
      "a first name the recogniser typed a place joins the person, unless a kind of place follows it",
      "Krishna Byre Gowda visited the Krishna and Ghataprabha rivers. Pramono Anung spoke. Pramono told reporters the dam held.",
      [["Krishna Byre Gowda", "person"], ["Krishna", "place"], ["Ghataprabha", "place"], ["Pramono Anung", "person"], ["Pramono", "place"]],
      ["Krishna Byre Gowda=krishna-byre-gowda", "Krishna=krishna", "Ghataprabha=ghataprabha", "Pramono Anung=pramono-anung", "Pramono=pramono-anung"],
    ],
    [
      "a surname with its particle goes to the person named so, not to a relative introduced later",
      "Paco de Lucía, the Spanish guitarist, died today. He first recorded with his brother Pepe de Lucía. De Lucía later worked with jazz musicians.",
      [["Paco de Lucía", "person"], ["Pepe de Lucía", "person"], ["De Lucía", "person"]],
      ["Paco de Lucía=paco-de-lucia", "Pepe de Lucía=pepe-de-lucia", "De Lucía=paco-de-lucia"],
    ],
    [
      "an Arabic surname's article capitalised at a sentence start is the same surname",
      "Majed al-Ansari spoke in Doha. Al-Ansari said talks continued.",
      [["Majed al-Ansari", "person"], ["Doha", "place"], ["Al-Ansari", "organization"]],
      ["Majed al-Ansari=majed-al-ansari", "Doha=doha", "Al-Ansari=majed-al-ansari"],
    ],
    [
      "'the Islamic Republic' after Iran is Iran",
      "Iran's top diplomat met the IAEA chief, and the Islamic Republic warned it would not allow inspections.",
      [["Iran", "place"], ["IAEA", "organization"], ["Islamic Republic", "organization"]],
      ["Iran=iran", "IAEA=iaea", "Islamic Republic=iran"],
    ],
    [
      "the fullest name decides a body's type; a people's name is no name for its place",
      "Researchers at the Karolinska Institute agreed. Professor Anders Lindqvist of the Karolinska led the study. B.C. Premier David Eby objected: British Columbians have been clear.",
      [["Karolinska Institute", "organization"], ["Anders Lindqvist", "person"], ["Karolinska", "place"], ["B.C.", "place"], ["David Eby", "person"], ["British Columbians", "organization"]],
      ["Karolinska Institute=karolinska-institute", "Anders Lindqvist=anders-lindqvist", "Karolinska=karolinska-institute", "B.C.=british-columbia", "David Eby=david-eby", "British Columbians=british-columbia"],
    ],
    [
      "a word the recogniser calls a place never joins a person by surname",
      "Justice Ketanji Brown Jackson dissented. The city of Jackson, Mississippi, imposed a curfew, and a teenager in Jackson was stopped.",
      [["Ketanji Brown Jackson", "person"], ["Jackson", "place"], ["Mississippi", "place"], ["Jackson", "place"]],
      ["Ketanji Brown Jackson=ketanji-brown-jackson", "Jackson=jackson", "Mississippi=mississippi", "Jackson=jackson"],
    ],
    [
      "a company's own name is the company named with its company words",
      "Northlake Software Inc said it would cut jobs. Northlake has been under pressure.",
      [["Northlake Software Inc", "organization"], ["Northlake", "organization"]],
      ["Northlake Software Inc=northlake-software-inc", "Northlake=northlake-software-inc"],
    ],
    [
      "a country's formal name is the country, named plainly; a university's own name is the university; a US state's abbreviation is the state",
      "The Republic of Kenya voted. Kenya is calm. She studied at Stanford University, and a professor at Stanford agreed. RICHMOND, Va. (AP) — Virginia voted.",
      [["Republic of Kenya", "place"], ["Kenya", "place"], ["Stanford University", "organization"], ["Stanford", "organization"], ["RICHMOND", "place"], ["Va.", "place"], ["Virginia", "place"]],
      ["Republic of Kenya=kenya", "Kenya=kenya", "Stanford University=stanford-university", "Stanford=stanford-university", "RICHMOND=richmond", "Va.=virginia", "Virginia=virginia"],
    ],
    [
      "a surname that is also a state's abbreviation without its period is the person; a club's short name is the club",
      "Prime Minister Naoto Kan spoke on Monday. Later, Kan said he would stay. Former Man Utd defender Gary Neville criticised Manchester United.",
      [["Naoto Kan", "person"], ["Kan", "person"], ["Man Utd", "organization"], ["Gary Neville", "person"], ["Manchester United", "organization"]],
      ["Naoto Kan=naoto-kan", "Kan=naoto-kan", "Man Utd=manchester-united", "Gary Neville=gary-neville", "Manchester United=manchester-united"],
    ],
    [
      "a bracketed acronym after a one-word name that does not start with its letter joins nothing; a grand museum is not the museum",
      "The French Democratic Confederation of Labour (CFDT) called strikes. Visitors to the Egyptian Museum will find it quieter now that the Grand Egyptian Museum has opened.",
      [["Labour", "organization"], ["CFDT", "organization"], ["Egyptian Museum", "place"], ["Grand Egyptian Museum", "place"]],
      ["Labour=labour", "CFDT=cfdt", "Egyptian Museum=egyptian-museum", "Grand Egyptian Museum=grand-egyptian-museum"],
    ],
    [
      "a Korean family name alone is the person named in full, whatever the recogniser typed it",
      "South Korean President Park Geun-hye convened a meeting. Park ordered the military to stay alert.",
      [["Park Geun-hye", "person"], ["Park", "organization"]],
      ["Park Geun-hye=park-geun-hye", "Park=park-geun-hye"],
    ],
    [
      "a library's own name is the library",
      "The Bodleian Libraries bought the archive. The Bodleian was in talks for years.",
      [["Bodleian Libraries", "organization"], ["Bodleian", "organization"]],
      ["Bodleian Libraries=bodleian-libraries", "Bodleian=bodleian-libraries"],
    ],
    [
      "the name after \"of\" in one body's three-word name is that body",
      "Hackers attacked the Church of Scientology. It was a war that Scientology has been waging for years.",
      [["Church of Scientology", "organization"], ["Scientology", "organization"]],
      ["Church of Scientology=church-of-scientology", "Scientology=church-of-scientology"],
    ],
    [
      "an organisation's one-word name in its own language in brackets is the same body",
      "The Swedish Migration Agency (Migrationsverket) rejected the claim. Migrationsverket said it would appeal.",
      [["Swedish Migration Agency", "organization"], ["Migrationsverket", "organization"], ["Migrationsverket", "organization"]],
      ["Swedish Migration Agency=swedish-migration-agency", "Migrationsverket=swedish-migration-agency", "Migrationsverket=swedish-migration-agency"],
    ],
    [
      "a name in brackets joins the acronym before it; a bracket with no acronym joins nothing",
      "The CEI (Italian Episcopal Conference) met in Rome (Italy). The CEI said no.",
      [["CEI", "organization"], ["Italian Episcopal Conference", "organization"], ["Rome", "place"], ["Italy", "place"], ["CEI", "organization"]],
      ["CEI=italian-episcopal-conference", "Italian Episcopal Conference=italian-episcopal-conference", "Rome=rome", "Italy=italy", "CEI=italian-episcopal-conference"],
    ],
    [
      "an acronym joins its expansion",
      "The European Union met on Monday. The EU said it would act.",
      [["European Union", "organization"], ["EU", "organization"]],
      ["European Union=european-union", "EU=european-union"],
    ],
    [
      "a first name joins the person when unambiguous",
      "Rodaba Noori spoke first. Rodaba said the team was ready.",
      [["Rodaba Noori", "person"], ["Rodaba", "person"]],
      ["Rodaba Noori=rodaba-noori", "Rodaba=rodaba-noori"],
    ],
    [
      "a country as place and as political agent is one entity",
      "Drones hit Ukraine overnight. Ukraine has said it will respond.",
      [["Ukraine", "place"], ["Ukraine", "organization"]],
      ["Ukraine=ukraine", "Ukraine=ukraine"],
    ],
    [
      "Jordan the person and Jordan the country are different entities",
      "Michael Jordan scored 30 points. Jordan's king visited Amman.",
      [["Michael Jordan", "person"], ["Amman", "place"]],
      ["Michael Jordan=michael-jordan", "Amman=amman"],
    ],
    [
      "a shorter form that keeps the head word joins the longer name",
      "The Italian Supreme Court of Cassation ruled. The Court said taxes apply. The United Kingdom Home Office agreed, the Home Office said.",
      [["Italian Supreme Court of Cassation", "organization"], ["Court", "organization"], ["United Kingdom Home Office", "organization"], ["Home Office", "organization"]],
      ["Italian Supreme Court of Cassation=italian-supreme-court-of-cassation", "Court=italian-supreme-court-of-cassation", "United Kingdom Home Office=united-kingdom-home-office", "Home Office=united-kingdom-home-office"],
    ],
    [
      "an ambiguous short form stays apart",
      "North Korea and South Korea met. Korea was divided in 1945.",
      [["North Korea", "place"], ["South Korea", "place"], ["Korea", "place"]],
      ["North Korea=north-korea", "South Korea=south-korea", "Korea=korea"],
    ],
    [
      "well-known short names of countries are one place",
      "The United States sent aid. America has long supported the plan, US officials said.",
      [["United States", "place"], ["America", "place"], ["US", "organization"]],
      ["United States=united-states", "America=united-states", "US=united-states"],
    ],
    [
      "a surname mistyped before the full name is the person",
      "Lee drew the first issue. Stan Lee was 94.",
      [["Lee", "organization"], ["Stan Lee", "person"]],
      ["Lee=stan-lee", "Stan Lee=stan-lee"],
    ],
    [
      "a North African family name is the person named in full with it",
      "The prize went to Tunisian novelist Mohamed Ben Salah. \"It is a novel of great patience,\" Ben Salah said.",
      [["Mohamed Ben Salah", "person"], ["Ben Salah", "person"]],
      ["Mohamed Ben Salah=mohamed-ben-salah", "Ben Salah=mohamed-ben-salah"],
    ],
    [
      "a company's name without its Nordic form is the company",
      "The mining company, Nussir ASA, wants to dump waste. Nussir chief executive Øystein Rushfeldt said it was safe.",
      [["Nussir ASA", "organization"], ["Nussir", "organization"], ["Øystein Rushfeldt", "person"]],
      ["Nussir ASA=nussir-asa", "Nussir=nussir-asa", "Øystein Rushfeldt=oystein-rushfeldt"],
    ],
    [
      "a name given as 'also known as' or '(formerly ...)' is the same body or place, whatever it was typed",
      "Health New Zealand, also known as Te Whatu Ora, said it would not comment. Myanmar (formerly Burma) voted.",
      [["Health New Zealand", "organization"], ["Te Whatu Ora", "person"], ["Myanmar", "place"], ["Burma", "place"]],
      ["Health New Zealand=health-new-zealand", "Te Whatu Ora=health-new-zealand", "Myanmar=myanmar", "Burma=myanmar"],
    ],
    [
      "a relative who has just spoken is the one a speaking surname means; a chain of fathers names the son only; a nickname is no part of the name for matching",
      "Margaret Ellison, 84, died in May. Ellison had lived alone. Her daughter, Susan Ellison, said the family had questions. \"Mum was independent,\" said Ms Ellison. Sheikh Theyab bin Mohamed bin Zayed spoke. Sheikh Mohamed bin Zayed listened. Ramon \"Monching\" Dela Peña spoke. Dela Peña left.",
      [["Margaret Ellison", "person"], ["Ellison", "person"], ["Susan Ellison", "person"], ["Ellison", "person"], ["Theyab bin Mohamed bin Zayed", "person"], ["Mohamed bin Zayed", "person"], ["Ramon \"Monching\" Dela Peña", "person"], ["Dela Peña", "person"]],
      ["Margaret Ellison=margaret-ellison", "Ellison=margaret-ellison", "Susan Ellison=susan-ellison", "Ellison=susan-ellison", "Theyab bin Mohamed bin Zayed=theyab-bin-mohamed-bin-zayed", "Mohamed bin Zayed=mohamed-bin-zayed", "Ramon \"Monching\" Dela Peña=ramon-monching-dela-pena", "Dela Peña=ramon-monching-dela-pena"],
    ],
    [
      "an honorific of the other sex leaves a surname to someone else",
      "Rebecca Lowry and her husband, Jack, attended. \"It was unbearable,\" Mrs Lowry said. \"Someone has to be held accountable,\" said Mr Lowry.",
      [["Rebecca Lowry", "person"], ["Jack", "person"], ["Lowry", "person"], ["Lowry", "person"]],
      ["Rebecca Lowry=rebecca-lowry", "Jack=jack", "Lowry=rebecca-lowry", "Lowry=lowry"],
    ],
    [
      "two letters are no acronym of a city's name",
      "Members of the Citizens' Movement (MC) protested in Mexico City. MC leaders spoke. The United Nations (UN) met. The UN agreed.",
      [["Movement", "organization"], ["MC", "organization"], ["Mexico City", "place"], ["MC", "organization"], ["United Nations", "organization"], ["UN", "organization"], ["UN", "organization"]],
      ["Movement=movement", "MC=movement", "Mexico City=mexico-city", "MC=movement", "United Nations=united-nations", "UN=united-nations", "UN=united-nations"],
    ],
    [
      "a surname after 'Mr' is not the woman the text called 'Ms' by it; a name 'known to friends as' is the person",
      "Michael Trevaskis, 58, died. His daughter, Kerry Trevaskis, spoke. \"He warned us,\" said Ms Trevaskis. Mr Trevaskis's wife, Jean, was silent. Martin Gallacher, known to friends as \"Marty\", told police he was innocent.",
      [["Michael Trevaskis", "person"], ["Kerry Trevaskis", "person"], ["Trevaskis", "person"], ["Trevaskis", "person"], ["Jean", "person"], ["Martin Gallacher", "person"], ["Marty", "person"]],
      ["Michael Trevaskis=michael-trevaskis", "Kerry Trevaskis=kerry-trevaskis", "Trevaskis=kerry-trevaskis", "Trevaskis=michael-trevaskis", "Jean=jean", "Martin Gallacher=martin-gallacher", "Marty=martin-gallacher"],
    ],
    [
      "a club's nickname, or its last word, is the club named with its city; a short name before its bracketed full name is the company",
      "Maple Leafs beat Canadiens. The Toronto Maple Leafs beat the Montreal Canadiens 4-3. The Leafs were better. The mining company Codelco (Corporación Nacional del Cobre de Chile) said so.",
      [["Maple Leafs", "organization"], ["Canadiens", "organization"], ["Toronto Maple Leafs", "organization"], ["Montreal Canadiens", "organization"], ["Leafs", "organization"], ["Codelco", "organization"], ["Corporación Nacional del Cobre de Chile", "organization"]],
      ["Maple Leafs=toronto-maple-leafs", "Canadiens=montreal-canadiens", "Toronto Maple Leafs=toronto-maple-leafs", "Montreal Canadiens=montreal-canadiens", "Leafs=toronto-maple-leafs", "Codelco=corporacion-nacional-del-cobre-de-chile", "Corporación Nacional del Cobre de Chile=corporacion-nacional-del-cobre-de-chile"],
    ],
    [
      "a shorter name with an acronym of its own is not the longer body with another",
      "The Party for Freedom and Democracy (VVD) won 31 seats. The Party for Freedom (PVV), led by Joris Bakkerman, was second. The VVD will lead talks.",
      [["Party for Freedom and Democracy", "organization"], ["VVD", "organization"], ["Party for Freedom", "organization"], ["PVV", "organization"], ["Joris Bakkerman", "person"], ["VVD", "organization"]],
      ["Party for Freedom and Democracy=party-for-freedom-and-democracy", "VVD=party-for-freedom-and-democracy", "Party for Freedom=party-for-freedom", "PVV=party-for-freedom", "Joris Bakkerman=joris-bakkerman", "VVD=party-for-freedom-and-democracy"],
    ],
    [
      "'Mr X' after a woman named X is not a man of that name the text introduces only later",
      "Margaret Pollard and her husband were rescued. Mr Pollard said the river rose fast. The couple's son, David Pollard, drove from Bristol.",
      [["Margaret Pollard", "person"], ["Pollard", "person"], ["David Pollard", "person"], ["Bristol", "place"]],
      ["Margaret Pollard=margaret-pollard", "Pollard=pollard", "David Pollard=david-pollard", "Bristol=bristol"],
    ],
    [
      "an alliance's head word seen first in a headline is the alliance named in full, a legislature's is not; a company's name before 'Motor Corporation'",
      "Front Wins in Paris. The New Popular Front led. Congress acted quickly, said Mike Johnson. The Indian National Congress was not there. Toyota Recalls Cars. Toyota Motor Corporation said so.",
      [["Front", "organization"], ["Paris", "place"], ["New Popular Front", "organization"], ["Congress", "organization"], ["Mike Johnson", "person"], ["Indian National Congress", "organization"], ["Toyota", "organization"], ["Toyota Motor Corporation", "organization"]],
      ["Front=new-popular-front", "Paris=paris", "New Popular Front=new-popular-front", "Congress=congress", "Mike Johnson=mike-johnson", "Indian National Congress=indian-national-congress", "Toyota=toyota-motor-corporation", "Toyota Motor Corporation=toyota-motor-corporation"],
    ],
    [
      "a city with a player's noun in a text that names its club in full is the club; 'in Toronto' stays the city",
      "The Toronto Maple Leafs beat the Montreal Canadiens 4-3 in Toronto. Toronto goaltender Jakub Novotny made 34 saves.",
      [["Toronto Maple Leafs", "organization"], ["Montreal Canadiens", "organization"], ["Toronto", "place"], ["Toronto", "organization"], ["Jakub Novotny", "person"]],
      ["Toronto Maple Leafs=toronto-maple-leafs", "Montreal Canadiens=montreal-canadiens", "Toronto=toronto", "Toronto=toronto-maple-leafs", "Jakub Novotny=jakub-novotny"],
    ],
    [
      "a club's word alone is the one club named with it and a city, before or after the full name; two Uniteds leave 'United' alone",
      "City win derby. Manchester City beat Atletico Madrid, and City led early. Atletico were poor. Leeds United and Newcastle United drew. United fans left.",
      [["City", "place"], ["Manchester City", "organization"], ["Atletico Madrid", "organization"], ["City", "place"], ["Atletico", "organization"], ["Leeds United", "organization"], ["Newcastle United", "organization"], ["United", "organization"]],
      ["City=manchester-city", "Manchester City=manchester-city", "Atletico Madrid=atletico-madrid", "City=manchester-city", "Atletico=atletico-madrid", "Leeds United=leeds-united", "Newcastle United=newcastle-united", "United=united"],
    ],
    [
      "a bare 'called' joins nothing",
      "Reviewer Hannah Pilarczyk called Caesar Must Die a safe winner.",
      [["Hannah Pilarczyk", "person"], ["Caesar Must Die", "organization"]],
      ["Hannah Pilarczyk=hannah-pilarczyk", "Caesar Must Die=caesar-must-die"],
    ],
  ])("%s", (_name, text, names, expected) => {
    expect(link(text, names).ids).toEqual(expected);
  });

  it("a body named \"of the\" a registry name is its own entity, not the registry's; a title's phrase is no body", () => {
    const text = "The General Court of the European Union upheld the fine. The Court of Justice of the European Union (CJEU) will hear the appeal. The EU said nothing. The Bank of England raised rates. The President of the United States spoke.";
    const r = link(text, [["General Court of the European Union", "organization"], ["Court of Justice of the European Union", "organization"], ["CJEU", "organization"], ["EU", "organization"], ["Bank of England", "organization"], ["President of the United States", "organization"]], { registry: sample });
    expect(r.ids).toEqual([
      "General Court of the European Union=general-court-of-the-european-union",
      "Court of Justice of the European Union=court-of-justice-of-the-european-union",
      "CJEU=court-of-justice-of-the-european-union",
      "EU=european-union",
      "Bank of England=bank-of-england",
      // The title phrase stays the registry's role (no date: its holder now), not a body of its own.
      "President of the United States=donald-trump",
    ]);
  });

  it("a country, a town or a company that shares a named person's surname stays what the text uses it as", () => {
    const idsOf = (text: string, word: string) => annotate(text, { date: "2025-03-01" }).mentions.filter((m) => m.text === word).map((m) => `${m.start}:${m.entityId}`);
    // "Jordan" the country beside the MP Rachel Jordan (NER_SKIP=3lp).
    const jordan = "Britain will double its funding for refugee camps in Jordan, the shadow international development secretary Rachel Jordan said. Jordan, 52, said the money was overdue. Jordan's planning minister, Dr Khalid Al-Masri, welcomed the pledge. Ms Jordan later met Jordan, who has been her friend for years, and Jordan told reporters she was pleased.";
    const j = idsOf(jordan, "Jordan");
    expect(j[0]).toMatch(/:jordan$/);
    expect(j[1]).toMatch(/:rachel-jordan$/);
    expect(j[2]).toMatch(/:jordan$/);
    // "near Pickering", a town the tagger left alone, is not the mother named Laura Pickering (6lp).
    const pickering = "Two children died when a lorry crashed into their family car near Pickering in February. Their mother, Laura Pickering, told the inquest they were the lights of her life. Pickering said she would campaign for safer roads.";
    expect(idsOf(pickering, "Pickering")).toEqual([expect.stringMatching(/:laura-pickering$/)]);
    // "Ford" the carmaker beside the worker Gary Ford; "Mr Ford" is the worker (1co, LINK_SKIP=companyhere).
    const ford = "Ford is to cut 1,100 jobs at its Dagenham engine plant. Gary Ford has worked at the plant since 1983. Mr Ford, no relation to the founding family, said the news was a shock. Ford's European chief said the cuts reflected pressure across the industry.";
    const f = idsOf(ford, "Ford");
    expect(f[0]).not.toMatch(/gary-ford/);
    expect(f[1]).toMatch(/:gary-ford$/);
    expect(f[2]).toBe(f[0]!.replace(/^\d+/, f[2]!.split(":")[0]!));
    // A company named after its founder, by a company's cues (0bf).
    const pemberton = "The regulator blocked the deal, saying the remedies offered by Pemberton were insufficient. It is a blow to Pemberton, which was founded in 1998 by Clare Pemberton. Ms Pemberton remains the largest shareholder. Shares in Pemberton fell 7 per cent.";
    const p = idsOf(pemberton, "Pemberton");
    expect(p.filter((x) => x.endsWith(":clare-pemberton"))).toHaveLength(1);
    expect(p.filter((x) => !x.endsWith(":clare-pemberton")).length).toBeGreaterThanOrEqual(2);
  });

  it("in a story about the MP Rachel Jordan, 'camps in Jordan' and 'Jordan's planning minister' are the country", async () => {
    // A review text written to confuse a person and a country of one name (NER_SKIP=3lp).
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(new URL("../fixtures/review/jordan-aid.txt", import.meta.url), "utf8");
    const { mentions } = annotate(text, { date: "2025-02-12" });
    const at = (phrase: string) => mentions.find((m) => m.start === text.indexOf(phrase) + phrase.indexOf("Jordan"))?.entityId;
    expect(at("camps in Jordan")).toBe("jordan");
    expect(at("Jordan's planning minister")).toBe("jordan");
    expect(at("secretary Rachel Jordan")).toBeUndefined();
    expect(mentions.find((m) => m.text === "Rachel Jordan")?.entityId).toBe("rachel-jordan");
  });

  it("an acronym written as a word, a bank's own name and 'who call themselves' join the body they name", () => {
    const text = "The Federal Emergency Management Agency sent teams. Fema later confirmed the grant. Northgate Bank reported profits. Northgate announced a buyback. The Houthis, who call themselves Ansar Allah, rejected the plan. Can the talks go on? The European Space Agency launched the probe. Dr Sabine Hoffmann, Esa's mission manager, was pleased. Canongate Books published her novels; Canongate said it would reissue them.";
    const { mentions } = annotate(text, { date: "2025-03-01" });
    const id = (t: string) => mentions.find((m) => m.text === t)?.entityId;
    expect(id("Fema")).toBe(id("Federal Emergency Management Agency"));
    expect(id("Northgate")).toBe(id("Northgate Bank"));
    expect(id("Ansar Allah")).toBe(id("Houthis"));
    expect(id("Can")).toBeUndefined();
    expect(id("Esa")).toBe(id("European Space Agency"));
    expect(id("Canongate")).toBe(id("Canongate Books"));
  });

  it("a quotation goes to the right one of two people with one surname, by honorific and pronoun", () => {
    const text = "Former president Joe Biden and his wife, Jill Biden, attended the ceremony. Mr Biden later told reporters: \"I wish him well.\" Asked about the pardons, she said: \"It was the right thing to do.\" Melania Trump wore a navy hat. Speaking to Fox News, Ms Trump said she was \"ready to serve\". Donald Trump waved.";
    const { quotes } = annotate(text, { date: "2025-01-20" });
    const speakerOf = (start: string) => quotes.find((q) => q.text.includes(start))?.speakerEntityId;
    expect(speakerOf("I wish him well")).toBe("joe-biden");
    expect(speakerOf("the right thing")).toBe("jill-biden");
    expect(speakerOf("ready to serve")).toBe("melania-trump");
  });

  it("one who has just spoken is never one named inside a quotation: the sister who spoke, not the victim she quotes", async () => {
    // A court report written for a review: the victim's name inside the sister's quotation made her
    // "just spoken", and her words went to the victim (LINK_SKIP=spokequoted).
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(new URL("../fixtures/review/murder-trial-verdict.txt", import.meta.url), "utf8");
    const { quotes } = annotate(text, { date: "2025-03-01" });
    expect(quotes.find((q) => q.text.includes("Aoife told people"))?.speakerEntityId).toBe("ciara-brennan");
  });

  it("in a story about Denzel Washington, his son and George Washington: 'Washington's son' and 'the younger Washington' are people, the government's words are the place's", async () => {
    // A review text written against the session's rules (NER_SKIP=3ey, 3it; LINK_SKIP=named).
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(new URL("../fixtures/review/washington-play.txt", import.meta.url), "utf8");
    const { mentions } = annotate(text, { date: "2025-06-01" });
    const at = (phrase: string, word = "Washington") => mentions.find((m) => m.start === text.indexOf(phrase) + phrase.indexOf(word))?.entityId;
    expect(at("Washington's son")).toBe("denzel-washington");
    expect(at("The younger Washington")).toBe("john-david-washington");
    expect(at("Washington said last year it would")).toBe("washington");
    expect(at("\" Washington said at a news conference")).toBe("denzel-washington");
  });

  it("keeps the contextual type of a country mention and the place type of its entity", () => {
    const r = link("Drones hit Ukraine overnight. Ukraine has said it will respond.", [["Ukraine", "place"], ["Ukraine", "organization"]]);
    expect(r.mentions.map((m) => m.type)).toEqual(["place", "organization"]);
    expect(r.entities.map((e) => e.type)).toEqual(["place"]);
  });

  it("resolves registry aliases and role titles on the article's date", () => {
    const text = "The Foreign Secretary hosted the talks. Mr Lammy said more. Sir Keir travelled to Kyiv.";
    const names: [string, EntityType][] = [["Lammy", "person"], ["Kyiv", "place"]];
    const on = link(text, names, { date: "2025-05-12", registry: sample });
    // The alias "Sir Keir" marks the bare name, as every mention does.
    expect(on.ids).toEqual(["Foreign Secretary=david-lammy", "Lammy=david-lammy", "Keir=keir-starmer", "Kyiv=kyiv"]);
    expect(on.mentions[0]!.kind).toBe("role");
    // Before Lammy took office the title is someone else's: it is not linked to him.
    const before = link(text, names, { date: "2023-01-01", registry: sample });
    expect(before.ids).not.toContain("Foreign Secretary=david-lammy");
  });

  it("a title that opens a name by a possessive is no mention of its holder; one before an ordinary noun is", () => {
    const text = "Keir Starmer faced MPs. At Prime Minister's Questions, the Prime Minister's spokesman said the Prime Minister was calm.";
    const r = link(text, [["Keir Starmer", "person"]], { date: "2025-06-01", registry: sample });
    expect(r.ids).toEqual(["Keir Starmer=keir-starmer", "Prime Minister=keir-starmer", "Prime Minister=keir-starmer"]);
    expect(r.mentions[1]!.start).toBe(text.indexOf("Prime Minister's spokesman"));
  });

  it("an apposition whose title is a possessive's ('the prime minister's elder brother') gives the name no title (titleposs)", () => {
    const text = "Prime Minister Shehbaz Sharif reshuffled his cabinet. Nawaz Sharif, the prime minister's elder brother, was consulted. On Wednesday night, the Prime Minister urged calm.";
    const r = link(text, [["Shehbaz Sharif", "person"], ["Nawaz Sharif", "person"]], { date: "2025-11-13", registry: sample });
    expect(r.ids).toContain("Prime Minister=shehbaz-sharif");
    expect(r.ids).not.toContain("Prime Minister=nawaz-sharif");
  });

  it("of two holders of a bare title, the one named in the sentence before, where the other is not (nearholder); not when both are", () => {
    const text = "President Daniel Chapo flew to Quelimane. President Peter Mutharika declared a state of disaster. \"We need help quickly,\" said Mutharika. The President added that Malawi would need help.";
    const r = link(text, [["Daniel Chapo", "person"], ["Quelimane", "place"], ["Peter Mutharika", "person"], ["Mutharika", "person"], ["Malawi", "place"]], { date: "2025-03-14", registry: sample });
    expect(r.ids).toContain("President=peter-mutharika");
    const both = "President Daniel Chapo flew to Quelimane. President Peter Mutharika declared a state of disaster. Chapo and Mutharika met on Friday. The President added that help was coming.";
    const b = link(both, [["Daniel Chapo", "person"], ["Quelimane", "place"], ["Peter Mutharika", "person"], ["Chapo", "person"], ["Mutharika", "person"]], { date: "2025-03-14", registry: sample });
    expect(b.ids.filter((x) => x.startsWith("President="))).toEqual([]);
    // (A predecessor named later for contrast does not hide the holder named just before.)
    const later = link("Prime Minister Rishi Sunak wants the backlog cleared. The Prime Minister said so on Monday. A plan was rejected by Prime Minister Boris Johnson in 2021.", [["Rishi Sunak", "person"], ["Boris Johnson", "person"]], { date: "2023-06-01" });
    expect(later.ids).toContain("Prime Minister=rishi-sunak");
  });

  it("a title right before a name is part of the name's phrase, also before a possessive", () => {
    const text = "President Donald Trump spoke. Afghanistan is not covered by President Trump's travel ban.";
    const r = link(text, [["Donald Trump", "person"], ["Afghanistan", "place"], ["Trump", "person"]], { date: "2017-07-18", registry: sample });
    expect(r.ids).toEqual(["Donald Trump=donald-trump", "Afghanistan=afghanistan", "Trump=donald-trump"]);
  });

  it("a full name around a registry alias is that person when the first names agree, and no title before it is a role", () => {
    const text = "Ukrainian President Volodymyr Zelenskiy thanked senators. Zelenskiy said more.";
    const r = link(text, [["Volodymyr Zelenskiy", "person"], ["Zelenskiy", "person"]], { date: "2024-02-15", registry: sample });
    expect(r.ids).toEqual(["Volodymyr Zelenskiy=volodymyr-zelensky", "Zelenskiy=volodymyr-zelensky"]);
    const registry: Registry = { entries: [entry("joe-biden", "Joe Biden", "person", { aliases: ["Biden"] })], suppress: [] };
    const hunter = link("Hunter Biden spoke. Joe Biden did not.", [["Hunter Biden", "person"], ["Joe Biden", "person"]], { registry });
    expect(hunter.ids).toEqual(["Hunter Biden=hunter-biden", "Joe Biden=joe-biden"]);
  });

  it("an organisation's acronym tagged as a place takes the organisation's type; a country keeps its own", () => {
    const text = "The European Central Bank (ECB) held rates. The ECB said Russia was to blame.";
    const r = link(text, [["European Central Bank", "organization"], ["ECB", "place"], ["ECB", "place"], ["Russia", "organization"]], {});
    expect(r.mentions.map((m) => `${m.text}/${m.type}`)).toEqual(["European Central Bank/organization", "ECB/organization", "ECB/organization", "Russia/organization"]);
  });

  it("a listed place inside an organisation's name is the place, a continent inside a country's is the continent, a country inside a country's may be that country", () => {
    const text = "Food Standards Australia New Zealand said so. Flights to New Zealand resumed. South Korea lost. Korea scored. South Africa voted; the WHO's director for Africa spoke. Strikes hit the Gaza Strip; aid entered Gaza.";
    const r = link(text, [["Food Standards Australia New Zealand", "organization"], ["New Zealand", "place"], ["South Korea", "place"], ["Korea", "place"], ["South Africa", "place"], ["Africa", "place"], ["Gaza Strip", "place"], ["Gaza", "place"]], {});
    expect(r.ids).toEqual(["Food Standards Australia New Zealand=food-standards-australia-new-zealand", "New Zealand=new-zealand", "South Korea=south-korea", "Korea=south-korea", "South Africa=south-africa", "Africa=africa", "Gaza Strip=gaza-strip", "Gaza=gaza-strip"]);
  });

  it("a party's members' plural and its adjective as a modifier, typed bodies, are the party; a person-typed plural is not", () => {
    const text = "Lithuania's Social Democratic Party won. The Social Democrats took 52 seats. Social Democratic leader Rūta Kazlauskienė spoke. The Conservative Party lost; the Conservatives conceded.";
    const r = link(text, [["Lithuania", "place"], ["Social Democratic Party", "organization"], ["Social Democrats", "organization"], ["Social Democratic", "organization"], ["Rūta Kazlauskienė", "person"], ["Conservative Party", "organization"], ["Conservatives", "person"]], {});
    expect(r.ids).toEqual(["Lithuania=lithuania", "Social Democratic Party=social-democratic-party", "Social Democrats=social-democratic-party", "Social Democratic=social-democratic-party", "Rūta Kazlauskienė=ruta-kazlauskiene", "Conservative Party=conservative-party", "Conservatives=conservatives"]);
  });

  it("an acronym's letters may come from both points of a compass word ('ASEAN'); a business's possessive alone is the business", () => {
    const r = link("Indonesia chairs the Association of Southeast Asian Nations. ASEAN met on Monday.", [["Indonesia", "place"], ["Association of Southeast Asian Nations", "organization"], ["ASEAN", "organization"]], {});
    expect(r.ids).toEqual(["Indonesia=indonesia", "Association of Southeast Asian Nations=association-of-southeast-asian-nations", "ASEAN=association-of-southeast-asian-nations"]);
    const shop = link("Hoffman's Bakery will close. Frank Hoffman said so. Places like Hoffman's are rare.", [["Hoffman's Bakery", "organization"], ["Frank Hoffman", "person"], ["Hoffman's", "organization"]], {});
    expect(shop.ids).toEqual(["Hoffman's Bakery=hoffmans-bakery", "Frank Hoffman=frank-hoffman", "Hoffman's=hoffmans-bakery"]);
  });

  it("a lower-case 'mother' ending the paragraph before is no honorific of the surname after it", () => {
    const text = "Aditya Menon rang the opening bell with his mother.\n\nMenon, 36, founded the company in 2017. Mother Teresa Menon was no relation.";
    const r = link(text, [["Aditya Menon", "person"], ["Menon", "person"], ["Teresa Menon", "person"]], {});
    expect(r.ids.slice(0, 2)).toEqual(["Aditya Menon=aditya-menon", "Menon=aditya-menon"]);
  });

  it("a person's spokeswoman makes no company of the person's surname (NER 0bfs)", () => {
    const text = "Rep. Wade Kessler, R-Ohio, said the department had stonewalled Congress. Kessler said the committee wanted answers.\n\nDemocrats on the committee accused Kessler of playing politics. Kessler's spokeswoman, Tara Lindholm, said the chairman was happy to talk.";
    const { mentions } = annotate(text, {});
    const kessler = mentions.filter((m) => m.text === "Kessler");
    expect(kessler.length).toBe(3);
    expect(kessler.every((m) => m.entityId === "wade-kessler")).toBe(true);
  });

  it("a family name with its particle before company words is the company alone too (NER 0csp)", () => {
    const text = "Danish shipping group Maersk agreed on Tuesday to buy Van der Linde Logistics, the Rotterdam-based freight forwarder.\n\nVan der Linde's chief executive, Marieke Jansen, said the deal made sense. Shares in Van der Linde rose 6.4 percent.";
    const { mentions } = annotate(text, {});
    const linde = mentions.filter((m) => m.text.startsWith("Van der Linde"));
    expect(linde.length).toBe(3);
    expect(new Set(linde.map((m) => m.entityId)).size).toBe(1);
    expect(linde.every((m) => m.type === "organization")).toBe(true);
  });

  it("'The elder Mr Bortolotto' is the one of two namesakes whom the other's kin word does not rule out ('His son, Marco,')", () => {
    const text = "Cane farmer Joe Bortolotto, 71, said he had lost his entire crop. His son, Marco, had spent the night moving machinery to higher ground.\n\n\"Dad's been farming this land for fifty years,\" Marco Bortolotto said.\n\nThe elder Mr Bortolotto said insurance would not cover most of the damage.";
    const { mentions } = annotate(text, {});
    const at = (phrase: string) => mentions.find((m) => m.start === text.indexOf(phrase))?.entityId;
    expect(at("Bortolotto said insurance")).toBe(at("Joe Bortolotto"));
    expect(at("Marco Bortolotto")).not.toBe(at("Joe Bortolotto"));
  });

  it("a natural place's own name alone is that place, also typed a body; not a listed state", () => {
    const text = "Doñana National Park is drying out. UNESCO lists Doñana as a heritage site. The Shire River burst its banks where the Shire meets the Zambezi. The Mississippi River rose; Mississippi declared an emergency.";
    const r = link(text, [["Doñana National Park", "place"], ["UNESCO", "organization"], ["Doñana", "organization"], ["Shire River", "place"], ["Shire", "place"], ["Zambezi", "place"], ["Mississippi River", "place"], ["Mississippi", "place"]], {});
    expect(r.ids).toEqual(["Doñana National Park=donana-national-park", "UNESCO=unesco", "Doñana=donana-national-park", "Shire River=shire-river", "Shire=shire-river", "Zambezi=zambezi", "Mississippi River=mississippi-river", "Mississippi=mississippi"]);
  });

  it("an organisation written with and without its function words is one", () => {
    const text = "We convinced the Food Standards of Australia and New Zealand. Food Standards Australia New Zealand agreed. The Bank of England and the England Bank Club met.";
    const r = link(text, [["Food Standards of Australia and New Zealand", "organization"], ["Food Standards Australia New Zealand", "organization"], ["Bank of England", "organization"], ["England Bank Club", "organization"]], {});
    expect(r.ids).toEqual([
      "Food Standards of Australia and New Zealand=food-standards-of-australia-and-new-zealand",
      "Food Standards Australia New Zealand=food-standards-of-australia-and-new-zealand",
      "Bank of England=bank-of-england",
      "England Bank Club=england-bank-club",
    ]);
  });

  it("does not resolve a bare role title when its holder is not named in the article", () => {
    const text = "The Prime Minister visited Canberra on Tuesday.";
    expect(link(text, [["Canberra", "place"]], { date: "2025-05-12", registry: sample }).ids).toEqual(["Canberra=canberra"]);
  });

  it("the role's `bare` says whether a bare title needs its holder named, resolves always, or never", () => {
    const pm = (bare?: "named" | "always" | "never"): Registry => ({
      entries: [entry("keir-starmer", "Keir Starmer", "person", { roles: [{ title: "Prime Minister", aliases: ["UK Prime Minister"], from: "2024-07-05", ...(bare ? { bare } : {}) }] })],
      suppress: [],
    });
    const alone = "The Prime Minister visited Canberra on Tuesday.";
    const ids = (text: string, registry: Registry, names: [string, EntityType][] = [["Canberra", "place"]]) => link(text, names, { date: "2025-05-12", registry }).ids;
    expect(ids(alone, pm())).toEqual(["Canberra=canberra"]);
    expect(ids(alone, pm("named"))).toEqual(["Canberra=canberra"]);
    expect(ids(alone, pm("always"))).toEqual(["Prime Minister=keir-starmer", "Canberra=canberra"]);
    // Still not on a date outside the role, nor when the text gives the title to someone else.
    expect(link(alone, [["Canberra", "place"]], { date: "2020-01-01", registry: pm("always") }).ids).toEqual(["Canberra=canberra"]);
    const other = "Prime Minister Mark Carney met reporters. The Prime Minister said Ottawa would respond.";
    expect(ids(other, pm("always"), [["Mark Carney", "person"], ["Ottawa", "place"]])).not.toContain("Prime Minister=keir-starmer");
    // `never`: only the qualified alias resolves, even when the holder is named.
    const named = "Keir Starmer spoke. The Prime Minister said more. The UK Prime Minister left.";
    expect(ids(named, pm("never"), [["Keir Starmer", "person"]])).toEqual(["Keir Starmer=keir-starmer", "UK Prime Minister=keir-starmer"]);
    expect(ids(named, pm(), [["Keir Starmer", "person"]])).toEqual(["Keir Starmer=keir-starmer", "Prime Minister=keir-starmer", "UK Prime Minister=keir-starmer"]);
  });

  it("resolves a qualified role title on its own", () => {
    const text = "Talks aimed at coaxing the Russian leader into a truce.";
    expect(link(text, [], { date: "2025-05-12", registry: sample }).ids).toEqual(["Russian leader=vladimir-putin"]);
  });

  it("applies pins, suppressions and merges from the editor", () => {
    const registry: Registry = {
      entries: [entry("jordan-country", "Jordan", "place"), entry("volodymyr-zelensky", "Volodymyr Zelensky", "person", { merge: ["Zelenskyy"] })],
      suppress: ["Brexit"],
    };
    const text = "Jordan won. Brexit loomed. Zelenskyy spoke.";
    const r = link(text, [["Jordan", "person"], ["Brexit", "organization"], ["Zelenskyy", "person"]], { registry, pins: { Jordan: "jordan-country" } });
    expect(r.ids).toEqual(["Jordan=jordan-country", "Zelenskyy=volodymyr-zelensky"]);
    expect(r.mentions[0]!.source).toBe("pin");
  });
});

describe("linking across articles", () => {
  const doc = (slug: string, text: string, names: [string, EntityType][]): { slug: string; annotations: Annotations } => {
    const r = link(text, names);
    return { slug, annotations: { mentions: r.mentions, entities: r.entities, quotes: [] } };
  };

  it("a lone surname joins the only person with that surname in the corpus", () => {
    const merged = mergeCorpus([doc("a", "Vladimir Putin spoke.", [["Vladimir Putin", "person"]]), doc("b", "Putin did not reply.", [["Putin", "person"]])]);
    expect(merged.docs[1]!.annotations.mentions[0]!.entityId).toBe("vladimir-putin");
    expect(merged.entities.map((e) => e.id)).toEqual(["vladimir-putin"]);
  });

  it("a lone surname shared by two people in the corpus stays apart", () => {
    const merged = mergeCorpus([
      doc("a", "John Smith spoke.", [["John Smith", "person"]]),
      doc("b", "Jane Smith spoke.", [["Jane Smith", "person"]]),
      doc("c", "Smith did not reply.", [["Smith", "person"]]),
    ]);
    expect(merged.entities.map((e) => e.id)).toEqual(["jane-smith", "john-smith", "smith"]);
  });

  it("adding an article does not rename an existing entity", () => {
    const a = doc("a", "Rodaba Noori spoke.", [["Rodaba Noori", "person"]]);
    const before = mergeCorpus([a]).entities.map((e) => e.id);
    const after = mergeCorpus([a, doc("b", "Noori and Kamen met.", [["Noori", "person"], ["Kamen", "person"]])]).entities.map((e) => e.id);
    expect(after).toEqual(expect.arrayContaining(before));
  });
});

describe("published ids stay put as the corpus grows (the id ledger)", () => {
  const doc = (slug: string, text: string, names: [string, EntityType][]): { slug: string; annotations: Annotations } => {
    const r = link(text, names);
    return { slug, annotations: { mentions: r.mentions, entities: r.entities, quotes: [] } };
  };
  /** Builds the corpus one article more at a time, keeping the ledger as the build does. */
  const grow = (...articles: ReturnType<typeof doc>[]) => {
    const ledger: PublishedId[] = [];
    let merged = mergeCorpus([], undefined, ledger);
    for (let n = 1; n <= articles.length; n++) {
      merged = mergeCorpus(articles.slice(0, n), undefined, ledger);
      ledger.push(...merged.newIds);
    }
    return { merged, ledger };
  };
  const idOf = (m: ReturnType<typeof mergeCorpus>, slug: string, name: string) =>
    m.docs.find((d) => d.slug === slug)!.annotations.mentions.find((x) => x.text === name)!.entityId;

  it("a lone surname published first keeps its page when the full name appears", () => {
    const articles = [doc("a", "Putin did not reply.", [["Putin", "person"]]), doc("b", "Vladimir Putin spoke.", [["Vladimir Putin", "person"]])];
    const { merged } = grow(...articles);
    expect(merged.entities.map((e) => [e.id, e.name])).toEqual([["putin", "Vladimir Putin"]]);
    expect(idOf(merged, "b", "Vladimir Putin")).toBe("putin");
    // Without the ledger the same corpus would move the page to the full name.
    expect(mergeCorpus(articles).entities.map((e) => e.id)).toEqual(["vladimir-putin"]);
  });

  it("a place published first keeps its id when a person with the same name appears", () => {
    const { merged } = grow(doc("a", "Jordan closed its border.", [["Jordan", "place"]]), doc("b", "Jordan scored twice.", [["Jordan", "person"]]));
    expect(idOf(merged, "a", "Jordan")).toBe("jordan");
    expect(idOf(merged, "b", "Jordan")).toBe("jordan-person");
  });

  it("an id once published is never given to a different entity", () => {
    const ledger: PublishedId[] = [{ id: "smith", from: "smith", kind: "other" }];
    const merged = mergeCorpus([doc("a", "Smith spoke.", [["Smith", "person"]])], undefined, ledger);
    expect(merged.entities.map((e) => e.id)).toEqual(["smith-person"]);
    expect(merged.newIds).toEqual([{ id: "smith-person", from: "smith", kind: "person" }]);
  });

  it("records each new entity once, and nothing on a rebuild of the same corpus", () => {
    const articles = [doc("a", "John Smith met Kamen.", [["John Smith", "person"], ["Kamen", "person"]])];
    const { merged, ledger } = grow(...articles);
    expect(ledger).toEqual([
      { id: "john-smith", from: "john-smith", kind: "person" },
      { id: "kamen", from: "kamen", kind: "person" },
    ]);
    expect(mergeCorpus(articles, undefined, ledger).newIds).toEqual([]);
    expect(merged.entities.map((e) => e.id)).toEqual(["john-smith", "kamen"]);
  });

  it("a merged surname that becomes ambiguous goes back to its own page, and the full name keeps one", () => {
    const a = doc("a", "Putin did not reply.", [["Putin", "person"]]);
    const b = doc("b", "Vladimir Putin spoke.", [["Vladimir Putin", "person"]]);
    const c = doc("c", "Lyudmila Putin spoke.", [["Lyudmila Putin", "person"]]);
    const { merged } = grow(a, b, c);
    expect(idOf(merged, "a", "Putin")).toBe("putin");
    expect(idOf(merged, "c", "Lyudmila Putin")).toBe("lyudmila-putin");
    expect(new Set(merged.entities.map((e) => e.id)).size).toBe(3);
  });

  it("the registry's ids win over the ledger", () => {
    const registry: Registry = { entries: [entry("vladimir-putin", "Vladimir Putin", "person")], suppress: [] };
    const ledger: PublishedId[] = [{ id: "putin", from: "putin", kind: "person" }];
    const r = link("Putin did not reply.", [["Putin", "person"]], { registry });
    const merged = mergeCorpus([{ slug: "a", annotations: { mentions: r.mentions, entities: r.entities, quotes: [] } }], registry, ledger);
    expect(merged.entities.map((e) => e.id)).toEqual(["vladimir-putin"]);
  });
});

describe("an honorific of the other sex", () => {
  const trump: Registry = { entries: [entry("donald-trump", "Donald Trump", "person", { gender: "male" })], suppress: [] };
  it("'Mrs Trump' is not the registry's Donald Trump, in the article or across the corpus", () => {
    const text = "Donald Trump arrived on Friday. Mr Trump said it was an honour. Mrs Trump visited a school.";
    const r = link(text, [["Donald Trump", "person"], ["Trump", "person"], ["Trump", "person"]], { registry: trump });
    expect(r.ids).toEqual(["Donald Trump=donald-trump", "Trump=donald-trump", "Trump=trump"]);
    const lone = link("Mrs Trump visited a school.", [["Trump", "person"]], { registry: trump });
    expect(lone.ids).toEqual(["Trump=trump"]);
    const full = link("Donald Trump spoke.", [["Donald Trump", "person"]]);
    const merged = mergeCorpus([
      { slug: "a", annotations: { mentions: lone.mentions, entities: lone.entities, quotes: [] } },
      { slug: "b", annotations: { mentions: full.mentions, entities: full.entities, quotes: [] } },
    ]);
    expect(merged.docs[0]!.annotations.mentions[0]!.entityId).toBe("trump");
  });
  it("'Mr Trump' alone is still the registry's Donald Trump", () => {
    expect(link("Mr Trump visited a school.", [["Trump", "person"]], { registry: trump }).ids).toEqual(["Trump=donald-trump"]);
  });
});

describe("well-known short names", () => {
  it("an article that only says US links to the United States", () => {
    const r = link("US officials declined to comment.", [["US", "organization"]]);
    expect(r.ids).toEqual(["US=united-states"]);
    expect(r.entities[0]!.name).toBe("United States");
  });
});

describe("parts of countries and foreign acronyms", () => {
  it("a country is no short name of a region of it (`countrypart`), though it is of a country named with a compass word", () => {
    expect(link("The meteorite fell in Western Australia. Cameras across outback Australia caught it.", [["Western Australia", "place"], ["Australia", "place"]]).ids).toEqual(["Western Australia=western-australia", "Australia=australia"]);
    expect(link("South Korea said so. Korea will reply.", [["South Korea", "place"], ["Korea", "place"]]).ids).toEqual(["South Korea=south-korea", "Korea=south-korea"]);
  });
  it("an acronym hyphenated after one letter in brackets after a body's name is that body's ('New Flemish Alliance (N-VA)')", () => {
    expect(link("He leads the New Flemish Alliance (N-VA). The N-VA won.", [["New Flemish Alliance", "organization"], ["N-VA", "organization"], ["N-VA", "organization"]]).ids).toEqual(["New Flemish Alliance=new-flemish-alliance", "N-VA=new-flemish-alliance", "N-VA=new-flemish-alliance"]);
  });
});
