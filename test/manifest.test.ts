/**
 * scripts/validate-manifest.js on the real manifest.xml and on broken copies of it, written to a
 * temp folder with a stand-in build folder (the files of `npm run build` that the URLs name).
 */

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require('../scripts/validate-manifest.js') as {
  validateManifest: (
    file: string,
    options: { dist: string; assets: string },
  ) => { ok: boolean; checks: Array<{ name: string; ok: boolean; problems: string[]; detail: string }> };
};

const ROOT = path.join(__dirname, '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const ASSETS = path.join(ROOT, 'assets');
const SCRIPT = path.join(ROOT, 'scripts', 'validate-manifest.js');

let tmp: string;
let dist: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cermat-manifest-'));
  dist = path.join(tmp, 'dist');
  fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'taskpane.html'), '<!doctype html><title>Cermat</title>');
  fs.writeFileSync(path.join(dist, 'functions.js'), '');
  fs.writeFileSync(path.join(dist, 'functions.json'), JSON.stringify({ functions: [{ id: 'CAPAIAN', name: 'CAPAIAN' }] }));
  fs.writeFileSync(path.join(dist, 'manifest.xml'), MANIFEST);
  for (const icon of fs.readdirSync(ASSETS).filter((f) => f.endsWith('.png'))) {
    fs.copyFileSync(path.join(ASSETS, icon), path.join(dist, 'assets', icon));
  }
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

let copies = 0;

/** The manifest with each `from` replaced by `to` (each `from` must occur: a no-op edit fails). */
function broken(...edits: Array<[from: string | RegExp, to: string]>): string {
  let xml = MANIFEST;
  for (const [from, to] of edits) {
    const next = xml.replace(from, to);
    if (next === xml) throw new Error(`edit not applied: ${String(from)}`);
    xml = next;
  }
  const file = path.join(tmp, `manifest-${++copies}.xml`);
  fs.writeFileSync(file, xml);
  return file;
}

/** Every problem the validator reports for a manifest file, as "check: problem" lines. */
function problemsOf(file: string, distDir = dist): string[] {
  const report = validateManifest(file, { dist: distDir, assets: ASSETS });
  return report.checks.flatMap((c) => c.problems.map((p) => `${c.name}: ${p}`));
}

describe('validate-manifest on the real manifest', () => {
  it('passes every check', () => {
    const report = validateManifest(path.join(ROOT, 'manifest.xml'), { dist, assets: ASSETS });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    const detail = Object.fromEntries(report.checks.map((c) => [c.name, c.detail]));
    expect(detail['Fungsi kustom']).toBe('SAKIP');
    expect(detail['Requirement set']).toBe('CustomFunctionsRuntime 1.1, SharedRuntime 1.1');
    expect(detail['Runtime bersama']).toBe('Taskpane.Url, lifetime long');
    expect(detail['Izin']).toBe('ReadWriteDocument');
    expect(detail['Bahasa']).toBe('id-ID (+ en-US)');
  });

  it('runs as a command: prints each check and exits 0', () => {
    const out = execFileSync('node', [SCRIPT, path.join(ROOT, 'manifest.xml'), '--dist', dist, '--assets', ASSETS], { encoding: 'utf8' });
    expect(out).toContain('✓ XML: well-formed');
    expect(out).toContain('✓ Fungsi kustom: SAKIP');
    expect(out).toMatch(/Manifest valid: .*manifest\.xml\n$/);
  });
});

describe('validate-manifest on broken copies', () => {
  it('malformed XML', () => {
    expect(problemsOf(broken(['</bt:Images>', '']))).toEqual([
      expect.stringMatching(/^XML: XML tidak valid \(baris \d+, kolom \d+\): .*bt:Images/),
    ]);
  });

  it('a duplicate resource id', () => {
    const file = broken([
      '<bt:Url id="Taskpane.Url"',
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>\n        <bt:Url id="Taskpane.Url"',
    ]);
    expect(problemsOf(file)).toEqual(['Resource: resid ganda: "Taskpane.Url" didefinisikan lebih dari sekali']);
  });

  it('a resid that names no resource', () => {
    expect(problemsOf(broken([/<bt:Url id="Functions.Metadata.Url"[^>]*>\n\s*/, '']))).toContain(
      'Resource: resid tidak terdefinisi: <SourceLocation resid="Functions.Metadata.Url"> tidak menunjuk resource mana pun',
    );
    expect(problemsOf(broken(['<Label resid="Cermat.Group.Label"/>', '<Label resid="Grup.Label"/>']))).toEqual([
      'Resource: resid tidak terdefinisi: <Label resid="Grup.Label"> tidak menunjuk resource mana pun',
    ]);
  });

  it('a resid naming a resource of the wrong kind, or longer than 32 characters', () => {
    expect(problemsOf(broken(['<Label resid="Cermat.Group.Label"/>', '<Label resid="Taskpane.Url"/>']))).toEqual([
      'Resource: <Label resid="Taskpane.Url"> harus menunjuk bt:ShortStrings, bukan bt:Urls',
    ]);
    const long = 'Cermat.TaskpaneButton.Tooltip.Panjang';
    expect(problemsOf(broken([/Cermat\.TaskpaneButton\.Tooltip/g, long]))).toEqual([
      `Resource: resid "${long}" lebih dari 32 karakter`,
    ]);
  });

  it('a custom functions namespace other than SAKIP', () => {
    expect(problemsOf(broken(['DefaultValue="SAKIP"', 'DefaultValue="CONTOSO"']))).toEqual([
      'Fungsi kustom: namespace fungsi kustom harus "SAKIP", tertulis "CONTOSO"',
    ]);
  });

  it('a URL to a file the build does not have', () => {
    expect(problemsOf(broken(['https://localhost:3000/functions.js', 'https://localhost:3000/fungsi.js']))).toEqual([
      `URL dan berkas: resource "Functions.Script.Url": https://localhost:3000/fungsi.js -> ${path.join(dist, 'fungsi.js')} tidak ada di folder build`,
    ]);
  });

  it('no build folder at all', () => {
    expect(problemsOf(path.join(ROOT, 'manifest.xml'), path.join(tmp, 'belum-dibangun'))).toEqual([
      `URL dan berkas: folder build ${path.join(tmp, 'belum-dibangun')} tidak ada: jalankan "npm run build" dulu`,
    ]);
  });

  it('an http URL, and an icon of the wrong size', () => {
    expect(problemsOf(broken(['<IconUrl DefaultValue="https:', '<IconUrl DefaultValue="http:']))).toEqual([
      'URL dan berkas: <IconUrl>: URL harus https: http://localhost:3000/assets/icon-32.png',
    ]);
    expect(problemsOf(broken(['assets/icon-16.png', 'assets/icon-32.png']))).toEqual([
      `URL dan berkas: resource "Icon.16x16": ${path.join(ASSETS, 'icon-32.png')} berukuran 32x32, seharusnya 16x16`,
    ]);
  });

  it('an Id that is not a GUID', () => {
    expect(problemsOf(broken(['<Id>79e17b36-051b-4ff7-8e48-546dd48b4412</Id>', '<Id>cermat-addin</Id>']))).toEqual([
      'Id: Id bukan GUID: "cermat-addin"',
    ]);
  });

  it('a version that is not n.n.n.n', () => {
    expect(problemsOf(broken(['<Version>0.1.0.0</Version>', '<Version>0.1.0-beta</Version>']))).toEqual([
      'Versi: Version harus berbentuk n.n.n.n (angka 0 sampai 65535): "0.1.0-beta"',
    ]);
  });

  it('a missing requirement set', () => {
    expect(problemsOf(broken([/\s*<bt:Set Name="SharedRuntime" MinVersion="1.1"\/>/, '']))).toEqual([
      'Requirement set: requirement set SharedRuntime 1.1 tidak dideklarasikan',
    ]);
  });

  it('a part of the add-in outside the shared runtime', () => {
    const file = broken([
      '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
      '<Page>\n              <SourceLocation resid="Functions.Page.Url"/>',
    ], ['<bt:Url id="Taskpane.Url"', '<bt:Url id="Functions.Page.Url" DefaultValue="https://localhost:3000/taskpane.html"/>\n        <bt:Url id="Taskpane.Url"']);
    expect(problemsOf(file)).toEqual([
      'Runtime bersama: halaman fungsi kustom (<Page>) memakai resid "Functions.Page.Url", bukan runtime bersama "Taskpane.Url"',
    ]);
  });

  it('VersionOverrides 1.1, which a task pane add-in does not support', () => {
    const file = broken([
      'xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0"',
      'xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides/1.1" xsi:type="VersionOverridesV1_1"',
    ]);
    expect(problemsOf(file)).toEqual([
      'VersionOverrides: VersionOverrides xmlns harus http://schemas.microsoft.com/office/taskpaneappversionoverrides, tertulis "http://schemas.microsoft.com/office/taskpaneappversionoverrides/1.1"',
      'VersionOverrides: VersionOverrides xsi:type harus VersionOverridesV1_0 (add-in task pane hanya mendukung 1.0), tertulis "VersionOverridesV1_1"',
    ]);
  });

  it('elements out of schema order, and a missing required element', () => {
    expect(problemsOf(broken([/\s*<Permissions>ReadWriteDocument<\/Permissions>/, ''], ['<Hosts>\n    <Host Name', '<Permissions>ReadWriteDocument</Permissions>\n  <Hosts>\n    <Host Name']))).toEqual([
      'Struktur: elemen <Hosts> harus ditulis sebelum <Permissions> (urutan skema)',
      'Struktur: elemen <DefaultSettings> harus ditulis sebelum <Permissions> (urutan skema)',
    ]);
    expect(problemsOf(broken([/\s*<ProviderName>Cermat<\/ProviderName>/, '']))).toEqual(['Struktur: elemen wajib <ProviderName> tidak ada']);
  });

  it('runs as a command: exits 1 and names the failing check', () => {
    const file = broken(['DefaultValue="SAKIP"', 'DefaultValue="CONTOSO"']);
    let status = 0;
    let out = '';
    try {
      execFileSync('node', [SCRIPT, file, '--dist', dist, '--assets', ASSETS], { encoding: 'utf8' });
    } catch (e) {
      ({ status, stdout: out } = e as { status: number; stdout: string });
    }
    expect(status).toBe(1);
    expect(out).toContain('✗ Fungsi kustom: CONTOSO\n    - namespace fungsi kustom harus "SAKIP", tertulis "CONTOSO"');
    expect(out).toMatch(/Manifest TIDAK valid: 1 pemeriksaan gagal/);
  });
});
