import { evidence, type CheckworthyRule } from '../rule';
import { hasSpecificDay } from './datedEvent';
import { SUBJECT_PRONOUNS } from '../../attribution/source';

const MODALS = new Set(['will', 'would', 'could', 'might', 'may', "'ll", 'shall', 'should']);
// ("advised people to drink water", "encouraged residents to …": advice is an appeal, like urging.)
const PLEDGE = /^(pledg|promis|vow|urg|advis|encourag|propos|plan|intend|want|hop|seek)|^call(ed|s|ing)? (for|on)\b/;
const FIRST_PERSON = new Set(['i', 'we']);
/** Verbs of planning before "to" ("plan to run", "intends to publish", "aims to cut"). */
const PLANS = new Set(['plan', 'plans', 'planned', 'intend', 'intends', 'intended', 'aim', 'aims', 'aimed', 'hope', 'hopes', 'hoped']);
/** True when "and" after `from` opens a second finite predicate ("… and says it has signed …", "… and has hired …"). */
function secondPredicate(lower: readonly string[], from: number): boolean {
  for (let k = from; k + 1 < lower.length; k++) {
    if (lower[k] !== 'and' && lower[k] !== 'but') continue;
    if (/^(says|said|has|have|had|is|was|were|are|did)$/.test(lower[k + 1]!) || /^[a-z]{3,}ed$/.test(lower[k + 1]!)) return true;
  }
  return false;
}

/** True when the wish verb at `i` follows its subject pronoun at the content's opening, after "that" or an adverb. */
function reportedWish(lower: readonly string[], tokens: readonly { start: number; end: number }[], content: { start: number }, i: number): boolean {
  const subject = WISH_ADVERBS.has(lower[i - 1] ?? '') ? i - 2 : i - 1;
  if (subject < 0 || !SUBJECT_PRONOUNS.has(lower[subject] ?? '') || tokens[subject]!.start < content.start) return false;
  return subject === 0 || lower[subject - 1] === 'that' || tokens[subject - 1]!.end <= content.start;
}

/** Pronouns that can be a plan's subject ("they plan to", "she hopes to"). */
const PLAN_SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who', 'also', 'now', 'still']);
/** Words before "plan" that make it the noun ("the plan to build …", "a plan to cut …"). */
const DETERMINERS_BEFORE_PLAN = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'government', "government's", 'new']);

/** Adverbs between a writer's "I" or "we" and the modal ("I will probably", "we will certainly"). */
const WRITER_ADVERBS = new Set(['probably', 'certainly', 'definitely', 'also', 'still', 'never', 'not', 'surely', 'likely', 'soon']);
/** Verbs of hoping, wanting and planning that a report's content may open with ("said she hoped to …"). */
const REPORTED_WISHES = new Set(['hope', 'hopes', 'hoped', 'want', 'wants', 'wanted', 'wish', 'wishes', 'wished', 'intend', 'intends', 'intended', 'plan', 'plans', 'planned', 'aims', 'aimed']);
/** Adverbs between a reported subject and its wish ("they now expected", "she still hopes"). */
const WISH_ADVERBS = new Set(['now', 'still', 'also', 'really', 'fully', 'firmly', 'strongly']);

/** PLEDGE's verdict per cue text, worked out once per text (cues are a few reporting verbs; bounded). */
const pledges = new Map<string, boolean>();
const PLEDGES_LIMIT = 10_000;

function isPledge(cue: string): boolean {
  let pledge = pledges.get(cue);
  if (pledge === undefined) {
    pledge = PLEDGE.test(cue.toLowerCase());
    if (pledges.size >= PLEDGES_LIMIT) pledges.clear();
    pledges.set(cue, pledge);
  }
  return pledge;
}

/** People a search is for ("seeking 12 suspects", "seeking witnesses"). */
const SOUGHT_PEOPLE = new Set(['suspect', 'suspects', 'witness', 'witnesses', 'man', 'men', 'woman', 'women', 'people', 'driver', 'drivers', 'gunman', 'gunmen', 'survivors', 'victims', 'relatives']);

/** True when "to" and a gerund follow "commits"/"committed" and a short object ("committed both sides to raising"). */
function committedTo(lower: readonly string[], i: number): boolean {
  for (let k = i + 1; k < lower.length && k <= i + 5; k++) if (lower[k] === 'to') return /^[a-z]{3,}ing$/.test(lower[k + 1] ?? '');
  return false;
}

/** Auxiliaries of a perfect or a past that make a clause a deed done ("had sent", "has cut", "were evacuated"). */
const DONE_AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were']);

/**
 * True when the modal at `modal` opens a second predicate joined by "and" or "but" ("… and would …") and the
 * reported content before it holds a deed done: a perfect or past auxiliary ("had sent") or a verb in -ed.
 */
function doneBefore(lower: readonly string[], content: { start: number; end: number }, tokens: readonly { start: number; end: number }[], modal: number): boolean {
  const join = lower[modal - 1];
  if (join !== 'and' && join !== 'but') return false;
  for (let k = modal - 2; k >= 0 && tokens[k]!.start >= content.start; k--) {
    const w = lower[k]!;
    if (MODALS.has(w)) return false;
    if (DONE_AUXILIARIES.has(w) || /^[a-z]{3,}ed$/.test(w)) return true;
  }
  return false;
}

/**
 * An intention or pledge is low even with numbers in it (SCHEMA.md):
 * a reported statement whose content is in the future or conditional ("said
 * the government would offer …"), a pledge verb ("promised to", "vowed"), or
 * a quoted first-person promise ("We will …"). A reported plan pinned to a
 * day ("said the results would be certified on Friday") is a scheduled,
 * dated event instead, and stays high.
 */
export const intention: CheckworthyRule = {
  id: 'intention',
  description: 'Is an intention, a pledge or a promise (would, will, pledged to, “We will …”).',
  run(context) {
    const v = context.view;
    const a = context.attribution.attribution;
    const { tokens, lower, quoted } = v;
    if (a && a.kind !== 'link' && a.kind !== 'footnote') {
      if (!a.inherited && isPledge(a.cue.text)) return [{ start: a.cue.start, end: a.cue.end, kind: 'intention', level: 'low', cap: 'hard' }];
      // A quotation carried on from the sentence before is reported whole: "Every child … will get a dose."
      const content = a.inherited ? { start: tokens[0]?.start ?? 0, end: tokens[tokens.length - 1]?.end ?? 0 } : a.content;
      if (content) {
        for (let i = 0; i < tokens.length; i++) {
          const t = tokens[i]!;
          if (t.start < content.start || t.end > content.end) continue;
          // "said she hoped to look for …", "has said he wants a final vote": a hope or a wish reported as the
          // content's own verb, straight after its pronoun, is a belief of the speaker's (SCHEMA.md), low.
          // (The pronoun opens the content, after "that" at most: "the last thing we wanted" inside it is no wish reported.)
          // ("wrote in a note to clients that he hopes …", "said they now hoped …": after "that", or an adverb between.)
          // (An expectation is left as it is: the gold reads "Holt told reporters that she expected the telescope to
          // produce 'the most important pictures'" as high.)
          if (REPORTED_WISHES.has(lower[i]!) && reportedWish(lower, tokens, content, i)) {
            return [evidence(context, i, i, 'intention', 'low', 'hard')];
          }
          // "in May" is a month: the modal is written in lower case.
          // ("1,240 more people died than would normally be expected": a modal after "than" measures a comparison.)
          // ("a figure that could not be independently verified": the writer's caveat on a figure, no plan of anyone's.)
          const caveat = lower[i + 1] === 'not' && lower[i + 2] === 'be' && /^(verified|confirmed|independently|immediately|reached)$/.test(lower[i + 3] ?? '');
          if (((MODALS.has(lower[i]!) && t.text !== 'May') || (lower[i] === 'going' && lower[i + 1] === 'to')) && lower[i - 1] !== 'than' && !caveat) {
            // A carried-on quotation pinned to a day is left to the first-person test below, as it always was.
            if (hasSpecificDay(context)) {
              if (a.inherited) break;
              return [];
            }
            // "said it had sent alerts to 9,400 phones and would …": a done deed before the plan keeps its own level
            // (the highest any part earns, SCHEMA.md); only the plan is an intention.
            if (doneBefore(lower, content, tokens, i)) return [];
            return [evidence(context, i, i, 'intention', 'low', 'hard')];
          }
        }
      }
    }
    // "The researchers plan to run a randomised trial starting next year.": a plan stated of its subject is an
    // intention, whatever the calibration made of "plan" as a cue.
    for (let i = 1; i + 1 < tokens.length; i++) {
      if (!PLANS.has(lower[i]!) || lower[i + 1] !== 'to') continue;
      // (Its subject right before it: a pronoun, a name or a plural noun; "an earlier plan to sell" is the noun.)
      const prev = tokens[i - 1]!.text;
      const subject = PLAN_SUBJECTS.has(lower[i - 1]!) || /^\p{Lu}/u.test(prev) || (/^[a-z]{3,}s$/.test(prev) && !DETERMINERS_BEFORE_PLAN.has(lower[i - 1]!));
      // ("Vyoma plans to fly four more missions and says it has signed contracts worth $38 million": a second
      // predicate after "and" states its own deed.)
      if (!quoted[i] && PLANS.has(lower[i]!) && lower[i + 1] === 'to' && /^[a-z]+$/.test(lower[i + 2] ?? '') && subject && !DETERMINERS_BEFORE_PLAN.has(lower[i - 1]!) && !secondPredicate(lower, i + 2)) return [evidence(context, i, i + 1, 'intention', 'low', 'hard')];
    }
    // "The union is seeking 18% over two years.", "The Alliance has proposed phasing out drilling by 2035.", "The
    // statement committed both sides to raising trade to $10 billion": a demand, a proposal or a commitment stated of
    // its subject is an intention too.
    for (let i = 1; i + 1 < tokens.length; i++) {
      if (quoted[i]) continue;
      const w = lower[i]!;
      const progressive = /^(is|are|was|were)$/.test(lower[i - 1]!);
      // ("Police are seeking 12 suspects": a search for people is a deed, no demand.)
      if ((w === 'seeking' || w === 'demanding') && progressive && !lower.slice(i + 1, i + 4).some((x) => SOUGHT_PEOPLE.has(x))) return [evidence(context, i - 1, i, 'intention', 'low', 'hard')];
      if ((w === 'proposed' || w === 'proposes' || w === 'proposing') && (/^[a-z]{3,}ing$/.test(lower[i + 1] ?? '') || lower[i + 1] === 'to') && !DETERMINERS_BEFORE_PLAN.has(lower[i - 1]!)) return [evidence(context, i, i + 1, 'intention', 'low', 'hard')];
      if (/^commit(s|ted)$/.test(w) && committedTo(lower, i)) return [evidence(context, i, i, 'intention', 'low', 'hard')];
    }
    // "I will probably drive again next Saturday.": a writer's own plan, opening the sentence, is an intention too.
    const first = tokens.findIndex((t) => t.kind !== 'punct');
    if (first >= 0 && !quoted[first] && FIRST_PERSON.has(lower[first]!)) {
      let k = first + 1;
      while (k < tokens.length && WRITER_ADVERBS.has(lower[k]!)) k++;
      if (MODALS.has(lower[k] ?? '') && lower[k] !== 'would' && lower[k] !== 'could' && lower[k] !== 'might') {
        let m = k + 1;
        while (m < tokens.length && WRITER_ADVERBS.has(lower[m]!)) m++;
        if (lower[m] !== 'be' && lower[m] !== 'have') return [evidence(context, first, k, 'intention', 'low', 'hard')];
      }
    }
    // Only a quoted word can open a first-person promise, and a sentence without a quotation has none.
    if (!v.hasQuote) return [];
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (quoted[i] && FIRST_PERSON.has(lower[i]!) && (MODALS.has(lower[i + 1]!) || lower[i + 1] === 'want' || lower[i + 1] === 'intend')) {
        return [evidence(context, i, i + 1, 'intention', 'low', 'hard')];
      }
    }
    return [];
  },
};
