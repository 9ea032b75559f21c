/**
 * Finding messages in Bahasa Indonesia (default) and English. A message key names one sentence;
 * parameters are filled in by name. Numbers in messages are formatted by the caller (formatAngka).
 */

export type Lang = 'id' | 'en';

const MESSAGES = {
  'number-format.malformed': {
    id: '"{stated}" bukan penulisan angka yang sah; kemungkinan maksudnya {reading}.',
    en: '"{stated}" is not a valid number; it probably means {reading}.',
  },
  'number-format.malformed-resolved': {
    id: '"{stated}" bukan penulisan angka yang sah; hanya {reading} yang membuat {total} sesuai.',
    en: '"{stated}" is not a valid number; only {reading} makes {total} add up.',
  },
  'number-format.ambiguous': {
    id: '"{stated}" bermakna ganda: {readings}. Kolom ini tidak menunjukkan konvensi yang jelas.',
    en: '"{stated}" is ambiguous: {readings}. The column does not show a clear convention.',
  },
  'number-format.ambiguous-resolved': {
    id: '"{stated}" bermakna ganda ({readings}); hanya {reading} yang membuat {total} sesuai.',
    en: '"{stated}" is ambiguous ({readings}); only {reading} makes {total} add up.',
  },
  'number-format.text-stored': {
    id: '{count} angka di kolom "{column}" disimpan sebagai teks (mis. "{stated}"); Excel tidak dapat menghitungnya.',
    en: '{count} number(s) in column "{column}" are stored as text (e.g. "{stated}"); Excel cannot compute with them.',
  },
  'number-format.mixed': {
    id: 'Kolom "{column}" mencampur koma desimal dan titik desimal ("{stated}" di antara "{other}").',
    en: 'Column "{column}" mixes decimal comma and decimal point ("{stated}" among "{other}").',
  },
} as const;

export type MessageKey = keyof typeof MESSAGES;

export function message(key: MessageKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
