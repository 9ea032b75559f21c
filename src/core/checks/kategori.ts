/**
 * Rules `kategori-mismatch`, `scale-gap` and `predikat-mismatch`. The scale is the workbook's own (a
 * table of kind `scale`, read with parseScaleRows) when the setting is `workbook` and there is one;
 * otherwise the preset whose labels the workbook uses. A stated kategori that is not a label of the
 * scale, or not the band of the stated capaian, is a mismatch; a capaian in no band of a written
 * scale is a scale gap (one finding per column), not a wrong kategori. Letter grades are predikat.
 */
import { findBand, KATEGORI_PRESETS, normalizeKategoriLabel, parseScaleRows, predikat, type KategoriScale } from '../measures';
import { message } from '../i18n/messages';
import { memoize } from '../memo';
import type { RecognizedTable } from '../tables/types';
import { cellAddress, qualifiedAddress } from '../workbook/address';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import { isDataRow, measureSets, shownAt, statedAt } from './measureSets';

const PREDIKAT = /^(AA|A|BB|B|CC|C|D)$/;

/** Stated labels repeat down every table: each is normalised once. */
const labelKey = memoize(normalizeKategoriLabel);

const scales = new WeakMap<CheckContext, KategoriScale | null>();

/** The scale written in the workbook (a table of kind `scale`), read once per check. */
function workbookScale(context: CheckContext): KategoriScale | null {
  if (!scales.has(context)) scales.set(context, readWorkbookScale(context));
  return scales.get(context)!;
}

function readWorkbookScale(context: CheckContext): KategoriScale | null {
  for (const table of context.tables) {
    if (table.kind !== 'scale') continue;
    const labelCol = table.columns.find((c) => c.role === 'kategori')?.col;
    const boundsCol = table.columns.find((c) => c.role === 'nilai')?.col;
    if (labelCol === undefined || boundsCol === undefined) continue;
    const view = context.view(table.sheet);
    const rows = table.rows
      .map((r) => ({ label: view.text(r.row, labelCol), bounds: view.text(r.row, boundsCol) }))
      .filter((r) => r.label !== '' && r.bounds !== '');
    try {
      return { ...parseScaleRows(rows, table.title ?? 'Skala'), name: table.title ?? 'Skala' };
    } catch {
      continue;
    }
  }
  return null;
}

/** The preset whose labels cover most of the stated labels (permendagri86 when none). */
function presetFor(labels: string[]): KategoriScale {
  let best = KATEGORI_PRESETS.permendagri86;
  let bestHits = 0;
  for (const preset of Object.values(KATEGORI_PRESETS)) {
    const known = new Set(preset.bands.map((b) => labelKey(b.label)));
    const hits = labels.filter((l) => known.has(labelKey(l))).length;
    if (hits > bestHits) {
      best = preset;
      bestHits = hits;
    }
  }
  return best;
}

function chooseScale(context: CheckContext, labels: string[]): KategoriScale {
  const setting = context.settings.scale;
  if (setting !== 'workbook') return KATEGORI_PRESETS[setting];
  return workbookScale(context) ?? presetFor(labels);
}

function checkTable(context: CheckContext, table: RecognizedTable): Finding[] {
  const lang = context.settings.lang;
  const view = context.view(table.sheet);
  const findings: Finding[] = [];
  for (const set of measureSets(table)) {
    const value = set.capaian ?? set.kemajuan ?? set.nilai;
    if (!set.kategori || !value) continue;
    const kategoriCol = set.kategori.col;
    const rows = table.rows.filter(isDataRow);
    const labels = rows.map((r) => view.text(r.row, kategoriCol)).filter((l) => l !== '');
    const scale = chooseScale(context, labels);
    const known = new Set(scale.bands.map((b) => labelKey(b.label)));
    for (const row of rows) {
      const label = view.text(row.row, kategoriCol);
      const c = statedAt(context, table, row.row, value.col);
      if (label === '' || !c) continue;
      // What every finding of the row says, built only for a row that has one.
      const base = () => ({
        severity: 'error' as const,
        sheet: table.sheet,
        cell: cellAddress(row.row, kategoriCol),
        related: [qualifiedAddress(table.sheet, row.row, value.col)],
        stated: label,
      });
      const shownValue = () => shownAt(context, table, row.row, value.col);
      if (PREDIKAT.test(label.trim())) {
        if (c.value < 0 || c.value > 100) continue;
        const expected = predikat(c.value);
        if (expected !== label.trim()) {
          findings.push({ ...base(), rule: 'predikat-mismatch', expected, fix: expected, variant: 'PermenPAN-RB 88/2021', message: message('predikat', lang, { value: shownValue(), stated: label, expected }) });
        }
        continue;
      }
      const band = findBand(c.value, scale);
      const key = labelKey(label);
      // In a gap of a written scale a known label is not wrong: scale-gap reports the value.
      if (!band && known.has(key)) continue;
      if (!known.has(key)) {
        findings.push({
          ...base(),
          rule: 'kategori-mismatch',
          expected: band?.label ?? null,
          ...(band ? { fix: band.label } : {}),
          variant: scale.name,
          message: message('kategori.unknown', lang, { stated: label, scale: scale.name, labels: scale.bands.map((b) => b.label).join(', ') }),
        });
      } else if (band && labelKey(band.label) !== key) {
        findings.push({
          ...base(),
          rule: 'kategori-mismatch',
          expected: band.label,
          fix: band.label,
          variant: scale.name,
          message: message('kategori.band', lang, { value: shownValue(), stated: label, expected: band.label, scale: scale.name }),
        });
      }
    }
  }
  return findings;
}

/** The rule on one table (checkWorkbook runs the rules of one table table by table). */
export function checkKategoriOf(context: CheckContext, table: RecognizedTable): Finding[] {
  return [...checkTable(context, table), ...checkScaleGaps(context, table)];
}

export function checkKategori(context: CheckContext): Finding[] {
  return context.tables.flatMap((table) => checkKategoriOf(context, table));
}

/**
 * Scale gaps: with a scale written in the workbook, every capaian column is read against it, with or
 * without a kategori column; values above its top band or between its bands are one finding per column.
 */
function checkScaleGaps(context: CheckContext, table: RecognizedTable): Finding[] {
  if (context.settings.scale !== 'workbook' || table.kind === 'scale') return [];
  const scale = workbookScale(context);
  if (!scale) return [];
  const findings: Finding[] = [];
  for (const set of measureSets(table)) {
    if (!set.capaian) continue;
    const col = set.capaian.col;
    const gaps: Array<{ row: number; text: string }> = [];
    for (const row of table.rows) {
      if (!isDataRow(row)) continue;
      const c = statedAt(context, table, row.row, col);
      if (c && !findBand(c.value, scale)) gaps.push({ row: row.row, text: shownAt(context, table, row.row, col) });
    }
    if (gaps.length === 0) continue;
    findings.push({
      rule: 'scale-gap',
      severity: 'info',
      sheet: table.sheet,
      cell: cellAddress(gaps[0].row, col),
      related: gaps.slice(1).map((g) => qualifiedAddress(table.sheet, g.row, col)),
      stated: gaps[0].text,
      expected: null,
      variant: scale.name,
      message: message('scale-gap', context.settings.lang, { count: gaps.length, value: gaps[0].text, scale: scale.name }),
    });
  }
  return findings;
}

