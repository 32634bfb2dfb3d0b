/**
 * The markup of a processed image: a `<picture>` with a WebP `<source>` and
 * the fallback `<img>`, each with `srcset` over every width made and
 * `sizes` for the text column, the `<img>` with its width, height and alt
 * text (eleventy-img's `generateHTML`), and the one rendition link previews
 * use.
 */

import eleventyImage, {type ImageStat} from '@11ty/eleventy-img';
import {escapeHtml} from '../util/escape-html.ts';
import type {ImageInfo} from './inspect.ts';
import {columnSizes, shareWidth} from './options.ts';

/** How an image loads: `eager` (high priority for the lead image) near the top of a page, `lazy` further down. */
export type ImageLoading = 'lead' | 'eager' | 'lazy';

/** The `<picture>` for `info`, described by `alt`; `title` for an inline image's caption. */
export function pictureHtml(info: ImageInfo, alt: string, loading: ImageLoading, title?: string): string {
  return eleventyImage.generateHTML(
    info.outputs,
    {
      alt,
      sizes: columnSizes,
      loading: loading === 'lazy' ? 'lazy' : 'eager',
      decoding: 'async',
      ...(loading === 'lead' ? {fetchpriority: 'high'} : {}),
      ...(title === undefined ? {} : {title: escapeHtml(title)}),
    },
    {whitespaceMode: 'inline'},
  );
}


/**
 * The rendition for link previews: the fallback format (JPEG or PNG, which
 * every service reads) at the widest width up to 1200 pixels, the size
 * OpenGraph and Twitter cards ask for.
 */
export function shareRendition(info: ImageInfo): ImageStat & {readonly filename: string} {
  const fallback = info.outputs[info.renditions.formats.at(-1) ?? 'jpeg'] ?? [];
  const fitting = fallback.filter((stat) => stat.width <= shareWidth);
  const chosen = fitting.at(-1) ?? fallback[0];
  const filename = chosen?.filename;
  if (chosen === undefined || filename === undefined) throw new Error(`No file of ${info.path} was planned for link previews.`);
  return {...chosen, filename};
}
