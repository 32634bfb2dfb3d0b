/**
 * Finding actor names in text (`createNameMatcher`) and in an article's
 * Markdown (`findMentions`): matching rules, shared names, counts, the
 * sentence of the first mention, and which mention becomes a link.
 */

import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {findMentions, type Mention} from '../src/process/mentions.ts';
import {renderHtml} from '../src/process/html.ts';
import {parseMarkdown} from '../src/content/markdown.ts';
import {createNameMatcher, type ActorNames, type NameMatcher} from '../src/process/name-matcher.ts';
import type {ActorId, Href} from '../src/model/types.ts';

const id = (value: string): ActorId => value as ActorId;

/** Two actors with three names: the long forms are their own, `Massoud` they share. */
const massouds: ActorNames[] = [
  {id: id('ahmad-shah-massoud'), names: ['Ahmad Shah Massoud', 'Massoud']},
  {id: id('ahmad-massoud'), names: ['Ahmad Massoud', 'Massoud']},
];

const actors: ActorNames[] = [
  ...massouds,
  {id: id('russia'), names: ['Russia']},
  {id: id('isis'), names: ['ISIS', 'IS']},
  {id: id('taliban'), names: ['Taliban', 'Талибан', 'طالبان']},
  {id: id('united-states'), names: ['United States', 'U.S.', 'US']},
  {id: id('john-nicholson'), names: ['John W. Nicholson', 'Nicholson']},
  {id: id('ahmad-massoud-fa'), names: ['احمد مسعود']},
];

const matcher = createNameMatcher(actors);

/** Each match as `[text covered, name, actors]`. */
function found(text: string, using: NameMatcher = matcher): [string, string, string[]][] {
  return using.find(text).map((match) => [text.slice(match.start, match.end), match.name, [...match.actors]]);
}

/** Run `findMentions` on Markdown and render the linked tree. */
function mentionsIn(
  markdown: string,
  options: {listed?: readonly string[]; using?: NameMatcher} = {},
): {mentions: Mention[]; html: string} {
  const tree = parseMarkdown(markdown);
  const result = findMentions(tree, {
    matcher: options.using ?? matcher,
    listed: new Set((options.listed ?? []).map(id)),
    language: 'en',
    href: (actor) => `/actors/${actor}/` as Href,
  });
  return {mentions: [...result.mentions], html: renderHtml(result.tree)};
}

/** Mentions as `actor → count`. */
function counts(mentions: readonly Mention[]): Record<string, number> {
  return Object.fromEntries(mentions.map((mention) => [mention.actor, mention.count]));
}

describe('createNameMatcher', () => {
  test('the longest name wins, and the text it covers is not searched again', () => {
    assert.deepEqual(found('Ahmad Shah Massoud met Ahmad Massoud and Massoud.'), [
      ['Ahmad Shah Massoud', 'Ahmad Shah Massoud', ['ahmad-shah-massoud']],
      ['Ahmad Massoud', 'Ahmad Massoud', ['ahmad-massoud']],
      ['Massoud', 'Massoud', ['ahmad-shah-massoud', 'ahmad-massoud']],
    ]);
  });

  test('a name two actors share is reported as shared', () => {
    assert.deepEqual([...matcher.shared], [['Massoud', ['ahmad-shah-massoud', 'ahmad-massoud']]]);
  });

  test('whole words only', () => {
    assert.deepEqual(found('Russian troops, Russias, xRussia, Russia1, _Russia, USA'), []);
    assert.deepEqual(found('ISIS claimed it'), [['ISIS', 'ISIS', ['isis']]]);
    assert.deepEqual(found('what is this'), []);
    assert.deepEqual(found('IS, not is'), [['IS', 'IS', ['isis']]]);
  });

  test('a name ending in a dot still needs a word boundary after it', () => {
    assert.deepEqual(found('the U.S.A. and the U.S.-led coalition'), [['U.S.', 'U.S.', ['united-states']]]);
    assert.equal(matcher.find('the U.S.-led coalition')[0]?.start, 4);
  });

  test('possessives count, with a straight or a curly apostrophe, and the match covers only the name', () => {
    const text = "Russia's army and the Taliban’s rise; the United States' role";
    assert.deepEqual(found(text), [
      ['Russia', 'Russia', ['russia']],
      ['Taliban', 'Taliban', ['taliban']],
      ['United States', 'United States', ['united-states']],
    ]);
    assert.deepEqual(
      matcher.find(text).map((match) => [match.start, match.end]),
      [[0, 6], [22, 29], [42, 55]],
    );
  });

  test('a line break or several spaces between the words of a name', () => {
    const text = 'Ahmad\nShah   Massoud died';
    assert.deepEqual(found(text), [['Ahmad\nShah   Massoud', 'Ahmad Shah Massoud', ['ahmad-shah-massoud']]]);
  });

  test('U.S. and US are aliases of one actor', () => {
    assert.deepEqual(found('The U.S. and the US agreed.'), [
      ['U.S.', 'U.S.', ['united-states']],
      ['US', 'US', ['united-states']],
    ]);
  });

  test('Cyrillic names are bounded by Cyrillic words', () => {
    assert.deepEqual(
      matcher.find('Талибан и Талибана; движение «Талибан».').map((match) => [match.start, match.name]),
      [[0, 'Талибан'], [30, 'Талибан']],
    );
  });

  test('Arabic-script names are bounded by Arabic-script words', () => {
    assert.deepEqual(found('طالبان و الطالبان'), [['طالبان', 'طالبان', ['taliban']]]);
    assert.deepEqual(found('دیدار با احمد مسعود'), [['احمد مسعود', 'احمد مسعود', ['ahmad-massoud-fa']]]);
    assert.deepEqual(found('احمد مسعودی'), []);
  });

  test('a name matches in every form search folds together: letter variants, tatweel, zero-width non-joiner, ё', () => {
    const folded = createNameMatcher([
      {id: id('pakistan'), names: ['پاکستان']},
      {id: id('alyona'), names: ['Алёна Петрова']},
    ]);
    assert.deepEqual(found('هیئتی از پاكستان', folded), [['پاكستان', 'پاکستان', ['pakistan']]], 'Arabic kaf');
    assert.deepEqual(found('پاکـستان و پاک\u200Cستان', folded), [
      ['پاکـستان', 'پاکستان', ['pakistan']],
      ['پاک\u200Cستان', 'پاکستان', ['pakistan']],
    ]);
    assert.deepEqual(found('Алена Петрова', folded), [['Алена Петрова', 'Алёна Петрова', ['alyona']]]);
  });

  test('an apostrophe in a name matches either apostrophe in the text', () => {
    const withApostrophe = createNameMatcher([{id: id('moammar'), names: ["Mu'ammar"]}]);
    assert.deepEqual(found('Mu’ammar and Mu\'ammar', withApostrophe), [
      ['Mu’ammar', "Mu'ammar", ['moammar']],
      ["Mu'ammar", "Mu'ammar", ['moammar']],
    ]);
  });
});

describe('findMentions: shared names', () => {
  test('go to the actor the article otherwise names more', () => {
    const {mentions, html} = mentionsIn('Massoud spoke. Ahmad Shah Massoud was his father. Ahmad Massoud and Ahmad Massoud again.');
    assert.deepEqual(counts(mentions), {'ahmad-massoud': 3, 'ahmad-shah-massoud': 1});
    assert.equal(
      html,
      '<p><a href="/actors/ahmad-massoud/">Massoud</a> spoke. <a href="/actors/ahmad-shah-massoud/">Ahmad Shah Massoud</a> was his father. Ahmad Massoud and Ahmad Massoud again.</p>',
    );
  });

  test('go to the actor the front matter lists', () => {
    const {mentions} = mentionsIn('Massoud spoke. Ahmad Massoud and Ahmad Massoud again.', {listed: ['ahmad-shah-massoud']});
    assert.deepEqual(counts(mentions), {'ahmad-shah-massoud': 1, 'ahmad-massoud': 2});
  });

  test('go to nobody when the article names neither otherwise', () => {
    const {mentions, html} = mentionsIn('Massoud spoke, and Massoud left.');
    assert.deepEqual(mentions, []);
    assert.equal(html, '<p>Massoud spoke, and Massoud left.</p>');
  });

  test('go to nobody when both are listed and neither is named otherwise', () => {
    const {mentions} = mentionsIn('Massoud spoke.', {listed: ['ahmad-massoud', 'ahmad-shah-massoud']});
    assert.deepEqual(mentions, []);
  });

  test('on equal evidence go to the actor named first (docs/content-format.md, section 8)', () => {
    const {mentions} = mentionsIn('Ahmad Massoud met Ahmad Shah Massoud. Massoud spoke.');
    assert.deepEqual(counts(mentions), {'ahmad-massoud': 2, 'ahmad-shah-massoud': 1});
  });
});

describe('findMentions: counts and sentences', () => {
  test('counts per actor, in order of first mention', () => {
    const {mentions} = mentionsIn(
      'The Taliban took Kabul. The U.S. left; the US embassy closed.\n\nRussia watched the Taliban’s rise, and the Taliban talked to Russia.',
    );
    assert.deepEqual(
      mentions.map((mention) => [mention.actor, mention.count]),
      [['taliban', 3], ['united-states', 2], ['russia', 2]],
    );
  });

  test('the sentence of the first mention runs across abbreviations', () => {
    const {mentions} = mentionsIn('Gen. John W. Nicholson said the U.S. Army would stay. Then he left. Nicholson spoke again.');
    assert.deepEqual(mentions, [
      {actor: 'john-nicholson', count: 2, sentence: 'Gen. John W. Nicholson said the U.S. Army would stay.'},
      {actor: 'united-states', count: 1, sentence: 'Gen. John W. Nicholson said the U.S. Army would stay.'},
    ]);
  });

  test('the sentence is the one the mention is in, across line breaks in the paragraph', () => {
    const {mentions} = mentionsIn('Kabul fell in August.\nThe Taliban\nentered the city. Russia\nstayed.');
    assert.deepEqual(mentions, [
      {actor: 'taliban', count: 1, sentence: 'The Taliban entered the city.'},
      {actor: 'russia', count: 1, sentence: 'Russia stayed.'},
    ]);
  });

  test('the sentence spans inline markup', () => {
    const {mentions} = mentionsIn('Officials in *Moscow* said **Russia** would talk.');
    assert.deepEqual(mentions, [{actor: 'russia', count: 1, sentence: 'Officials in Moscow said Russia would talk.'}]);
  });
});

describe('findMentions: links', () => {
  test('only the first mention of each actor becomes a link', () => {
    const {html} = mentionsIn('Russia and the Taliban met. Russia spoke; the Taliban listened.');
    assert.equal(
      html,
      '<p><a href="/actors/russia/">Russia</a> and the <a href="/actors/taliban/">Taliban</a> met. Russia spoke; the Taliban listened.</p>',
    );
  });

  test('a possessive stays outside the link', () => {
    const {html} = mentionsIn("Russia's envoy met the Taliban’s envoy.");
    assert.equal(
      html,
      '<p><a href="/actors/russia/">Russia</a>\'s envoy met the <a href="/actors/taliban/">Taliban</a>’s envoy.</p>',
    );
  });

  test('a name broken across lines is linked whole', () => {
    const {html} = mentionsIn('Ahmad\nShah Massoud died.');
    assert.equal(html, '<p><a href="/actors/ahmad-shah-massoud/">Ahmad\nShah Massoud</a> died.</p>');
  });

  test('a mention inside a Markdown link is counted but not linked again', () => {
    const {mentions, html} = mentionsIn('See [the Taliban statement](https://example.org/statement) from Russia.');
    assert.deepEqual(counts(mentions), {taliban: 1, russia: 1});
    assert.equal(
      html,
      '<p>See <a href="https://example.org/statement">the Taliban statement</a> from <a href="/actors/russia/">Russia</a>.</p>',
    );
  });

  test('when the first mention is inside a link, the next one outside a link is linked', () => {
    const {mentions, html} = mentionsIn('See [the Taliban statement](https://example.org/statement). The Taliban denied it.');
    assert.deepEqual(counts(mentions), {taliban: 2});
    assert.equal(mentions[0]?.sentence, 'See the Taliban statement.', 'the sentence is still that of the first mention');
    assert.equal(
      html,
      '<p>See <a href="https://example.org/statement">the Taliban statement</a>. The <a href="/actors/taliban/">Taliban</a> denied it.</p>',
    );
  });

  test('text in code spans and code blocks is not matched', () => {
    const {mentions, html} = mentionsIn('The `Taliban` field.\n\n```\nTaliban Russia\n```\n\nRussia agreed.');
    assert.deepEqual(mentions, [{actor: 'russia', count: 1, sentence: 'Russia agreed.'}]);
    assert.equal(
      html,
      '<p>The <code>Taliban</code> field.</p>\n<pre><code>Taliban Russia\n</code></pre>\n<p><a href="/actors/russia/">Russia</a> agreed.</p>',
    );
  });
});
