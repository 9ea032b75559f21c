/**
 * Validates settings given as JSON (the CLI's --config file, the workbook's stored settings):
 * every problem is named with its key, in the user's language, and nothing unknown is accepted silently.
 */
import type { Lang, Settings } from './settings';
import { RULE_SEVERITY } from './finding';
import { fill, type Params } from '../i18n/messages';

const CHOICES: Record<string, readonly string[]> = {
  scale: ['workbook', 'permendagri86', 'baik', 'tercapai'],
  negativeFormula: ['auto', 'A', 'B', 'C', 'D'],
  efisiensiMethod: ['auto', 'selisih', 'rasio'],
  rounding: ['auto', 'bulat', 'bulat-ke-bawah'],
  lang: ['id', 'en'],
};
const KINDS = ['pk', 'capaian', 'anggaran', 'efisiensi', 'multiyear', 'renja', 'scale', 'other'];

const TEXT = {
  notObject: { id: 'pengaturan harus berupa objek JSON', en: 'settings must be a JSON object' },
  unknownKey: { id: 'kunci tidak dikenal "{key}"', en: 'unknown key "{key}"' },
  badChoice: { id: '"{key}" harus salah satu dari: {choices}', en: '"{key}" must be one of: {choices}' },
  badList: { id: '"{key}" harus berupa daftar (array)', en: '"{key}" must be a list (array)' },
  badItem: { id: '"{key}" butir ke-{index}: {problem}', en: '"{key}" item {index}: {problem}' },
  needs: { id: 'perlu "{fields}"', en: 'needs "{fields}"' },
  badRule: { id: 'aturan tidak dikenal "{rule}"', en: 'unknown rule "{rule}"' },
  badKind: { id: 'jenis tabel tidak dikenal "{kind}"', en: 'unknown table kind "{kind}"' },
} as const;

function say(key: keyof typeof TEXT, lang: Lang, params: Params = {}): string {
  return fill(TEXT[key][lang], params);
}

/** Returns the settings or the list of problems found. */
export function validateSettings(input: unknown, lang: Lang): { settings: Partial<Settings>; problems: string[] } {
  const problems: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { settings: {}, problems: [say('notObject', lang)] };
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (key in CHOICES) {
      if (typeof value !== 'string' || !CHOICES[key].includes(value)) problems.push(say('badChoice', lang, { key, choices: CHOICES[key].join(', ') }));
    } else if (key === 'tableOverrides' || key === 'dismissed') {
      if (!Array.isArray(value)) {
        problems.push(say('badList', lang, { key }));
        continue;
      }
      value.forEach((item, i) => {
        const o = (item ?? {}) as Record<string, unknown>;
        const fields = key === 'dismissed' ? ['rule', 'sheet', 'cell'] : ['sheet', 'range'];
        if (fields.some((f) => typeof o[f] !== 'string')) problems.push(say('badItem', lang, { key, index: i + 1, problem: say('needs', lang, { fields: fields.join('", "') }) }));
        else if (key === 'dismissed' && !(String(o.rule) in RULE_SEVERITY)) problems.push(say('badItem', lang, { key, index: i + 1, problem: say('badRule', lang, { rule: String(o.rule) }) }));
        else if (key === 'tableOverrides' && o.kind !== undefined && !KINDS.includes(String(o.kind))) problems.push(say('badItem', lang, { key, index: i + 1, problem: say('badKind', lang, { kind: String(o.kind) }) }));
      });
    } else problems.push(say('unknownKey', lang, { key }));
  }
  return { settings: problems.length === 0 ? (record as Partial<Settings>) : {}, problems };
}
