/**
 * core/numbers: every spelling of domain.md section 2 and of the seed corpus, with the exact
 * reading expected (value, decimals, convention, flags, alternatives); column conventions;
 * formatAngka; and property tests (format -> parse round trip, random text never throws).
 * Corpus references: seed-001 = LKjIP 2024 Kotawaringin Timur, seed-002 = LkjIP 2020 Kaltim.
 */
import fc from 'fast-check';
import {
  detectColumnConvention,
  formatAngka,
  mixedConventions,
  parseAngka,
  type NumberConvention,
  type NumberFlags,
  type ParseContext,
} from '../src/core/numbers';

type Flag = keyof NumberFlags;
const ALL_FLAGS: Flag[] = ['ambiguous', 'malformed', 'textStored', 'composite', 'range', 'nil', 'percent', 'currency'];

interface Case {
  input: string | number | boolean | null | undefined;
  context?: ParseContext;
  value: number | null;
  decimals: number;
  convention: NumberConvention | null;
  flags: Flag[];
  alternatives?: number[];
  range?: { low: number; high: number };
  label?: string;
}

const T: Flag = 'textStored';

const cases: Case[] = [
  // Decimal comma / decimal point, percent (seed-001 T3.2, BAB II).
  { input: '98,24', value: 98.24, decimals: 2, convention: 'id', flags: [T] },
  { input: '100.76%', value: 100.76, decimals: 2, convention: 'en', flags: [T, 'percent'] },
  { input: '97.5', value: 97.5, decimals: 1, convention: 'en', flags: [T] },
  { input: '97,50%', value: 97.5, decimals: 2, convention: 'id', flags: [T, 'percent'] },
  { input: '0.84 %', value: 0.84, decimals: 2, convention: 'en', flags: [T, 'percent'] },
  { input: '96.34%', value: 96.34, decimals: 2, convention: 'en', flags: [T, 'percent'] },
  { input: '-12,5', value: -12.5, decimals: 1, convention: 'id', flags: [T] },
  { input: '100 Persen', value: 100, decimals: 0, convention: 'plain', flags: [T, 'percent'] },
  // Amounts (seed-002 T13, seed-001 T3.7/T3.10).
  { input: 'Rp. 50.193.200.643', value: 50193200643, decimals: 0, convention: 'id', flags: [T, 'currency'] },
  { input: '4,850,819,710.00', value: 4850819710, decimals: 2, convention: 'en', flags: [T] },
  { input: '701212272', value: 701212272, decimals: 0, convention: 'plain', flags: [T] },
  { input: '900', value: 900, decimals: 0, convention: 'plain', flags: [T] },
  { input: 'Rp. 5.021.140.500,-', value: 5021140500, decimals: 0, convention: 'id', flags: [T, 'currency'] },
  { input: 'Rp. 252.980.000 ,-', value: 252980000, decimals: 0, convention: 'id', flags: [T, 'currency'] },
  { input: '8.733.383.700,-', value: 8733383700, decimals: 0, convention: 'id', flags: [T, 'currency'] },
  // Parenthesised negative: `1.500` keeps its two readings.
  { input: '(1.500)', value: -1500, decimals: 0, convention: 'id', flags: [T, 'ambiguous'], alternatives: [-1500, -1.5] },
  // Ambiguous: a single separator followed by exactly three digits.
  { input: '97.550', value: 97550, decimals: 0, convention: 'id', flags: [T, 'ambiguous'], alternatives: [97550, 97.55] },
  { input: '97.550', context: { convention: 'en' }, value: 97.55, decimals: 3, convention: 'en', flags: [T] },
  { input: '97.550', context: { convention: 'id' }, value: 97550, decimals: 0, convention: 'id', flags: [T] },
  {
    input: '97.550',
    context: { percentColumn: true },
    value: 97.55,
    decimals: 3,
    convention: 'en',
    flags: [T, 'ambiguous'],
    alternatives: [97.55, 97550],
  },
  {
    input: '97.550',
    context: { convention: 'id', percentColumn: true },
    value: 97.55,
    decimals: 3,
    convention: 'en',
    flags: [T, 'ambiguous'],
    alternatives: [97.55, 97550],
  },
  {
    input: '1.234',
    context: { percentColumn: true },
    value: 1.234,
    decimals: 3,
    convention: 'en',
    flags: [T, 'ambiguous'],
    alternatives: [1.234, 1234],
  },
  { input: '1,234', value: 1.234, decimals: 3, convention: 'id', flags: [T, 'ambiguous'], alternatives: [1.234, 1234] },
  { input: '1,234', context: { convention: 'en' }, value: 1234, decimals: 0, convention: 'en', flags: [T] },
  // A decimal comma where the en context cannot apply (seed-001 L.T1.1 "100,00" beside "99.45").
  { input: '100,00', context: { convention: 'en' }, value: 100, decimals: 2, convention: 'id', flags: [T] },
  // Three decimals after thousands: a comma typed for a thousands dot (seed-002 I28, I34).
  {
    input: '158.108,200',
    value: 158108.2,
    decimals: 3,
    convention: 'id',
    flags: [T, 'ambiguous'],
    alternatives: [158108.2, 158108200],
  },
  {
    input: '64.919,966',
    value: 64919.966,
    decimals: 3,
    convention: 'id',
    flags: [T, 'ambiguous'],
    alternatives: [64919.966, 64919966],
  },
  // A missing separator (seed-002 I36): the thousands reading first, the en reading kept.
  {
    input: '185125.800',
    value: 185125800,
    decimals: 0,
    convention: 'id',
    flags: [T, 'ambiguous', 'malformed'],
    alternatives: [185125800, 185125.8],
  },
  { input: '185125.800', context: { convention: 'en' }, value: 185125.8, decimals: 3, convention: 'en', flags: [T] },
  // Malformed, one repair (seed-002 I31, I32, I37).
  { input: '205..778.000', value: 205778000, decimals: 0, convention: 'id', flags: [T, 'malformed'], alternatives: [205778000] },
  { input: '3.497503.285', value: 3497503285, decimals: 0, convention: 'id', flags: [T, 'malformed'], alternatives: [3497503285] },
  { input: '2.764.842701', value: 2764842701, decimals: 0, convention: 'id', flags: [T, 'malformed'], alternatives: [2764842701] },
  // Malformed, several repairs; a short group after a thousands dot lost a digit (seed-002 I33, I35, seed-001 I-39).
  {
    input: '1.030.971.00',
    value: 1030971000,
    decimals: 0,
    convention: 'id',
    flags: [T, 'ambiguous', 'malformed'],
    alternatives: [1030971000, 1030971, 103097100],
  },
  {
    input: '47.750.00',
    value: 47750000,
    decimals: 0,
    convention: 'id',
    flags: [T, 'ambiguous', 'malformed'],
    alternatives: [47750000, 47750, 4775000],
  },
  {
    input: 'RP. 14.000.00,-',
    value: 14000000,
    decimals: 0,
    convention: 'id',
    flags: [T, 'ambiguous', 'malformed', 'currency'],
    alternatives: [14000000, 14000, 1400000],
  },
  // Malformed with a final decimal comma (seed 000 examples of domain.md).
  {
    input: '19,639,237,601,00',
    value: 19639237601,
    decimals: 2,
    convention: 'id',
    flags: [T, 'ambiguous', 'malformed'],
    alternatives: [19639237601, 19639237601000, 1963923760100],
  },
  {
    input: '8.662.479.43,00',
    value: 8662479430,
    decimals: 2,
    convention: 'id',
    flags: [T, 'ambiguous', 'malformed'],
    alternatives: [8662479430, 866247943, 86624794300],
  },
  { input: '100.', value: 100, decimals: 0, convention: 'plain', flags: [T, 'malformed'], alternatives: [100] },
  // Nil and blank.
  { input: '-', value: null, decimals: 0, convention: null, flags: ['nil'] },
  { input: '–', value: null, decimals: 0, convention: null, flags: ['nil'] },
  { input: '—', value: null, decimals: 0, convention: null, flags: ['nil'] },
  { input: '', value: null, decimals: 0, convention: null, flags: [] },
  { input: ' \u00a0 \t', value: null, decimals: 0, convention: null, flags: [] },
  { input: null, value: null, decimals: 0, convention: null, flags: [] },
  { input: undefined, value: null, decimals: 0, convention: null, flags: [] },
  // Ranges (seed-001 PK lampiran).
  { input: '90-100%', value: null, decimals: 0, convention: 'plain', flags: [T, 'range', 'percent'], range: { low: 90, high: 100 } },
  { input: '90-95%', value: null, decimals: 0, convention: 'plain', flags: [T, 'range', 'percent'], range: { low: 90, high: 95 } },
  { input: '90 – 95 %', value: null, decimals: 0, convention: 'plain', flags: [T, 'range', 'percent'], range: { low: 90, high: 95 } },
  { input: '60 s.d. 70,5', value: null, decimals: 1, convention: 'id', flags: [T, 'range'], range: { low: 60, high: 70.5 } },
  // Composite cells.
  {
    input: 'B (60-70)',
    value: null,
    decimals: 0,
    convention: 'plain',
    flags: [T, 'composite', 'range'],
    range: { low: 60, high: 70 },
    label: 'B',
  },
  { input: 'BB (75,50)', value: 75.5, decimals: 2, convention: 'id', flags: [T, 'composite'], label: 'BB' },
  { input: '84,00 (A)', value: 84, decimals: 2, convention: 'id', flags: [T, 'composite'], label: 'A' },
  { input: '4 Dokumen', value: 4, decimals: 0, convention: 'plain', flags: [T, 'composite'], label: 'Dokumen' },
  { input: '12 Bulan', value: 12, decimals: 0, convention: 'plain', flags: [T, 'composite'], label: 'Bulan' },
  { input: 'Tercapai (100%)', value: 100, decimals: 0, convention: 'plain', flags: [T, 'composite', 'percent'], label: 'Tercapai' },
  // Not composite: a numbered heading, a sentence.
  { input: '1. Program Pemberdayaan Sosial', value: null, decimals: 0, convention: null, flags: [] },
  { input: '56 Orang dari 57 Orang', value: null, decimals: 0, convention: null, flags: [] },
  // Spaces inside numbers.
  { input: '1\u00a0234\u00a0567', value: 1234567, decimals: 0, convention: 'plain', flags: [T] },
  { input: '1\u2009234,5', value: 1234.5, decimals: 1, convention: 'id', flags: [T] },
  { input: '\u00a098,24\u202f%', value: 98.24, decimals: 2, convention: 'id', flags: [T, 'percent'] },
  // Excel's scientific display.
  { input: '1,23E+15', value: 1.23e15, decimals: 0, convention: 'id', flags: [T] },
  // Excel errors: no value, no flag, the error text as label.
  { input: '#REF!', value: null, decimals: 0, convention: null, flags: [], label: '#REF!' },
  { input: '#DIV/0!', value: null, decimals: 0, convention: null, flags: [], label: '#DIV/0!' },
  { input: '#N/A', value: null, decimals: 0, convention: null, flags: [], label: '#N/A' },
  // Words.
  { input: 'Sangat Tinggi', value: null, decimals: 0, convention: null, flags: [] },
  { input: 'WTP', value: null, decimals: 0, convention: null, flags: [] },
  { input: 'Rp.', value: null, decimals: 0, convention: null, flags: [] },
  // Numeric cells.
  { input: 98.24, value: 98.24, decimals: 2, convention: 'plain', flags: [] },
  { input: 5021140500, value: 5021140500, decimals: 0, convention: 'plain', flags: [] },
  { input: 1.5e-7, value: 1.5e-7, decimals: 8, convention: 'plain', flags: [] },
  { input: Number.NaN, value: null, decimals: 0, convention: null, flags: [] },
  { input: true, value: null, decimals: 0, convention: null, flags: [] },
];

const title = (c: Case): string => `${JSON.stringify(c.input)}${c.context ? ' ' + JSON.stringify(c.context) : ''}`;

describe('parseAngka: every spelling', () => {
  test.each(cases.map((c) => [title(c), c] as const))('%s', (_name, c) => {
    const parsed = parseAngka(c.input, c.context);
    expect(parsed.value).toBe(c.value);
    expect(parsed.decimals).toBe(c.decimals);
    expect(parsed.convention).toBe(c.convention);
    const expectedFlags = Object.fromEntries(ALL_FLAGS.map((f) => [f, c.flags.includes(f)]));
    expect(parsed.flags).toEqual(expectedFlags);
    expect(parsed.alternatives).toEqual(c.alternatives ?? []);
    expect(parsed.range).toEqual(c.range);
    expect(parsed.label).toBe(c.label);
  });

  test('raw is the input as received, trimmed', () => {
    expect(parseAngka('  Rp. 5.021.140.500,-\u00a0').raw).toBe('Rp. 5.021.140.500,-');
    expect(parseAngka(98.24).raw).toBe('98.24');
    expect(parseAngka(null).raw).toBe('');
  });

  test('the seed-001 capaian sentence: 98,29 / 97.550 x 100 = 100.76 only with 97.550 read as 97,55', () => {
    const realisasi = parseAngka('98,29').value as number;
    const target = parseAngka('97.550', { percentColumn: true }).value as number;
    const stated = parseAngka('100.76%').value as number;
    expect(Math.round((realisasi / target) * 10000) / 100).toBe(stated);
    // The thousands reading, kept as the alternative, does not give the stated value.
    const other = parseAngka('97.550', { percentColumn: true }).alternatives[1];
    expect(Math.round((realisasi / other) * 10000) / 100).not.toBe(stated);
  });

  test('the seed-002 checksum picks the first alternative of 1.030.971.00 and 47.750.00', () => {
    // Belanja Langsung 26.661.611.467 holds only with 1.030.971.000 and 47.750.000 (corpus I33, I35).
    expect(parseAngka('1.030.971.00').value).toBe(1030971000);
    expect(parseAngka('47.750.00').value).toBe(47750000);
  });
});

describe('detectColumnConvention / mixedConventions', () => {
  test('an en amounts column (seed-001 T3.7), nil and .00 endings included', () => {
    const column = ['5,021,140,500', '5,322,311,030', '4,850,819,710.00', '4,850,819,710', '-', '91.14'];
    expect(detectColumnConvention(column)).toBe('en');
    expect(mixedConventions(column)).toBe(false);
  });

  test('an id column, ambiguous and plain tokens do not vote', () => {
    const column = ['98,24', '97.550', '100', '5.021.140.500', 'Rp. 252.980.000 ,-'];
    expect(detectColumnConvention(column)).toBe('id');
    expect(mixedConventions(column)).toBe(false);
  });

  test('decimal point next to decimal comma (seed-001 L.T1.1 "99.45" / "100,00")', () => {
    const column = ['99.45', '100,00', '89.03'];
    expect(detectColumnConvention(column)).toBeNull();
    expect(mixedConventions(column)).toBe(true);
  });

  test('no evidence: only plain, ambiguous, malformed or empty tokens', () => {
    const column = ['100', '900', '97.550', '1,234', '1.030.971.00', '', '-', 'Sangat Tinggi'];
    expect(detectColumnConvention(column)).toBeNull();
    expect(mixedConventions(column)).toBe(false);
    expect(detectColumnConvention([])).toBeNull();
  });

  test('the detected convention settles the column\'s ambiguous cells', () => {
    const column = ['4,850,819,710', '471,491,320', '185,125'];
    const convention = detectColumnConvention(column);
    expect(convention).toBe('en');
    const parsed = parseAngka('185,125', { convention: convention ?? undefined });
    expect(parsed.value).toBe(185125);
    expect(parsed.flags.ambiguous).toBe(false);
  });
});

describe('formatAngka', () => {
  test.each([
    [100.76, 2, 'id', '100,76'],
    [5021140500, 0, 'id', '5.021.140.500'],
    [100.76, 2, 'en', '100.76'],
    [5021140500, 0, 'en', '5,021,140,500'],
    [107.49, 2, 'id', '107,49'],
    [98.2456, 2, 'id', '98,25'],
    [-1234.5, 1, 'id', '-1.234,5'],
    [1234567.891, 1, 'en', '1,234,567.9'],
    [999, 0, 'id', '999'],
    [0, 2, 'id', '0,00'],
    [-0.001, 2, 'id', '0,00'],
    [0.5, 0, 'id', '1'],
  ] as const)('formatAngka(%p, %p, %p) = %p', (value, decimals, lang, expected) => {
    expect(formatAngka(value, decimals, lang)).toBe(expected);
  });

  test('Indonesian by default; non-finite values are written as JavaScript writes them', () => {
    expect(formatAngka(88.6, 2)).toBe('88,60');
    expect(formatAngka(Number.NaN, 2)).toBe('NaN');
    expect(formatAngka(Number.POSITIVE_INFINITY, 0)).toBe('Infinity');
  });
});

describe('properties', () => {
  const decimalNumber = fc
    .tuple(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), fc.integer({ min: 0, max: 4 }))
    .map(([units, decimals]) => ({ value: Number(units) / 10 ** decimals, decimals }));

  test('formatAngka then parseAngka with the matching context gives the value back', () => {
    fc.assert(
      fc.property(decimalNumber, fc.constantFrom('id' as const, 'en' as const), ({ value, decimals }, lang) => {
        const text = formatAngka(value, decimals, lang);
        const parsed = parseAngka(text, { convention: lang });
        expect(parsed.value).toBe(value);
        expect(parsed.decimals).toBe(decimals);
        expect([lang, 'plain']).toContain(parsed.convention);
        expect(parsed.flags.malformed).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  test('Indonesian formatting reads back without any context (Indonesian first)', () => {
    fc.assert(
      fc.property(decimalNumber, ({ value, decimals }) => {
        expect(parseAngka(formatAngka(value, decimals)).value).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });

  test('numeric cells come back unchanged', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const parsed = parseAngka(n);
        expect(Object.is(parsed.value, n)).toBe(true);
        expect(parsed.decimals).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  const numberish = fc.string({
    unit: fc.constantFrom('0', '1', '5', '9', '.', ',', ' ', '-', '%', '(', ')', 'R', 'p', 'e', 'E', '+', '#', '/', 's', 'd', 'A', '\u00a0', '–'),
    maxLength: 24,
  });

  test('random text never throws and every result is coherent', () => {
    fc.assert(
      fc.property(fc.oneof(numberish, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 80 })), (s) => {
        const parsed = parseAngka(s);
        expect(parsed.raw).toBe(s.trim());
        if (parsed.value !== null) expect(Number.isFinite(parsed.value)).toBe(true);
        for (const a of parsed.alternatives) expect(Number.isFinite(a)).toBe(true);
        if (parsed.alternatives.length > 0 && parsed.value !== null) expect(parsed.alternatives[0]).toBe(parsed.value);
        if (parsed.flags.range || parsed.flags.nil) expect(parsed.value).toBeNull();
        if (parsed.range) expect(parsed.range.low).toBeLessThanOrEqual(parsed.range.high);
        if (parsed.value === null && !parsed.flags.range) expect(parsed.convention).toBeNull();
        expect(Number.isInteger(parsed.decimals) && parsed.decimals >= 0).toBe(true);
        // Any context reads the same text without throwing.
        parseAngka(s, { convention: 'en', percentColumn: true });
      }),
      { numRuns: 3000 },
    );
  });
});
