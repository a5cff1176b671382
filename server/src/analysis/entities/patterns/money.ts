// Amounts of money: a currency sign or code before the number ("US$41 billion",
// "$4.5bn", "€3.2m", "£120,000", "HK$10", "Rs 40 crore"), a currency word
// after it ("5 billion yuan", "12 million euros", "41 billion US dollars"), or
// pence glued to it ("8.2p a share").
// The span is the amount alone: "a further £10 million" → "£10 million".
import type { MoneyValue } from '../../types';
import { NUMBER, NUMBER_BODY, NUMBER_WORD, SCALE, parseNumber, scaleOf, scaled } from './numbers';
import { CURRENCY, DIGIT, regionHints } from './hints';
import { scan, scanNearDigits, type PatternMatch, type PatternRule, wholeMatch } from './rule';

/** Currency signs and codes written before the amount (at most 5 characters: scanNearDigits), longest first; "$" alone is read as US dollars. */
const PREFIXES: [string, string][] = [
  ['U.S.$', 'USD'], ['US$', 'USD'], ['USD', 'USD'], ['A$', 'AUD'], ['AU$', 'AUD'], ['AUD', 'AUD'],
  ['C$', 'CAD'], ['CA$', 'CAD'], ['CAD', 'CAD'], ['NZ$', 'NZD'], ['NZD', 'NZD'], ['HK$', 'HKD'], ['HKD', 'HKD'],
  ['S$', 'SGD'], ['SGD', 'SGD'], ['NT$', 'TWD'], ['TWD', 'TWD'], ['R$', 'BRL'], ['BRL', 'BRL'], ['MX$', 'MXN'],
  ['MXN', 'MXN'], ['$', 'USD'], ['€', 'EUR'], ['EUR', 'EUR'], ['£', 'GBP'], ['GBP', 'GBP'], ['CN¥', 'CNY'],
  ['RMB', 'CNY'], ['CNY', 'CNY'], ['¥', 'JPY'], ['JPY', 'JPY'], ['₹', 'INR'], ['Rs.', 'INR'], ['Rs', 'INR'],
  ['INR', 'INR'], ['₩', 'KRW'], ['KRW', 'KRW'], ['₽', 'RUB'], ['RUB', 'RUB'], ['₺', 'TRY'], ['₦', 'NGN'],
  ['₪', 'ILS'], ['₸', 'KZT'], ['KZT', 'KZT'], ['CHF', 'CHF'], ['ZAR', 'ZAR'], ['SEK', 'SEK'], ['NOK', 'NOK'],
  ['DKK', 'DKK'], ['PLN', 'PLN'], ['₫', 'VND'], ['₱', 'PHP'], ['฿', 'THB'],
];
const PREFIX_CODE = new Map(PREFIXES);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Currency words written after the amount; the adjective before "dollars" etc. picks the currency. */
const WORDS: [RegExp, string][] = [
  [/^(?:us|u\.s\.|american)\s+dollars?$/i, 'USD'],
  [/^hong\s+kong\s+dollars?$/i, 'HKD'],
  [/^canadian\s+dollars?$/i, 'CAD'],
  [/^australian\s+dollars?$/i, 'AUD'],
  [/^new\s+zealand\s+dollars?$/i, 'NZD'],
  [/^singapore\s+dollars?$/i, 'SGD'],
  [/^(?:new\s+)?taiwan(?:ese)?\s+dollars?$/i, 'TWD'],
  [/^dollars?$/i, 'USD'],
  [/^euros?$/i, 'EUR'],
  [/^(?:pounds?|pounds?\s+sterling|sterling)$/i, 'GBP'],
  [/^(?:yuan|renminbi)$/i, 'CNY'],
  [/^yen$/i, 'JPY'],
  [/^(?:pakistani\s+)rupees?$/i, 'PKR'],
  [/^(?:indian\s+)?rupees?$/i, 'INR'],
  [/^rand$/i, 'ZAR'],
  [/^(?:reais|reals?)$/i, 'BRL'],
  [/^(?:mexican\s+)?pesos?$/i, 'MXN'],
  [/^philippine\s+pesos?$/i, 'PHP'],
  [/^swiss\s+francs?$/i, 'CHF'],
  [/^french\s+francs?$/i, 'FRF'],
  [/^belgian\s+francs?$/i, 'BEF'],
  [/^cfa\s+francs?$/i, 'XOF'],
  [/^(?:german|deutsche)\s+marks?$/i, 'DEM'],
  [/^lire$/i, 'ITL'],
  [/^riels?$/i, 'KHR'],
  [/^francs?$/i, 'CHF'],
  [/^(?:roubles?|rubles?)$/i, 'RUB'],
  [/^won$/i, 'KRW'],
  [/^liras?$/i, 'TRY'],
  [/^tenge$/i, 'KZT'],
  [/^dirhams?$/i, 'AED'],
  [/^riyals?$/i, 'SAR'],
  [/^naira$/i, 'NGN'],
  [/^ringgit$/i, 'MYR'],
  [/^baht$/i, 'THB'],
  [/^rupiah$/i, 'IDR'],
  [/^zlotys?$/i, 'PLN'],
  [/^forints?$/i, 'HUF'],
  [/^kronor$/i, 'SEK'],
  [/^norwegian\s+kroner$/i, 'NOK'],
  [/^(?:danish\s+)?kroner$/i, 'DKK'],
  [/^(?:czech\s+)?(?:korunas?|koruny)$/i, 'CZK'],
  [/^czech\s+crowns?$/i, 'CZK'],
  [/^swedish\s+crowns?$/i, 'SEK'],
  // "crowns" alone: Czech, Swedish, Danish, Norwegian, Icelandic … ISO 4217's "XXX" says we cannot tell.
  [/^crowns?$/i, 'XXX'],
  [/^hryvnias?$/i, 'UAH'],
  [/^shillings?$/i, 'KES'],
  [/^cedis?$/i, 'GHS'],
  [/^birr$/i, 'ETB'],
  [/^(?:new\s+)?shekels?$/i, 'ILS'],
  [/^dong$/i, 'VND'],
  [/^taka$/i, 'BDT'],
  [/^kyats?$/i, 'MMK'],
  [/^lari$/i, 'GEL'],
  [/^afghanis?$/i, 'AFN'],
  [/^pula$/i, 'BWP'],
  [/^quetzal(?:es|s)?$/i, 'GTQ'],
  [/^bol[ií]vares$|^bol[ií]vars?$/i, 'VES'],
  [/^(?:lei|leu)$/i, 'RON'],
  [/^(?:leva|lev)$/i, 'BGN'],
  [/^tugriks?$/i, 'MNT'],
  // Kwacha (Zambia, Malawi), dinars and manats are the names of several currencies: ISO 4217's "XXX" says we cannot tell.
  [/^(?:kwacha|dinars?|manats?)$/i, 'XXX'],
];

/** ISO codes written after the amount ("41 billion USD"); upper case only, so "won" or "rand" stay words. */
const CODES_AFTER = ['USD', 'EUR', 'GBP', 'CNY', 'RMB', 'JPY', 'CHF', 'INR', 'KZT', 'ZAR', 'BRL', 'AUD', 'CAD', 'HKD', 'SGD', 'RUB'];

const PREFIX = `(?:${PREFIXES.map(([p]) => escape(p)).join('|')})`;
/**
 * The sign must not be glued to a word before it ("US$" is one sign; "XUS$5"
 * is not money). A range shares the scale ("$5-6 billion"): one span, whose
 * amount is the lower bound (MoneyValue holds one number).
 */
const BY_SIGN = new RegExp(
  String.raw`(?<![\p{L}\p{N}$])(?<sign>${PREFIX})\s?(?<amount>${NUMBER_BODY})(?:\s?[-–]\s?(?:${PREFIX})?\s?${NUMBER_BODY})?(?:[\s-]?(?<scale>${SCALE}))?`,
  'gu',
);

const ADJECTIVE = String.raw`(?:US|U\.S\.|American|Hong\s+Kong|Canadian|Australian|New\s+Zealand|Singapore|(?:New\s+)?Taiwan(?:ese)?|Indian|Pakistani|Mexican|Philippine|Swiss|French|Belgian|CFA|German|Deutsche|Norwegian|Danish|Czech|Swedish)`;
const CURRENCY_WORD = String.raw`(?:${ADJECTIVE}\s+)?(?:dollars?|euros?|pounds?\s+sterling|sterling|pounds?|yuan|renminbi|yen|rupees?|rand|reais|reals?|pesos?|francs?|marks?|lire|riels?|roubles?|rubles?|won|liras?|tenge|dirhams?|riyals?|naira|ringgit|baht|rupiah|zlotys?|forints?|kronor|kroner|korunas?|koruny|crowns?|hryvnias?|shillings?|cedis?|birr|(?:new\s+)?shekels?|dong|taka|kyats?|lari|afghanis?|pula|quetzal(?:es|s)?|bol[ií]vares|bol[ií]vars?|lei|leu|leva|lev|tugriks?|kwacha|dinars?|manats?|${CODES_AFTER.join('|')})(?![\p{L}\p{N}])`;
/** "5 billion yuan", "twelve million euros", "400 dollars", "25 rand". */
const BY_WORD = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<amount>${NUMBER}|${NUMBER_WORD}|an?)(?:[\s-]?(?<scale>${SCALE}))?\s+(?<currency>${CURRENCY_WORD})`,
  'giu',
);

/**
 * Every match of BY_WORD holds a space then a currency word: a region without
 * one is skipped (one scan that only stops at spaces, much cheaper than BY_WORD's).
 */
const SPACE_CURRENCY = new RegExp(String.raw`\s${CURRENCY_WORD}`, 'iu');

/**
 * "8.2p a share", "a 5p levy": British pence written as a "p" glued to the number (never "4pm", "p12" or "3pt").
 * A cheap test first: most regions with digits have no digit followed by a "p".
 */
const BY_PENCE = /(?<![\p{L}\p{N}.,£$€])(?<amount>\d{1,3}(?:\.\d{1,2})?)p(?![\p{L}\p{N}])/gu;
const DIGIT_P = /\dp(?![\p{L}\p{N}])/u;

function byPence(m: RegExpExecArray): PatternMatch | undefined {
  const amount = Number(m.groups?.amount ?? '');
  if (!Number.isFinite(amount)) return undefined;
  const value: MoneyValue = { kind: 'money', amount: Number((amount / 100).toFixed(4)), currency: 'GBP' };
  return wholeMatch(m, 'money', value);
}

function bySign(m: RegExpExecArray): PatternMatch | undefined {
  const g = m.groups ?? {};
  const currency = PREFIX_CODE.get(g.sign ?? '') ?? 'XXX';
  return moneyMatch(m, currency, parseNumber(g.amount ?? ''), g.scale);
}

function byWord(m: RegExpExecArray): PatternMatch | undefined {
  const g = m.groups ?? {};
  const word = (g.currency ?? '').replace(/\s+/g, ' ');
  // "marks" alone is the verb or a grade ("the move marks", "top marks"): only "German marks" is money.
  const code = CODES_AFTER.includes(word) ? (word === 'RMB' ? 'CNY' : word) : undefined;
  const currency = code ?? WORDS.find(([re]) => re.test(word))?.[1];
  if (!currency) return undefined;
  // "a" needs a scale: "a billion dollars", not "a dollar store".
  if (/^an?$/i.test(g.amount ?? '') && !g.scale) return undefined;
  // Without a scale, "pounds" is usually weight ("lost 20 pounds"), "won" a verb ("in 2012 won"), "real" an adjective.
  if (/^(?:pounds?|won|reals?)$/i.test(word) && !g.scale) return undefined;
  return moneyMatch(m, currency, parseNumber(g.amount ?? ''), g.scale);
}

function moneyMatch(m: RegExpExecArray, currency: string, amount: number, scale: string | undefined): PatternMatch | undefined {
  if (!Number.isFinite(amount)) return undefined;
  const value: MoneyValue = { kind: 'money', amount: scaled(amount, scaleOf(scale)), currency };
  return wholeMatch(m, 'money', value);
}

/** Amounts of money with their currency. */
export const money: PatternRule = {
  id: 'money',
  description: 'Amounts of money ("US$41 billion", "€3.2m", "5 billion yuan")',
  priority: 0,
  find(region, hints = regionHints(region)) {
    const digits = (hints & DIGIT) !== 0;
    // Without a digit only "two billion dollars"-like amounts remain, and BY_WORD needs a currency word.
    const words = (hints & CURRENCY) !== 0;
    if (!digits && !words) return [];
    const pence = digits && DIGIT_P.test(region) ? scan(BY_PENCE, region, byPence) : [];
    return [...(digits ? scanNearDigits(BY_SIGN, region, 6, bySign, false) : []), ...(words && SPACE_CURRENCY.test(region) ? scan(BY_WORD, region, byWord) : []), ...pence];
  },
};
