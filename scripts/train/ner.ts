// `npm run train` (first step): rebuilds server/models/names.bin from
// ../shared/data (CoNLL-2003 train for labels, PolNeAR texts for case counts,
// npm country / given-name lists). Deterministic: fixed fold split, fixed
// seed for the epoch order, sorted tables; the committed model is its output.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isSportsDocument } from '../../server/src/analysis/entities/names/domain';
import { extractSentence } from '../../server/src/analysis/entities/names/features';
import { decodeModel, encodeModel } from '../../server/src/analysis/entities/names/model';
import { readConll, type ConllDocument } from './ner/conll';
import { loadExternalLists } from './ner/external';
import { LexiconBuilder } from './ner/lexiconBuilder';
import { Perceptron, seededRandom, type TrainingDocument } from './ner/perceptron';
import { readPolnearSentences } from './ner/polnear';
import { formatCounts, scoreConll } from './ner/score';
import type { Lexicon } from '../../server/src/analysis/entities/names/lexicon';

const repoRoot = resolve(__dirname, '..', '..', '..');
const FOLDS = 5;
const EPOCHS = Number(process.env.NER_EPOCHS ?? 8);
const SEED = 20031;
const SCALE = 64;
const THRESHOLD = 2;

function sharedData(): string | undefined {
  const candidates = [process.env.MARGINALIA_SHARED, join(repoRoot, '..', 'shared')].filter((c): c is string => !!c);
  return candidates.map((c) => join(c, 'data')).find((d) => existsSync(join(d, 'conll2003', 'eng.train')));
}

function featurise(docs: readonly ConllDocument[], lexiconOf: (i: number) => Lexicon): TrainingDocument[] {
  return docs.map((doc, i) => {
    const sports = isSportsDocument(doc.sentences.map((t) => t.tokens));
    return {
      sentences: doc.sentences.map((s) => ({ features: extractSentence(s.tokens, lexiconOf(i), sports), gold: s.labels })),
    };
  });
}

function main(): void {
  const data = sharedData();
  if (!data) {
    console.error(
      'npm run train needs the shared data folder (../shared/data/conll2003 beside the repository, or MARGINALIA_SHARED): not found, the committed model is left as it is.',
    );
    process.exit(2);
  }
  const started = Date.now();
  const train = readConll(join(data, 'conll2003', 'eng.train'));
  const dev = readConll(join(data, 'conll2003', 'eng.testa'));
  const polnear = readPolnearSentences(join(data, 'polnear', 'train'));
  const external = loadExternalLists();
  console.log(`names: ${train.length} training documents, ${dev.length} dev, ${polnear.length} PolNeAR lines`);

  // 5-fold gazetteers for training: lists built from all of the training data
  // poison the model (it learns to trust lists that contain its answers).
  const foldLexicons: Lexicon[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const b = new LexiconBuilder();
    train.forEach((d, i) => i % FOLDS !== f && b.addDocument(d));
    for (const s of polnear) b.addSentence(s);
    foldLexicons.push(b.build(external).lexicon);
  }
  const full = new LexiconBuilder();
  for (const d of train) full.addDocument(d);
  for (const s of polnear) full.addSentence(s);
  const shipped = full.build(external);

  const docs = featurise(train, (i) => foldLexicons[i % FOLDS]);
  const perceptron = new Perceptron();
  const random = seededRandom(SEED);
  const order = docs.slice();
  for (let e = 0; e < EPOCHS; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const errors = perceptron.epoch(order);
    console.log(`names: epoch ${e + 1}/${EPOCHS}: ${errors} token errors, ${perceptron.features} features`);
  }

  const weights = perceptron.export(SCALE, THRESHOLD);
  const bytes = encodeModel({
    header: {
      demonyms: [...new Set(external.demonyms.map((d) => d.toLowerCase()))].sort(),
      maxPhrase: shipped.arrays.maxPhrase,
      trainedOn: `CoNLL-2003 eng.train, ${EPOCHS} epochs, seed ${SEED}`,
    },
    ...weights,
    wordKeys: shipped.arrays.wordKeys,
    wordValues: shipped.arrays.wordValues,
    phraseKeys: shipped.arrays.phraseKeys,
    phraseValues: shipped.arrays.phraseValues,
  });
  const out = join(repoRoot, 'server', 'models', 'names.bin');
  mkdirSync(join(repoRoot, 'server', 'models'), { recursive: true });
  writeFileSync(out, bytes);
  console.log(
    `names: wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB, ${weights.weightKeys.length} rows, ${weights.entries.length} weights) in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  const counts = scoreConll(decodeModel(bytes), dev);
  console.log(`names: CoNLL dev PER ${formatCounts(counts, [0])}`);
  console.log(`names: CoNLL dev ORG ${formatCounts(counts, [1])}`);
  console.log(`names: CoNLL dev LOC ${formatCounts(counts, [2])}`);
  console.log(`names: CoNLL dev PER/ORG/LOC ${formatCounts(counts, [0, 1, 2])}`);
}

main();
