/**
 * The one table of line signals: for each kind of boilerplate that a line's
 * own wording gives away, the test and what the line teaches about the
 * article. The text cleaner's main pass, its `hasAnySignal`, and the cleanup
 * of HTML blocks all read this table, in this order (the first signal that
 * fires names the rule).
 */

import type {CleanRuleId} from './rules.ts';
import {wordCount} from './line-shape.ts';
import {
  bioSignals,
  credits,
  donationSignal,
  isCopyrightNotice,
  isDateStamp,
  isMediaCredit,
  isSalutation,
  isWidgetLine,
  readMore,
  readsAsPrompt,
  subscriptionSignal,
  tagList,
  type Credit,
} from './line-signals.ts';

/** What a signal may learn from its line. */
export interface LearnedFromLine {
  readonly credits?: readonly Credit[];
  readonly reportsOn?: string;
  readonly tags?: readonly string[];
}

/** What a signal may know of the article: whether a text shares its vocabulary. */
export interface SignalContext {
  readonly related: (text: string) => boolean;
}

/** One row of the table. */
export interface LineSignal {
  readonly rule: CleanRuleId;
  /** Whether the line is this kind of boilerplate. */
  readonly fires: (text: string, context: SignalContext) => boolean;
  /** What the line says about the article, once it fired. */
  readonly learn?: (text: string) => LearnedFromLine;
  /** A prompt or appeal: the unrelated lines after it belong to it. */
  readonly startsBlock?: boolean;
  /** In a list of other stories, the line credits those stories: it is part of the list, and teaches nothing. */
  readonly partOfList?: (text: string) => boolean;
}

/** A short line: credits and prompts are never long. */
const short = (text: string): boolean => wordCount(text) <= 40;

/** Every signal, in the order they are tried. */
export const lineSignals: readonly LineSignal[] = [
  {
    rule: 'read-more',
    fires: (text) => readMore(text)?.start === 0,
    learn: (text) => {
      const outlet = readMore(text)?.outlet;
      return outlet === undefined ? {} : {reportsOn: outlet};
    },
  },
  {rule: 'tag-list', fires: (text) => tagList(text) !== undefined, learn: (text) => ({tags: tagList(text) ?? []})},
  {
    rule: 'byline',
    fires: (text) => short(text) && credits(text).length > 0,
    learn: (text) => ({credits: credits(text)}),
    partOfList: (text) => credits(text).every((credit) => credit.bare),
  },
  {rule: 'byline', fires: isDateStamp, partOfList: () => true},
  {rule: 'page-widget', fires: isWidgetLine},
  {rule: 'media-credit', fires: isMediaCredit},
  {rule: 'copyright-notice', fires: isCopyrightNotice},
  {
    rule: 'author-bio',
    fires: (text, context) => {
      const bio = bioSignals(text);
      return (bio.role && !context.related(text)) || bio.phrases >= 2;
    },
  },
  {
    rule: 'subscription-prompt',
    fires: (text, context) => short(text) && subscriptionSignal(text) && readsAsPrompt(text) && !context.related(text),
    startsBlock: true,
  },
  {
    rule: 'donation-appeal',
    fires: (text, context) => ((donationSignal(text) && readsAsPrompt(text)) || isSalutation(text)) && !context.related(text),
    startsBlock: true,
  },
];

/** The first signal that fires on `text`. */
export function firstSignal(text: string, context: SignalContext): LineSignal | undefined {
  return lineSignals.find((signal) => signal.fires(text, context));
}

/** Whether any signal fires on `text`, whatever its relation to the article. */
export function hasAnySignal(text: string): boolean {
  return firstSignal(text, {related: () => false}) !== undefined;
}
