// "through its API", "a new AI model", "the company's CEO", "17:11 UTC",
// "Sean Doherty SC": acronyms of things, offices, time zones and ranks, which the model, having seen most all-capital words
// inside names, types organisations. They name no one; a span that is one of
// them alone is dropped. (Acronyms that CoNLL's text tags as names, "TV" for
// a channel, "IPO" once, are not listed.)
import type { TokenSpan } from './decoder';

/** Acronyms of technologies, documents and offices: never a name on their own. */
const TECHNICAL = new Set([
  'API', 'APIs', 'GPU', 'GPUs', 'CPU', 'CPUs', 'URL', 'PDF', 'USB', 'LED', 'LEDs', 'EV', 'EVs', 'AI', 'AGI', 'LLM', 'LLMs', 'VR', 'GPS',
  'DNA', 'RNA', 'CEO', 'CFO', 'COO', 'CTO', 'SMS', 'IoT', 'SaaS', 'HTML', 'ETF', 'ETFs', 'QR', 'SIM', 'Wi-Fi', 'WiFi', '5G', '4G',
  // Time zones after a clock time ("17:11 UTC"), and a barrister's rank after the name ("Sean Doherty SC").
  'UTC', 'GMT', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT', 'AEST', 'AEDT', 'JST',
]);

/** A barrister's rank after the name ("Sean Doherty SC"; "Columbia, SC" keeps its state). */
const COUNSEL_RANKS = new Set(['SC', 'QC', 'KC']);

/** The spans without those that are a technical acronym alone, or a counsel's rank right after a person's name. */
export function dropTechnicalAcronyms(spans: TokenSpan[], forms: readonly (readonly string[])[]): TokenSpan[] {
  const person = (sentence: number, end: number): boolean => spans.some((x) => x.sentence === sentence && x.end === end && x.cls === 0);
  return spans.filter((span) => {
    if (span.end - span.start !== 1) return true;
    const word = forms[span.sentence]![span.start]!;
    return !TECHNICAL.has(word) && !(COUNSEL_RANKS.has(word) && person(span.sentence, span.start));
  });
}
