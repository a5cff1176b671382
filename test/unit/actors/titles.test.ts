import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { check } from './check';

test('a title joined to a name is one title mention and gives the role', () => {
  const r = check('Yesterday, Deputy Finance Minister Karel Novak met bankers. Novak said little.', {
    'Karel Novak': 'person',
    Novak: 'person',
  });
  const m = r.mentionOf('Deputy Finance Minister Karel Novak');
  assert.equal(m?.kind, 'title');
  assert.equal(r.definitionText('Karel Novak'), 'Deputy Finance Minister Karel Novak');
  assert.equal(r.actor('Karel Novak').role, 'Deputy Finance Minister');
  assert.equal(r.mentionOf('Yesterday, Deputy'), undefined);
});

test('an honorific with a surname is a title mention', () => {
  const r = check('Maria Oyelaran runs the shop. Ms Oyelaran said trade was slow.', {
    'Maria Oyelaran': 'person',
    Oyelaran: 'person',
  });
  assert.equal(r.mentionOf('Ms Oyelaran')?.kind, 'title');
  assert.equal(r.actorOf('Ms Oyelaran')?.name, 'Maria Oyelaran');
});

test('a lower-case job title before a name is a title; with a determiner it is a description', () => {
  const r = check('The firm was founded by co-founder Pia Lund. She praised her longtime rival Tomas Berg.', {
    'Pia Lund': 'person',
    'Tomas Berg': 'person',
  });
  assert.equal(r.mentionOf('co-founder Pia Lund')?.kind, 'title');
  assert.equal(r.mentionOf('her longtime rival')?.kind, 'description');
  assert.equal(r.actorOf('her longtime rival')?.name, 'Tomas Berg');
  assert.equal(r.mentionOf('Tomas Berg')?.kind, 'name');
  assert.equal(r.actorOf('her')?.name, 'Pia Lund');
});

test('a title the tagger kept inside the name is still a title mention', () => {
  const r = check('Governor Alma Reyes spoke first.', { 'Governor Alma Reyes': 'person' });
  assert.equal(r.mentionOf('Governor Alma Reyes')?.kind, 'title');
  assert.equal(r.actor('Alma Reyes').name, 'Alma Reyes');
});

test('an age before a role makes it a description, not a title ("The 29-year-old striker Jamal Price")', () => {
  const r = check('Carl Ode left. The 29-year-old striker Jamal Price scored twice.', { 'Carl Ode': 'person', 'Jamal Price': 'person' });
  assert.equal(r.mentionOf('The 29-year-old striker')?.kind, 'description');
  assert.equal(r.actorOf('The 29-year-old striker')?.name, 'Jamal Price');
  assert.equal(r.mentionOf('Jamal Price')?.kind, 'name');
  assert.equal(r.actorOf('Carl Ode')?.mentions.length, 1);
});

test('a minister’s portfolio or a director’s field is part of the title ("Housing Secretary", "Climate Minister", "Tournament director")', () => {
  const r = check('Housing Secretary Ruth Calloway told MPs the bill would pass. Climate Minister Jonas Berg agreed. Tournament director Craig Tiley smiled. Co-author Markus Huss agreed with lead author Ingrid Solberg.', {
    'Ruth Calloway': 'person',
    'Jonas Berg': 'person',
    'Craig Tiley': 'person',
    'Markus Huss': 'person',
    'Ingrid Solberg': 'person',
  });
  assert.equal(r.mentionOf('Housing Secretary Ruth Calloway')?.kind, 'title');
  assert.equal(r.actor('Ruth Calloway').role, 'Housing Secretary');
  assert.equal(r.actor('Jonas Berg').role, 'Climate Minister');
  assert.equal(r.actor('Craig Tiley').role, 'Tournament director');
  assert.equal(r.actor('Markus Huss').role, 'Co-author');
  assert.equal(r.mentionOf('lead author Ingrid Solberg')?.kind, 'title');
});

test('a councilwoman, an alderman or an assemblyman before a name is a title', () => {
  const r = check('Councilwoman Priya Raman proposed cuts. Alderman Tom Reyes objected.', { 'Priya Raman': 'person', 'Tom Reyes': 'person' });
  assert.equal(r.mentionOf('Councilwoman Priya Raman')?.kind, 'title');
  assert.equal(r.mentionOf('Alderman Tom Reyes')?.kind, 'title');
});

test('an abbreviated title with its dot ("State Sen.", "Rep.", "Gov.") is a title and gives the role; "Gen Z" is none', () => {
  const r = check('State Sen. Marcus Dellinger called the delay unacceptable. The senator will hold hearings. Rep. Gwen Moore agreed. Gen Z voters disagreed.', {
    'Marcus Dellinger': 'person',
    'Gwen Moore': 'person',
  });
  assert.equal(r.mentionOf('State Sen. Marcus Dellinger')?.kind, 'title');
  assert.equal(r.definitionText('Marcus Dellinger'), 'State Sen. Marcus Dellinger');
  assert.equal(r.actorOf('The senator')?.name, 'Marcus Dellinger');
  assert.equal(r.mentionOf('Rep. Gwen Moore')?.kind, 'title');
});

test('a C-suite title is whole ("Chief Operating Officer Priya Natarajan")', () => {
  const r = check('Chief Operating Officer Priya Natarajan will serve as interim chief executive.', { 'Priya Natarajan': 'person' });
  assert.equal(r.mentionOf('Chief Operating Officer Priya Natarajan')?.kind, 'title');
  assert.equal(r.actor('Priya Natarajan').role, 'Chief Operating Officer');
});

test('a position in sport before a player\'s name is a title ("Quarterback Devin Marsh", "kicker Luis Ortega")', () => {
  const r = check('Quarterback Devin Marsh threw for 312 yards, and kicker Luis Ortega made a field goal. Marsh said little.', {
    'Devin Marsh': 'person',
    'Luis Ortega': 'person',
    Marsh: 'person',
  });
  assert.equal(r.mentionOf('Quarterback Devin Marsh')?.kind, 'title');
  assert.equal(r.mentionOf('kicker Luis Ortega')?.kind, 'title');
});

test('British titles without their dot are titles ("Det Insp Sarah Coombes", "Cllr Alice Smart"); "Gen Z" is none', () => {
  const r = check('Det Insp Sarah Coombes said a man was held. Cllr Alice Smart thanked her. Gen Z voters agreed.', { 'Sarah Coombes': 'person', 'Alice Smart': 'person' });
  assert.equal(r.mentionOf('Det Insp Sarah Coombes')?.kind, 'title');
  assert.equal(r.mentionOf('Cllr Alice Smart')?.kind, 'title');
  assert.equal(r.actorOf('Gen Z'), undefined);
});

test('capitalised words of an office\'s field before the role belong to the title ("Civil Protection Minister Nikos Stavridis", "Team principal Greta Lindahl"); an opening word, a name or a date does not', () => {
  const r = check(
    'Civil Protection Minister Nikos Stavridis said 300 homes were evacuated. Team principal Greta Lindahl said the car was slow. But President Ana Ruiz left. Monday Minister Karel Novak spoke.',
    { 'Nikos Stavridis': 'person', 'Greta Lindahl': 'person', 'Ana Ruiz': 'person', 'Karel Novak': 'person', Monday: 'date' },
  );
  assert.equal(r.mentionOf('Civil Protection Minister Nikos Stavridis')?.kind, 'title');
  assert.equal(r.mentionOf('Team principal Greta Lindahl')?.kind, 'title');
  assert.equal(r.mentionOf('President Ana Ruiz')?.kind, 'title');
  assert.equal(r.mentionOf('But President'), undefined);
  assert.equal(r.mentionOf('Minister Karel Novak')?.kind, 'title');
  assert.equal(r.mentionOf('Monday Minister'), undefined);
});

test('Gulf titles open a title mention ("Sheikh Hamad bin Ali Al Kuwari", "Sultan Haitham bin Tarik") and tell a gender', () => {
  const r = check('Sheikh Hamad bin Ali Al Kuwari said the talks would resume. Sultan Haitham bin Tarik received him.', {
    'Hamad bin Ali Al Kuwari': 'person',
    'Haitham bin Tarik': 'person',
  });
  assert.equal(r.mentionOf('Sheikh Hamad bin Ali Al Kuwari')?.kind, 'title');
  assert.equal(r.mentionOf('Sultan Haitham bin Tarik')?.kind, 'title');
  assert.equal(r.actorOf('him')?.name, 'Hamad bin Ali Al Kuwari');
});

test('"<Role> of <Field> <Name>" is one title mention ("Minister of Commerce Wang Jianguo")', () => {
  const r = check('Minister of Commerce Wang Jianguo told reporters exports rose 5%. Wang said more.', { 'Wang Jianguo': 'person', Wang: 'person' });
  assert.equal(r.mentionOf('Minister of Commerce Wang Jianguo')?.kind, 'title');
  assert.equal(r.actorOf('Wang', 1)?.name, 'Wang Jianguo');
});
