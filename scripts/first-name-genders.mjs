#!/usr/bin/env node
/**
 * Derives src/annotator/quotes/data/first-name-genders.json from @faker-js/faker's locale data (MIT):
 *
 *   npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
 *   node scripts/first-name-genders.mjs package/dist > src/annotator/quotes/data/first-name-genders.json
 *
 * A name is kept when every locale that lists it lists it under one sex only (and none as generic):
 * "Ursula" is female, "Donald" male, "Andrea" (female in English, male in Italian) left out.
 */
const dist = process.argv[2];
if (!dist) {
  console.error("usage: node scripts/first-name-genders.mjs FAKER_DIST_DIR");
  process.exit(2);
}
const LOCALES = ["en", "en_GB", "en_US", "en_AU", "en_IE", "en_CA", "en_IN", "en_ZA", "en_NG", "de", "fr", "es", "it", "pl", "nl", "pt_BR", "pt_PT", "sv", "nb_NO", "da", "fi", "cs_CZ", "sk", "hu", "ro", "hr", "tr", "id_ID", "vi", "lv", "uk", "ru", "el", "he", "ar"];
const seen = new Map();
const note = (name, sex) => {
  const set = seen.get(name) ?? new Set();
  set.add(sex);
  seen.set(name, set);
};
for (const locale of LOCALES) {
  let mod;
  try {
    mod = await import(`${dist.startsWith("/") ? "" : process.cwd() + "/"}${dist}/locale/${locale}.js`);
  } catch {
    continue;
  }
  const faker = Object.values(mod).find((v) => v && v.rawDefinitions);
  const firstNames = faker?.rawDefinitions?.person?.first_name;
  if (!firstNames || Array.isArray(firstNames)) continue;
  for (const sex of ["female", "male"]) {
    // Latin script only: the annotated text is English.
    for (const name of firstNames[sex] ?? []) if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(name) && /^[\p{Script=Latin}'’-]+$/u.test(name)) note(name, sex);
  }
  for (const name of firstNames.generic ?? []) note(name, "generic");
}
const out = { female: [], male: [] };
for (const [name, set] of [...seen].sort((a, b) => a[0].localeCompare(b[0]))) if (set.size === 1 && !set.has("generic")) out[[...set][0]].push(name);
console.log(JSON.stringify(out));
