#!/usr/bin/env node
// The `cermat` command: runs the compiled CLI (lib/, built by `npm run build:lib`, also on install).
let cli;
try {
  cli = require('../lib/cli/main.js');
} catch {
  process.stderr.write('cermat: belum dibangun; jalankan `npm run build:lib` dahulu (not built yet: run `npm run build:lib`)\n');
  process.exit(2);
}
// exitCode, not exit(): a piped stdout must drain before the process ends.
cli.main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`cermat: kesalahan tak terduga: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
  },
);
