/**
 * `tsx scripts/gen-corpus.ts --articles 10000 --out DIR [--seed 1]`
 *
 * Writes a deterministic synthetic archive for benchmarks: N articles of
 * realistic length and structure (mean about 720 words, paragraphs,
 * subheadings, YAML front matter with dates of every precision over 25
 * years), 300 actors with aliases in Latin, Cyrillic and Arabic script that
 * the articles mention, 40 topics and 20 sources. The same seed always gives
 * the same files. Content only: never commit a generated corpus.
 */

import {mkdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {seededRandom} from '../src/util/seeded-random.ts';

/** Options of `generateCorpus`. */
export interface CorpusOptions {
  readonly articles: number;
  readonly out: string;
  readonly seed?: number;
  readonly actors?: number;
  readonly topics?: number;
  readonly sources?: number;
}

const words = (
  'the of and to in a that is for on was with as by at from said government officials forces security talks province ' +
  'border region attack attacks troops military leaders peace agreement country people city district week year months ' +
  'report reports according statement minister spokesman police fighters group groups war ceasefire negotiations support ' +
  'international foreign aid economy trade refugees women schools rights elections council envoy delegation meeting ' +
  'visit capital officials said would could also after before during since while between against under over about ' +
  'new former senior local national regional political economic humanitarian military diplomatic several many some ' +
  'killed wounded arrested released announced rejected accused denied confirmed warned urged called agreed signed ' +
  'roads villages valley mountains highway airport base checkpoint market hospital university mosque bridge dam ' +
  'water power electricity prices wheat opium exports imports banks sanctions funds budget loans investment mining ' +
  'strategy pressure influence interests relations ties cooperation dialogue process plan proposal deal framework ' +
  'today yesterday earlier later recently still again further more less most least first second third last next'
).split(' ');

const firstNames = 'Ahmad Mohammad Abdul Hamid Karim Rahim Nasir Farid Jamil Khalid Omar Yusuf Zalmay Ashraf Amrullah Gulbuddin Ismail Atta Sher Najib Ivan Sergei Dmitri Alexei Nikolai Pavel Andrei Imran Nawaz Asim Qamar Bilal Shahid Tariq Sarah Maria Anna Elena Fatima Zahra Laila Malalai'.split(' ');
const lastNames = 'Rahimi Karimi Hakimi Noori Sadat Basir Taban Saifi Nabil Wardak Popal Stanekzai Mujahid Haqqani Baradar Akhund Lavrov Kabulov Zhirnov Volkov Petrov Orlov Sokolov Khan Sharif Bajwa Munir Qureshi Abbasi Hussain Chaudhry Malik Mirza Ansari Durrani Ghani Saleh Atmar Jalali'.split(' ');
const placeStems = 'Kunar Laghman Paktia Zabul Ghor Badakhshan Baghlan Takhar Faryab Jowzjan Sar-e Pul Uruzgan Daykundi Nuristan Logar Wardak Parwan Kapisa Samangan Balkh Herat Farah Nimruz Helmand Kandahar Paktika Khost Ghazni Bamyan Kunduz Quetta Peshawar Chaman Torkham Gwadar Dushanbe Tashkent Termez Ashgabat Mashhad Zahedan'.split(' ');
const orgStems = 'Council Front Movement Alliance Committee Commission Directorate Mission Agency Network Union Party Brigade Corps Authority Institute Foundation Office Ministry Assembly'.split(' ');

const cyrillic: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'к', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'дж', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о',
  p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', x: 'кс', y: 'й', z: 'з',
};
const arabic: Readonly<Record<string, string>> = {
  a: 'ا', b: 'ب', c: 'ک', d: 'د', e: 'ی', f: 'ف', g: 'گ', h: 'ه', i: 'ی', j: 'ج', k: 'ک', l: 'ل', m: 'م', n: 'ن', o: 'و',
  p: 'پ', q: 'ق', r: 'ر', s: 'س', t: 'ت', u: 'و', v: 'و', w: 'و', x: 'کس', y: 'ی', z: 'ز',
};

/** A rough transliteration, enough for distinct non-Latin aliases. */
function transliterate(name: string, table: Readonly<Record<string, string>>): string {
  return [...name.toLowerCase()].map((char) => table[char] ?? (char === ' ' ? ' ' : '')).join('').replace(/\s+/g, ' ').trim();
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const yaml = (text: string): string => JSON.stringify(text);

interface GeneratedActor {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly aliases: readonly string[];
  /** Forms used in article text. */
  readonly forms: readonly string[];
}

/** Generate the corpus into `options.out` (replaced if it exists). */
export async function generateCorpus(options: CorpusOptions): Promise<{files: number; words: number}> {
  const rand = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const between = (low: number, high: number): number => low + Math.floor(rand() * (high - low + 1));
  const out = path.resolve(options.out);
  await rm(out, {recursive: true, force: true});
  for (const folder of ['actors', 'topics', 'sources', 'articles']) await mkdir(path.join(out, folder), {recursive: true});
  let files = 0;
  const write = async (file: string, text: string): Promise<void> => {
    await mkdir(path.dirname(path.join(out, file)), {recursive: true});
    await writeFile(path.join(out, file), text);
    files++;
  };

  await write('site.yaml', 'title: Synthetic Archive\ndescription: A generated archive for benchmarks.\nbaseUrl: https://bench.example.org\nlanguage: en\n');

  // Actors: people, organisations, places and countries with distinct names.
  const actorCount = options.actors ?? 300;
  const actors: GeneratedActor[] = [];
  const used = new Set<string>();
  const claim = (name: string): boolean => {
    if (used.has(name)) return false;
    used.add(name);
    return true;
  };
  while (actors.length < actorCount) {
    const index = actors.length;
    const roll = index % 10;
    let name: string;
    let kind: string;
    const aliases: string[] = [];
    if (roll < 6) {
      kind = 'person';
      name = `${pick(firstNames)} ${pick(lastNames)}`;
      if (!claim(name)) continue;
      const title = pick(['Gen.', 'Minister', 'Commander', 'Ambassador', 'Governor']);
      aliases.push(`${title} ${name}`);
    } else if (roll < 8) {
      kind = 'organization';
      name = `${pick(placeStems)} ${pick(orgStems)}`;
      if (!claim(name)) continue;
      const acronym = name.split(/\s+/).map((word) => word[0]).join('').toUpperCase() + String(index);
      aliases.push(acronym);
    } else {
      kind = roll === 8 ? 'place' : 'country';
      name = `${pick(placeStems)}${kind === 'country' ? 'stan' : ''} ${index}`.replace(/ \d+$/, (digits) => ` ${pick(['Valley', 'Pass', 'Plain', 'Ridge', 'Basin'])}${digits.trim()}`);
      if (!claim(name)) continue;
    }
    aliases.push(transliterate(name, index % 2 === 0 ? cyrillic : arabic));
    const id = `${slug(name)}-${index}`;
    actors.push({id, name, kind, aliases, forms: [name, ...aliases.slice(0, 1)]});
    await write(
      `actors/${id}.md`,
      `---\nname: ${yaml(name)}\nkind: ${kind}\naliases:\n${aliases.map((alias) => `  - ${yaml(alias)}`).join('\n')}\ndescription: ${yaml(`A ${kind} in the synthetic archive`)}\n---\n\n${name} is a generated ${kind} for benchmarks.\n`,
    );
  }

  const topicIds: string[] = [];
  for (let index = 0; index < (options.topics ?? 40); index++) {
    const id = `topic-${index + 1}`;
    topicIds.push(id);
    await write(`topics/${id}.md`, `---\ntitle: ${yaml(`Topic ${index + 1}: ${pick(words)} ${pick(words)}`)}\ndescription: A generated topic.\n---\n\nArticles on a generated theme.\n`);
  }
  const sourceIds: string[] = [];
  for (let index = 0; index < (options.sources ?? 20); index++) {
    const id = `source-${index + 1}`;
    sourceIds.push(id);
    await write(`sources/${id}.md`, `---\nname: ${yaml(`Source ${index + 1}`)}\nurl: https://source${index + 1}.example.org\n---\n`);
  }

  let totalWords = 0;
  const sentence = (cast: readonly GeneratedActor[]): string => {
    const length = between(10, 26);
    const parts: string[] = [];
    for (let index = 0; index < length; index++) parts.push(pick(words));
    if (cast.length > 0 && rand() < 0.45) {
      const actor = pick(cast);
      const form = pick(actor.forms);
      parts.splice(between(0, parts.length - 1), 0, rand() < 0.15 ? `${form}'s` : form);
    }
    totalWords += parts.length;
    const text = parts.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${pick(['.', '.', '.', '.', '?', '.'])}`;
  };

  for (let index = 0; index < options.articles; index++) {
    const year = 2000 + Math.floor(rand() * 25);
    const month = between(1, 12);
    const day = between(1, 28);
    const precision = rand();
    const date = precision < 0.05 ? `${year}` : precision < 0.2 ? `${year}-${String(month).padStart(2, '0')}` : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const cast = Array.from({length: between(2, 7)}, () => pick(actors));
    const titleWords = Array.from({length: between(5, 11)}, () => pick(words));
    const lead = cast[0];
    if (lead !== undefined) titleWords.splice(1, 0, lead.name);
    const title = `${titleWords.join(' ').charAt(0).toUpperCase()}${titleWords.join(' ').slice(1)}`;
    const articleTopics = [...new Set([pick(topicIds), pick(topicIds), ...(rand() < 0.3 ? [pick(topicIds)] : [])])];
    const paragraphs: string[] = [];
    const count = between(8, 15);
    for (let paragraph = 0; paragraph < count; paragraph++) {
      if (paragraph > 1 && rand() < 0.12) paragraphs.push(`## ${pick(words).replace(/^./, (c) => c.toUpperCase())} ${pick(words)} ${pick(words)}`);
      paragraphs.push(Array.from({length: between(2, 5)}, () => sentence(cast)).join(' '));
    }
    const front = [
      '---',
      `title: ${yaml(title)}`,
      `date: ${yaml(date)}`,
      `source: ${pick(sourceIds)}`,
      `url: https://example.org/story/${index + 1}`,
      `authors: [${yaml(`${pick(firstNames)} ${pick(lastNames)}`)}]`,
      `topics: [${articleTopics.join(', ')}]`,
      '---',
      '',
    ];
    await write(`articles/${year}/article-${index + 1}.md`, `${front.join('\n')}${paragraphs.join('\n\n')}\n`);
  }
  return {files, words: totalWords};
}

async function main(): Promise<void> {
  const {values} = parseArgs({options: {articles: {type: 'string'}, out: {type: 'string'}, seed: {type: 'string'}}});
  const articles = Number(values.articles ?? '1000');
  if (!Number.isInteger(articles) || articles < 1) throw new Error('`--articles` must be a positive whole number.');
  if (values.out === undefined) throw new Error('`--out DIR` is required: where to write the corpus (it is replaced).');
  const result = await generateCorpus({articles, out: values.out, seed: Number(values.seed ?? '1')});
  process.stdout.write(`Wrote ${result.files} files to ${values.out}: ${articles} articles, about ${Math.round(result.words / articles)} words each.\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
