/**
 * Read `content/site.yaml` and apply the command line's overrides.
 */

import type {VFile} from 'vfile';
import {checkKnownFields, describe, type FieldContext, readText, readUrl} from './fields.ts';
import {readLeadImage} from './images.ts';
import {readYamlFile} from './front-matter.ts';
import {isAbsoluteUrl} from '../model/ids.ts';
import {canonicalLanguageTag, defaultLanguage, directionOf} from '../model/language.ts';
import {fail, fileHasErrors} from './messages.ts';
import type {ContentFile} from './files.ts';
import {readInterface} from './interface-messages.ts';
import {defaultMaxShardPages, smallestMaxShardPages} from '../search/shards.ts';
import type {AbsoluteUrl, Site} from '../model/types.ts';

/** Settings from the command line, which win over `site.yaml`. */
export interface SiteOverrides {
  readonly baseUrl?: string;
  readonly pathPrefix?: string;
}

/** The fields of `site.yaml`. */
export const siteFields: readonly string[] = ['title', 'description', 'baseUrl', 'language', 'pathPrefix', 'searchShardPages', 'image'];

/** `/archive` or `archive/` → `/archive/`; `undefined` when it is not a path. */
export function normalisePathPrefix(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^\/?[A-Za-z0-9._~\-/]*$/.test(trimmed) || trimmed.includes('//') || trimmed.split('/').some((part) => part === '..' || part === '.')) {
    return undefined;
  }
  const inner = trimmed.replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}

/** Read `site.yaml` (an undefined file means it is missing, which was reported already). */
export function readSite(file: VFile | undefined, overrides: SiteOverrides, messageFiles: readonly ContentFile[] = []): Site | undefined {
  if (file === undefined) return undefined;
  const fields: FieldContext = {file, fields: readYamlFile(file), what: '`site.yaml`'};
  if (fileHasErrors(file)) return undefined;
  checkKnownFields(fields, siteFields);
  const title = readText(fields, 'title', true);
  const description = readText(fields, 'description', false)?.value ?? '';

  let baseUrl: AbsoluteUrl | undefined;
  if (overrides.baseUrl !== undefined) {
    if (isAbsoluteUrl(overrides.baseUrl)) baseUrl = overrides.baseUrl;
    else fail(file, `\`--base-url\` \`${overrides.baseUrl}\` is not an absolute http(s) URL, such as \`https://archive.example.org\`.`, undefined, 'invalid-url');
  } else if (fields.fields.has('baseUrl')) {
    baseUrl = readUrl(fields, 'baseUrl', isAbsoluteUrl);
  } else {
    fail(file, 'Missing `baseUrl`: the site needs its own address for canonical links, feeds and the sitemap. Add a line such as `baseUrl: https://archive.example.org`, or pass `--base-url`.', {line: 1, column: 1}, 'missing-field');
  }

  let language = defaultLanguage;
  const languageField = readText(fields, 'language', false);
  if (languageField !== undefined) {
    const tag = canonicalLanguageTag(languageField.value);
    if (tag === undefined) fail(file, `\`language\` \`${languageField.value}\` is not a BCP 47 language tag. Use a tag such as \`en\`.`, languageField.place, 'invalid-language');
    else language = tag;
  }

  const ui = readInterface(file, language, languageField?.place, messageFiles);

  let pathPrefix = '/';
  const prefixField = readText(fields, 'pathPrefix', false);
  const prefixValue = overrides.pathPrefix ?? prefixField?.value;
  if (prefixValue !== undefined) {
    const normalised = normalisePathPrefix(prefixValue);
    if (normalised === undefined) {
      fail(file, `The path prefix \`${prefixValue}\` is not a URL path such as \`/archive/\`.`, overrides.pathPrefix === undefined ? prefixField?.place : undefined, 'invalid-path-prefix');
    } else {
      pathPrefix = normalised;
    }
  }

  let searchShardPages = defaultMaxShardPages;
  const shardField = fields.fields.get('searchShardPages');
  if (shardField !== undefined && shardField.value !== null) {
    const value = shardField.value;
    if (typeof value === 'number' && Number.isInteger(value) && value >= smallestMaxShardPages) {
      searchShardPages = value;
    } else {
      fail(
        file,
        `\`searchShardPages\` must be a whole number of pages, at least \`${smallestMaxShardPages}\`, but it is ${typeof value === 'string' ? `\`${value}\`` : describe(value)}. It is the most pages in one part of the search index; the default is \`${defaultMaxShardPages}\`.`,
        shardField.place,
        'invalid-setting',
      );
    }
  }

  // The image link previews show for pages without one of their own; its path is from the content folder.
  const image = readLeadImage(fields, 'site.yaml')?.image;

  // Without its trailing slashes, so that `baseUrl` and a root-relative link make a URL.
  const root = baseUrl?.replace(/\/+$/, '');
  if (title === undefined || root === undefined || !isAbsoluteUrl(root) || fileHasErrors(file)) return undefined;
  return {
    title: title.value,
    description,
    baseUrl: root,
    pathPrefix,
    language,
    dir: directionOf(language),
    ui,
    ...(image === undefined ? {} : {image}),
    searchShardPages,
  };
}
