import type { Checkworthiness, CheckworthyReason } from '../../types';
import type { CheckworthyContext, CheckworthyRule, Evidence } from './rule';
import { age } from './rules/age';
import { amount } from './rules/amount';
import { belief } from './rules/belief';
import { comparison } from './rules/comparison';
import { datedEvent } from './rules/datedEvent';
import { factualEvent } from './rules/factualEvent';
import { forecast } from './rules/forecast';
import { greeting } from './rules/greeting';
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

/** Every check-worthiness rule, by id. */
export const CHECKWORTHY_RULES: ReadonlyMap<string, CheckworthyRule> = new Map(
  [amount, percent, statistic, age, ranking, superlative, comparison, datedEvent, namedActor, factualEvent, question, forecast, intention, belief, opinion, speculation, vagueSubject, greeting].map((r) => [r.id, r]),
);

/** The rules in registration order, as an array (iterated once per sentence). */
const RULE_LIST: readonly CheckworthyRule[] = [...CHECKWORTHY_RULES.values()];

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
  for (const rule of RULE_LIST) {
    for (const e of rule.run(context)) {
      if (!e.cap) raises.push(e);
      else if (e.cap === 'hard') hard.push(e);
      else if (e.cap === 'soft') soft.push(e);
    }
  }
  let level: Checkworthiness = 'low';
  for (const e of raises) if (RANK[e.level] > RANK[level]) level = e.level;
  if (hard.length) return { level: 'low', reasons: reasons(hard, text) };
  if (soft.length && level !== 'high') return { level: 'low', reasons: reasons(soft, text) };
  return { level, reasons: reasons(raises.filter((e) => e.level === level), text) };
}
