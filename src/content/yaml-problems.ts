/**
 * What is wrong with a front matter that YAML cannot read, said where the
 * editor has to look. YAML notices an unclosed quote or bracket only where it
 * runs out of text, often lines later; the place reported here is where the
 * quote or bracket opens, with YAML's own place as the second. Tabs,
 * duplicate keys, alias bombs and runaway nesting each get their own rule.
 */

import type {Point} from 'unist';
import {CST, isScalar, Parser, visit, type Document, type YAMLError} from 'yaml';
import type {ErrorRuleId} from './rules.ts';

/** A problem to report: why, where, and under which rule. */
export interface YamlProblem {
  readonly reason: string;
  readonly place: Point;
  readonly ruleId: ErrorRuleId;
}

/** Turns an offset in the YAML source into a file point. */
export type ToPoint = (offset: number) => Point;

/** Lists and groups nested deeper than this are refused before YAML reads them (it would run out of stack). */
export const maxFlowDepth = 64;

const at = (point: Point): string => `line ${point.line}, column ${point.column}`;

/**
 * The first problem of a document YAML reported `errors` for. `source` is
 * the YAML text; `lineText` gives a line of it by file line number.
 */
export function describeYamlErrors(source: string, errors: readonly YAMLError[], toPoint: ToPoint, lineText: (line: number) => string): YamlProblem {
  const [first] = errors;
  const gaveUp = toPoint(first?.pos[0] ?? 0);
  if (first?.code === 'TAB_AS_INDENT') {
    return {
      reason: 'This line is indented with a tab, and YAML allows only spaces for indentation. Replace the tab by spaces (two for each level, as on the other lines).',
      place: gaveUp,
      ruleId: 'yaml-tab-indent',
    };
  }
  if (/call stack/i.test(first?.message ?? '')) {
    return {reason: tooDeep, place: gaveUp, ruleId: 'yaml-too-deep'};
  }
  const unclosed = firstUnclosed(source);
  // Only one that opens before YAML gave up can be why it gave up.
  if (unclosed !== undefined && unclosed.offset <= (first?.pos[0] ?? 0)) {
    const opening = toPoint(unclosed.offset);
    const what = unclosed.mark === '"' || unclosed.mark === "'" ? `quote \`${unclosed.mark}\`` : `bracket \`${unclosed.mark}\``;
    const close = unclosed.mark === '[' ? ']' : unclosed.mark === '{' ? '}' : unclosed.mark;
    return {
      reason: `The ${what} that opens here is never closed, so YAML read on until ${at(gaveUp)} and gave up there. Close it with \`${close}\` at the end of the value${unclosed.mark === '"' || unclosed.mark === "'" ? ', or remove it' : ''}.`,
      place: opening,
      ruleId: 'yaml-unclosed',
    };
  }
  const reason = first?.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'it cannot be read';
  const colon = /^(\s*[\w-]+):\s+(.*:\s.*?)\s*$/.exec(lineText(gaveUp.line));
  const hint =
    colon !== null && !/^["']/.test(colon[2] ?? '')
      ? ` The value contains \`: \`, so put it in quotes: \`${(colon[1] ?? '').trim()}: "${(colon[2] ?? '').replace(/"/g, '\\"')}"\`.`
      : ' Check the indentation and quoting on this line; values that contain `: ` or start with `[`, `{`, `*`, `&`, `!` or `#` need quotes.';
  return {reason: `The front matter is not valid YAML: ${reason}.${hint}`, place: gaveUp, ruleId: 'yaml-syntax'};
}

const tooDeep = `The front matter nests lists or groups inside each other more than ${maxFlowDepth} levels deep, more than any field needs and more than can be read safely. Write the field's value as text or as a flat list such as \`[a, b]\`.`;

/**
 * Nesting deeper than `maxFlowDepth`, found by a scan that needs no stack:
 * flow lists and groups (`[[[…]]]`), and block lists written compactly on
 * one line (`- - - …`). The problem and the offset where the nesting passes
 * the limit, or `undefined` when there is none.
 */
export function checkFlowDepth(source: string): (Omit<YamlProblem, 'place'> & {readonly offset: number}) | undefined {
  let depth = 0;
  let quote: string | undefined;
  let lineStart = true;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (quote !== undefined) {
      if (char === '\\' && quote === '"') index++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (lineStart && depth === 0) {
      // `- - - x`: each dash and space opens one more list.
      let dashes = 0;
      let at = index;
      while (source[at] === ' ') at++;
      while (source[at] === '-' && (source[at + 1] === ' ' || source[at + 1] === '\t')) {
        dashes++;
        at += 2;
        while (source[at] === ' ') at++;
        if (dashes > maxFlowDepth) return {reason: tooDeep, offset: at, ruleId: 'yaml-too-deep'};
      }
    }
    lineStart = char === '\n';
    if (char === '"' || char === "'") {
      // A quote opens a quoted value only at the start of one, not inside a word (`don't`).
      const before = source[index - 1];
      if (before === undefined || /[\s[{,:]/.test(before)) quote = char;
    } else if (char === '#' && (index === 0 || /\s/.test(source[index - 1] ?? ''))) {
      const end = source.indexOf('\n', index);
      index = end === -1 ? source.length : end - 1;
    } else if (char === '[' || char === '{') {
      depth++;
      if (depth > maxFlowDepth) return {reason: tooDeep, offset: index, ruleId: 'yaml-too-deep'};
    } else if ((char === ']' || char === '}') && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

/** The first quoted value or flow list or group that is never closed, by YAML's own reading of the text. */
function firstUnclosed(source: string): {readonly offset: number; readonly mark: string} | undefined {
  let found: {offset: number; mark: string} | undefined;
  const consider = (offset: number, mark: string): void => {
    if (found === undefined || offset < found.offset) found = {offset, mark};
  };
  for (const token of new Parser().parse(source)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      const value = item.value;
      if (value === undefined) return;
      if (value.type === 'flow-collection') {
        const mark = value.start.source;
        const close = mark === '[' ? ']' : '}';
        if (!value.end.some((end) => end.source === close)) consider(value.offset, mark);
      } else if (value.type === 'double-quoted-scalar' || value.type === 'single-quoted-scalar') {
        const mark = value.source[0] ?? '"';
        if (!isClosedQuote(value.source, mark)) consider(value.offset, mark);
      }
    });
  }
  return found;
}

/** Whether the quoted scalar `text` (starting with `mark`) ends with its closing quote. */
function isClosedQuote(text: string, mark: string): boolean {
  if (text.length < 2 || !text.endsWith(mark)) return false;
  if (mark === "'") return true;
  let backslashes = 0;
  for (let index = text.length - 2; index > 0 && text[index] === '\\'; index--) backslashes++;
  return backslashes % 2 === 0;
}

/** Every key written twice in one mapping of `document`, with the place of its first writing. */
export function duplicateKeys(document: Document, toPoint: ToPoint): YamlProblem[] {
  const problems: YamlProblem[] = [];
  visit(document, {
    Map(_key, map) {
      const seen = new Map<string, Point>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || pair.key.range === undefined || pair.key.range === null) continue;
        const key = String(pair.key.value);
        const place = toPoint(pair.key.range[0]);
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, place);
          continue;
        }
        problems.push({
          reason: `\`${key}\` is written twice in the same group: first on line ${first.line}, again here on line ${place.line}. YAML keeps only one of them. Delete one, or merge the two values.`,
          place,
          ruleId: 'yaml-duplicate-key',
        });
      }
    },
  });
  return problems;
}

/** The problem of aliases that expand past YAML's limit, placed at the first alias. */
function aliasBomb(document: Document, toPoint: ToPoint): YamlProblem {
  let offset = 0;
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return {
    reason: 'The anchors and aliases of the front matter (`&name`, `*name`) expand into too many values: each alias copies its anchor again, so a few lines can grow into millions of values (a "billion laughs"). Write the values out instead of repeating them through aliases.',
    place: toPoint(offset),
    ruleId: 'yaml-alias-limit',
  };
}

/**
 * The problem of an alias `yaml` could not turn into a value (too many
 * copies, or no anchor of that name before it), or `undefined` when `error`
 * is not one of those.
 */
export function aliasProblem(error: unknown, document: Document, toPoint: ToPoint): YamlProblem | undefined {
  if (!(error instanceof Error)) return undefined;
  if (/alias count/i.test(error.message)) return aliasBomb(document, toPoint);
  const name = /^Unresolved alias.*: (.*)$/.exec(error.message)?.[1];
  if (name === undefined) return undefined;
  let offset = 0;
  visit(document, {
    Alias(_key, node) {
      if (node.source !== name) return undefined;
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return {
    reason: `The alias \`*${name}\` repeats an anchor \`&${name}\` that is not written before it. Write the anchor first (\`field: &${name} value\`), or write the value out instead of the alias.`,
    place: toPoint(offset),
    ruleId: 'yaml-syntax',
  };
}
