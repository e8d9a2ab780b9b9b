/** Name lists for generated benchmark articles: enough combinations that entity pages grow with N. */
export const FIRST_NAMES = [
  "Amara", "Boris", "Chiara", "Dmitri", "Elena", "Farid", "Greta", "Hiroshi", "Ines", "Jonas", "Kamala", "Lars", "Mei", "Nikolai",
  "Olga", "Pablo", "Quentin", "Rania", "Sven", "Tomasz", "Ursula", "Viktor", "Wanjiru", "Xavier", "Yusuf", "Zofia", "Anders", "Beatriz",
  "Carlos", "Dalia", "Emil", "Fatima", "Gustav", "Hana", "Ivan", "Julia", "Kenji", "Leila", "Marco", "Nadia", "Oskar", "Priya", "Rafael",
  "Sofia", "Tariq", "Ulla", "Vera", "Walter", "Yara", "Zoran", "Aisha", "Bruno", "Clara", "Diego", "Eva", "Felix", "Gabriela", "Henrik",
  "Ingrid", "Jamal", "Katarina", "Luca", "Maria", "Nils", "Omar", "Petra", "Rosa", "Stefan", "Tereza", "Uwe", "Valentina", "Wojciech",
];
export const SURNAMES = [
  "Abbott", "Bergström", "Castellano", "Dobrev", "Eriksen", "Fontaine", "Galanis", "Horvat", "Ivanova", "Jankowski", "Kowalczyk", "Lindqvist",
  "Moreau", "Novak", "Okafor", "Petrov", "Quiroga", "Rasmussen", "Schulz", "Tanaka", "Ulrich", "Varga", "Weber", "Xu", "Yilmaz", "Zielinski",
  "Andersen", "Bauer", "Conti", "Dimitrov", "Esposito", "Fischer", "Gruber", "Hansen", "Iqbal", "Jensen", "Kovacs", "Larsen", "Mazur",
  "Nielsen", "Olsen", "Popescu", "Rossi", "Santos", "Toth", "Urban", "Vasquez", "Wagner", "Young", "Zimmermann", "Almeida", "Brennan",
  "Costa", "Duarte", "Ekström", "Ferreira", "Gallagher", "Haddad", "Ionescu", "Jovanovic", "Keller", "Lehmann", "Marino", "Nowak",
  "Oliveira", "Pereira", "Quinn", "Ricci", "Sandoval", "Tkachenko", "Ustinov", "Vidal", "Walsh", "Yamamoto", "Zhang", "Morales", "Nkosi",
  "Osei", "Mensah", "Kariuki", "Ndlovu", "Banda", "Achebe", "Diallo", "Traoré", "Kone", "Mbeki", "Sato", "Suzuki", "Kim", "Park", "Nguyen",
];
export const PLACES = [
  "Aarhus", "Bergen", "Coimbra", "Dubrovnik", "Eindhoven", "Faro", "Graz", "Heidelberg", "Innsbruck", "Jyväskylä", "Kaunas", "Lyon",
  "Malmö", "Nantes", "Oulu", "Porto", "Quimper", "Rijeka", "Salzburg", "Tartu", "Uppsala", "Valencia", "Wrocław", "Zaragoza", "Antwerp",
  "Bilbao", "Cluj", "Debrecen", "Esbjerg", "Florence", "Gdańsk", "Hamburg", "Izmir", "Košice", "Leipzig", "Mombasa", "Nairobi", "Osaka",
  "Perth", "Quito", "Recife", "Seville", "Tampere", "Utrecht", "Vilnius", "Windhoek", "Yokohama", "Zurich", "Accra", "Bamako", "Cork",
];
export const ORGANIZATIONS = [
  "Northern Rail Authority", "Baltic Energy Council", "Institute of Coastal Studies", "Federal Water Agency", "Union of Dock Workers",
  "National Health Board", "Alpine Research Foundation", "Green Futures Party", "Metro Transit Company", "Atlantic Fisheries Commission",
  "Royal Academy of Music", "Central Statistics Office", "Civic Liberty Movement", "Eastern Grain Cooperative", "Open Data Society",
];
