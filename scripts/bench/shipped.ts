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

const ROOT = path.join(__dirname, '..', '..');
const LIB = path.join(ROOT, 'lib');

/** The newest modification time of the .ts files below `dir`. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return newest;
}

/** Refuses a missing or stale build: timing lib/ older than the sources would time other code. */
function checkBuild(): void {
  const index = path.join(LIB, 'index.js');
  if (!fs.existsSync(index)) throw new Error('lib/ is missing: run npm run build:lib (npm run bench does)');
  // The sources lib/ is built from (tsconfig.lib.json): core and cli.
  const newest = Math.max(newestSource(path.join(ROOT, 'src', 'core')), newestSource(path.join(ROOT, 'src', 'cli')));
  if (newest > fs.statSync(index).mtimeMs) throw new Error('lib/ is older than src/core or src/cli: run npm run build:lib (npm run bench does)');
}

function load<T>(module: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(LIB, module)) as T;
}

/** What the workbooks and phases sections time, from lib/. */
export interface Shipped {
  checkWorkbook: typeof Checks.checkWorkbook;
  RULES: typeof Checks.RULES;
  buildContext: typeof Context.buildContext;
  DEFAULT_SETTINGS: typeof Settings.DEFAULT_SETTINGS;
  recognizeTables: typeof Tables.recognizeTables;
  snapshotFromWorkbook: typeof XlsxSnapshot.snapshotFromWorkbook;
}

let loaded: Shipped | undefined;

/**
 * The shipped build, loaded when a section first runs (not when the bench starts): a missing or stale
 * lib/ then stops that section with its one-line message, and the functions section runs without it.
 */
export function shipped(): Shipped {
  if (loaded) return loaded;
  checkBuild();
  const { checkWorkbook, RULES } = load<typeof Checks>('core/checks');
  return (loaded = {
    checkWorkbook,
    RULES,
    buildContext: load<typeof Context>('core/checks/context').buildContext,
    DEFAULT_SETTINGS: load<typeof Settings>('core/checks/settings').DEFAULT_SETTINGS,
    recognizeTables: load<typeof Tables>('core/tables').recognizeTables,
    snapshotFromWorkbook: load<typeof XlsxSnapshot>('cli/xlsxSnapshot').snapshotFromWorkbook,
  });
}
