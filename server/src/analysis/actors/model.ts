import type { ActorType, MentionKind } from '../types';

export type Gender = 'm' | 'f';

/** A mention while actors are being resolved: token range plus what the rules learned. */
export interface DraftMention {
  start: number;
  end: number;
  kind: MentionKind;
  /** Index into `Draft[]`; undefined while unresolved or when dropped. */
  actor?: number;
  /** Other actors it may mean when the text cannot decide. */
  candidates?: number[];
  sentence: number;
  /** First and one-past-last token of the mention. */
  first: number;
  last: number;
  /** The mention opens its clause (a subject, roughly). */
  subject: boolean;
  /** First token of the name proper, when the tagger kept a title inside the entity. */
  nameFirst?: number;
  /** Lower-cased role words of a title mention ("mayor" in "Mayor Kessler"). */
  roleWords?: string[];
  /** For a description: its head noun ("company", "chief executive", "sister"). */
  head?: string;
  /** For a description: the age it gives ("the 61-year-old"). */
  age?: number;
  /** For a description: nationality stems of its modifiers ("the Chinese leader" → "chin"). */
  nations?: string[];
  /** For a description opened by a possessive pronoun: that pronoun's token index. */
  possessor?: number;
  /** For an apposition: the name mention it stands beside (its actor is the description's). */
  link?: DraftMention;
}

/** An actor while it is being built. */
export interface Draft {
  type: ActorType;
  /** How many of its name mentions the tagger typed person / organisation. */
  votes: { person: number; organization: number };
  /** Every name form seen, as lower-cased token lists. */
  forms: string[][];
  /** The same forms, joined by spaces, for lookups. */
  formKeys: Set<string>;
  /** The fullest name, as written. */
  fullName: string;
  /** Its tokens, lower-cased. */
  fullTokens: string[];
  /** Abbreviations and nicknames (lower-cased) introduced for it. */
  aliases: Set<string>;
  /** Head noun of an organisation's name ("bank" for "Central Bank of Valmora"). */
  head?: string;
  /** Role nouns learned from titles and appositions ("president", "chief executive"). */
  roles: Set<string>;
  /** Role as the article words it ("Chinese President"). */
  roleText?: string;
  /** Lower-cased stems of nationality and country words tied to it ("chin", "kazakh"). */
  nations: Set<string>;
  gender?: Gender;
  age?: number;
  /** Kinship learned from descriptions: relation noun → the relative's index. */
  kin: Map<string, number>;
  /** The organisation a person is named as being of ("Rosa Delgado of Pemberton Structural"), its index. */
  employer?: number;
  mentions: DraftMention[];
  /** Offset of its first name mention. */
  firstSeen: number;
}

/** A fresh actor with no mentions. */
export function newDraft(type: ActorType, fullName: string, tokens: string[]): Draft {
  return {
    type,
    votes: { person: 0, organization: 0 },
    forms: [tokens],
    formKeys: new Set([tokens.join(' ')]),
    fullName,
    fullTokens: tokens,
    aliases: new Set(),
    roles: new Set(),
    nations: new Set(),
    kin: new Map(),
    mentions: [],
    firstSeen: Infinity,
  };
}

/** The stem used to match a nationality with its country ("Kazakh" ~ "Kazakhstan", "Chinese" ~ "China"). */
export function nationStem(word: string): string {
  return word.toLowerCase().slice(0, 4);
}
