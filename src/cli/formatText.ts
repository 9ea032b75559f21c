/** The readable report: per file, the tables found and the findings, errors first, then a summary line. */
import { formatAngka } from '../core/numbers';
import type { FileReport } from './report';
import { text, type Lang } from './messages';

const MARK = { error: 'GALAT', warning: 'PERINGATAN', info: 'INFO' } as const;
const MARK_EN = { error: 'ERROR', warning: 'WARNING', info: 'INFO' } as const;

/** An expected number in the reader's convention, with the decimals it has (at most 4). */
function shown(value: number | string, lang: Lang): string {
  if (typeof value !== 'number') return value;
  const decimals = Math.min(4, (String(value).split('.')[1] ?? '').length);
  return formatAngka(value, decimals, lang);
}

export function formatText(reports: FileReport[], lang: Lang): string {
  const lines: string[] = [];
  let tables = 0;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const report of reports) {
    lines.push(`== ${report.file}`);
    lines.push(`${text('tables', lang)} (${report.tables.length}):`);
    for (const t of report.tables) {
      const title = t.title ? `  ${t.title.slice(0, 70)}` : '';
      lines.push(`  ${t.sheet}!${t.range}  ${t.kind}${t.year ? ` ${t.year}` : ''}${title}`);
    }
    tables += report.tables.length;
    lines.push(`${text('findings', lang)} (${report.findings.length}):`);
    if (report.findings.length === 0) lines.push(`  ${text('none', lang)}`);
    for (const f of report.findings) {
      counts[f.severity]++;
      const mark = (lang === 'en' ? MARK_EN : MARK)[f.severity];
      const expected = f.expected === null ? '' : `, ${text('expected', lang)} ${shown(f.expected, lang)}`;
      lines.push(`  [${mark}] ${f.sheet}!${f.cell} ${f.rule}: ${text('stated', lang)} ${f.stated}${expected} (${text('variant', lang)} ${f.variant})`);
      lines.push(`      ${f.message}`);
    }
    if (report.marked) lines.push(`${text('written', lang)}: ${report.marked}`);
    lines.push('');
  }
  lines.push(text('summary', lang, { files: reports.length, tables, errors: counts.error, warnings: counts.warning, infos: counts.info }));
  return `${lines.join('\n')}\n`;
}
