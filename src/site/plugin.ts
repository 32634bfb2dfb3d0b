/**
 * The Eleventy plugin that turns an `Archive` into the site: it registers the
 * global data, the Nunjucks settings, the stylesheet copy and the few
 * computed values the base layout reads. Everything it renders comes from
 * its options, never from Eleventy's global data. Templates live in
 * `templates/` and only render what the archive already holds.
 */

import { fileURLToPath } from 'node:url';

import { readdirSync } from 'node:fs';
import { translatorFor } from '../i18n/translator.ts';
import type { Archive, Article, Navigation } from '../model/types.ts';
import { isRecord } from '../util/is-record.ts';
import { templateMessages } from './template-messages.ts';

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
  /** Adds one key of global data; plain objects are deep-merged into an existing value. */
  addGlobalData(name: string, value: unknown): unknown;
  /** Options for the Nunjucks environment Eleventy creates. */
  setNunjucksEnvironmentOptions(options: NunjucksEnvironmentOptions): unknown;
  /** Copies files unchanged: input path (relative to the working directory, or absolute) to output path. */
  addPassthroughCopy(paths: Readonly<Record<string, string>>): unknown;
  /** The file extensions Eleventy renders as templates. */
  setTemplateFormats(formats: readonly string[]): unknown;
  /** The folder of includes, relative to the input folder. */
  setIncludesDirectory(dir: string): unknown;
  /** The folder of layouts, relative to the input folder. */
  setLayoutsDirectory(dir: string): unknown;
  /** Paths (or globs) Eleventy does not read as templates. */
  readonly ignores: Set<string>;
  /** Changes a template library once Eleventy has made it: for Nunjucks, its `Environment`. */
  amendLibrary(name: 'njk', amend: (environment: {addGlobal(name: string, value: unknown): unknown}) => void): unknown;
  /** Runs a plugin after the configuration file has returned. */
  addPlugin<Options>(plugin: EleventyPlugin<Options>, options: Options): unknown;
}

/** An Eleventy plugin: a function of the configuration object and its options. */
export type EleventyPlugin<Options> = (eleventyConfig: EleventyConfig, options: Options) => void | Promise<void>;

/** Options of {@link archiveSite}: what to render. */
export interface ArchiveSiteOptions {
  /** The archive, added as the global data `archive` that every template reads. */
  readonly archive: Archive;
  /** The article pages to write (`templates/article.njk` pages over them): all of `archive.articles`, or a share. */
  readonly articles: readonly Article[];
  /** Write only those article pages: no other page and no assets, which another render writes. */
  readonly articlesOnly: boolean;
}

/** The templates folder (Eleventy's input), resolved from this file so the working directory does not matter. */
export const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The stylesheet folder, copied to `/assets/`. */
const assetsDir = fileURLToPath(new URL('../../templates/assets/', import.meta.url));

/** The links of the site's navigation, which the base layout marks `aria-current` on their own page. */
const navPages = ['home', 'timeline', 'topics', 'actors', 'sources', 'search'] as const satisfies readonly (keyof Navigation)[];

/**
 * Configures Eleventy for the archive site: the folders of includes and
 * layouts in `templates/`, and {@link archiveSite} with `options`. Both the
 * build (`renderSite`) and `.eleventy.ts` configure Eleventy through this.
 */
export function configureArchiveSite(eleventyConfig: EleventyConfig, options: ArchiveSiteOptions): void {
  eleventyConfig.setIncludesDirectory('_includes');
  eleventyConfig.setLayoutsDirectory('_layouts');
  eleventyConfig.addPlugin(archiveSite, options);
}

/**
 * Registers everything the site needs with Eleventy: the global data
 * `archive` and `renderArticles` (the article pages to write), Nunjucks with
 * autoescaping, the copy of `templates/assets/` to `/assets/` (unless only
 * article pages are written; then the other templates are ignored too),
 * Nunjucks as the only template format (so the stylesheet is never read as
 * a template), the interface's messages (`t`, `text` and `n`, see
 * `template-messages.ts`) in the site's language, and the computed values
 * `permalink`, `meta`, `locale`, `pageFeed`, `documentTitle` and
 * `navCurrent` that the templates and `templates/_layouts/base.njk` read.
 */
export default function archiveSite(eleventyConfig: EleventyConfig, options: ArchiveSiteOptions): void {
  eleventyConfig.addGlobalData('archive', options.archive);
  eleventyConfig.addGlobalData('renderArticles', options.articles);
  const translator = translatorFor(options.archive.site.ui);
  // Added to the environment itself rather than with `addNunjucksGlobal`, which times every call for Eleventy's benchmark report.
  const messages = templateMessages(translator);
  eleventyConfig.amendLibrary('njk', (environment) => {
    for (const [name, value] of Object.entries(messages)) environment.addGlobal(name, value);
  });
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  if (options.articlesOnly) {
    for (const file of readdirSync(templatesDir)) {
      if (file.endsWith('.njk') && file !== 'article.njk') eleventyConfig.ignores.add(`**/${file}`);
    }
  } else {
    eleventyConfig.addPassthroughCopy({ [assetsDir]: 'assets' });
  }
  eleventyConfig.setTemplateFormats(['njk']);
  const siteTitle = options.archive.site.title;
  const nav = options.archive.nav;
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
    /** A record with `language` and `dir` for `<html lang dir>`: the interface's unless a template names another (an article its own). */
    locale: (data: unknown) => resolveFrom(data, 'localeFrom', 'archive.site.ui'),
    /** The page's own `Feed`, linked from the head next to the site's feed; optional. */
    pageFeed: (data: unknown) => resolveFrom(data, 'feedFrom', undefined),
    /** The `<title>`: the page's title, then the site's, or the site's alone on the page that has it as its title (home). */
    documentTitle: (data: unknown) => {
      const title = pageTitle(data);
      return title === undefined ? undefined : title === siteTitle ? title : translator.text('page.title', {title, site: siteTitle});
    },
    /** Which navigation link is this page's own, for `aria-current`: `{home: true}` on the home page. */
    navCurrent: (data: unknown) => {
      const url = pageUrl(data);
      return Object.fromEntries(navPages.map((name) => [name, nav[name] === url]));
    },
  });
}

/** The `title` of the page's `PageMeta` (named by `metaFrom`), if it has one. */
function pageTitle(data: unknown): string | undefined {
  const meta = resolveFrom(data, 'metaFrom', undefined);
  return isRecord(meta) && typeof meta['title'] === 'string' ? meta['title'] : undefined;
}

/** The `url` of the page's `PageMeta` (named by `metaFrom`), if it has one. */
function pageUrl(data: unknown): string | undefined {
  const meta = resolveFrom(data, 'metaFrom', undefined);
  return isRecord(meta) && typeof meta['url'] === 'string' ? meta['url'] : undefined;
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
