/** Loads the --config JSON file and validates it with core's settings validator; problems become one clear line. */
import { promises as fs } from 'fs';
import type { Settings } from '../core/checks/settings';
import { validateSettings } from '../core/checks/validateSettings';
import type { Lang } from './messages';

export class SettingsError extends Error {}

const TEXT = {
  unreadable: { id: 'file pengaturan {file} tidak dapat dibaca', en: 'settings file {file} cannot be read' },
  notJson: { id: 'file pengaturan {file} bukan JSON yang sah: {detail}', en: 'settings file {file} is not valid JSON: {detail}' },
  invalid: { id: 'file pengaturan {file} tidak sah: {detail}', en: 'settings file {file} is invalid: {detail}' },
};

export async function loadSettingsFile(file: string, lang: Lang): Promise<Partial<Settings>> {
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch {
    throw new SettingsError(TEXT.unreadable[lang].replace('{file}', file));
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new SettingsError(TEXT.notJson[lang].replace('{file}', file).replace('{detail}', (error as Error).message));
  }
  const { settings, problems } = validateSettings(json, lang);
  if (problems.length > 0) throw new SettingsError(TEXT.invalid[lang].replace('{file}', file).replace('{detail}', problems.join('; ')));
  return settings;
}
