import { evidence, type CheckworthyRule } from '../rule';

/** Gestures and expressions that set a scene ("smiled", "shrugged", "paused"): what a face did is nothing to check. */
const GESTURES = new Set('smiled smiles grinned grins laughed laughs nodded nods shrugged shrugs sighed sighs frowned frowns winced winces paused pauses blushed wept weeps chuckled chuckles gasped gasps beamed beams'.split(' '));

/**
 * A scene-setting sentence (SCHEMA.md low): its main verb is a gesture ("Ruth
 * Kessler, asked by reporters whether she would accept the offer, smiled.").
 * The verb must close the sentence or come before a short adjunct, so "smiled
 * as the 2% rise was announced" is still judged on its figure (a soft cap).
 */
export const scene: CheckworthyRule = {
  id: 'scene',
  description: 'Sets a scene: someone smiled, shrugged, paused.',
  cues: { words: GESTURES },
  run(context) {
    const { tokens, lower, quoted } = context.view;
    for (let i = 1; i < tokens.length; i++) {
      if (!GESTURES.has(lower[i]!) || quoted[i]) continue;
      // The gesture ends the clause: the sentence's end, or a few words of manner or place after it.
      let words = 0;
      for (let k = i + 1; k < tokens.length && tokens[k]!.kind !== 'punct'; k++) words++;
      if (words <= 4) return [evidence(context, i, i, 'scene', 'low', 'soft')];
    }
    return [];
  },
};
