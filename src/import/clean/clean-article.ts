/**
 * The cleaner: from the raw text of a scraped article, keep every paragraph
 * of the article and remove the page's boilerplate, saying for each removed
 * line which rule removed it, and collect what the boilerplate tells about
 * the article (authors, editors, the outlet it reports on, tags).
 *
 * Each non-empty line of the raw text is a paragraph. Rules work in passes:
 * 1. a first line that repeats the title;
 * 2. single lines by their wording (`line-signals.ts`), guarded by how much
 *    the line shares the vocabulary of the title and the first paragraphs;
 * 3. runs of headline-like lines that list other stories;
 * 4. appeals and prompts as blocks: a letter to readers from its salutation
 *    to its signature, and the unrelated lines that follow a prompt;
 * 5. the unrelated tail: text after the article's end about something else.
 * Kept lines become paragraphs, or `##` sub-heads when short, unpunctuated
 * and between paragraphs. Nothing kept is rewritten.
 */

import {hasAnySignal} from './signal-table.ts';
import {repeatsTitle} from './title.ts';
import type {BodyBlock, CleanedArticle, Learned, LearnedFacts, Removal} from '../types.ts';
import type {CleanRuleId} from './rules.ts';
import {endsAsProse, isHeadlineLike, isSubheadCandidate, wordCount} from './line-shape.ts';
import {
  bioSignals,
  credits,
  donationSignal,
  isCopyrightNotice,
  isDateStamp,
  isListMarker,
  isMediaCredit,
  isSalutation,
  isSignOff,
  isWidgetLine,
  readMore,
  readsAsPrompt,
  subscriptionSignal,
  tagList,
} from './line-signals.ts';
import {contentWords, namesOf, relatedTo, topicSimilarity, vocabularyOf, type Vocabulary} from './vocabulary.ts';

/** What the cleaner needs besides the raw text. */
export interface CleanOptions {
  /** The article's title: a first line repeating it is dropped, and it is part of the article's vocabulary. */
  readonly title: string;
}

/**
 * The topic similarity (`topicSimilarity`) below which the text from a point
 * to the end is unrelated to the article before it; and the similarity at
 * which any one paragraph of that text still relates, which stops the cut.
 */
export const tailThreshold = 0.15;
/** See `tailThreshold`. */
export const paragraphThreshold = 0.3;
/** A tail of fewer than two paragraphs is only cut when it has at least this many content words. */
export const minimumTailWords = 60;

interface Line {
  readonly line: number;
  readonly text: string;
}

interface Mark {
  readonly rule: CleanRuleId;
  readonly how: Removal['how'];
}

/** Clean the raw text of a scraped article. */
export function cleanArticle(raw: string, options: CleanOptions): CleanedArticle {
  const lines: Line[] = raw
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .map((text, index) => ({line: index + 1, text: text.trim()}))
    .filter((line) => line.text !== '');
  const count = lines.length;
  const marks = new Map<number, Mark>();
  const mark = (index: number, rule: CleanRuleId, how: Removal['how'] = 'signal'): void => {
    if (!marks.has(index)) marks.set(index, {rule, how});
  };
  const textAt = (index: number): string => lines[index]?.text ?? '';

  // 1. The title repeated as the first line.
  if (count > 0 && repeatsTitle(textAt(0), options.title)) mark(0, 'title-line');

  // The article's vocabulary: the title and the first paragraphs of prose.
  const lead = lines
    .filter((line, index) => !marks.has(index) && endsAsProse(line.text) && wordCount(line.text) >= 12 && !hasAnySignal(line.text))
    .slice(0, 3)
    .map((line) => line.text);
  const vocabulary: Vocabulary = vocabularyOf([options.title, ...lead]);
  const related = relatedTo(vocabulary);

  // 3 (found first, used below). Runs of headline-like lines listing other stories.
  const inList = new Set<number>();
  for (let start = 0; start < count; ) {
    let end = start;
    while (end < count && (isHeadlineLike(textAt(end)) || isListMarker(textAt(end)))) end++;
    if (end - start >= 3) {
      const run = Array.from({length: end - start}, (_, k) => start + k);
      const markers = run.filter((index) => isListMarker(textAt(index))).length;
      // Without separators, only headline-long lines count: a list of names or places is not a list of stories.
      const unrelated = run.filter((index) => !isListMarker(textAt(index)) && wordCount(textAt(index)) >= 4 && !related(textAt(index))).length;
      if (markers > 0 || (unrelated >= 3 && unrelated * 3 >= run.length * 2)) run.forEach((index) => inList.add(index));
    }
    start = Math.max(end, start + 1);
  }

  // 2. Single lines, by their wording.
  const learnedAuthors: Learned[] = [];
  const learnedEditors: Learned[] = [];
  const learnedTags: Learned[] = [];
  let learnedReportsOn: Learned | undefined;
  const tails = new Map<number, {readonly start: number; readonly text: string}>();
  const blockStarts: number[] = [];
  for (let index = 0; index < count; index++) {
    if (marks.has(index)) continue;
    const {text, line} = lines[index] ?? {text: '', line: 0};
    const short = wordCount(text) <= 40;
    const link = readMore(text);
    if (link !== undefined && link.start === 0) {
      mark(index, 'read-more');
      if (link.outlet !== undefined) learnedReportsOn ??= {value: link.outlet, line};
      continue;
    }
    const tags = tagList(text);
    if (tags !== undefined) {
      mark(index, 'tag-list');
      learnedTags.push(...tags.map((value) => ({value, line})));
      continue;
    }
    const found = short ? credits(text) : [];
    if (found.length > 0) {
      // A bare `By …` line inside a list of other stories credits those stories.
      if (inList.has(index) && found.every((credit) => credit.bare)) {
        mark(index, 'headline-list');
        continue;
      }
      mark(index, 'byline');
      for (const credit of found) {
        const target = credit.role === 'authors' ? learnedAuthors : learnedEditors;
        for (const value of credit.names) if (!target.some((known) => known.value === value)) target.push({value, line});
      }
      continue;
    }
    if (isDateStamp(text)) {
      mark(index, inList.has(index) ? 'headline-list' : 'byline');
      continue;
    }
    if (isWidgetLine(text)) {
      mark(index, 'page-widget');
      continue;
    }
    if (isMediaCredit(text)) {
      mark(index, 'media-credit');
      continue;
    }
    if (isCopyrightNotice(text)) {
      mark(index, 'copyright-notice');
      continue;
    }
    const bio = bioSignals(text);
    if ((bio.role && !related(text)) || bio.phrases >= 2) {
      mark(index, 'author-bio');
      continue;
    }
    if (short && subscriptionSignal(text) && readsAsPrompt(text) && !related(text)) {
      mark(index, 'subscription-prompt');
      blockStarts.push(index);
      continue;
    }
    if (((donationSignal(text) && readsAsPrompt(text)) || isSalutation(text)) && !related(text)) {
      mark(index, 'donation-appeal');
      blockStarts.push(index);
      continue;
    }
    if (inList.has(index)) {
      mark(index, 'headline-list');
      continue;
    }
    if (link !== undefined) {
      tails.set(index, {start: link.start, text: link.text});
      if (link.outlet !== undefined) learnedReportsOn ??= {value: link.outlet, line};
    }
  }

  // 4. Appeals and prompts as blocks.
  for (const start of blockStarts) {
    const rule = marks.get(start)?.rule;
    if (rule === undefined) continue;
    let end = start;
    if (isSalutation(textAt(start))) {
      // A letter: up to its sign-off and the names under it.
      const signOff = lines.findIndex((line, index) => index > start && isSignOff(line.text));
      if (signOff !== -1) {
        const signature = signOff + 1 < count && wordCount(textAt(signOff + 1)) <= 10 && !endsAsProse(textAt(signOff + 1)) ? signOff + 1 : signOff;
        const letter = lines.slice(start, signature + 1).map((line) => line.text).join('\n');
        if (!related(letter)) {
          for (let index = start + 1; index <= signature; index++) mark(index, rule, 'continued');
          end = signature;
        }
      }
      // The letter's own headline just above it.
      const above = start - 1;
      if (above >= 0 && !marks.has(above) && isHeadlineLike(textAt(above)) && !related(textAt(above))) mark(above, rule, 'headline');
    }
    // The lines that follow and do not relate to the article are part of it.
    for (let index = end + 1; index < count; index++) {
      if (marks.has(index)) continue;
      const text = textAt(index);
      if (related(text) || (rule === 'subscription-prompt' && wordCount(text) > 30)) break;
      mark(index, rule, 'continued');
    }
  }

  // 5. The unrelated tail: from a headline-like line, or a line after removed
  // boilerplate, to the end, all about something else than the text before it.
  const names = namesOf(lines.map((line) => line.text).join('\n'));
  const leadEnd = lines.findIndex((line) => line.text === lead[lead.length - 1]);
  const keptTexts = (from: number, to: number): string[] =>
    lines.slice(from, to).filter((_, k) => !marks.has(from + k)).map((line) => line.text);
  let cut = count;
  for (let index = Math.max(leadEnd + 1, 1); index < count; index++) {
    if (marks.has(index)) continue;
    const headline = isHeadlineLike(textAt(index));
    if (!headline && !marks.has(index - 1)) continue;
    const rest = keptTexts(index, count);
    // An appended article is more than a paragraph; a short tail is left for the editor.
    const words = contentWords(rest.join('\n')).length;
    const paragraphs = rest.filter((text) => endsAsProse(text) && contentWords(text).length >= 8).length;
    if (paragraphs < 2 && words < minimumTailWords) continue;
    const before = [options.title, ...keptTexts(0, index)];
    const unrelated =
      topicSimilarity(rest.join('\n'), before, names) < tailThreshold &&
      rest.every((text) => contentWords(text).length < 8 || topicSimilarity(text, before, names) < paragraphThreshold);
    if (unrelated) {
      cut = index;
      break;
    }
  }
  for (let index = cut; index < count; index++) mark(index, 'unrelated-tail');

  // What the page said, from before the article's end only.
  const cutLine = lines[cut]?.line ?? Infinity;
  const before = (fact: Learned): boolean => fact.line < cutLine;
  const learned: LearnedFacts = {
    authors: learnedAuthors.filter(before),
    editors: learnedEditors.filter(before),
    ...(learnedReportsOn !== undefined && before(learnedReportsOn) ? {reportsOn: learnedReportsOn} : {}),
    tags: learnedTags.filter(before),
  };

  // Kept lines: paragraphs, and sub-heads between paragraphs.
  const kept = lines
    .map((line, index) => ({...line, index}))
    .filter((line) => !marks.has(line.index))
    .map((line) => {
      const tail = tails.get(line.index);
      return tail === undefined ? line : {...line, text: line.text.slice(0, tail.start).trimEnd()};
    });
  const blocks: BodyBlock[] = kept.map((line, k) => {
    const previous = kept[k - 1];
    const next = kept[k + 1];
    const heading =
      isSubheadCandidate(line.text) &&
      previous !== undefined &&
      next !== undefined &&
      !isSubheadCandidate(previous.text) &&
      !isSubheadCandidate(next.text);
    return {kind: heading ? 'heading' : 'paragraph', text: line.text, line: line.line};
  });

  const removed: Removal[] = [];
  lines.forEach((line, index) => {
    const found = marks.get(index);
    if (found !== undefined) removed.push({line: line.line, text: line.text, rule: found.rule, how: found.how, partial: false, uncertain: false});
    const tail = tails.get(index);
    if (found === undefined && tail !== undefined) removed.push({line: line.line, text: tail.text, rule: 'read-more', how: 'signal', partial: true, uncertain: false});
  });
  return {blocks, removed, learned};
}
