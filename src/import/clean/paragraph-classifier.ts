/**
 * A paragraph classifier of the jusText kind (Pomikálek, 2011), for text
 * without markup, one paragraph a line. Each line is first judged by its own
 * features, then revised by its neighbours:
 *
 * 1. features: length, the density of the language's stop words (prose is
 *    dense with function words, menus and headlines are not), sentence-final
 *    punctuation, the share of page-widget words (`share`, `login`,
 *    `comments` …) and link-like patterns (addresses, `|` and `»`
 *    separators, lines of hashtags);
 * 2. a first class: `bad` (link-like or widget words, or long but sparse in
 *    stop words), `short`, `near-good` (dense enough, short) or `good`;
 * 3. revision: a short or near-good line takes the class of its good or bad
 *    neighbours (a short line between two good ones is good; between two bad
 *    ones bad; between a bad and a good one, good only when a near-good line
 *    stands between it and the bad one); a heading-like line is kept when good
 *    text follows it closely.
 * 4. the article is one stretch of the page: the good lines form clusters
 *    separated by long runs of other lines; the cluster with the most good
 *    text is the article, and good lines of other clusters (another story's
 *    teaser, a comment) are removed, as uncertain when they read like prose.
 */

import {stopWordLanguage, stopWordLists, wordKeys} from './stop-words.ts';

/** A line's class. */
export type ParagraphClass = 'good' | 'near-good' | 'short' | 'bad';

/** What the classifier measures of a line. */
export interface ParagraphFeatures {
  readonly characters: number;
  readonly words: number;
  /** Share of the line's words that are stop words of the page's language (0 when it has none). */
  readonly stopDensity: number;
  /** Ends with `.`, `!`, `?`, `…`, `:` or `;` (closing quotes aside). */
  readonly sentenceEnd: boolean;
  /** Share of the line's words that are page-widget words. */
  readonly widgetShare: number;
  /** An address, an e-mail, `|` or `»` separators, or nothing but hashtags and handles. */
  readonly linkLike: boolean;
}

/** The thresholds, named as jusText names them. */
export const classifierSettings = {
  /** Lines shorter than this (characters) are `short`, unless bad. */
  lengthLow: 70,
  /** Lines at least this long and dense enough are `good`; shorter ones `near-good`. */
  lengthHigh: 200,
  /** Stop-word density from which a line may be near-good. */
  stopwordsLow: 0.2,
  /** Stop-word density from which a line may be good. */
  stopwordsHigh: 0.3,
  /** A line this long is prose whatever its stop words, when it ends as a sentence. */
  proseLength: 400,
  /** Widget words above this share make a line bad. */
  maxWidgetShare: 0.4,
  /** How far (characters of lines between) a heading may stand from the good text that keeps it. */
  maxHeadingDistance: 200,
  /** Short lines in a row from which they are page furniture (a menu, a list of links or tags), whatever their neighbours. */
  maxShortRun: 8,
  /** Characters of non-good lines that separate two clusters of good lines. */
  clusterGap: 1200,
  /** Non-good lines that separate two clusters of good lines, however short they are. */
  clusterGapLines: 40,
} as const;

/** Words of page furniture: navigation, sharing, accounts, comments, ads. */
const widgetWords = new Set(
  `share shares shared sharing tweet tweets retweet facebook twitter whatsapp linkedin pinterest reddit telegram instagram youtube tiktok email
  e-mail print comment comments reply replies login log sign signin signup register subscribe subscription newsletter menu search home
  advertisement advertisements advertise ads ad sponsored cookie cookies privacy terms policy contact copyright rights reserved
  follow like likes trending popular related recommended more next previous prev back top skip content loading video videos photo photos
  gallery watch listen podcast read view views click tap download app apps account profile settings feedback rss sitemap careers about help`
    .split(/\s+/u)
    .filter((word) => word !== ''),
);

/** Measure a line; `stopWords` is the page's list (empty when its language is unknown). */
export function paragraphFeatures(text: string, stopWords: ReadonlySet<string>): ParagraphFeatures {
  const keys = wordKeys(text);
  let stop = 0;
  let widget = 0;
  for (const key of keys) {
    if (stopWords.has(key)) stop++;
    if (widgetWords.has(key)) widget++;
  }
  const count = Math.max(1, keys.length);
  return {
    characters: text.length,
    words: keys.length,
    stopDensity: stop / count,
    sentenceEnd: /[.!?…:;。؟۔](?:[\s"'”’»)\]*_]*)$/u.test(text),
    widgetShare: widget / count,
    linkLike: /\bhttps?:\/\/|\bwww\.|\S@\S+\.\w|\s[|»›]\s|^[|»›]|[|»›]$|^(?:[#@][\p{L}\p{N}_]+\s*)+$/u.test(text),
  };
}

/** The first class of a line, from its own features. */
export function firstClass(features: ParagraphFeatures, settings = classifierSettings): ParagraphClass {
  if (features.words === 0) return 'bad';
  if (features.widgetShare > settings.maxWidgetShare && features.words <= 12) return 'bad';
  if (features.characters < settings.lengthLow) return features.linkLike ? 'bad' : 'short';
  if (features.linkLike && features.characters < settings.lengthHigh && !(features.sentenceEnd && features.stopDensity >= settings.stopwordsHigh)) return 'bad';
  if (features.characters >= settings.proseLength && features.sentenceEnd) return 'good';
  if (features.stopDensity >= settings.stopwordsHigh) return features.characters >= settings.lengthHigh ? 'good' : 'near-good';
  if (features.stopDensity >= settings.stopwordsLow) return 'near-good';
  return 'bad';
}

/**
 * Near-good lines that follow one another (short lines between them aside)
 * and make at least `lengthHigh` × 2 characters together are good: an
 * article of short paragraphs, each under `lengthHigh`, is still an article.
 */
export function promoteProseRuns(classes: readonly ParagraphClass[], features: readonly ParagraphFeatures[], settings = classifierSettings): ParagraphClass[] {
  const promoted = [...classes];
  for (let start = 0; start < classes.length; ) {
    if (classes[start] !== 'near-good') {
      start++;
      continue;
    }
    let end = start;
    let characters = 0;
    let nearGood = 0;
    for (let at = start; at < classes.length && (classes[at] === 'near-good' || classes[at] === 'short'); at++) {
      if (classes[at] === 'near-good') {
        end = at;
        nearGood++;
        characters += features[at]?.characters ?? 0;
      }
    }
    if (nearGood >= 2 && characters >= settings.lengthHigh * 2) {
      for (let at = start; at <= end; at++) if (classes[at] === 'near-good') promoted[at] = 'good';
    }
    start = end + 1;
  }
  return promoted;
}

/**
 * For each line, the class of the nearest line before it (`step` -1) or
 * after it (`step` 1) that is not short (nor near-good, with `skipNearGood`);
 * `bad` past the ends. One pass each way, so linear in the number of lines.
 */
function nearest(classes: readonly ParagraphClass[], step: 1 | -1, skipNearGood: boolean): ParagraphClass[] {
  const result: ParagraphClass[] = new Array<ParagraphClass>(classes.length).fill('bad');
  let last: ParagraphClass = 'bad';
  for (let k = 0; k < classes.length; k++) {
    const index = step === 1 ? classes.length - 1 - k : k;
    result[index] = last;
    const found = classes[index] ?? 'bad';
    if (found !== 'short' && !(skipNearGood && found === 'near-good')) last = found;
  }
  return result;
}

/** jusText's context revision: short lines, then near-good ones, take the class their neighbours give them. */
export function reviseByContext(classes: readonly ParagraphClass[]): ParagraphClass[] {
  const before = nearest(classes, -1, true);
  const after = nearest(classes, 1, true);
  const beforeAny = nearest(classes, -1, false);
  const afterAny = nearest(classes, 1, false);
  const revised = classes.map((found, index): ParagraphClass => {
    if (found !== 'short') return found;
    const previous = before[index];
    const next = after[index];
    if (previous === 'good' && next === 'good') return 'good';
    if (previous === 'bad' && next === 'bad') return 'bad';
    return (previous === 'bad' && beforeAny[index] === 'near-good') || (next === 'bad' && afterAny[index] === 'near-good') ? 'good' : 'bad';
  });
  const settledBefore = nearest(revised, -1, true);
  const settledAfter = nearest(revised, 1, true);
  return revised.map((found, index) => (found !== 'near-good' ? found : settledBefore[index] === 'bad' && settledAfter[index] === 'bad' ? 'bad' : 'good'));
}

/** The stop words of a language, or none. */
export function stopWordsOf(language: string | undefined): ReadonlySet<string> {
  return (language === undefined ? undefined : stopWordLists.get(language)) ?? new Set<string>();
}


/** The classifier's word on one line. */
export interface LineVerdict {
  /** Whether the line is the article's. */
  readonly kept: boolean;
  /** A good line in another stretch of the page than the article's. */
  readonly outside: boolean;
  /** Whether the line reads like the article's prose (25 words or more, dense enough in stop words): its removal is uncertain. */
  readonly proseLike: boolean;
  /** What was measured, for the report: `31 words, stop words 0.12, no final stop, short → bad`. */
  readonly description: string;
}

/** Words from which a removed line that reads like prose is uncertain. */
export const proseWords = 25;

/**
 * Good lines are grouped into stretches, a new one starting after more than
 * `clusterGap` characters or `clusterGapLines` lines of other lines; the stretch with the most good
 * characters is the article. Returns its first and last line, or undefined.
 */
function articleStretch(classes: readonly ParagraphClass[], features: readonly ParagraphFeatures[], settings = classifierSettings): {readonly start: number; readonly end: number} | undefined {
  let best: {start: number; end: number; size: number} | undefined;
  let current: {start: number; end: number; size: number} | undefined;
  let gap = 0;
  let gapLines = 0;
  classes.forEach((found, index) => {
    const characters = features[index]?.characters ?? 0;
    if (found !== 'good') {
      gap += characters;
      gapLines++;
      return;
    }
    if (current !== undefined && gap <= settings.clusterGap && gapLines <= settings.clusterGapLines) {
      current.end = index;
      current.size += characters;
    } else {
      current = {start: index, end: index, size: characters};
    }
    if (best === undefined || current.size > best.size) best = {...current};
    gap = 0;
    gapLines = 0;
  });
  return best;
}

/** For each line, the length of the run of consecutive `short` lines it belongs to (0 for other lines). */
function shortRuns(classes: readonly ParagraphClass[]): number[] {
  const runs: number[] = new Array<number>(classes.length).fill(0);
  for (let start = 0; start < classes.length; ) {
    let end = start;
    while (end < classes.length && classes[end] === 'short') end++;
    for (let k = start; k < end; k++) runs[k] = end - start;
    start = Math.max(end, start + 1);
  }
  return runs;
}

/** Whether a line can head the text after it: a short label, not a widget or a link. */
function headingLike(features: ParagraphFeatures): boolean {
  return features.words > 0 && features.words <= 12 && !features.linkLike && features.widgetShare <= classifierSettings.maxWidgetShare;
}

/**
 * Classify the lines of a page, in `language` (by default, the one its stop
 * words tell). `removed` marks lines other rules took out already: the classifier reads the others as if those were not there (an
 * "Advertisement" label between two paragraphs does not part them). When no
 * line is good, as in a short article of short paragraphs, near-good lines
 * count as good.
 */
export function classifyLines(texts: readonly string[], removed: readonly boolean[], language: string | undefined = stopWordLanguage(texts.join('\n')), settings = classifierSettings): LineVerdict[] {
  const stopWords = stopWordsOf(language);
  const all = texts.map((text) => {
    const measured = paragraphFeatures(text, stopWords);
    // Without a list for the language, a line that ends as a sentence stands for a dense one.
    return stopWords.size === 0 ? {...measured, stopDensity: measured.sentenceEnd ? settings.stopwordsHigh : 0} : measured;
  });
  const open = texts.map((_, index) => index);
  const features = open.map((index) => all[index] ?? paragraphFeatures('', stopWords));
  let first = features.map((measured, k) => (removed[open[k] ?? 0] === true ? 'bad' : firstClass(measured, settings)));
  let revised = reviseByContext(promoteProseRuns(first, features, settings));
  if (!revised.includes('good')) {
    first = first.map((found) => (found === 'near-good' ? 'good' : found));
    revised = reviseByContext(first);
  }
  // Runs of short lines (menus, link and tag lists) stay bad whatever stands around them.
  const runs = shortRuns(first);
  const revisedShort = revised.map((found, k): ParagraphClass => ((runs[k] ?? 0) >= settings.maxShortRun ? 'bad' : found));
  // Headings: a short line kept when good text follows it directly, within `maxHeadingDistance`.
  const classes = revisedShort.map((found, k): ParagraphClass => {
    const measured = features[k];
    const next = revisedShort[k + 1];
    return found !== 'good' && first[k] === 'short' && measured !== undefined && headingLike(measured) && next === 'good' && measured.characters <= settings.maxHeadingDistance && (runs[k] ?? 0) < settings.maxShortRun ? 'good' : found;
  });
  const stretch = articleStretch(classes, features, settings);
  const verdicts: LineVerdict[] = texts.map(() => ({kept: false, outside: false, proseLike: false, description: 'removed by a rule'}));
  open.forEach((index, k) => {
    const measured = features[k] ?? paragraphFeatures('', stopWords);
    const found = classes[k] ?? 'bad';
    const outside = found === 'good' && stretch !== undefined && (k < stretch.start || k > stretch.end);
    const proseLike = measured.words >= proseWords && (stopWords.size === 0 ? measured.sentenceEnd : measured.stopDensity >= settings.stopwordsLow);
    const description = [
      `${measured.words} words`,
      `stop words ${measured.stopDensity.toFixed(2)}${language === undefined ? ' (language unknown)' : ` (${language})`}`,
      measured.sentenceEnd ? 'ends as a sentence' : 'no final stop',
      ...(measured.widgetShare > 0 ? [`widget words ${measured.widgetShare.toFixed(2)}`] : []),
      ...(measured.linkLike ? ['link-like'] : []),
      outside ? "good, but outside the article's stretch" : `${first[k] ?? 'bad'} → ${found}`,
    ].join(', ');
    verdicts[index] = {kept: found === 'good' && !outside, outside, proseLike, description};
  });
  return verdicts;
}
