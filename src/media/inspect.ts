/**
 * Look at each image file an archive uses, before anything is processed:
 * is it there, can it be read, how big is it, and which files will
 * processing make of it (their names, widths and heights, from
 * eleventy-img's statistics). Reading a header and hashing the bytes is
 * fast; resizing and encoding (`write.ts`) is the slow part, and can run
 * alongside rendering because the pages only need what is found here.
 */

import {stat} from 'node:fs/promises';
import path from 'node:path';
import eleventyImage, {type ImageMetadata} from '@11ty/eleventy-img';
import sharp from 'sharp';
import {mapLimited} from '../util/map-limited.ts';
import {fallbackFormat, imageOptions, type Renditions, renditionsFor} from './options.ts';

/** An image file that can be processed, with the files processing makes of it. */
export interface ImageInfo {
  /** Relative to the content folder. */
  readonly path: string;
  /** As shown, after the camera's orientation is applied. */
  readonly width: number;
  readonly height: number;
  /** The source's format, as sharp names it: `jpeg`, `png`, `webp`, … */
  readonly format: string;
  readonly bytes: number;
  /** What processing makes of it. */
  readonly renditions: Renditions;
  /** The files processing makes, by format, narrowest first. */
  readonly outputs: ImageMetadata;
}

/** What is wrong with an image file. */
export interface ImageFault {
  readonly path: string;
  readonly fault: 'missing' | 'unreadable';
  /** What the reader or the file system said, for `unreadable`. */
  readonly detail: string;
}

/** Whether an inspection found a usable image. */
export function isImageInfo(value: ImageInfo | ImageFault): value is ImageInfo {
  return 'outputs' in value;
}

/** An image file to inspect: its path relative to the content folder, and whether only link previews show it (the site's card). */
export interface ImageRequest {
  readonly path: string;
  readonly shareOnly: boolean;
}

/** Inspect the image files `requests` (relative to `contentDir`), to be published in the folder `mediaUrl`, a few at a time. */
export async function inspectImages(contentDir: string, requests: readonly ImageRequest[], mediaUrl: string): Promise<Map<string, ImageInfo | ImageFault>> {
  const results = await mapLimited(requests, 8, (request) => inspectImage(contentDir, request.path, request.shareOnly, mediaUrl));
  return new Map(results.map((result) => [result.path, result]));
}

async function inspectImage(contentDir: string, file: string, shareOnly: boolean, mediaUrl: string): Promise<ImageInfo | ImageFault> {
  const absolute = path.join(contentDir, file);
  const stats = await stat(absolute).catch(() => undefined);
  if (stats === undefined || !stats.isFile()) return {path: file, fault: 'missing', detail: ''};
  try {
    const metadata = await sharp(absolute).metadata();
    const {width, height, format} = metadata;
    if (width === undefined || height === undefined || format === undefined) throw new Error('it has no size');
    const renditions = renditionsFor(fallbackFormat(format, metadata.hasAlpha === true), shareOnly);
    // eleventy-img names the files by a hash of the bytes: the same names processing writes.
    const image = new eleventyImage.Image(absolute, imageOptions(mediaUrl, renditions));
    const oriented = {width, height, format, hasAlpha: metadata.hasAlpha === true, ...(metadata.orientation === undefined ? {} : {orientation: metadata.orientation})};
    const outputs = image.getFullStats({...oriented});
    const rotated = metadata.orientation !== undefined && metadata.orientation >= 5;
    return {path: file, width: rotated ? height : width, height: rotated ? width : height, format, bytes: stats.size, renditions, outputs};
  } catch (error) {
    return {path: file, fault: 'unreadable', detail: error instanceof Error ? error.message : String(error)};
  }
}
