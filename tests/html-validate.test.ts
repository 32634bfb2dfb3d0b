/**
 * Every HTML page the build writes is valid, accessible markup by
 * html-validate's recommended rules: for the fixture archives and for the
 * sample archive in `content/`.
 *
 * Only html-validate's Node API is used (its command line needs Node 22).
 */

import assert from 'node:assert/strict';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {HtmlValidate} from 'html-validate';
import {build} from '../src/build.ts';
import {listFiles} from '../src/util/folder.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-html-validate-'));
after(() => rm(scratch, {recursive: true, force: true}));

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Stylistic only: the doctype is case-insensitive (HTML § 13.1.1), and
    // the templates write the lower-case `<!doctype html>` that the HTML
    // standard's own examples use.
    'doctype-style': 'off',
    // An SEO heuristic, not validity: a page's title is the editor's headline
    // followed by the site's name, and headlines are often longer than 70
    // characters; shortening them would misquote the source.
    'long-title': 'off',
  },
});

/** The archives to build; fixtures with a fixed today, `content/` with the real one (as `npm run build` does). */
/** `everyKind`: the archive has every page kind (the image fixture has no actor), and each must be among the pages validated. */
const archives: readonly {readonly name: string; readonly contentDir: string; readonly today?: string; readonly pages: number; readonly everyKind: boolean}[] = [
  {name: 'the fixture archive', contentDir: 'tests/fixtures/archive/content', today: '2026-01-01', pages: 20, everyKind: true},
  {name: 'the search fixture archive', contentDir: 'tests/fixtures/search/content', today: '2026-01-01', pages: 20, everyKind: true},
  {name: 'the calendar fixture archive', contentDir: 'tests/fixtures/calendars/content', today: '2026-01-01', pages: 15, everyKind: false},
  {name: 'the image fixture archive', contentDir: 'tests/fixtures/images/content', today: '2026-01-01', pages: 12, everyKind: false},
  {name: 'the sample archive in content/', contentDir: 'content', pages: 20, everyKind: true},
];

for (const {name, contentDir, today, pages: atLeast, everyKind} of archives) {
  test(`every HTML page built from ${name} passes html-validate`, async () => {
    const out = path.join(scratch, contentDir.replace(/\W+/g, '-'));
    const result = await build({contentDir: path.join(root, contentDir), outputDir: out, ...(today === undefined ? {} : {today})});
    assert.equal(result.ok, true, result.report + (result.failure ?? ''));
    const pages = (await listFiles(out)).filter((file) => file.endsWith('.html'));
    assert.ok(pages.length >= atLeast, `only ${pages.length} HTML pages`);
    // Every page kind is among them.
    const kinds = {
      home: /^index\.html$/, '404': /^404\.html$/, search: /^search\/index\.html$/, article: /^articles\/[^/]+\/index\.html$/,
      timeline: /^timeline\/index\.html$/, 'timeline year': /^timeline\/\d{4}\/index\.html$/, topics: /^topics\/index\.html$/, topic: /^topics\/[^/]+\/index\.html$/,
      actors: /^actors\/index\.html$/, actor: /^actors\/[^/]+\/index\.html$/, sources: /^sources\/index\.html$/, source: /^sources\/[^/]+\/index\.html$/,
    };
    if (everyKind) assert.deepEqual(Object.entries(kinds).filter(([, pattern]) => !pages.some((page) => pattern.test(page))).map(([kind]) => kind), [], 'page kinds not validated');
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(await readFile(path.join(out, page), 'utf8'), page);
      for (const {messages} of report.results) {
        for (const message of messages) {
          problems.push(`${page}:${message.line}:${message.column}  ${message.severity === 2 ? 'error' : 'warning'}  ${message.message}  ${message.ruleId}`);
        }
      }
    }
    assert.deepEqual(problems, [], `html-validate found ${problems.length} problem(s):\n${problems.join('\n')}`);
  });
}
