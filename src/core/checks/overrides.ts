/**
 * The user's corrections to recognition (settings `tableOverrides`): a table, found by its sheet and
 * top-left cell, gets the kind and column roles the user chose; the rules then read it that way.
 */
import type { RecognizedTable } from '../tables/types';
import { columnIndex, parseCellAddress } from '../workbook/address';
import type { TableOverride } from './settings';

export function applyOverrides(tables: RecognizedTable[], overrides: TableOverride[]): RecognizedTable[] {
  if (overrides.length === 0) return tables;
  return tables.map((table) => {
    const override = overrides.find((o) => {
      const corner = parseCellAddress(o.range.split(':')[0]);
      return o.sheet === table.sheet && corner !== null && corner.row === table.top && corner.col === table.left;
    });
    if (!override) return table;
    const roles = override.columns ?? {};
    return {
      ...table,
      kind: override.kind ?? table.kind,
      columns: table.columns.map((c) => {
        const letter = Object.keys(roles).find((l) => columnIndex(l) === c.col);
        return letter ? { ...c, role: roles[letter] } : c;
      }),
    };
  });
}
