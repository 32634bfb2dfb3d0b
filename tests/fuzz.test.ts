/**
 * Property-based tests (fast-check) of reading content files. Articles,
 * actors, topics, sources and `site.yaml` are assembled from pieces both
 * valid and broken: text in every script and direction, very long lines,
 * deep nesting, raw HTML, YAML anchors and aliases (a "billion laughs"
 * among them), wrong types in every field, bytes that are not UTF-8, control
 * characters, byte-order marks and CRLF. For every file:
 *
 * - reading it never throws (an editor never sees a stack trace);
 * - it takes bounded time (no hang);
 * - every message names a rule and a line inside the file;
 * - a file built from valid pieces only gets no error.
 *
 * 2,000 cases by default (half valid, half broken); `FUZZ_RUNS=20000` runs more, and
 * `FUZZ_SEED=…` replays a run. A failing case is printed as a file, with a
 * command that writes it byte for byte, ready to add to `content/`.
 */

import assert from 'node:assert/strict';
import {test} from 'node:test';
import fc from 'fast-check';
import {VFile} from 'vfile';
import {decodeContent} from '../src/content/decode.ts';
import {referenceKind} from '../src/content/fields.ts';
import {readActor, readSource, readTopic} from '../src/content/registry-entries.ts';
import {isRuleId, rules} from '../src/content/rules.ts';
import {readSite} from '../src/content/site-config.ts';
import {processArticle, type ProcessSettings} from '../src/process/article.ts';
import {defaultLanguage} from '../src/model/language.ts';
import {englishInterface} from '../src/i18n/catalogue.ts';

/** Cases in all, half for each property. */
const runs = Number(process.env['FUZZ_RUNS'] ?? 2000);
const seed = process.env['FUZZ_SEED'] === undefined ? undefined : Number(process.env['FUZZ_SEED']);
/** The most one file may take: generous, since machines are shared (the slowest shapes take a few seconds under load); a hang takes minutes. */
const perFileMs = 30_000;

const ids = {topics: ['resistance', 'border'], actors: ['taliban', 'ahmad-massoud'], sources: ['example-wire']};
const settings: ProcessSettings = {
  defaultLanguage,
  topicIds: ids.topics,
  actorIds: ids.actors,
  sourceIds: ids.sources,
  actors: [
    {id: 'taliban' as never, names: ['Taliban', 'طالبان', 'Талибан']},
    {id: 'ahmad-massoud' as never, names: ['Ahmad Massoud', 'احمد مسعود']},
  ],
  people: ['ahmad-massoud' as never],
  ui: englishInterface,
  pathPrefix: '/',
  advice: true,
};
const actorKind = referenceKind('actor', ids.actors);

// ---------- Text in every script and direction ----------

const alphabets = [
  'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ',
  'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیۀ',
  'ټډړږښګڼۍې',
  'ٹڈڑںھےۓ',
  'абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГД',
  'אבגדהוזחטיכלמנסעפצקרשת',
  '漢字かなカナ한국어',
  'अआइईउकखगघ',
  '0123456789',
  '😀🇦🇫👩‍👩‍👧🏳️‍🌈',
  '\u200f\u200e\u202b\u202c\u2066\u2069\u0301\u064b',
];
const word = fc.constantFrom(...alphabets).chain((alphabet) => fc.string({unit: fc.constantFrom(...[...alphabet].filter((c) => c !== ' ')), minLength: 1, maxLength: 12}));
const words = fc.array(word, {minLength: 1, maxLength: 12}).map((list) => list.join(' '));
/** Text as a YAML value: quoted by JSON, which YAML reads as a double-quoted string. */
const quoted = words.map((text) => JSON.stringify(text));

// ---------- Valid pieces ----------

const pad = (value: number): string => String(value).padStart(2, '0');
const validDate = fc.oneof(
  fc.integer({min: 1900, max: 2025}).map(String),
  fc.tuple(fc.integer({min: 1900, max: 2025}), fc.integer({min: 1, max: 12})).map(([y, m]) => `${y}-${pad(m)}`),
  fc.tuple(fc.integer({min: 1900, max: 2025}), fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 28})).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  fc.tuple(fc.integer({min: 1900, max: 2025}), fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 28}), fc.integer({min: 0, max: 23})).map(([y, m, d, h]) => `${y}-${pad(m)}-${pad(d)}T${pad(h)}:30:00Z`),
);
const validLanguage = fc.constantFrom('en', 'fa', 'fa-AF', 'ps', 'ur', 'ru', 'ar', 'pt-BR');
const validUrl = fc.constantFrom('https://www.dw.com/en/taliban/a-1', 'https://example.org/a?b=c&d=%20', 'http://news.example/2021/08/15/');

const markdownBlock = fc.oneof(
  {arbitrary: words, weight: 25},
  words.map((text) => `## ${text}`),
  fc.array(words, {minLength: 1, maxLength: 4}).map((items) => items.map((item) => `- ${item}`).join('\n')),
  fc.array(words, {minLength: 1, maxLength: 4}).map((items) => items.map((item, index) => `${index + 1}. ${item}`).join('\n')),
  fc.tuple(fc.integer({min: 1, max: 5}), words).map(([depth, text]) => `${'> '.repeat(depth)}${text}`),
  words.map((text) => `*${text}* and **${text}** and \`${text}\``),
  fc.tuple(words, validUrl).map(([text, url]) => `[${text}](${url}) and <${url}>`),
  fc.tuple(words, words).map(([a, b]) => `| ${a} | ${b} |\n| --- | --- |\n| ${b} | ${a} |`),
  words.map((text) => `<b onclick="alert(1)">${text}</b><script>alert(1)</script>`),
  // A long line (well inside the paragraph limit).
  {arbitrary: fc.tuple(words, fc.integer({min: 1000, max: 20_000})).map(([text, length]) => `${text} `.repeat(Math.ceil(length / (text.length + 1))).trim()), weight: 1},
  words.map((text) => `Taliban, طالبان and Ahmad Massoud: ${text}`),
);
const validBody = fc.array(markdownBlock, {minLength: 1, maxLength: 8}).map((blocks) => `${blocks.join('\n\n')}\n`);

const validArticleFields = fc.record(
  {
    title: quoted,
    date: validDate,
    source: fc.constantFrom(...ids.sources),
    url: validUrl,
    authors: fc.array(quoted, {maxLength: 3}).map((list) => `[${list.join(', ')}]`),
    language: validLanguage,
    topics: fc.subarray(ids.topics).map((list) => `[${list.join(', ')}]`),
    actors: fc.subarray(ids.actors).map((list) => `[${list.join(', ')}]`),
    summary: quoted,
    draft: fc.boolean().map(String),
  },
  {requiredKeys: ['title', 'date']},
);
const validArticle = fc.tuple(validArticleFields, validBody).map(([fields, body]) => `---\n${yamlLines(fields)}---\n\n${body}`);

const validActor = fc
  .record(
    {
      name: quoted,
      kind: fc.constantFrom('person', 'organization', 'country', 'place'),
      aliases: fc.array(quoted, {maxLength: 4}).map((list) => `[${list.join(', ')}]`),
      description: quoted,
      wikidata: fc.integer({min: 1, max: 99_999_999}).map((n) => `Q${n}`),
    },
    {requiredKeys: ['name', 'kind']},
  )
  .chain((fields) => fc.option(validBody, {nil: ''}).map((body) => `---\n${yamlLines(fields)}---\n\n${body}`));
const validTopic = fc.tuple(quoted, fc.option(quoted, {nil: undefined}), validBody).map(([title, description, body]) => `---\ntitle: ${title}\n${description === undefined ? '' : `description: ${description}\n`}---\n\n${body}`);
const validSource = fc.tuple(quoted, fc.option(validUrl, {nil: undefined})).map(([name, url]) => `---\nname: ${name}\n${url === undefined ? '' : `url: ${url}\n`}---\n`);
const validSite = fc.tuple(quoted, validLanguage).map(([title, language]) => `title: ${title}\nbaseUrl: https://archive.example.org\nlanguage: ${language}\n`);

/** `key: value` lines in the order given. */
function yamlLines(fields: Readonly<Record<string, string | undefined>>): string {
  return Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}: ${value}\n`)
    .join('');
}

// ---------- Broken pieces ----------

const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index] ?? 'a'}`).join(',')}]`)].join('\n');
const anyValue = fc.oneof(
  quoted,
  words,
  fc.integer().map(String),
  fc.double({noNaN: false}).map(String),
  fc.constantFrom('true', 'false', 'null', '~', '', '[]', '{}', '[a, [b, [c]]]', '{a: 1, b: [2]}', '!!binary aGk=', '*undefined', '&anchor value', '"unclosed', "'unclosed", '[unclosed', '{unclosed: 1', '- in a list', '|\n  block text', '>-\n  folded text'),
  validDate,
  fc.constantFrom('2021-02-30', '2021-13', '21-08-15', '15/08/2021', '2021-08-15T25:00', 'August 2021', '0999'),
  fc.integer({min: 65, max: 10_000}).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.integer({min: 65, max: 2_000}).map((depth) => `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`),
);
const fieldName = fc.constantFrom('title', 'date', 'source', 'reportsOn', 'url', 'authors', 'author', 'editors', 'genre', 'language', 'topics', 'actors', 'summary', 'slug', 'draft', 'name', 'kind', 'aliases', 'description', 'affiliations', 'wikidata', 'baseUrl', 'pathPrefix', 'searchShardPages', 'titel', 'x y', '"quoted key"', '? complex', '<<');
const brokenYaml = fc
  .array(
    fc.oneof(
      fc.tuple(fieldName, anyValue).map(([key, value]) => `${key}: ${value}`),
      fc.tuple(fieldName, anyValue).map(([key, value]) => `${key}:\n\t- ${value}`),
      fc.tuple(fieldName, fc.array(anyValue, {maxLength: 3})).map(([key, values]) => `${key}:\n${values.map((value) => `  - ${value}`).join('\n')}`),
      fc.constant(laughs),
      fc.constant('x: &x [1, 2]\ny: *x\nz: [*x, *x]'),
      fc.constant('title: a\ntitle: b'),
      fc.constantFrom('%YAML 1.2', '--- !tag', '...', '# a comment', '  indented: wrongly', ': no key', '@reserved', '`backtick`'),
    ),
    {maxLength: 10},
  )
  .map((lines) => lines.join('\n'));
const brokenBlock = fc.oneof(
  {arbitrary: markdownBlock, weight: 14},
  fc.constantFrom('', '---', '***', '```', '~~~js', '<!-- unclosed', '<div>', '[ref]: <', '|a|\n|-|'),
  fc.integer({min: 10, max: 10_000}).map((depth) => `${'> '.repeat(depth)}deep`),
  fc.integer({min: 10, max: 10_000}).map((depth) => `${'- '.repeat(depth)}deep`),
  fc.integer({min: 10, max: 3_000}).map((depth) => `${'> - 1. '.repeat(depth)}deep`),
  fc.integer({min: 10, max: 10_000}).map((depth) => `${'*'.repeat(depth)}x${'_'.repeat(depth)}`),
  fc.integer({min: 10, max: 300}).map((depth) => `${'['.repeat(depth)}x${'](https://a.example)'.repeat(depth)}`),
  fc.integer({min: 10, max: 150}).map((depth) => Array.from({length: depth}, (_, index) => `${' '.repeat(2 * index)}- item`).join('\n')),
  // Very long lines and paragraphs: past the limit (refused at once), or far inside it.
  fc.oneof(fc.integer({min: 100_001, max: 150_000}), fc.integer({min: 1_000, max: 5_000})).map((length) => 'x'.repeat(length)),
  fc.oneof(fc.integer({min: 1_700, max: 3_000}), fc.integer({min: 10, max: 50})).map((lines) => Array.from({length: lines}, (_, index) => `line ${index} https://a.example/${index} www.example.org a@b.example`).join('\n')),
);
const brokenText = fc.oneof(
  fc.tuple(brokenYaml, fc.array(brokenBlock, {maxLength: 4})).map(([yaml, blocks]) => `---\n${yaml}\n---\n\n${blocks.join('\n\n')}\n`),
  fc.tuple(validArticleFields, fc.array(brokenBlock, {maxLength: 4})).map(([fields, blocks]) => `---\n${yamlLines(fields)}---\n\n${blocks.join('\n\n')}\n`),
  fc.tuple(brokenYaml, words).map(([yaml, body]) => `---\n${yaml}\n${body}`),
  fc.tuple(brokenYaml, words).map(([yaml, body]) => `${yaml}\n---\n${body}`),
  brokenYaml,
  fc.array(brokenBlock, {maxLength: 4}).map((blocks) => blocks.join('\n')),
);

/** Bytes of `text`, broken at random: bad UTF-8, control characters, a BOM, CRLF line ends. */
const brokenBytes = (text: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> =>
  fc
    .tuple(
      text,
      fc.boolean(),
      fc.boolean(),
      fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(0x00, 0x01, 0x08, 0x0b, 0x0c, 0x1b, 0x7f, 0x80, 0xc0, 0xc3, 0xed, 0xf4, 0xf8, 0xfe, 0xff), fc.integer({min: 0, max: 255}))), {maxLength: 4}),
    )
    .map(([value, bom, crlf, insertions]) => {
      const bytes = [...Buffer.from(crlf ? value.replace(/\n/g, '\r\n') : value, 'utf8')];
      for (const [at, byte] of insertions) bytes.splice(bytes.length === 0 ? 0 : at % bytes.length, 0, byte);
      return Uint8Array.from(bom ? [0xef, 0xbb, 0xbf, ...bytes] : bytes);
    });

// ---------- Reading a file ----------

type Kind = 'article' | 'actor' | 'topic' | 'source' | 'site';
const paths: Readonly<Record<Kind, string>> = {
  article: 'content/articles/2021/fuzz.md',
  actor: 'content/actors/taliban.md',
  topic: 'content/topics/resistance.md',
  source: 'content/sources/example-wire.md',
  site: 'content/site.yaml',
};

/** A found message, as plain data. */
interface Found {
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly ruleId: string | undefined;
  readonly error: boolean;
  readonly reason: string;
}

/** Read `bytes` as a file of `kind` the way the build does; every message, and the decoded text. */
function readCase(kind: Kind, bytes: Uint8Array): {readonly found: readonly Found[]; readonly text: string} {
  const file = new VFile({path: paths[kind]});
  const text = decodeContent(bytes, file);
  file.value = text;
  const content = {file, contentPath: paths[kind].replace(/^content\//, ''), name: kind === 'article' ? 'fuzz' : (paths[kind].split('/').at(-1) ?? '').replace(/\.md$/, ''), readable: true};
  const found: Found[] = [];
  if (kind === 'article') {
    const processed = processArticle({contentPath: content.contentPath, reportPath: file.path, name: content.name, text}, settings);
    for (const message of processed.messages) {
      found.push({line: message.place?.start.line, column: message.place?.start.column, ruleId: message.ruleId, error: rules[message.ruleId] === 'error', reason: message.reason});
    }
  } else if (kind === 'actor') readActor(content, actorKind);
  else if (kind === 'topic') readTopic(content);
  else if (kind === 'source') readSource(content);
  else readSite(file, {});
  for (const message of file.messages) {
    found.push({line: message.line ?? undefined, column: message.column ?? undefined, ruleId: message.ruleId ?? undefined, error: message.fatal === true, reason: message.reason});
  }
  return {found, text};
}

/** What is wrong with reading `bytes` as `kind`, or `undefined`. `valid` files must get no error. */
function problemOf(kind: Kind, bytes: Uint8Array, valid: boolean): string | undefined {
  const started = performance.now();
  let result;
  try {
    result = readCase(kind, bytes);
  } catch (error) {
    return `reading threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  }
  const ms = performance.now() - started;
  if (ms > perFileMs) return `reading took ${Math.round(ms)} ms (more than ${perFileMs} ms)`;
  const lines = result.text.split('\n').length;
  for (const message of result.found) {
    const where = `${paths[kind]}:${String(message.line)}:${String(message.column)}  ${message.reason}  ${String(message.ruleId)}`;
    if (!isRuleId(message.ruleId)) return `a message without a known rule id: ${where}`;
    if (message.line === undefined || message.line < 1 || message.line > lines) return `a message outside the file's ${lines} lines: ${where}`;
    if (message.column === undefined || message.column < 1) return `a message without a column: ${where}`;
    if (message.reason.includes('\n    at ')) return `a stack trace in a message: ${where}`;
    if (valid && message.error) return `an error on a valid file: ${where}`;
  }
  return undefined;
}

/** Check `property` over `cases`; on failure print the case as a file one can save, and fail. */
function checkProperty(name: string, cases: fc.Arbitrary<{readonly kind: Kind; readonly bytes: Uint8Array}>, valid: boolean): void {
  const started = performance.now();
  // The problem of the last failing case: fast-check reports the last one it shrank to.
  let lastProblem = '';
  const result = fc.check(
    fc.property(cases, ({kind, bytes}) => {
      const problem = problemOf(kind, bytes, valid);
      if (problem !== undefined) lastProblem = problem;
      return problem === undefined;
    }),
    // Shrinking a slow case can take long: after 4 minutes the smallest case found so far is reported.
    {numRuns: Math.ceil(runs / 2), interruptAfterTimeLimit: 240_000, ...(seed === undefined ? {} : {seed})},
  );
  process.stdout.write(`# ${name}: ${result.numRuns} cases in ${Math.round(performance.now() - started)} ms (seed ${result.seed})\n`);
  if (!result.failed) return;
  const [counterexample] = result.counterexample ?? [];
  if (counterexample === undefined) assert.fail(`${name}: failed without a counterexample: ${String(result.errorInstance)}`);
  const {kind, bytes} = counterexample;
  const file = paths[kind];
  const problem = lastProblem || String(result.errorInstance);
  const text = Buffer.from(bytes).toString('utf8');
  assert.fail(
    [
      `${name}: ${problem}`,
      `Replay with FUZZ_SEED=${result.seed}. The failing file (${bytes.length} bytes), to save it byte for byte:`,
      '',
      `  mkdir -p ${file.replace(/\/[^/]+$/, '')} && echo '${Buffer.from(bytes).toString('base64')}' | base64 -d > ${file}`,
      '',
      `--- ${file} (as text) ---`,
      text.length > 4000 ? `${text.slice(0, 4000)}\n… (${text.length - 4000} more characters)` : text,
      '--- end ---',
    ].join('\n'),
  );
}

const utf8 = (text: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> => text.map((value) => Uint8Array.from(Buffer.from(value, 'utf8')));

test(`valid files get no error (${Math.ceil(runs / 2)} cases)`, {timeout: 600_000}, () => {
  checkProperty(
    'valid files',
    fc.oneof(
      fc.record({kind: fc.constant<Kind>('article'), bytes: utf8(validArticle)}),
      fc.record({kind: fc.constant<Kind>('article'), bytes: validArticle.map((text) => Uint8Array.from(Buffer.from(`\uFEFF${text.replace(/\n/g, '\r\n')}`, 'utf8')))}),
      fc.record({kind: fc.constant<Kind>('actor'), bytes: utf8(validActor)}),
      fc.record({kind: fc.constant<Kind>('topic'), bytes: utf8(validTopic)}),
      fc.record({kind: fc.constant<Kind>('source'), bytes: utf8(validSource)}),
      fc.record({kind: fc.constant<Kind>('site'), bytes: utf8(validSite)}),
    ),
    true,
  );
});

test(`broken files: no throw, no hang, every message located in the file (${Math.ceil(runs / 2)} cases)`, {timeout: 600_000}, () => {
  checkProperty(
    'broken files',
    fc.record({
      kind: fc.constantFrom<Kind>('article', 'article', 'article', 'actor', 'topic', 'source', 'site'),
      bytes: brokenBytes(brokenText),
    }),
    false,
  );
});
