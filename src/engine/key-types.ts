/**
 * The key types of the articles (breadwinner, prospective, image-maker, expert) as words: the
 * labels the add-in writes in its six languages (the Key type drop-down) and the forms people
 * type. The one home of these words: the reader takes a Key type column by them, the workbook
 * reads its own column back by them, and i18n/sheets writes them.
 */
import { KEY_TYPES, type KeyType } from "./types";

export const KEY_TYPE_LABELS = {
  breadwinner: { en: "breadwinner", ru: "кормилец", lt: "maitintojas", cy: "enillydd bara", fa: "نان‌آور", zh: "主要收入型" },
  prospective: { en: "prospective", ru: "перспективный", lt: "perspektyvus", cy: "darpar", fa: "آینده‌دار", zh: "潜力型" },
  "image-maker": { en: "image-maker", ru: "имиджмейкер", lt: "įvaizdžio kūrėjas", cy: "gwneuthurwr delwedd", fa: "وجهه‌ساز", zh: "形象型" },
  expert: { en: "expert", ru: "эксперт", lt: "ekspertas", cy: "arbenigwr", fa: "متخصص", zh: "专家型" },
} as const satisfies Record<KeyType, Record<string, string>>;

const normalise = (text: string): string => text.trim().normalize("NFC").toLowerCase();

const KEY_TYPE_WORDS: ReadonlyMap<string, KeyType> = new Map([
  ...KEY_TYPES.flatMap((type) => [type, ...Object.values(KEY_TYPE_LABELS[type])].map((label) => [normalise(label), type] as const)),
  ["imagemaker", "image-maker"],
  ["имиджевый", "image-maker"],
  ["экспертный", "expert"],
]);

/**
 * The key type a label names, in any of the six languages, any case; null for anything else.
 * @example keyTypeFromText(" Кормилец ") // "breadwinner"
 */
export function keyTypeFromText(text: string): KeyType | null {
  return KEY_TYPE_WORDS.get(normalise(text)) ?? null;
}
