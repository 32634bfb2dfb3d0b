/**
 * Process the archive's images with eleventy-img (every width and format
 * `media/options.ts` asks for) and publish them in the site's `media/`
 * folder, and nothing else: an image no page uses is never copied. With a
 * build cache, processed files are kept in `media/` of the cache, named by
 * a hash of their source's bytes and the encoders' settings, and an image
 * whose files are all there is not processed again; its files are
 * hard-linked into the site. The cache keeps the files of this build only.
 */

import {mkdir, readdir, rename, rm, stat} from 'node:fs/promises';
import path from 'node:path';
import eleventyImage from '@11ty/eleventy-img';
import {linkOrCopyFilesSync} from '../util/hard-links.ts';
import {mapLimited} from '../util/map-limited.ts';
import type {MediaFile} from '../model/types.ts';
import {imageOptions, mediaFolder} from './options.ts';

/** What writing the images did. */
export interface MediaResult {
  /** Source images published. */
  readonly images: number;
  /** Of those, the ones processed by this build; the others came from the cache. */
  readonly processed: number;
  /** Files written into the site's `media/` folder. */
  readonly files: number;
}

/** Options of `writeImages`. */
export interface MediaOptions {
  /** Keep processed files here (in `media/`) and reuse them while their source is unchanged. */
  readonly cacheDir?: string;
}

/** Processing made other files than the inspection planned: a fault in the program, never in the content. */
export class MediaError extends Error {
  override readonly name = 'MediaError';
}

const exists = (file: string): Promise<boolean> => stat(file).then(() => true, () => false);

/** Numbers the folders images are processed in: unique within the process, since eleventy-img remembers the folders it made. */
let folders = 0;

/** Process (or take from the cache) every image of `media`, from `contentDir`, into `siteDir/media/`, linked from `mediaUrl`. */
export async function writeImages(media: readonly MediaFile[], contentDir: string, siteDir: string, mediaUrl: string, options: MediaOptions = {}): Promise<MediaResult> {
  const site = path.join(siteDir, mediaFolder);
  const store = options.cacheDir === undefined ? site : path.join(options.cacheDir, mediaFolder);
  await mkdir(store, {recursive: true});
  let processed = 0;
  // Two images at a time: each is already encoded on several threads by sharp.
  await mapLimited(media, 2, async (image) => {
    const present = await Promise.all(image.files.map((file) => exists(path.join(store, file))));
    if (present.every(Boolean)) return;
    processed++;
    // Written aside, then moved in: an interrupted build never leaves a half-written file under its final name.
    const folder = path.join(store, `.partial-${process.pid}-${++folders}`);
    await mkdir(folder, {recursive: true});
    try {
      await eleventyImage(path.join(contentDir, image.path), imageOptions(mediaUrl, image, folder));
      for (const file of image.files) {
        const written = path.join(folder, file);
        if (!(await exists(written))) throw new MediaError(`Processing ${image.path} did not make ${file}, which the pages link to.`);
        await rename(written, path.join(store, file));
      }
    } finally {
      await rm(folder, {recursive: true, force: true});
    }
  });
  const files = [...new Set(media.flatMap((image) => image.files))].sort();
  if (store !== site) {
    linkOrCopyFilesSync(files, store, site);
    const keep = new Set(files);
    const stale = (await readdir(store)).filter((name) => !keep.has(name));
    await Promise.all(stale.map((name) => rm(path.join(store, name), {recursive: true, force: true})));
  }
  return {images: media.length, processed, files: files.length};
}
