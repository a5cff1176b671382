// "through its API", "a new AI model", "the company's CEO": acronyms of
// things and offices, which the model, having seen most all-capital words
// inside names, types organisations. They name no one; a span that is one of
// them alone is dropped. (Acronyms that CoNLL's text tags as names, "TV" for
// a channel, "IPO" once, are not listed.)
import type { TokenSpan } from './decoder';

/** Acronyms of technologies, documents and offices: never a name on their own. */
const TECHNICAL = new Set([
  'API', 'APIs', 'GPU', 'GPUs', 'CPU', 'CPUs', 'URL', 'PDF', 'USB', 'LED', 'LEDs', 'EV', 'EVs', 'AI', 'AGI', 'LLM', 'LLMs', 'VR', 'GPS',
  'DNA', 'RNA', 'CEO', 'CFO', 'COO', 'CTO', 'SMS', 'IoT', 'SaaS', 'HTML', 'ETF', 'ETFs', 'QR', 'SIM', 'Wi-Fi', 'WiFi', '5G', '4G',
]);

/** The spans without those that are a technical acronym alone. */
export function dropTechnicalAcronyms(spans: TokenSpan[], forms: readonly (readonly string[])[]): TokenSpan[] {
  return spans.filter((span) => !(span.end - span.start === 1 && TECHNICAL.has(forms[span.sentence]![span.start]!)));
}
