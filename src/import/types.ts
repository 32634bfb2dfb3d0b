/**
 * The importer's vocabulary: the blocks of a cleaned article, what was
 * removed and why, and what the page said about the article. No logic.
 */

import type {CleanRuleId} from './clean/rules.ts';

/** A paragraph, sub-head, list, quotation, table or code block of the cleaned article, with where it comes from. */
export interface BodyBlock {
  readonly kind: 'paragraph' | 'heading' | 'list' | 'quote' | 'table' | 'code';
  /** The text as a reader sees it (trimmed; a trailing read-more sentence cut off); one line per item of a list. */
  readonly text: string;
  /** 1-based: the line in a text file, or the block's place in an HTML page's article. */
  readonly line: number;
  /** The block as Markdown, when the page had markup (HTML); plain text is escaped when written instead. */
  readonly markdown?: string;
}

/** A removed line, or the removed end of a kept line. */
export interface Removal {
  readonly line: number;
  /** What was removed, as written. */
  readonly text: string;
  readonly rule: CleanRuleId;
  /**
   * How the line belongs to its rule: `signal` when its own wording fired the
   * rule, `continued` when it follows a line that started a block (an
   * appeal's later paragraphs), `headline` when it heads such a block.
   */
  readonly how: 'signal' | 'continued' | 'headline';
  /** Only the end of the line was removed; the rest is kept. */
  readonly partial: boolean;
  /** What the classifier measured, for lines it judged by their features: `62 words, stop words 0.08, …`. */
  readonly features?: string;
  /** Whether the line reads like the article's prose all the same: such removals are listed first, for the editor to check. */
  readonly uncertain: boolean;
}

/** A value learned from a line of boilerplate. */
export interface Learned {
  readonly value: string;
  readonly line: number;
}

/** What the removed boilerplate says about the article. Only lines before the article's end count. */
export interface LearnedFacts {
  readonly authors: readonly Learned[];
  readonly editors: readonly Learned[];
  /** The outlet of a "Read more at X" link, as named there. */
  readonly reportsOn?: Learned;
  /** Tags of a "More about: …" line. */
  readonly tags: readonly Learned[];
}

/** The cleaner's result. */
export interface CleanedArticle {
  readonly blocks: readonly BodyBlock[];
  /** In line order. */
  readonly removed: readonly Removal[];
  readonly learned: LearnedFacts;
}
