/**
 * Every rule id of `src/content/rules.ts` is documented in
 * `docs/content-format.md` (section "Rules": its severity, an example message
 * and the fix) and reported by at least one case of `tests/fixtures/errors/`;
 * and the documentation's examples are messages those cases really report.
 */

import assert from 'node:assert/strict';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {isRuleId, ruleIds, rules, type RuleId} from '../src/content/rules.ts';

const fixtures = fileURLToPath(new URL('fixtures/errors/', import.meta.url));
const docsFile = fileURLToPath(new URL('../docs/content-format.md', import.meta.url));

/** One reported line: `path:line:col  severity  message  rule-id`. */
const reportLine = /^(\S.*?:\d+:\d+) {2}(error|warning) {2}(.*) {2}([a-z]+(?:-[a-z]+)*)$/;

/** Every line of every case's `expected.txt`, by the rule id it ends with. */
async function fixtureLines(): Promise<Map<string, string[]>> {
  const byRule = new Map<string, string[]>();
  for (const entry of await readdir(fixtures, {withFileTypes: true})) {
    if (!entry.isDirectory() || entry.name.startsWith('_')) continue;
    const report = await readFile(path.join(fixtures, entry.name, 'expected.txt'), 'utf8');
    for (const line of report.split('\n')) {
      const rule = reportLine.exec(line)?.[4];
      if (rule !== undefined) byRule.set(rule, [...(byRule.get(rule) ?? []), line]);
    }
  }
  return byRule;
}

/** The entries of the documentation's "Rules" section, by the rule id of their heading. */
async function documentedRules(): Promise<Map<string, string>> {
  const text = await readFile(docsFile, 'utf8');
  const section = /^## \d+\. Rules\n([\s\S]*?)(?=^## )/m.exec(text)?.[1];
  assert.ok(section !== undefined, 'docs/content-format.md has a section "Rules"');
  const entries = new Map<string, string>();
  for (const part of section.split(/^(?=### )/m).slice(1)) {
    const id = /^### `([^`]+)`\n/.exec(part)?.[1];
    assert.ok(id !== undefined, `a rule heading is \`### \\\`rule-id\\\`\`: ${part.split('\n')[0] ?? ''}`);
    assert.ok(!entries.has(id), `\`${id}\` is documented once`);
    entries.set(id, part);
  }
  return entries;
}

test('every rule id is a stable kebab-case name', () => {
  assert.ok(ruleIds.length > 20, `${ruleIds.length} rules`);
  for (const id of ruleIds) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
  assert.equal(isRuleId('content'), false);
  assert.equal(isRuleId('toString'), false);
});

test('every rule id is reported by a case in tests/fixtures/errors/, with its own severity', async () => {
  const lines = await fixtureLines();
  const missing = ruleIds.filter((id) => !lines.has(id));
  assert.deepEqual(missing, [], `rules with no case in tests/fixtures/errors/: add a case folder whose report has them`);
  for (const [rule, list] of lines) {
    assert.ok(isRuleId(rule), `\`${rule}\` in a fixture report is a rule of src/content/rules.ts`);
    for (const line of list) assert.equal(reportLine.exec(line)?.[2], rules[rule], line);
  }
});

test('every rule id is documented in docs/content-format.md, with its severity, a real example and the fix', async () => {
  const entries = await documentedRules();
  const lines = await fixtureLines();
  assert.deepEqual([...entries.keys()].filter((id) => !isRuleId(id)), [], 'documented rules that do not exist');
  assert.deepEqual(ruleIds.filter((id) => !entries.has(id)), [], 'rules with no entry under "Rules" in docs/content-format.md');
  for (const [id, entry] of entries) {
    if (!isRuleId(id)) continue;
    const rule: RuleId = id;
    const severity = rules[rule] === 'error' ? 'Error' : 'Warning';
    assert.match(entry, new RegExp(`^\\*\\*${severity}[.*]`, 'm'), `\`${rule}\` says it is a ${rules[rule]}`);
    assert.match(entry, /^\*\*Fix:\*\* \S/m, `\`${rule}\` says how to fix it`);
    const example = /^```\n([\s\S]*?)\n```$/m.exec(entry)?.[1];
    assert.ok(example !== undefined, `\`${rule}\` has an example message`);
    for (const line of example.split('\n')) {
      assert.ok(line.endsWith(`  ${rule}`), `the example of \`${rule}\` is its own: ${line}`);
      assert.ok(lines.get(rule)?.includes(line), `the example of \`${rule}\` is reported by a case of tests/fixtures/errors/: ${line}`);
    }
  }
});
