/**
 * How images are processed, in one place: the widths made (no wider than
 * the source), the formats (WebP, and the source's own JPEG or PNG as the
 * fallback every browser and link preview reads), and where the files go.
 * Part of the program hash, like all of `src/`: changing a setting here
 * makes every processed image a cache miss.
 */

import type {ImageOptions} from '@11ty/eleventy-img';

/** The widths made of each image; the widest a page shows is 42rem at twice the pixel density, and link previews want 1200. */
export const imageWidths: readonly number[] = [400, 800, 1200, 1600];

/** The width of the rendition link previews show (OpenGraph and Twitter cards ask for 1200 pixels). */
export const shareWidth = 1200;

/** `sizes` for an image in the text column: the column's width, or the viewport less its padding on a phone. */
export const columnSizes = '(min-width: 44rem) 42rem, calc(100vw - 2rem)';

/** The folder of processed images in the site and in the build cache. */
export const mediaFolder = 'media';

/**
 * A source wider than this is far larger than any page shows it (twice the
 * widest size made): worth resizing before it is added.
 */
export const largestUsefulWidth = 2 * (imageWidths.at(-1) ?? 1600);

/** A source file heavier than this, in bytes, is worth compressing before it is added. */
export const largestUsefulBytes = 8 * 1024 * 1024;

/** Image file types the build processes, by file extension. */
export const imageExtensions: readonly string[] = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tif', '.tiff'];

/** The format of the `<img>` inside each `<picture>`. */
export type ImageFallback = 'png' | 'jpeg';

/**
 * The format every browser and link preview reads, for a source of
 * `format` (as sharp names it): PNG for sources that may be transparent or
 * drawn (PNG, GIF) or have an alpha channel, JPEG for the rest.
 */
export function fallbackFormat(format: string, hasAlpha: boolean): ImageFallback {
  return hasAlpha || format === 'png' || format === 'gif' ? 'png' : 'jpeg';
}

/** What to make of an image: formats (the fallback last) and widths. */
export interface Renditions {
  readonly formats: readonly string[];
  readonly widths: readonly number[];
}

/**
 * What to make of an image whose fallback format is `fallback`: for pages,
 * WebP and the fallback at every width; for link previews only (the site's
 * card), the fallback at the preview width.
 */
export function renditionsFor(fallback: ImageFallback, shareOnly: boolean): Renditions {
  return shareOnly ? {formats: [fallback], widths: [shareWidth]} : {formats: ['webp', fallback], widths: imageWidths};
}

/**
 * eleventy-img's options for `renditions` of an image linked from the
 * folder `mediaUrl` (the site's `media/`, with its path prefix), writing
 * into `outputDir` when processing. Output file names are a hash of the
 * source's bytes and of the encoders' settings, then the width: a changed
 * image gets new names.
 */
export function imageOptions(mediaUrl: string, renditions: Renditions, outputDir?: string): ImageOptions {
  return {
    widths: renditions.widths,
    formats: renditions.formats,
    urlPath: mediaUrl,
    ...(outputDir === undefined ? {} : {outputDir}),
    // The build keeps its own cache of processed files (`media/write.ts`).
    useCache: false,
    failOnError: true,
    hashLength: 12,
    sharpWebpOptions: {quality: 80, effort: 4},
    sharpJpegOptions: {quality: 82, mozjpeg: true},
    sharpPngOptions: {compressionLevel: 9},
  };
}
