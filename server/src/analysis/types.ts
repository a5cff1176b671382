/**
 * The vocabulary of the analysis core, shared by every stage.
 *
 * Every span is half-open `[start, end)` in JavaScript string indices (UTF-16
 * code units) into the exact text that was analysed, BOM and CRLF included.
 * Lines and columns never appear here: only `server/src/lsp/convert.ts` makes
 * positions. Everything is plain JSON-serialisable data.
 */

/** A half-open range of UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers (`text === source.slice(start, end)`). */
export interface TextSpan extends Span {
  text: string;
}

// ---------------------------------------------------------------- problems

export type ProblemSeverity = 'error' | 'warning' | 'info';

/**
 * Something the analysis noticed about its input or its own limits (a
 * malformed suppression comment, a truncated huge file). Analysis reports
 * problems instead of throwing.
 */
export interface Problem {
  /** Stable code, e.g. `input.truncated`, `suppression.malformed`. */
  code: string;
  message: string;
  severity: ProblemSeverity;
  span?: Span;
}

// ---------------------------------------------------------------- document model

export type DocumentFormat = 'plain' | 'markdown';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/** A word, number or punctuation mark inside prose. */
export interface Token extends TextSpan {
  kind: TokenKind;
}

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'blockquote' | 'tableHeader' | 'tableRow';

/** One sentence of prose. Markdown block markers (`# `, `- `, `> `) are outside it. */
export interface Sentence extends TextSpan {
  /** Index of the block (paragraph, heading, …) that holds it. */
  block: number;
  /** Tokens of the sentence, in text order; link URLs and inline markup are not tokens. */
  tokens: Token[];
}

/** A block of prose: a paragraph, heading, list item, block-quote paragraph, or a table row (its header row apart). */
export interface Block extends Span {
  kind: BlockKind;
  /** Heading level 1–6 for headings. */
  level?: number;
  /** Index of the first sentence of this block in `ArticleDocument.sentences`. */
  firstSentence: number;
  /** Number of sentences in this block. */
  sentenceCount: number;
}

/** A Markdown link: `[text](url)`. The whole span, the text span, and the URL. */
export interface Link extends Span {
  label: TextSpan;
  url: string;
}

/** A footnote reference `[^label]` in prose. */
export interface FootnoteReference extends Span {
  label: string;
}

/** A footnote definition `[^label]: text`; not prose, but it names a source. */
export interface FootnoteDefinition extends Span {
  label: string;
  content: TextSpan;
}

/** An in-text directive such as `<!-- marginalia: sourced -- reason -->`. */
export interface Directive extends TextSpan {
  /** What it says, e.g. `sourced`. */
  name: string;
  /** The reason given after `--`, if any. */
  reason?: string;
}

/** The document model: an article's prose, with absolute offsets into `text`. */
export interface ArticleDocument {
  text: string;
  format: DocumentFormat;
  blocks: Block[];
  sentences: Sentence[];
  links: Link[];
  footnoteReferences: FootnoteReference[];
  footnoteDefinitions: FootnoteDefinition[];
  directives: Directive[];
  problems: Problem[];
}

// ---------------------------------------------------------------- entities

/** Scored types (SCHEMA.md) first, then the extra ones the schema allows. */
export type EntityType =
  | 'person'
  | 'organization'
  | 'place'
  | 'date'
  | 'money'
  | 'percent'
  | 'nationality'
  | 'event'
  | 'work'
  | 'quantity';

export interface DateValue {
  kind: 'date';
  /** ISO 8601 date, month, year or `start/end` range where the text allows ("2022-09", "2024/2025"). */
  iso?: string;
  /** A weekday name ("Tuesday") when the text names one. */
  weekday?: string;
  /** For relative expressions, what they are relative to, in words ("the year before publication"). */
  relative?: string;
}

export interface MoneyValue {
  kind: 'money';
  /** The amount in units of the currency (US$4.5 billion → 4500000000). */
  amount: number;
  /** ISO 4217 code, e.g. USD, EUR, GBP, CNY. */
  currency: string;
}

export interface PercentValue {
  kind: 'percent';
  /** The number of per cent (12 per cent → 12). */
  value: number;
}

export type EntityValue = DateValue | MoneyValue | PercentValue;

/** One mention of a named entity or an always-exact expression (date, money, percent). */
export interface Entity extends TextSpan {
  type: EntityType;
  /** A normalised value, for dates, money and percentages. */
  value?: EntityValue;
}

// ---------------------------------------------------------------- actors

export type ActorType = 'person' | 'organization';
export type MentionKind = 'name' | 'alias' | 'title' | 'description' | 'pronoun';

export interface Mention extends TextSpan {
  kind: MentionKind;
  /**
   * When the text cannot decide between actors, the ids of every candidate
   * (this mention is then listed under the most plausible one).
   */
  candidates?: string[];
}

export interface Actor {
  /** Stable within the file: lower-case name, hyphens. */
  id: string;
  /** Fullest name used in the article. */
  name: string;
  type: ActorType;
  /** Span of the first mention that names it in full. */
  definition: Span;
  /** Every mention, the definition included, in text order. */
  mentions: Mention[];
  /** The role or title as the article gives it ("Chinese President"), if any. */
  role?: string;
}

// ---------------------------------------------------------------- claims

export type Checkworthiness = 'high' | 'medium' | 'low';

/** Why a claim is check-worthy, shown to the reader ("an amount: US$41 billion"). */
export interface CheckworthyReason extends TextSpan {
  /** e.g. `amount`, `percent`, `statistic`, `ranking`, `superlative`, `comparison`, `dated-event`, `named-actor`. */
  kind: string;
}

export interface AttributionSource extends TextSpan {
  /** Id of the actor the source mentions, when it mentions one. */
  actor?: string;
  /** What a relative pronoun source ("who", "which") stands for: "the police department, which reported …". */
  antecedent?: TextSpan;
}

export interface Attribution {
  cue: TextSpan;
  source: AttributionSource;
  /** What is attributed, when it can be delimited. */
  content?: Span;
  /** How it is attributed; `answer`: an interviewee's answer, whose cue is the interviewer's question. */
  kind?: 'direct' | 'indirect' | 'mixed' | 'link' | 'footnote' | 'document' | 'answer';
  /** True when carried over from an earlier sentence of an open quotation. */
  inherited?: boolean;
  /** True when the cue sits in a subordinate or relative clause: it attributes that clause, not the sentence. */
  embedded?: boolean;
}

export interface Claim extends TextSpan {
  checkworthy: Checkworthiness;
  sourced: boolean;
  attribution?: Attribution;
  /**
   * Further attributions inside the sentence, in text order: a second speaker
   * or a cited report ("…, Ruiz said, citing a report by the central bank"),
   * and cues in a subordinate or relative clause (`embedded`), which
   * attribute only that clause and so never make the claim sourced.
   */
  otherAttributions?: Attribution[];
  /** What made it check-worthy, for the hover and the diagnostic message. */
  reasons: CheckworthyReason[];
  /** Set when an in-text directive marks it sourced by hand. */
  suppressed?: { reason: string; directive: Span };
}

// ---------------------------------------------------------------- the whole

/** The analysis of one article version. The SCHEMA.md fields plus what the editor needs. */
export interface Analysis {
  version: 1;
  file: string;
  document: ArticleDocument;
  entities: Entity[];
  actors: Actor[];
  claims: Claim[];
  problems: Problem[];
}
