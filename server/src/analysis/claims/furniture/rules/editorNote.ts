import type { FurnitureRule } from '../rule';

/** "This article was amended on …", "This interview has been edited for length", "An earlier version of this story …": the publisher's note about the article itself. */
const AMENDED = /^(?:(?:this (?:article|story|report|piece|post|interview|conversation|transcript|q&a)|the (?:interview|conversation|transcript|q&a))\b.{0,40}\b(?:was|has been|had been) (?:lightly )?(?:amended|corrected|updated|changed|edited|condensed)\b|(?:an earlier|a previous) version of this (?:article|story|report|piece|post)\b|the following is an? (?:lightly )?(?:edited |condensed |abridged |partial |full )?(?:transcript|excerpt|extract)\b)/i;
/** "Questions have been shortened for clarity", "Answers were edited for length": the same note about a transcript's parts. */
const PARTS_EDITED = /^(?:the )?(?:questions|answers|quotes|quotations|responses|remarks|comments)(?: and answers)? (?:have been|were|has been) (?:lightly )?(?:edited|condensed|shortened|trimmed)\b.{0,20}\bfor (?:clarity|length|brevity|space|style)\b/i;
/** "Correction:", "Clarification —", "Editor’s note:" opening a line ("Update:" in a live report introduces news, a claim). */
const LABELLED = /^(?:corrections?|clarifications?|editor['’]s note)\s*[:—–-]/i;

/**
 * A correction or editor's note is page furniture, not a claim of the story
 * (SCHEMA.md's furniture is what the page says about itself: bylines, "Read
 * More"): "This article was amended on 24 October to correct …" would
 * otherwise be flagged as a dated event.
 */
export const editorNote: FurnitureRule = {
  id: 'editor-note',
  description: 'A correction or editor’s note about the article itself (This article was amended on …, Correction: …, Questions have been edited for clarity).',
  run({ document }) {
    const out: number[] = [];
    document.sentences.forEach((s, i) => {
      // An italic note ("*Correction: …*") is read without its emphasis marks.
      const text = s.text.charCodeAt(0) === 42 || s.text.charCodeAt(0) === 95 ? s.text.replace(/^[*_]+/, '') : s.text;
      const c = text.charCodeAt(0) | 32; // first letter, lower-cased: t, a, c, u, e (q, r for a transcript's parts)
      const note = (c === 116 || c === 97 || c === 99 || c === 117 || c === 101) && (AMENDED.test(text) || LABELLED.test(text));
      if (!note && !((c === 113 || c === 97 || c === 114 || c === 99 || c === 116) && PARTS_EDITED.test(text))) return;
      out.push(i);
      if (!note) return;
      // The note goes on to the end of its paragraph: "Correction: … misstated the size. It is 38 acres, not 83."
      const block = document.blocks[s.block];
      if (block && block.firstSentence === i) for (let k = i + 1; k < block.firstSentence + block.sentenceCount; k++) out.push(k);
    });
    return out;
  },
};
