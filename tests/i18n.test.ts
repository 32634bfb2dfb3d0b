/**
 * The interface catalogues and the translator: every shipped catalogue is
 * complete against English (keys, placeholders, plural categories); a
 * missing or wrong message is found and named; counts, numbers and dates are
 * written by `Intl` in each language; names of the other direction are
 * isolated; and a site whose catalogue lacks a message fails to load,
 * naming the key.
 */

import assert from 'node:assert/strict';
import {cp, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {catalogueFor, catalogues, checkMessages, interfaceLocaleFor, referenceCatalogue} from '../src/i18n/catalogue.ts';
import {en} from '../src/i18n/catalogues/en.ts';
import {messagesFrom, type SearchMessageKey} from '../src/browser/messages.ts';
import {Markup, translatorFor} from '../src/i18n/translator.ts';
import {loadArchive} from '../src/load-archive.ts';
import {makeDate} from '../src/model/dates.ts';
import type {InterfaceLocale, LanguageTag} from '../src/model/types.ts';

const ui = (tag: string): InterfaceLocale => {
  const locale = interfaceLocaleFor(tag as LanguageTag);
  assert.ok(locale !== undefined, `a catalogue serves ${tag}`);
  return locale;
};

describe('the shipped catalogues', () => {
  test('English, Dari/Persian, Pashto, Urdu and Russian are shipped, each with its direction', () => {
    assert.deepEqual(
      catalogues.map((catalogue) => [catalogue.id, catalogue.dir]),
      [['en', 'ltr'], ['fa', 'rtl'], ['ps', 'rtl'], ['ur', 'rtl'], ['ru', 'ltr']],
    );
    assert.equal(catalogueFor('prs')?.id, 'fa', 'Dari is served by the Dari/Persian catalogue');
    assert.equal(catalogueFor('fa-AF')?.id, 'fa');
    assert.equal(catalogueFor('ps-AF')?.id, 'ps');
    assert.equal(catalogueFor('de'), undefined);
  });

  for (const catalogue of catalogues) {
    for (const tag of [catalogue.id, ...catalogue.alsoFor]) {
      test(`the ${catalogue.id} catalogue is complete for \`${tag}\``, () => {
        assert.deepEqual(checkMessages(catalogue.messages, ui(tag).intl), []);
      });
    }
  }

  test('no catalogue but English has English words left in it', () => {
    for (const catalogue of catalogues.filter((candidate) => candidate.dir === 'rtl')) {
      for (const [key, message] of Object.entries(catalogue.messages)) {
        const texts = typeof message === 'string' ? [message] : Object.values(message);
        for (const text of texts) assert.doesNotMatch(text.replace(/\{[A-Za-z0-9]+\}/g, ''), /[A-Za-z]/, `${catalogue.id}: ${key}`);
      }
    }
  });

  test('the Intl locale: English in British style, Dari with Afghan month names, Persian with Iranian ones', () => {
    assert.equal(ui('en').intl, 'en-GB');
    assert.equal(ui('en-US').intl, 'en-US');
    assert.equal(ui('prs').intl, 'fa-AF');
    assert.equal(ui('fa').intl, 'fa');
  });
});

describe('checking a catalogue', () => {
  const english: Readonly<Record<string, unknown>> = en;
  test('a missing message is named, with its English text', () => {
    const {['nav.home']: _home, ...rest} = en;
    assert.deepEqual(checkMessages(rest, 'en-GB'), [{key: 'nav.home', reason: 'there is no message `nav.home` (in English: “Home”)'}]);
  });

  test('a counted message needs every plural category of its language', () => {
    const russian = catalogueFor('ru')?.messages ?? en;
    const problems = checkMessages({...russian, 'count.articles': {one: '{count} статья', other: '{count} статьи'}}, 'ru');
    assert.deepEqual(problems, [{key: 'count.articles', reason: '`count.articles` has no text for the plural categories `few`, `many`'}]);
  });

  test('placeholders must be those of the English message', () => {
    const problems = checkMessages({...en, 'feed.of': 'Atom feed for {title}'}, 'en-GB');
    assert.equal(problems.length, 1);
    assert.match(problems[0]?.reason ?? '', /`feed\.of` has the placeholders \{title\} in “Atom feed for \{title\}”, but it must have exactly \{name\}/);
  });

  test('a counted message cannot be one text, and an unknown key is reported', () => {
    const problems = checkMessages({...en, 'count.articles': 'articles', 'nav.hom': 'Home'}, 'en-GB');
    assert.deepEqual(problems.map((problem) => problem.key), ['count.articles', 'nav.hom']);
    assert.ok(english['nav.home'] !== undefined);
  });
});

describe('the translator', () => {
  test('plural forms follow Intl.PluralRules, numbers the language’s digits', () => {
    const russian = translatorFor(ui('ru'));
    assert.deepEqual([1, 2, 5, 21, 12345].map((count) => russian.text('count.articles', {count})), ['1 статья', '2 статьи', '5 статей', '21 статья', '12\u00a0345 статей']);
    const pashto = translatorFor(ui('ps'));
    assert.equal(pashto.text('count.articles', {count: 1}), '۱ مقاله');
    assert.equal(pashto.text('count.articles', {count: 3}), '۳ مقالې');
    assert.equal(translatorFor(ui('en')).text('count.mentions', {count: 1}), '1 mention');
  });

  test('years read as years: no group separator in four digits', () => {
    assert.equal(translatorFor(ui('en')).number(2021), '2021');
    assert.equal(translatorFor(ui('fa')).number(2021), '۲۰۲۱');
    assert.equal(translatorFor(ui('en')).number(12345), '12,345');
  });

  test('dates by Intl in the Gregorian calendar, at their precision', () => {
    const day = makeDate('day', 2021, 8, 15);
    const month = makeDate('month', 2021, 8);
    assert.equal(translatorFor(ui('en')).date(day), '15 August 2021');
    assert.equal(translatorFor(ui('en')).date(month), 'August 2021');
    assert.equal(translatorFor(ui('prs')).date(day), '۱۵ اگست ۲۰۲۱');
    assert.equal(translatorFor(ui('fa')).date(day), '۱۵ اوت ۲۰۲۱');
    assert.equal(translatorFor(ui('ps')).date(month), '۲۰۲۱ اګست');
    assert.equal(translatorFor(ui('ru')).date(day), '15 августа 2021 г.');
    assert.equal(translatorFor(ui('ur')).date(makeDate('year', 2021)), '2021');
  });

  test('as HTML, names are escaped and isolated in <bdi>; nested messages are not', () => {
    const english = translatorFor(ui('en'));
    assert.equal(english.html('feed.of', {name: 'A & <B>'}), 'Atom feed for <bdi>A &amp; &lt;B&gt;</bdi>');
    const mentions = new Markup(english.html('count.mentions', {count: 3}));
    const inArticles = new Markup(english.html('count.inArticles', {count: 2}));
    assert.equal(english.html('count.mentionsInArticles', {mentions, inArticles}), '3 mentions in 2 articles');
  });

  test('as text, a name of the other direction is wrapped in Unicode isolates, one of the same is not', () => {
    const english = translatorFor(ui('en'));
    assert.equal(english.text('feed.of', {name: 'احمد مسعود'}), 'Atom feed for \u2068احمد مسعود\u2069');
    assert.equal(english.text('feed.of', {name: 'Ahmad Massoud'}), 'Atom feed for Ahmad Massoud');
    const pashto = translatorFor(ui('ps'));
    assert.equal(pashto.text('feed.of', {name: 'Ahmad Massoud'}), 'د \u2068Ahmad Massoud\u2069 اټم فیډ');
  });

  test('a message that does not exist, or a placeholder without a value, is an error naming it', () => {
    const english = translatorFor(ui('en'));
    assert.throws(() => english.text('feed.of'), /The interface message `feed\.of` needs a value for `\{name\}`/);
    assert.throws(() => english.text('count.articles'), /is counted, but no number `count` was given/);
  });

  test('the search page gets the search messages, plural forms as objects', () => {
    const messages = translatorFor(ui('ru')).messages('search.');
    assert.deepEqual(messages['search.results'], {one: '{count} результат.', few: '{count} результата.', many: '{count} результатов.', other: '{count} результата.'});
    assert.ok(Object.keys(messages).every((key) => key.startsWith('search.')));
  });

  test('the search page’s script fills them as the build does: plural forms, digits, isolated names and queries', () => {
    for (const catalogue of catalogues) {
      const locale = ui(catalogue.id);
      const t = translatorFor(locale);
      const page = messagesFrom(JSON.parse(JSON.stringify(t.messages('search.'))), locale.intl, locale.dir);
      const cases: [SearchMessageKey, Record<string, string | number>][] = [
        ...[0, 1, 2, 5, 21, 1234].flatMap((count): [SearchMessageKey, Record<string, string | number>][] => [
          ['search.resultsFor', {count, query: 'Massoud'}],
          ['search.resultsFor', {count, query: 'احمد مسعود'}],
          ['search.results', {count}],
          ['search.card.articles', {count}],
        ]),
        ['search.namedFirst', {name: 'Ahmad Massoud'}],
        ['search.namedFirst', {name: 'احمد مسعود'}],
        ['search.card.range', {oldest: t.date(makeDate('month', 2021, 8)), newest: t.date(makeDate('year', 2024))}],
        ['search.prompt', {}],
      ];
      for (const [key, params] of cases) assert.equal(page.text(key, params), t.text(key, params), `${catalogue.id}: ${key} ${JSON.stringify(params)}`);
      assert.equal(page.number(12345), t.number(12345));
    }
    const ps = messagesFrom(translatorFor(ui('ps')).messages('search.'), 'ps', 'rtl');
    assert.equal(ps.text('search.namedFirst', {name: 'Ahmad Massoud'}), 'هغه مقالې چې \u2068Ahmad Massoud\u2069 یادوي، په هره ژبه چې وي، لومړی راځي.');
    assert.equal(messagesFrom({}, 'en-GB', 'ltr').text('search.prompt'), 'search.prompt', 'a missing message shows its key');
  });
});

describe('a site in a language', () => {
  const fixture = fileURLToPath(new URL('fixtures/archive/content/', import.meta.url));
  const scratch = mkdtemp(path.join(os.tmpdir(), 'archive-i18n-'));
  after(async () => rm(await scratch, {recursive: true, force: true}));

  /** Load the fixture archive with `site.yaml`'s `language` set to `language`. */
  async function loadIn(language: string) {
    const dir = path.join(await scratch, language);
    await cp(fixture, dir, {recursive: true});
    await writeFile(path.join(dir, 'site.yaml'), `title: Fixture Archive\nbaseUrl: https://fixture.example.org\nlanguage: ${language}\n`);
    return loadArchive(dir, {today: '2026-01-01', cwd: dir});
  }

  test('picks the catalogue for the language, and its direction', async () => {
    const result = await loadIn('ps');
    assert.deepEqual(result.archive?.site.ui, {catalogue: 'ps', language: 'ps', dir: 'rtl', intl: 'ps'});
    assert.equal(result.archive?.pages.timeline.title, 'مهالوېش');
  });

  test('a language without a catalogue is shown in English, with a warning on `language`', async () => {
    const result = await loadIn('de');
    assert.equal(result.archive?.site.ui.catalogue, 'en');
    const warning = result.messages.find((message) => message.ruleId === 'no-interface-catalogue');
    assert.ok(warning !== undefined, result.report);
    assert.equal(warning.line, 3);
  });

  test('a catalogue that lacks a message stops the build, naming the key', async () => {
    const messages: Record<string, unknown> = referenceCatalogue.messages;
    const ps = catalogueFor('ps');
    assert.ok(ps !== undefined);
    const saved = ps.messages;
    const {['timeline.title']: _removed, ...rest} = saved;
    // The shipped catalogues are complete (tested above); this one is made incomplete for the test.
    Object.defineProperty(ps, 'messages', {value: rest, configurable: true});
    try {
      const result = await loadIn('ps');
      assert.equal(result.archive, undefined);
      assert.match(result.report, /site\.yaml:3:\d+ {2}error {2}The interface catalogue `src\/i18n\/catalogues\/ps\.ts` for `language` `ps` is incomplete: there is no message `timeline\.title` \(in English: “Timeline”\)\. Add it to the catalogue\. {2}missing-message/);
    } finally {
      Object.defineProperty(ps, 'messages', {value: saved, configurable: true});
    }
    assert.ok(messages['timeline.title'] !== undefined);
  });
});
