/** Loads the --config JSON file and validates it with core's settings validator; problems become one clear line. */
import { promises as fs } from 'fs';
import type { Settings } from '../core/checks/settings';
import { validateSettings } from '../core/checks/validateSettings';
import { fill } from '../core/i18n/messages';
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
    throw new SettingsError(fill(TEXT.unreadable[lang], { file }));
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new SettingsError(fill(TEXT.notJson[lang], { file, detail: (error as Error).message }));
  }
  const { settings, problems } = validateSettings(json, lang);
  if (problems.length > 0) throw new SettingsError(fill(TEXT.invalid[lang], { file, detail: problems.join('; ') }));
  return settings;
}
