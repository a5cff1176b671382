// The trained name tagger: person, organization, place and nationality names.
import type { NameTagger } from '..';

/**
 * Builds a tagger from the bytes of `server/models/names.bin`.
 * Throws on a malformed model (the host turns that into a Problem).
 */
export function createNameTagger(modelBytes: Uint8Array): NameTagger {
  if (modelBytes.length < 8) throw new Error('name model too short');
  throw new Error('name model format not implemented yet');
}
