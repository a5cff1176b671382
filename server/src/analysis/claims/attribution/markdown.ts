import type { ArticleDocument, Attribution, FootnoteDefinition, Link, Sentence } from '../../types';
import { within } from '../spans';

/**
 * Markdown sources: a link `[text](url)` or a footnote reference `[^1]` inside
 * a sentence attributes it (SCHEMA.md). The document model lists links and
 * footnotes; when a model has none (plain text, or an older model), the same
 * shapes are read from the sentence text directly so the rule still holds.
 */
export interface MarkdownSources {
  links: Link[];
  references: { start: number; end: number; label: string }[];
  definitions: Map<string, FootnoteDefinition>;
}

const LINK = /\[([^\]\n]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
const FOOTNOTE_REF = /\[\^([^\]\s]+)\](?!:)/g;
const FOOTNOTE_DEF = /^[ \t]*\[\^([^\]\s]+)\]:[ \t]*(.+)$/gm;

/** Links and footnotes of a Markdown document, from the model or, failing that, from the text. */
export function markdownSources(document: ArticleDocument): MarkdownSources {
  const definitions = new Map<string, FootnoteDefinition>();
  for (const d of document.footnoteDefinitions) definitions.set(d.label, d);
  if (document.format !== 'markdown') return { links: [...document.links].sort((a, b) => a.start - b.start), references: [...document.footnoteReferences].sort((a, b) => a.start - b.start), definitions };
  let links = document.links;
  let references = document.footnoteReferences;
  const text = document.text;
  if (links.length === 0 && text.includes('](')) {
    links = [];
    for (const m of text.matchAll(LINK)) {
      const labelStart = m.index + 1;
      links.push({ start: m.index, end: m.index + m[0].length, url: m[2]!, label: { start: labelStart, end: labelStart + m[1]!.length, text: m[1]! } });
    }
  }
  if (references.length === 0 && text.includes('[^')) {
    references = [...text.matchAll(FOOTNOTE_REF)].map((m) => ({ start: m.index, end: m.index + m[0].length, label: m[1]! }));
  }
  if (definitions.size === 0 && text.includes('[^')) {
    for (const m of text.matchAll(FOOTNOTE_DEF)) {
      const contentStart = m.index + m[0].indexOf(m[2]!);
      const content = m[2]!.trimEnd();
      definitions.set(m[1]!, { start: m.index, end: m.index + m[0].length, label: m[1]!, content: { start: contentStart, end: contentStart + content.length, text: content } });
    }
  }
  const byStart = <T extends { start: number }>(xs: T[]): T[] => [...xs].sort((a, b) => a.start - b.start);
  return { links: byStart(links), references: byStart(references), definitions };
}

/**
 * The link or footnote that sources `sentence`, if any (a footnote wins: it names the source in full; but a
 * footnote glued to a link, "the [Land Registry](…)[^1]", is a note on the linked source, which the link names).
 */
export function markdownAttribution(sentence: Sentence, sources: MarkdownSources, text: string): Attribution | undefined {
  for (const r of within(sources.references, sentence.start, sentence.end)) {
    if (r.start < sentence.start || r.end > sentence.end) continue;
    if (sources.links.some((l) => l.end === r.start)) continue;
    const def = sources.definitions.get(r.label);
    if (!def) continue;
    return {
      cue: { start: r.start, end: r.end, text: text.slice(r.start, r.end) },
      source: { ...def.content },
      content: { start: sentence.start, end: r.start },
      kind: 'footnote',
    };
  }
  for (const l of within(sources.links, sentence.start, sentence.end)) {
    if (l.start < sentence.start || l.end > sentence.end) continue;
    return {
      cue: { start: l.start, end: l.end, text: text.slice(l.start, l.end) },
      source: { ...l.label },
      kind: 'link',
    };
  }
  return undefined;
}
