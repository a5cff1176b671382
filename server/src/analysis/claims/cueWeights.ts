// The cue classifier's weights looked up by the parts of a feature, not by
// its string. A feature name is built by concatenation ('lp=' + lemma + '_' +
// class), and looking such a fresh string up in the large weight object
// flattened and interned it first: a few microseconds per scored cue, most of
// the classifier's time. The weight of each part combination is a pure
// function of the table, so it is memoised per table by its parts, and a
// scored cue then costs a few Map reads of strings that already exist.

type Weights = Readonly<Record<string, number>>;

/** One-part memo: `prefix + a` → weight. */
type Memo1 = Map<string, number>;
/** Two-part memo: `prefix + a + '_' + b` → weight. */
type Memo2 = Map<string, Memo1>;

/** Memos of one weight table, per feature family of cueFeatures(). */
interface TableMemo {
  p: Memo1;
  n: Memo1;
  pc: Memo1;
  nc: Memo1;
  ax: Memo1;
  pn: Memo2;
  lp: Memo2;
  ln: Memo2;
  wn: Memo2;
  /** 'sp=' + ending + '_' + class + '_' + aux, one memo per aux value ('y', 'n'). */
  spY: Memo2;
  spN: Memo2;
  /** Entries added since the memos were last emptied. */
  size: number;
}

const memos = new WeakMap<object, TableMemo>();
/** The memos are emptied past this many entries: words of a language, not of one text, but still bounded. */
const MEMO_LIMIT = 1 << 16;

function emptyMemo(): TableMemo {
  return { p: new Map(), n: new Map(), pc: new Map(), nc: new Map(), ax: new Map(), pn: new Map(), lp: new Map(), ln: new Map(), wn: new Map(), spY: new Map(), spN: new Map(), size: 0 };
}

/** The memos of `weights`, emptied when they have grown large. */
export function tableMemo(weights: Weights): TableMemo {
  let memo = memos.get(weights);
  if (!memo || memo.size >= MEMO_LIMIT) memos.set(weights, (memo = emptyMemo()));
  return memo;
}

/** `weights[prefix + a] ?? 0`, memoised in `memo` by `a`. */
export function weight1(weights: Weights, table: TableMemo, memo: Memo1, prefix: string, a: string): number {
  let w = memo.get(a);
  if (w === undefined) {
    w = weights[prefix + a] ?? 0;
    memo.set(a, w);
    table.size++;
  }
  return w;
}

/** `weights[prefix + a + '_' + b + suffix] ?? 0`, memoised in `memo` (one per prefix and suffix) by `a`, then `b`. */
export function weight2(weights: Weights, table: TableMemo, memo: Memo2, prefix: string, a: string, b: string, suffix = ''): number {
  let inner = memo.get(a);
  if (inner === undefined) memo.set(a, (inner = new Map()));
  let w = inner.get(b);
  if (w === undefined) {
    w = weights[prefix + a + '_' + b + suffix] ?? 0;
    inner.set(b, w);
    table.size++;
  }
  return w;
}
