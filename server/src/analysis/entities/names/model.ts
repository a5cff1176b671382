// The binary model file (server/models/names.bin): sparse quantised weight
// rows and the gazetteer tables, as little-endian typed arrays, so loading is
// a few array copies and hash-table inserts (≈ tens of ms), not parsing.
//
// Layout: "MNER", u32 format version, u32 header length + UTF-8 JSON header
// (padded to 4 bytes), then seven u32-counted arrays: weight keys, row starts
// (features + 1), entries (weight << 5 | label, int32), word keys, word
// values, phrase keys, phrase values.
import type { Lexicon } from './lexicon';
import { HashTable } from './table';

export const MODEL_FORMAT = 1;
const MAGIC = 0x52454e4d; // "MNER" little-endian

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** Bits of an entry that hold the label; the weight is the rest, signed. */
export const LABEL_BITS = 5;

/** What the JSON header carries. */
export interface ModelHeader {
  /** Demonyms and nationality adjectives (lower case), to type MISC names as `nationality`. */
  demonyms: string[];
  /** Longest gazetteer phrase in tokens. */
  maxPhrase: number;
  /** How the model was made (for the record). */
  trainedOn?: string;
}

/** A loaded model: weight rows and lexicon. */
export interface NameModel {
  header: ModelHeader;
  /** feature key → row number */
  weights: HashTable;
  rowStarts: Uint32Array;
  entries: Int32Array;
  lexicon: Lexicon;
}

/** What the training script hands over to be written. */
export interface ModelParts {
  header: ModelHeader;
  weightKeys: Uint32Array;
  rowStarts: Uint32Array;
  entries: Int32Array;
  wordKeys: Uint32Array;
  wordValues: Uint32Array;
  phraseKeys: Uint32Array;
  phraseValues: Uint32Array;
}

/** Serialises a model. */
export function encodeModel(parts: ModelParts): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(parts.header));
  const jsonPadded = (json.length + 3) & ~3;
  const arrays = [
    parts.weightKeys, parts.rowStarts, parts.entries, parts.wordKeys,
    parts.wordValues, parts.phraseKeys, parts.phraseValues,
  ];
  let size = 12 + jsonPadded;
  for (const a of arrays) size += 4 + a.length * 4;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, MODEL_FORMAT, true);
  view.setUint32(8, json.length, true);
  bytes.set(json, 12);
  let at = 12 + jsonPadded;
  for (const a of arrays) {
    view.setUint32(at, a.length, true);
    at += 4;
    for (let i = 0; i < a.length; i++, at += 4) view.setUint32(at, a[i] >>> 0, true);
  }
  return bytes;
}

/** Reads a model; throws on a file that is not one (the host reports it). */
export function decodeModel(bytes: Uint8Array): NameModel {
  if (bytes.length < 12) throw new Error('name model: file too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('name model: not a Marginalia name model');
  const format = view.getUint32(4, true);
  if (format !== MODEL_FORMAT) throw new Error(`name model: format ${format}, expected ${MODEL_FORMAT}`);
  const jsonLength = view.getUint32(8, true);
  if (12 + jsonLength > bytes.length) throw new Error('name model: truncated header');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + jsonLength))) as ModelHeader;
  let at = 12 + ((jsonLength + 3) & ~3);
  const read = (): Uint32Array => {
    if (at + 4 > bytes.length) throw new Error('name model: truncated');
    const count = view.getUint32(at, true);
    at += 4;
    if (at + count * 4 > bytes.length) throw new Error('name model: truncated');
    // One block copy when the host is little-endian (every platform Node runs on); per value otherwise.
    const out = LITTLE_ENDIAN
      ? new Uint32Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + count * 4))
      : Uint32Array.from({ length: count }, (_, i) => view.getUint32(at + i * 4, true));
    at += count * 4;
    return out;
  };
  const weightKeys = read();
  const rowStarts = read();
  const entries = new Int32Array(read().buffer);
  const wordKeys = read();
  const wordValues = read();
  const phraseKeys = read();
  const phraseValues = read();
  if (rowStarts.length !== weightKeys.length + 1) throw new Error('name model: inconsistent rows');
  return {
    header,
    weights: tableOf(weightKeys, (i) => i),
    rowStarts,
    entries,
    lexicon: {
      words: tableOf(wordKeys, (i) => wordValues[i]),
      phrases: tableOf(phraseKeys, (i) => phraseValues[i]),
      maxPhrase: header.maxPhrase,
    },
  };
}

function tableOf(keys: Uint32Array, value: (i: number) => number): HashTable {
  const table = new HashTable(keys.length);
  for (let i = 0; i < keys.length; i++) table.set(keys[i], value(i));
  return table;
}
