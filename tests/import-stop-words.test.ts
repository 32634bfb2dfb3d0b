/**
 * The classifier's stop-word lists: function words only, for the languages
 * of the archive, and the language of a text told by them.
 */

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {checkedLanguages, stopWordLanguage, stopWordLists} from '../src/import/clean/stop-words.ts';

/** Content words frequent in news, which a list of function words must not hold. */
const contentWords: Readonly<Record<string, readonly string[]>> = {
  en: ['said', 'says', 'year', 'years', 'new', 'time', 'people', 'world', 'government', 'home', 'information', 'man', 'men', 'work', 'state', 'show', 'mr', 'today'],
  ru: ['сказал', 'год', 'война', 'город', 'москва', 'россия', 'люди', 'жизнь', 'время', 'человек', 'страна', 'дом'],
  ar: ['اليوم', 'امس', 'اعلنت', 'اكد'],
  fa: ['گفت', 'امروز', 'مردم', 'روز', 'کشور', 'جدید', 'بزرگ', 'زمان'],
  ur: ['کہا', 'حکومت', 'ملک', 'لوگ', 'سال', 'آج'],
  ps: ['وویل', 'حکومت', 'هېواد', 'خلک', 'کال', 'نن'],
};

/** Function words each list must hold. */
const functionWords: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'of', 'and', 'to', 'in', 'that', 'was', 'with', 'they', 'not', "don't", 'which'],
  ru: ['и', 'в', 'не', 'что', 'на', 'с', 'как', 'но', 'по', 'из', 'для', 'это'],
  ar: ['في', 'من', 'على', 'إلى', 'التي', 'الذي', 'أن', 'لا'],
  fa: ['از', 'به', 'که', 'در', 'با', 'این', 'را', 'است'],
  ur: ['کا', 'کی', 'کے', 'میں', 'سے', 'نے', 'اور', 'ہے'],
  ps: ['د', 'او', 'په', 'چې', 'له', 'ته', 'کې', 'دا'],
};

test('each checked list holds its language’s function words and none of its common content words', () => {
  for (const language of checkedLanguages) {
    const list = stopWordLists.get(language);
    assert.ok(list !== undefined, `no list for ${language}`);
    for (const word of functionWords[language] ?? []) assert.ok(list.has(word), `${language}: the function word ${word} is missing`);
    for (const word of contentWords[language] ?? []) assert.ok(!list.has(word), `${language}: the content word ${word} is listed`);
  }
  const size = (language: string): number => stopWordLists.get(language)?.size ?? 0;
  assert.ok(size('ps') >= 45 && size('ps') <= 100, `Pashto has ${size('ps')} words`);
  assert.ok(size('en') >= 200 && size('en') <= 400, `English has ${size('en')} words`);
});

test('the Urdu list is not the mis-encoded one of the package', () => {
  const urdu = stopWordLists.get('ur');
  assert.ok(urdu !== undefined);
  assert.ok(!urdu.has('اضتعوبل'));
  for (const word of urdu) assert.match(word, /^[\u0600-\u06FF]+$/u, `${word} is not written in Arabic script`);
});

test('the language of a text is the one whose list covers most of its words', () => {
  assert.equal(stopWordLanguage('The Taliban said on Monday that they had taken the valley, and that the fighting was over.'), 'en');
  assert.equal(stopWordLanguage('Талибы заявили в понедельник, что они заняли долину и что бои закончились.'), 'ru');
  assert.equal(stopWordLanguage('طالبان روز دوشنبه گفتند که دره را تصرف کرده‌اند و جنگ به پایان رسیده است.'), 'fa');
  assert.equal(stopWordLanguage('طالبانو د دوشنبې په ورځ وویل چې دره یې نیولې او جګړه پای ته رسېدلې ده.'), 'ps');
  assert.equal(stopWordLanguage('طالبان نے پیر کو کہا کہ انہوں نے وادی پر قبضہ کر لیا ہے اور لڑائی ختم ہو گئی ہے۔'), 'ur');
  assert.equal(stopWordLanguage('12 345 678'), undefined);
});
