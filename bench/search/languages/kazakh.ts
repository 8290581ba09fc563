import type { LanguageData } from './language.ts';

/**
 * Kazakh in Cyrillic, with the letters only Kazakh has (ә ғ қ ң ө ұ ү һ і). Nouns take their case
 * endings by the language's own harmony (back or front vowels) and by the sound they end in, so the
 * forms are the ones a Kazakh report would print: "сот", "соттың", "сотқа", "сотта", "соттан".
 */

const BACK = /[аоұыя]/;
const VOWELS = /[аәеёиоөұүыіэюя]/;

function isBack(stem: string): boolean {
  for (let i = stem.length - 1; i >= 0; i--) {
    const letter = stem[i] ?? '';
    if (VOWELS.test(letter)) return BACK.test(letter);
  }
  return true;
}

type Sound = 'vowel' | 'sonorant' | 'nasal' | 'voiced' | 'voiceless';
function finalSound(stem: string): Sound {
  const last = stem.at(-1) ?? '';
  if (VOWELS.test(last)) return 'vowel';
  if ('рйу'.includes(last)) return 'sonorant';
  if ('мнң'.includes(last)) return 'nasal';
  if ('лзжбвгд'.includes(last)) return 'voiced';
  return 'voiceless';
}

/** A final к/қ/п turns voiced before a vowel: құқық + ы = құқығы. */
function voiced(stem: string): string {
  const last = stem.at(-1);
  const swap: Record<string, string> = { к: 'г', қ: 'ғ', п: 'б' };
  return last && swap[last] ? stem.slice(0, -1) + swap[last] : stem;
}

/** A noun in its common forms: the cases, the plural, and the third-person possessive. */
export function kazakhNoun(stem: string): string[] {
  const back = isBack(stem);
  const sound = finalSound(stem);
  const h = (backForm: string, frontForm: string) => (back ? backForm : frontForm);
  const plural =
    sound === 'vowel' || sound === 'sonorant'
      ? h('лар', 'лер')
      : sound === 'nasal' || sound === 'voiced'
        ? h('дар', 'дер')
        : h('тар', 'тер');
  const genitive =
    sound === 'vowel' || sound === 'sonorant'
      ? h('ның', 'нің')
      : sound === 'nasal'
        ? h('ның', 'нің')
        : sound === 'voiced'
          ? h('дың', 'дің')
          : h('тың', 'тің');
  const dative = sound === 'voiceless' ? h('қа', 'ке') : h('ға', 'ге');
  const locative = sound === 'voiceless' ? h('та', 'те') : h('да', 'де');
  const ablative =
    sound === 'nasal' ? h('нан', 'нен') : sound === 'voiceless' ? h('тан', 'тен') : h('дан', 'ден');
  const accusative =
    sound === 'vowel' ? h('ны', 'ні') : sound === 'voiceless' ? h('ты', 'ті') : h('ды', 'ді');
  const instrumental =
    sound === 'vowel' || sound === 'sonorant' || sound === 'nasal'
      ? 'мен'
      : sound === 'voiced'
        ? 'бен'
        : 'пен';
  const possessive = sound === 'vowel' ? stem + h('сы', 'сі') : voiced(stem) + h('ы', 'і');
  return [
    stem,
    stem + plural,
    stem + genitive,
    stem + dative,
    stem + locative,
    stem + ablative,
    stem + accusative,
    stem + instrumental,
    possessive,
    stem + plural + h('ы', 'і'),
    stem + plural + h('дың', 'дің'),
    stem + plural + h('ға', 'ге'),
  ];
}

// biome-ignore format: a word list reads best packed
const FUNCTION_WORDS = [
  'және', 'мен', 'бен', 'пен', 'да', 'де', 'бұл', 'ол', 'олар', 'осы', 'сол', 'үшін', 'туралы', 'бойынша',
  'кейін', 'дейін', 'арқылы', 'сияқты', 'бірақ', 'алайда', 'емес', 'жоқ', 'бар', 'еді', 'болды', 'болып',
  'деп', 'тиіс', 'керек', 'қазір', 'тағы', 'әр', 'барлық', 'оның', 'оған', 'оны', 'олардың', 'біз', 'біздің',
  'сондай', 'ретінде', 'қарсы', 'кезінде', 'бері', 'ішінде', 'жылы', 'жылғы', 'жөнінде', 'жөніндегі', 'тек',
  'әлі', 'мұнда', 'онда', 'қандай', 'неге', 'егер', 'өйткені', 'сондықтан', 'кейбір', 'көп', 'бірнеше',
];

// biome-ignore format: a word list reads best packed
const NOUNS = [
  'сот', 'адам', 'құқық', 'журналист', 'белсенді', 'полиция', 'тергеу', 'үкім', 'бостандық', 'түрме', 'іс',
  'қылмыс', 'заң', 'мемлекет', 'азамат', 'ұйым', 'митинг', 'шеру', 'наразылық', 'билік', 'прокурор',
  'адвокат', 'отбасы', 'ана', 'әке', 'бала', 'жыл', 'ай', 'күн', 'қала', 'облыс', 'аудан', 'ел', 'халық',
  'сөз', 'дін', 'мақала', 'блог', 'газет', 'тілші', 'бақылаушы', 'арыз', 'шағым', 'шешім', 'айыппұл',
  'мерзім', 'жаза', 'бап', 'кодекс', 'комитет', 'комиссия', 'кеңес', 'министр', 'министрлік', 'үкімет',
  'парламент', 'сайлау', 'партия', 'жетекші', 'мүше', 'жиын', 'жиналыс', 'ақпарат', 'хабар', 'желі', 'сайт',
  'арна', 'тексеру', 'тінту', 'жауап', 'сұрақ', 'талап', 'бұзушылық', 'қысым', 'қауіпсіздік', 'куә', 'айғақ',
  'қорғаушы', 'тұтқын', 'изолятор', 'колония', 'жағдай', 'денсаулық', 'дәрігер', 'аурухана', 'Қазақстан',
  'Алматы', 'Астана', 'Шымкент', 'Ақтау', 'Атырау', 'Орал', 'Тараз', 'Қарағанды',
];

// biome-ignore format: a word list reads best packed
const OTHER = [
  'ұсталды', 'ұстады', 'ұстап', 'алды', 'кесті', 'жіберілді', 'жіберілмеді', 'берілмеген', 'берілді',
  'айтты', 'мәлімдеді', 'хабарлады', 'шақырады', 'талап', 'етеді', 'етті', 'қозғалды', 'қозғалған',
  'санайды', 'қалдырды', 'шектелуде', 'босатылды', 'босату', 'босатуға', 'саяси', 'қылмыстық', 'әкімшілік',
  'бейбіт', 'халықаралық', 'тәуелсіз', 'жалған', 'ауыр', 'заңсыз', 'негізсіз', 'жаңа', 'соңғы', 'барлығы',
  'көптеген', 'отыр', 'отырған', 'жатыр', 'тұр', 'келді', 'кетті', 'бас', 'тартты', 'қатысқан',
  'қатысушылар', 'жазасына', 'айыру', 'қалалық', 'облыстық', 'жоғарғы', 'апелляциялық', 'өзгеріссіз',
  'рұқсат', 'кездесуге', 'пікірінше', 'айтуынша', 'құқықтары', 'құқығы', 'бостандығы', 'бостандығынан',
  'тұтқындарды', 'қызметкерлері', 'БҰҰ', 'ЕҚЫҰ',
];

export const kazakh: LanguageData = {
  language: 'kk',
  head: [...FUNCTION_WORDS, ...OTHER.slice(0, 40), ...NOUNS.flatMap(kazakhNoun), ...OTHER.slice(40)],
  // biome-ignore format: a word list reads best packed
  syllables: [
    'қа', 'жа', 'та', 'са', 'ба', 'қо', 'тө', 'бе', 'ке', 'ле', 'ғы', 'ды', 'лы', 'сы', 'ті', 'рі', 'ні',
    'ме', 'ұл', 'үр', 'әй', 'өз', 'ің', 'аң', 'қыз', 'жер', 'бас', 'көк', 'тал', 'сар', 'қар', 'ерм', 'тұр',
    'күл', 'һа', 'дә', 'гү', 'бө', 'мұ', 'нұ', 'шы', 'шә', 'жү',
  ],
  // biome-ignore format: a word list reads best packed
  endings: [
    '', '', 'дың', 'ға', 'да', 'дан', 'лар', 'лер', 'ның', 'нің', 'ге', 'де', 'ті', 'ы', 'і', 'шы', 'лық',
    'дық',
  ],
  // biome-ignore format: a word list reads best packed
  templates: [
    '{D} {P} {CL} полиция қызметкерлері ұстап алды.',
    '{C} қалалық соты {P} {N} жылға бас бостандығынан айыру жазасына кесті.',
    'Адам құқықтары жөніндегі ұйымдар бұл істі саяси негізде қозғалған деп санайды.',
    'Туыстарының айтуынша, {P} тергеу изоляторында отыр, оған адвокатпен кездесуге рұқсат берілмеген.',
    '{O} билікті барлық саяси тұтқындарды босатуға шақырады.',
    '{Y} жылы елде бейбіт жиындарға қатысқан {N} адам ұсталды.', 'Сот отырысына бақылаушылар жіберілмеді.',
    'Апелляциялық сот үкімді өзгеріссіз қалдырды.',
    'Билік {P} қайда екені туралы ақпарат беруден бас тартты.',
    'Сөз бостандығы мен бейбіт жиналыс құқығы шектелуде.',
    'Қылмыстық іс Қылмыстық кодекстің {A} бабы бойынша қозғалды.',
    'Шағым {D} БҰҰ Адам құқықтары жөніндегі комитетіне жіберілді.',
    '{P} әлеуметтік желідегі жазбасы үшін {D} ұсталды.',
  ],
  cities: [
    ['Алматы', 'Алматыда'],
    ['Астана', 'Астанада'],
    ['Шымкент', 'Шымкентте'],
    ['Ақтау', 'Ақтауда'],
    ['Қарағанды', 'Қарағандыда'],
    ['Орал', 'Оралда'],
    ['Атырау', 'Атырауда'],
    ['Тараз', 'Таразда'],
    ['Өскемен', 'Өскеменде'],
    ['Қызылорда', 'Қызылордада'],
  ],
  // biome-ignore format: a word list reads best packed
  firstNames: [
    'Асқар', 'Гүлмира', 'Ерлан', 'Әлия', 'Нұрлан', 'Сәуле', 'Дәурен', 'Айгерім', 'Бауыржан', 'Жұлдыз',
    'Қайрат', 'Мөлдір',
  ],
  // biome-ignore format: a word list reads best packed
  surnames: [
    'Әбдіров', 'Сәрсенбаев', 'Нұрмағамбетова', 'Жақыпов', 'Төлеуов', 'Құдайбергенова', 'Исатаев', 'Оспанов',
    'Серікбаева', 'Мұхамеджанов',
  ],
  organizations: [
    'Қазақстан халықаралық адам құқықтары бюросы',
    'Human Rights Watch',
    'Amnesty International',
    'Әділ сөз қоры',
  ],
  titleKinds: ['Баяндама', 'Шолу', 'Мәлімдеме', 'Үндеу', 'Хат', 'Сот үкімі'],
  titleTopics: [
    'адам құқықтарының жағдайы туралы',
    'журналистердің қудалануы туралы',
    'саяси тұтқындар туралы',
    'бейбіт жиындар туралы',
  ],
  date(day, month, year) {
    // biome-ignore format: a word list reads best packed
    const months = [
      'қаңтарда', 'ақпанда', 'наурызда', 'сәуірде', 'мамырда', 'маусымда', 'шілдеде', 'тамызда',
      'қыркүйекте', 'қазанда', 'қарашада', 'желтоқсанда',
    ];
    return `${year} жылғы ${day} ${months[month - 1] ?? 'қаңтарда'}`;
  },
};
