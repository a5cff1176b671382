// The document rules that retype or join spans, run on spans given by hand:
// what the model makes of a made-up name changes with every retraining, so
// these rules are tested on the shapes a model can hand them, not on the
// shipped model's output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TokenSpan } from '../../../server/src/analysis/entities/names/decoder';
import { organisationsByContext } from '../../../server/src/analysis/entities/names/orgContext';
import { repairCompanyNames } from '../../../server/src/analysis/entities/names/companies';
import { CASE_LOWER, CASE_SHIFT, FLAG_ORG_SUFFIX, SHARE_BITS, emptyLexicon } from '../../../server/src/analysis/entities/names/lexicon';
import { hashString } from '../../../server/src/analysis/entities/names/hash';
import { lowerForm } from '../../../server/src/analysis/entities/names/normalize';
import { correctPlaces } from '../../../server/src/analysis/entities/names/geography';
import { repeatNames } from '../../../server/src/analysis/entities/names/consistency';
import { addHeadedNames } from '../../../server/src/analysis/entities/names/headedNames';
import { productsByContext } from '../../../server/src/analysis/entities/names/products';
import { repairSpans } from '../../../server/src/analysis/entities/names/repairs';
import { celestialBodies } from '../../../server/src/analysis/entities/names/celestial';
import { organisationFirstWords } from '../../../server/src/analysis/entities/names/orgFirstWords';
import { teamNicknames } from '../../../server/src/analysis/entities/names/nicknames';
import { markDerivedDemonyms } from '../../../server/src/analysis/entities/names/demonyms';

const PER = 0;
const ORG = 1;
const LOC = 2;
const MISC = 3;
const CLASS = ['person', 'organization', 'place', 'misc'];

/** One sentence's tokens (split at spaces) and the spans written as [first token index, tokens, class]. */
function setup(sentence: string, given: [number, number, number][]): { forms: string[][]; spans: TokenSpan[] } {
  return { forms: [sentence.split(' ')], spans: given.map(([start, length, cls]) => ({ sentence: 0, start, end: start + length, cls })) };
}

const shown = (forms: string[][], spans: TokenSpan[]): string[] =>
  spans.filter((s) => s.end > s.start).map((s) => `${CLASS[s.cls]}:${forms[s.sentence]!.slice(s.start, s.end).join(' ')}`);

test('a name of several words after "analysts at" or "an analyst at" is a firm, and so is the same name elsewhere', () => {
  const { forms, spans } = setup('Analysts at Perrin Marlow said Perrin Marlow expects cuts', [[2, 2, LOC], [5, 2, LOC]]);
  assert.deepEqual(shown(forms, organisationsByContext(spans, forms)), ['organization:Perrin Marlow', 'organization:Perrin Marlow']);
  const single = setup('said Tomas Beck , a retail analyst at Crestline Research .', [[1, 2, PER], [8, 2, LOC]]);
  assert.deepEqual(shown(single.forms, organisationsByContext(single.spans, single.forms)), ['person:Tomas Beck', 'organization:Crestline Research']);
  // A town after "at" with no profession before it stays a place.
  const town = setup('The talks at Perrin Marlow ended', [[3, 2, LOC]]);
  assert.deepEqual(shown(town.forms, organisationsByContext(town.spans, town.forms)), ['place:Perrin Marlow']);
});

test('a nationality before an association of members is the first word of its name; before a ministry it stays apart', () => {
  const association = setup('according to the South African Poultry Growers ’ Forum .', [[3, 2, MISC], [5, 4, ORG]]);
  repairCompanyNames(association.spans, association.forms, emptyLexicon());
  assert.deepEqual(shown(association.forms, association.spans), ['organization:South African Poultry Growers ’ Forum']);
  const opening = setup("The Brazilian Chicken Exporters ' Council said", [[1, 1, MISC], [2, 4, ORG]]);
  repairCompanyNames(opening.spans, opening.forms, emptyLexicon());
  assert.deepEqual(shown(opening.forms, opening.spans), ["organization:Brazilian Chicken Exporters ' Council"]);
  const ministry = setup('The Chinese Foreign Ministry said', [[1, 1, MISC], [2, 2, ORG]]);
  repairCompanyNames(ministry.spans, ministry.forms, emptyLexicon());
  assert.deepEqual(shown(ministry.forms, ministry.spans), ['misc:Chinese', 'organization:Foreign Ministry']);
});

test('an organisation ending in an institution word takes "of" and the capitalised words after it, even tagged apart', () => {
  const { forms, spans } = setup('The Ostrian Chamber of Commerce said the rules would raise costs .', [[1, 2, ORG], [4, 1, ORG]]);
  repairCompanyNames(spans, forms, emptyLexicon());
  assert.deepEqual(shown(forms, spans), ['organization:Ostrian Chamber of Commerce']);
});

test('a company word read as a one-word name of its own closes the name before it ("Harlow" + "Foods")', () => {
  const { forms, spans } = setup('LONDON - Harlow Foods is in talks', [[2, 1, PER], [3, 1, PER]]);
  repairCompanyNames(spans, forms, emptyLexicon());
  assert.deepEqual(shown(forms, spans), ['organization:Harlow Foods']);
});

test('a word after "de" inside a longer name, alone after "in", is a place ("Águas de Mindelo" … "in Mindelo")', () => {
  const { forms, spans } = setup('The utility , Águas de Mindelo , will open a plant in Mindelo .', [[3, 3, PER], [12, 1, PER]]);
  assert.deepEqual(shown(forms, correctPlaces(spans, forms, emptyLexicon())), ['person:Águas de Mindelo', 'place:Mindelo']);
  // A surname of a full name stays the person after "in" ("in Rusev's view" aside, people are rarely "in" someone).
  const person = setup('Anton Rusev spoke . Trust in Rusev fell .', [[0, 2, PER], [6, 1, PER]]);
  assert.deepEqual(shown(person.forms, correctPlaces(person.spans, person.forms, emptyLexicon())), ['person:Anton Rusev', 'person:Rusev']);
});

test('a saint’s building is one name ("St Luke" + "’s" + "Hospital"); a council or an association lends its first word the place', () => {
  const saint = setup("Shift workers at St Luke 's Hospital , cleaners , students", [[3, 2, LOC], [6, 1, LOC]]);
  repairCompanyNames(saint.spans, saint.forms, emptyLexicon());
  assert.deepEqual(shown(saint.forms, saint.spans.filter((s) => s.end > s.start)), ["place:St Luke 's Hospital"]);
  const body = setup("Brenford deserves better , says the Brenford Commuters ' Association .", [[0, 1, ORG], [6, 4, ORG]]);
  assert.deepEqual(shown(body.forms, correctPlaces(body.spans, body.forms, emptyLexicon())), ['place:Brenford', "organization:Brenford Commuters ' Association"]);
  // A company's first word is its short name, not a place.
  const firm = setup('Harlow rose 4 % . Harlow Foods said sales rose .', [[0, 1, ORG], [5, 2, ORG]]);
  assert.deepEqual(shown(firm.forms, correctPlaces(firm.spans, firm.forms, emptyLexicon())), ['organization:Harlow', 'organization:Harlow Foods']);
});

test('an organisation after a group’s possessive takes it ("the Women’s Tennis" + "Association")', () => {
  const { forms, spans } = setup("Novák rose , the Women 's Tennis Association said .", [[0, 1, PER], [7, 1, ORG]]);
  repairCompanyNames(spans, forms, emptyLexicon());
  assert.deepEqual(shown(forms, spans), ['person:Novák', "organization:Women 's Tennis Association"]);
  // A name's own possessive is no group's: "Novák 's Tennis Academy" stays as tagged.
  const own = setup("Novák 's Tennis Academy opened .", [[3, 1, ORG]]);
  repairCompanyNames(own.spans, own.forms, emptyLexicon());
  assert.deepEqual(shown(own.forms, own.spans), ['organization:Academy']);
});

test('a name ending in a glacier, a volcano or a fjord is a place', () => {
  const { forms, spans } = setup('The Rhône Glacier lost 1.4 km² of its area , and Mount Etna erupted near the Sognefjord Fjord .', [[1, 2, ORG], [11, 2, LOC], [16, 2, ORG]]);
  assert.deepEqual(shown(forms, correctPlaces(spans, forms, emptyLexicon())), ['place:Rhône Glacier', 'place:Mount Etna', 'place:Sognefjord Fjord']);
});

test('a multi-word name named once is the same name where its words recur tagged only in part ("Grocers" → "Coastline Grocers")', () => {
  const forms = [
    ['Coastline', 'Grocers', 'is', 'recalling', 'jars', '.'],
    ['Coastline', 'Grocers', 'chief', 'executive', 'Mei', 'Lin', 'Wong', 'said', '.'],
    ['Port', 'Elden', 'votes', 'in', 'Port', 'Elden', '.'],
  ];
  const spans: TokenSpan[] = [
    { sentence: 0, start: 1, end: 2, cls: ORG },
    { sentence: 1, start: 0, end: 2, cls: ORG },
    { sentence: 1, start: 4, end: 7, cls: PER },
    { sentence: 2, start: 1, end: 2, cls: LOC },
    { sentence: 2, start: 4, end: 6, cls: LOC },
  ];
  assert.deepEqual(shown(forms, repeatNames(spans, forms)), [
    'organization:Coastline Grocers', 'organization:Coastline Grocers', 'person:Mei Lin Wong', 'place:Port Elden', 'place:Port Elden',
  ]);
});

test('a one-word name between an article and a kind of firm named next to it is the firm’s town; a nationality stays one', () => {
  const before = setup('built by the Pune firm Chitrakoot Systems .', [[3, 1, ORG], [5, 2, ORG]]);
  assert.deepEqual(shown(before.forms, organisationsByContext(before.spans, before.forms)), ['place:Pune', 'organization:Chitrakoot Systems']);
  const apposition = setup('Halden Foods , a Leeds grocer founded in 1890', [[0, 2, ORG], [4, 1, ORG]]);
  assert.deepEqual(shown(apposition.forms, organisationsByContext(apposition.spans, apposition.forms)), ['organization:Halden Foods', 'place:Leeds']);
  const alone = setup('The Tata group said profits rose', [[1, 1, ORG]]);
  assert.deepEqual(shown(alone.forms, organisationsByContext(alone.spans, alone.forms)), ['organization:Tata']);
  const nationality = setup('3 people , an Algerian newspaper said', [[4, 1, MISC]]);
  assert.deepEqual(shown(nationality.forms, organisationsByContext(nationality.spans, nationality.forms)), ['misc:Algerian']);
});

test('"the" and capitalised words ending in a body\'s head are an organisation, before a river a place; an adjective the training text knows stays one', () => {
  const knownMisc = (w: string): boolean => w === 'Welsh';
  const body = setup('The World Food Programme cut rations', []);
  assert.deepEqual(shown(body.forms, addHeadedNames(body.spans, body.forms, knownMisc)), ['organization:World Food Programme']);
  const misc = setup('The World Food Programme cut rations', [[1, 3, MISC]]);
  assert.deepEqual(shown(misc.forms, addHeadedNames(misc.spans, misc.forms, knownMisc)), ['organization:World Food Programme']);
  const river = setup('floods along the Orin river', [[3, 1, MISC]]);
  assert.deepEqual(shown(river.forms, addHeadedNames(river.spans, river.forms, knownMisc)), ['place:Orin']);
  const adjective = setup('rain over the Welsh hills', [[3, 1, MISC]]);
  assert.deepEqual(shown(adjective.forms, addHeadedNames(adjective.spans, adjective.forms, knownMisc)), ['misc:Welsh']);
  // A name the model found is left alone; so is a capitalised word that is no body's head.
  const tagged = setup('The Federal Reserve Board met', [[1, 2, ORG]]);
  assert.deepEqual(shown(tagged.forms, addHeadedNames(tagged.spans, tagged.forms, knownMisc)), ['organization:Federal Reserve']);
  const plain = setup('The Big Short opens', []);
  assert.deepEqual(shown(plain.forms, addHeadedNames(plain.spans, plain.forms, knownMisc)), []);
});

test('a trade word closing a two-word name makes it a company ("Vestmar Offshore", "Halcyon Power"); a trade in -men opens a members\' body after "The"', () => {
  const firm = setup('Vestmar Offshore , a joint venture of the utility Halcyon Power , won', [[0, 2, PER], [9, 2, PER]]);
  repairCompanyNames(firm.spans, firm.forms, emptyLexicon());
  assert.deepEqual(shown(firm.forms, firm.spans), ['organization:Vestmar Offshore', 'organization:Halcyon Power']);
  const body = setup("The Coastal Fishermen 's Federation said", [[2, 3, ORG]]);
  repairCompanyNames(body.spans, body.forms, emptyLexicon());
  assert.deepEqual(shown(body.forms, body.spans), ["organization:Coastal Fishermen 's Federation"]);
});

test('"Primary" closing a two-word name makes it a school ("Linden Primary")', () => {
  const school = setup('walks to Linden Primary in five minutes', [[2, 2, PER]]);
  repairCompanyNames(school.spans, school.forms, emptyLexicon());
  assert.deepEqual(shown(school.forms, school.spans), ['organization:Linden Primary']);
});

test('a name the article sells ("sold as Arachira", "the brand name Nova") is a brand, no organisation, wherever named alike', () => {
  const sold = setup('The drug , sold as Arachira by Solvik Pharma , works . Analysts say Arachira costs more', [[5, 1, ORG], [7, 2, ORG], [14, 1, PER]]);
  assert.deepEqual(shown(sold.forms, productsByContext(sold.spans, sold.forms)), ['misc:Arachira', 'organization:Solvik Pharma', 'misc:Arachira']);
  const brand = setup('sold under the brand name Nova in Europe', [[5, 1, ORG], [7, 1, LOC]]);
  assert.deepEqual(shown(brand.forms, productsByContext(brand.spans, brand.forms)), ['misc:Nova', 'place:Europe']);
  const firm = setup('shares in Nova rose', [[2, 1, ORG]]);
  assert.deepEqual(shown(firm.forms, productsByContext(firm.spans, firm.forms)), ['organization:Nova']);
});

test('an unseen capitalised word opening the sentence before a surname is the given name ("Thandiwe Mokoena met")', () => {
  const opening = setup('Thandiwe Mokoena met the leaders', [[1, 1, PER]]);
  assert.deepEqual(shown(opening.forms, repairSpans(opening.spans, opening.forms, emptyLexicon())), ['person:Thandiwe Mokoena']);
  const lower = setup('today Mokoena met the leaders', [[1, 1, PER]]);
  assert.deepEqual(shown(lower.forms, repairSpans(lower.spans, lower.forms, emptyLexicon())), ['person:Mokoena']);
});

test('"processors called Halcyon" is a brand; "the Granite Forward political action committee" a body; Sun and Moon beside Earth are places', () => {
  const product = setup('a line of processors called Halcyon . The Halcyon chips sold well', [[5, 1, ORG], [8, 1, ORG]]);
  assert.deepEqual(shown(product.forms, productsByContext(product.spans, product.forms)), ['misc:Halcyon', 'misc:Halcyon']);
  const company = setup('he founded a company called Vantor', [[5, 1, ORG]]);
  assert.deepEqual(shown(company.forms, productsByContext(company.spans, company.forms)), ['organization:Vantor']);
  const body = setup('The Granite Forward political action committee spent $95,000', [[1, 2, LOC]]);
  assert.deepEqual(shown(body.forms, organisationsByContext(body.spans, body.forms)), ['organization:Granite Forward']);
  const club = setup('two goals over the Moscow club', [[4, 1, LOC]]);
  assert.deepEqual(shown(club.forms, organisationsByContext(club.spans, club.forms)), ['place:Moscow']);
  const sky = setup('where the Sun , Earth and Moon stay', [[2, 1, ORG], [4, 1, LOC], [6, 1, ORG]]);
  assert.deepEqual(shown(sky.forms, celestialBodies(sky.spans, sky.forms)), ['place:Sun', 'place:Earth', 'place:Moon']);
  const paper = setup('The Sun reported the resignation', [[1, 1, ORG]]);
  assert.deepEqual(shown(paper.forms, celestialBodies(paper.spans, paper.forms)), ['organization:Sun']);
});

test('the first word of an organisation named in the article, alone before a noun, is its short name, unless it derives from a place', () => {
  const short = setup('The Aurelian Institute for Space Science built it . every Aurelian mission', [[1, 5, ORG], [10, 1, MISC]]);
  assert.deepEqual(shown(short.forms, organisationFirstWords(short.spans, short.forms, emptyLexicon())), ['organization:Aurelian Institute for Space Science', 'organization:Aurelian']);
  const demonym = setup('The Valmoran Federation spoke . Valmora grew . the Valmoran economy', [[1, 2, ORG], [5, 1, LOC], [9, 1, MISC]]);
  assert.deepEqual(shown(demonym.forms, organisationFirstWords(demonym.spans, demonym.forms, emptyLexicon())), ['organization:Valmoran Federation', 'place:Valmora', 'misc:Valmoran']);
});

test('a one-word name between a possessive and a site of the organisation is where the site is ("the FBI\'s Cleveland field office")', () => {
  const office = setup("The FBI 's Cleveland field office confirmed it", [[1, 1, ORG], [3, 1, ORG]]);
  assert.deepEqual(shown(office.forms, organisationsByContext(office.spans, office.forms)), ['organization:FBI', 'place:Cleveland']);
  const plant = setup("Vela 's Leipzig plant will close", [[0, 1, ORG], [2, 1, PER]]);
  assert.deepEqual(shown(plant.forms, organisationsByContext(plant.spans, plant.forms)), ['organization:Vela', 'place:Leipzig']);
  // Not after a possessive, or before no site: left as the model had it.
  const owner = setup("Vela 's Leipzig unit will close", [[0, 1, ORG], [2, 1, ORG]]);
  assert.deepEqual(shown(owner.forms, organisationsByContext(owner.spans, owner.forms)), ['organization:Vela', 'organization:Leipzig']);
});

test('"Health" closes a company\'s name ("Bayline Health")', () => {
  const { forms, spans } = setup('scheduling at Bayline Health in Tampa', [[2, 2, LOC], [5, 1, LOC]]);
  repairCompanyNames(spans, forms, emptyLexicon());
  assert.deepEqual(shown(forms, spans), ['organization:Bayline Health', 'place:Tampa']);
});

test('a team named in full ("the Harlow Hawks") is named by its plural nickname after "the"; a trade word is no nickname', () => {
  const team = setup('the Harlow Hawks won . The Hawks lost . Hawks fly', [[1, 2, ORG], [6, 1, MISC]]);
  assert.deepEqual(shown(team.forms, teamNicknames(team.spans, team.forms)), ['organization:Harlow Hawks', 'organization:Hawks']);
  const firm = setup('Harlow Foods said the Foods division grew', [[0, 2, ORG]]);
  assert.deepEqual(shown(firm.forms, teamNicknames(firm.spans, firm.forms)), ['organization:Harlow Foods']);
});

test('an untagged word in camel case right before an organisation opens its name ("MacroPolicy Perspectives")', () => {
  const { forms, spans } = setup('said Julia Coronado , founder of MacroPolicy Perspectives .', [[1, 2, PER], [7, 1, ORG]]);
  repairCompanyNames(spans, forms, emptyLexicon());
  assert.deepEqual(shown(forms, spans), ['person:Julia Coronado', 'organization:MacroPolicy Perspectives']);
  // A plain capitalised word is no brand spelling.
  const plain = setup('founder of Macro Perspectives .', [[3, 1, ORG]]);
  repairCompanyNames(plain.spans, plain.forms, emptyLexicon());
  assert.deepEqual(shown(plain.forms, plain.spans), ['organization:Perspectives']);
});

test('a demonym in "-i" made from a place the article names ("Korvastani" beside "Korvastan") is no person; a place in "-an" is its base', () => {
  const { forms, spans } = setup('Korvastani troops shelled posts . Korvastan denied it', [[0, 1, PER], [5, 1, LOC]]);
  assert.deepEqual(shown(forms, markDerivedDemonyms(spans, forms, emptyLexicon())), ['misc:Korvastani', 'place:Korvastan']);
});

test('an untagged word in camel case is a firm or a brand ("ShipLoop"); a surname spelled so is not ("McDonald")', () => {
  const { forms, spans } = setup('Shares of rival ShipLoop rose , McDonald said .', []);
  const out = repairSpans(spans, forms, emptyLexicon());
  assert.deepEqual(shown(forms, out), ['organization:ShipLoop']);
});

test('two untagged capitalised words, the second a trade word, are a firm ("Network Rail"); an opening determiner or adjective is none', () => {
  const { forms, spans } = setup('Network Rail has suspended trains . Renewable Energy is growing .', []);
  assert.deepEqual(shown(forms, repairSpans(spans, forms, emptyLexicon())), ['organization:Network Rail']);
});

test('a place the model named with a plural possessive and an organisation\'s head is a body of members ("Hospital Doctors\' Union")', () => {
  const { forms, spans } = setup("The Hospital Doctors ' Union , which represents doctors , said so .", [[1, 4, LOC]]);
  const lexicon = emptyLexicon();
  lexicon.words.set(hashString(lowerForm('Union')), FLAG_ORG_SUFFIX);
  assert.deepEqual(shown(forms, repairSpans(spans, forms, lexicon)), ["organization:Hospital Doctors ' Union"]);
  // Without the plural possessive a place stays one ("the Soviet Union" is a place in the training text).
  const soviet = setup('the Soviet Union fell .', [[1, 2, LOC]]);
  assert.deepEqual(shown(soviet.forms, repairSpans(soviet.spans, soviet.forms, lexicon)), ['place:Soviet Union']);
});

test('an organisation in a Romance language goes on over its particle and article ("… de Trabajadores del Cobre", "Banco Central de la República"); a place does not', () => {
  const { forms, spans } = setup('the Sindicato Unificado de Trabajadores del Cobre , the Banco Central de la República Argentina and Ana de Souza met in Paris de Noche', [[1, 4, ORG], [9, 2, ORG], [13, 2, LOC], [16, 1, PER], [18, 1, PER], [21, 1, LOC]]);
  assert.deepEqual(shown(forms, repairSpans(spans, forms, emptyLexicon())), ['organization:Sindicato Unificado de Trabajadores del Cobre', 'organization:Banco Central de la República Argentina', 'person:Ana de Souza', 'place:Paris']);
});

test('a court is a body\'s head, and its name goes on over a second "for"/"of" ("the Court of Arbitration for Sport"); a lone capital after "the" is none', () => {
  const knownMisc = (): boolean => false;
  const court = setup('she would appeal to the Court of Arbitration for Sport , and the Court agreed', []);
  assert.deepEqual(shown(court.forms, addHeadedNames(court.spans, court.forms, knownMisc)), ['organization:Court of Arbitration for Sport']);
});

test('an organisation head tagged alone takes the capitalised words before it ("Leeds General Infirmary"); two places\' shared force is one ("Devon and Cornwall Police"); a double-barrelled surname joins its name', () => {
  const { forms, spans } = setup('staff at Leeds General Infirmary and Transparency International said Devon and Cornwall Police called Justice Adebola Okonkwo-Bello', [[2, 1, ORG], [4, 1, ORG], [6, 1, LOC], [7, 1, ORG], [9, 1, LOC], [11, 2, ORG], [15, 1, PER]]);
  assert.deepEqual(shown(forms, repairSpans(spans, forms, emptyLexicon())), ['organization:Leeds General Infirmary', 'organization:Transparency International', 'organization:Devon and Cornwall Police', 'person:Adebola Okonkwo-Bello']);
});

test('an organisation after a Romance particle takes the name before it ("Partido dos Trabalhadores"); a person\'s particle is left to the person rules', () => {
  const { forms, spans } = setup('the Partido dos Trabalhadores won and Ana de Souza spoke', [[1, 1, LOC], [3, 1, ORG], [6, 1, PER], [8, 1, PER]]);
  assert.deepEqual(shown(forms, repairSpans(spans, forms, emptyLexicon())), ['organization:Partido dos Trabalhadores', 'person:Ana de Souza']);
});

test('a body\'s generic head takes the words before it ("US Food and Drug Administration", "Information Commissioner\'s Office", "Scottish Government"); a service named by its place is one ("Police Scotland", "Transport for London")', () => {
  const { forms, spans } = setup('the US Food and Drug Administration , the Information Commissioner \'s Office , the Scottish Government , Police Scotland and Transport for London met in Scotland', [[1, 2, MISC], [4, 2, ORG], [11, 1, ORG], [14, 1, MISC], [15, 1, ORG], [18, 1, LOC], [22, 1, LOC], [25, 1, LOC]]);
  assert.deepEqual(shown(forms, repairSpans(spans, forms, emptyLexicon())), ['organization:US Food and Drug Administration', 'organization:Information Commissioner \'s Office', 'organization:Scottish Government', 'organization:Police Scotland', 'organization:Transport for London', 'place:Scotland']);
});

test('an office holder\'s office is one organisation ("Tillman County Sheriff\'s Office"), a place\'s office is not; a name opened at its "&" takes the words before it ("HM Revenue & Customs")', () => {
  const { forms, spans } = setup('the Tillman County Sheriff \'s Office , Ontario \'s Office and HM Revenue & Customs met', [[1, 3, LOC], [5, 1, ORG], [7, 1, LOC], [9, 1, ORG], [11, 1, ORG], [13, 2, ORG]]);
  assert.deepEqual(shown(forms, repairSpans(spans, forms, emptyLexicon())), ['organization:Tillman County Sheriff \'s Office', 'place:Ontario', 'organization:Office', 'organization:HM Revenue & Customs']);
});

test('unknown capitalised words after "led by" name a person; a disease is no name; an index\'s head is no organisation', () => {
  const { forms, spans } = setup('the ODM led by Raila Odinga won , a fund led by Goldman Group bought , Hepatitis D spread and the Dow Jones Industrial Average fell', [[1, 1, ORG], [4, 2, ORG], [12, 2, ORG], [16, 2, ORG], [21, 2, MISC], [24, 1, ORG]]);
  const lexicon = emptyLexicon();
  lexicon.words.set(hashString('group'), FLAG_ORG_SUFFIX);
  assert.deepEqual(shown(forms, repairSpans(spans, forms, lexicon)), ['organization:ODM', 'person:Raila Odinga', 'organization:Goldman Group', 'misc:Dow Jones', 'misc:Average']);
});

test('a body named by a list of fields is one name ("Ministry of Trade, Industry and Energy", "Rail, Tram and Bus Union"); a place after a comma is no part of a name ("Ministry of Defence, Britain and France")', () => {
  const lexicon = emptyLexicon();
  for (const w of ['Industry', 'Energy', 'Rail', 'Bus']) lexicon.words.set(hashString(lowerForm(w)), CASE_LOWER << CASE_SHIFT);
  lexicon.words.set(hashString(lowerForm('Union')), FLAG_ORG_SUFFIX);
  lexicon.words.set(hashString(lowerForm('Britain')), 3 << (2 * SHARE_BITS));
  const { forms, spans } = setup('the Ministry of Trade , Industry and Energy , the Rail , Tram and Bus Union and the Ministry of Defence , Britain and France met', [[1, 3, ORG], [5, 1, ORG], [12, 1, LOC], [14, 2, ORG], [18, 5, ORG], [24, 1, LOC]]);
  assert.deepEqual(shown(forms, repairSpans(spans, forms, lexicon)), ['organization:Ministry of Trade , Industry and Energy', 'organization:Rail , Tram and Bus Union', 'organization:Ministry of Defence', 'place:Britain', 'place:France']);
});
