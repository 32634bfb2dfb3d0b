/**
 * The Eleventy plugin that turns an `Archive` into the site: it registers the
 * global data, the Nunjucks settings, the stylesheet copy and the few
 * computed values the base layout reads. Templates live in `templates/` and
 * only render what the archive already holds.
 */

import { fileURLToPath } from 'node:url';

import type { Archive } from '../model/types.ts';
import { isRecord } from '../util/is-record.ts';

/** Options Eleventy passes to the Nunjucks `Environment`. */
export interface NunjucksEnvironmentOptions {
  readonly autoescape: boolean;
  readonly throwOnUndefined: boolean;
}

/**
 * The part of Eleventy's configuration object (`eleventyConfig`) this project
 * uses. Eleventy ships no usable TypeScript types, so this names only what is
 * called here.
 */
export interface EleventyConfig {
  /** Global data added so far, by `addGlobalData` calls that ran earlier. */
  readonly globalData: Readonly<Record<string, unknown>>;
  /** Adds one key of global data; plain objects are deep-merged into an existing value. */
  addGlobalData(name: string, value: unknown): unknown;
  /** Options for the Nunjucks environment Eleventy creates. */
  setNunjucksEnvironmentOptions(options: NunjucksEnvironmentOptions): unknown;
  /** Copies files unchanged: input path (relative to the working directory, or absolute) to output path. */
  addPassthroughCopy(paths: Readonly<Record<string, string>>): unknown;
  /** The file extensions Eleventy renders as templates. */
  setTemplateFormats(formats: readonly string[]): unknown;
  /** Runs a plugin after the configuration file has returned. */
  addPlugin<Options>(plugin: EleventyPlugin<Options>, options: Options): unknown;
}

/** An Eleventy plugin: a function of the configuration object and its options. */
export type EleventyPlugin<Options> = (eleventyConfig: EleventyConfig, options: Options) => void | Promise<void>;

/** Options of {@link archiveSite}. */
export interface ArchiveSiteOptions {
  /**
   * The archive to render, added as the global data `archive`. Leave it out
   * when the archive was already added (for example by `renderSite`), so that
   * value is not merged with another.
   */
  readonly archive?: Archive;
}

/** The templates folder (Eleventy's input), resolved from this file so the working directory does not matter. */
export const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The stylesheet folder, copied to `/assets/`. */
const assetsDir = fileURLToPath(new URL('../../templates/assets/', import.meta.url));

/**
 * Registers everything the site needs with Eleventy: the global data
 * `archive` (when given), Nunjucks with autoescaping, the copy of
 * `templates/assets/` to `/assets/`, Nunjucks as the only template format
 * (so the stylesheet is never read as a template), and the computed values
 * `meta`, `locale` and `pageFeed` that `templates/_layouts/base.njk` reads.
 */
export default function archiveSite(eleventyConfig: EleventyConfig, options: ArchiveSiteOptions): void {
  if (options.archive !== undefined) {
    eleventyConfig.addGlobalData('archive', options.archive);
    eleventyConfig.addGlobalData('renderArticles', options.archive.articles);
  }
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  // A render that only writes a share of the article pages leaves the assets to another.
  if (eleventyConfig.globalData['articlesOnly'] !== true) eleventyConfig.addPassthroughCopy({ [assetsDir]: 'assets' });
  eleventyConfig.setTemplateFormats(['njk']);
  // Computed values the base layout reads, each named by a front-matter key
  // that holds a dotted path into the template's data: a template writes
  // `metaFrom: article.page` and the layout gets that record as `meta`. This
  // keeps front matter declarative and avoids `page`, which Eleventy reserves.
  eleventyConfig.addGlobalData('eleventyComputed', {
    /**
     * The output path, read from the record the template names in
     * `permalinkFrom`: a plain lookup, where a `permalink: "{{ … }}"` string
     * would be compiled and rendered as a template for every page.
     */
    permalink: (data: unknown) => {
      if (!isRecord(data) || typeof data['permalinkFrom'] !== 'string') return isRecord(data) ? data['permalink'] : undefined;
      const permalink = resolveValue(data, data['permalinkFrom']);
      if (typeof permalink !== 'string') {
        throw new Error(`Front matter "permalinkFrom: ${data['permalinkFrom']}" does not name a permalink in the template's data.`);
      }
      return permalink;
    },
    /** The page's `PageMeta`: title, description, URLs. */
    meta: (data: unknown) => resolveFrom(data, 'metaFrom', undefined),
    /** A record with `language` and `dir` for `<html lang dir>`; the site's unless a template names another. */
    locale: (data: unknown) => resolveFrom(data, 'localeFrom', 'archive.site'),
    /** The page's own `Feed`, linked from the head next to the site's feed; optional. */
    pageFeed: (data: unknown) => resolveFrom(data, 'feedFrom', undefined),
  });
}

/** The value at a dotted path in `data`, or `undefined`. */
function resolveValue(data: unknown, path: string): unknown {
  let value: unknown = data;
  for (const segment of path.split('.')) {
    value = isRecord(value) ? value[segment] : undefined;
  }
  return value;
}

/**
 * Follows the dotted path written in front-matter key `key` (or `fallback`
 * when the key is absent) through `data`. Returns `undefined` when neither is
 * given; throws when a path is given but does not lead to an object, so a
 * typo in a template fails the build instead of rendering an empty head.
 */
export function resolveFrom(data: unknown, key: string, fallback: string | undefined): unknown {
  if (!isRecord(data)) {
    return undefined;
  }
  const written = data[key];
  const path = typeof written === 'string' && written !== '' ? written : fallback;
  if (path === undefined) {
    return undefined;
  }
  const value = resolveValue(data, path);
  if (!isRecord(value)) {
    throw new Error(`Front matter "${key}: ${path}" does not name an object in the template's data.`);
  }
  return value;
}
