/**
 * Stop words (function words: articles, pronouns, prepositions, conjunctions,
 * auxiliaries, particles) by language, for the paragraph classifier: prose
 * is dense with them, menus, headlines and widgets are not.
 *
 * English, Russian, Arabic and Persian (Dari) come from `stopwords-iso`, each
 * checked to hold function words only: its English list (1,298 entries) is
 * mostly content and web words (`said`, `year`, `world`, `information`,
 * `computer`, country codes), so only its closed-class entries are kept; from
 * the Russian, Arabic and Persian lists the content words are removed
 * (`война`, `город`, `москва`, `امروز`, `مردم` …). Its Urdu list is
 * mis-encoded (`اضتعوبل` for `استعمال`), and no package has a Pashto list, so
 * both are written here, about 60 function words each. Other languages use
 * the package's list as it is, which serves to recognise the language and
 * rank lines, not more. `tests/import-stop-words.test.ts` checks the lists.
 */

import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with {type: 'json'};
import {isRecord} from '../../util/is-record.ts';

const words = (text: string): string[] => text.split(/\s+/u).filter((word) => word !== '');

/** The closed-class words of English that `stopwords-iso` lists. */
const englishFunctionWords = new Set(
  words(`a about above across after afterwards again against all almost along already also although always am amid amidst among amongst an and
  another any anybody anyhow anyone anything anyway anywhere are aren't around as at be became because become becomes been before beforehand
  behind being below beside besides between beyond both but by can can't cannot could couldn't did didn't do does doesn't doing don't done
  down during each either else elsewhere enough even ever every everybody everyone everything everywhere except few fewer for former formerly
  from further furthermore had hadn't has hasn't have haven't having he he'd he'll he's hence her here here's hereafter hereby herein hers herself
  him himself his how however i i'd i'll i'm i've if in indeed inside instead into is isn't it it'd it'll it's its itself just least less lest
  many may maybe me meanwhile might mine more moreover most mostly much must my myself neither never nevertheless no nobody none nonetheless
  noone nor not nothing now nowhere of off often on once one onto or other others otherwise ought our ours ourselves out over own per perhaps
  quite rather same several shall she she'd she'll she's should shouldn't since so some somebody somehow someone something sometime sometimes
  somewhat somewhere still such than that that's the their theirs them themselves then thence there there's thereafter thereby therefore therein
  thereupon these they they'd they'll they're they've this those though through throughout thru thus till to together too toward towards
  under unless unlike until unto up upon us very via was wasn't we we'd we'll we're we've were weren't what what's whatever when whenever where
  whereas whereby wherein wherever whether which whichever while whilst who who's whoever whole whom whose why will with within without won't
  would wouldn't yet you you'd you'll you're you've your yours yourself yourselves`),
);

/** Content words of the package's Russian, Arabic and Persian lists: nouns, adjectives, verbs of meaning, numbers. */
const contentWords: Readonly<Record<string, ReadonlySet<string>>> = {
  ru: new Set(
    words(`алло белый близко большой важная важное важные важный вверх вдали вернуться вечер взгляд взять вид видел видеть внизу вода война
    восемнадцатый восемнадцать восемь восьмой времени время второй выйти главный глаз говорил говорит говорить год года году голова голос город
    давать далекий далеко дать два двадцатый двадцать две двенадцатый двенадцать дверь двух девятнадцатый девятнадцать девятый девять дел делал
    делать делаю дело день деньги десятый десять дом дорога друг думать душа ждать жена женщина жизнь жить занят занята занято заняты земля знать
    значить иди идти имеет имел иметь имя книга комната конец лежать лет лицо любить люди маленький мать машина место миллионов минута мир мира
    многочисленная многочисленное многочисленные многочисленный мор москва мочь народ начала начать нога ночь новый нужный одиннадцатый
    одиннадцать окно остаться ответить отец первый писать плечо подойди подумать пойти пол получить помнить понимать понять пора посмотреть
    последний правда прекрасно процентов путь пятнадцатый пятнадцать пятый пять работа работать ребенок решить россия рука русский ряд сделать
    седьмой семнадцатый семнадцать семь сидеть сила сказал сказала сказать слово случай смотреть советский спасибо спросить стал старый стать
    стол сторона стоять страна считать товарищ третий три тринадцатый тринадцать тысяч увидеть улица уметь утро хороший хотеть хочешь час
    часть человек четвертый четыре четырнадцатый четырнадцать шестнадцатый шестнадцать шестой шесть являюсь`),
  ),
  ar: new Set(words('اعلنت اكد الاول الاولى الثاني الثانية الف اليوم امس ايار ايام اربعة ثلاثة برس')),
  fa: new Set(
    words(`آباد آمد آمده آورد آورده اعلام امروز امروزه امسال امشب امور بزرگ بخش بخشی بد بهتر بهترين بیرون بیست پارسال پنج تازه جديد جدید
    جریان جريان چهار خدمات خوب دیروز ديروز روز روزانه روزهاي زمان زمانی سالانه سالیانه شش فردا گفت گفتم گفتن گفتند گفته گفتی گفتید گفتیم
    مردم ميليارد ميليون نام هزار هفت ده دو سوم دوم نخست نخستين کشور`),
  ),
};

/** Urdu function words: postpositions, pronouns, auxiliaries, conjunctions, particles. */
const urdu = words(`کا کی کے کو میں سے نے پر تک اور یا لیکن مگر اگر کہ جو جس جن جنہوں یہ وہ اس ان اسے انہیں انہوں ہم آپ تم میں میرا ہمارا
  اپنا اپنی اپنے ہے ہیں تھا تھی تھے ہو ہوا ہوئی ہوئے ہوں گا گی گے بھی ہی تو نہیں نہ کیا کیوں کیونکہ جب تب اب کبھی کچھ کوئی کسی سب ساتھ لیے
  لئے بعد پہلے دوران بارے طرف جیسے ایسے یہاں وہاں والا والی والے ایک`);

/** Pashto function words: postpositions and prepositions, pronouns, the copula, conjunctions, particles. */
const pashto = words(`د او په چې له ته یې دا دغه هغه هغو دې ده دی دي وه وو شو شوې شي کې پر سره هم نه نو یو یوه لپاره باندې څخه ځکه خو که
  یا مګر بیا اوس کله چیرې څه څوک ولې دوی موږ زه تاسو ما مو مې به کوي وي لکه تر پورې وروسته مخکې ټول بل نور ډېر هر داسې یوازې لا هیڅ`);

/** The package's lists, read as `{language: words[]}`. */
function packageLists(): ReadonlyMap<string, readonly string[]> {
  const lists = new Map<string, readonly string[]>();
  const data: unknown = stopwordsIso;
  if (!isRecord(data)) return lists;
  for (const [language, list] of Object.entries(data)) {
    if (Array.isArray(list)) lists.set(language, list.filter((word): word is string => typeof word === 'string'));
  }
  return lists;
}

/** Lower case, typographic apostrophes straightened: how words are looked up. */
export function stopWordKey(word: string): string {
  return word.toLowerCase().replace(/[’‘`]/gu, "'");
}

/** The stop-word list of each language, by its ISO 639-1 code. */
export const stopWordLists: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const lists = new Map<string, ReadonlySet<string>>();
  for (const [language, list] of packageLists()) {
    if (language === 'ur') continue;
    const content = contentWords[language];
    const kept = language === 'en' ? list.filter((word) => englishFunctionWords.has(word)) : list.filter((word) => content === undefined || !content.has(word));
    lists.set(language, new Set(kept.map(stopWordKey).filter((word) => /\p{L}/u.test(word))));
  }
  lists.set('ur', new Set(urdu));
  lists.set('ps', new Set(pashto));
  return lists;
})();

/** The languages whose lists are checked to be function words. */
export const checkedLanguages: readonly string[] = ['en', 'ru', 'ar', 'fa', 'ur', 'ps'];

/** The words of a text as the lists are keyed: letters (with marks) and inner apostrophes, lower case. */
export function wordKeys(text: string): string[] {
  return (text.match(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu) ?? []).map(stopWordKey);
}

/**
 * The language of a text, told by its stop words: the list that covers the
 * largest share of its words. `undefined` when no list covers a tenth.
 */
export function stopWordLanguage(text: string): string | undefined {
  const keys = wordKeys(text);
  if (keys.length === 0) return undefined;
  let best: string | undefined;
  let bestShare = 0.1;
  for (const [language, list] of stopWordLists) {
    let hits = 0;
    for (const key of keys) if (list.has(key)) hits++;
    // Ties go to a checked list: Persian and Dari, Urdu and Pashto share many words with larger lists.
    const share = hits / keys.length + (checkedLanguages.includes(language) ? 1e-9 : 0);
    if (share > bestShare) {
      bestShare = share;
      best = language;
    }
  }
  return best;
}
