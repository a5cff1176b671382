import type { Checkworthiness, CheckworthyReason } from '../../types';
import { clauseOf, clauseStarts, clausesWithOwnCap } from './clauses';
import { startsWithDigit } from './numbers';
import type { CheckworthyContext, CheckworthyRule, Evidence } from './rule';
import { age } from './rules/age';
import { amount } from './rules/amount';
import { belief } from './rules/belief';
import { comparison } from './rules/comparison';
import { datedEvent } from './rules/datedEvent';
import { factualEvent } from './rules/factualEvent';
import { forecast } from './rules/forecast';
import { greeting } from './rules/greeting';
import { hypothetical } from './rules/hypothetical';
import { scene } from './rules/scene';
import { appeal } from './rules/appeal';
import { signpost } from './rules/signpost';
import { intention } from './rules/intention';
import { namedActor } from './rules/namedActor';
import { opinion } from './rules/opinion';
import { percent } from './rules/percent';
import { question } from './rules/question';
import { ranking } from './rules/ranking';
import { speculation } from './rules/speculation';
import { statistic } from './rules/statistic';
import { superlative } from './rules/superlative';
import { vagueSubject } from './rules/vagueSubject';
import { verdict } from './rules/verdict';

/** Every check-worthiness rule, by id. */
export const CHECKWORTHY_RULES: ReadonlyMap<string, CheckworthyRule> = new Map(
  [amount, percent, statistic, age, ranking, superlative, comparison, datedEvent, namedActor, factualEvent, question, forecast, hypothetical, intention, belief, opinion, speculation, vagueSubject, greeting, scene, appeal, signpost, verdict].map((r) => [r.id, r]),
);

/** The rules in registration order, as an array (iterated once per sentence). */
const RULE_LIST: readonly CheckworthyRule[] = [...CHECKWORTHY_RULES.values()];

/** Bit of each rule that declares cues (at most 31 of them); rules without cues always run. */
const CUE_BIT = new Map<CheckworthyRule, number>();
/** Per cue word, the bits of the rules it may wake; and the bits woken by each other kind of cue. */
const BY_WORD = new Map<string, number>();
const BY_ENTITY = new Map<string, number>();
let BY_DIGIT = 0;
let BY_HYPHEN = 0;
let BY_ED = 0;
/** Rules' word tests with their bits. */
const BY_TEST: { test: (lower: string) => boolean; bit: number }[] = [];
for (const rule of RULE_LIST) {
  const cues = rule.cues;
  if (!cues || CUE_BIT.size >= 31) continue;
  const bit = 1 << CUE_BIT.size;
  CUE_BIT.set(rule, bit);
  for (const w of cues.words ?? []) BY_WORD.set(w, (BY_WORD.get(w) ?? 0) | bit);
  for (const t of cues.entityTypes ?? []) BY_ENTITY.set(t, (BY_ENTITY.get(t) ?? 0) | bit);
  if (cues.digit) BY_DIGIT |= bit;
  if (cues.hyphen) BY_HYPHEN |= bit;
  if (cues.ed) BY_ED |= bit;
  if (cues.word) BY_TEST.push({ test: cues.word, bit });
}

/** Each rule's cue bit, in RULE_LIST order (-1: no cues, always runs): an array read, not a Map lookup per rule and sentence. */
const RULE_BITS: readonly number[] = RULE_LIST.map((rule) => CUE_BIT.get(rule) ?? -1);

/** Cue bits of a lower-case word (its listed words, a leading digit, a hyphen, -ed), worked out once per word; bounded. */
const WORD_BITS = new Map<string, number>();
const WORD_BITS_LIMIT = 1 << 15;

function wordBits(w: string): number {
  let bits = WORD_BITS.get(w);
  if (bits === undefined) {
    bits = BY_WORD.get(w) ?? 0;
    if (startsWithDigit(w)) bits |= BY_DIGIT;
    if (w.includes('-')) bits |= BY_HYPHEN;
    if (w.endsWith('ed')) bits |= BY_ED;
    for (const { test, bit } of BY_TEST) if (test(w)) bits |= bit;
    if (WORD_BITS.size >= WORD_BITS_LIMIT) WORD_BITS.clear();
    WORD_BITS.set(w, bits);
  }
  return bits;
}

/** The bits of the rules whose cues the sentence holds: one pass over its tokens for all rules. */
function cuesPresent(context: CheckworthyContext): number {
  const { tokens, forms } = context.view;
  let present = 0;
  for (let i = 0; i < tokens.length; i++) {
    // Memoised on the word's form record: one field read per token, not a Map lookup.
    const form = forms[i]!;
    let bits = form.checkworthyBits;
    if (bits < 0) bits = form.checkworthyBits = wordBits(form.lower);
    present |= bits;
    if (startsWithDigit(tokens[i]!.text)) present |= BY_DIGIT;
  }
  for (const e of context.entities) present |= BY_ENTITY.get(e.type) ?? 0;
  return present;
}

const RANK: Record<Checkworthiness, number> = { low: 0, medium: 1, high: 2 };

/** The order a reader wants the reasons in: the figures first, the date and the names last. */
const KIND_ORDER = ['amount', 'percent', 'statistic', 'ranking', 'superlative', 'comparison', 'dated-event', 'age', 'count', 'named-actor', 'event'];
const order = (kind: string): number => {
  const k = KIND_ORDER.indexOf(kind);
  return k < 0 ? KIND_ORDER.length : k;
};

/** Readable reasons, at most one per kind and span: figures first, then by position. */
function reasons(evidence: Evidence[], text: string): CheckworthyReason[] {
  const out: CheckworthyReason[] = [];
  const sorted = [...evidence].sort((a, b) => order(a.kind) - order(b.kind) || a.start - b.start || b.end - a.end);
  for (const e of sorted) {
    // The 12 of "12%" is said once, as the percentage.
    if (e.kind === 'statistic' && sorted.some((f) => f !== e && f.kind !== 'statistic' && f.start <= e.start && f.end >= e.end)) continue;
    // One reason per kind and start, compared in place (no key string per evidence).
    if (out.some((o) => o.kind === e.kind && (o.start === e.start || (o.start <= e.start && o.end >= e.end)))) continue;
    out.push({ kind: e.kind, start: e.start, end: e.end, text: text.slice(e.start, e.end) });
  }
  return out;
}

/**
 * The claim's check-worthiness: the highest level any evidence earns
 * (SCHEMA.md), unless a hard cap (forecast, intention, belief, question,
 * greeting) makes it low, or a soft cap (opinion, vague subject) does and
 * nothing measurable makes it high. Reasons explain the level reached.
 */
export function judgeCheckworthiness(context: CheckworthyContext, text: string): { level: Checkworthiness; reasons: CheckworthyReason[] } {
  // One pass, in rule order, into the three kinds (no spread of each rule's list, no three filters).
  const raises: Evidence[] = [];
  const hard: Evidence[] = [];
  const soft: Evidence[] = [];
  const present = cuesPresent(context);
  for (let r = 0; r < RULE_LIST.length; r++) {
    const bit = RULE_BITS[r]!;
    if (bit !== -1 && !(present & bit)) continue;
    for (const e of RULE_LIST[r]!.run(context)) {
      if (!e.cap) raises.push(e);
      else if (e.cap === 'hard') hard.push(e);
      else if (e.cap === 'soft') soft.push(e);
    }
  }
  let level: Checkworthiness = 'low';
  for (const e of raises) if (RANK[e.level] > RANK[level]) level = e.level;
  if (hard.length) {
    // A hard cap lowers its own clause: evidence in a coordinated clause without one still counts.
    // Only a measurable fact there (high evidence) outweighs the cap: a stance in the other clause stays low
    // ("said the cuts could save $400 million, but warned that the chips still faced competition").
    const starts = level === 'high' ? clauseStarts(context.view) : undefined;
    if (starts && starts.starts.length) {
      // (A clause with a modal or a verb of expecting, planning or believing of its own is capped too, whether or not a
      // rule's cap evidence sits in it: "…, and that it expected spending to rise again in 2027".)
      const capped = clausesWithOwnCap(context.view, starts);
      for (const e of hard) capped[clauseOf(starts, e.start)] = true;
      const free = raises.filter((e) => e.level === 'high' && !capped[clauseOf(starts, e.start)]);
      if (free.length) return { level: 'high', reasons: reasons(free, text) };
    }
    return { level: 'low', reasons: reasons(hard, text) };
  }
  if (soft.length && level !== 'high') return { level: 'low', reasons: reasons(soft, text) };
  return { level, reasons: reasons(raises.filter((e) => e.level === level), text) };
}
