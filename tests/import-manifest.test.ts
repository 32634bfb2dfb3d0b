/**
 * The import manifest reader: entries as written (dates at their
 * precision), and every problem reported at once, one line each, with the
 * entry and its line.
 */

import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {ManifestError, parseManifest} from '../src/import/manifest.ts';

const problems = (text: string): readonly string[] => {
  try {
    parseManifest(text, 'manifest.yaml');
  } catch (error) {
    if (error instanceof ManifestError) return error.problems;
    throw error;
  }
  assert.fail('expected a ManifestError');
};

describe('reading a manifest', () => {
  test('every field, dates kept at their precision', () => {
    const entries = parseManifest(
      `# Comments are fine.
- file: a.txt
  title: "Afghanistan's anti-Taliban resistance: a quest for support"
  source: The Week
  source_url: https://theweek.com
  url: https://theweek.com/afghanistan/1
  authors: [Tim O'Donnell]
  date: 2021-08
  reports_on: The New York Times
- file: b.txt
  title: Afghan Taliban see popularity boost
  source: DW (Deutsche Welle)
  authors: [Hussain Sirat]
  editors: [Darko Janjevic]
  date: 2025-12-04
  note: checked against the publisher's page
- file: c.txt
  title: Rising Shadows
  author: Ali Khan Bangash
  kind: opinion
  topics: [peace-talks]
  slug: rising-shadows
  date: 2024
`,
      'manifest.yaml',
    );
    assert.deepEqual(entries, [
      {
        file: 'a.txt',
        title: "Afghanistan's anti-Taliban resistance: a quest for support",
        date: '2021-08',
        source: 'The Week',
        sourceUrl: 'https://theweek.com',
        url: 'https://theweek.com/afghanistan/1',
        authors: ["Tim O'Donnell"],
        editors: [],
        reportsOn: 'The New York Times',
        topics: [],
        line: 2,
      },
      {
        file: 'b.txt',
        title: 'Afghan Taliban see popularity boost',
        date: '2025-12-04',
        source: 'DW (Deutsche Welle)',
        authors: ['Hussain Sirat'],
        editors: ['Darko Janjevic'],
        topics: [],
        note: "checked against the publisher's page",
        line: 10,
      },
      {file: 'c.txt', title: 'Rising Shadows', date: '2024', authors: ['Ali Khan Bangash'], editors: [], genre: 'opinion', topics: ['peace-talks'], slug: 'rising-shadows', line: 17},
    ]);
  });

  test('every problem, one line each, naming the entry and its line', () => {
    assert.deepEqual(
      problems(`- file: a.txt
  title: One
  date: 2021-13
  url: theweek.com/x
  athors: [Someone]
- title: Two
  date: 2021
- file: a.txt
  title: Three
- file: d.txt
  title: 1979
  date: 1979
  authors: [Jane, 3]
`),
      [
        'manifest.yaml:5: entry 1: unknown field `athors`, expected one of `file`, `title`, `date`, `source`, `source_url`, `url`, `authors`, `author`, `editors`, `reports_on`, `kind`, `topics`, `note`, `slug` (did you mean `authors`?).',
        'manifest.yaml:3: entry 1: `date` `2021-13` is not a date: the month `13` is not between `01` and `12`.',
        'manifest.yaml:4: entry 1: `url` `theweek.com/x` is not an absolute http(s) URL.',
        'manifest.yaml:6: entry 2: `file` is missing or empty; every entry needs one.',
        'manifest.yaml:8: entry 3: `date` is missing; write what is known: `2021`, `2021-08` or `2021-08-15`.',
        'manifest.yaml:8: entry 3: `a.txt` is already listed in entry 1.',
        'manifest.yaml:11: entry 4: `title` must be text; put it in quotes.',
        'manifest.yaml:13: entry 4: `authors` must be a list of names, such as `authors: [Jane Doe]`.',
      ],
    );
  });

  test('a manifest that is not a list, or not YAML', () => {
    assert.deepEqual(problems('file: a.txt\ntitle: One\n'), ['manifest.yaml:1: the manifest must be a list of entries, each starting with `- file: …`.']);
    const [syntax] = problems('- file: a.txt\n  title: Kabul: the last day\n  date: 2021\n');
    assert.match(syntax ?? '', /^manifest\.yaml:2: not valid YAML: /u);
    assert.deepEqual(problems('[]\n'), ['manifest.yaml:1: the manifest lists no entries.']);
  });
});
