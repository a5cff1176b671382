/**
 * Words for a claim in the editor. Why a claim is check-worthy and the
 * unsourced message come from the analysis core (`analysis/describe`), which
 * the CLI uses too, so the editor and the terminal say the same thing; only
 * the attribution line, which needs the editor's actor lookup, is made here.
 */
import type { Analysis, Claim } from '../analysis/types';
import { attributionWords, oneLine } from '../analysis/describe';
import { actorById } from './lookup';

export { clauseOnlyMessage, describeReason, describeReasons, oneLine, readerReasons, unsourcedMessage } from '../analysis/describe';

/** "“said” (source: “he” → Xi Jinping)": a claim's attribution in words, or undefined. */
export function describeAttribution(analysis: Analysis, claim: Claim, attribution = claim.attribution): string | undefined {
  if (!attribution) return undefined;
  const actor = attribution.source.actor ? actorById(analysis, attribution.source.actor) : undefined;
  return attributionWords(oneLine(attribution.cue.text), oneLine(attribution.source.text), actor?.name ?? (attribution.source.antecedent && oneLine(attribution.source.antecedent.text)));
}
