/**
 * The archive's vocabulary: branded ids and the typed records that flow from
 * the content files to the pages. This module only names things; it has no
 * logic. Guards that create branded values live in `ids.ts`.
 *
 * Records are split in two layers:
 * - `*Entry` types: what one content file says, validated but not yet linked.
 * - `Article`, `Actor`, `Topic`, `Source`, `Archive`: resolved, linked and
 *   ready to render; every list, count, URL and grouping a page shows is here.
 */

declare const brand: unique symbol;

/** A string that has passed a guard and carries its meaning in its type. */
export type Brand<Base, Name extends string> = Base & { readonly [brand]: Name };

/** URL slug of an article: `[a-z0-9]+(-[a-z0-9]+)*`. */
export type ArticleSlug = Brand<string, 'ArticleSlug'>;
/** Id of an actor: its file name in `content/actors/` without `.md`. */
export type ActorId = Brand<string, 'ActorId'>;
/** Id of a topic: its file name in `content/topics/` without `.md`. */
export type TopicId = Brand<string, 'TopicId'>;
/** Id of a source (outlet): its file name in `content/sources/` without `.md`. */
export type SourceId = Brand<string, 'SourceId'>;
/** A URL as written into a page: root-relative and already carrying the site's path prefix. */
export type Href = Brand<string, 'Href'>;
/** An absolute `http(s)` URL. */
export type AbsoluteUrl = Brand<string, 'AbsoluteUrl'>;
/** A BCP 47 language tag, e.g. `en`, `ps`, `pt-BR`. */
export type LanguageTag = Brand<string, 'LanguageTag'>;

/** How much of a date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/** Text direction of a language. */
export type TextDirection = 'ltr' | 'rtl';

/** A calendar date known to a year, a month or a day; never a point in time. */
export interface PartialDate {
  readonly precision: DatePrecision;
  readonly year: number;
  /** 1–12, present for `month` and `day` precision. */
  readonly month?: number;
  /** 1–31, present for `day` precision. */
  readonly day?: number;
  /** As written in ISO 8601 at its precision: `2021`, `2021-08`, `2021-08-15`. */
  readonly iso: string;
  /** Sortable and comparable: `YYYY-MM-DD` with `00` for unknown parts. */
  readonly sortKey: string;
  /** The first instant the date can stand for, for feeds and machines: `2021-08-01T00:00:00Z`. */
  readonly timestamp: string;
}

/** A date as a page shows it. */
export interface ShownDate extends PartialDate {
  /** For readers, in the interface's language: `2021`, `August 2021`, `15 August 2021`, `۱۵ اگست ۲۰۲۱`. */
  readonly label: string;
}

/** The language the interface of a site is in. */
export interface InterfaceLocale {
  /** The id of its message catalogue (`src/i18n/catalogues/`): `en`, `fa`, `ps`, `ur`, `ru`. */
  readonly catalogue: string;
  /** For `lang`: the site's language, or `en` when no catalogue serves it. */
  readonly language: LanguageTag;
  readonly dir: TextDirection;
  /** The locale `Intl` formats dates, numbers and plurals with: `en-GB`, `fa-AF`, `ps`. */
  readonly intl: string;
  /** The site's own messages (`content/messages/<language>.yaml`), which win over the catalogue's. */
  readonly messages?: Readonly<Record<string, InterfaceMessage>>;
}

/** An interface message: a text with `{placeholders}`, or a text per plural category (`one`, `few`, `many`, `other`, …). */
export type InterfaceMessage = string | Readonly<Record<string, string>>;

/** Kinds of actor. */
export type ActorKind = 'person' | 'organization' | 'country' | 'place';

/** `content/site.yaml`, validated, with command-line overrides applied. */
export interface Site {
  readonly title: string;
  readonly description: string;
  /** Absolute URL of the site's root, without the path prefix and without a trailing slash. */
  readonly baseUrl: AbsoluteUrl;
  /** Path the site is served under: `/` or `/archive/`; always starts and ends with `/`. */
  readonly pathPrefix: string;
  /** The language of the content, unless an article says otherwise. */
  readonly language: LanguageTag;
  readonly dir: TextDirection;
  /** The language of the interface: `language` when a catalogue serves it. */
  readonly ui: InterfaceLocale;
  /** The image link previews of pages without their own show (`image:` in `site.yaml`, else the program's plain card). */
  readonly image?: ImageEntry;
  /** The most pages in one shard of the search index (`searchShardPages` in `site.yaml`). */
  readonly searchShardPages: number;
}

/** An image an article shows, as its file writes it. */
export interface ImageEntry {
  /** The image file, relative to the content folder: `articles/2021/kabul-airport.jpg`, `media/panjshir.jpg`. */
  readonly path: string;
  /** As the article writes it: `kabul-airport.jpg`, `/media/panjshir.jpg`. */
  readonly src: string;
  /** What the image shows, for readers who cannot see it. */
  readonly alt: string;
  readonly caption?: string;
  /** Who made the image (photographer, agency). */
  readonly credit?: string;
}

/** One article file after validation, before linking. */
export interface ArticleEntry {
  /** Path relative to the content folder, with `/` separators. */
  readonly path: string;
  readonly slug: ArticleSlug;
  readonly title: string;
  readonly date: PartialDate;
  readonly source?: SourceId;
  /** The outlet whose reporting the article is based on ("Read more at …"). */
  readonly reportsOn?: SourceId;
  readonly originalUrl?: AbsoluteUrl;
  readonly authors: readonly string[];
  readonly editors: readonly string[];
  /** What kind of piece it is, when not plain news: `opinion`, `analysis`, … */
  readonly genre?: string;
  readonly language: LanguageTag;
  readonly dir: TextDirection;
  readonly topics: readonly TopicId[];
  /** Actors named in front matter, added to those found in the text. */
  readonly actors: readonly ActorId[];
  /** From front matter; absent means: derive from the first paragraph. */
  readonly summary?: string;
  /** The lead image (`image:` in front matter). */
  readonly image?: ImageEntry;
  readonly draft: boolean;
}

/** One actor file after validation, before linking. */
export interface ActorEntry {
  readonly path: string;
  readonly id: ActorId;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly affiliations: readonly ActorId[];
  readonly wikidata?: string;
}

/** One topic file after validation, before linking. */
export interface TopicEntry {
  readonly path: string;
  readonly id: TopicId;
  readonly title: string;
  readonly description: string;
}

/** One source file after validation, before linking. */
export interface SourceEntry {
  readonly path: string;
  readonly id: SourceId;
  readonly name: string;
  readonly url?: AbsoluteUrl;
  readonly country?: string;
}

/** A link to an article, with what a list item shows. */
export interface ArticleLink {
  readonly slug: ArticleSlug;
  readonly url: Href;
  readonly title: string;
  readonly date: ShownDate;
  readonly summary: string;
  readonly sourceName?: string;
  readonly language: LanguageTag;
  readonly dir: TextDirection;
}

/** A link to an actor, with what a list item shows. */
export interface ActorLink {
  readonly id: ActorId;
  readonly url: Href;
  readonly name: string;
  readonly kind: ActorKind;
  readonly description: string;
}

/** A link to a topic. */
export interface TopicLink {
  readonly id: TopicId;
  readonly url: Href;
  readonly title: string;
}

/** A link to a source. */
export interface SourceLink {
  readonly id: SourceId;
  readonly url: Href;
  readonly name: string;
}

/** An actor together with how often something names it. */
export interface ActorCount {
  readonly actor: ActorLink;
  /** Mentions in the text (0 when the actor is only listed in front matter). */
  readonly count: number;
  /** Articles that name the actor, where the count is over several articles. */
  readonly articles: number;
}

/** An article in an actor's list: where the actor first appears. */
export interface Appearance {
  readonly article: ArticleLink;
  readonly count: number;
  /** The sentence of the first mention; empty when the actor is only listed in front matter. */
  readonly sentence: string;
}

/** A quotation on its article's page. */
export interface Quote {
  /** The words inside the quote marks. */
  readonly text: string;
  /** The quote's paragraph on the article page: the article's URL and `#p3`. */
  readonly url: Href;
  readonly absoluteUrl: AbsoluteUrl;
  /** Who spoke the words, when the article says so clearly. */
  readonly speaker?: ActorLink;
}

/** One article's quotations of one actor, for the actor's page. */
export interface QuotedIn {
  readonly article: ArticleLink;
  /** In the order the article gives them. */
  readonly quotes: readonly Quote[];
}

/** A date in a second calendar, shown beside the Gregorian one. */
export interface CalendarDate {
  /** `۲۴ اسد ۱۴۰۰`: at the date's precision, in its language's digits. */
  readonly label: string;
  /** The calendar, as Intl names it: `persian`. */
  readonly calendar: string;
  /** What readers call it, in the site's language: `Solar Hijri`. */
  readonly calendarName: string;
  readonly language: LanguageTag;
  readonly dir: TextDirection;
}

/** One bar of a coverage chart: the articles of one month or year. */
export interface ChartBar {
  /** `August 2021`, `2021`, or `2021, month not known`. */
  readonly label: string;
  readonly count: number;
  /** The count as written in the site's language. */
  readonly countText: string;
  /** The bar's month or year in the timeline; absent when the bar is empty. */
  readonly url?: Href;
  /** For articles dated only to a year, in a chart of months. */
  readonly unknownMonth: boolean;
  /** The bar, in the chart's coordinates. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The whole column the bar stands in, which its link covers. */
  readonly slotX: number;
  readonly slotWidth: number;
  /** The bar's centre, where its count is written. */
  readonly cx: number;
  /** What a link to the bar is called: `August 2021: 2 articles`. */
  readonly linkLabel: string;
}

/** A label on a chart's axis. */
export interface ChartLabel {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor: 'start' | 'middle' | 'end';
}

/** A horizontal line of a chart's scale, with its value written at its start. */
export interface ChartGridLine {
  readonly y: number;
  readonly label: ChartLabel;
}

/** A static bar chart of articles per month or per year, laid out in a `width` × `height` box. */
export interface CoverageChart {
  /** The chart's id on its page, for its title and description. */
  readonly id: string;
  readonly title: string;
  /** The range, the total and the peak, in words. */
  readonly description: string;
  readonly unit: 'month' | 'year';
  /** What the first column of the numbers' table is headed: `Month`, `Year`. */
  readonly unitLabel: string;
  /** What its second column is headed: `Articles`. */
  readonly countLabel: string;
  readonly total: number;
  readonly width: number;
  readonly height: number;
  /** Left and right of the plot, and its base line. */
  readonly plotLeft: number;
  readonly plotRight: number;
  readonly baseline: number;
  readonly bars: readonly ChartBar[];
  /** Each count written over its bar when there is room, else none. */
  readonly counts: readonly ChartLabel[];
  readonly axis: readonly ChartLabel[];
  readonly grid: readonly ChartGridLine[];
}

/** An actor in a network drawing. */
export interface NetworkNode {
  readonly actor: ActorLink;
  /** Articles that name it (in the whole archive, or with the page's actor). */
  readonly articles: number;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** The radius of the circle its link covers, larger than the node for fingers. */
  readonly hitR: number;
  /** Where its name is written. */
  readonly label: ChartLabel;
  /** The actor whose page it is, on an actor page's drawing. */
  readonly centre: boolean;
}

/** Two actors named in the same articles. */
export interface NetworkEdge {
  readonly source: ActorLink;
  readonly target: ActorLink;
  /** Articles that name both. */
  readonly shared: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly strokeWidth: number;
}

/** A static drawing of who is named with whom, laid out at build time. */
export interface ActorNetwork {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  /** The fewest shared articles an edge stands for. */
  readonly threshold: number;
}

/** One month of a timeline. */
export interface TimelineMonth {
  /** `2021-08`, or `2021` for the articles dated only to the year. */
  readonly key: string;
  /** `August 2021`, or `Date within 2021 unknown`-style label for year-only articles. */
  readonly label: string;
  /** Fragment id on the year page. */
  readonly anchor: string;
  readonly count: number;
  readonly articles: readonly ArticleLink[];
}

/** One year of a timeline. */
export interface TimelineYear {
  readonly year: number;
  /** The year as the interface writes it: `2021`, `۲۰۲۱`. */
  readonly label: string;
  /** The year's own page, for the whole-archive timeline. */
  readonly url: Href;
  readonly count: number;
  readonly months: readonly TimelineMonth[];
}

/** Articles grouped by year and month, oldest first. */
export interface Timeline {
  readonly count: number;
  readonly years: readonly TimelineYear[];
}

/** Where a page of the site is written and how it is linked. */
export interface PageAddress {
  /** Output path for the renderer, without the prefix: `/articles/x/index.html`. */
  readonly permalink: string;
  /** Link from other pages, with the prefix: `/archive/articles/x/`. */
  readonly url: Href;
  /** Absolute, for canonical links, feeds and sitemaps. */
  readonly absoluteUrl: AbsoluteUrl;
}

/** An image for link previews (OpenGraph, Twitter cards, JSON-LD, feeds): one rendition every service reads (JPEG or PNG). */
export interface ShareImage {
  readonly url: AbsoluteUrl;
  readonly type: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
}

/** What every page's head carries. */
export interface PageMeta extends PageAddress {
  readonly title: string;
  readonly description: string;
  /** What a link to the page shows when it is shared. */
  readonly share: ShareMeta;
}

/** A page's OpenGraph and Twitter card data, beyond its title and description. */
export interface ShareMeta {
  /** `article` for articles, `profile` for actors, `website` for the rest. */
  readonly type: 'article' | 'profile' | 'website';
  readonly image: ShareImage;
  /** The Twitter card: a large image when the image is wide enough for one. */
  readonly card: 'summary_large_image' | 'summary';
  /** An article's date, as precise as it is known (`article:published_time`). */
  readonly published?: string;
}

/** An image file to process and publish. */
export interface MediaFile {
  /** The source, relative to the content folder. */
  readonly path: string;
  /** The formats to make, the fallback (JPEG or PNG) last. */
  readonly formats: readonly string[];
  /** The widths to make (none wider than the source). */
  readonly widths: readonly number[];
  /** The files processing makes of it, relative to the site's `media/` folder. */
  readonly files: readonly string[];
}

/** An image on a page, processed into responsive sizes and formats. */
export interface ShownImage {
  /** A `<figure>`: the `<picture>` (`srcset`, `sizes`, width, height, alt, loading) and its caption and credit. */
  readonly figure: string;
  readonly share: ShareImage;
}

/** An Atom feed. */
export interface Feed {
  readonly address: PageAddress;
  readonly title: string;
  /** The page the feed belongs to. */
  readonly alternate: AbsoluteUrl;
  /** Newest entry's timestamp; the epoch when there is none (builds stay reproducible). */
  readonly updated: string;
  readonly entries: readonly FeedEntry[];
}

/** One entry of an Atom feed. */
export interface FeedEntry {
  readonly id: AbsoluteUrl;
  /** The entry's page, for the entry's `<link rel="alternate">`. */
  readonly link: AbsoluteUrl;
  readonly title: string;
  readonly updated: string;
  readonly summary: string;
  readonly authors: readonly string[];
  /** The lead image, as an enclosure. */
  readonly image?: ShareImage;
  /** The article's language, for the entry's `xml:lang`. */
  readonly language: LanguageTag;
  /** The body, in a `<div>` that carries the article's `lang` and `dir` so that readers show it the right way round. */
  readonly html: string;
}

/** A fully linked article, ready for its page. */
export interface Article {
  readonly page: PageMeta;
  readonly link: ArticleLink;
  readonly path: string;
  readonly slug: ArticleSlug;
  readonly title: string;
  readonly date: ShownDate;
  readonly source?: SourceLink;
  readonly reportsOn?: SourceLink;
  readonly originalUrl?: AbsoluteUrl;
  readonly authors: readonly string[];
  readonly editors: readonly string[];
  readonly genre?: string;
  /** The genre for readers: from the catalogue for a known genre (`opinion`), else as written. */
  readonly genreLabel?: string;
  readonly language: LanguageTag;
  readonly dir: TextDirection;
  readonly summary: string;
  readonly topics: readonly TopicLink[];
  /** Actors in the article, most mentioned first. */
  readonly actors: readonly ActorCount[];
  /** The lead image, above the text. */
  readonly image?: ShownImage;
  /** Sanitized body HTML, the first mention of each actor linked, its images responsive. */
  readonly html: string;
  /** Plain text of the body. */
  readonly text: string;
  readonly wordCount: number;
  readonly related: readonly ArticleLink[];
  /** schema.org NewsArticle, serialised and safe to embed in a `<script>` element. */
  readonly jsonLd: string;
  /** The body's quotations, in order, attributed or not. */
  readonly quotes: readonly Quote[];
  /** The date in the Solar Hijri calendar, for articles in Persian, Dari or Pashto. */
  readonly calendarDate?: CalendarDate;
  readonly draft: boolean;
}

/** A fully linked actor, ready for its page. */
export interface Actor {
  readonly page: PageMeta;
  readonly link: ActorLink;
  readonly path: string;
  readonly id: ActorId;
  readonly name: string;
  readonly kind: ActorKind;
  /** `Person`, `Organisation`, … for readers. */
  readonly kindLabel: string;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly affiliations: readonly ActorLink[];
  /** Actors that list this one among their affiliations. */
  readonly members: readonly ActorLink[];
  readonly wikidata?: string;
  readonly wikidataUrl?: AbsoluteUrl;
  /** Sanitized profile HTML. */
  readonly html: string;
  /** Plain text of the profile. */
  readonly text: string;
  /** Every article that names the actor, newest first. */
  readonly appearances: readonly Appearance[];
  /** Mentions across all articles. */
  readonly mentionCount: number;
  /** Actors named in the same articles, most shared articles first. */
  readonly coActors: readonly ActorCount[];
  /** The actor among those it is most often named with; absent when it shares no article. */
  readonly network?: ActorNetwork;
  /** What the actor said, by article, newest first. */
  readonly quotes: readonly QuotedIn[];
  /** The page's "In their words" section, when it has quotations: its fragment id and link. */
  readonly quotesSection?: {readonly anchor: string; readonly url: Href};
  /** Articles naming the actor over time; absent when none does. */
  readonly chart?: CoverageChart;
  readonly feed: Feed;
}

/** A fully linked topic, ready for its page. */
export interface Topic {
  readonly page: PageMeta;
  readonly link: TopicLink;
  readonly path: string;
  readonly id: TopicId;
  readonly title: string;
  readonly description: string;
  /** Sanitized introduction HTML. */
  readonly html: string;
  /** Plain text of the introduction. */
  readonly text: string;
  /** Newest first. */
  readonly articles: readonly ArticleLink[];
  readonly actors: readonly ActorCount[];
  readonly timeline: Timeline;
  /** The topic's articles over time; absent when it has none. */
  readonly chart?: CoverageChart;
  readonly feed: Feed;
}

/** A fully linked source, ready for its page. */
export interface Source {
  readonly page: PageMeta;
  readonly link: SourceLink;
  readonly path: string;
  readonly id: SourceId;
  readonly name: string;
  readonly url?: AbsoluteUrl;
  readonly country?: string;
  readonly html: string;
  /** Plain text of the description. */
  readonly text: string;
  /** Newest first. */
  readonly articles: readonly ArticleLink[];
  /** Articles from other outlets that report on this outlet's reporting, newest first. */
  readonly reportedOn: readonly ArticleLink[];
}

/** Actors of one kind, for the actors index. */
export interface ActorGroup {
  readonly kind: ActorKind;
  readonly label: string;
  readonly anchor: string;
  readonly actors: readonly ActorCount[];
}

/** One year's page of the timeline. */
export interface TimelineYearPage {
  readonly page: PageMeta;
  readonly year: TimelineYear;
  /** The year's articles per month. */
  readonly chart?: CoverageChart;
  readonly previous?: TimelineYear;
  readonly next?: TimelineYear;
}

/** A URL in the sitemap. It has no `lastmod`: see `link/sitemap.ts`. */
export interface SitemapEntry {
  readonly url: AbsoluteUrl;
}

/** The listing pages, each with its head data and everything it lists. */
export interface ArchivePages {
  readonly home: PageMeta & {
    readonly latest: readonly ArticleLink[];
    readonly topics: readonly (TopicLink & { readonly count: number; readonly description: string })[];
    readonly actors: readonly ActorCount[];
  };
  readonly timeline: PageMeta & {
    /** The whole archive over time; absent when it has no article. */
    readonly chart?: CoverageChart;
  };
  readonly timelineYears: readonly TimelineYearPage[];
  readonly topics: PageMeta;
  readonly actors: PageMeta & {
    readonly groups: readonly ActorGroup[];
    /** The most-named actors and who is named with whom; absent when no two share articles enough. */
    readonly network?: ActorNetwork;
  };
  readonly sources: PageMeta;
  readonly search: PageMeta & {
    /** The catalogue's `search.*` messages as JSON, for the search page's script; safe inside `<script>`. */
    readonly messages: string;
    /** The digits the build writes numbers in (`arabext`, `latn`), which the script writes them in too, whatever its browser knows of the language. */
    readonly numbering: string;
  };
  readonly notFound: PageMeta;
}

/** The sitemap: where it is written, and every URL it lists. */
export interface Sitemap {
  readonly address: PageAddress;
  readonly entries: readonly SitemapEntry[];
}

/** One data file: where it is written, and its content. */
export interface DataFile {
  readonly address: PageAddress;
  /** The JSON text, already serialised. */
  readonly content: string;
}

/** Files for reuse: the typed records as JSON. */
export interface DataExports {
  readonly articles: DataFile;
  readonly actors: DataFile;
  readonly topics: DataFile;
  /** Every quotation with its article, paragraph and speaker. */
  readonly quotes: DataFile;
}


/** Links every page's header and footer show. */
export interface Navigation {
  readonly home: Href;
  readonly timeline: Href;
  readonly topics: Href;
  readonly actors: Href;
  readonly sources: Href;
  readonly feed: Href;
  readonly stylesheet: Href;
  readonly icon: Href;
  /** The search page, which the header's search form submits to. */
  readonly search: Href;
  /** The site's one script: the search page's interface and term highlighting on result pages. */
  readonly script: Href;
}

/** The whole archive, linked and immutable: everything the renderer needs. */
export interface Archive {
  readonly site: Site;
  readonly nav: Navigation;
  /** Newest first; the slug breaks ties. */
  readonly articles: readonly Article[];
  /** By name. */
  readonly actors: readonly Actor[];
  /** By title. */
  readonly topics: readonly Topic[];
  /** By name. */
  readonly sources: readonly Source[];
  readonly timeline: Timeline;
  readonly pages: ArchivePages;
  readonly feed: Feed;
  readonly sitemap: Sitemap;
  readonly data: DataExports;
  /** Every image file the pages use, each once, sorted: the images to process and publish. */
  readonly media: readonly MediaFile[];
}
