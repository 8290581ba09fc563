import type { Language } from './languages/language.ts';

/**
 * The words the benchmark searches for. Rare and mid-frequency terms are kept out of the background
 * vocabulary (with anything sharing their beginning), so the pages they are planted in are the only
 * pages that hold them and their document frequencies are known before a single page is written.
 * Phrases are made of ordinary words, so they also turn up elsewhere: their planted count is a floor.
 */

export interface Term {
  text: string;
  language: Language;
}

/** Each planted in 5–50 pages at full scale (at least 3 at any scale), spread from rarest to least rare. */
export const RARE_TERMS: readonly Term[] = [
  { text: 'голодовку', language: 'ru' },
  { text: 'экстрадирован', language: 'ru' },
  { text: 'Жаслык', language: 'ru' },
  { text: 'карательной', language: 'ru' },
  { text: 'Каракалпакстана', language: 'ru' },
  { text: 'Жаңаөзен', language: 'kk' },
  { text: 'ереуілшілер', language: 'kk' },
  { text: 'шерушілерді', language: 'kk' },
  { text: 'Qoraqalpogʻiston', language: 'uz-Latn' },
  { text: 'Nukusda', language: 'uz-Latn' },
  { text: 'ekstremistik', language: 'uz-Latn' },
  { text: 'tergovchining', language: 'uz-Latn' },
  { text: 'ҳибсхонада', language: 'uz-Cyrl' },
  { text: 'Андижон', language: 'uz-Cyrl' },
  { text: 'жосуслик', language: 'uz-Cyrl' },
  { text: 'refoulement', language: 'en' },
  { text: 'incommunicado', language: 'en' },
  { text: 'habeas', language: 'en' },
  { text: 'Khorog', language: 'en' },
  { text: 'Jaslyk', language: 'en' },
];

/** Each planted in 0.5 %–3 % of pages at any scale (0.5 %–2.8 % alone, plus the pages shared with its AND partners). */
export const MID_TERMS: readonly Term[] = [
  { text: 'пытки', language: 'ru' },
  { text: 'экстремизма', language: 'ru' },
  { text: 'помилования', language: 'ru' },
  { text: 'этапирован', language: 'ru' },
  { text: 'надзирателей', language: 'ru' },
  { text: 'депортации', language: 'ru' },
  { text: 'сотталды', language: 'kk' },
  { text: 'құқыққорғаушы', language: 'kk' },
  { text: 'экстремистік', language: 'kk' },
  { text: 'айыпталушы', language: 'kk' },
  { text: 'huquqbuzarlik', language: 'uz-Latn' },
  { text: 'qiynoqqa', language: 'uz-Latn' },
  { text: 'sudlangan', language: 'uz-Latn' },
  { text: 'ozodlikdan', language: 'uz-Latn' },
  { text: 'қийноқлар', language: 'uz-Cyrl' },
  { text: 'маҳкумлар', language: 'uz-Cyrl' },
  { text: 'torture', language: 'en' },
  { text: 'asylum', language: 'en' },
  { text: 'extradition', language: 'en' },
  { text: 'whistleblower', language: 'en' },
];

/** Two-term AND queries pair mid terms seven apart, so most pairs cross languages or scripts. */
export const PAIR_OFFSET = 7;

/** Phrases of ordinary words, planted in 0.05 %–0.5 % of pages (at least 5); they also occur unplanted. */
export const PHRASES: readonly Term[] = [
  { text: 'права человека', language: 'ru' },
  { text: 'свобода слова', language: 'ru' },
  { text: 'политических заключённых', language: 'ru' },
  { text: 'Верховный суд', language: 'ru' },
  { text: 'уголовное дело', language: 'ru' },
  { text: 'в местах лишения свободы', language: 'ru' },
  { text: 'адам құқықтары', language: 'kk' },
  { text: 'сөз бостандығы', language: 'kk' },
  { text: 'қылмыстық іс', language: 'kk' },
  { text: 'inson huquqlari', language: 'uz-Latn' },
  { text: 'soʻz erkinligi', language: 'uz-Latn' },
  { text: 'Oʻzbekiston Respublikasi', language: 'uz-Latn' },
  { text: 'jinoyat ishi', language: 'uz-Latn' },
  { text: 'инсон ҳуқуқлари', language: 'uz-Cyrl' },
  { text: 'сўз эркинлиги', language: 'uz-Cyrl' },
  { text: 'arbitrary detention', language: 'en' },
  { text: 'freedom of expression', language: 'en' },
  { text: 'human rights defenders', language: 'en' },
  { text: 'political prisoners', language: 'en' },
  { text: 'fair trial', language: 'en' },
];

/** A person as each kind of page spells them; Uzbek Latin spellings use the canonical ʻ. */
export interface PlantedPerson {
  uzLatin: string;
  uzCyrillic: string;
  russian: string;
  kazakh: string;
  english: readonly string[];
}

export const PERSONS: readonly PlantedPerson[] = [
  {
    uzLatin: 'Gʻulom Oʻtkirov',
    uzCyrillic: 'Ғулом Ўткиров',
    russian: 'Гулом Уткиров',
    kazakh: 'Ғулом Уткиров',
    english: ['Gulom Utkirov', 'Ghulom Otkirov'],
  },
  {
    uzLatin: 'Janbolat Mamay',
    uzCyrillic: 'Жанболат Мамай',
    russian: 'Жанболат Мамай',
    kazakh: 'Жанболат Мамай',
    english: ['Zhanbolat Mamay', 'Zhanbolat Mamai'],
  },
  {
    uzLatin: 'Dilnoza Yoʻldosheva',
    uzCyrillic: 'Дилноза Йўлдошева',
    russian: 'Дильноза Юлдашева',
    kazakh: 'Дильноза Юлдашева',
    english: ['Dilnoza Yuldasheva', 'Dilnoza Yoldosheva'],
  },
  {
    uzLatin: 'Bahrom Gʻaniyev',
    uzCyrillic: 'Баҳром Ғаниев',
    russian: 'Бахром Ганиев',
    kazakh: 'Бахром Ганиев',
    english: ['Bakhrom Ganiev', 'Bahrom Ganiyev'],
  },
  {
    uzLatin: 'Aygul Seytqaziyeva',
    uzCyrillic: 'Айгул Сейтқазиева',
    russian: 'Айгуль Сейтказиева',
    kazakh: 'Айгүл Сейітқазиева',
    english: ['Aigul Seitkazieva', 'Aygul Seytkaziyeva'],
  },
  {
    uzLatin: 'Rustam Qoʻchqorov',
    uzCyrillic: 'Рустам Қўчқоров',
    russian: 'Рустам Кучкаров',
    kazakh: 'Рустам Қучқаров',
    english: ['Rustam Kuchkarov', 'Rustam Qochqorov'],
  },
];

/** Name searches, as typed: one person under several spellings, and the apostrophe forms of one spelling. */
export const NAME_QUERIES: readonly string[] = [
  'Oʻtkirov',
  "O'tkirov",
  'O’tkirov',
  'Уткиров',
  'Ўткиров',
  'Utkirov',
  'Мамай',
  'Mamay',
  'Mamai',
  'Юлдашева',
  'Yoʻldosheva',
  'Yuldasheva',
  'Ганиев',
  "G'aniyev",
  'Ganiev',
  'Сейтказиева',
  'Сейітқазиева',
  'Seitkazieva',
  "Qo'chqorov",
  'Кучкаров',
];

/**
 * The word on most pages: the running header of the coalition's reports, "Adolat · … · 12".
 * ("Adolat", Uzbek for justice, also occurs in Uzbek text by itself.)
 */
export const COMMON_TERM = 'Adolat';
