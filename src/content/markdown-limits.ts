/**
 * The shapes of Markdown the build reads in bounded time and memory, checked
 * by one pass over the lines before the body is parsed. Outside them the
 * Markdown parser (micromark, with GitHub's extensions) takes minutes or runs
 * out of stack: its literal-autolink extension is quadratic in the length of
 * one paragraph, and quotes, lists and emphasis nested thousands deep exhaust
 * the stack of every tree walk after it. Real articles are far inside these
 * limits; `docs/content-format.md` ("Limits") gives the figures measured.
 */

import type {Root} from 'mdast';
import type {Point} from 'unist';
import type {VFile} from 'vfile';
import {parseMarkdown} from './markdown.ts';
import {fail} from './messages.ts';

/** The largest content file read, in bytes: about 300,000 words of English, several books. */
export const maxFileBytes = 2 * 1024 * 1024;

/** The most characters in one block of lines with no blank line between them. */
export const maxBlockCharacters = 100_000;

/** The most quotes and lists inside each other. */
export const maxNesting = 64;

/** The longest run of emphasis marks (`*`, `_`) read as emphasis. */
export const maxEmphasisRun = 128;

/** The message for a file over `maxFileBytes`. */
export function fileTooLargeReason(bytes: number): string {
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return `The file is ${megabytes} MB, larger than the ${maxFileBytes / (1024 * 1024)} MB a content file may be (about 300,000 words), so it is not read. Split it into several articles, or remove what is not the article (pages appended by a scraper, data dumps).`;
}

const listMarker = /^ *(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const quoteMarker = /^ {0,3}>[ \t]?/;
const fence = /^ {0,3}(`{3,}|~{3,})/;
const emphasisRun = new RegExp(`[*_]{${maxEmphasisRun + 1},}`);

/**
 * Check `body` (positions as in the file) against the limits; report each
 * kind of problem once, at its first place. Returns whether the body may be
 * parsed.
 */
export function checkMarkdownLimits(file: VFile, body: string): boolean {
  let ok = true;
  const report = (reason: string, place: Point, ruleId: 'paragraph-too-long' | 'nesting-too-deep'): void => {
    ok = false;
    fail(file, reason, place, ruleId);
  };
  let reportedNesting = false;
  let reportedBlock = false;
  let reportedRun = false;
  let inFence: string | undefined;
  let block = {start: 0, lines: 0, characters: 0};
  const lines = body.split('\n');
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    const fenceMark = fence.exec(line)?.[1];
    if (inFence !== undefined) {
      if (fenceMark !== undefined && fenceMark[0] === inFence[0] && fenceMark.length >= inFence.length) inFence = undefined;
      continue;
    }
    if (fenceMark !== undefined) {
      inFence = fenceMark;
      continue;
    }

    // Strip the quote and list markers that open the line, counting them.
    let rest = line;
    let depth = 0;
    let listItem = false;
    for (;;) {
      const quote = quoteMarker.exec(rest);
      const list = quote === null ? listMarker.exec(rest) : null;
      const marker = quote ?? list;
      if (marker === null) break;
      if (list !== null) listItem = true;
      // A list item indented by `n` spaces sits inside about `n / 2` others.
      if (list !== null && depth === 0) depth += Math.floor((list[0].length - list[0].trimStart().length) / 2);
      depth++;
      rest = rest.slice(marker[0].length);
      if (depth > maxNesting) break;
    }
    if (depth > maxNesting && !reportedNesting) {
      reportedNesting = true;
      report(
        `Quotes and lists are nested more than ${maxNesting} levels deep on this line, deeper than the build reads (no article needs more than a few). Remove the extra \`>\` or list markers, or the indentation that nests the list.`,
        {line: lineNumber, column: 1},
        'nesting-too-deep',
      );
    }
    const run = emphasisRun.exec(rest);
    if (run !== null && !reportedRun && rest.trim() !== run[0]) {
      reportedRun = true;
      report(
        `A run of ${run[0].length} \`${run[0][0] ?? '*'}\` characters: emphasis nested that deep is more than the build reads (at most ${maxEmphasisRun} in a row). Shorten the run, or write the characters as \`\\${run[0][0] ?? '*'}\` if they are meant literally.`,
        {line: lineNumber, column: line.length - rest.length + run.index + 1},
        'nesting-too-deep',
      );
    }

    // A paragraph's lines (in a quote too): neither blank nor the start of a list item, heading, table row or rule.
    const startsBlock = rest.trim() === '' || listItem || /^ {0,3}(?:#|\||[-*_=]{3,}\s*$)/.test(rest);
    if (startsBlock) block = {start: lineNumber, lines: 0, characters: 0};
    if (rest.trim() === '') continue;
    if (block.lines === 0) block.start = lineNumber;
    block.lines++;
    block.characters += rest.length + 1;
    if (block.characters > maxBlockCharacters && !reportedBlock) {
      reportedBlock = true;
      report(
        `The paragraph that starts here runs on for more than ${maxBlockCharacters.toLocaleString('en')} characters (${block.lines.toLocaleString('en')} lines so far) with no blank line, more than the build reads in bounded time. Put a blank line between its paragraphs.`,
        {line: block.start, column: 1},
        'paragraph-too-long',
      );
    }
  }
  return ok;
}

/**
 * Parse `body` when it is inside the limits, reporting on `file` what is
 * not; `undefined` when it was not parsed. `bodyStart` places a stack
 * overflow, the last resort for a shape the line checks did not foresee.
 */
export function parseWithinLimits(file: VFile, body: string, bodyStart: Point): Root | undefined {
  if (!checkMarkdownLimits(file, body)) return undefined;
  try {
    return parseMarkdown(body);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    reportTooDeep(file, bodyStart);
    return undefined;
  }
}

/** Whether `error` is the engine running out of stack. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** Report a body nested too deeply to process, at `place`. */
export function reportTooDeep(file: VFile, place: Point): void {
  fail(
    file,
    'The text is nested too deeply to read (quotes, lists, links or emphasis inside each other hundreds of levels deep). Remove the extra nesting; no article needs more than a few levels.',
    place,
    'nesting-too-deep',
  );
}
