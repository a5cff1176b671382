// "Xi Jinping said …", "Li Qiang", "Wang Yi": a Chinese name is a one-syllable
// family name and a given name of one or two pinyin syllables. CoNLL holds
// few of them, so the model types a name it has not seen, alone in a
// sentence, as an organisation or a place. A name of two words whose first
// is a common Chinese family name and whose second spells one or two pinyin
// syllables (and is no ordinary lower-case word: "Li Auto") is a person.
import type { TokenSpan } from './decoder';
import { CASE_LOWER, FLAG_ORG_SUFFIX, caseOf, type Lexicon, wordInfo } from './lexicon';
import { normalizeToken } from './normalize';

const PER = 0;

/** The most common Chinese family names in pinyin. */
const FAMILY_NAMES = new Set(
  'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin xi qin bai cui kong mao qiu qian shi hou tan fan fu zou xiong meng'.split(' '),
);

/** One pinyin syllable: an optional initial and a final. */
const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|uai|ian|iao|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)';
/** A given name of one or two syllables ("Yi", "Qiang", "Jinping"). */
const GIVEN = new RegExp(`^${SYLLABLE}(?:${SYLLABLE})?$`);

/** True when `family` and `given` spell a Chinese name ("Xi" "Jinping"). */
function chineseName(family: string, given: string, lexicon: Lexicon): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(family) || !/^\p{Lu}\p{Ll}+$/u.test(given)) return false;
  if (!FAMILY_NAMES.has(family.toLowerCase()) || !GIVEN.test(given.toLowerCase())) return false;
  // "Li Auto", "Ma Bell": a word mostly written in lower case is an ordinary word, no given name; "Sun Co" is a firm.
  const info = wordInfo(lexicon, normalizeToken(given));
  return caseOf(info) !== CASE_LOWER && !(info & FLAG_ORG_SUFFIX);
}

/** Retypes as people the two-word organisation and place spans that spell a Chinese name. */
export function pinyinNames(spans: TokenSpan[], forms: readonly (readonly string[])[], lexicon: Lexicon): TokenSpan[] {
  for (const span of spans) {
    if (span.cls === PER || span.end - span.start !== 2) continue;
    const tokens = forms[span.sentence]!;
    if (chineseName(tokens[span.start]!, tokens[span.start + 1]!, lexicon)) span.cls = PER;
  }
  return spans;
}
