import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { blockText, blockTextHash, EMPTY_TEXT } from '../../../server/src/analysis/claims/furniture/blockText';
import { buildDocument } from '../../../server/src/analysis/text/document';

/** One check: the hashes of the blocks of `text` are equal exactly where their normalised texts are. */
function check(text: string): void {
  const document = buildDocument(text, 'plain');
  const n = document.blocks.length;
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      const same = blockText(document, a) === blockText(document, b);
      assert.equal(blockTextHash(document, a) === blockTextHash(document, b), same, `blocks ${a} and ${b} of ${JSON.stringify(text)}`);
    }
  }
}

test('blocks whose normalised texts are equal hash alike, whatever their case and spacing', () => {
  check('Read the “Full” Story\n\nread  the “full”\u00a0STORY\n\nRead the full story');
  check('ÉCOLE Ä — İstanbul\n\nécole ä — i̇stanbul\n\nécole a — istanbul');
  check('One. Two.\n\none.   two.\n\nOne.\n\nTwo.');
});

test('a block with no text hashes as empty', () => {
  const document = buildDocument('Words here.\n\n***\n\nMore words.', 'plain');
  for (let b = 0; b < document.blocks.length; b++) {
    assert.equal(blockTextHash(document, b) === EMPTY_TEXT, blockText(document, b) === '', `block ${b}`);
  }
});

test('with a limit, blocks hash alike exactly where the first characters of their normalised texts are equal', () => {
  const text = 'Read the “Full” Story now\n\nread  the “full”\u00a0STORY later\n\nRead the full story\n\nÉCOLE Ä — İstanbul\n\nécole ä — i̇stanbul today';
  const document = buildDocument(text, 'plain');
  const n = document.blocks.length;
  for (const limit of [1, 5, 14, 19, 24]) {
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        const same = blockText(document, a).slice(0, limit) === blockText(document, b).slice(0, limit);
        assert.equal(blockTextHash(document, a, limit) === blockTextHash(document, b, limit), same, `blocks ${a} and ${b}, limit ${limit}`);
      }
    }
  }
});
