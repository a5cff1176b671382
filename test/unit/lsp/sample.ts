/**
 * One hand-annotated fixture shared by the LSP unit tests: two people with
 * one surname (an ambiguous "Lopez"), an organisation named twice and
 * described twice, sourced and unsourced claims in one paragraph.
 */
import { Fixture } from './fixture';

export const SAMPLE_TEXT = [
  'President Maria Lopez of Northwind Mining arrived in Santiago on Tuesday.',
  '',
  'Northwind Mining, the largest copper producer in Chile, earned US$2.4 billion last year. Lopez said the company would expand. She told analysts that demand from China remained strong.',
  '',
  'The judge, Carlos Lopez, ruled against the miner on Friday.',
  '',
].join('\n');

/** The fixture, fully annotated. */
export function sample(): Fixture {
  return new Fixture(SAMPLE_TEXT)
    .entity('Maria Lopez', 'person')
    .entity('Northwind Mining', 'organization')
    .entity('Santiago', 'place')
    .entity('Tuesday', 'date', 0, { kind: 'date', weekday: 'Tuesday' })
    .entity('Northwind Mining', 'organization', 1)
    .entity('Chile', 'place')
    .entity('US$2.4 billion', 'money', 0, { kind: 'money', amount: 2_400_000_000, currency: 'USD' })
    .entity('last year', 'date', 0, { kind: 'date', iso: '2025', relative: 'the year before publication' })
    .entity('Lopez', 'person', 1)
    .entity('China', 'place')
    .entity('Carlos Lopez', 'person')
    .entity('Friday', 'date', 0, { kind: 'date', weekday: 'Friday' })
    .actor(
      'maria-lopez',
      'Maria Lopez',
      'person',
      [
        ['President Maria Lopez', 'title'],
        ['Lopez', 'name', 1, ['maria-lopez', 'carlos-lopez']],
        ['She', 'pronoun'],
      ],
      { role: 'President' },
    )
    .actor('northwind-mining', 'Northwind Mining', 'organization', [
      ['Northwind Mining', 'name', 0],
      ['Northwind Mining', 'name', 1],
      ['the company', 'description'],
      ['the miner', 'description'],
    ])
    .actor('carlos-lopez', 'Carlos Lopez', 'person', [
      ['The judge', 'description'],
      ['Carlos Lopez', 'name'],
    ])
    .claim('President Maria', 'Tuesday.', 'high', { reasons: [['dated-event', 'on Tuesday']] })
    .claim('Northwind Mining, the', 'last year.', 'high', {
      reasons: [
        ['amount', 'US$2.4 billion'],
        ['ranking', 'largest'],
      ],
    })
    .claim('Lopez said', 'expand.', 'low', {
      attribution: { cue: 'said', source: ['Lopez', 1], actor: 'maria-lopez', content: 'the company would expand', kind: 'indirect' },
    })
    .claim('She told', 'strong.', 'medium', { attribution: { cue: 'told', source: 'She', actor: 'maria-lopez', kind: 'indirect' } })
    .claim('The judge', 'Friday.', 'medium', { reasons: [['named-actor', 'Carlos Lopez']] });
}
