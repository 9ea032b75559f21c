#!/usr/bin/env node
/**
 * `npm start`: sideloads the add-in into Excel desktop and starts the dev server, through
 * office-addin-debugging (`office-addin-debugging start manifest.xml desktop --app excel ...`).
 *
 * office-addin-debugging is an optional dependency: it needs the native module keytar (libsecret)
 * and may be absent, and it needs Excel desktop (Windows or Mac). When either is missing, this
 * script says so in one line, prints how to sideload by hand (dev server on
 * https://localhost:3000, Upload My Add-in in Excel on the web, shared-folder catalog on Windows,
 * the wef folder on Mac) and exits 0: that is a normal state of a machine, not a failure.
 * Extra arguments go to office-addin-debugging (`npm start -- web --document <url>`).
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..');
const MANIFEST = 'manifest.xml';

/** office-addin-debugging's command-line entry, or { missing: reason } when it cannot be used. */
function loadDebugging() {
  let packageJson;
  try {
    packageJson = require.resolve('office-addin-debugging/package.json', { paths: [ROOT] });
  } catch {
    return { missing: 'office-addin-debugging tidak terpasang (dependensi opsional)' };
  }
  try {
    require(path.dirname(packageJson));
  } catch (e) {
    return { missing: `office-addin-debugging tidak dapat dimuat (${String(e.message).split('\n')[0]})` };
  }
  const { bin } = require(packageJson);
  const cli = typeof bin === 'string' ? bin : bin['office-addin-debugging'];
  return { cli: path.join(path.dirname(packageJson), cli) };
}

/** Where Excel desktop is installed, or null (always null on Linux: there is no Excel for it). */
function findExcel() {
  const candidates = {
    darwin: ['/Applications/Microsoft Excel.app'],
    win32: [process.env.ProgramFiles, process.env['ProgramFiles(x86)']]
      .filter(Boolean)
      .flatMap((dir) => [
        path.join(dir, 'Microsoft Office', 'root', 'Office16', 'EXCEL.EXE'),
        path.join(dir, 'Microsoft Office', 'Office16', 'EXCEL.EXE'),
      ]),
  }[process.platform] || [];
  return candidates.find((p) => fs.existsSync(p)) || null;
}

const SIDELOAD_HELP = [
  'Cara memuat Cermat secara manual (sideload):',
  '  1. Bangun dan jalankan server add-in: npm run build && npm run dev-server',
  '     (https://localhost:3000; buka alamat itu sekali di peramban dan terima sertifikatnya).',
  '  2. Excel di web: buka sebuah workbook, Beranda > Add-in > Add-in Lainnya > Add-in Saya >',
  '     Unggah Add-in Saya (Upload My Add-in), lalu pilih dist/manifest.xml.',
  '  3. Excel desktop Windows: salin manifest.xml ke folder bersama (misalnya \\\\komputer\\addin), daftarkan',
  '     folder itu di File > Opsi > Pusat Kepercayaan > Pengaturan Pusat Kepercayaan > Katalog Add-in',
  '     Tepercaya (centang "Tampilkan di Menu"), mulai ulang Excel, lalu Sisipkan > Add-in Saya > FOLDER BERSAMA.',
  '  4. Excel desktop Mac: salin manifest.xml ke',
  '     ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ lalu mulai ulang Excel.',
  'Panduan lengkap: README.md, bagian "Memakai Cermat di Excel"',
].join('\n');

/** Runs office-addin-debugging with `args`; returns its exit code. */
function runDebugging(cli, args) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, stdio: 'inherit' });
  return result.status === null ? 1 : result.status;
}

function main(argv) {
  const platform = argv.includes('web') ? 'web' : 'desktop';
  const options = argv.filter((a) => a !== 'web' && a !== 'desktop');
  const debugging = loadDebugging();
  const excel = platform === 'web' || findExcel();
  const reasons = [debugging.missing, excel ? null : `Excel desktop tidak ditemukan di mesin ini (${os.platform()})`].filter(Boolean);
  if (reasons.length > 0) {
    console.log(`Cermat tidak dapat dimuat otomatis ke Excel: ${reasons.join('; ')}.`);
    console.log(SIDELOAD_HELP);
    return 0;
  }
  return runDebugging(debugging.cli, [
    'start', MANIFEST, platform,
    '--app', 'excel',
    '--dev-server', 'npm run dev-server',
    '--dev-server-port', '3000',
    ...options,
  ]);
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}

module.exports = { loadDebugging, runDebugging, MANIFEST };
