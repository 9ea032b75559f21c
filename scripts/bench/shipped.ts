/**
 * The library as `cermat check` runs it: tsc's build in lib/ (`npm run build:lib`, which `npm run bench`
 * runs first), so that the workbooks and phases sections measure the shipped code, as the functions
 * section measures the add-in's bundle (bundle.ts). Through tsx, the same sources checked the seed-001
 * workload at 1M cells 18 % slower (CPU time, both builds interleaved in one process: median 962
 * against 786 ms): tsx's esbuild transform keeps every function's name by a call made each time a
 * closure is created, and reaches other modules' exports through getters.
 */
import * as fs from 'fs';
import * as path from 'path';
import type * as Checks from '../../src/core/checks';
import type * as Context from '../../src/core/checks/context';
import type * as Settings from '../../src/core/checks/settings';
import type * as Tables from '../../src/core/tables';
import type * as XlsxSnapshot from '../../src/cli/xlsxSnapshot';

const LIB = path.join(__dirname, '..', '..', 'lib');

function load<T>(module: string): T {
  if (!fs.existsSync(path.join(LIB, 'index.js'))) throw new Error(`${path.relative(process.cwd(), LIB)}/ is missing: run npm run build:lib (npm run bench does)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(LIB, module)) as T;
}

export const { checkWorkbook, RULES } = load<typeof Checks>('core/checks');
export const { buildContext } = load<typeof Context>('core/checks/context');
export const { DEFAULT_SETTINGS } = load<typeof Settings>('core/checks/settings');
export const { recognizeTables } = load<typeof Tables>('core/tables');
export const { snapshotFromWorkbook } = load<typeof XlsxSnapshot>('cli/xlsxSnapshot');
