/**
 * The cleaner of plain text: from the text of a scraped or copied page,
 * keep every paragraph of the article and remove the page around it, saying
 * for each removed line which rule removed it (and, for the classifier's
 * removals, what it measured), and collect what the boilerplate tells about
 * the article (authors, editors, the outlet it reports on, tags).
 *
 * Each non-empty line of the text is a paragraph. The passes below run in
 * order over one shared state (`CleanState`), each marking lines:
 * 1. `markTitleLines`: lines that repeat the title above the article;
 * 2. `findLead`: the article's vocabulary (title and first paragraphs);
 * 3. `findHeadlineLists`, `findStoryFeeds`: runs of headline-like lines
 *    listing other stories, and feeds of teasers with their time stamps;
 * 4. `markSignalLines`: single lines by their wording (`signal-table.ts`);
 * 5. `markAppealBlocks`: a letter to readers or a prompt with the unrelated lines after it;
 * 6. `markByClassifier`: the paragraph classifier (`paragraph-classifier.ts`)
 *    on what is left: page text (menus, teasers, captions) and good-looking
 *    text in another stretch of the page; then `markAfterEndMarker`: what
 *    follows a `Comments` or `Related stories` label when it is another
 *    page's content;
 * 7. `markUnrelatedTail`: an appended article about something else;
 * 8. `cleanedArticle`: the kept lines as paragraphs and sub-heads.
 * Nothing kept is rewritten.
 */

import type {CleanRuleId} from './rules.ts';
import {endsAsProse, isHeadlineLike, isSubheadCandidate, wordCount} from './line-shape.ts';
import {isCommentMeta, isEndMarker, isListMarker, isRelativeTimeStamp, isSalutation, isSignOff, readMore} from './line-signals.ts';
import {firstSignal, hasAnySignal} from './signal-table.ts';
import {repeatsTitle} from './title.ts';
import {contentWords, knownShare, nameWeight, namesOf, relatedTo, termsOf, topicSimilarity, vocabularyOf, type Term} from './vocabulary.ts';
import {classifyLines, type LineVerdict} from './paragraph-classifier.ts';
import {stopWordLanguage} from './stop-words.ts';
import type {BodyBlock, CleanedArticle, Learned, LearnedFacts, Removal} from '../types.ts';

/** What the cleaner needs besides the raw text. */
export interface CleanOptions {
  /**
   * The article's title: lines repeating it above the article are dropped,
   * and it is part of the article's vocabulary. When empty, the cleaner takes
   * the headline-like line just above the article (see `learned.title`).
   */
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

/** A non-empty line of the raw text. */
interface Line {
  /** 1-based line in the raw file. */
  readonly line: number;
  readonly text: string;
}

/** Why a line goes. */
interface Mark {
  readonly rule: CleanRuleId;
  readonly how: Removal['how'];
  readonly features?: string;
  readonly uncertain?: boolean;
}

/** What every pass reads and adds to. */
interface CleanState {
  readonly lines: readonly Line[];
  readonly title: string;
  readonly marks: Map<number, Mark>;
  /** Lines in runs of other stories' headlines. */
  readonly inList: Set<number>;
  /** Kept lines whose trailing read-more sentence goes. */
  readonly tails: Map<number, {readonly start: number; readonly text: string}>;
  /** Lines that start a prompt or an appeal. */
  readonly blockStarts: number[];
  /** The first paragraphs of prose: with the title, the article's vocabulary. */
  lead: readonly string[];
  related: (text: string) => boolean;
  /** The page's language, told by its stop words. */
  readonly language: string | undefined;
  /** The classifier's verdict on each line. */
  verdicts: readonly LineVerdict[];
  readonly authors: Learned[];
  readonly editors: Learned[];
  readonly tags: Learned[];
  reportsOn: Learned | undefined;
  /** Index of the first line of the unrelated tail, or the line count. */
  cut: number;
}

const textAt = (state: CleanState, index: number): string => state.lines[index]?.text ?? '';

/** Mark a line, unless a pass before has. */
function mark(state: CleanState, index: number, rule: CleanRuleId, how: Removal['how'] = 'signal', extra: Pick<Mark, 'features' | 'uncertain'> = {}): void {
  if (!state.marks.has(index)) state.marks.set(index, {rule, how, ...extra});
}

/** 1. Lines that repeat the title, up to the article's first line. */
function markTitleLines(state: CleanState): void {
  // Up to the first line the classifier keeps, itself included: the headline above an article is kept as its heading.
  const firstGood = state.verdicts.findIndex((verdict) => verdict.kept);
  const reach = firstGood === -1 ? 1 : firstGood + 1;
  for (let index = 0; index < reach; index++) if (repeatsTitle(textAt(state, index), state.title)) mark(state, index, 'title-line');
}

/** 2. The article's vocabulary: the title and the first paragraphs of prose the classifier keeps. */
function findLead(state: CleanState): void {
  state.lead = state.lines
    .filter((line, index) => !state.marks.has(index) && state.verdicts[index]?.kept !== false && endsAsProse(line.text) && wordCount(line.text) >= 12 && !hasAnySignal(line.text))
    .slice(0, 3)
    .map((line) => line.text);
  state.related = relatedTo(vocabularyOf([state.title, ...state.lead]));
}

/** 3. Runs of three or more headline-like lines that list other stories. */
function findHeadlineLists(state: CleanState): void {
  const count = state.lines.length;
  for (let start = 0; start < count; ) {
    let end = start;
    while (end < count && (isHeadlineLike(textAt(state, end)) || isListMarker(textAt(state, end)))) end++;
    if (end - start >= 3) {
      const run = Array.from({length: end - start}, (_, k) => start + k);
      const markers = run.filter((index) => isListMarker(textAt(state, index))).length;
      // Without separators, only headline-long lines count: a list of names or places is not a list of stories.
      const unrelated = run.filter((index) => !isListMarker(textAt(state, index)) && wordCount(textAt(state, index)) >= 4 && !state.related(textAt(state, index))).length;
      if (markers > 0 || (unrelated >= 3 && unrelated * 3 >= run.length * 2)) run.forEach((index) => state.inList.add(index));
    }
    start = Math.max(end, start + 1);
  }
}

/** Time stamps at most this many lines apart belong to one feed of other stories. */
const feedSpacing = 4;

/**
 * 3b. Feeds of other stories: three or more relative time stamps (`2H ago`)
 * close together, each closing a teaser (a headline and its blurb). The lines
 * from the first teaser to the last stamp are a list of other stories.
 */
function findStoryFeeds(state: CleanState): void {
  const stamps = state.lines.flatMap((line, index) => (isRelativeTimeStamp(line.text) ? [index] : []));
  for (let first = 0; first < stamps.length; ) {
    let last = first;
    while (last + 1 < stamps.length && (stamps[last + 1] ?? 0) - (stamps[last] ?? 0) <= feedSpacing) last++;
    if (last - first >= 2) {
      const from = Math.max(0, (stamps[first] ?? 0) - ((stamps[first + 1] ?? 0) - (stamps[first] ?? 0)) + 1);
      for (let index = from; index <= (stamps[last] ?? 0); index++) state.inList.add(index);
    }
    first = last + 1;
  }
}

/** Add a learned person, once. */
function learnPerson(list: Learned[], value: string, line: number): void {
  if (!list.some((known) => known.value === value)) list.push({value, line});
}

/** 4. Single lines, by the first signal of the table that fires on them; what they say is learned. */
function markSignalLines(state: CleanState): void {
  state.lines.forEach(({text, line}, index) => {
    if (state.marks.has(index)) return;
    const signal = firstSignal(text, {related: state.related});
    if (signal !== undefined) {
      if (state.inList.has(index) && signal.partOfList?.(text) === true) {
        mark(state, index, 'headline-list');
        return;
      }
      mark(state, index, signal.rule);
      if (signal.startsBlock === true) state.blockStarts.push(index);
      const learned = signal.learn?.(text) ?? {};
      for (const credit of learned.credits ?? []) for (const value of credit.names) learnPerson(credit.role === 'authors' ? state.authors : state.editors, value, line);
      if (learned.reportsOn !== undefined) state.reportsOn ??= {value: learned.reportsOn, line};
      state.tags.push(...(learned.tags ?? []).map((value) => ({value, line})));
      return;
    }
    if (state.inList.has(index)) {
      mark(state, index, 'headline-list');
      return;
    }
    const link = readMore(text);
    if (link !== undefined && link.start > 0) {
      state.tails.set(index, {start: link.start, text: link.text});
      if (link.outlet !== undefined) state.reportsOn ??= {value: link.outlet, line};
    }
  });
}

/**
 * 5. A letter to readers from its salutation to its signature, and the
 * unrelated lines after a prompt or an appeal. Linear: the next sign-off of
 * every line is found in one pass, and a block that starts inside the lines
 * an earlier block already took is not scanned again.
 */
function markAppealBlocks(state: CleanState): void {
  const count = state.lines.length;
  const nextSignOff: number[] = new Array<number>(count).fill(-1);
  for (let index = count - 2, next = -1; index >= 0; index--) {
    if (isSignOff(textAt(state, index + 1))) next = index + 1;
    nextSignOff[index] = next;
  }
  let reached = -1;
  for (const start of state.blockStarts) {
    const rule = state.marks.get(start)?.rule;
    if (rule === undefined || start < reached) continue;
    let end = start;
    if (isSalutation(textAt(state, start))) {
      // A letter: up to its sign-off and the names under it.
      const signOff = nextSignOff[start] ?? -1;
      if (signOff !== -1) {
        const after = textAt(state, signOff + 1);
        const signature = signOff + 1 < count && wordCount(after) <= 10 && !endsAsProse(after) ? signOff + 1 : signOff;
        const letter = state.lines.slice(start, signature + 1).map((line) => line.text).join('\n');
        if (!state.related(letter)) {
          for (let index = start + 1; index <= signature; index++) mark(state, index, rule, 'continued');
          end = signature;
        }
      }
      // The letter's own headline just above it.
      const above = start - 1;
      if (above >= 0 && !state.marks.has(above) && isHeadlineLike(textAt(state, above)) && !state.related(textAt(state, above))) mark(state, above, rule, 'headline');
    }
    // The lines that follow and do not relate to the article are part of it.
    let index = end + 1;
    for (; index < count; index++) {
      if (state.marks.has(index)) continue;
      const text = textAt(state, index);
      if (state.related(text) || (rule === 'subscription-prompt' && wordCount(text) > 30)) break;
      mark(state, index, rule, 'continued');
    }
    reached = index;
  }
}

/** 6. What the classifier does not keep: page text, and good-looking text outside the article's stretch. */
function markByClassifier(state: CleanState): void {
  state.verdicts = classifyLines(
    state.lines.map((line) => line.text),
    state.lines.map((_, index) => state.marks.has(index)),
    state.language,
  );
  state.verdicts.forEach((verdict, index) => {
    if (verdict.kept || state.marks.has(index)) return;
    mark(state, index, verdict.outside ? 'outside-article' : 'page-text', 'signal', {features: verdict.description, uncertain: verdict.proseLike});
  });
}

/** Characters of the article's text that must stand before an end marker (or half of it, when shorter): a menu's "Trending" at the top ends nothing. */
export const endMarkerReach = 1500;

/**
 * 6b. After an end-of-article marker (`Comments`, `Related stories`, `Most
 * read` …) the article is over when what follows, up to the next marker,
 * looks like another page's content: comments (lines of comment furniture,
 * `2 days ago`, `Reply`), a list of teasers (a third of its lines or more
 * headline-like), or text about something else. A marker followed by more
 * of the article (an inline "Related" box), or that comes before much of
 * the article's text (a menu's "Trending"), ends nothing.
 */
function markAfterEndMarker(state: CleanState): void {
  const {lines} = state;
  const count = lines.length;
  const firstKept = state.verdicts.findIndex((verdict, index) => verdict.kept && !state.marks.has(index));
  if (firstKept === -1) return;
  const names = namesOf(lines.map((line) => line.text).join('\n'));
  const keptCharacters = lines.map((line, index) => (state.verdicts[index]?.kept === true && !state.marks.has(index) ? line.text.length : 0));
  const total = keptCharacters.reduce((sum, characters) => sum + characters, 0);
  let seen = 0;
  for (let marker = firstKept + 1; marker < count; marker++) {
    seen += keptCharacters[marker - 1] ?? 0;
    // A marker ends the article only once much of its text is behind it (comments after it may be longer).
    if (!isEndMarker(textAt(state, marker)) || seen < Math.min(total / 2, endMarkerReach)) continue;
    let next = marker + 1;
    while (next < count && !isEndMarker(textAt(state, next))) next++;
    const segment = lines.slice(marker + 1, next).filter((_, k) => !state.marks.has(marker + 1 + k) || state.marks.get(marker + 1 + k)?.rule !== 'title-line').map((line) => line.text);
    const prose = segment.filter((text) => wordCount(text) >= 8);
    if (prose.length === 0) continue;
    const comments = segment.filter(isCommentMeta).length >= 2;
    const teasers = segment.filter((text) => isHeadlineLike(text) && wordCount(text) >= 3).length * 3 >= segment.length && segment.length >= 4;
    const before = [state.title, ...lines.slice(0, marker).filter((_, index) => state.verdicts[index]?.kept === true && !state.marks.has(index)).map((line) => line.text)];
    const unrelated = topicSimilarity(prose.join('\n'), before, names) < tailThreshold;
    if (!comments && !teasers && !unrelated) continue;
    const reason = comments ? 'comments' : teasers ? 'a list of other stories' : 'text about something else';
    for (let index = marker; index < count; index++) {
      const text = textAt(state, index);
      mark(state, index, 'after-the-end', 'signal', {features: index === marker ? `end marker, followed by ${reason}` : `after the end marker at l.${lines[marker]?.line ?? 0}`, uncertain: wordCount(text) >= 25 && endsAsProse(text)});
    }
    state.cut = Math.min(state.cut, marker);
    return;
  }
}

/** How many candidate starts of an unrelated tail are checked paragraph by paragraph, at most: the check is linear in the text, so this keeps the pass linear. */
export const maximumTailChecks = 20;

/**
 * 7. The unrelated tail: from a headline-like line (another story's title)
 * to the end, all about something else than the text before it. A widget
 * line before a paragraph never starts one by itself.
 *
 * Linear in the text: the similarity of the rest to what comes before is
 * kept up to date line by line (the weight of the rest's terms, and of those
 * already seen before), and only the first `maximumTailChecks` candidates
 * that pass it are checked paragraph by paragraph.
 */
function markUnrelatedTail(state: CleanState): void {
  const {lines} = state;
  const count = lines.length;
  const names = namesOf(lines.map((line) => line.text).join('\n'));
  const kept = (index: number): boolean => !state.marks.has(index);
  const terms = lines.map((line, index) => (kept(index) ? termsOf(line.text, names) : []));
  const weight = (term: Term): number => (term.name ? nameWeight : 1);
  const restWeight = new Map<string, number>();
  let restTotal = 0;
  let restWords = 0;
  let restParagraphs = 0;
  const paragraphLike = (index: number): boolean => endsAsProse(textAt(state, index)) && contentWords(textAt(state, index)).length >= 8;
  lines.forEach((line, index) => {
    if (!kept(index)) return;
    for (const term of terms[index] ?? []) restWeight.set(term.key, (restWeight.get(term.key) ?? 0) + weight(term));
    restTotal += (terms[index] ?? []).reduce((sum, term) => sum + weight(term), 0);
    restWords += contentWords(line.text).length;
    if (paragraphLike(index)) restParagraphs++;
  });
  const before = new Set<string>();
  let restShared = 0;
  const see = (key: string): void => {
    if (before.has(key)) return;
    before.add(key);
    restShared += restWeight.get(key) ?? 0;
  };
  for (const term of termsOf(state.title, names)) see(term.key);
  const leadEnd = lines.findIndex((line) => line.text === state.lead[state.lead.length - 1]);
  const from = Math.max(leadEnd + 1, 1);
  let checks = 0;
  for (let index = 0; index < count && checks < maximumTailChecks; index++) {
    if (index >= from && kept(index) && isHeadlineLike(textAt(state, index))) {
      // An appended article is more than a paragraph; a short tail is left for the editor.
      const long = restParagraphs >= 2 || restWords >= minimumTailWords;
      if (long && restTotal > 0 && restShared / restTotal < tailThreshold) {
        checks++;
        const unrelated = lines.every((_, k) => k < index || !kept(k) || contentWords(textAt(state, k)).length < 8 || knownShare(terms[k] ?? [], before) < paragraphThreshold);
        if (unrelated) {
          state.cut = index;
          break;
        }
      }
    }
    if (!kept(index)) continue;
    // The line leaves the rest and joins what comes before.
    for (const term of terms[index] ?? []) {
      restWeight.set(term.key, (restWeight.get(term.key) ?? 0) - weight(term));
      restTotal -= weight(term);
      if (before.has(term.key)) restShared -= weight(term);
    }
    restWords -= contentWords(textAt(state, index)).length;
    if (paragraphLike(index)) restParagraphs--;
    for (const term of terms[index] ?? []) see(term.key);
  }
  for (let index = state.cut; index < count; index++) mark(state, index, 'unrelated-tail', 'signal', {uncertain: wordCount(textAt(state, index)) >= 25 && endsAsProse(textAt(state, index))});
}

/** 8. The result: kept lines as paragraphs (sub-heads when short, unpunctuated and between paragraphs), removals in line order. */
function cleanedArticle(state: CleanState): CleanedArticle {
  const cutLine = state.lines[state.cut]?.line ?? Infinity;
  const before = (fact: Learned): boolean => fact.line < cutLine;
  const learned: LearnedFacts = {
    authors: state.authors.filter(before),
    editors: state.editors.filter(before),
    ...(state.reportsOn !== undefined && before(state.reportsOn) ? {reportsOn: state.reportsOn} : {}),
    tags: state.tags.filter(before),
  };
  const kept = state.lines
    .map((line, index) => ({...line, index}))
    .filter((line) => !state.marks.has(line.index))
    .map((line) => {
      const tail = state.tails.get(line.index);
      return tail === undefined ? line : {...line, text: line.text.slice(0, tail.start).trimEnd()};
    });
  const blocks: BodyBlock[] = kept.map((line, k) => {
    const previous = kept[k - 1];
    const next = kept[k + 1];
    const heading = isSubheadCandidate(line.text) && previous !== undefined && next !== undefined && !isSubheadCandidate(previous.text) && !isSubheadCandidate(next.text);
    return {kind: heading ? 'heading' : 'paragraph', text: line.text, line: line.line};
  });
  const removed: Removal[] = [];
  state.lines.forEach((line, index) => {
    const found = state.marks.get(index);
    if (found !== undefined) {
      removed.push({line: line.line, text: line.text, rule: found.rule, how: found.how, partial: false, uncertain: found.uncertain ?? false, ...(found.features === undefined ? {} : {features: found.features})});
    }
    const tail = state.tails.get(index);
    if (found === undefined && tail !== undefined) removed.push({line: line.line, text: tail.text, rule: 'read-more', how: 'signal', partial: true, uncertain: false});
  });
  return {blocks, removed, learned};
}

/**
 * The headline of a page whose title no one gave: the last headline-like
 * line of three words or more, not boilerplate, among the few lines above the
 * first line the classifier keeps; or the first line, when it looks like one.
 */
function findTitle(lines: readonly Line[], verdicts: readonly LineVerdict[]): Learned | undefined {
  const firstKept = verdicts.findIndex((verdict) => verdict.kept);
  for (let index = firstKept - 1; index >= Math.max(0, firstKept - 8); index--) {
    const line = lines[index];
    if (line !== undefined && isHeadlineLike(line.text) && wordCount(line.text) >= 3 && !hasAnySignal(line.text)) return {value: line.text, line: line.line};
  }
  const first = lines[0];
  return first !== undefined && isHeadlineLike(first.text) ? {value: first.text, line: first.line} : undefined;
}

/** Clean the raw text of a scraped article. */
export function cleanArticle(raw: string, options: CleanOptions): CleanedArticle & {readonly title?: Learned} {
  const lines: Line[] = raw
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .map((text, index) => ({line: index + 1, text: text.trim()}))
    .filter((line) => line.text !== '');
  const language = stopWordLanguage(lines.map((line) => line.text).join('\n'));
  const first = classifyLines(lines.map((line) => line.text), lines.map(() => false), language);
  const found = options.title.trim() === '' ? findTitle(lines, first) : undefined;
  const state: CleanState = {
    lines,
    language,
    title: found?.value ?? options.title,
    marks: new Map(),
    inList: new Set(),
    tails: new Map(),
    blockStarts: [],
    lead: [],
    related: () => false,
    verdicts: first,
    authors: [],
    editors: [],
    tags: [],
    reportsOn: undefined,
    cut: lines.length,
  };
  markTitleLines(state);
  findLead(state);
  findHeadlineLists(state);
  findStoryFeeds(state);
  markSignalLines(state);
  markAppealBlocks(state);
  markByClassifier(state);
  markAfterEndMarker(state);
  markUnrelatedTail(state);
  return {...cleanedArticle(state), ...(found === undefined ? {} : {title: found})};
}
