/**
 * functions.json as the build makes it: runs the real metadata generator (custom-functions-metadata,
 * the library behind CustomFunctionsMetadataPlugin) on src/functions/functions.ts and checks what
 * Excel will show: function names, parameters, optional flags, types and Indonesian descriptions.
 */

import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

interface Parameter {
  name: string;
  description?: string;
  type: string;
  optional?: boolean;
  dimensionality?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

const SOURCE = path.join(__dirname, '..', 'src', 'functions', 'functions.ts');

let functions: FunctionMetadata[];
let associations: Array<{ functionName: string; id: string }>;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE);
  expect(result.errors).toEqual([]);
  functions = JSON.parse(result.metadataJson).functions;
  associations = result.associate;
});

function fn(name: string): FunctionMetadata {
  const found = functions.find((f) => f.name === name);
  if (!found) throw new Error(`no function ${name} in the metadata`);
  return found;
}

/** name:type, with ? for optional and [][] for a range, in order. */
function signature(name: string): string[] {
  return fn(name).parameters.map(
    (p) => `${p.name}${p.optional ? '?' : ''}:${p.type}${p.dimensionality === 'matrix' ? '[][]' : ''}`,
  );
}

describe('functions.json generated from the JSDoc', () => {
  it('declares exactly the seven SAKIP functions, each registered with its id', () => {
    const names = ['CAPAIAN', 'KATEGORI', 'PREDIKAT', 'SERAPAN', 'EFISIENSI', 'KEMAJUAN', 'ANGKA'];
    expect(functions.map((f) => f.name)).toEqual(names);
    expect(functions.map((f) => f.id)).toEqual(names);
    expect(associations.map((a) => [a.id, a.functionName])).toEqual([
      ['CAPAIAN', 'capaian'],
      ['KATEGORI', 'kategori'],
      ['PREDIKAT', 'predikat'],
      ['SERAPAN', 'serapan'],
      ['EFISIENSI', 'efisiensi'],
      ['KEMAJUAN', 'kemajuan'],
      ['ANGKA', 'angka'],
    ]);
  });

  it('has the parameters, optional flags and types of the spec (text-capable numbers are any)', () => {
    expect(signature('CAPAIAN')).toEqual(['target:any', 'realisasi:any', 'arah?:string', 'rumus_negatif?:string']);
    expect(signature('KATEGORI')).toEqual(['capaian:any', 'skala?:any[][]']);
    expect(signature('PREDIKAT')).toEqual(['nilai:any']);
    expect(signature('SERAPAN')).toEqual(['pagu:any', 'realisasi:any']);
    expect(signature('EFISIENSI')).toEqual(['capaian:any', 'serapan:any', 'metode?:string']);
    expect(signature('KEMAJUAN')).toEqual(['realisasi:any', 'target_akhir:any']);
    expect(signature('ANGKA')).toEqual(['teks:any']);
  });

  it('returns numbers, except KATEGORI and PREDIKAT which return text', () => {
    const results = Object.fromEntries(functions.map((f) => [f.name, f.result.type]));
    expect(results).toEqual({
      CAPAIAN: 'number',
      KATEGORI: 'string',
      PREDIKAT: 'string',
      SERAPAN: 'number',
      EFISIENSI: 'number',
      KEMAJUAN: 'number',
      ANGKA: 'number',
    });
  });

  it('describes every function and parameter in Bahasa Indonesia', () => {
    for (const f of functions) {
      expect(f.description).toBeTruthy();
      for (const p of f.parameters) expect(p.description).toBeTruthy();
    }
    expect(fn('CAPAIAN').description).toMatch(/^Capaian kinerja \(%\) dari target dan realisasi/);
    expect(fn('CAPAIAN').parameters[0].description).toMatch(/^Target kinerja: angka atau teks seperti "97,5"/);
    expect(fn('CAPAIAN').parameters[2].description).toMatch(/"positif" \(bawaan.*"negatif"/);
    expect(fn('CAPAIAN').parameters[3].description).toMatch(/"A" \(bawaan\), "B", "C", atau "D"/);
    expect(fn('KATEGORI').description).toMatch(/Permendagri 86\/2017 \(≥91 Sangat Tinggi, ≥76 Tinggi, ≥66 Sedang, ≥51 Rendah/);
    expect(fn('KATEGORI').parameters[1].description).toMatch(/^Nama skala \("permendagri86", "baik", "tercapai"\) atau rentang tabel skala/);
    expect(fn('PREDIKAT').description).toMatch(/>90 AA, >80 A, >70 BB, >60 B, >50 CC, >30 C, selain itu D/);
    expect(fn('SERAPAN').description).toBe('Serapan anggaran (%): realisasi anggaran / pagu × 100.');
    expect(fn('EFISIENSI').parameters[2].description).toBe('Metode: "selisih" (bawaan) atau "rasio".');
    expect(fn('KEMAJUAN').parameters[1].description).toMatch(/^Target akhir periode Renstra atau RPJMD/);
    expect(fn('ANGKA').description).toMatch(/^Membaca angka dari teks bergaya Indonesia atau Inggris/);
  });
});
