/**
 * The article of a saved page, found by Mozilla's Readability (the reader
 * view of Firefox): the element with the most prose, cleaned of navigation,
 * widgets and ads, as HTML. Readability changes the document it reads, so
 * read the page's metadata first.
 */

import {Readability} from '@mozilla/readability';
import type {PageDocument} from './dom.ts';

/** What Readability found. */
export interface ReadableArticle {
  /** The article's HTML: paragraphs, sub-heads, lists, quotes, figures. */
  readonly html: string;
  /** The title Readability settled on (often the page's `<title>` without the site's name). */
  readonly title?: string;
  /** The byline it found in the page, as written: `By Jane Roe`. */
  readonly byline?: string;
}

/** Find the article in `document`, or `undefined` when the page has no readable article. */
export function readableArticle(document: PageDocument): ReadableArticle | undefined {
  const result = new Readability(document, {keepClasses: false}).parse();
  const html = result?.content;
  if (result === null || typeof html !== 'string' || html.trim() === '') return undefined;
  const title = result.title?.trim();
  const byline = result.byline?.trim();
  return {html, ...(title ? {title} : {}), ...(byline ? {byline} : {})};
}
