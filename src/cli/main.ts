/**
 * `cermat check FILE.xlsx... [--json] [--out DIR] [--config FILE] [--lang id|en]` (design.md section 2).
 * Reads each file (folders: every .xlsx inside), runs the core checks, prints a readable report or one
 * JSON document. Exit code 0: no error finding; 1: at least one; 2: bad usage or an unreadable file,
 * said in one line, never a stack trace.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { Command, CommanderError } from 'commander';
import { checkWorkbook } from '../core/checks';
import type { Settings } from '../core/checks/settings';
import { loadSettingsFile, SettingsError } from './config';
import { fileReport, type FileReport } from './report';
import { formatText } from './formatText';
import { readErrorMessage, text, type Lang } from './messages';
import { MarkedCopyError, writeMarkedWorkbook } from './markedCopy';
import { progress } from './progress';
import { DEFAULT_MAX_BYTES, readWorkbookFile, SnapshotReadError } from './xlsxSnapshot';

export interface CheckOptions {
  json?: boolean;
  out?: string;
  config?: string;
  lang?: string;
  maxSize?: string;
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
};

async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (stat?.isDirectory()) {
      const names = (await fs.readdir(input)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$')).sort();
      files.push(...names.map((n) => path.join(input, n)));
    } else files.push(input);
  }
  return files;
}

/** Runs `check`; returns the exit code. */
export async function runCheck(inputs: string[], options: CheckOptions, io: Io = processIo): Promise<number> {
  const lang: Lang = options.lang === 'en' ? 'en' : 'id';
  if (options.lang !== undefined && options.lang !== 'id' && options.lang !== 'en') {
    io.stderr(`cermat: ${text('badLang', 'id')}\n`);
    return 2;
  }
  const maxBytes = options.maxSize === undefined ? DEFAULT_MAX_BYTES : Number(options.maxSize) * 1024 * 1024;
  if (!(maxBytes > 0)) {
    io.stderr(`cermat: ${text('badSize', lang)}\n`);
    return 2;
  }
  let settings: Partial<Settings> = { lang };
  if (options.config) {
    try {
      settings = { ...(await loadSettingsFile(options.config, lang)), lang };
    } catch (error) {
      if (error instanceof SettingsError) {
        io.stderr(`cermat: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
  }
  const files = await expandInputs(inputs);
  if (files.length === 0) {
    io.stderr(`cermat: ${text('noFiles', lang)}\n${text('usage', lang)}\n`);
    return 2;
  }
  const reports: FileReport[] = [];
  let unreadable = false;
  let unwritten = false;
  const bar = progress(files.length, io.isTTY && files.length > 1 && !options.json);
  for (const file of files) {
    bar.tick(path.basename(file));
    try {
      const snapshot = await readWorkbookFile(file, { maxBytes });
      const result = checkWorkbook(snapshot, settings);
      const report = fileReport(path.basename(file), result);
      reports.push(report);
      if (options.out) {
        try {
          report.marked = await writeMarkedWorkbook(file, options.out, result, lang);
        } catch (error) {
          if (!(error instanceof MarkedCopyError)) throw error;
          // The findings are kept and printed; only the copy is missing, said in one line.
          unwritten = true;
          io.stderr(`cermat: ${text('notWritten', lang, { file, target: error.target, detail: error.detail === 'input' ? text('wouldOverwrite', lang) : error.detail })}\n`);
        }
      }
    } catch (error) {
      if (!(error instanceof SnapshotReadError)) throw error;
      unreadable = true;
      const line = readErrorMessage(error.reason, file, lang);
      reports.push({ file: path.basename(file), error: line, tables: [], findings: [] });
      if (!options.json) io.stderr(`cermat: ${line}\n`);
    }
  }
  bar.done();
  if (options.json) io.stdout(`${JSON.stringify({ files: reports }, null, 2)}\n`);
  else io.stdout(formatText(reports.filter((r) => !r.error), lang));
  if (unreadable || unwritten) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const program = new Command();
  let exitCode = 0;
  program
    .name('cermat')
    .description('Cermat: pemeriksa tabel kinerja SAKIP (PK, LKjIP, Renja) pada file .xlsx')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  program
    .command('check')
    .description('periksa satu atau beberapa file .xlsx (atau folder berisi .xlsx)')
    .argument('<files...>', 'file .xlsx atau folder')
    .option('--json', 'keluaran JSON')
    .option('--out <dir>', 'tulis salinan bertanda dan lembar "Temuan" ke folder ini')
    .option('--config <file>', 'pengaturan pemeriksaan (JSON)')
    .option('--lang <lang>', 'bahasa pesan: id atau en', 'id')
    .option('--max-size <mb>', 'batas ukuran file dalam MB', String(DEFAULT_MAX_BYTES / 1024 / 1024))
    .action(async (files: string[], options: CheckOptions) => {
      exitCode = await runCheck(files, options, io);
    });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    throw error;
  }
  return exitCode;
}
