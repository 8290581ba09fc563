import type { LanguageData } from './language.ts';

/**
 * Russian as human-rights reports write it. Content words come with their inflected forms (made by
 * the regular paradigms below), so that stemming has work to do: "задержан", "задержали",
 * "задержания" and "задержанных" all occur.
 */

const VELAR_OR_HUSHING = /[гкхжшчщ]$/;

/** Hard masculine nouns (суд): the six cases in both numbers. */
function masculine(stem: string): string[] {
  const y = VELAR_OR_HUSHING.test(stem) ? 'и' : 'ы';
  const ov = /[жшчщ]$/.test(stem) ? 'ей' : 'ов';
  return [
    stem,
    `${stem}а`,
    `${stem}у`,
    `${stem}ом`,
    `${stem}е`,
    `${stem}${y}`,
    `${stem}${ov}`,
    `${stem}ам`,
    `${stem}ами`,
    `${stem}ах`,
  ];
}

/** Masculine nouns in -ь (следователь). */
function masculineSoft(word: string): string[] {
  const stem = word.slice(0, -1);
  return [
    word,
    `${stem}я`,
    `${stem}ю`,
    `${stem}ем`,
    `${stem}е`,
    `${stem}и`,
    `${stem}ей`,
    `${stem}ям`,
    `${stem}ями`,
    `${stem}ях`,
  ];
}

/** Feminine nouns in -а (свобода). */
function feminine(word: string): string[] {
  const stem = word.slice(0, -1);
  const y = VELAR_OR_HUSHING.test(stem) ? 'и' : 'ы';
  return [word, `${stem}${y}`, `${stem}е`, `${stem}у`, `${stem}ой`, `${stem}ам`, `${stem}ами`, `${stem}ах`];
}

/** Feminine nouns in -ия (организация). */
function feminineIa(word: string): string[] {
  const stem = word.slice(0, -2);
  return [
    word,
    `${stem}ии`,
    `${stem}ию`,
    `${stem}ией`,
    `${stem}ий`,
    `${stem}иям`,
    `${stem}иями`,
    `${stem}иях`,
  ];
}

/** Feminine nouns in -ь (власть). */
function feminineSoft(word: string): string[] {
  const stem = word.slice(0, -1);
  return [word, `${stem}и`, `${stem}ью`, `${stem}ей`, `${stem}ям`, `${stem}ями`, `${stem}ях`];
}

/** Neuter nouns in -ие (задержание). */
function neuterIe(word: string): string[] {
  const stem = word.slice(0, -2);
  return [
    word,
    `${stem}ия`,
    `${stem}ию`,
    `${stem}ием`,
    `${stem}ии`,
    `${stem}ий`,
    `${stem}иям`,
    `${stem}иями`,
    `${stem}иях`,
  ];
}

/** Neuter nouns in -о (дело). */
function neuter(word: string): string[] {
  const stem = word.slice(0, -1);
  return [word, `${stem}а`, `${stem}у`, `${stem}ом`, `${stem}е`, `${stem}ам`, `${stem}ами`, `${stem}ах`];
}

/** Adjectives in -ый/-ий/-ой, by their stem (политическ-). */
function adjective(stem: string): string[] {
  const y = VELAR_OR_HUSHING.test(stem) ? 'и' : 'ы';
  return [
    `${stem}${y}й`,
    `${stem}ого`,
    `${stem}ому`,
    `${stem}${y}м`,
    `${stem}ом`,
    `${stem}ая`,
    `${stem}ой`,
    `${stem}ую`,
    `${stem}ое`,
    `${stem}${y}е`,
    `${stem}${y}х`,
    `${stem}${y}ми`,
  ];
}

/** A perfective verb's past tense, and its short and long passive participles when it has them. */
function verb(pastStem: string, participleStem?: string): string[] {
  const forms = [`${pastStem}л`, `${pastStem}ла`, `${pastStem}ло`, `${pastStem}ли`];
  if (participleStem) {
    forms.push(
      `${participleStem}`,
      `${participleStem}а`,
      `${participleStem}ы`,
      ...adjective(`${participleStem}н`).filter((_, i) => i % 2 === 0 || i > 8),
    );
  }
  return forms;
}

// biome-ignore format: a word list reads best packed
const FUNCTION_WORDS = [
  'и', 'в', 'не', 'на', 'что', 'с', 'по', 'о', 'к', 'был', 'была', 'были', 'его', 'за', 'из', 'от', 'для',
  'а', 'как', 'это', 'он', 'она', 'они', 'также', 'после', 'до', 'у', 'же', 'при', 'или', 'но', 'того',
  'который', 'которые', 'которая', 'которого', 'которых', 'более', 'этого', 'всех', 'так', 'только', 'уже',
  'их', 'её', 'ему', 'ей', 'им', 'было', 'бы', 'может', 'если', 'чтобы', 'где', 'когда', 'этом', 'этой',
  'эти', 'этих', 'том', 'тем', 'все', 'всё', 'против', 'без', 'между', 'под', 'через', 'во', 'со', 'об',
  'около', 'однако', 'ещё', 'себя', 'свои', 'своих', 'своей', 'своего', 'других', 'другие', 'нет', 'есть',
  'быть', 'этот', 'эта', 'несмотря', 'поскольку', 'согласно', 'связи', 'числе', 'также', 'лишь', 'даже',
  'именно', 'затем', 'тогда', 'позже', 'ранее', 'вместе', 'будет', 'будут', 'является', 'являются', 'том',
  'которой', 'котором', 'которым', 'чем', 'кто', 'никто', 'ничего', 'весь', 'вся', 'всего', 'всем',
];

const CONTENT: readonly string[][] = [
  masculine('суд'),
  masculineSoft('следователь'),
  verb('задержа', 'задержан'),
  neuterIe('задержание'),
  masculine('приговор'),
  adjective('политическ'),
  masculine('журналист'),
  masculine('активист'),
  feminine('свобода'),
  neuter('дело'),
  masculine('закон'),
  feminineSoft('власть'),
  adjective('уголовн'),
  masculine('срок'),
  masculine('прокурор'),
  neuterIe('преследование'),
  verb('арестова', 'арестован'),
  masculine('арест'),
  feminineIa('организация'),
  ['человек', 'человека', 'человеку', 'человеком', 'человеке', 'люди', 'людей', 'людьми'],
  neuter('право'),
  ['права', 'прав', 'правам', 'правами', 'правах'],
  masculine('кодекс'),
  ['статья', 'статьи', 'статье', 'статью', 'статьёй', 'статей', 'статьям'],
  adjective('правозащитн'),
  masculine('защитник'),
  masculine('митинг'),
  masculine('протест'),
  masculine('обыск'),
  masculine('допрос'),
  masculine('документ'),
  masculine('доклад'),
  ['случай', 'случая', 'случаю', 'случаем', 'случае', 'случаи', 'случаев', 'случаям', 'случаями', 'случаях'],
  masculine('район'),
  masculine('город'),
  masculine('штраф'),
  masculine('процесс'),
  masculine('режим'),
  adjective('гражданск'),
  adjective('мирн'),
  verb('осуди', 'осужден'),
  verb('приговори', 'приговорён'),
  verb('освободи', 'освобожден'),
  neuterIe('освобождение'),
  verb('обвини', 'обвинён'),
  neuterIe('обвинение'),
  neuterIe('заявление'),
  verb('заяви'),
  verb('сообщи'),
  verb('отказа'),
  verb('направи', 'направлен'),
  neuterIe('заседание'),
  adjective('судебн'),
  feminine('жалоба'),
  masculine('изолятор'),
  adjective('следственн'),
  feminineIa('полиция'),
  masculine('сотрудник'),
  neuterIe('лишение'),
  neuter('место'),
  masculine('родственник'),
  feminineIa('информация'),
  adjective('ложн'),
  neuterIe('собрание'),
  neuterIe('выступление'),
  feminineSoft('деятельность'),
  adjective('журналистск'),
  feminineSoft('безопасность'),
  masculine('орган'),
  feminine('защита'),
  masculine('мониторинг'),
  masculine('комитет'),
  neuterIe('мнение'),
  feminine('группа'),
  ['гражданин', 'гражданина', 'гражданину', 'гражданином', 'гражданине', 'граждане', 'граждан', 'гражданам'],
  feminineIa('конституция'),
  adjective('международн'),
  masculine('пакт'),
  feminineSoft('обязанность'),
  neuter('государство'),
  neuter('правительство'),
  masculine('министр'),
  neuter('министерство'),
  ['внутренних', 'внутренние', 'внутренним'],
  masculine('блогер'),
  feminineIa('публикация'),
  masculine('пост'),
  feminineSoft('сеть'),
  adjective('социальн'),
  adjective('религиозн'),
  ['верующие', 'верующих', 'верующим'],
  neuterIe('оскорбление'),
  neuterIe('распространение'),
  ['тюрьма', 'тюрьмы', 'тюрьме', 'тюрьму', 'тюрем'],
  feminineIa('колония'),
  masculine('режим'),
  neuterIe('условие'),
  neuterIe('содержание'),
  neuterIe('обращение'),
  adjective('жесток'),
  masculine('запрет'),
  masculine('выезд'),
  ['год', 'года', 'году', 'годом', 'годы', 'годов', 'годам', 'лет'],
  ['месяц', 'месяца', 'месяцев', 'месяцы'],
  masculine('член'),
  feminineIa('партия'),
  adjective('оппозиционн'),
  masculine('лидер'),
  verb('сказа'),
  verb('отмети'),
  verb('подчеркну'),
  verb('призва'),
  verb('рассмотре', 'рассмотрен'),
  ['провёл', 'провела', 'провели', 'проведён', 'проведено'],
  masculine('адрес'),
  ['семья', 'семьи', 'семье', 'семью', 'семьёй', 'семей'],
  ['мать', 'матери', 'матерью'],
  ['сын', 'сына', 'сыну', 'сыном', 'сыновья', 'сыновей'],
  feminine('жена'),
  ['муж', 'мужа', 'мужу', 'мужем'],
  adjective('нов'),
  ['последний', 'последние', 'последних', 'последнего'],
  adjective('независим'),
  neuterIe('издание'),
  feminine('газета'),
  masculine('сайт'),
  masculine('канал'),
  masculine('телеграм').slice(0, 5),
  masculine('факт'),
  masculine('вопрос'),
  masculine('ответ'),
  masculine('запрос'),
  neuterIe('требование'),
  neuterIe('решение'),
  neuterIe('нарушение'),
  neuterIe('давление'),
  neuterIe('наказание'),
  feminineSoft('ответственность'),
  adjective('административн'),
  adjective('произвольн'),
  verb('продли', 'продлён'),
  adjective('апелляционн'),
  feminineIa('инстанция'),
  masculineSoft('свидетель'),
  neuterIe('показание'),
  masculine('приказ'),
  neuterIe('постановление'),
  adjective('верховн'),
  adjective('конституционн'),
  feminineIa('комиссия'),
  adjective('национальн'),
  masculine('омбудсмен').slice(0, 5),
  masculine('доступ'),
  masculine('интернет').slice(0, 5),
  feminine('блокировка'),
  feminine('страна'),
  feminineSoft('область'),
  feminine('столица'),
  masculine('Казахстан').slice(0, 5),
  masculine('Узбекистан').slice(0, 5),
  masculine('Кыргызстан').slice(0, 5),
  masculine('Таджикистан').slice(0, 5),
  masculine('Туркменистан').slice(0, 5),
  feminineIa('Россия').slice(0, 4),
  feminine('Москва').slice(0, 5),
  masculine('Ташкент').slice(0, 5),
  masculine('Бишкек').slice(0, 5),
  masculine('Шымкент').slice(0, 5),
  [
    'Алматы',
    'Душанбе',
    'Астана',
    'Астаны',
    'Астане',
    'Ош',
    'Оше',
    'Ашхабад',
    'Ашхабаде',
    'Андижан',
    'Андижане',
  ],
  ['ООН', 'ОБСЕ', 'ЕС', 'МВД', 'ГКНБ', 'СГБ', 'КНБ', 'УК', 'СИЗО'],
];

export const russian: LanguageData = {
  language: 'ru',
  head: [...FUNCTION_WORDS, ...CONTENT.flat()],
  // biome-ignore format: a word list reads best packed
  syllables: [
    'ка', 'ра', 'то', 'ли', 'на', 'ве', 'до', 'ми', 'ста', 'про', 'пре', 'вы', 'за', 'ко', 'ло', 'ни', 'ре',
    'се', 'сто', 'тра', 'ти', 'бо', 'го', 'де', 'жи', 'зе', 'му', 'ну', 'по', 'ру', 'су', 'ту', 'фо', 'хо',
    'ча', 'ше', 'ща', 'вле', 'кра', 'гра', 'бра', 'дво', 'зна', 'сла', 'пла', 'мер', 'тор', 'вар', 'лов',
  ],
  // biome-ignore format: a word list reads best packed
  endings: [
    '', '', 'а', 'ы', 'ов', 'ами', 'ой', 'ский', 'ская', 'ского', 'ение', 'ения', 'ость', 'ости', 'ал',
    'али', 'ан', 'ные', 'ных',
  ],
  // biome-ignore format: a word list reads best packed
  templates: [
    '{D} {P} был задержан сотрудниками полиции {CL}.',
    'Суд {CL} приговорил {P} к {N} годам лишения свободы по статье {A} Уголовного кодекса.',
    'Правозащитники считают, что уголовное преследование {P} связано с его журналистской деятельностью.',
    'По данным родственников, {P} содержится в следственном изоляторе, ему не разрешают встречи с защитником.',
    '{O} призывает власти немедленно освободить всех политических заключённых и прекратить преследование гражданских активистов.',
    'В {Y} году в стране было зарегистрировано {N} случаев задержания участников мирных собраний.',
    'Обвинение основано на показаниях сотрудников органов безопасности, которые защита оспаривает.',
    'Апелляционная инстанция оставила приговор без изменения.',
    'Власти отказались предоставить информацию о местонахождении {P}.',
    'Наблюдатели не были допущены в зал судебного заседания.',
    'Мы выражаем обеспокоенность условиями содержания в местах лишения свободы.',
    'Согласно статье {A}, распространение заведомо ложной информации наказывается лишением свободы на срок до {N} лет.',
    'Жалоба была направлена в Комитет ООН по правам человека {D}.',
    'Родственники задержанных сообщили о давлении со стороны следствия.',
    'Свобода слова и право на мирные собрания по-прежнему ограничены.',
    'Верховный суд отказался рассматривать жалобу защиты.',
    '{P} был арестован {D} после публикации в социальных сетях.',
  ],
  cities: [
    ['Алматы', 'в Алматы'],
    ['Ташкент', 'в Ташкенте'],
    ['Бишкек', 'в Бишкеке'],
    ['Душанбе', 'в Душанбе'],
    ['Астана', 'в Астане'],
    ['Самарканд', 'в Самарканде'],
    ['Андижан', 'в Андижане'],
    ['Ош', 'в Оше'],
    ['Шымкент', 'в Шымкенте'],
    ['Фергана', 'в Фергане'],
    ['Москва', 'в Москве'],
    ['Ашхабад', 'в Ашхабаде'],
    ['Актау', 'в Актау'],
    ['Джалал-Абад', 'в Джалал-Абаде'],
  ],
  // biome-ignore format: a word list reads best packed
  firstNames: [
    'Алексей', 'Бахтияр', 'Гульнара', 'Дильшод', 'Ержан', 'Жанар', 'Ирина', 'Марат', 'Наталья', 'Руслан',
    'Сергей', 'Тимур', 'Фарид', 'Шахноза', 'Азамат', 'Эльмира',
  ],
  // biome-ignore format: a word list reads best packed
  surnames: [
    'Ахмедов', 'Исмаилова', 'Каримов', 'Нуриев', 'Петрова', 'Садыков', 'Турсунов', 'Хасанова', 'Юсупов',
    'Абдуллаев', 'Бекова', 'Иванов', 'Мирзаев', 'Рахимова', 'Сулейменов', 'Жумабаев',
  ],
  organizations: [
    'Международная амнистия',
    'Human Rights Watch',
    'Мемориал',
    'Бюро по правам человека',
    'Норвежский Хельсинкский комитет',
    'Коалиция',
  ],
  // biome-ignore format: a word list reads best packed
  titleKinds: [
    'Доклад', 'Обзор', 'Информационная записка', 'Альтернативный доклад', 'Заявление', 'Обращение',
    'Приговор', 'Письмо',
  ],
  titleTopics: [
    'о положении с правами человека',
    'о преследовании журналистов',
    'о политических заключённых',
    'о свободе собраний',
    'о свободе вероисповедания',
    'о судебном процессе',
    'о нарушениях в местах лишения свободы',
  ],
  date(day, month, year) {
    // biome-ignore format: a word list reads best packed
    const months = [
      'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
      'ноября', 'декабря',
    ];
    return `${day} ${months[month - 1] ?? 'января'} ${year} года`;
  },
};
