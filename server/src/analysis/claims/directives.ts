import type { ArticleDocument, Claim } from '../types';

/**
 * Applies `marginalia: sourced` directives (INTERFACES.md). The inline form
 * (`<!-- marginalia: sourced -- reason -->` after a sentence) marks the last
 * claim ending before it in the same block; the line form (`// marginalia:
 * sourced -- reason` on a line of its own) marks every claim of the next
 * block. A marked claim keeps `sourced: false` — the JSON still says what the
 * text itself attributes — and gains `suppressed`, which silences its
 * diagnostic. Other directive names are reported by the document model.
 */
export function applyDirectives(document: ArticleDocument, claims: Claim[]): void {
  for (const d of document.directives) {
    if (d.name !== 'sourced') continue;
    const suppressed = { reason: d.reason ?? '', directive: { start: d.start, end: d.end } };
    if (/^\s*\/\//.test(d.text)) {
      const next = document.blocks.find((b) => b.start >= d.end && b.sentenceCount > 0);
      if (!next) continue;
      for (const c of claims) if (c.start >= next.start && c.end <= next.end) c.suppressed = suppressed;
      continue;
    }
    const block = document.blocks.find((b) => b.start <= d.start && d.start <= b.end);
    let target: Claim | undefined;
    for (const c of claims) {
      if (c.end > d.start) break;
      if (!block || (c.start >= block.start && c.end <= block.end)) target = c;
    }
    if (target) target.suppressed = suppressed;
  }
}
