/** What the recogniser reports about a table: its place, kind, columns and rows (domain.md section 5). */

export type TableKind = 'pk' | 'capaian' | 'anggaran' | 'efisiensi' | 'multiyear' | 'renja' | 'scale' | 'other';

export type ColumnRole =
  | 'no'
  | 'kode'
  | 'tujuan'
  | 'sasaran'
  | 'indikator'
  /** Program / kegiatan / sub kegiatan / rincian names (Uraian). */
  | 'uraian'
  | 'satuan'
  | 'arah'
  | 'formula'
  | 'kondisi_awal'
  | 'target'
  | 'target_akhir'
  | 'realisasi'
  | 'capaian'
  | 'kemajuan'
  | 'kategori'
  | 'pagu'
  | 'realisasi_anggaran'
  | 'serapan'
  | 'sisa'
  | 'efisiensi'
  | 'bobot'
  | 'nilai'
  | 'lokasi'
  | 'sumber_data'
  | 'penanggung_jawab'
  | 'keterangan'
  | 'other';

export type RowLevel =
  | 'urusan'
  | 'tujuan'
  | 'sasaran'
  | 'indikator'
  | 'program'
  | 'kegiatan'
  | 'subkegiatan'
  /** Jenis belanja (Belanja Pegawai, Belanja Barang dan Jasa, Belanja Modal...), over its rincian. */
  | 'jenis'
  | 'rincian'
  | 'total'
  | 'average'
  | 'item';

export interface TableColumn {
  /** Zero-based sheet column. */
  col: number;
  role: ColumnRole;
  /** The year of a year group (`2022 | 2023 | 2024` over `TARGET | REALISASI | %`). */
  year?: number;
  /** The group header over it (`KINERJA`, `ANGGARAN`, `BELANJA OPERASI`...), as written. */
  group?: string;
  /** The header text, levels joined with " / ". */
  header: string;
  /** Number in the column-number row (`(6)` -> 6). */
  number?: number;
  /** Formula declared in the column-number row (`7=6/3*100`), as written. */
  declaredFormula?: string;
  /** Target qualifiers read from the header. */
  variant?: 'murni' | 'perubahan' | 'renstra';
}

export interface TableRow {
  /** Zero-based sheet row. */
  row: number;
  level: RowLevel;
  /** The level was guessed from the neighbours (no prefix, code or numbering says it). */
  inferred?: boolean;
  /** Index (in `rows`) of the parent row, if any. */
  parent?: number;
  /** The row's label (indikator / uraian name), with merged or blank cells filled down for sasaran. */
  label: string;
  /** The row's own indicator when the label is a program/kegiatan name and an indicator column is beside it. */
  indikator?: string;
  /** The sasaran the row belongs to (filled down), if the table has one. */
  sasaran?: string;
}

export interface RecognizedTable {
  sheet: string;
  /** Zero-based, inclusive, sheet coordinates: title (if any) excluded, header and body included. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  kind: TableKind;
  title?: string;
  year?: number;
  years: number[];
  /** Title says "Perubahan" (a revised PK or budget). */
  perubahan: boolean;
  headerRows: number[];
  /** The column-number row (`(1) (2) ...`), if any. */
  numberRow?: number;
  columns: TableColumn[];
  rows: TableRow[];
}
