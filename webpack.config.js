/**
 * Builds the Excel add-in into dist/: taskpane.html (the shared runtime page that hosts the task
 * pane and the custom functions), taskpane.js, functions.js, functions.json (generated from the
 * JSDoc of src/functions/functions.ts), manifest.xml and the icons.
 *
 * Shared runtime (manifest.xml: <Runtime resid="Taskpane.Url" lifetime="long"/>): the custom
 * functions, the ribbon and the pane run in one page, so there is no functions.html or
 * commands.html; taskpane.html loads both bundles (Microsoft's "Configure your Office Add-in to
 * use a shared runtime").
 *
 * `npm run dev-server` serves the build on https://localhost:3000, the URLs of manifest.xml. It uses
 * the trusted certificates of office-addin-dev-certs when that package and its certificates are
 * installed, and webpack-dev-server's self-signed certificate otherwise (the browser, or Excel on
 * the web, must then be told once to accept https://localhost:3000).
 */

const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { version } = require('./package.json');

const DEV_PORT = 3000;

/** https options of office-addin-dev-certs, or 'https' (self-signed) when they are not available. */
async function httpsServer() {
  try {
    const devCerts = require('office-addin-dev-certs');
    if (devCerts.verifyCertificates && !devCerts.verifyCertificates()) return 'https';
    const options = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch {
    return 'https';
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === 'development';
  const serving = Boolean(process.env.WEBPACK_SERVE);
  return {
    devtool: 'source-map',
    entry: {
      functions: './src/functions/register.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Type-check only what the bundles contain (not tests or scripts), as ES modules for tree shaking.
              onlyCompileBundledFiles: true,
              compilerOptions: { module: 'esnext', sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: 'functions.json',
        input: './src/functions/functions.ts',
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml' },
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
        ],
      }),
      new webpack.DefinePlugin({
        __CERMAT_VERSION__: JSON.stringify(version),
      }),
    ],
    devServer: {
      port: DEV_PORT,
      server: serving ? await httpsServer() : 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
      hot: dev,
      client: { overlay: { warnings: false } },
    },
  };
};
