/**
 * Quotes and their speakers (`src/process/quotes/`): a table of sentences,
 * one or more for each form of attribution the finder reads and for each
 * trap it must not fall into, with the speaker of every quotation (or none).
 * Then the quotation marks, and what the article's HTML shows.
 */

import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {parseMarkdown} from '../src/content/markdown.ts';
import {findMentions} from '../src/process/mentions.ts';
import {renderHtml} from '../src/process/html.ts';
import {createNameMatcher, type ActorNames} from '../src/process/name-matcher.ts';
import {anchorParagraphs, markSpeakers} from '../src/process/quotes/page-marks.ts';
import {findQuotes} from '../src/process/quotes/attribute.ts';
import {maskQuotes, quoteSpans, sentenceRanges} from '../src/process/quotes/marks.ts';
import type {ActorId, Href} from '../src/model/types.ts';

const id = (value: string): ActorId => value as ActorId;

/** People who can be quoted, and actors who cannot (organisations, countries). */
const people: ActorNames[] = [
  {id: id('hamid-saifi'), names: ['Hamid Saifi', 'Saifi']},
  {id: id('rahmatullah-nabil'), names: ['Rahmatullah Nabil', 'Nabil']},
  {id: id('james-mattis'), names: ['James Mattis', 'Mattis', 'Defense Secretary James Mattis']},
  {id: id('john-nicholson'), names: ['John Nicholson', 'Nicholson', 'Gen. Nicholson', 'Gen. John Nicholson']},
  {id: id('joseph-votel'), names: ['Joseph Votel', 'Gen. Joseph Votel', 'Votel']},
  {id: id('zamir-kabulov'), names: ['Zamir Kabulov', 'Kabulov', 'Замир Кабулов', 'Кабулов']},
  {id: id('jeanne-shaheen'), names: ['Jeanne Shaheen', 'Sen. Jeanne Shaheen']},
  {id: id('vladimir-putin'), names: ['Vladimir Putin', 'Putin']},
  {id: id('ahmad-massoud'), names: ['Ahmad Massoud', 'the younger Massoud', 'احمد مسعود']},
];
const others: ActorNames[] = [
  {id: id('taliban'), names: ['Taliban', 'Талибан']},
  {id: id('the-new-york-times'), names: ['The New York Times', 'the Times']},
  {id: id('nato'), names: ['NATO']},
  {id: id('russia'), names: ['Russia', 'Россия']},
  {id: id('us-central-command'), names: ['US Central Command']},
];
const matcher = createNameMatcher([...people, ...others]);
const personIds = new Set(people.map((person) => person.id));

/** Each quotation of `markdown` as `[its first words, its speaker or null]`. */
function quotesIn(markdown: string, language = 'en'): [string, string | null][] {
  const tree = parseMarkdown(markdown);
  const found = findMentions(tree, {matcher, listed: new Set(), language, href: (actor) => `/actors/${actor}/` as Href});
  const blocks = found.blocks.map((block) => ({text: block.text, names: block.names, paragraph: block.node.type === 'paragraph'}));
  return findQuotes(blocks, {people: personIds, language}).map((quote) => [quote.text.slice(0, 24), quote.speaker ?? null]);
}

/** One row of the table: what the text is, and every quotation in it with its speaker. */
interface Row {
  readonly name: string;
  readonly text: string;
  readonly language?: string;
  readonly quotes: readonly (readonly [string, string | null])[];
}

const patterns: readonly Row[] = [
  {name: '"…," said X', text: '“We will hold the valley,” said Hamid Saifi.', quotes: [['We will hold the valley', 'hamid-saifi']]},
  {name: '"…," X said', text: '“We will hold the valley,” Saifi said.', quotes: [['We will hold the valley', 'hamid-saifi']]},
  {name: '"…," X said (straight quotes)', text: '"We will hold the valley," Saifi said.', quotes: [['We will hold the valley', 'hamid-saifi']]},
  {name: 'X said: "…"', text: 'Saifi said: “We will hold the valley.”', quotes: [['We will hold the valley.', 'hamid-saifi']]},
  {name: '"…," X told the Times', text: '“All of them are quiet,” Saifi told the Times.', quotes: [['All of them are quiet', 'hamid-saifi']]},
  {
    name: '"…," X, an appositive naming someone else, told the Times',
    text: 'But the governments “are quiet,” Hamid Saifi, a former colonel who now serves as a commander for Ahmad Massoud, told the Times.',
    quotes: [['are quiet', 'hamid-saifi']],
  },
  {
    name: '"…," said X, the commander of …',
    text: '“They may be providing some support,” said Gen. Joseph Votel, the commander of US Central Command.',
    quotes: [['They may be providing so', 'joseph-votel']],
  },
  {name: 'title: Defense Secretary', text: '“Russia is arming them,” Defense Secretary James Mattis said.', quotes: [['Russia is arming them', 'james-mattis']]},
  {name: 'title: Gen.', text: 'Asked about the shipments, Gen. Nicholson said: “Oh no, I’m not refuting that.”', quotes: [['Oh no, I’m not refuting ', 'john-nicholson']]},
  {name: 'title: Sen.', text: 'Sen. Jeanne Shaheen asked: “Is Russia arming the Taliban?”', quotes: [['Is Russia arming the Tal', 'jeanne-shaheen']]},
  {name: 'title and role before the name', text: 'NATO commander Gen. John Nicholson said that Russia had increased “supply to the Taliban.”', quotes: [['supply to the Taliban.', 'john-nicholson']]},
  {
    name: 'a quote split by its attribution, across sentences',
    text: '“We’re changing to a guerilla war,” Saifi said. “We don’t need thousands of troops.”',
    quotes: [['We’re changing to a guer', 'hamid-saifi'], ['We don’t need thousands ', 'hamid-saifi']],
  },
  {
    name: 'a quote split by its attribution, in one sentence',
    text: '“We are ready,” Nicholson said, “and we will wait.”',
    quotes: [['We are ready', 'john-nicholson'], ['and we will wait.', 'john-nicholson']],
  },
  {
    name: 'a split quote after "X told Y"',
    text: '“There is some classified reporting,” Nicholson told Sen. Jeanne Shaheen in testimony. “But we are concerned.”',
    quotes: [['There is some classified', 'john-nicholson'], ['But we are concerned.', 'john-nicholson']],
  },
  {name: 'he said: the speaker named before, same paragraph', text: 'Saifi spoke on Monday. “All of them are quiet,” he said.', quotes: [['All of them are quiet', 'hamid-saifi']]},
  {
    name: 'he said: after the speaker’s own quote',
    text: '“The level of success, I think the jury is still out on that,” Mattis noted. He said that shipments “would have to be dealt with.”',
    quotes: [['The level of success, I ', 'james-mattis'], ['would have to be dealt w', 'james-mattis']],
  },
  {
    name: 'she said: the person named in the paragraph before',
    text: 'Sen. Jeanne Shaheen, who sits on the committee, was among them. She argued that the reports were serious.\n\n“We need to know more,” she said.',
    quotes: [['We need to know more', 'jeanne-shaheen']],
  },
  {
    name: 'he said: in the same sentence as the name',
    text: 'While Nicholson was careful not to read too much into it, he noted that “certainly there’s a competition with NATO.”',
    quotes: [['certainly there’s a comp', 'john-nicholson']],
  },
  {name: 'X said that … "…"', text: 'Mattis said that arms shipments from Russia “would be a violation of international law.”', quotes: [['would be a violation of ', 'james-mattis']]},
  {
    name: 'X, who serves as Y’s envoy, conceded that … "…"',
    text: 'Zamir Kabulov, who serves as Vladimir Putin’s special representative, . . . even conceded that Russia has “channels for exchanging information.”',
    quotes: [['channels for exchanging ', 'zamir-kabulov']],
  },
  {
    name: 'the ambassador, X, said that …, but claimed "…"',
    text: 'In late January, the ambassador, Zamir Kabulov, said that Moscow had reached out, but claimed it was “just political” support.',
    quotes: [['just political', 'zamir-kabulov']],
  },
  {name: '…, but "…" now, X said.', text: 'The elder leader received some support, but “they are not interested” now, Nabil said.', quotes: [['they are not interested', 'rahmatullah-nabil']]},
  {name: '"…," according to X', text: '“The road is closed,” according to Nicholson.', quotes: [['The road is closed', 'john-nicholson']]},
  {name: 'X: "…"', text: 'Nicholson: “Oh no, I’m not refuting that.”', quotes: [['Oh no, I’m not refuting ', 'john-nicholson']]},
  {name: 'a quote of a quote: the Times quoted X as saying', text: 'The Times quoted Saifi as saying “we are quiet.”', quotes: [['we are quiet.', 'hamid-saifi']]},
  {name: 'a quote of a quote: X told the Times: "…"', text: 'Saifi told the Times: “We are quiet.”', quotes: [['We are quiet.', 'hamid-saifi']]},
  {name: 'a quote of a quote: Y said X called it "…"', text: 'Nicholson said Mattis called it “a disgrace.”', quotes: [['a disgrace.', 'james-mattis']]},
  {name: 'Russian: «…», — сказал X', language: 'ru', text: '«Каналы для обмена информацией есть», — сказал Кабулов.', quotes: [['Каналы для обмена информ', 'zamir-kabulov']]},
  {name: 'Russian: X заявил: „…“', language: 'ru', text: 'Кабулов заявил: „Каналы есть“.', quotes: [['Каналы есть', 'zamir-kabulov']]},
  {name: 'Persian: X گفت: «…»', language: 'fa', text: 'احمد مسعود گفت: «مقاومت ادامه دارد.»', quotes: [['مقاومت ادامه دارد.', 'ahmad-massoud']]},
];

const traps: readonly Row[] = [
  {name: 'no speaker: a word in quotes', text: 'The attack was called “unacceptable.”', quotes: [['unacceptable.', null]]},
  {name: 'no speaker: unnamed officials', text: 'Officials called on others to develop “flexible” policies.', quotes: [['flexible', null]]},
  {name: 'no speaker: a spokesman who is no actor', text: '“No comment,” a spokesman said.', quotes: [['No comment', null]]},
  {name: 'no speaker: someone not in the registry', text: '“No comment,” said Jane Doe, a spokeswoman.', quotes: [['No comment', null]]},
  {name: 'two people as one subject', text: '“We will stay,” Mattis and Nicholson said.', quotes: [['We will stay', null]]},
  {name: 'two people as one subject, before the quote', text: 'Mattis and Nicholson said: “We will stay.”', quotes: [['We will stay.', null]]},
  {name: 'two people: the one who speaks and the one spoken to', text: '“We will stay,” Mattis told Nicholson.', quotes: [['We will stay', 'james-mattis']]},
  {name: 'two people: a spokesman for X', text: 'A spokesman for Mattis said: “No comment.”', quotes: [['No comment.', null]]},
  {name: 'two people: he after another person was named', text: 'Saifi met Nabil on Monday. “All of them are quiet,” he said.', quotes: [['All of them are quiet', null]]},
  {name: 'he after a person named in a quote is still the speaker', text: 'Saifi spoke first. “Nabil is wrong,” he said.', quotes: [['Nabil is wrong', 'hamid-saifi']]},
  {name: 'he two paragraphs on', text: 'Saifi spoke first.\n\nThe valley was quiet.\n\n“We wait,” he said.', quotes: [['We wait', null]]},
  {name: 'he past a heading', text: 'Saifi spoke first.\n\n## The valley\n\n“We wait,” he said.', quotes: [['We wait', null]]},
  {name: 'he after someone who is no actor', text: 'Saifi spoke first. Then Jane Doe took the floor. “We wait,” she said.', quotes: [['We wait', null]]},
  {name: 'he after someone who is not named', text: 'Saifi spoke first. A spokesman took questions. “We wait,” he said.', quotes: [['We wait', null]]},
  {name: 'an organisation that said', text: '“We will never negotiate,” the Taliban said.', quotes: [['We will never negotiate', null]]},
  {name: 'an organisation that said, before the quote', text: 'The Taliban said: “We will never negotiate.”', quotes: [['We will never negotiate.', null]]},
  {name: 'an organisation that said, between a person and he', text: 'Saifi spoke first. The Taliban said the talks had failed. “We wait,” he said.', quotes: [['We wait', null]]},
  {name: 'a country that said', text: 'Russia said it was “just political” support.', quotes: [['just political', null]]},
  {
    name: 'an outlet that describes: the words are not the subject’s',
    text: 'Rahmatullah Nabil, whom the Times describes as a “vehement opponent of the Taliban,” said the younger Massoud is in a “more difficult situation than his father.”',
    quotes: [['vehement opponent of the', null], ['more difficult situation', 'rahmatullah-nabil']],
  },
  {name: 'a quoted title of a book', text: 'Nicholson said he had read “The Art of War” twice.', quotes: []},
  {name: 'a quoted title after "a book called"', text: 'Saifi said he had written a book called “Valley of Five Lions” in prison.', quotes: []},
  {name: 'a quoted one-word title after "the film"', text: 'Mattis said the film “Kandahar” was his favourite.', quotes: []},
  {name: 'a passive: the one spoken to', text: 'Saifi was told: “Leave the valley.”', quotes: [['Leave the valley.', null]]},
  {name: '"said to be": a rumour, not words', text: 'Saifi is said to be “very ill.”', quotes: [['very ill.', null]]},
  {name: 'a quote left open in its paragraph is no quotation', text: '“We will hold the valley, Saifi said.', quotes: []},
  {name: 'a language with no attribution rules', language: 'de', text: '„Wir bleiben“, sagte Saifi.', quotes: [['Wir bleiben', null]]},
];

describe('quote attribution: the forms it reads', () => {
  for (const row of patterns) {
    test(row.name, () => assert.deepEqual(quotesIn(row.text, row.language), row.quotes.map(([start, speaker]) => [start, speaker])));
  }
});

describe('quote attribution: the traps', () => {
  for (const row of traps) {
    test(row.name, () => assert.deepEqual(quotesIn(row.text, row.language), row.quotes.map(([start, speaker]) => [start, speaker])));
  }
});

describe('quotation marks and sentences', () => {
  test('pairs curly, straight, guillemet and low-high marks, and skips single quotes and unclosed marks', () => {
    const text = '“a” "b" «c «d» e» „f“ ‘g’ it’s “open';
    assert.deepEqual(
      quoteSpans(text).map((span) => text.slice(span.open, span.close + 1)),
      ['“a”', '"b"', '«c «d» e»', '„f“'],
    );
  });

  test('a sentence ends after a quote that ends one, never inside a quote, an abbreviation or an ellipsis', () => {
    const text = '“One. Two,” Gen. Votel said. He left . . . and came back. “Three.” Done.';
    const spans = quoteSpans(text);
    const sentences = sentenceRanges(maskQuotes(text, spans)).map(([start, end]) => text.slice(start, end));
    assert.deepEqual(sentences, ['“One. Two,” Gen. Votel said.', 'He left . . . and came back.', '“Three.”', 'Done.']);
  });
});

describe('what the article page shows', () => {
  test('each paragraph gets an anchor, and each attributed quote a link to its speaker after it', () => {
    const tree = parseMarkdown('Intro with [a link](https://example.org/).\n\n“We wait,” Saifi said. “Soon.” The Taliban said “no.”\n\n- a list item “quoted,” Saifi said');
    const found = findMentions(tree, {matcher, listed: new Set(), language: 'en', href: (actor) => `/actors/${actor}/` as Href});
    anchorParagraphs(found.tree);
    const blocks = found.blocks.map((block) => ({text: block.text, names: block.names, paragraph: block.node.type === 'paragraph'}));
    markSpeakers(found.blocks, findQuotes(blocks, {people: personIds, language: 'en'}), {
      href: (actor) => `/actors/${actor}/` as Href,
      name: (actor) => (actor === 'hamid-saifi' ? 'Hamid Saifi' : actor),
      title: (name) => `Said by ${name}`,
      lang: 'en',
      dir: 'ltr',
    });
    const speaker = '<a href="/actors/hamid-saifi/" class="quote-speaker" lang="en" dir="ltr" title="Said by Hamid Saifi">Hamid Saifi</a>';
    assert.equal(
      renderHtml(found.tree),
      [
        '<p id="p1">Intro with <a href="https://example.org/">a link</a>.</p>',
        `<p id="p2">“We wait,”${speaker} <a href="/actors/hamid-saifi/">Saifi</a> said. “Soon.”${speaker} The <a href="/actors/taliban/">Taliban</a> said “no.”</p>`,
        '<ul>',
        `<li id="p3">a list item “quoted,”${speaker} Saifi said</li>`,
        '</ul>',
      ].join('\n'),
    );
  });

  test('the sanitizer keeps footnote links working and still drops classes an article could not write', () => {
    const html = renderHtml(parseMarkdown('Text.[^1]\n\n[^1]: A note.'));
    assert.match(html, /href="#user-content-fn-1" id="user-content-fnref-1"/);
    assert.match(html, /<li id="user-content-fn-1">/);
    assert.match(html, /aria-describedby="footnote-label"/);
    assert.match(html, /id="footnote-label"/);
  });
});
