// "backed by Amazon and Google", "xAI, Elon Musk's AI company": the model
// learned names from 1996 newswire, before the companies that fill today's
// technology pages existed; it types them places, people or nothing. A short
// list of such organisations, written as they are spelled, is typed
// organisation wherever it stands as a name. Words that are also ordinary
// English ("Snap", "Signal", "Zoom") are left out; "the Amazon" and "Amazon
// rainforest" stay the river's.
import type { TokenSpan } from './decoder';

const ORG = 1;

/** Organisations the 1996 training text could not know, each as its tokens. */
const BODIES: readonly (readonly string[])[] = [
  'Google', 'Google DeepMind', 'DeepMind', 'Alphabet', 'Meta', 'Facebook', 'Instagram', 'WhatsApp', 'YouTube', 'TikTok', 'ByteDance',
  'Twitter', 'OpenAI', 'Anthropic', 'xAI', 'Microsoft', 'Amazon', 'Nvidia', 'NVIDIA', 'Tesla', 'SpaceX', 'Netflix', 'Uber', 'Lyft',
  'Airbnb', 'Spotify', 'Snapchat', 'Reddit', 'LinkedIn', 'PayPal', 'eBay', 'Alibaba', 'Tencent', 'Baidu', 'Huawei', 'Xiaomi',
  'Samsung', 'TSMC', 'Qualcomm', 'Salesforce', 'Shopify', 'Coinbase', 'Binance', 'Hugging Face', 'Mistral AI', 'Palantir',
  'Broadcom', 'Wikipedia', 'Wikimedia Foundation', 'Telegram', 'Bluesky', 'Starlink', 'Neuralink', 'Rivian', 'BYD', 'CATL',
  'Temu', 'Shein', 'Zoox', 'Waymo', 'Cruise LLC', 'Instacart', 'DoorDash', 'Deliveroo', 'Revolut', 'Monzo', 'Klarna', 'Stripe',
].map((name) => name.split(' '));

/** Words after "Amazon" that make it the river or its forest. */
const RIVER_WORDS = new Set(['rainforest', 'river', 'River', 'basin', 'Basin', 'forest', 'jungle', 'region', 'delta']);

/** Index of the first word of each listed name: the names that start with it. */
const BY_FIRST = new Map<string, (readonly string[])[]>();
for (const name of BODIES) {
  const list = BY_FIRST.get(name[0]!) ?? [];
  list.push(name);
  BY_FIRST.set(name[0]!, list);
}

/** First characters of the listed names. */
const FIRST_CHARS = new Set(BODIES.map((name) => name[0]!.charCodeAt(0)));

/** True when `name` stands at token `i` and is meant as the company there. */
function standsAt(tokens: readonly string[], i: number, name: readonly string[]): boolean {
  for (let k = 0; k < name.length; k++) if (tokens[i + k] !== name[k]) return false;
  // "the Amazon", "the Amazon rainforest": the river and its forest.
  if (name.length === 1 && name[0] === 'Amazon' && (tokens[i - 1] === 'the' || tokens[i - 1] === 'The' || RIVER_WORDS.has(tokens[i + 1] ?? ''))) return false;
  // A longer name that goes on with capitalised words is someone else's ("Meta Platforms" is the model's to read).
  const after = tokens[i + name.length];
  return !(after !== undefined && /^\p{Lu}\p{Ll}/u.test(after) && !BY_FIRST.has(after));
}

/**
 * Spans with the listed organisations typed organisation: a span over exactly
 * the name is retyped, an untagged name is added, spans wholly inside a
 * longer listed name give way to it ("Google" + "DeepMind"), and a span that
 * reaches outside the name is left as the model read it.
 */
export function knownBodies(spans: TokenSpan[], forms: readonly (readonly string[])[]): TokenSpan[] {
  let starts: Map<number, TokenSpan> | undefined;
  let covered: Set<number> | undefined;
  const key = (s: number, i: number): number => s * 65536 + i;
  const added: TokenSpan[] = [];
  forms.forEach((tokens, s) => {
    for (let i = 0; i < tokens.length; i++) {
      // Most tokens are lower-case words: their first character rules them out before any lookup.
      if (!FIRST_CHARS.has(tokens[i]!.charCodeAt(0))) continue;
      const names = BY_FIRST.get(tokens[i]!);
      if (!names) continue;
      const name = names.filter((n) => standsAt(tokens, i, n)).sort((a, b) => b.length - a.length)[0];
      if (!name) continue;
      starts ??= new Map(spans.map((x) => [key(x.sentence, x.start), x]));
      covered ??= new Set(spans.flatMap((x) => Array.from({ length: x.end - x.start }, (_, k) => key(x.sentence, x.start + k))));
      const span = starts.get(key(s, i));
      if (span && span.end === i + name.length) span.cls = ORG;
      else if (!span && !name.some((_, k) => covered!.has(key(s, i + k)))) added.push({ sentence: s, start: i, end: i + name.length, cls: ORG });
      else if (name.length > 1) {
        // "Google" + "DeepMind" read apart: spans wholly inside the longer name give way to it.
        const parts = spans.filter((x) => x.sentence === s && x.start < i + name.length && x.end > i);
        if (parts.every((x) => x.start >= i && x.end <= i + name.length)) {
          for (const x of parts) x.end = x.start;
          added.push({ sentence: s, start: i, end: i + name.length, cls: ORG });
        }
      }
      i += name.length - 1;
    }
  });
  if (added.length === 0) return spans;
  return [...spans.filter((x) => x.end > x.start), ...added].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}
