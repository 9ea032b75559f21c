#!/usr/bin/env node
/**
 * Offline check of the add-in's XML manifest (`npm run validate`), before it is sideloaded:
 *
 *   node scripts/validate-manifest.js [MANIFEST] [--dist DIR] [--assets DIR]
 *
 * MANIFEST defaults to manifest.xml, DIR to dist/ and assets/ (relative to the working directory).
 * Checks: well-formed XML; the OfficeApp elements a task pane add-in needs, in schema order; Id is a
 * GUID; Version is n.n.n.n; locales; permissions; VersionOverrides 1.0 of a task pane add-in; the
 * requirement sets CustomFunctionsRuntime 1.1 and SharedRuntime 1.1; resource ids unique, at most 32
 * characters, and every resid resolving to a resource of the right kind; one shared runtime used
 * by the functions page, the function file and the task pane; the custom functions namespace
 * SAKIP; every URL https, every https://localhost:3000 URL a file in DIR (so: after a build), icons
 * PNG files in assets/ of the declared size; functions.json readable. Prints each check; exits 1
 * when one fails. No network: URLs elsewhere than localhost:3000 are only checked for https.
 */

const fs = require('fs');
const path = require('path');
const { XMLParser, XMLValidator } = require('fast-xml-parser');

const DEV_ORIGIN = 'https://localhost:3000';
const NAMESPACE = 'SAKIP';
const REQUIRED_SETS = [
  ['CustomFunctionsRuntime', '1.1'],
  ['SharedRuntime', '1.1'],
];
const TASKPANE_OVERRIDES_NS = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';

/** Children of a TaskPaneApp OfficeApp, in the order of the schema; the required ones are marked. */
const OFFICEAPP_ORDER = [
  ['Id', true],
  ['AlternateId', false],
  ['Version', true],
  ['ProviderName', true],
  ['DefaultLocale', true],
  ['DisplayName', true],
  ['Description', true],
  ['IconUrl', true],
  ['HighResolutionIconUrl', false],
  ['SupportUrl', false],
  ['AppDomains', false],
  ['Hosts', true],
  ['Requirements', false],
  ['DefaultSettings', true],
  ['Permissions', true],
  ['Dictionary', false],
  ['VersionOverrides', false],
  ['ExtendedOverrides', false],
];
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];

/** Resource kinds: the bt:* collection that defines them, and the length limit of their values. */
const RESOURCE_KINDS = {
  image: { collection: 'bt:Images', item: 'bt:Image' },
  url: { collection: 'bt:Urls', item: 'bt:Url' },
  short: { collection: 'bt:ShortStrings', item: 'bt:String', maxLength: 125 },
  long: { collection: 'bt:LongStrings', item: 'bt:String', maxLength: 250 },
};
/** The kind of resource an element's `resid` must name. */
const RESID_KIND = {
  'bt:Image': 'image',
  SourceLocation: 'url',
  FunctionFile: 'url',
  Runtime: 'url',
  LearnMoreUrl: 'url',
  Label: 'short',
  Title: 'short',
  Namespace: 'short',
  Description: 'long',
};
const MAX_RESID_LENGTH = 32;

// ---------------------------------------------------------------- XML tree

/** fast-xml-parser's ordered output as plain nodes: { name, attrs, children, text }. */
function toNodes(items) {
  const nodes = [];
  for (const item of items) {
    const name = Object.keys(item).find((k) => k !== ':@');
    if (name === undefined || name === '#text' || name.startsWith('?')) continue;
    const content = item[name];
    const text = content
      .filter((c) => '#text' in c)
      .map((c) => String(c['#text']))
      .join('')
      .trim();
    nodes.push({ name, attrs: item[':@'] || {}, children: toNodes(content), text });
  }
  return nodes;
}

function child(node, name) {
  return node ? node.children.find((c) => c.name === name) : undefined;
}

/** The node at a path of child names, or undefined. */
function at(node, ...names) {
  return names.reduce((n, name) => child(n, name), node);
}

/** Every descendant (and the node itself) for which `test` holds, in document order. */
function descendants(node, test, out = []) {
  if (test(node)) out.push(node);
  for (const c of node.children) descendants(c, test, out);
  return out;
}

// ---------------------------------------------------------------- files

/** Width and height of a PNG file, or null when it is not a PNG. */
function pngSize(file) {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    return null;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The path of a dev URL inside the built add-in ("https://localhost:3000/assets/x.png" -> "assets/x.png"). */
function devPath(url) {
  return decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '');
}

// ---------------------------------------------------------------- checks

/** Collects each check's problems; a check with none passes. */
class Report {
  constructor() {
    this.checks = [];
  }

  check(name, run) {
    const problems = [];
    const detail = run((message) => problems.push(message));
    this.checks.push({ name, ok: problems.length === 0, problems, detail: detail || '' });
    return problems.length === 0;
  }

  get ok() {
    return this.checks.every((c) => c.ok);
  }
}

function checkStructure(app, fail) {
  if (!app) {
    fail('elemen akar <OfficeApp> tidak ada');
    return '';
  }
  const type = app.attrs['xsi:type'];
  if (type !== 'TaskPaneApp') fail(`OfficeApp xsi:type harus "TaskPaneApp", tertulis "${type}"`);
  const order = OFFICEAPP_ORDER.map(([name]) => name);
  let last = -1;
  for (const c of app.children) {
    const i = order.indexOf(c.name);
    if (i < 0) fail(`elemen <${c.name}> tidak dikenal di dalam <OfficeApp>`);
    else if (i < last) fail(`elemen <${c.name}> harus ditulis sebelum <${order[last]}> (urutan skema)`);
    else last = i;
  }
  for (const [name, required] of OFFICEAPP_ORDER) {
    if (required && !child(app, name)) fail(`elemen wajib <${name}> tidak ada`);
  }
  for (const name of ['DisplayName', 'Description', 'IconUrl']) {
    const node = child(app, name);
    if (node && !node.attrs.DefaultValue) fail(`<${name}> tidak punya DefaultValue`);
  }
  if (!at(app, 'DefaultSettings', 'SourceLocation')) fail('<DefaultSettings> tidak punya <SourceLocation>');
  const hosts = (child(app, 'Hosts') || { children: [] }).children.map((h) => h.attrs.Name);
  if (!hosts.includes('Workbook')) fail('<Hosts> tidak memuat <Host Name="Workbook"/> (Excel)');
  return `${app.children.length} elemen, host Excel`;
}

function checkId(app, fail) {
  const id = (child(app, 'Id') || {}).text || '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) fail(`Id bukan GUID: "${id}"`);
  return id;
}

function checkVersion(app, fail) {
  const version = (child(app, 'Version') || {}).text || '';
  const parts = version.split('.');
  if (!/^\d+(\.\d+){0,3}$/.test(version) || parts.some((p) => Number(p) > 65535)) {
    fail(`Version harus berbentuk n.n.n.n (angka 0 sampai 65535): "${version}"`);
  }
  return version;
}

function checkLocales(app, fail) {
  const locale = /^[a-z]{2,3}-[A-Z]{2}$/;
  const defaultLocale = (child(app, 'DefaultLocale') || {}).text || '';
  if (!locale.test(defaultLocale)) fail(`DefaultLocale bukan kode bahasa seperti id-ID: "${defaultLocale}"`);
  const overrides = descendants(app, (n) => n.name === 'Override' || n.name === 'bt:Override');
  for (const o of overrides) {
    if (!locale.test(o.attrs.Locale || '')) fail(`Override dengan Locale tidak valid: "${o.attrs.Locale}"`);
    if (!o.attrs.Value) fail(`Override ${o.attrs.Locale} tanpa Value`);
  }
  const locales = [...new Set(overrides.map((o) => o.attrs.Locale))];
  return `${defaultLocale}${locales.length ? ` (+ ${locales.join(', ')})` : ''}`;
}

function checkPermissions(app, fail) {
  const permission = (child(app, 'Permissions') || {}).text || '';
  if (!PERMISSIONS.includes(permission)) fail(`Permissions tidak dikenal: "${permission}" (${PERMISSIONS.join(', ')})`);
  return permission;
}

function checkVersionOverrides(overrides, fail) {
  if (!overrides) {
    fail('<VersionOverrides> tidak ada: tanpa itu tidak ada tombol pita dan fungsi kustom');
    return '';
  }
  if (overrides.attrs.xmlns !== TASKPANE_OVERRIDES_NS) {
    fail(`VersionOverrides xmlns harus ${TASKPANE_OVERRIDES_NS}, tertulis "${overrides.attrs.xmlns}"`);
  }
  if (overrides.attrs['xsi:type'] !== 'VersionOverridesV1_0') {
    fail(`VersionOverrides xsi:type harus VersionOverridesV1_0 (add-in task pane hanya mendukung 1.0), tertulis "${overrides.attrs['xsi:type']}"`);
  }
  return overrides.attrs['xsi:type'];
}

function checkRequirements(app, fail) {
  const sets = descendants(app, (n) => n.name === 'Set' || n.name === 'bt:Set');
  const declared = [];
  for (const [name, min] of REQUIRED_SETS) {
    const set = sets.find((s) => s.attrs.Name === name);
    if (!set) {
      fail(`requirement set ${name} ${min} tidak dideklarasikan`);
      continue;
    }
    const version = set.attrs.MinVersion || '1.1';
    declared.push(`${name} ${version}`);
    if (Number(version) < Number(min)) fail(`${name} harus MinVersion ${min} atau lebih, tertulis ${version}`);
  }
  return declared.join(', ');
}

/** Defined resources: id -> { kind, value }; reports duplicates, long ids and long strings. */
function collectResources(overrides, fail) {
  const resources = new Map();
  const root = child(overrides, 'Resources');
  if (!root) {
    fail('<Resources> tidak ada di <VersionOverrides>');
    return resources;
  }
  for (const [kind, { collection, item, maxLength }] of Object.entries(RESOURCE_KINDS)) {
    for (const node of (child(root, collection) || { children: [] }).children.filter((n) => n.name === item)) {
      const id = node.attrs.id;
      const value = node.attrs.DefaultValue;
      if (!id) {
        fail(`<${item}> di ${collection} tanpa id`);
        continue;
      }
      if (resources.has(id)) fail(`resid ganda: "${id}" didefinisikan lebih dari sekali`);
      if (id.length > MAX_RESID_LENGTH) fail(`resid "${id}" lebih dari ${MAX_RESID_LENGTH} karakter`);
      if (!value) fail(`resource "${id}" tanpa DefaultValue`);
      const values = [value, ...node.children.map((o) => o.attrs.Value)].filter(Boolean);
      if (maxLength && values.some((v) => v.length > maxLength)) {
        fail(`teks resource "${id}" lebih dari ${maxLength} karakter`);
      }
      resources.set(id, { kind, value, node });
    }
  }
  return resources;
}

function checkResources(overrides, resources, fail) {
  const references = descendants(overrides, (n) => n.attrs.resid !== undefined);
  for (const ref of references) {
    const id = ref.attrs.resid;
    const resource = resources.get(id);
    if (!resource) {
      fail(`resid tidak terdefinisi: <${ref.name} resid="${id}"> tidak menunjuk resource mana pun`);
      continue;
    }
    const kind = RESID_KIND[ref.name];
    if (kind && resource.kind !== kind) {
      fail(`<${ref.name} resid="${id}"> harus menunjuk ${RESOURCE_KINDS[kind].collection}, bukan ${RESOURCE_KINDS[resource.kind].collection}`);
    }
  }
  return `${resources.size} resource, ${references.length} rujukan`;
}

function checkSharedRuntime(host, fail) {
  const runtime = at(host, 'Runtimes', 'Runtime');
  if (!runtime) {
    fail('tidak ada <Runtimes><Runtime> di <Host xsi:type="Workbook">: runtime bersama tidak dipakai');
    return '';
  }
  if (runtime.attrs.lifetime !== 'long') fail(`Runtime lifetime harus "long", tertulis "${runtime.attrs.lifetime}"`);
  const shared = runtime.attrs.resid;
  const functions = descendants(host, (n) => n.name === 'ExtensionPoint' && n.attrs['xsi:type'] === 'CustomFunctions')[0];
  const users = [
    ['halaman fungsi kustom (<Page>)', at(functions, 'Page', 'SourceLocation')],
    ['<FunctionFile>', descendants(host, (n) => n.name === 'FunctionFile')[0]],
    ...descendants(host, (n) => n.name === 'Action' && n.attrs['xsi:type'] === 'ShowTaskpane').map((a) => [
      'tombol panel (ShowTaskpane)',
      child(a, 'SourceLocation'),
    ]),
  ];
  for (const [what, node] of users) {
    if (!node) fail(`${what} tidak ada`);
    else if (node.attrs.resid !== shared) fail(`${what} memakai resid "${node.attrs.resid}", bukan runtime bersama "${shared}"`);
  }
  return `${shared}, lifetime ${runtime.attrs.lifetime}`;
}

function checkCustomFunctions(host, resources, fail) {
  const point = descendants(host, (n) => n.name === 'ExtensionPoint' && n.attrs['xsi:type'] === 'CustomFunctions')[0];
  if (!point) {
    fail('tidak ada <ExtensionPoint xsi:type="CustomFunctions">');
    return '';
  }
  for (const part of ['Script', 'Page', 'Metadata']) {
    if (!at(point, part, 'SourceLocation')) fail(`fungsi kustom: <${part}><SourceLocation> tidak ada`);
  }
  const ref = child(point, 'Namespace');
  const resource = ref && resources.get(ref.attrs.resid);
  const namespace = resource ? resource.value : undefined;
  if (namespace !== NAMESPACE) fail(`namespace fungsi kustom harus "${NAMESPACE}", tertulis "${namespace}"`);
  return namespace;
}

/** Every URL of the manifest: { url, where, iconSizes } (iconSizes: the pixel sizes it must have). */
function collectUrls(app, overrides, resources) {
  const urls = [];
  const iconSize = { IconUrl: 32, HighResolutionIconUrl: 64 };
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const node = child(app, name);
    if (node && node.attrs.DefaultValue) urls.push({ url: node.attrs.DefaultValue, where: `<${name}>`, iconSizes: iconSize[name] ? [iconSize[name]] : [] });
  }
  const source = at(app, 'DefaultSettings', 'SourceLocation');
  if (source && source.attrs.DefaultValue) urls.push({ url: source.attrs.DefaultValue, where: '<DefaultSettings>', iconSizes: [] });
  for (const domain of (child(app, 'AppDomains') || { children: [] }).children) {
    urls.push({ url: domain.text, where: '<AppDomain>', iconSizes: [], origin: true });
  }
  const sizes = new Map();
  for (const ref of overrides ? descendants(overrides, (n) => n.name === 'bt:Image' && n.attrs.resid) : []) {
    sizes.set(ref.attrs.resid, [...(sizes.get(ref.attrs.resid) || []), Number(ref.attrs.size)]);
  }
  for (const [id, resource] of resources) {
    if (resource.kind !== 'image' && resource.kind !== 'url') continue;
    for (const url of [resource.value, ...resource.node.children.map((o) => o.attrs.Value)].filter(Boolean)) {
      urls.push({ url, where: `resource "${id}"`, iconSizes: resource.kind === 'image' ? [...new Set(sizes.get(id) || [])] : [] });
    }
  }
  return urls;
}

function checkUrls(urls, dist, assets, fail) {
  const distExists = fs.existsSync(dist) && fs.statSync(dist).isDirectory();
  if (!distExists) fail(`folder build ${dist} tidak ada: jalankan "npm run build" dulu`);
  let local = 0;
  for (const { url, where, iconSizes, origin } of urls) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      fail(`${where}: bukan URL: "${url}"`);
      continue;
    }
    if (parsed.protocol !== 'https:') {
      fail(`${where}: URL harus https: ${url}`);
      continue;
    }
    if (origin || parsed.origin !== DEV_ORIGIN) continue;
    local += 1;
    const relative = devPath(url);
    if (distExists && !fs.existsSync(path.join(dist, relative))) {
      fail(`${where}: ${url} -> ${path.join(dist, relative)} tidak ada di folder build`);
    }
    if (iconSizes.length === 0) continue;
    const icon = path.join(assets, path.basename(relative));
    if (!fs.existsSync(icon)) {
      fail(`${where}: ikon ${icon} tidak ada`);
      continue;
    }
    const size = pngSize(icon);
    if (!size) {
      fail(`${where}: ${icon} bukan file PNG`);
      continue;
    }
    for (const px of iconSizes) {
      if (size.width !== px || size.height !== px) fail(`${where}: ${icon} berukuran ${size.width}x${size.height}, seharusnya ${px}x${px}`);
    }
  }
  return `${urls.length} URL, ${local} di ${DEV_ORIGIN}`;
}

function checkMetadata(host, resources, dist, fail) {
  const point = descendants(host, (n) => n.name === 'ExtensionPoint' && n.attrs['xsi:type'] === 'CustomFunctions')[0];
  const ref = at(point, 'Metadata', 'SourceLocation');
  const resource = ref && resources.get(ref.attrs.resid);
  if (!resource || !resource.value.startsWith(`${DEV_ORIGIN}/`)) return 'tidak di localhost, tidak diperiksa';
  const file = path.join(dist, devPath(resource.value));
  if (!fs.existsSync(file)) return 'belum dibangun';
  let metadata;
  try {
    metadata = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`${file} bukan JSON: ${e.message}`);
    return '';
  }
  const names = Array.isArray(metadata.functions) ? metadata.functions.map((f) => f.name) : [];
  if (names.length === 0) fail(`${file} tidak memuat fungsi`);
  return names.map((n) => `${NAMESPACE}.${n}`).join(', ');
}

/** Runs every check on the manifest at `manifestPath`; returns the Report. */
function validateManifest(manifestPath, { dist = 'dist', assets = 'assets' } = {}) {
  const report = new Report();
  let xml = '';
  const readable = report.check('Berkas', (fail) => {
    try {
      xml = fs.readFileSync(manifestPath, 'utf8');
    } catch (e) {
      fail(`tidak dapat membaca ${manifestPath}: ${e.code || e.message}`);
    }
    return manifestPath;
  });
  if (!readable) return report;
  const wellFormed = report.check('XML', (fail) => {
    const result = XMLValidator.validate(xml);
    if (result !== true) fail(`XML tidak valid (baris ${result.err.line}, kolom ${result.err.col}): ${result.err.msg}`);
    return 'well-formed';
  });
  if (!wellFormed) return report;

  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, parseAttributeValue: false, parseTagValue: false });
  const app = toNodes(parser.parse(xml)).find((n) => n.name === 'OfficeApp');
  if (!report.check('Struktur', (fail) => checkStructure(app, fail))) {
    if (!app) return report;
  }
  const overrides = child(app, 'VersionOverrides');
  const host = overrides && descendants(overrides, (n) => n.name === 'Host' && n.attrs['xsi:type'] === 'Workbook')[0];
  report.check('Id', (fail) => checkId(app, fail));
  report.check('Versi', (fail) => checkVersion(app, fail));
  report.check('Bahasa', (fail) => checkLocales(app, fail));
  report.check('Izin', (fail) => checkPermissions(app, fail));
  report.check('VersionOverrides', (fail) => checkVersionOverrides(overrides, fail));
  report.check('Requirement set', (fail) => checkRequirements(app, fail));
  let resources = new Map();
  report.check('Resource', (fail) => {
    if (!overrides) return 'tidak ada VersionOverrides';
    resources = collectResources(overrides, fail);
    return checkResources(overrides, resources, fail);
  });
  report.check('Runtime bersama', (fail) => (host ? checkSharedRuntime(host, fail) : fail('tidak ada <Host xsi:type="Workbook"> di VersionOverrides')));
  report.check('Fungsi kustom', (fail) => (host ? checkCustomFunctions(host, resources, fail) : fail('tidak ada <Host xsi:type="Workbook"> di VersionOverrides')));
  report.check('URL dan berkas', (fail) => checkUrls(collectUrls(app, overrides, resources), dist, assets, fail));
  if (host) report.check('functions.json', (fail) => checkMetadata(host, resources, dist, fail));
  return report;
}

function parseArgs(argv) {
  const options = { manifest: 'manifest.xml', dist: 'dist', assets: 'assets' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dist' || arg === '--assets') {
      if (i + 1 >= argv.length) throw new Error(`${arg} butuh nama folder`);
      options[arg.slice(2)] = argv[++i];
    } else if (arg.startsWith('--')) {
      throw new Error(`opsi tidak dikenal: ${arg}`);
    } else {
      options.manifest = arg;
    }
  }
  return options;
}

function main(argv) {
  let options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    console.error(`validate-manifest: ${e.message}`);
    console.error('Pemakaian: node scripts/validate-manifest.js [MANIFEST] [--dist DIR] [--assets DIR]');
    return 2;
  }
  const report = validateManifest(options.manifest, options);
  for (const check of report.checks) {
    console.log(`${check.ok ? '✓' : '✗'} ${check.name}${check.detail ? `: ${check.detail}` : ''}`);
    for (const problem of check.problems) console.log(`    - ${problem}`);
  }
  const failed = report.checks.filter((c) => !c.ok).length;
  console.log(
    failed === 0
      ? `Manifest valid: ${options.manifest}`
      : `Manifest TIDAK valid: ${failed} pemeriksaan gagal (${options.manifest})`,
  );
  return failed === 0 ? 0 : 1;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}

module.exports = { validateManifest };
