/**
 * A saved page to the importer's article: the page's metadata read first
 * (Readability changes the document), then the article Readability finds, as
 * Markdown blocks, then the cleanup rules that add precision on pages
 * (`clean/block-rules.ts`).
 */

import {readableArticle} from './article.ts';
import {parsePage} from './dom.ts';
import {bylineNames, pageMetadata, type PageMetadata} from './metadata.ts';
import {htmlToBlocks} from './to-blocks.ts';
import {cleanBlocks} from '../clean/block-rules.ts';
import type {CleanedArticle} from '../types.ts';

/** What a page gives the importer. */
export interface ReadPage {
  readonly metadata: PageMetadata;
  readonly cleaned: CleanedArticle;
}

/** Read a saved page. `title` (given or from the page) lets the cleanup drop the headline repeated in the article. */
export function readPage(html: string, title?: string): ReadPage {
  const document = parsePage(html);
  const found = pageMetadata(document);
  const article = readableArticle(document);
  // Without authors in the page's metadata, the byline Readability found names them.
  const byline = found.authors.length === 0 && article?.byline !== undefined ? bylineNames(article.byline).filter((name) => name !== found.siteName?.value) : [];
  const metadata: PageMetadata = byline.length > 0 ? {...found, authors: byline.map((value) => ({value, from: 'byline'}))} : found;
  const {blocks, captions} = article === undefined ? {blocks: [], captions: []} : htmlToBlocks(article.html, metadata.url?.value);
  const cleaned = cleanBlocks(blocks, {title: title ?? metadata.title?.value ?? article?.title ?? '', captions});
  return {metadata, cleaned};
}
