/**
 * Everything one article needs that depends on its own file only (and on the
 * registry's names): read and check it, find its actor mentions, render its
 * body. The result is plain data, so it can be computed in a worker thread
 * and kept in the build cache.
 */

import type {Position} from 'unist';
import {VFile} from 'vfile';
import {actorNameWords, collectNameEvidence, type NameEvidence} from '../content/advice.ts';
import {actorHref} from '../model/addresses.ts';
import {type ParsedArticle, readArticle} from '../content/article-entry.ts';
import {isStackOverflow, reportTooDeep} from '../content/markdown-limits.ts';
import {findMentions, type Mention} from './mentions.ts';
import {type Located, referenceKind, type ReferenceKind} from '../content/fields.ts';
import {ruleIdOf} from '../content/messages.ts';
import type {RuleId} from '../content/rules.ts';
import {renderHtml} from './html.ts';
import type {BodyImage} from '../content/images.ts';
import {markImage} from './images.ts';
import {createNameMatcher, type ActorNames, type NameMatcher} from './name-matcher.ts';
import {leadSummary, plainText} from './plain-text.ts';
import {anchorParagraphs, markSpeakers} from './quotes/page-marks.ts';
import {findQuotes} from './quotes/attribute.ts';
import {directionOf} from '../model/language.ts';
import type {ActorId, ArticleEntry, Href, InterfaceLocale, LanguageTag, PartialDate} from '../model/types.ts';
import {translatorFor} from '../i18n/translator.ts';

/** One article file to process. */
export interface ArticleSource {
  /** Path relative to the content folder. */
  readonly contentPath: string;
  /** Path reports show. */
  readonly reportPath: string;
  /** File name without `.md`. */
  readonly name: string;
  readonly text: string;
}

/** What processing depends on besides the file; the same for every article of a build. */
export interface ProcessSettings {
  readonly defaultLanguage: LanguageTag;
  readonly topicIds: readonly string[];
  readonly actorIds: readonly string[];
  readonly sourceIds: readonly string[];
  readonly actors: readonly ActorNames[];
  /** The actors who are people, the only ones quotes are given to. */
  readonly people: readonly ActorId[];
  /** The site's interface language: the words of the mark after an attributed quote. */
  readonly ui: InterfaceLocale;
  /** The site's path prefix, for links to actor pages. */
  readonly pathPrefix: string;
  /** Collect name evidence for `check`'s advice (it only adds `evidence` to each article). */
  readonly advice: boolean;
}

/** A message found while processing, to be put on the file's `VFile` (its rule says whether it is an error). */
export interface ProcessMessage {
  readonly reason: string;
  readonly ruleId: RuleId;
  readonly place: Position | undefined;
}

/** A quotation in an article's body. */
export interface Quotation {
  /** The words inside the quote marks. */
  readonly text: string;
  /** Who spoke them, when the text says so clearly. */
  readonly speaker?: ActorId;
  /** The anchor of its paragraph on the article page, e.g. `p3`. */
  readonly anchor: string;
}

/** The processed article: plain data. */
export interface ProcessedArticle {
  readonly contentPath: string;
  /** Undefined when the article has an error. */
  readonly entry: ArticleEntry | undefined;
  /** The `date` with its place, whenever it is valid, for the future-date check, which depends on the day and so is not part of processing. */
  readonly date: Located<PartialDate> | undefined;
  readonly slugPlace: Position;
  readonly messages: readonly ProcessMessage[];
  readonly mentions: readonly Mention[];
  /** The body's quotations, in order. */
  readonly quotes: readonly Quotation[];
  /** Sanitized body HTML with the first mention of each actor linked, paragraph anchors and each quote's speaker. */
  readonly html: string;
  readonly text: string;
  /** The first paragraph, shortened: the summary when front matter gives none. */
  readonly lead: string;
  /** The images of the body, in order; the HTML has a slot for each. */
  readonly images: readonly BodyImage[];
  /** Where the lead image (`entry.image`) is written. */
  readonly imagePlace?: Position;
  readonly evidence: NameEvidence | undefined;
}

/** Settings turned into what processing uses, built once per settings object. */
interface Prepared {
  readonly topics: ReferenceKind;
  readonly actors: ReferenceKind;
  readonly sources: ReferenceKind;
  readonly matcher: NameMatcher;
  readonly nameWords: ReadonlySet<string>;
  readonly people: ReadonlySet<ActorId>;
  readonly names: ReadonlyMap<ActorId, string>;
}

const prepared = new WeakMap<ProcessSettings, Prepared>();

function prepare(settings: ProcessSettings): Prepared {
  let ready = prepared.get(settings);
  if (ready === undefined) {
    ready = {
      topics: referenceKind('topic', settings.topicIds),
      actors: referenceKind('actor', settings.actorIds),
      sources: referenceKind('source', settings.sourceIds),
      matcher: createNameMatcher(settings.actors),
      nameWords: actorNameWords(settings.actors),
      people: new Set(settings.people),
      names: new Map(settings.actors.map((actor) => [actor.id, actor.names[0] ?? actor.id])),
    };
    prepared.set(settings, ready);
  }
  return ready;
}

/** Process one article. Never throws for bad content: problems are messages. */
export function processArticle(source: ArticleSource, settings: ProcessSettings): ProcessedArticle {
  const ready = prepare(settings);
  const file = new VFile({path: source.reportPath, value: source.text});
  const {article: parsed, date} = readArticle(
    {file, contentPath: source.contentPath, name: source.name, readable: true},
    {defaultLanguage: settings.defaultLanguage, topics: ready.topics, actors: ready.actors, sources: ready.sources},
  );
  const messages = (): ProcessMessage[] =>
    file.messages.map((message) => ({
      reason: message.reason,
      ruleId: ruleIdOf(message),
      place: message.place === undefined || message.place === null ? undefined : 'start' in message.place ? message.place : {start: message.place, end: message.place},
    }));
  const failed = (): ProcessedArticle => ({
    contentPath: source.contentPath,
    entry: undefined,
    date,
    slugPlace: {start: {line: 1, column: 1}, end: {line: 1, column: 1}},
    messages: messages(),
    mentions: [],
    quotes: [],
    html: '',
    text: '',
    lead: '',
    images: [],
    evidence: undefined,
  });
  if (parsed === undefined) return failed();
  try {
    return processTree(source, settings, ready, parsed, date, messages);
  } catch (error) {
    // The limits of `content/markdown-limits.ts` keep trees shallow; this is the last resort.
    if (!isStackOverflow(error)) throw error;
    reportTooDeep(file, {line: 1, column: 1});
    return failed();
  }
}

/** The steps after reading: mentions, text, summary and HTML of a parsed article. */
function processTree(
  source: ArticleSource,
  settings: ProcessSettings,
  ready: Prepared,
  parsed: ParsedArticle,
  date: ProcessedArticle['date'],
  messages: () => ProcessMessage[],
): ProcessedArticle {
  const {entry, tree} = parsed;
  const evidence = settings.advice ? collectNameEvidence(tree, entry.actors, ready.matcher, ready.nameWords) : undefined;
  const text = plainText(tree);
  const lead = leadSummary(tree);
  const href = (actor: ActorId): Href => actorHref(settings.pathPrefix, actor);
  const found = findMentions(tree, {matcher: ready.matcher, listed: new Set(entry.actors), language: entry.language, href});
  parsed.images.forEach(({node}, index) => markImage(node, index));
  const anchors = anchorParagraphs(found.tree);
  const blocks = found.blocks.map((block) => ({text: block.text, names: block.names, paragraph: block.node.type === 'paragraph'}));
  const quotes = findQuotes(blocks, {people: ready.people, language: entry.language});
  const t = translatorFor(settings.ui);
  markSpeakers(found.blocks, quotes, {
    href,
    name: (actor) => ready.names.get(actor) ?? actor,
    title: (name) => t.text('quote.speaker', {name}),
    lang: settings.defaultLanguage,
    dir: directionOf(settings.defaultLanguage),
  });
  return {
    contentPath: source.contentPath,
    entry,
    date,
    slugPlace: parsed.slugPlace,
    messages: messages(),
    mentions: found.mentions,
    quotes: quotes.flatMap(({block, text, speaker}) => {
      const node = found.blocks[block]?.node;
      const anchor = node?.type === 'paragraph' ? anchors.get(node) : undefined;
      return anchor === undefined ? [] : [{text, anchor, ...(speaker === undefined ? {} : {speaker})}];
    }),
    html: renderHtml(found.tree),
    text,
    lead,
    images: parsed.images.map(({body}) => body),
    ...(parsed.imagePlace === undefined ? {} : {imagePlace: parsed.imagePlace}),
    evidence,
  };
}
