/**
 * `npm run bench`: runs every benchmark section in turn, or only those named on the command line
 * (`npm run bench -- functions`). A new section is a module exporting a `BenchSection`
 * (harness.ts), added to SECTIONS below.
 */

import { functionsSection } from './functions';
import { phasesSection } from './phases';
import { workbooksSection } from './workbooks';
import type { BenchSection } from './harness';

const SECTIONS: BenchSection[] = [functionsSection, workbooksSection, phasesSection];

async function main(names: string[]): Promise<number> {
  const unknown = names.filter((n) => !SECTIONS.some((s) => s.name === n));
  if (unknown.length > 0) {
    console.error(`unknown benchmark section: ${unknown.join(', ')} (sections: ${SECTIONS.map((s) => s.name).join(', ')})`);
    return 2;
  }
  const selected = names.length === 0 ? SECTIONS : SECTIONS.filter((s) => names.includes(s.name));
  console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
  for (const section of selected) {
    console.log(`\n== ${section.name}: ${section.title}`);
    await section.run();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
