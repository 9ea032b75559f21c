/**
 * Bundles a TypeScript module with webpack the way the add-in is built (production mode, modules
 * concatenated into one scope, minified) and loads it into this process, so that a benchmark
 * measures the code as Excel runs it. Running the sources through tsx instead routes every
 * cross-module call through esbuild's CommonJS interop getters, which made SAKIP.CAPAIAN measure
 * several times slower than its bundle.
 */

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';

const ROOT = path.join(__dirname, '..', '..');

/** The exports of `entry` (a path from the repository root) as built by webpack. */
export async function loadBundled<T>(entry: string): Promise<T> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cermat-bench-'));
  const compiler = webpack({
    mode: 'production',
    target: 'node',
    context: ROOT,
    entry: path.join(ROOT, entry),
    output: { path: outDir, filename: 'bundle.js', library: { type: 'commonjs2' } },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } },
        },
      ],
    },
  });
  try {
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      compiler.run((error, result) => (error || !result ? reject(error) : resolve(result))),
    );
    if (stats.hasErrors()) throw new Error(`webpack could not bundle ${entry}:\n${stats.toString('errors-only')}`);
    // A file built at run time: loaded by path, which an `import` cannot do synchronously.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(path.join(outDir, 'bundle.js')) as T;
  } finally {
    await new Promise<void>((resolve) => compiler.close(() => resolve()));
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
