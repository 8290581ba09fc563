import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

describe('language detection', () => {
  it.each([
    [
      'ru',
      'Правозащитники требуют освободить политических заключённых и расследовать пытки во время январских событий.',
    ],
    [
      'kk',
      'Адам құқықтары жөніндегі ұйымдар саяси тұтқындарды босатуды және қаңтар оқиғалары кезіндегі азаптауларды тергеуді талап етеді.',
    ],
    [
      'uz',
      'Inson huquqlari tashkilotlari siyosiy mahbuslarni ozod qilishni va qiynoqlarni tergov qilishni talab qilmoqda.',
    ],
    [
      'uz',
      'Инсон ҳуқуқлари ташкилотлари сиёсий маҳбусларни озод қилишни ва қийноқларни тергов қилишни талаб қилмоқда.',
    ],
    [
      'en',
      'Human rights organisations demand the release of political prisoners and an investigation of torture.',
    ],
  ])('recognises %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('gives null for text too short to tell, or without letters', () => {
    expect(detectLanguage('Суд, 12.03.2024')).toBeNull();
    expect(detectLanguage('12345 67890 https://example.org/a/very/long/path/with/letters')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });

  it('lets the body of a long text outvote its English title page', () => {
    const russian =
      'Суд приговорил журналиста к семи годам лишения свободы за публикации о январских событиях. ';
    const text = `Annual report on political prisoners in Central Asia. ${russian.repeat(80)}`;
    expect(detectLanguage(text)).toBe('ru');
  });
});
