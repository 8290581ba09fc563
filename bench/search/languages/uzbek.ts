import type { LanguageData } from './language.ts';

/**
 * Uzbek in both of its scripts. The Latin words are written with the standard marks (ʻ in oʻ and gʻ,
 * ʼ for the glottal stop); the text writer swaps them for whichever apostrophe a document's author
 * typed. The Cyrillic vocabulary is the Latin one transliterated, as Uzbek texts in Cyrillic are.
 */

/** Canonical marks: U+02BB after o and g, U+02BC for the glottal stop. */
export const OKINA = 'ʻ';
export const GLOTTAL = 'ʼ';

/** The case forms and plurals of a noun (sud, sudning, sudga, sudda, suddan, sudni, sudlar…). */
export function uzbekNoun(stem: string): string[] {
  const last = stem.at(-1) ?? '';
  const vowel = 'aeiouʻ'.includes(last);
  const dative = last === 'k' ? 'ka' : last === 'q' ? 'qa' : 'ga';
  // A final k or q turns into g or gʻ before a vowel (huquq + i = huquqi stays; yurak + i = yuragi).
  const possessive = vowel ? `${stem}si` : `${stem}i`;
  return [
    stem,
    `${stem}ning`,
    `${stem}${dative}`,
    `${stem}da`,
    `${stem}dan`,
    `${stem}ni`,
    `${stem}lar`,
    `${stem}larning`,
    `${stem}larga`,
    `${stem}larda`,
    `${stem}lari`,
    possessive,
    `${possessive}ning`,
    `${possessive}ga`,
  ];
}

// biome-ignore format: a word list reads best packed
const FUNCTION_WORDS = [
  'va', 'bilan', 'uchun', 'bu', 'u', 'ular', 'shu', 'haqida', 'boʻyicha', 'keyin', 'oldin', 'lekin', 'ammo',
  'yoki', 'emas', 'yoʻq', 'bor', 'edi', 'boʻldi', 'boʻlib', 'deb', 'kerak', 'hamda', 'esa', 'ham', 'har',
  'barcha', 'qanday', 'qaysi', 'chunki', 'agar', 'toʻgʻrisida', 'orqali', 'sababli', 'tomonidan', 'koʻra',
  'uning', 'unga', 'uni', 'ularning', 'biz', 'bizning', 'oʻz', 'oʻzi', 'oʻzining', 'hali', 'faqat', 'yana',
  'hech', 'kabi', 'sifatida', 'qarshi', 'davomida', 'beri', 'ichida', 'yilda', 'yilgi', 'oʻrtasida', 'koʻp',
];

// biome-ignore format: a word list reads best packed
const NOUNS = [
  'sud', 'inson', 'huquq', 'jurnalist', 'faol', 'militsiya', 'tergov', 'hukm', 'erkinlik', 'qamoqxona',
  'ish', 'jinoyat', 'qonun', 'davlat', 'fuqaro', 'tashkilot', 'mahbus', 'namoyish', 'norozilik', 'hokimiyat',
  'prokuror', 'advokat', 'oila', 'ona', 'ota', 'bola', 'yil', 'oy', 'kun', 'shahar', 'viloyat', 'tuman',
  'respublika', 'mahalla', 'xalq', 'soʻz', 'din', 'dindor', 'maqola', 'blog', 'gazeta', 'muxbir',
  'kuzatuvchi', 'ariza', 'shikoyat', 'qaror', 'jarima', 'muddat', 'jazo', 'modda', 'kodeks', 'qoʻmita',
  'komissiya', 'kengash', 'vazir', 'vazirlik', 'hukumat', 'parlament', 'saylov', 'partiya', 'rahbar', 'aʼzo',
  'yigʻilish', 'maʼlumot', 'xabar', 'tarmoq', 'sayt', 'kanal', 'tekshiruv', 'tintuv', 'javob', 'savol',
  'talab', 'bosim', 'xavfsizlik', 'guvoh', 'himoyachi', 'izolyator', 'koloniya', 'holat', 'sogʻliq',
  'shifokor', 'kasalxona', 'taʼqib', 'eʼtiroz', 'eʼlon', 'taʼsir', 'taʼlim', 'sheʼr', 'sanʼat', 'adolat',
  'Oʻzbekiston', 'Toshkent', 'Samarqand', 'Buxoro', 'Fargʻona', 'Namangan', 'Qarshi', 'Termiz', 'Urganch',
  'Navoiy', 'Qashqadaryo', 'Xorazm',
];

// biome-ignore format: a word list reads best packed
const OTHER = [
  'qoʻlga', 'olindi', 'olingan', 'hibsga', 'hukm', 'qildi', 'qilindi', 'qilingan', 'yuborildi',
  'kiritilmadi', 'berilmayapti', 'berildi', 'aytdi', 'maʼlum', 'bildirdi', 'chaqiradi', 'talab', 'qiladi',
  'qoʻzgʻatilgan', 'hisoblaydi', 'qoldirdi', 'qoldirildi', 'cheklanmoqda', 'ozod', 'qilishga', 'siyosiy',
  'jinoiy', 'maʼmuriy', 'tinch', 'xalqaro', 'mustaqil', 'yolgʻon', 'ogʻir', 'gʻayriqonuniy', 'asossiz',
  'yangi', 'soʻnggi', 'saqlanmoqda', 'saqlangan', 'keldi', 'ketdi', 'bosh', 'tortdi', 'qatnashgan',
  'ishtirokchilar', 'jazosiga', 'shahar', 'oliy', 'apellyatsiya', 'oʻzgarishsiz', 'ruxsat', 'uchrashishga',
  'soʻzlariga', 'huquqlari', 'erkinligi', 'Respublikasi', 'ishi', 'xodimlari', 'himoyachilari',
  'Qarindoshlarining', 'majlisiga', 'BMT', 'YeXHT', 'eʼtiborsiz', 'qayerdaligi', 'berishdan', 'kodeksining',
  'moddasi', 'qamoq', 'mahrum', 'sabablarga', 'mamlakatda',
];

export const uzbekLatin: LanguageData = {
  language: 'uz-Latn',
  head: [...FUNCTION_WORDS, ...OTHER.slice(0, 40), ...NOUNS.flatMap(uzbekNoun), ...OTHER.slice(40)],
  // biome-ignore format: a word list reads best packed
  syllables: [
    'qo', 'ba', 'ta', 'sa', 'ma', 'ra', 'xo', 'shi', 'cho', 'gʻu', 'oʻt', 'yo', 'ku', 'lo', 'ni', 'de', 'zi',
    'hu', 'qa', 'mu', 'to', 'ji', 'bo', 'ro', 'sha', 'chi', 'gʻa', 'oʻr', 'ya', 'tu', 'maʼ', 'taʼ', 'ka',
    'pa', 'dor', 'lik', 'chil', 'xon', 'bek', 'jon', 'nur', 'qul',
  ],
  // biome-ignore format: a word list reads best packed
  endings: [
    '', '', 'ning', 'ga', 'da', 'dan', 'ni', 'lar', 'lari', 'i', 'si', 'chi', 'lik', 'dagi', 'gan', 'di',
  ],
  // biome-ignore format: a word list reads best packed
  templates: [
    '{D} {P} {CL} militsiya xodimlari tomonidan qoʻlga olindi.',
    '{C} shahar sudi {P}ni {N} yil qamoq jazosiga hukm qildi.',
    'Huquq himoyachilari bu ishni siyosiy sabablarga koʻra qoʻzgʻatilgan deb hisoblaydi.',
    'Qarindoshlarining soʻzlariga koʻra, {P} tergov izolyatorida saqlanmoqda va unga advokat bilan uchrashishga ruxsat berilmayapti.',
    '{O} hukumatni barcha siyosiy mahbuslarni ozod qilishga chaqiradi.',
    '{Y}-yilda mamlakatda tinch yigʻilishlarda qatnashgan {N} kishi hibsga olindi.',
    'Sud majlisiga kuzatuvchilar kiritilmadi.', 'Apellyatsiya sudi hukmni oʻzgarishsiz qoldirdi.',
    'Rasmiylar {P}ning qayerdaligi haqida maʼlumot berishdan bosh tortdi.',
    'Soʻz erkinligi va tinch yigʻilishlar huquqi cheklanmoqda.',
    'Jinoyat ishi Jinoyat kodeksining {A}-moddasi bilan qoʻzgʻatilgan.',
    'Shikoyat {D} BMT Inson huquqlari qoʻmitasiga yuborildi.',
    'Taʼqiblar haqidagi eʼtirozlar eʼtiborsiz qoldirildi.',
    '{P} ijtimoiy tarmoqdagi posti uchun {D} qoʻlga olindi.',
  ],
  cities: [
    ['Toshkent', 'Toshkentda'],
    ['Samarqand', 'Samarqandda'],
    ['Buxoro', 'Buxoroda'],
    ['Fargʻona', 'Fargʻonada'],
    ['Namangan', 'Namanganda'],
    ['Qarshi', 'Qarshida'],
    ['Termiz', 'Termizda'],
    ['Urganch', 'Urganchda'],
    ['Navoiy', 'Navoiyda'],
    ['Margʻilon', 'Margʻilonda'],
  ],
  // biome-ignore format: a word list reads best packed
  firstNames: [
    'Shavkat', 'Gulnora', 'Dilshod', 'Nodira', 'Oybek', 'Zulfiya', 'Sanjar', 'Moʻtabar', 'Azamat', 'Feruza',
    'Gʻayrat', 'Shoxruh',
  ],
  // biome-ignore format: a word list reads best packed
  surnames: [
    'Karimov', 'Yusupova', 'Toʻxtayev', 'Rashidov', 'Nazarova', 'Xoʻjayev', 'Ergasheva', 'Sobirov',
    'Qodirov', 'Mirzayeva',
  ],
  organizations: ['Inson huquqlari jamiyati', 'Human Rights Watch', 'Amnesty International', 'Ezgulik'],
  titleKinds: ['Maʼruza', 'Sharh', 'Bayonot', 'Murojaat', 'Xat', 'Sud hukmi'],
  titleTopics: [
    'inson huquqlari holati haqida',
    'jurnalistlarning taʼqib qilinishi haqida',
    'siyosiy mahbuslar haqida',
    'tinch yigʻilishlar haqida',
  ],
  date(day, month, year) {
    // biome-ignore format: a word list reads best packed
    const months = [
      'yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr',
      'dekabr',
    ];
    return `${year}-yil ${day}-${months[month - 1] ?? 'yanvar'}da`;
  },
};

// ---------------------------------------------------------------------------------------------
// Cyrillic

const DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  // Longest first: yoʻ is y + oʻ (йў), not yo + ʻ; -tsiya in loanwords is -ция (militsiya = милиция).
  [`yo${OKINA}`, 'йў'],
  ['tsiya', 'ция'],
  [`o${OKINA}`, 'ў'],
  [`g${OKINA}`, 'ғ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['yo', 'ё'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['ye', 'е'],
];
const LETTERS: Record<string, string> = {
  a: 'а',
  b: 'б',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'ҳ',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  x: 'х',
  y: 'й',
  z: 'з',
  [GLOTTAL]: 'ъ',
};

/** One Uzbek Latin word in Cyrillic, keeping a capital; `{slots}` and non-letters pass through. */
function wordToCyrillic(word: string): string {
  const capital = word[0] !== undefined && word[0] !== word[0].toLowerCase();
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; ) {
    const digraph = DIGRAPHS.find(([latin]) => lower.startsWith(latin, i));
    if (digraph) {
      out += digraph[1];
      i += digraph[0].length;
      continue;
    }
    const letter = lower[i] ?? '';
    // A word-initial e is э in Uzbek Cyrillic (eʼlon = эълон).
    out += i === 0 && letter === 'e' ? 'э' : (LETTERS[letter] ?? letter);
    i += 1;
  }
  return capital ? (out[0] ?? '').toUpperCase() + out.slice(1) : out;
}

/** Text from Uzbek Latin to Cyrillic, word by word; slots such as {P} and Latin acronyms are kept. */
export function toUzbekCyrillic(text: string): string {
  return text.replace(/\{[A-Z]+\}|[\p{L}ʻʼ]+/gu, (word) => {
    if (word.startsWith('{') || /^[A-Z]{2,}$/.test(word)) return word;
    return wordToCyrillic(word);
  });
}

const CYRILLIC_ACRONYMS: Record<string, string> = { BMT: 'БМТ', YeXHT: 'ЕХҲТ' };

export const uzbekCyrillic: LanguageData = {
  language: 'uz-Cyrl',
  head: uzbekLatin.head.map((w) => CYRILLIC_ACRONYMS[w] ?? toUzbekCyrillic(w)),
  syllables: uzbekLatin.syllables.map(toUzbekCyrillic),
  endings: uzbekLatin.endings.map(toUzbekCyrillic),
  templates: uzbekLatin.templates.map((t) => toUzbekCyrillic(t).replace('BMT', 'БМТ')),
  cities: uzbekLatin.cities.map(
    ([city, inCity]) => [toUzbekCyrillic(city), toUzbekCyrillic(inCity)] as const,
  ),
  firstNames: uzbekLatin.firstNames.map(toUzbekCyrillic),
  surnames: uzbekLatin.surnames.map(toUzbekCyrillic),
  organizations: ['Инсон ҳуқуқлари жамияти', 'Human Rights Watch', 'Amnesty International', 'Эзгулик'],
  titleKinds: uzbekLatin.titleKinds.map(toUzbekCyrillic),
  titleTopics: uzbekLatin.titleTopics.map(toUzbekCyrillic),
  date(day, month, year) {
    return toUzbekCyrillic(uzbekLatin.date(day, month, year));
  },
};
