/**
 * Names that mean the same place or body in general English news, whatever the article: short forms
 * of countries, blocs and a few institutions. Only equivalences that hold everywhere belong here; anything that depends on the
 * story belongs in the editor's registry.
 */
const GROUPS: string[][] = [
  ["United States", "United States of America", "US", "USA", "America", "U.S.", "U.S.A."],
  ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
  ["United Nations", "UN", "U.N."],
  ["European Union", "EU", "E.U."],
  ["Soviet Union", "USSR", "U.S.S.R."],
  ["United Arab Emirates", "UAE", "U.A.E."],
  ["Democratic Republic of the Congo", "DR Congo", "DRC"],
  ["North Atlantic Treaty Organization", "NATO", "Nato"],
  ["Russia", "Russian Federation"],
  ["China", "People's Republic of China", "PRC"],
  ["South Korea", "Republic of Korea", "Korea Republic"],
  ["North Korea", "Democratic People's Republic of Korea", "DPRK"],
  ["Netherlands", "Holland"],
  ["Czech Republic", "Czechia"],
  ["Myanmar", "Burma"],
  ["Ivory Coast", "Côte d'Ivoire"],
  ["Turkey", "Türkiye"],
  // (News calls Iran "the Islamic Republic" after naming it.)
  ["Iran", "Islamic Republic of Iran", "Islamic Republic"],
  ["The Hague", "Hague"],
  // (GUM marks "Washington, D.C." as two places; both are the city.)
  ["Washington", "Washington, D.C.", "Washington D.C.", "Washington DC", "D.C."],
  ["Gaza Strip", "Gaza"],
  ["Falkland Islands", "Falklands"],
  // Canadian provinces as Canadian papers abbreviate them.
  ["British Columbia", "B.C."],
  ["Prince Edward Island", "P.E.I."],
  // US states as AP style abbreviates them after a city ("RICHMOND, Va."), with their period only:
  // without it they are surnames and words ("Naoto Kan ... Kan said", "Miss", "La").

  ...[
    ["Alabama", "Ala"], ["Arizona", "Ariz"], ["Arkansas", "Ark"], ["California", "Calif"], ["Colorado", "Colo"], ["Connecticut", "Conn"],
    ["Delaware", "Del"], ["Florida", "Fla"], ["Georgia", "Ga"], ["Illinois", "Ill"], ["Indiana", "Ind"], ["Kansas", "Kan"], ["Kentucky", "Ky"],
    ["Louisiana", "La"], ["Maryland", "Md"], ["Massachusetts", "Mass"], ["Michigan", "Mich"], ["Minnesota", "Minn"], ["Mississippi", "Miss"],
    ["Missouri", "Mo"], ["Montana", "Mont"], ["Nebraska", "Neb"], ["Nevada", "Nev"], ["New Hampshire", "N.H"], ["New Jersey", "N.J"],
    ["New Mexico", "N.M"], ["New York", "N.Y"], ["North Carolina", "N.C"], ["North Dakota", "N.D"], ["Oklahoma", "Okla"], ["Oregon", "Ore"],
    ["Pennsylvania", "Pa"], ["Rhode Island", "R.I"], ["South Carolina", "S.C"], ["South Dakota", "S.D"], ["Tennessee", "Tenn"], ["Texas", "Tex"],
    ["Vermont", "Vt"], ["Virginia", "Va"], ["Washington State", "Wash"], ["West Virginia", "W.Va"], ["Wisconsin", "Wis"], ["Wyoming", "Wyo"],
  ].map(([state, abbr]) => [state!, `${abbr}.`]),
  // Clubs every sports desk shortens the same way.
  ["Manchester United", "Man Utd", "Man United"],
  ["Manchester City", "Man City"],
  ["Tottenham Hotspur", "Spurs"],
  ["Paris Saint-Germain", "PSG"],
  ["Bayern Munich", "Bayern", "FC Bayern"],
  ["Inter Milan", "Inter", "Internazionale"],
  ["Atlético Madrid", "Atlético", "Atletico Madrid"],
  ["Borussia Dortmund", "BVB"],
  // Parties by their members' adjective or a short form.
  ["Liberal Democrats", "Lib Dems", "Liberal Democrat"],
  // Institutions every English-language newsroom shortens the same way.
  ["Federal Reserve", "Fed", "US Federal Reserve", "U.S. Federal Reserve"],
  ["Bank of England", "BoE"],
  // UN agencies whose acronyms are not their English names' initials.
  // (Named by the acronym, as news names them.)
  ["UNICEF", "United Nations Children's Fund", "Unicef", "UN Children's Fund"],
  ["UNHCR", "United Nations High Commissioner for Refugees", "UN High Commissioner for Refugees"],
  ["UNESCO", "United Nations Educational, Scientific and Cultural Organization", "Unesco"],
  ["UNRWA", "United Nations Relief and Works Agency for Palestine Refugees in the Near East"],
  ["Law and Justice", "PiS"],
  ["Karolinska Institute", "Karolinska Institutet", "Karolinska"],
  ["ETH Zurich", "Swiss Federal Institute of Technology", "ETH"],
  ["LVMH", "Moët Hennessy Louis Vuitton"],
  ["Alternative for Germany", "AfD"],
  ["Christian Democratic Union", "CDU"],
  ["Social Democratic Party", "SPD"],
  ["South African National Parks", "SANParks"],
  // Companies every business desk shortens the same way.
  ["Volkswagen", "VW", "Volkswagen Group"],
  ["General Motors", "GM"],
  ["Marks & Spencer", "M&S"],
  ["Procter & Gamble", "P&G"],
  ["Johnson & Johnson", "J&J"],
  ["Rolls-Royce", "Rolls-Royce Holdings"],
  ["Hewlett-Packard", "HP"],
  ["Goldman Sachs", "Goldman"],
  ["Morgan Stanley"],
  ["JPMorgan Chase", "JPMorgan", "JP Morgan"],
  ["Bank of America", "BofA"],
];

const canonical = new Map<string, string>();
for (const group of GROUPS) for (const name of group) canonical.set(name, group[0]!);

/** The canonical form of a well-known name ("America" -> "United States"), or the name itself. */
export function knownCanonical(name: string): string {
  // ("U.S" when the sentence's full stop took the abbreviation's last period.)
  return canonical.get(name) ?? canonical.get(name.replace(/^the /i, "")) ?? (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(name) ? canonical.get(`${name}.`) : undefined) ?? name;
}
