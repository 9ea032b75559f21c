// `npm run demo`: checks the bundled sample workbook (seed 001's tables, errors included) with the
// real CLI, prints the findings and writes the marked copy to out/. Findings of severity error make
// `cermat check` exit 1, which is the demo working, so only exit 2 (cannot read) fails the demo.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
const sample = path.join('samples', 'lkjip-2024-kotawaringin-timur.xlsx');
const result = spawnSync(process.execPath, [path.join(root, 'bin', 'cermat.js'), 'check', sample, '--out', 'out', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status === 2 || result.status === null) process.exit(2);
console.log('\nSalinan bertanda dan lembar "Temuan": out/lkjip-2024-kotawaringin-timur-cermat.xlsx');
