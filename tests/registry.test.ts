/**
 * The registry in `content/` (actors, topics, sources) on the hard cases of
 * the five seed articles, independent of the article import: the registry is
 * copied into a temp folder next to small fixture articles that quote the
 * seeds, loaded with `loadArchive`, and every article's actor mention counts
 * are compared exactly. Then the registry itself: complete actor records,
 * existing affiliations, no shared alias but the deliberate ones, and no
 * actor for a name that only occurs in the scraped pages' boilerplate.
 */

import assert from 'node:assert/strict';
import {cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {parse} from 'yaml';
import {loadArchive, type LoadResult} from '../src/load-archive.ts';
import {createNameMatcher} from '../src/process/name-matcher.ts';
import type {Archive} from '../src/model/types.ts';

const content = fileURLToPath(new URL('../content/', import.meta.url));
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-registry-'));
after(() => rm(scratch, {recursive: true, force: true}));

/** A fixture article: front matter, body paragraphs, and the exact mention counts expected. */
interface Fixture {
  readonly slug: string;
  readonly language?: string;
  readonly source?: string;
  readonly reportsOn?: string;
  readonly topics?: readonly string[];
  readonly actors?: readonly string[];
  readonly paragraphs: readonly string[];
  readonly expected: Readonly<Record<string, number>>;
}

/** The topics each seed article is to get at import, by seed file. */
const seedTopics = {
  '000_3646c08c9323712b.txt': ['anti-taliban-resistance', 'recognition-of-the-taliban'],
  '001_007fbfef98640e8d.txt': ['russia-and-the-taliban', 'us-military-in-afghanistan', 'recognition-of-the-taliban'],
  '002_9659c7c8458ce11d.txt': ['afghanistan-pakistan-border', 'recognition-of-the-taliban', 'terrorism-in-the-region'],
  '003_266f4a5307a5aac3.txt': ['russia-and-the-taliban', 'us-military-in-afghanistan', 'recognition-of-the-taliban'],
  '004_c2e07f32a9b812f7.txt': ['terrorism-in-the-region', 'anti-taliban-resistance', 'afghanistan-pakistan-border'],
} as const;

const fixtures: readonly Fixture[] = [
  {
    // The Week (seed 000), the whole article: father and son Massoud, "the younger"/"The elder", two bare "Massoud".
    slug: 'week-panjshir-resistance',
    source: 'the-week',
    reportsOn: 'the-new-york-times',
    topics: seedTopics['000_3646c08c9323712b.txt'],
    paragraphs: [
      "The fledgling anti-Taliban resistance in Afghanistan's unconquered Panjshir province is reportedly growing, but it's so far been unable to find any takers in its appeal for international support, The New York Times reports.",
      'Led by Ahmad Massoud, the son of anti-Soviet and anti-Taliban resistance fighter Ahmad Shah Massoud, the forces amassing in Panjshir have put out a call to other countries for some financial aid. But all of the governments they\'ve talked to "are quiet," Hamid Saifi, a former colonel in the Afghan National Army who now serves as a commander for Massoud, told the Times. "America, Europe, China, Russia, all of them are quiet," he said.',
      'Rahmatullah Nabil, the former head of Afghanistan\'s National Directorate of Security who the Times describes as a "vehement opponent of the Taliban," said the younger Massoud is in a "more difficult situation than his father." The elder Massoud received limited support from regional governments — Russia, India, Iran, and Tajikistan, for example — when he was fighting the Taliban in the late 1990s, but "they are not interested" now, Nabil said.',
      'Still, neither Nabil nor Saifi think Massoud is hopeless, the Times reports. "We\'re changing to a guerilla war," Saifi said. "We don\'t need thousands and thousands of troops to fight this war." Read more at The New York Times.',
    ],
    expected: {
      'ahmad-massoud': 4,
      'ahmad-shah-massoud': 2,
      'the-new-york-times': 5,
      taliban: 4,
      'hamid-saifi': 3,
      'rahmatullah-nabil': 3,
      afghanistan: 2,
      panjshir: 2,
      russia: 2,
      'afghan-national-army': 1,
      'national-directorate-of-security': 1,
      'united-states': 1,
      europe: 1,
      china: 1,
      india: 1,
      iran: 1,
      tajikistan: 1,
    },
  },
  {
    // Truthout (seed 001), the whole article: "US" forms, "US Central Command", "Mazar-i-Shariff", "Nangahar".
    slug: 'truthout-pentagon-russia-taliban',
    source: 'truthout',
    topics: seedTopics['001_007fbfef98640e8d.txt'],
    paragraphs: [
      'The US military has increased its confidence in reports accusing Russia of arming the Taliban.',
      'Defense Secretary James Mattis and Gen. John Nicholson, the Commander of NATO forces in Afghanistan, spoke about the claims on Monday, at a press conference in Kabul.',
      'When asked directly by a reporter about alleged Russian weapon shipments to the Taliban, Gen. Nicholson said: “Oh no, I’m not refuting that.”',
      '“The level of granularity and the level of success they’re achieving, I think the jury is still out on that,” Mattis noted. He said that arm shipments from Russia to the Taliban “would have to be dealt with as a violation of international law.”',
      'Late last month, other top ranking US military officials spoke to the allegations, but discussed them with greater uncertainty.',
      '“I think it is fair to assume they may be providing some sort of support to [the Taliban], in terms of weapons or other things that may be there,” said Gen. Joseph Votel, the leader of US Central Command.',
      'NATO commander Gen. Curtis Scaparrotti said that Russia had increased “association [with] and perhaps even supply to the Taliban.”',
      'In February, Gen. Nicholson also discussed Russian interactions with the Taliban, but he did not openly accuse Moscow of offering material assistance to the group.',
      '“There is some classified reporting that I’d request to share with you in another venue,” Nicholson told Sen. Jeanne Shaheen (D-NH), in testimony before the Senate Armed Services Committee. “But we are concerned about, in general, support, and I’ll just leave it at that.”',
      'In late January, the Russia’s ambassador to Afghanistan, Alexander Mantytskiy, said that Moscow had started conducting outreach to the Taliban, but claimed it was “just political” support designed to counter the Islamic State presence in Nangahar Province. He told The Wall Street Journal that Russia was not offering “money or materiel” to the Taliban.',
      'The US military reacted to this “just political” support from Moscow by decrying it as unacceptable.',
      '“This narrative that they promote is that the Taliban are fighting the Islamic State, and the Afghan government is not fighting the Islamic State,” Nicholson said in February. “This is a false narrative. The Afghan government along with US counterterrorism forces are successfully fighting against Islamic State in Afghanistan.”',
      'Nicholson had also said that Russian officials “have begun to publicly legitimize the Taliban.”',
      'On Monday, the general described Russian support as having a far more tangible negative impact, linking Moscow to a recent deadly attack.',
      '“Arming belligerents or legitimizing belligerents who perpetrate attacks like we saw two days ago in Mazar-i-Shariff is not the best way forward to a peaceful reconciliation,” Nicholson said. The attack, on an Afghan military base, reportedly killed at least 140 Afghan soldiers.',
    ],
    expected: {
      taliban: 10,
      'john-nicholson': 7,
      russia: 5,
      moscow: 4,
      'united-states': 4,
      'islamic-state': 4,
      afghanistan: 3,
      'james-mattis': 2,
      nato: 2,
      kabul: 1,
      'joseph-votel': 1,
      'us-central-command': 1,
      'curtis-scaparrotti': 1,
      'jeanne-shaheen': 1,
      'senate-armed-services-committee': 1,
      'alexander-mantytskiy': 1,
      nangarhar: 1,
      'the-wall-street-journal': 1,
      'mazar-i-sharif': 1,
    },
  },
  {
    // DW (seed 002), excerpts: the Afghan Taliban and Tehrik-i-Taliban Pakistan (TTP) counted apart.
    slug: 'dw-border-clashes',
    source: 'dw',
    topics: seedTopics['002_9659c7c8458ce11d.txt'],
    paragraphs: [
      'Clashes along the Afghanistan-Pakistan border have led to uncommon displays of public backing in Afghan cities for the Taliban, although experts believe a rise in nationalistic feelings will not result in recognition for the government.',
      'The armed group began to carry out their own attacks along the 2,640-kilometer (1,640-mile) boundary with Pakistan, referred to as the Durand Line.',
      'Nevertheless, the Taliban’s actions attracted large gatherings of supporters in Afghan cities like Khost and Jalalabad, where locals welcomed Taliban fighters with flower garlands.',
      'More specifically, the Afghan Taliban are being accused of providing refuge to Tehrik-i-Taliban Pakistan (TTP), a militant group that shares ideological ties with the Afghan Taliban and is dedicated to opposing the Pakistani government.',
      '“By offering shelter to the TTP, the Taliban have set the stage for conflict with Pakistan,” Basir stated, noting that regular Afghans also reject the presence of TTP fighters in their nation.',
      'In the days after the Western-backed Afghan government fell in August 2021, General Faiz Hameed, who was then head of Pakistan’s military intelligence, was seen sipping tea at a Kabul hotel while engaging with Taliban leaders. This photo was broadly viewed as proof of Islamabad’s control over the group.',
      'Both parties subsequently reached an agreement for a truce on October 19, following discussions in the Qatari capital, Doha.',
    ],
    expected: {
      taliban: 7,
      'tehrik-i-taliban-pakistan': 4,
      pakistan: 4,
      afghanistan: 1,
      'durand-line': 1,
      khost: 1,
      jalalabad: 1,
      'abbas-basir': 1,
      'faiz-hameed': 1,
      kabul: 1,
      islamabad: 1,
      doha: 1,
    },
  },
  {
    // Mosaic (seed 003), the article without the appended unrelated one: "IS", "America", "U.S.", "U.S. Forces in Afghanistan".
    slug: 'mosaic-russia-taliban-alliance',
    source: 'mosaic',
    reportsOn: 'the-daily-beast',
    topics: seedTopics['003_266f4a5307a5aac3.txt'],
    paragraphs: [
      'Russia, after years of claiming that the West must not interfere with the Assad regime since it is fighting Islamic State (IS), is now attempting to apply the same logic to the Taliban. At a recent gathering in Moscow, Russian, Chinese, and Pakistani officials called on other countries to develop “flexible” policies toward the radical group, pushing it as the less “extremist” alternative. Russia’s real goal, writes Thomas Joscelyn, is to advance its fight against America and NATO:',
      '> [Contrary to Russian claims], the Taliban isn’t interested in “peace and security.” The jihadist group wants to win the Afghan war and it is using negotiations with regional and international powers to improve its standing. The Taliban has long manipulated “peace” negotiations with the U.S. and Western powers as a pretext for undoing international sanctions that limit the ability of its senior figures to travel abroad for lucrative fundraising and other purposes, even while offering no serious gestures toward peace. . . .',
      '> Russia is now enabling the Taliban’s disingenuous diplomacy by pretending that IS is the more worrisome threat. It’s a game the Russians have been playing for more than a year. Zamir Kabulov, who serves as Vladimir Putin’s special representative for Afghanistan, . . . even conceded that Russia and the Taliban have “channels for exchanging information.”',
      '> The American commanders leading the fight in Afghanistan don’t buy Russia’s argument—at all. During a press briefing on December 2, General John W. Nicholson Jr., the commander of NATO’s Resolute Support and U.S. Forces in Afghanistan, [declared that the] “public legitimacy that Russia lends to the Taliban is not based on fact, but it is used as a way to essentially undermine the Afghan government and the NATO effort and bolster the belligerents.” While Nicholson was careful not read too much into Russia’s motivation for backing the Taliban, he noted [that] “certainly there’s a competition with NATO.”',
    ],
    expected: {
      russia: 7,
      taliban: 7,
      nato: 4,
      'islamic-state': 3,
      afghanistan: 2,
      'united-states': 2,
      'john-nicholson': 2,
      'bashar-al-assad': 1,
      moscow: 1,
      'thomas-joscelyn': 1,
      'zamir-kabulov': 1,
      'vladimir-putin': 1,
      'resolute-support-mission': 1,
      'us-forces-afghanistan': 1,
    },
  },
  {
    // Eurasia Review (seed 004), excerpts: a possessive bare "Massoud’s" goes to the son.
    slug: 'eurasia-review-rising-shadows',
    source: 'eurasia-review',
    topics: seedTopics['004_c2e07f32a9b812f7.txt'],
    paragraphs: [
      'The rise of the Taliban to power in Afghanistan has sent shockwaves throughout South Asia, reverberating far beyond the borders of the war-torn nation. Ahmad Massoud, the leader of Afghanistan’s National Resistance Front, has warned of a growing threat that is now impossible to ignore—the resurgence of terrorism, particularly in Pakistan. This alarming trend is a direct consequence of the Taliban’s victory, which has emboldened extremist factions across the region.',
      'Massoud’s assertion that terrorist groups are modeling themselves after the Taliban is not just a statement of concern but a reflection of a grim reality.',
      'Regional stakeholders, including India, China, and Central Asian nations, must collaborate to ensure that the Taliban’s influence does not continue to inspire and support terrorist organizations.',
    ],
    expected: {
      taliban: 4,
      afghanistan: 2,
      'ahmad-massoud': 2,
      'south-asia': 1,
      'national-resistance-front': 1,
      pakistan: 1,
      india: 1,
      china: 1,
    },
  },
  {
    // An article about the father: the bare "Massoud" is his.
    slug: 'massoud-the-father',
    paragraphs: [
      'The elder Massoud received limited support from regional governments — Russia, India, Iran, and Tajikistan, for example — when he was fighting the Taliban in the late 1990s.',
      'Ahmad Shah Massoud was killed in 2001; Massoud had led the resistance from Panjshir.',
    ],
    expected: {'ahmad-shah-massoud': 3, russia: 1, india: 1, iran: 1, tajikistan: 1, taliban: 1, panjshir: 1},
  },
  {
    // A bare "Massoud" and neither Massoud otherwise named: counted for nobody.
    slug: 'massoud-unresolved',
    paragraphs: ['Still, neither Nabil nor Saifi think Massoud is hopeless, the Times reports.'],
    expected: {'rahmatullah-nabil': 1, 'hamid-saifi': 1, 'the-new-york-times': 1},
  },
  {
    // The same, with the son listed in front matter: the bare "Massoud" is his.
    slug: 'massoud-listed',
    actors: ['ahmad-massoud'],
    paragraphs: ['Still, neither Nabil nor Saifi think Massoud is hopeless, the Times reports.'],
    expected: {'ahmad-massoud': 1, 'rahmatullah-nabil': 1, 'hamid-saifi': 1, 'the-new-york-times': 1},
  },
  {
    // "IS" only as a capitalised whole word; "ISIS" is the group by its own alias; "is", "this", "crisis", "ISLE", "THIS" never.
    slug: 'islamic-state-names',
    paragraphs: [
      'Russia, after years of claiming that the West must not interfere with the Assad regime since it is fighting Islamic State (IS), is now attempting to apply the same logic to the Taliban.',
      'Russia is now enabling the Taliban’s disingenuous diplomacy by pretending that IS is the more worrisome threat.',
      'Reports also call the group ISIS, and this is its most common English name; crisis, ISLE and THIS are not.',
    ],
    expected: {'islamic-state': 4, russia: 2, taliban: 2, 'bashar-al-assad': 1},
  },
  {
    // "America", "U.S.", "US" and "US-backed" all count for the United States.
    slug: 'united-states-names',
    paragraphs: [
      'Russia’s real goal, writes Thomas Joscelyn, is to advance its fight against America and NATO.',
      'The Taliban has long manipulated “peace” negotiations with the U.S. and Western powers.',
      'The US military reacted to this “just political” support from Moscow by decrying it as unacceptable.',
      'These comments would have been unimaginable just a few months prior, particularly from someone who was previously recognized for their strong resistance against the group before the US-backed government in Afghanistan fell in 2021.',
    ],
    expected: {'united-states': 4, russia: 1, 'thomas-joscelyn': 1, nato: 1, taliban: 1, moscow: 1, afghanistan: 1},
  },
  {
    // Cyrillic aliases.
    slug: 'russian-names',
    language: 'ru',
    paragraphs: ['Москва и Талибан: Замир Кабулов признал, что Россия и «Талибан» обмениваются информацией.'],
    expected: {moscow: 1, taliban: 2, 'zamir-kabulov': 1, russia: 1},
  },
  {
    // Perso-Arabic (Dari) aliases, one with a zero-width non-joiner; the longest name wins.
    slug: 'dari-names',
    language: 'fa',
    paragraphs: [
      'احمد مسعود، پسر احمدشاه مسعود، رهبر جبهه مقاومت ملی افغانستان است و در پنجشیر با طالبان جنگید.',
      'رحمت\u200cالله نبیل رئیس پیشین ریاست عمومی امنیت ملی بود.',
    ],
    expected: {
      'ahmad-massoud': 1,
      'ahmad-shah-massoud': 1,
      'national-resistance-front': 1,
      panjshir: 1,
      taliban: 1,
      'rahmatullah-nabil': 1,
      'national-directorate-of-security': 1,
    },
  },
  {
    // Urdu: تحریک طالبان پاکستان is the TTP, not the Taliban nor Pakistan.
    slug: 'urdu-names',
    language: 'ur',
    paragraphs: ['پاکستان کا کہنا ہے کہ تحریک طالبان پاکستان کے جنگجو افغانستان سے حملے کرتے ہیں۔'],
    expected: {pakistan: 1, 'tehrik-i-taliban-pakistan': 1, afghanistan: 1},
  },
];

/** Names and aliases that only occur in the seeds' boilerplate (or are the articles' own authors and editors). */
const boilerplateOnly = [
  'Trump', 'Donald Trump', 'Hamas', 'Gaza', 'Gaza Strip', 'Houthi', 'Houthis', 'Prigozhin', 'Wagner',
  'Yoav Gallant', 'Gallant', 'Antony Blinken', 'Blinken', 'Lloyd Austin', 'Austin', 'Shay Shabtai', 'IDF',
  'Israel', 'West Bank', 'Iraq', 'Washington', 'BESA Center', 'Ukraine', 'Dagestan', 'Red Sea', 'Yemen',
  'Tuberville', 'ChatGPT', 'Studio Ghibli', 'Helen Garner', 'Occidental College', 'NYU', 'New York City',
  'The Week', 'Truthout', 'Daily Beast', 'The Daily Beast', 'Darko Janjevic', 'Hussain Sirat',
  "Tim O'Donnell", 'Ali Khan Bangash',
];

/** The one alias two actors share on purpose: decided per article. */
const deliberatelyShared: Record<string, string[]> = {Massoud: ['ahmad-massoud', 'ahmad-shah-massoud']};

/** A fixture as an article file. */
function articleFile(fixture: Fixture): string {
  const lines = ['---', `title: Fixture ${fixture.slug}`, 'date: 2021-08'];
  if (fixture.language !== undefined) lines.push(`language: ${fixture.language}`);
  if (fixture.source !== undefined) lines.push(`source: ${fixture.source}`);
  if (fixture.reportsOn !== undefined) lines.push(`reportsOn: ${fixture.reportsOn}`);
  if (fixture.topics !== undefined) lines.push(`topics: [${fixture.topics.join(', ')}]`);
  if (fixture.actors !== undefined) lines.push(`actors: [${fixture.actors.join(', ')}]`);
  lines.push('---', '', fixture.paragraphs.join('\n\n'), '');
  return lines.join('\n');
}

/** How the checker compares names: runs of white space as one space, curly apostrophes as straight. */
const nameKey = (name: string): string => name.replace(/\s+/g, ' ').replace(/[’ʼ]/g, "'");

let result: LoadResult;
let archive: Archive;

before(async () => {
  const dir = path.join(scratch, 'content');
  await mkdir(path.join(dir, 'articles'), {recursive: true});
  for (const item of ['site.yaml', 'actors', 'topics', 'sources']) {
    await cp(path.join(content, item), path.join(dir, item), {recursive: true});
  }
  for (const fixture of fixtures) await writeFile(path.join(dir, 'articles', `${fixture.slug}.md`), articleFile(fixture));
  result = await loadArchive(dir, {today: '2026-01-01'});
  assert.ok(result.archive !== undefined, result.report);
  archive = result.archive;
});

describe('mentions of the registry in fixture articles', () => {
  test('the fixtures load with no error and no warning but the deliberate shared alias', () => {
    const others = result.messages.filter((message) => !(message.ruleId === 'shared-alias' && message.message.includes('`Massoud`')));
    assert.deepEqual(others, []);
  });

  for (const fixture of fixtures) {
    test(`exact mention counts: ${fixture.slug}`, () => {
      const article = archive.articles.find((item) => item.slug === fixture.slug);
      assert.ok(article !== undefined, `no article ${fixture.slug}`);
      const counts = Object.fromEntries(article.actors.map((item) => [item.actor.id, item.count]));
      assert.deepEqual(counts, fixture.expected);
    });
  }

  test('"ISIS" is matched as its own alias, "IS" only as a capitalised whole word', () => {
    const matcher = createNameMatcher(archive.actors.map((actor) => ({id: actor.id, names: [actor.name, ...actor.aliases]})));
    const found = (text: string): [string, string[]][] => matcher.find(text).map((match) => [match.name, [...match.actors]]);
    assert.deepEqual(found('ISIS'), [['ISIS', ['islamic-state']]]);
    assert.deepEqual(found('(IS)'), [['IS', ['islamic-state']]]);
    assert.deepEqual(found('this is the crisis; Is it? ISLE, THIS, IS-'), [['IS', ['islamic-state']]]);
    assert.deepEqual(found('Tehrik-i-Taliban Pakistan’s'), [['Tehrik-i-Taliban Pakistan', ['tehrik-i-taliban-pakistan']]]);
    assert.deepEqual(found('the younger Massoud and The elder Massoud'), [
      ['the younger Massoud', ['ahmad-massoud']],
      ['The elder Massoud', ['ahmad-shah-massoud']],
    ]);
    assert.deepEqual(found('Kabulov in Kabul'), [
      ['Kabulov', ['zamir-kabulov']],
      ['Kabul', ['kabul']],
    ]);
  });
});

describe('the registry in content/', () => {
  test('every actor has a kind, a description and at least one alias', () => {
    assert.ok(archive.actors.length > 0);
    for (const actor of archive.actors) {
      assert.ok(['person', 'organization', 'country', 'place'].includes(actor.kind), `${actor.id}: kind ${actor.kind}`);
      assert.ok(actor.description.trim() !== '', `${actor.id}: no description`);
      assert.ok(actor.aliases.length >= 1, `${actor.id}: no alias`);
      assert.ok(actor.text.trim() !== '', `${actor.id}: no profile`);
    }
  });

  test('every affiliation in the actor files names an existing actor', async () => {
    const ids = new Set(archive.actors.map((actor) => actor.id as string));
    const files = (await readdir(path.join(content, 'actors'))).filter((file) => file.endsWith('.md'));
    assert.equal(files.length, ids.size);
    for (const file of files) {
      const text = await readFile(path.join(content, 'actors', file), 'utf8');
      const block = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1];
      assert.ok(block !== undefined, `${file}: no front matter`);
      const fields = parse(block) as {affiliations?: unknown};
      const affiliations = fields.affiliations ?? [];
      assert.ok(Array.isArray(affiliations), `${file}: affiliations is not a list`);
      for (const id of affiliations) assert.ok(ids.has(String(id)), `${file}: unknown affiliation ${String(id)}`);
      const actor = archive.actors.find((item) => `${item.id}.md` === file);
      assert.equal(actor?.affiliations.length, affiliations.length, `${file}: an affiliation was dropped`);
    }
  });

  test('no two actors share a name or alias except the deliberate ones', () => {
    const owners = new Map<string, string[]>();
    for (const actor of archive.actors) {
      for (const name of new Set([actor.name, ...actor.aliases].map(nameKey))) {
        owners.set(name, [...(owners.get(name) ?? []), actor.id]);
      }
    }
    const shared = Object.fromEntries([...owners].filter(([, ids]) => ids.length > 1).map(([name, ids]) => [name, [...ids].sort()]));
    assert.deepEqual(shared, deliberatelyShared);
  });

  test('no name that only occurs in boilerplate is an actor name or alias', () => {
    const names = new Map<string, string>();
    for (const actor of archive.actors) for (const name of [actor.name, ...actor.aliases]) names.set(name.toLowerCase(), actor.id);
    for (const name of boilerplateOnly) {
      assert.equal(names.get(name.toLowerCase()), undefined, `"${name}" is a name of ${names.get(name.toLowerCase())}`);
    }
  });

  test('no actor page would link demonyms: "Russian", "Pakistani", "Afghan" are no names', () => {
    const names = new Set(archive.actors.flatMap((actor) => [actor.name, ...actor.aliases]));
    for (const demonym of ['Russian', 'Russians', 'Pakistani', 'Afghan', 'Afghans', 'American', 'Chinese']) {
      assert.equal(names.has(demonym), false, demonym);
    }
  });

  test('topics: six, each with a title, a description and an introduction; every seed article gets two or more', () => {
    const topics = new Map(archive.topics.map((topic) => [topic.id as string, topic]));
    assert.deepEqual([...topics.keys()].sort(), [
      'afghanistan-pakistan-border',
      'anti-taliban-resistance',
      'recognition-of-the-taliban',
      'russia-and-the-taliban',
      'terrorism-in-the-region',
      'us-military-in-afghanistan',
    ]);
    for (const topic of topics.values()) {
      assert.ok(topic.description.trim() !== '' && topic.text.trim() !== '', topic.id);
    }
    for (const [seed, ids] of Object.entries(seedTopics)) {
      assert.ok(ids.length >= 2, seed);
      for (const id of ids) assert.ok(topics.has(id), `${seed}: unknown topic ${id}`);
    }
  });

  test('sources: the outlets of the seeds and the ones they report on, found by the manifest names', () => {
    const bare = (name: string): string => name.replace(/\s*\([^)]*\)/g, '').replace(/^The\s+/i, '').trim().toLowerCase();
    const byName = new Map(archive.sources.map((source) => [bare(source.name), source.id as string]));
    const manifest: Record<string, string> = {
      'The Week': 'the-week',
      Truthout: 'truthout',
      'DW (Deutsche Welle)': 'dw',
      Mosaic: 'mosaic',
      'Eurasia Review': 'eurasia-review',
      'The New York Times': 'the-new-york-times',
      'The Daily Beast (an essay by Thomas Joscelyn)': 'the-daily-beast',
    };
    for (const [name, id] of Object.entries(manifest)) assert.equal(byName.get(bare(name)), id, name);
    assert.equal(archive.sources.length, Object.keys(manifest).length);
    for (const source of archive.sources) {
      assert.ok(source.url?.startsWith('https://'), `${source.id}: url`);
      assert.ok(source.country !== undefined, `${source.id}: country`);
    }
  });
});
