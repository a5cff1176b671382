import type { StatusParams } from './protocol';

/**
 * What the status-bar item says for one document's status (no `vscode`
 * import, so the wording is unit-tested in plain Node).
 */
export function describeStatus(status: StatusParams | undefined): { text: string; tooltip: string; error: boolean } {
  if (status === undefined) return { text: '$(loading~spin) Marginalia', tooltip: 'Marginalia: starting…', error: false };
  const took = status.durationMs !== undefined ? ` in ${Math.round(status.durationMs)} ms` : '';
  switch (status.state) {
    case 'analyzing':
      return { text: '$(sync~spin) Marginalia', tooltip: 'Marginalia: reading the article…', error: false };
    case 'skipped':
      return { text: '$(circle-slash) Marginalia', tooltip: `Marginalia: not analysed. ${status.message ?? ''}`.trim(), error: false };
    case 'error':
      return { text: '$(error) Marginalia', tooltip: `Marginalia: analysis failed. ${status.message ?? ''}`.trim(), error: true };
    case 'ready': {
      const c = status.counts;
      if (c === undefined) return { text: '$(book) Marginalia', tooltip: `Marginalia: analysed${took}`, error: false };
      const text = c.unsourced > 0 ? `$(book) ${c.unsourced} unsourced` : '$(book) Marginalia';
      const tooltip =
        `Marginalia: ${c.entities} entities, ${c.actors} actors, ${c.claims} claims ` +
        `(${c.unsourced} unsourced), analysed${took}`;
      return { text, tooltip, error: false };
    }
  }
}
