/** The command line's own texts, in Bahasa Indonesia (default) and English. */
import { fill, type Params } from '../core/i18n/messages';
import type { SnapshotErrorReason } from './xlsxSnapshot';

export type Lang = 'id' | 'en';

const READ_ERRORS: Record<SnapshotErrorReason, Record<Lang, string>> = {
  'not-found': { id: 'file tidak ditemukan', en: 'file not found' },
  'too-large': { id: 'file terlalu besar (melebihi batas --max-size)', en: 'file too large (over the --max-size limit)' },
  encrypted: {
    id: 'workbook dilindungi kata sandi atau berformat .xls lama; buka di Excel, hapus kata sandi dan simpan sebagai .xlsx',
    en: 'workbook is password-protected or an old .xls; open it in Excel, remove the password and save as .xlsx',
  },
  'not-xlsx': { id: 'bukan file .xlsx', en: 'not an .xlsx file' },
  corrupt: { id: 'file .xlsx rusak dan tidak dapat dibaca', en: 'the .xlsx file is corrupted and cannot be read' },
  empty: { id: 'workbook kosong: tidak ada sel berisi', en: 'empty workbook: no cell holds anything' },
};

export function readErrorMessage(reason: SnapshotErrorReason, file: string, lang: Lang): string {
  return `${file}: ${READ_ERRORS[reason][lang]}`;
}

const TEXTS = {
  usage: {
    id: 'Pemakaian: cermat check FILE.xlsx... [--json] [--out DIR] [--config FILE] [--lang id|en]',
    en: 'Usage: cermat check FILE.xlsx... [--json] [--out DIR] [--config FILE] [--lang id|en]',
  },
  noFiles: { id: 'tidak ada file .xlsx yang diberikan', en: 'no .xlsx file given' },
  tables: { id: 'Tabel', en: 'Tables' },
  findings: { id: 'Temuan', en: 'Findings' },
  none: { id: '(tidak ada)', en: '(none)' },
  summary: {
    id: '{files} file, {tables} tabel, {errors} galat, {warnings} peringatan, {infos} info',
    en: '{files} file(s), {tables} table(s), {errors} error(s), {warnings} warning(s), {infos} info',
  },
  stated: { id: 'tertulis', en: 'stated' },
  expected: { id: 'seharusnya', en: 'expected' },
  variant: { id: 'varian', en: 'variant' },
  written: { id: 'ditulis', en: 'written' },
  badLang: { id: '--lang harus id atau en', en: '--lang must be id or en' },
  badSize: { id: '--max-size harus angka MB yang positif', en: '--max-size must be a positive number of MB' },
  wouldOverwrite: { id: 'itu file masukannya sendiri', en: 'that is the input file itself' },
  notWritten: {
    id: '{file}: salinan bertanda tidak dapat ditulis ke {target} ({detail}); temuannya tetap dilaporkan',
    en: '{file}: the marked copy cannot be written to {target} ({detail}); its findings are still reported',
  },
} as const;

export type TextKey = keyof typeof TEXTS;

export function text(key: TextKey, lang: Lang, params: Params = {}): string {
  return fill(TEXTS[key][lang], params);
}
