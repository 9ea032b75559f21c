/**
 * Finding messages in Bahasa Indonesia (default) and English. A message key names one sentence;
 * parameters are filled in by name. Numbers in messages are formatted by the caller (formatAngka).
 */

export type Lang = 'id' | 'en';

const MESSAGES = {
  capaian: {
    id: 'Capaian tertulis {stated}, seharusnya {expected} ({formula}: realisasi {r}, target {t}).',
    en: 'Capaian stated {stated}, expected {expected} ({formula}: realisasi {r}, target {t}).',
  },
  kemajuan: {
    id: 'Tingkat kemajuan tertulis {stated}, seharusnya {expected} (realisasi {r} / target akhir {t} x 100).',
    en: 'Tingkat kemajuan stated {stated}, expected {expected} (realisasi {r} / target akhir {t} x 100).',
  },
  serapan: {
    id: 'Serapan tertulis {stated}, seharusnya {expected} (realisasi {r} / pagu {p} x 100).',
    en: 'Serapan stated {stated}, expected {expected} (realisasi {r} / pagu {p} x 100).',
  },
  'efisiensi.precondition': {
    id: 'Efisiensi {stated} dihitung padahal capaian {c} < 100%: dengan metode selisih efisiensi tidak dapat diukur.',
    en: 'Efisiensi {stated} is computed although capaian {c} < 100%: under the selisih method it cannot be measured.',
  },
  'efisiensi.selisih': {
    id: 'Efisiensi tertulis {stated}, seharusnya {expected} (capaian {c} - serapan {s}).',
    en: 'Efisiensi stated {stated}, expected {expected} (capaian {c} - serapan {s}).',
  },
  'efisiensi.rasio': {
    id: 'Efisiensi tertulis {stated}, seharusnya {expected} (capaian {c} / serapan {s}).',
    en: 'Efisiensi stated {stated}, expected {expected} (capaian {c} / serapan {s}).',
  },
  'efisiensi.inverted': {
    id: 'Efisiensi {stated} adalah serapan/capaian (rumus terbalik, {inverted} dari {rows} baris tabel ini); Output/Input = capaian {c} / serapan {s} = {expected}.',
    en: 'Efisiensi {stated} is serapan/capaian (inverted formula, {inverted} of this table\'s {rows} rows); Output/Input = capaian {c} / serapan {s} = {expected}.',
  },
  'kategori.unknown': {
    id: 'Kategori "{stated}" tidak ada pada skala {scale} ({labels}).',
    en: 'Kategori "{stated}" is not on the scale {scale} ({labels}).',
  },
  'kategori.band': {
    id: 'Capaian {value} termasuk kategori "{expected}" pada skala {scale}, bukan "{stated}".',
    en: 'Capaian {value} is "{expected}" on the scale {scale}, not "{stated}".',
  },
  'scale-gap': {
    id: '{count} nilai (mis. {value}) tidak masuk rentang mana pun pada skala {scale} (di atas batas atau di celah antar-rentang).',
    en: '{count} value(s) (e.g. {value}) fall in no band of the scale {scale} (above its top or in a gap between bands).',
  },
  predikat: {
    id: 'Nilai {value} berpredikat {expected}, bukan {stated} (PermenPAN-RB 88/2021).',
    en: 'Score {value} rates {expected}, not {stated} (PermenPAN-RB 88/2021).',
  },
  'total.sum': {
    id: 'Jumlah tertulis {stated}, jumlah {count} baris rinciannya {expected} (selisih {difference}).',
    en: 'Total stated {stated}, its {count} rows sum to {expected} (difference {difference}).',
  },
  'total.targets': {
    id: 'Target kegiatan tertulis {stated}, jumlah target {count} sub kegiatannya {expected}.',
    en: 'Kegiatan target stated {stated}, its {count} sub kegiatan targets sum to {expected}.',
  },
  'total.average': {
    id: 'Rata-rata tertulis {stated}, rata-rata {count} barisnya {expected}.',
    en: 'Average stated {stated}, the average of its {count} rows is {expected}.',
  },
  formula: {
    id: 'Baris ini tidak sesuai rumus kolom {formula} yang tertulis di tabel: tertulis {stated}, seharusnya {expected}.',
    en: 'This row breaks the column formula {formula} written in the table: stated {stated}, expected {expected}.',
  },
  'implausible.capaian': {
    id: 'Capaian {stated} tidak wajar (di luar 0-300%); periksa target dan realisasinya.',
    en: 'Capaian {stated} is implausible (outside 0-300%); check its target and realisasi.',
  },
  'implausible.serapan': {
    id: 'Serapan {stated} tidak wajar (di luar 0-100%): realisasi melebihi pagu?',
    en: 'Serapan {stated} is implausible (outside 0-100%): realisasi above pagu?',
  },
  'implausible.percent': {
    id: '{role} {stated} tidak wajar untuk indikator dalam persen (nilai lain di kolom ini <= 110).',
    en: '{role} {stated} is implausible for an indicator in percent (the column\'s other values are <= 110).',
  },
  'implausible.series': {
    id: 'Target {year} tertulis {stated}, 50 kali lebih besar dari target tahun lain baris ini ({others}): salah ketik?',
    en: 'Target {year} is {stated}, 50 times the row\'s other years ({others}): a typo?',
  },
  'cross-table': {
    id: '{measure} {year} "{label}": tertulis {stated} di sini, tetapi {other} di {where} ({count} tempat).',
    en: '{measure} {year} "{label}": {stated} here, but {other} in {where} ({count} place(s)).',
  },
  'target.pk': {
    id: 'Target {year} "{label}" {stated} berbeda dari {pk} ({expected}, {where}).',
    en: 'Target {year} "{label}" {stated} differs from the {pk} ({expected}, {where}).',
  },
  'target.pk-outlier': {
    id: 'Target {year} "{label}" di {pk} tertulis {stated}, sedangkan tabel capaian memakai {expected} ({where}).',
    en: 'Target {year} "{label}" in the {pk} is {stated}, while the capaian tables use {expected} ({where}).',
  },
  'target.mixed': {
    id: 'Target {year} "{label}" {stated} mengikuti PK yang lain dari baris lain tabel ini ({pk}); seharusnya {expected}.',
    en: 'Target {year} "{label}" {stated} follows another PK than the other rows of this table ({pk}); expected {expected}.',
  },
  'target.renstra': {
    id: 'Target {year} "{label}" {stated} berbeda dari target Renstra tahun itu ({expected}, {where}).',
    en: 'Target {year} "{label}" {stated} differs from the Renstra target of that year ({expected}, {where}).',
  },
  'number-format.malformed': {
    id: '"{stated}" bukan penulisan angka yang sah; kemungkinan maksudnya {reading}.',
    en: '"{stated}" is not a valid number; it probably means {reading}.',
  },
  'number-format.malformed-resolved': {
    id: '"{stated}" bukan penulisan angka yang sah; hanya {reading} yang membuat {total} sesuai.',
    en: '"{stated}" is not a valid number; only {reading} makes {total} add up.',
  },
  'number-format.ambiguous': {
    id: '"{stated}" bermakna ganda: {readings}. Kolom ini tidak menunjukkan konvensi yang jelas.',
    en: '"{stated}" is ambiguous: {readings}. The column does not show a clear convention.',
  },
  'number-format.ambiguous-resolved': {
    id: '"{stated}" bermakna ganda ({readings}); hanya {reading} yang membuat {total} sesuai.',
    en: '"{stated}" is ambiguous ({readings}); only {reading} makes {total} add up.',
  },
  'number-format.text-stored': {
    id: '{count} angka di kolom "{column}" disimpan sebagai teks (mis. "{stated}"); Excel tidak dapat menghitungnya.',
    en: '{count} number(s) in column "{column}" are stored as text (e.g. "{stated}"); Excel cannot compute with them.',
  },
  'number-format.mixed': {
    id: 'Kolom "{column}" mencampur koma desimal dan titik desimal ("{stated}" di antara "{other}").',
    en: 'Column "{column}" mixes decimal comma and decimal point ("{stated}" among "{other}").',
  },
} as const;

export type MessageKey = keyof typeof MESSAGES;

export type Params = Record<string, string | number>;

/** Each template split once into text and placeholder names, alternating: `a {x} b` -> ['a ', 'x', ' b']. */
const compiled = new Map<string, string[]>();

/**
 * Fills `{name}` placeholders of a text; the one template routine of every message in the product.
 * The text is joined, not added up piece by piece: a finding keeps its message as one flat string, where
 * concatenation would keep a tree of a dozen pieces (about 200 bytes more per finding, copied by every
 * garbage collection that a check of 40,000 findings runs).
 */
export function fill(template: string, params: Params = {}): string {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
  const pieces = new Array<string>(parts.length);
  for (let i = 0; i < parts.length; i++) pieces[i] = i % 2 === 0 ? parts[i] : String(params[parts[i]] ?? '');
  return pieces.join('');
}

export function message(key: MessageKey, lang: Lang, params: Params = {}): string {
  return fill(MESSAGES[key][lang], params);
}
