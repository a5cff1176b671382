// `npm run eval`: every accuracy figure of the project in one run, on
// ../shared (the gold corpus, CoNLL-2003 dev, PolNeAR dev). Each section is a
// module of its own; add a new one to the list below.
import { claimsSection } from './claims';
import { actorsSection } from './actors';
import { blindSection } from './blind';
import { entitiesSection } from './entities';
import { nerSection } from './ner';
import { sentencesSection } from './sentences';
import { heading, sharedRoot, type EvalSection } from './shared';

const sections: EvalSection[] = [sentencesSection, entitiesSection, nerSection, claimsSection, actorsSection, blindSection];

async function main(): Promise<void> {
  const shared = sharedRoot();
  if (!shared) {
    console.error(
      'npm run eval needs the shared data folder (../shared beside the repository, or MARGINALIA_SHARED): not found, nothing to evaluate.',
    );
    process.exit(2);
  }
  const only = process.argv.slice(2);
  for (const section of sections) {
    if (only.length && !only.some((o) => section.title.toLowerCase().includes(o.toLowerCase()))) continue;
    heading(section.title);
    await section.run(shared);
  }
}

void main();
