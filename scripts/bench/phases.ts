/**
 * Benchmark section `phases`: where one check's time goes, at about 1M cells of each workload of the
 * `workbooks` section. Each run reads the file anew and recognises and checks it with the JIT warm
 * (one run first, not counted). Per phase (recognition, linking, each rule): the median time, its share
 * of the whole, and the garbage collector's time within it. Each rule runs over the whole workbook in
 * turn, to be timed alone; checkWorkbook runs the rules of one table table by table, which the
 * `workbooks` section measures.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { performance, PerformanceObserver } from 'perf_hooks';
import ExcelJS from 'exceljs';
import type { GridView } from '../../src/core/tables/grid';
import type { WorkbookSnapshot } from '../../src/core/workbook/types';
import type { BenchSection } from './harness';
import { table } from './harness';
import { shipped } from './shipped';
import { buildHierarchyWorkbook, buildWorkbook, sourceBlocks } from './workbooks';

const RUNS = 3;

/** Garbage-collection time as the runtime reports it (entries arrive after the work: flush() waits for them). */
let gcMs = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
});
const flush = () => new Promise((resolve) => setTimeout(resolve, 20));

/** One run: each phase's wall time and garbage-collection time, in order. */
async function runPhases(snapshot: WorkbookSnapshot): Promise<Array<{ name: string; ms: number; gc: number }>> {
  const phases: Array<{ name: string; ms: number; gc: number }> = [];
  const timed = async (name: string, work: () => unknown) => {
    await flush();
    const gcBefore = gcMs;
    const start = performance.now();
    work();
    const ms = performance.now() - start;
    await flush();
    phases.push({ name, ms, gc: gcMs - gcBefore });
  };
  const { buildContext, DEFAULT_SETTINGS, recognizeTables, RULES } = shipped();
  const views = new Map<string, GridView>();
  let tables: ReturnType<typeof recognizeTables> = [];
  await timed('recognition', () => (tables = recognizeTables(snapshot, views)));
  const context = buildContext(snapshot, tables, DEFAULT_SETTINGS, views);
  await timed('linking', () => context.links());
  for (const rule of RULES) await timed(rule.name.replace(/^check/, ''), () => rule(context));
  return phases;
}

/** The file's snapshot; the ExcelJS workbook is let go, as `cermat check` does. */
async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  const read = new ExcelJS.Workbook();
  await read.xlsx.readFile(file);
  return shipped().snapshotFromWorkbook(read);
}

async function measure(workload: string, file: string): Promise<string[][]> {
  // Each run on a freshly read snapshot, as `cermat check` sees a file: its texts are new strings,
  // whose hashes the memos compute anew (a snapshot checked twice runs about a quarter faster).
  await runPhases(await snapshotOf(file));
  const runs: Array<Array<{ name: string; ms: number; gc: number }>> = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runPhases(await snapshotOf(file)));
  const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
  const rows = runs[0].map((phase, p) => ({ name: phase.name, ms: medianOf(runs.map((r) => r[p].ms)), gc: medianOf(runs.map((r) => r[p].gc)) }));
  const total = rows.reduce((s, r) => s + r.ms, 0);
  return [
    ...rows.map((r) => [workload, r.name, r.ms.toFixed(0), `${((r.ms / total) * 100).toFixed(0)}%`, r.gc.toFixed(0)]),
    [workload, 'all', total.toFixed(0), '100%', rows.reduce((s, r) => s + r.gc, 0).toFixed(0)],
  ];
}

export const phasesSection: BenchSection = {
  name: 'phases',
  title: 'where a check spends its time at about 1M cells: recognition, linking and each rule (median of 3 fresh reads, JIT warm)',
  async run() {
    shipped(); // a missing or stale lib/ stops here, before any workbook is built
    observer.observe({ entryTypes: ['gc'] });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cermat-phases-'));
    const rows: string[][] = [['workload', 'phase', 'ms', 'share', 'gc ms']];
    try {
      const seedFile = path.join(dir, 'seed-001-1m.xlsx');
      await buildWorkbook(await sourceBlocks(), 1_000_000, 50, seedFile);
      rows.push(...(await measure('seed-001 tables', seedFile)));
      const hierarchyFile = path.join(dir, 'hierarchy-1m.xlsx');
      await buildHierarchyWorkbook(1_000_000, hierarchyFile);
      rows.push(...(await measure('one hierarchy', hierarchyFile)));
    } finally {
      observer.disconnect();
      await fs.rm(dir, { recursive: true, force: true });
    }
    console.log(table(rows));
  },
};
