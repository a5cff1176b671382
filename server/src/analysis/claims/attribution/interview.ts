// A question-and-answer interview: the interviewer's questions stand as
// paragraphs of their own, set in bold ("**Will you run again?**") or opened
// by "Q:", and each answer paragraph after a question is the interviewee's
// words, as a quotation is its speaker's. The interviewee is the person the
// introduction names beside an interview word ("We spoke to Housing Minister
// Teodora Lisk"); without one, the questions are an explainer's own and
// nothing changes. An answer's sentences are attributed to the interviewee,
// with the question as the cue; what a sentence reports itself ("They said
// the same thing in Vienna") stays as a further attribution. A note set in
// italics, or anything after a thematic break ("---"), is no answer.
import type { Actor, ArticleDocument, Block, TextSpan } from '../../types';
import type { SentenceView } from '../view';
import type { SentenceAttribution } from './index';

/** Words of the introduction that say an interview follows. */
const INTERVIEW_WORDS = /\b(?:interview(?:ed|s)?|spoke|speaks|talked|talks|sat down|asked|conversation|Q&A)\b/i;
/** Questions needed before the paragraphs after them are read as answers. */
const MIN_QUESTIONS = 2;

/** The block's text with its surrounding spaces and emphasis marks cut off, and where that text starts. */
function bare(text: string, block: Block): { text: string; start: number; marked: boolean; italic: boolean } {
  let start = block.start;
  let end = block.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const raw = text.slice(start, end);
  const strong = /^(\*\*|__)[\s\S]*\1$/.test(raw);
  const italic = !strong && /^([*_])[^*_][\s\S]*[^*_]\1$/.test(raw);
  const cut = strong ? 2 : italic ? 1 : 0;
  return { text: raw.slice(cut, raw.length - cut), start: start + cut, marked: strong, italic };
}

/** True for a question paragraph: all in bold and ending in "?", or opened by "Q:" / "Q." . */
function isQuestion(text: string, block: Block): boolean {
  if (block.kind !== 'paragraph') return false;
  // Every analysis asks this of every paragraph: its first character rules most out before any slice is made.
  let k = block.start;
  while (k < block.end && /\s/.test(text[k]!)) k++;
  const opener = text[k];
  if (opener !== '*' && opener !== '_' && opener !== 'Q') return false;
  const b = bare(text, block);
  return (b.marked && /\?\s*$/.test(b.text)) || /^Q\s*[:.]\s/.test(b.text);
}

/** True for a question opened by "Q:" or "Q." (not one set in bold). */
function labelledQuestion(text: string, block: Block): boolean {
  return /^Q\s*[:.]\s/.test(bare(text, block).text);
}

/** The offset of an "A:" line inside a labelled question's paragraph ("Q: …?\nA: …"), -1 when there is none. */
function innerAnswer(text: string, block: Block): number {
  const m = /\n[ \t]*A\s*[:.]\s/.exec(text.slice(block.start, block.end));
  return m ? block.start + m.index + 1 : -1;
}

/** True for a paragraph opened by "A:" or "A.": a labelled answer. */
function labelledAnswer(text: string, block: Block): boolean {
  return block.kind === 'paragraph' && /^A\s*[:.]\s/.test(bare(text, block).text);
}

/** The question a question block ends with (its last sentence, emphasis marks cut off): the cue of the answers after it. */
function lastQuestion(text: string, block: Block, views: readonly SentenceView[]): TextSpan {
  const b = bare(text, block);
  const last = views[block.firstSentence + block.sentenceCount - 1]?.sentence;
  let start = b.start;
  if (last && last.start >= b.start && last.start < b.start + b.text.length) start = last.start;
  const end = b.start + b.text.length;
  return { start, end, text: text.slice(start, end) };
}

/** The offset of the first thematic break ("---", "***", "___" on a line of its own), or the text's length. */
function firstBreak(text: string, from: number): number {
  const re = /^[ \t]*(?:-[ \t]*){3,}$|^[ \t]*(?:\*[ \t]*){3,}$|^[ \t]*(?:_[ \t]*){3,}$/gm;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : text.length;
}

/** The interviewee: the person the introduction names beside an interview word (the most mentioned, if several); the mention that names them there. */
function interviewee(document: ArticleDocument, views: readonly SentenceView[], introEnd: number, actors: readonly Actor[]): { actor: Actor; mention: TextSpan } | undefined {
  let best: { actor: Actor; mention: TextSpan; score: number } | undefined;
  for (const actor of actors) {
    if (actor.type !== 'person') continue;
    for (const m of actor.mentions) {
      if (m.end > introEnd) continue;
      const sentence = views.find((v) => v.sentence.start <= m.start && m.end <= v.sentence.end)?.sentence;
      // An explainer's questions are the writer's own: only a person the introduction interviews answers them.
      if (!sentence || !INTERVIEW_WORDS.test(sentence.text)) continue;
      // "She spoke with the Burlington Courier's Paul Renner": the subject of the interview sentence, named or a pronoun
      // for someone named before, is interviewed; a reporter named with the outlet's possessive interviews.
      const subject = document.text.slice(sentence.start, m.start).trim() === '';
      if (m.kind === 'pronoun' && !subject) continue;
      if (/['’]s\s*$/.test(document.text.slice(Math.max(sentence.start, m.start - 3), m.start))) continue;
      const score = actor.mentions.length + (subject ? 1000 : 0);
      // (A pronoun names no one on its own: the answers' source is then the actor's defining mention.)
      const shown = m.kind === 'pronoun' ? actor.definition : m;
      if (!best || score > best.score) best = { actor, mention: { start: shown.start, end: shown.end, text: document.text.slice(shown.start, shown.end) }, score };
      break;
    }
  }
  return best && { actor: best.actor, mention: best.mention };
}

/** Attributes the answers of a question-and-answer interview to the interviewee (in place, on `result`). */
export function interviewAnswers(document: ArticleDocument, views: readonly SentenceView[], own: readonly SentenceAttribution[], result: SentenceAttribution[], actors: readonly Actor[]): void {
  const text = document.text;
  const blocks = document.blocks;
  const questions = new Set(blocks.filter((b) => isQuestion(text, b)));
  // ("Q: Will you rule out cuts?" / "A: We will protect the NHS.": labels this explicit need no second question.)
  const labelled = blocks.some((b, k) => questions.has(b) && labelledQuestion(text, b) && (innerAnswer(text, b) >= 0 || (blocks[k + 1] !== undefined && labelledAnswer(text, blocks[k + 1]!))));
  if (questions.size < MIN_QUESTIONS && !labelled) return;
  const first = questions.values().next().value as Block;
  const person = interviewee(document, views, first.start, actors);
  if (!person) return;
  const end = firstBreak(text, first.end);
  let question: TextSpan | undefined;
  // After a "Q:" question only an "A:" paragraph answers; the story goes on after it in the writer's words.
  let answersLabelled = false;
  const answer = (i: number, cue: TextSpan): void => {
    const mine = own[i]!;
    const others = [...(mine.attribution ? [mine.attribution] : []), ...(mine.others ?? [])];
    result[i] = { attribution: { cue, source: { ...person.mention, actor: person.actor.id }, kind: 'answer', inherited: true }, belief: mine.belief, reported: true };
    if (others.length) result[i]!.others = others;
  };
  for (const block of blocks) {
    if (block.start < first.start || block.start >= end) continue;
    if (questions.has(block)) {
      answersLabelled = labelledQuestion(text, block);
      // "Q: …?\nA: …" in one paragraph: the sentences from the "A:" line on answer the question before it.
      const inner = answersLabelled ? innerAnswer(text, block) : -1;
      if (inner >= 0) {
        const sentences = views.slice(block.firstSentence, block.firstSentence + block.sentenceCount);
        const asked = sentences.filter((v) => v.sentence.end <= inner).pop()?.sentence;
        question = asked && { start: Math.max(asked.start, bare(text, block).start), end: asked.end, text: text.slice(Math.max(asked.start, bare(text, block).start), asked.end) };
        if (question) for (let i = block.firstSentence; i < block.firstSentence + block.sentenceCount && i < views.length; i++) if (views[i]!.sentence.start >= inner) answer(i, question);
      } else question = lastQuestion(text, block, views);
      continue;
    }
    if (!question || block.kind !== 'paragraph' || bare(text, block).italic || (answersLabelled && !labelledAnswer(text, block))) {
      question = undefined;
      continue;
    }
    for (let i = block.firstSentence; i < block.firstSentence + block.sentenceCount && i < views.length; i++) answer(i, question);
  }
}
