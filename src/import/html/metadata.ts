/**
 * What a saved page says about its article, from the markup publishers put
 * there for search engines and social networks: JSON-LD (`NewsArticle` and
 * kin), Open Graph and `article:` meta tags, `<meta name=author>`, `<time>`,
 * `<link rel=canonical>` and `<html lang>`. Every value is checked before it
 * is used; a page that says nothing gives nothing.
 */

import {isRecord} from '../../util/is-record.ts';
import {isAbsoluteUrl} from '../../model/ids.ts';
import {canonicalLanguageTag} from '../../model/language.ts';
import type {PageDocument} from './dom.ts';
import {looksLikePersonName} from '../clean/names.ts';

/** One value the page gives, and where it says it. */
export interface PageFact<T = string> {
  readonly value: T;
  /** Where it comes from, for the report: `og:title`, `JSON-LD headline`, `<h1>` … */
  readonly from: string;
}

/** The article's facts, as the page states them. */
export interface PageMetadata {
  readonly title?: PageFact;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: as precise as the page is, in the publisher's own time zone. */
  readonly date?: PageFact;
  readonly authors: readonly PageFact[];
  /** The outlet's name. */
  readonly siteName?: PageFact;
  /** The article's canonical address, absolute. */
  readonly url?: PageFact;
  /** A BCP 47 tag. */
  readonly language?: PageFact;
}

/** Schema.org types of an article. */
const articleType = /(?:Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|Posting)$/u;

const text = (value: string | null | undefined): string => (value ?? '').replace(/\s+/gu, ' ').trim();

/** Every object of the page's JSON-LD blocks, `@graph`s and lists flattened. */
function jsonLdObjects(document: PageDocument): Readonly<Record<string, unknown>>[] {
  const found: Readonly<Record<string, unknown>>[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (isRecord(value)) {
      found.push(value);
      if ('@graph' in value) visit(value['@graph'], depth + 1);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // Broken JSON-LD is common; the page's other markup still counts.
    }
  }
  return found;
}

/** The types of a JSON-LD object. */
function typesOf(object: Readonly<Record<string, unknown>>): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
}

/** A JSON-LD value as text: a string, or the `name` of an object. */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return text(value) || undefined;
  if (isRecord(value) && typeof value['name'] === 'string') return text(value['name']) || undefined;
  return undefined;
}

/** The `content` of the first meta tag matching one of `selectors`. */
function meta(document: PageDocument, ...selectors: string[]): PageFact | undefined {
  for (const selector of selectors) {
    for (const element of document.querySelectorAll(selector)) {
      const value = text(element.getAttribute('content'));
      if (value !== '') return {value, from: selector.replace(/^meta\[(?:property|name|itemprop)="?([^"\]]+)"?\]$/u, '$1')};
    }
  }
  return undefined;
}

const monthNumbers: ReadonlyMap<string, number> = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((name, index) => [name, index + 1]),
);

/**
 * A page's date as `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`): the date part of an
 * ISO 8601 value as written, so that the publisher's own day is kept
 * whatever its time zone; or an English `November 19, 2019` / `19 Nov 2019`.
 */
export function pageDate(value: string): string | undefined {
  const trimmed = value.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])/u.exec(trimmed);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const checked = (year: number, month?: number, day?: number): string | undefined => {
    if (year < 1900 || year > 2100) return undefined;
    if (month === undefined) return String(year);
    if (month < 1 || month > 12) return undefined;
    if (day === undefined) return `${year}-${pad(month)}`;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return day >= 1 && day <= last ? `${year}-${pad(month)}-${pad(day)}` : undefined;
  };
  if (iso !== null) return checked(Number(iso[1]), iso[2] === undefined ? undefined : Number(iso[2]), iso[3] === undefined ? undefined : Number(iso[3]));
  const monthFirst = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u.exec(trimmed);
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/u.exec(trimmed);
  for (const [monthName, day, year] of [
    [monthFirst?.[1], monthFirst?.[2], monthFirst?.[3]],
    [dayFirst?.[2], dayFirst?.[1], dayFirst?.[3]],
  ]) {
    const month = monthNumbers.get((monthName ?? '').slice(0, 3).toLowerCase());
    if (month !== undefined && day !== undefined && year !== undefined) return checked(Number(year), month, Number(day));
  }
  return undefined;
}

/** An outlet's name without a tagline (`LinkNaija | Nigeria's popular news platform` → `LinkNaija`); a bare address gives its host. */
function cleanName(value: string): string {
  const name = text(value);
  if (isAbsoluteUrl(name)) return new URL(name).hostname.replace(/^www\./u, '');
  return name.split(/\s+[|–—]\s+/u)[0]?.trim() || name;
}

/** Whether a credit is a person rather than the outlet, an agency or a desk: two words at least, not `The …`, not the site's name. */
function isPersonCredit(name: string, siteName: string | undefined): boolean {
  const key = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return name.trim().split(/\s+/u).length >= 2 && !/^the\s/iu.test(name) && (siteName === undefined || key(name) !== key(siteName));
}

/** `Headline | Site`, `Headline - Site`, `Site: Headline` → `Headline`, when the other part is the site's name. */
export function withoutSiteName(title: string, siteName: string | undefined): string {
  const key = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const parts = title.split(/\s+[|–—•·-]\s+|\s*\|\s*/u);
  if (parts.length < 2) return title;
  const site = siteName === undefined ? '' : key(siteName);
  const last = parts[parts.length - 1] ?? '';
  const first = parts[0] ?? '';
  if (site !== '' && (key(last).includes(site) || site.includes(key(last)))) return parts.slice(0, -1).join(' | ').trim() || title;
  if (site !== '' && key(first) === site) return parts.slice(1).join(' | ').trim() || title;
  return title;
}

/** Names from a byline: `By Jane Roe and John Doe` → both, `Jane Roe, Reuters` → `Jane Roe`. */
export function bylineNames(byline: string): string[] {
  return text(byline)
    .replace(/^(?:by|written by|words by|story by|von|par|por)\s+/iu, '')
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\|)\s*/u)
    .flatMap((name) => name.split(/(?<=\p{Ll}{2})\.\s+/u))
    .map((name) => name.trim().replace(/\.$/u, ''))
    .filter(looksLikePersonName);
}

/** The page's JSON-LD article object, if any. */
type JsonLdArticle = Readonly<Record<string, unknown>> | undefined;

/** The title: `og:title`, `twitter:title`, JSON-LD `headline` (often cut at 110 characters), `<h1>`, `<title>`; without the site's name. */
function titleOf(document: PageDocument, article: JsonLdArticle, siteName: string | undefined): PageFact | undefined {
  const headline = article === undefined ? undefined : nameOf(article['headline']);
  const h1 = text(document.querySelector('h1')?.textContent);
  const titleTag = text(document.querySelector('title')?.textContent);
  const found: PageFact | undefined =
    meta(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ??
    (headline === undefined ? undefined : {value: headline, from: 'JSON-LD headline'}) ??
    (h1 === '' ? undefined : {value: h1, from: '<h1>'}) ??
    (titleTag === '' ? undefined : {value: titleTag, from: '<title>'});
  return found === undefined || found.value === '' ? undefined : {...found, value: withoutSiteName(found.value, siteName)};
}

/** Meta tags that carry the publication date, in the order they are trusted. */
const dateMeta = [
  'meta[property="article:published_time"]',
  'meta[itemprop~="datePublished"]',
  'meta[property="article:published"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="publish-date"]',
  'meta[name="pubdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]',
];

/** The publication date: JSON-LD `datePublished`, the meta tags, `itemprop` and `<time datetime>`, a date in the address; the first that parses. */
function dateOf(document: PageDocument, article: JsonLdArticle, address: string): PageFact | undefined {
  const candidates: PageFact[] = [];
  if (article !== undefined && typeof article['datePublished'] === 'string') candidates.push({value: article['datePublished'], from: 'JSON-LD datePublished'});
  const metaDate = meta(document, ...dateMeta);
  if (metaDate !== undefined) candidates.push(metaDate);
  for (const element of document.querySelectorAll('[itemprop~="datePublished"]:not(meta), time[datetime]')) {
    const value = element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.textContent;
    candidates.push({value: text(value), from: element.tagName.toLowerCase() === 'time' ? '<time datetime>' : 'itemprop datePublished'});
  }
  const inAddress = /\/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:\/|$)/u.exec(address);
  if (inAddress !== null) candidates.push({value: `${inAddress[1] ?? ''}-${inAddress[2] ?? ''}-${inAddress[3] ?? ''}`, from: 'the address'});
  for (const candidate of candidates) {
    const value = pageDate(candidate.value);
    if (value !== undefined) return {value, from: candidate.from};
  }
  return undefined;
}

/** The authors: JSON-LD `author` people, else the author meta tags; people only, not the outlet. */
function authorsOf(document: PageDocument, article: JsonLdArticle, siteName: string | undefined, publisher: string | undefined): PageFact[] {
  const authors: PageFact[] = [];
  const add = (name: string, from: string): void => {
    if (isPersonCredit(name, siteName) && name !== publisher && !authors.some((known) => known.value === name)) authors.push({value: name, from});
  };
  if (article !== undefined) {
    const list = Array.isArray(article['author']) ? article['author'] : [article['author']];
    for (const item of list) {
      const name = nameOf(item);
      const person = !isRecord(item) || typesOf(item).length === 0 || typesOf(item).includes('Person');
      if (name !== undefined && person) for (const part of bylineNames(name)) add(part, 'JSON-LD author');
    }
  }
  if (authors.length > 0) return authors;
  for (const element of document.querySelectorAll('meta[name="author"], meta[property="author"], meta[name="byl"], meta[name="parsely-author"]')) {
    for (const name of bylineNames(element.getAttribute('content') ?? '')) add(name, `meta ${element.getAttribute('name') ?? 'author'}`);
  }
  return authors;
}

/** Read the article's facts from `document`. */
export function pageMetadata(document: PageDocument): PageMetadata {
  const article = jsonLdObjects(document).find((object) => typesOf(object).some((type) => articleType.test(type)));
  const publisher = article === undefined ? undefined : nameOf(article['publisher']);
  const siteName: PageFact | undefined =
    meta(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]') ?? (publisher === undefined ? undefined : {value: publisher, from: 'JSON-LD publisher'});
  const canonical = [
    {value: text(document.querySelector('link[rel="canonical"]')?.getAttribute('href')), from: 'canonical link'},
    meta(document, 'meta[property="og:url"]'),
  ].find((fact): fact is PageFact => fact !== undefined && isAbsoluteUrl(fact.value));
  const title = titleOf(document, article, siteName?.value);
  const date = dateOf(document, article, canonical?.value ?? '');
  const lang = text(document.documentElement.getAttribute('lang')) || (meta(document, 'meta[http-equiv="content-language"]')?.value ?? '');
  const languageTag = lang === '' ? undefined : canonicalLanguageTag(lang.replace(/_/gu, '-'));
  return {
    ...(title === undefined ? {} : {title}),
    ...(date === undefined ? {} : {date}),
    authors: authorsOf(document, article, siteName?.value, publisher),
    ...(siteName === undefined ? {} : {siteName: {...siteName, value: cleanName(siteName.value)}}),
    ...(canonical === undefined ? {} : {url: canonical}),
    ...(languageTag === undefined ? {} : {language: {value: languageTag, from: '<html lang>'}}),
  };
}
