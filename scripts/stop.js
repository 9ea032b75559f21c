#!/usr/bin/env node
/**
 * `npm stop`: stops what `npm start` started (office-addin-debugging stop: the dev server, and the
 * sideload of the add-in in Excel desktop). Without office-addin-debugging there is nothing it
 * started; this says so in one line, tells how to stop a manual setup, and exits 0.
 */

const { loadDebugging, runDebugging, MANIFEST } = require('./start');

function main() {
  const debugging = loadDebugging();
  if (debugging.missing) {
    console.log(`Tidak ada yang dihentikan: ${debugging.missing}, jadi npm start tidak memuat add-in otomatis.`);
    console.log('Hentikan "npm run dev-server" dengan Ctrl+C di terminalnya; add-in yang diunggah manual dihapus dari Excel lewat Add-in Saya.');
    return 0;
  }
  return runDebugging(debugging.cli, ['stop', MANIFEST]);
}

if (require.main === module) {
  process.exitCode = main();
}
