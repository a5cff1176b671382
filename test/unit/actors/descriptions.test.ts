import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { check } from './check';

test('"the company" refers back to the company across paragraphs; "the city" does not', () => {
  const r = check(
    'Halvard Foods will close two plants, the company said on Monday.\n\nThe city of Brenn will lose 400 jobs.\n\nThe company expects savings of $20 million.',
    { 'Halvard Foods': 'organization', Brenn: 'place' },
  );
  assert.equal(r.actorOf('the company')?.name, 'Halvard Foods');
  assert.equal(r.actorOf('The company')?.name, 'Halvard Foods');
  assert.equal(r.actorOf('The city'), undefined);
});

test('a description headed by the organisation\'s own noun finds it, not the most recent organisation', () => {
  const r = check(
    'The Coastal Water Authority raised prices. Tarn Media reported the move. The authority blamed drought.',
    { 'Coastal Water Authority': 'organization', 'Tarn Media': 'organization' },
  );
  assert.equal(r.actorOf('The authority')?.name, 'Coastal Water Authority');
});

test('a role learned from a title makes "the <role>" and "the <nationality> leader" refer back', () => {
  const r = check(
    'Chilean President Rosa Ibarra met her Peruvian counterpart Luis Quispe in Lima. Quispe welcomed the Chilean leader. The president thanked him.',
    { 'Rosa Ibarra': 'person', 'Luis Quispe': 'person', Quispe: 'person', Chilean: 'nationality', Peruvian: 'nationality', Lima: 'place' },
  );
  assert.equal(r.actorOf('her Peruvian counterpart')?.name, 'Luis Quispe');
  assert.equal(r.actorOf('the Chilean leader')?.name, 'Rosa Ibarra');
  assert.equal(r.actorOf('The president')?.name, 'Rosa Ibarra');
  assert.equal(r.actorOf('him')?.name, 'Luis Quispe');
});

test('an apposition describes the name beside it, before or after', () => {
  const r = check(
    'Jon Maas, 61, a former postal worker, won the seat. The Dune Trust backed him. Its chair, Ada Wolk, said so.',
    { 'Jon Maas': 'person', 'Dune Trust': 'organization', 'Ada Wolk': 'person' },
  );
  assert.equal(r.actorOf('a former postal worker')?.name, 'Jon Maas');
  assert.equal(r.actorOf('Its chair')?.name, 'Ada Wolk');
  assert.equal(r.actorOf('Its')?.name, 'Dune Trust');
});

test('an age description finds the person of that age; a role nobody holds is no mention', () => {
  const r = check(
    'Ines Roth, 47, leads the team. Paul Amsel, 52, left it. The 47-year-old said the judge was wrong.',
    { 'Ines Roth': 'person', 'Paul Amsel': 'person' },
  );
  assert.equal(r.actorOf('The 47-year-old')?.name, 'Ines Roth');
  assert.equal(r.actorOf('the judge'), undefined);
});

test('a named possessor opens an apposition ("Nexora’s chief executive, Tom Hill"); the name inside stays a name', () => {
  const r = check('Nexora Corp cut jobs. Nexora’s chief executive, Tom Hill, said sorry. Hill’s deputy, Ann Cole, left.', {
    'Nexora Corp': 'organization',
    Nexora: 'organization',
    'Tom Hill': 'person',
    Hill: 'person',
    'Ann Cole': 'person',
  });
  assert.equal(r.actorOf('Nexora’s chief executive')?.name, 'Tom Hill');
  assert.equal(r.actorOf('Nexora', 1)?.name, 'Nexora Corp');
  assert.equal(r.actorOf('Hill’s deputy')?.name, 'Ann Cole');
});

test('an apposition before a name may hold a plural possessor and a phrase after its role ("The United Nations\' humanitarian coordinator for the region, Samuel Okonkwo")', () => {
  const r = check("The United Nations' humanitarian coordinator for the region, Samuel Okonkwo, said he was alarmed. The agency's coordinator, Ana Ruiz, left.", {
    'United Nations': 'organization',
    'Samuel Okonkwo': 'person',
    'Ana Ruiz': 'person',
  });
  assert.equal(r.actorOf("The United Nations' humanitarian coordinator")?.name, 'Samuel Okonkwo');
  assert.equal(r.actorOf("The agency's coordinator")?.name, 'Ana Ruiz');
});

test('the organisation the article keeps returning to is "the company", not the one named in passing', () => {
  const r = check(
    'Nexora Corp will cut jobs. Nexora said sales fell. The company blamed costs. Analysts at Birch Capital were not surprised. The company will report again in May.',
    { 'Nexora Corp': 'organization', Nexora: 'organization', 'Birch Capital': 'organization' },
  );
  assert.equal(r.actorOf('The company', 1)?.name, 'Nexora Corp');
});

test('an apposition teaches an organisation what it is ("X FC, the club …" makes "the club" refer to it)', () => {
  const r = check('Harlow Town FC, the club Ed Bale supported, was silent. The club said its thoughts were with the family. The council said nothing.', {
    'Harlow Town FC': 'organization',
    'Ed Bale': 'person',
  });
  assert.equal(r.actorOf('the club')?.name, 'Harlow Town FC');
  assert.equal(r.actorOf('The club')?.name, 'Harlow Town FC');
  assert.equal(r.actorOf('its')?.name, 'Harlow Town FC');
  assert.equal(r.actorOf('The council'), undefined);
});

test('a generic noun does not reach back to an organisation named once, many sentences ago', () => {
  const filler = ' Prices rose. Farmers worried. Talks stalled. Rain fell. Ports closed. Markets dipped. Trade slowed.';
  const r = check(`LIMA (Andes Wire) - Peru raised tariffs.${filler} Chile is the largest copper producer in the region.`, {
    'Andes Wire': 'organization',
    Peru: 'place',
    Chile: 'place',
  });
  assert.equal(r.actorOf('the largest copper producer'), undefined);
  assert.equal(r.actor('Andes Wire').mentions.length, 1);
});

test('a newspaper is "the newspaper", not "the firm"', () => {
  const r = check('The Marlow Tribune reported that he once worked for Pell Logistics. The firm said it was cooperating. Reyes told the newspaper nothing.', {
    'Marlow Tribune': 'organization',
    'Pell Logistics': 'organization',
    Reyes: 'person',
  });
  assert.equal(r.actorOf('The firm')?.name, 'Pell Logistics');
  assert.equal(r.actorOf('the newspaper')?.name, 'Marlow Tribune');
});

test('a description right before an organisation\'s name is that organisation ("the Swedish engineering group Atlas Verk")', () => {
  const r = check('Mona Aasen joined Halden from the Swedish engineering group Atlas Verk in 2021.', {
    'Mona Aasen': 'person',
    Halden: 'organization',
    'Atlas Verk': 'organization',
    Swedish: 'nationality',
  });
  assert.equal(r.actorOf('the Swedish engineering group')?.name, 'Atlas Verk');
  assert.equal(r.mentionOf('Atlas Verk')?.kind, 'name');
});

test('a role word used as an adjective ("the official tally", "the chief reason") describes no one; "the official said" does', () => {
  const r = check(
    'Dr. Marta Sequeira counted 1,120 deaths, against 790 in the official tally. The chief reason was heat. The official figures were lower. An aide to Ana Ruiz spoke first. The official said the count was low.',
    { 'Marta Sequeira': 'person', 'Ana Ruiz': 'person' },
  );
  assert.equal(r.mentionOf('the official'), undefined);
  assert.equal(r.mentionOf('The chief'), undefined);
  assert.equal(r.mentionOf('The official', 0), undefined);
  assert.ok(r.mentionOf('The official', 1), 'the official who said it is a description');
});

test('a kin description before "the painter Name" is in apposition to that name', () => {
  const r = check('Irena Kowalczyk died on Saturday. Her son, Marek Kowalczyk, confirmed it. Her husband, the painter Jan Kowalczyk, died in 2010.', {
    'Irena Kowalczyk': 'person',
    'Marek Kowalczyk': 'person',
    'Jan Kowalczyk': 'person',
  });
  assert.equal(r.actorOf('Her husband')?.name, 'Jan Kowalczyk');
  assert.equal(r.actorOf('Her son')?.name, 'Marek Kowalczyk');
});

test('a description in apposition stops before a participle that opens a clause ("a start-up backed by …")', () => {
  const r = check(
    'Vyoma Dynamics, a Bengaluru start-up backed by private capital, placed a satellite in orbit. Nora Vance, a retired teacher, said the plan was wrong.',
    { 'Vyoma Dynamics': 'organization', Bengaluru: 'place', 'Nora Vance': 'person' },
  );
  assert.equal(r.actorOf('a Bengaluru start-up')?.name, 'Vyoma Dynamics');
  assert.equal(r.mentionOf('a Bengaluru start-up backed'), undefined);
  assert.equal(r.actorOf('a retired teacher')?.name, 'Nora Vance');
});

test('"my daughter" is nobody named; "the official" after "A district official" is that unnamed one; "the teachers\' union" is one description', () => {
  const r = check(
    'Superintendent Marisol Ortega spoke first. "My daughter walks to school," said Keisha Brandt.\n\nRosa Delgado voted no. A district official, who spoke on condition of anonymity because the official was not authorised to speak, said 45 posts would go.\n\nThe Ashford Education Association, the teachers\' union, called the vote a betrayal.',
    { 'Marisol Ortega': 'person', 'Keisha Brandt': 'person', 'Rosa Delgado': 'person', 'Ashford Education Association': 'organization' },
  );
  assert.equal(r.actorOf('My daughter'), undefined);
  assert.equal(r.actorOf('the official'), undefined);
  assert.equal(r.actorOf("the teachers' union")?.name, 'Ashford Education Association');
  assert.equal(r.mentionOf('the teachers'), undefined);
});

test('"the company" is the business the article names as one, not a recent organisation of unknown kind', () => {
  const r = check(
    'Corvel Partners, the largest hospital network in the state, lost patient data, it said. Senator Ruiz spoke at the Statehouse on Friday. Patients will get free monitoring, the company said.',
    { 'Corvel Partners': 'organization', 'Senator Ruiz': 'person', Statehouse: 'organization' },
  );
  assert.equal(r.actorOf('the company')?.name, 'Corvel Partners');
});

test('a network is a business: "the company" after "X, the largest hospital network" is X', () => {
  const r = check('Barrow Health, the largest hospital network in the region, cut 200 jobs. Later, the Vale Forum met. The company said costs rose.', {
    'Barrow Health': 'organization',
    'Vale Forum': 'organization',
  });
  assert.equal(r.actorOf('The company')?.name, 'Barrow Health');
});

test('a byline\'s writer is no antecedent: "the head of the service" before anyone else is named finds no one', () => {
  const r = check('By Eleanor Pryce, Health Correspondent\n\nWaiting lists will not fall, the head of the service has admitted. She said so on Tuesday.', {
    'Eleanor Pryce': 'person',
  });
  assert.equal(r.actorOf('the head'), undefined);
  assert.equal(r.actorOf('She'), undefined);
  assert.equal(r.actorOf('Eleanor Pryce')?.name, 'Eleanor Pryce');
});

test('a description before a titled name ("Korvastan\'s leader, Prime Minister Emil Tarasyan,") is that person, not the salient one', () => {
  const r = check('President Anya Dolgova spoke on Sunday. She called the attack a provocation.\n\nKorvastan\'s leader, Prime Minister Emil Tarasyan, said his country did not want war.', {
    'Anya Dolgova': 'person',
    'Emil Tarasyan': 'person',
    Korvastan: 'place',
  });
  assert.equal(r.actorOf("Korvastan's leader")?.name, 'Emil Tarasyan');
});

test('"the agency" fits a public body of any name ("… World Food Programme"); "its … agency" is someone else\'s', () => {
  const r = check('The United Nations World Food Programme said on Friday that 2.3 million people need aid.\n\nThe agency said it had received a fifth of the money. Its disaster management agency estimates losses.', {
    'United Nations World Food Programme': 'organization',
  });
  assert.equal(r.actorOf('The agency')?.name, 'United Nations World Food Programme');
  assert.equal(r.actorOf('Its disaster management agency'), undefined);
});

test('a central bank is no business ("the firm" is the commercial bank), and "the bloc" is a body of members, not a bank or a news agency', () => {
  const r = check(
    'The Eurosian Central Bank kept rates at 4.5% on Thursday. The bank said inflation was 2.6% across the bloc. Economists at Kestrel Bank expect four cuts. "The ECB has promised a June move," said Tomas Brandl, the firm\'s chief economist.',
    { 'Eurosian Central Bank': 'organization', 'Kestrel Bank': 'organization', ECB: 'organization', 'Tomas Brandl': 'person' },
  );
  assert.equal(r.actorOf('the firm')?.name, 'Kestrel Bank');
  assert.equal(r.actorOf('The bank')?.name, 'Eurosian Central Bank');
  assert.equal(r.actorOf('the bloc'), undefined);
  const sco = check('The Shanghai Cooperation Organisation met in Astana. The bloc has 10 members.', { 'Shanghai Cooperation Organisation': 'organization', Astana: 'place' });
  assert.equal(sco.actorOf('The bloc')?.name, 'Shanghai Cooperation Organisation');
});

test('a description naming a nation fits an organisation only when that nation is its own ("the Dutch central bank" is not the Eurosian one)', () => {
  const r = check(
    'The Eurosian Central Bank kept rates at 4.5%. Pieter Vos, the head of the Dutch central bank, said waiting was risky. The bank will meet again in April.',
    { 'Eurosian Central Bank': 'organization', 'Pieter Vos': 'person', Dutch: 'nationality' },
  );
  assert.equal(r.actorOf('the Dutch central bank'), undefined);
  assert.equal(r.actorOf('The bank will')?.name ?? r.actorOf('The bank')?.name, 'Eurosian Central Bank');
  const own = check('The Central Bank of Valmora raised rates. Valmora’s central bank said prices rose.', { 'Central Bank of Valmora': 'organization', Valmora: 'place' });
  assert.equal(own.actorOf('Valmora’s central bank')?.name ?? own.actorOf('central bank')?.name, 'Central Bank of Valmora');
});

test('a named possessor opens an apposition after a name ("Wang Wentao, China\'s commerce minister,"), not another minister', () => {
  const r = check("Foreign Minister Retno Marsudi met the delegation. Wang Wentao, China's commerce minister, told reporters the deals were ready.", {
    'Retno Marsudi': 'person',
    'Wang Wentao': 'person',
  });
  assert.equal(r.actorOf("China's commerce minister")?.name, 'Wang Wentao');
});

test('"the Chinese leader" is the person known to be Chinese, however long ago named, not the most recent person of unknown nation', () => {
  const far = check(
    'Chinese Premier Li Qiang arrived on Sunday. Talks began. Trade rose. Rail use fell. Prices rose. Ports grew. Banks lent. "We must act," said Didik Rachbini, a lawmaker. He said the line had few passengers. The Chinese leader will visit Malaysia next.',
    { 'Li Qiang': 'person', 'Didik Rachbini': 'person', Chinese: 'nationality' },
  );
  assert.equal(far.actorOf('The Chinese leader')?.name, 'Li Qiang');
});

test('"the Chinese leader" is the person known to be Chinese, not the most recent person of unknown nation', () => {
  const r = check('Chinese Premier Li Qiang arrived on Sunday. "We must not repeat the mistakes," said Didik Rachbini, a lawmaker. He said the line had few passengers. The Chinese leader will visit Malaysia next.', {
    'Li Qiang': 'person',
    'Didik Rachbini': 'person',
    Chinese: 'nationality',
  });
  assert.equal(r.actorOf('The Chinese leader')?.name, 'Li Qiang');
});

test('a weather or earth-science job heads a description ("Its chief forecaster, Lena Vogt,")', () => {
  const r = check('The weather service issued a red warning. Its chief forecaster, Lena Vogt, said the ground was saturated.', { 'Lena Vogt': 'person' });
  assert.equal(r.actorOf('Its chief forecaster')?.name, 'Lena Vogt');
});

test('after a person, an apposition must be headed by a word for a person ("captain Joe Hartley, their 11th goal of the season" is none)', () => {
  const r = check('City led through a penalty from captain Joe Hartley, their 11th goal of the season. Kevin Ortiz, 61, a retired bus driver, watched.', {
    'Joe Hartley': 'person',
    'Kevin Ortiz': 'person',
  });
  assert.equal(r.mentionOf('their 11th goal'), undefined);
  assert.equal(r.actorOf('a retired bus driver')?.name, 'Kevin Ortiz');
});

test('"shook his head" moves a body part: "his head" is no description of anyone', () => {
  const r = check(
    'State Senator Grace Okafor holds a lead over businessman Dale Whitcombe. Okafor called his plan a gift. Asked on Tuesday whether the forecast changed his plan, Whitcombe shook his head and said it did not.',
    { 'Grace Okafor': 'person', 'Dale Whitcombe': 'person', Okafor: 'person', Whitcombe: 'person' },
  );
  assert.equal(r.actorOf('his head'), undefined);
});

test('"its leader" of something no actor names is no one ("a count that the opposition, in what its leader called …")', () => {
  const r = check(
    '“We counted every ballot twice,” Will Okoro said on Friday. The recount came after a count that the opposition, in what its leader called a chaotic night, had refused to accept.',
    { 'Will Okoro': 'person' },
  );
  assert.equal(r.actorOf('its leader'), undefined);
});

test('a description that says another kind of the same head is another body ("the closed ferry office" is no Harbourside Election Office); "the election office" is it', () => {
  const text = 'Will Okoro works at the Harbourside Election Office. A sign outside the closed ferry office drew visitors. The election office said the count was over.';
  const r = check(text, { 'Will Okoro': 'person', 'Harbourside Election Office': 'organization' });
  assert.equal(r.actorOf('the closed ferry office'), undefined);
  assert.equal(r.actorOf('The election office')?.name, 'Harbourside Election Office');
});

test('"the contractor" names a business as "the company" does ("The contractor, Greenplate Services, …", "the same contractor")', () => {
  const r = check('The contractor, Greenplate Services, has asked for six months to hire cooks. Critics said the same contractor was fined in 2022.', {
    'Greenplate Services': 'organization',
  });
  assert.equal(r.actorOf('The contractor')?.name, 'Greenplate Services');
  assert.equal(r.actorOf('the same contractor')?.name, 'Greenplate Services');
});

test('"the directorate" describes a directorate named before', () => {
  const r = check('Investigators at the Norwegian Directorate for Civil Protection traced the fires. A summary the directorate published on Wednesday gave no cause.', {
    'Norwegian Directorate for Civil Protection': 'organization',
  });
  assert.equal(r.actorOf('the directorate')?.name, 'Norwegian Directorate for Civil Protection');
});

test('a possessive opening a description is someone else: "her 14-year-old daughter" keeps "her", "her successor, Brazile" keeps the description', () => {
  const r = check('Amelize Joseph loves the public school that her 14-year-old daughter attends.', { 'Amelize Joseph': 'person' });
  assert.equal(r.actorOf('her')?.name, 'Amelize Joseph');
  const s = check('After Debbie Wasserman Schultz resigned in July, her successor, Brazile, took over the party.', { 'Debbie Wasserman Schultz': 'person', Brazile: 'person' });
  assert.equal(s.actorOf('her successor')?.name, 'Brazile');
  assert.notEqual(s.actorOf('her')?.name, 'Brazile');
});

test('a person\'s own body is none of the named bodies ("Martin Cole … His group"), but "her firm" may be the business she is of', () => {
  const r = check('Ashworth City Council will close four libraries. Opposition leader Martin Cole called the plan short-sighted. His group will propose a cheaper budget.', {
    'Ashworth City Council': 'organization',
    'Martin Cole': 'person',
  });
  assert.equal(r.actorOf('His group'), undefined);
  assert.equal(r.actorOf('His')?.name, 'Martin Cole');
  const s = check('The engineer, Rosa Delgado of Pemberton Structural, warned the city. Ms. Delgado declined to comment, citing her firm\'s contract.', {
    'Rosa Delgado': 'person',
    'Pemberton Structural': 'organization',
    Delgado: 'person',
  });
  assert.equal(s.actorOf('her firm')?.name, 'Pemberton Structural');
});

test('"the busiest of the four" in apposition picks one of a group: no description ("the largest lender" still is one)', () => {
  const r = check('Eastfield, the busiest of the four, had 41,000 visits. Halvard Bank, the largest lender in the region, said no.', {
    Eastfield: 'organization',
    'Halvard Bank': 'organization',
  });
  assert.equal(r.actorOf('the busiest'), undefined);
  assert.equal(r.actorOf('the largest lender')?.name, 'Halvard Bank');
});

test('a public transport or water operator is "the authority" ("Quillport Regional Transit … The authority said"); a company is not', () => {
  const r = check('Quillport Regional Transit will raise fares in March. The authority said fuel costs had risen.', { 'Quillport Regional Transit': 'organization' });
  assert.equal(r.actorOf('The authority')?.name, 'Quillport Regional Transit');
  const s = check('Halvard Robotics cut jobs in March. The authority said it would review the cuts.', { 'Halvard Robotics': 'organization' });
  assert.equal(s.actorOf('The authority'), undefined);
});

test('a phrase in apposition to a place describes the place, no actor; after an opening place a clause\'s subject still does', () => {
  const r = check(
    'Brightlane sued Corvo on Monday. A judge ruled that Pinecrest, the search company, had broken the law. Indonesia, the world\'s biggest producer of nickel, banned exports. In Jakarta, the company said it would appeal.',
    { Brightlane: 'organization', Corvo: 'organization', Pinecrest: 'place', Indonesia: 'place', Jakarta: 'place' },
  );
  assert.equal(r.actorOf('the search company'), undefined);
  assert.equal(r.actorOf("the world's biggest producer"), undefined);
  assert.ok(r.actorOf('the company'), 'the subject after "In Jakarta," is a description');
});

test('a legal office is a role: "Its general counsel, Renata Oyelaran," describes her whole', () => {
  const r = check(
    'Attorney General Marcus Ellery sued Brightlane. He spoke in Washington. Its general counsel, Renata Oyelaran, said the suit was wrong.',
    { 'Marcus Ellery': 'person', Brightlane: 'organization', Washington: 'place', 'Renata Oyelaran': 'person' },
  );
  assert.equal(r.actorOf('Its general counsel')?.name, 'Renata Oyelaran');
});

test('a place\'s predicate describes the place: "Chile is the world\'s biggest copper producer" is no mention of the mine\'s operator', () => {
  const r = check(
    'Andes Cobre said output had been cut. Chile is the world\'s biggest copper producer, accounting for a quarter of supply. The producer said it would appeal.',
    { 'Andes Cobre': 'organization', Chile: 'place' },
  );
  assert.equal(r.actorOf("the world's biggest copper producer"), undefined);
  assert.equal(r.actorOf('The producer')?.name, 'Andes Cobre', 'a description as a subject still finds the company');
});

test('"Name, who served as the capital\'s mayor" describes that name, as an apposition does; a compound surname joins the full name', () => {
  const r = check(
    'Clara Brugada, a former borough mayor, won. President Andrés Manuel López Obrador congratulated her. López Obrador, who served as the capital\'s mayor from 2000 to 2005, cannot run again.',
    { 'Clara Brugada': 'person', 'Andrés Manuel López Obrador': 'person', 'López Obrador': 'person' },
  );
  assert.equal(r.actorOf("the capital's mayor")?.name, 'Andrés Manuel López Obrador');
  assert.equal(r.actorOf('López Obrador,')?.name ?? r.actorOf('López Obrador', 1)?.name, 'Andrés Manuel López Obrador');
});

test('"the company" stays with the business the article is about after another firm learned "company" in an apposition', () => {
  const r = check(
    'Brightlane Entertainment sued. Brightlane denied it. Brightlane sells tickets. A judge ruled in August that Pinecrest, the search company, had broken the law.\n\nBrightlane was formed in 2010 on the condition that the company would not retaliate.',
    { 'Brightlane Entertainment': 'organization', Brightlane: 'organization', Pinecrest: 'organization' },
  );
  assert.equal(r.actorOf('the search company')?.name, 'Pinecrest');
  assert.equal(r.actorOf('the company')?.name, 'Brightlane Entertainment');
});

test('"the palace" finds the palace that spoke ("Buckingham Palace said … The palace said …")', () => {
  const r = check('The King will visit Ottawa, Buckingham Palace said on Monday. The palace said his doctors had approved the trip.', {
    'Buckingham Palace': 'organization',
    Ottawa: 'place',
  });
  assert.equal(r.actorOf('The palace')?.name, 'Buckingham Palace');
});

test('a description right before a name the tagger missed describes that name, not an earlier actor ("the data firm Comscore")', () => {
  const r = check(
    'Halcyon Studios took in $212 million. Ticket sales rose 64%, according to the data firm Comscore. The company thanked fans.',
    { 'Halcyon Studios': 'organization' },
  );
  assert.equal(r.actorOf('the data firm'), undefined);
  assert.equal(r.actorOf('The company')?.name, 'Halcyon Studios');
});

test('"the company" after a quoted analyst\'s employer is still the company the article is about', () => {
  const r = check(
    'Norvex Inc shares rose 11%. Norvex beat forecasts. Norvex raised its outlook. Norvex said spending would reach $14 billion. ' +
      'Some analysts questioned the cost. "The growth is real," said Kunal Mehta, an analyst at Birchwood Capital Markets.\n\n' +
      'The company\'s operating margin narrowed to 29.4%.',
    { 'Norvex Inc': 'organization', Norvex: 'organization', 'Kunal Mehta': 'person', 'Birchwood Capital Markets': 'organization' },
  );
  assert.equal(r.actorOf('The company')?.name, 'Norvex Inc');
});

test('an organisation\'s name keeps its article after the comma of an apposition ("The miners\' union, the Sindicato …,"); a phrase after a name a preposition governs opens the main clause ("seen by Reuters, the union said")', () => {
  const r = check(
    "SANTIAGO (Reuters) - Rescuers reached the miners. The miners' union, the Sindicato Minero, has long warned about conditions. In a letter seen by Reuters, the union said ventilation had failed. A spokesman for the mine's operator declined to comment.",
    { Reuters: 'organization', 'Sindicato Minero': 'organization', SANTIAGO: 'place' },
  );
  assert.equal(r.actorOf("The miners' union")?.name, 'Sindicato Minero');
  assert.equal(r.actorOf('the union')?.name, 'Sindicato Minero');
  // A news agency is no operator, union or company.
  assert.equal(r.actorOf("the mine's operator"), undefined);
});

test('an office in capitals after "the" is a description ("The Prime Minister has defended …"), not a name', () => {
  const r = check('Prime Minister Helen Marlowe announced the plan on Monday. The Prime Minister has defended plans to cut taxes.', { 'Helen Marlowe': 'person' });
  assert.equal(r.actorOf('The Prime Minister')?.name, 'Helen Marlowe');
});

test('a place\'s possessive opens an apposition however many words follow it ("China\'s foreign ministry spokesperson, Lin Jian,"), not a description of another spokesperson', () => {
  const r = check("Japanese foreign ministry spokesperson Yuko Hirano said the talks were useful. China's foreign ministry spokesperson, Lin Jian, said Beijing welcomed the move.", { 'Yuko Hirano': 'person', 'Lin Jian': 'person', China: 'place', Beijing: 'place', Japanese: 'nationality' });
  assert.equal(r.actorOf("China's foreign ministry spokesperson")?.name, 'Lin Jian');
});

test('a relative of someone the article does not name is no actor ("her son" when "her" is no one named), however salient a man', () => {
  const r = check("Angus MacRae runs the ferry. He saved money for her son's treatment.", { 'Angus MacRae': 'person' });
  assert.equal(r.actorOf('her son'), undefined);
});

test('after an adjunct opening the sentence, the phrase after its comma is the main clause\'s subject, no apposition ("According to figures from the Dairy Producers Association, the two companies together buy …")', () => {
  const r = check(
    'According to figures from the Dairy Producers Association, the two companies together buy 21% of the milk. In a letter seen by Reuters, the union, which represents 40,000 workers, said no. The blast hit PT Tolo Bay Steel, a joint venture, on Sunday.',
    { 'Dairy Producers Association': 'organization', Reuters: 'organization', 'PT Tolo Bay Steel': 'organization' },
  );
  assert.equal(r.actorOf('the two companies'), undefined);
  assert.equal(r.actorOf('the union'), undefined);
  assert.equal(r.actorOf('a joint venture')?.name, 'PT Tolo Bay Steel');
});

test('an airport, a hospice or a festival named by the article is what "the airport", "the hospice", "the festival" describe', () => {
  const r = check(
    'Flights at Brackley Regional Airport were cancelled. The airport said 40 flights were affected. The Lakeside Film Festival opened on Friday. The festival said 4,000 tickets were sold.',
    { 'Brackley Regional Airport': 'organization', 'Lakeside Film Festival': 'organization' },
  );
  assert.equal(r.actorOf('The airport')?.name, 'Brackley Regional Airport');
  assert.equal(r.actorOf('The festival')?.name, 'Lakeside Film Festival');
});

test('a speaker\'s employer is no "the company" of the sentence ("Jun Ha-eun of Orchard Capital said the company …") but is "her firm"; "the parish council" is not the County Council; "the placebo group" is no body', () => {
  const r = check(
    'Solvane reported a loss of $2 billion on Tuesday. Its shares fell 8%. Analyst Jun Ha-eun of Orchard Capital said the company was being prudent. ' +
      'Rosa Delgado of Pemberton Structural wrote the report. Ms. Delgado cited her firm\'s contract. ' +
      'Kent County Council approved the plan. The parish council objected. The Lancet published the trial, and 12 people in the placebo group fell ill.',
    { Solvane: 'organization', 'Jun Ha-eun': 'person', 'Orchard Capital': 'organization', 'Rosa Delgado': 'person', Delgado: 'person', 'Pemberton Structural': 'organization', 'Kent County Council': 'organization', Lancet: 'organization' },
  );
  assert.equal(r.actorOf('the company')?.name, 'Solvane');
  assert.equal(r.actorOf('her firm')?.name, 'Pemberton Structural');
  assert.equal(r.actorOf('The parish council'), undefined);
  assert.equal(r.actorOf('the placebo group'), undefined);
});

test('one office, two words: "the judge" is Justice Caroline Whitfield, "the spokesperson" a spokeswoman named before', () => {
  const r = check('Justice Caroline Whitfield ruled for the singer on Monday. The judge wrote that the article was false. Spokeswoman Ana Lind declined to comment. The spokesperson said 40 staff had left.', {
    'Caroline Whitfield': 'person',
    'Ana Lind': 'person',
  });
  assert.equal(r.actorOf('The judge')?.name, 'Caroline Whitfield');
  assert.equal(r.actorOf('The spokesperson')?.name, 'Ana Lind');
});

test('a named woman\'s relative the article never names is no actor ("her father"), however salient another man; a relative sharing her surname may be', () => {
  const r = check('Oliver Penhallow produced the film. Leila Castellane dedicated the award to her father. Nadia Kessler won. Ruth Kessler congratulated her sister.', {
    'Oliver Penhallow': 'person',
    'Leila Castellane': 'person',
    'Nadia Kessler': 'person',
    'Ruth Kessler': 'person',
  });
  assert.equal(r.actorOf('her father'), undefined);
  assert.equal(r.actorOf('her sister')?.name, 'Nadia Kessler');
});

test('a bare "the body" is the human body, no organisation ("the body never gets a chance to recover"); "the industry body" keeps its modifier', () => {
  const r = check('Greenwatch published the figures on Monday. In a heatwave the body never gets a chance to recover. The industry body said 40 firms agreed.', { Greenwatch: 'organization' });
  assert.equal(r.actorOf('the body'), undefined);
});

test('"the bureau" and "the confederation" describe the bureau and the confederation the article names', () => {
  const r = check('The State Statistical Bureau published the data. The bureau said prices rose 2%. The International Handball Confederation met. The confederation said no.', {
    'State Statistical Bureau': 'organization',
    'International Handball Confederation': 'organization',
  });
  assert.equal(r.actorOf('The bureau')?.name, 'State Statistical Bureau');
  assert.equal(r.actorOf('The confederation')?.name, 'International Handball Confederation');
});
