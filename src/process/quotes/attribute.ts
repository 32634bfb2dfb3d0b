/**
 * Who said it: each quotation of an article given to the person the text
 * says spoke it, or to no one. Precision comes first: a quotation is given
 * to a speaker only when one reading of the sentence names that person, and
 * is left unattributed when the text is unclear, names two people, or names
 * an organisation or someone who is no actor.
 *
 * Forms read (English; see `lexicon.ts` for other languages):
 * - a verb of saying with its subject after the quote: `“…,” Saifi said`,
 *   `“…,” said Gen. Joseph Votel, the leader of …`, `“…,” Hamid Saifi, a
 *   former colonel …, told the Times`, and at the end of the sentence:
 *   `… but “they are not interested” now, Nabil said.`;
 * - before it: `Saifi said: “…”`, `X said that … “…”`, `Kabulov, who serves
 *   as …, conceded that … “…”`, `the ambassador, Alexander Mantytskiy, said
 *   that …, but claimed it was “…”`, `the Times quoted X as saying “…”`;
 * - `Nicholson: “…”` at the start of a sentence;
 * - a quote split by its attribution: `“…,” he said. “…”`;
 * - `he` / `she` for the person named last, in the same paragraph or the one
 *   before, when no one else was named or spoke in between (the subject of
 *   an attribution counts once, with whatever its appositive names).
 * A quote of a quote goes to the one who spoke the words: in `Saifi told the
 * Times: “…”` and `the Times quoted Saifi as saying “…”` that is Saifi.
 * Quoted titles of works (`the book “The Art of War”`) are no quotations.
 */

import type {ActorId} from '../../model/types.ts';
import {lexiconOf, type Lexicon} from './lexicon.ts';
import {maskQuotes, quoteSpans, sentenceRanges, type QuoteSpan} from './marks.ts';
import {tokenize, type NameToken, type PlacedName, type Token, type WordToken} from './tokens.ts';

export type {PlacedName} from './tokens.ts';

/** One block of an article's body, in document order. */
export interface QuoteBlock {
  readonly text: string;
  /** Names in the block, resolved to one actor each, left to right. */
  readonly names: readonly PlacedName[];
  /** Quotes are read in paragraphs only; any other block (a heading, a table cell) ends a run of `he said`. */
  readonly paragraph: boolean;
}

/** What attribution needs besides the text. */
export interface QuoteOptions {
  /** Actors who are people: only they are given quotes. */
  readonly people: ReadonlySet<ActorId>;
  /** The article's language, which decides the words read (see `lexicon.ts`). */
  readonly language: string;
}

/** A quotation found in a paragraph. */
export interface FoundQuote {
  /** Index of its block. */
  readonly block: number;
  /** Offsets of its opening and closing marks in the block's text. */
  readonly open: number;
  readonly close: number;
  /** The words inside the marks, without the comma that ends a quote before its attribution. */
  readonly text: string;
  /** Who spoke it, when the text says so clearly. */
  readonly speaker: ActorId | undefined;
}

/** The subject of a verb of saying. */
type Subject =
  | {readonly kind: 'person'; readonly actor: ActorId}
  | {readonly kind: 'pronoun'; readonly offset: number}
  /** The subject of the verb before it: `said that …, but claimed`. */
  | {readonly kind: 'inherit'}
  /** Someone who is not a quotable actor, named or singular: never given the quote, and no `he` goes past them. */
  | {readonly kind: 'other'}
  /** Several unnamed people (`officials said`) or a passive: never given the quote, and no effect on `he`. */
  | {readonly kind: 'unknown'};

/** A verb of saying with its subject. */
interface Frame {
  /** Token index of the verb, and of its last word (`according to`). */
  readonly verb: number;
  readonly verbEnd: number;
  readonly subject: Subject;
  /** Token range of the subject, appositive included. */
  readonly span: readonly [number, number];
  /** The subject follows the verb: `said Hamid Saifi`. */
  readonly inverted: boolean;
  /** Who it resolves to, once known. */
  speaker?: ActorId | undefined;
}

/** Someone named or speaking, for `he said`: an actor, or `undefined` for anyone else. */
interface Event {
  readonly offset: number;
  readonly actor: ActorId | undefined;
  /** The block and sentence it is in. */
  readonly block: number;
  readonly sentence: number;
}

const isWord = (token: Token | undefined, words: ReadonlySet<string>): boolean => token?.kind === 'word' && words.has(token.lower);
const isThe = (token: Token | undefined, word: string): boolean => token?.kind === 'word' && token.lower === word;
const isPunct = (token: Token | undefined, marks: string): boolean => token?.kind === 'punct' && marks.includes(token.text);

/** Words that, just before a verb, show it has no subject of its own here: `when asked`, `not said`. */
const noSubject = new Set(['when', 'if', 'where', 'how', 'why', 'what', 'not', 'to', 'who', 'whom', 'which', 'it', 'this', 'these', 'those', 'there', 'often', 'so', 'as', 'than']);
/** Words between a title cue and a title: `a book called “…”`. */
const titleLinks = new Set(['called', 'named']);
/** Pronouns of several people or of the writer: a plural subject. */
const pluralPronouns = new Set(['they', 'we', 'i', 'you', 'others', 'both', 'many', 'some']);

/** Any opening quotation mark: paragraphs without one have no quotation. */
const quoteMark = /["“„«]/u;

/** The words of a quotation: inside its marks, spaces folded, without the comma that ends it before its attribution. */
const quoteText = (text: string, span: QuoteSpan): string => text.slice(span.open + 1, span.close).trim().replace(/,$/u, '').replace(/\s+/gu, ' ');

/** Where a frame's subject begins: after the verb when it follows it (`said Votel`), else where it stands. */
function subjectStart(frame: Frame): number {
  return frame.inverted ? frame.verb : frame.span[0];
}

/** Whether the token `at` is part of a subject some frame has read (and so names no one else). */
function inSpan(frames: readonly Frame[], at: number): boolean {
  return frames.some((frame) => frame.subject.kind !== 'unknown' && at >= frame.span[0] && at <= frame.span[1]);
}

/** A name as a subject: the person, or someone who cannot be given a quote. */
const speakerOf = (name: NameToken): Subject => (name.person ? {kind: 'person', actor: name.actor} : {kind: 'other'});

/** Reads one article's quotations. */
class Reader {
  readonly #lexicon: Lexicon;
  readonly #options: QuoteOptions;
  readonly #abbreviations: ReadonlySet<string>;
  readonly #events: Event[] = [];

  constructor(lexicon: Lexicon, options: QuoteOptions) {
    this.#lexicon = lexicon;
    this.#options = options;
    this.#abbreviations = new Set([...lexicon.roles].filter((word) => word.endsWith('.')));
  }

  /** Every quotation of `blocks`, attributed where the text is clear. */
  read(blocks: readonly QuoteBlock[]): FoundQuote[] {
    const found: FoundQuote[] = [];
    const spansOf = blocks.map((block) => (block.paragraph && quoteMark.test(block.text) ? quoteSpans(block.text) : []));
    blocks.forEach((block, index) => {
      const spans = spansOf[index] ?? [];
      // A paragraph is read for its quotations, or for who it names when the next one has quotations (`he said`).
      const needed = spans.length > 0 || (this.#lexicon.carryPronouns && (spansOf[index + 1]?.length ?? 0) > 0);
      if (!block.paragraph || !needed) return;
      const speakers = this.#readParagraph(block, index, blocks[index - 1]?.paragraph === true, spans);
      spans.forEach((span, quote) => {
        const speaker = speakers.get(quote);
        if (speaker === null) return;
        found.push({block: index, open: span.open, close: span.close, text: quoteText(block.text, span), speaker});
      });
    });
    return found;
  }

  /**
   * The speaker of each quotation of one paragraph (`undefined`: unattributed,
   * `null`: a title, not a quotation), recording who is named and who speaks.
   */
  #readParagraph(block: QuoteBlock, index: number, followsParagraph: boolean, spans: readonly QuoteSpan[]): Map<number, ActorId | undefined | null> {
    const context = {text: block.text, quotes: spans, names: block.names, people: this.#options.people, abbreviations: this.#abbreviations};
    const ranges = sentenceRanges(maskQuotes(block.text, spans));
    const speakers = new Map<number, ActorId | undefined | null>();
    /** The speaker of the previous sentence's last quotation, when the sentence ends with it or its attribution. */
    let carried: ActorId | undefined;
    ranges.forEach(([start, end], sentence) => {
      const tokens = tokenize(context, start, end);
      const titles = new Set(tokens.flatMap((token, at) => (token.kind === 'quote' && this.#isTitle(block.text, spans[token.quote], tokens, at) ? [at] : [])));
      for (const at of titles) {
        const token = tokens[at];
        if (token?.kind === 'quote') speakers.set(token.quote, null);
      }
      const frames = this.#frames(tokens);
      this.#resolve(tokens, frames, {block: index, sentence, followsParagraph});
      const quotes = tokens.flatMap((token, at) => (token.kind === 'quote' && !titles.has(at) ? [at] : []));
      let last: {at: number; speaker: ActorId | undefined; frame: Frame | undefined} | undefined;
      for (const at of quotes) {
        const token = tokens[at];
        if (token?.kind !== 'quote') continue;
        const continued = at === 0 && quotes.length === 1 && frames.length === 0 && tokens.slice(1).every((rest) => rest.kind === 'punct');
        const frame = continued ? undefined : this.#frameOf(tokens, frames, at);
        const speaker = continued ? carried : frame === 'unclear' ? undefined : (frame?.speaker ?? this.#colonHead(tokens, at));
        speakers.set(token.quote, speaker);
        last = {at, speaker, frame: frame === 'unclear' ? undefined : frame};
      }
      carried = last !== undefined && this.#endsWith(tokens, frames, last.at, last.frame) ? last.speaker : undefined;
    });
    return speakers;
  }

  /** Whether the quotation at token `at` is the title of a work: after `book`, `titled`…, or in title case. */
  #isTitle(text: string, span: QuoteSpan | undefined, tokens: readonly Token[], at: number): boolean {
    if (span === undefined) return false;
    const before = tokens[at - 1];
    const cues = this.#lexicon.titleCues;
    if (isWord(before, cues) || ((isWord(before, titleLinks) || isPunct(before, ',')) && isWord(tokens[at - 2], cues))) return true;
    // Title case: two to twelve words, capitalised but for small ones, and no stop inside.
    if (span.close - span.open > 120) return false;
    const inside = text.slice(span.open + 1, span.close).trim().replace(/[,.:;]$/u, '');
    if (/[.!?;]/u.test(inside) || !/^\P{L}*\p{Lu}/u.test(inside)) return false;
    const words = inside.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
    if (words.length < 2 || words.length > 12) return false;
    const capitals = words.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length;
    const [first] = words;
    return (
      capitals >= 2 &&
      first !== undefined &&
      /^\P{L}*\p{Lu}/u.test(first) &&
      words.every((word) => /^\P{L}*\p{Lu}/u.test(word) || this.#lexicon.minorWords.has(word.toLowerCase()))
    );
  }

  /** The verbs of saying of a sentence, each with its subject; verbs whose subject cannot be told are left out. */
  #frames(tokens: readonly Token[]): Frame[] {
    const frames: Frame[] = [];
    tokens.forEach((token, at) => {
      if (token.kind !== 'word') return;
      const according = this.#lexicon.according.find((phrase) => phrase.every((word, offset) => isThe(tokens[at + offset], word)));
      if (according !== undefined) {
        const verbEnd = at + according.length - 1;
        const after = this.#subjectAfter(tokens, verbEnd);
        if (after !== undefined) frames.push({verb: at, verbEnd, ...after, inverted: true});
        return;
      }
      if (!this.#lexicon.verbs.has(token.lower)) return;
      // `said to be`: a report of a rumour, not of words.
      if (isThe(tokens[at + 1], 'to') && /^sa(?:y|ys|id)$/u.test(token.lower)) return;
      const before = this.#subjectBefore(tokens, at, frames);
      if (before !== undefined) {
        frames.push({verb: at, verbEnd: at, ...before, inverted: false});
        return;
      }
      const after = this.#subjectAfter(tokens, at);
      if (after !== undefined) frames.push({verb: at, verbEnd: at, ...after, inverted: true});
    });
    return frames;
  }

  /** The subject before the verb at `verb`, with its token range. */
  #subjectBefore(tokens: readonly Token[], verb: number, frames: readonly Frame[]): {subject: Subject; span: readonly [number, number]} | undefined {
    const lexicon = this.#lexicon;
    let at = verb - 1;
    while (at >= 0 && (isWord(tokens[at], lexicon.skipped) || isPunct(tokens[at], '.…'))) at--;
    const token = tokens[at];
    if (token === undefined) return undefined;
    if (isWord(token, lexicon.passive)) return {subject: {kind: 'unknown'}, span: [at, at]};
    if (token.kind === 'name') return token.possessive ? undefined : this.#named(tokens, at, token);
    if (token.kind === 'word') {
      if (lexicon.pronouns.has(token.lower)) {
        const left = tokens[at - 1];
        return {subject: isWord(left, lexicon.notSubjectAfter) ? {kind: 'other'} : {kind: 'pronoun', offset: token.start}, span: [at, at]};
      }
      if (lexicon.coordinating.has(token.lower)) return frames.length === 0 ? undefined : {subject: {kind: 'inherit'}, span: [at, at]};
      if (token.lower === 'as' && isThe(tokens[verb], 'saying')) return this.#quotedAs(tokens, at);
      if (pluralPronouns.has(token.lower)) return {subject: {kind: 'unknown'}, span: [at, at]};
      if (
        noSubject.has(token.lower) ||
        lexicon.notSubjectAfter.has(token.lower) ||
        lexicon.that.has(token.lower) ||
        lexicon.determiners.has(token.lower) ||
        lexicon.appositive.has(token.lower) ||
        lexicon.verbs.has(token.lower)
      ) {
        return undefined;
      }
      // A common noun: `officials said` (several, unnamed) or `a spokesman said` (one, who is not an actor).
      return {subject: /[^s]s$/u.test(token.lower) || token.lower === 'people' || token.lower === 'police' ? {kind: 'unknown'} : {kind: 'other'}, span: [at, at]};
    }
    if (isPunct(token, ',')) return this.#appositive(tokens, at);
    return undefined;
  }

  /** A name just before a verb, with the titles before it: `NATO commander Gen. Curtis Scaparrotti said`. */
  #named(tokens: readonly Token[], at: number, name: NameToken): {subject: Subject; span: readonly [number, number]} {
    const start = this.#titlesBefore(tokens, at);
    const left = tokens[start - 1];
    // `Mattis and Nicholson said`, `a spokesman for Mattis said`: not that person alone.
    const alone = !isWord(left, this.#lexicon.notSubjectAfter) && !(left?.kind === 'name' && !left.possessive);
    return {subject: alone ? speakerOf(name) : {kind: 'other'}, span: [start, at]};
  }

  /** Where the titles and roles before the name at `at` begin. */
  #titlesBefore(tokens: readonly Token[], at: number): number {
    let start = at;
    while (start > 0 && at - start < 6) {
      const left = tokens[start - 1];
      const title =
        (left?.kind === 'word' && (this.#lexicon.roles.has(left.lower) || this.#lexicon.determiners.has(left.lower) || (left.capital && !this.#lexicon.notSubjectAfter.has(left.lower)))) ||
        (left?.kind === 'name' && (left.possessive || !left.person));
      if (!title) break;
      start--;
    }
    return start;
  }

  /** The token after which the comma-separated chunk ending at `end` begins: a comma, dash, colon, semicolon or bracket, or -1. */
  #chunkStart(tokens: readonly Token[], end: number): number {
    let at = end - 1;
    while (at >= 0 && !isPunct(tokens[at], ',;:—–(')) at--;
    return at;
  }

  /** The name, when tokens `from`–`to` (exclusive) are a name with its titles. */
  #nameChunk(tokens: readonly Token[], from: number, to: number): NameToken | undefined {
    const name = tokens[to - 1];
    if (name?.kind !== 'name' || name.possessive || to - from > 7) return undefined;
    for (let at = from; at < to - 1; at++) {
      const token = tokens[at];
      if (token === undefined || token.kind === 'quote' || token.kind === 'punct') return undefined;
      if (token.kind === 'name' && token.person && !token.possessive) return undefined;
      const lexicon = this.#lexicon;
      if (token.kind === 'word' && !token.capital && (lexicon.notSubjectAfter.has(token.lower) || lexicon.that.has(token.lower) || lexicon.verbs.has(token.lower) || lexicon.pronouns.has(token.lower))) {
        return undefined;
      }
    }
    return name;
  }

  /**
   * A subject set off by commas before its verb: `Hamid Saifi, a former
   * colonel …, told`, `Zamir Kabulov, who serves as …, conceded`, or a name
   * in apposition, `the ambassador, Alexander Mantytskiy, said`.
   */
  #appositive(tokens: readonly Token[], comma: number): {subject: Subject; span: readonly [number, number]} | undefined {
    const chunkStart = this.#chunkStart(tokens, comma) + 1;
    const direct = this.#nameChunk(tokens, chunkStart, comma);
    if (direct !== undefined) {
      // In apposition: the noun phrase before it must not end with another person (`Mattis, Nicholson, said` is a list).
      const headStart = chunkStart === 0 ? 0 : this.#chunkStart(tokens, chunkStart - 1) + 1;
      const head = tokens[chunkStart - 2];
      if (head?.kind === 'name' && head.person) return {subject: {kind: 'other'}, span: [headStart, comma]};
      return {subject: speakerOf(direct), span: [isPunct(tokens[chunkStart - 1], ',') ? headStart : chunkStart, comma]};
    }
    // An appositive or relative clause: up to three of them between the name and its verb.
    let end = comma;
    let start = chunkStart;
    for (let clauses = 0; clauses < 3; clauses++) {
      const first = tokens[start];
      if (!(first?.kind === 'word' && !first.capital && this.#lexicon.appositive.has(first.lower)) || !isPunct(tokens[start - 1], ',')) return undefined;
      end = start - 1;
      start = this.#chunkStart(tokens, end) + 1;
      const name = this.#nameChunk(tokens, start, end);
      if (name !== undefined) return {subject: speakerOf(name), span: [start, comma]};
    }
    return undefined;
  }

  /** `the Times quoted Saifi as saying` and `Saifi was quoted as saying`: the one quoted. */
  #quotedAs(tokens: readonly Token[], as: number): {subject: Subject; span: readonly [number, number]} | undefined {
    const before = tokens[as - 1];
    if (before?.kind === 'name' && !before.possessive) return {subject: speakerOf(before), span: [as - 1, as]};
    if (!isWord(before, this.#lexicon.quoting)) return undefined;
    let at = as - 2;
    while (at >= 0 && (isWord(tokens[at], this.#lexicon.passive) || isWord(tokens[at], this.#lexicon.skipped))) at--;
    const name = tokens[at];
    return name?.kind === 'name' ? this.#named(tokens, at, name) : undefined;
  }

  /** The subject after a verb: `said Gen. Joseph Votel, …`, `according to Nicholson.` */
  #subjectAfter(tokens: readonly Token[], verbEnd: number): {subject: Subject; span: readonly [number, number]} | undefined {
    let at = verbEnd + 1;
    while (at - verbEnd <= 4) {
      const token = tokens[at];
      if (!(token?.kind === 'word' && (this.#lexicon.roles.has(token.lower) || token.capital))) break;
      at++;
    }
    const name = tokens[at];
    if (name?.kind !== 'name' || name.possessive) return undefined;
    const next = tokens[at + 1];
    if (next !== undefined && !isPunct(next, ',.;:!?(—–')) return undefined;
    return {subject: speakerOf(name), span: [verbEnd + 1, at]};
  }

  /**
   * Resolve each frame's speaker in order (a pronoun to the person named last),
   * and record who the sentence names and who speaks in it.
   */
  #resolve(tokens: readonly Token[], frames: Frame[], where: {block: number; sentence: number; followsParagraph: boolean}): void {
    const named: Event[] = [];
    tokens.forEach((token, at) => {
      if (token.kind === 'name' && token.person && !inSpan(frames, at)) named.push({offset: token.start, actor: token.actor, block: where.block, sentence: where.sentence});
    });
    for (const offset of this.#otherPeople(tokens, frames)) named.push({offset, actor: undefined, block: where.block, sentence: where.sentence});
    const spoken: Event[] = [];
    let previous: Frame | undefined;
    for (const frame of frames) {
      const {subject} = frame;
      frame.speaker =
        subject.kind === 'person'
          ? subject.actor
          : subject.kind === 'pronoun'
            ? this.#antecedent(subject.offset, [...named, ...spoken], where)
            : subject.kind === 'inherit'
              ? previous?.speaker
              : undefined;
      const inherited = subject.kind === 'inherit' && previous !== undefined;
      // Someone other than a person speaking inside what another reports (`he claimed that the Taliban responded`) is no new speaker.
      const reported = subject.kind === 'other' && frames.some((outer) => outer.verb < frame.verb && this.#reports(tokens, outer, frame.verb));
      if (subject.kind !== 'unknown' && !inherited && !reported) {
        const offset = tokens[frame.verb]?.start ?? 0;
        spoken.push({offset, actor: frame.speaker, block: where.block, sentence: where.sentence});
      }
      previous = frame;
    }
    this.#events.push(...[...named, ...spoken].sort((a, b) => a.offset - b.offset));
  }

  /**
   * Offsets of people who are no actors: two or more capitalised words in a
   * row that are no known name (`Jane Doe`, `Gen. Smith`), none of them a
   * word no person's name has (`Province`, `Afghan`), and one person in common
   * words (`a spokesman`), outside any subject already read.
   */
  #otherPeople(tokens: readonly Token[], frames: readonly Frame[]): number[] {
    const lexicon = this.#lexicon;
    const found: number[] = [];
    let run: WordToken[] = [];
    for (let at = 0; at <= tokens.length; at++) {
      const token = tokens[at];
      if (token?.kind === 'word' && token.capital && !inSpan(frames, at) && !lexicon.pronouns.has(token.lower)) {
        run.push(token);
        continue;
      }
      const real = run.filter((word) => !noSubject.has(word.lower) && !lexicon.determiners.has(word.lower) && !lexicon.notSubjectAfter.has(word.lower));
      const [first] = run;
      if (first !== undefined && real.length >= 2 && !real.some((word) => lexicon.notPersonWords.has(word.lower) || /-\p{Ll}/u.test(word.text))) {
        found.push(first.start);
      }
      run = [];
    }
    // `a spokesman`, `the former minister`: someone a later `he` may stand for, unless it describes the name before it.
    tokens.forEach((token, at) => {
      if (!isWord(token, lexicon.determiners) || inSpan(frames, at) || (isPunct(tokens[at - 1], ',') && tokens[at - 2]?.kind === 'name')) return;
      for (let next = at + 1; next <= at + 4; next++) {
        const word = tokens[next];
        if (word?.kind !== 'word' || word.capital) return;
        if (lexicon.personNouns.has(word.lower)) {
          found.push(word.start);
          return;
        }
      }
    });
    return found.sort((a, b) => a - b);
  }

  /**
   * The person `he` at `offset` stands for: whoever was named or spoke last,
   * in this paragraph or the one before, when that person's own sentence
   * names no one else. Unknown where the language's script has no capitals.
   */
  #antecedent(offset: number, here: readonly Event[], where: {block: number; sentence: number; followsParagraph: boolean}): ActorId | undefined {
    if (!this.#lexicon.carryPronouns) return undefined;
    const earlier = here.filter((event) => event.offset < offset).sort((a, b) => a.offset - b.offset);
    const before = this.#events.filter((event) => event.block === where.block || (where.followsParagraph && event.block === where.block - 1));
    const all = [...before, ...earlier];
    const last = all.at(-1);
    if (last?.actor === undefined) return undefined;
    const company = all.filter((event) => event.block === last.block && event.sentence === last.sentence);
    return company.every((event) => event.actor === last.actor) ? last.actor : undefined;
  }

  /**
   * The frame that gives the quotation at token `at` its speaker: the
   * attribution right after it, else the verb before it in the same clause,
   * else a closing `…, X said.`; `unclear` when two readings disagree.
   */
  #frameOf(tokens: readonly Token[], frames: readonly Frame[], at: number): Frame | 'unclear' | undefined {
    const after = frames.find((frame) => {
      const start = subjectStart(frame);
      return start > at && tokens.slice(at + 1, start).every((token) => isPunct(token, ',—–-'));
    });
    const before = [...frames].reverse().find((frame) => frame.verb < at && (frame.inverted ? frame.span[1] < at : frame.span[0] < at));
    const governs = before !== undefined && !this.#clauseBreak(tokens, before.verbEnd, at);
    if (after !== undefined && governs && before !== undefined) {
      return after.speaker !== undefined && after.speaker === before.speaker ? after : 'unclear';
    }
    if (after !== undefined) return after;
    if (governs) return before;
    // `… “they are not interested” now, Nabil said.`
    const closing = frames.at(-1);
    if (closing === undefined || closing.inverted || closing.verb < at || frames.some((frame) => frame !== closing && frame.verb > at)) return undefined;
    if (!isPunct(tokens[closing.span[0] - 1], ',')) return undefined;
    const rest = tokens.slice(closing.verbEnd + 1);
    const plain = rest.every((token) => token.kind !== 'quote' && !isWord(token, this.#lexicon.that)) && rest.filter((token) => token.kind === 'word').length <= 6;
    return plain ? closing : undefined;
  }

  /** Whether the token `at` is in what `frame` reports: after its verb and a `that`, in the same clause. */
  #reports(tokens: readonly Token[], frame: Frame, at: number): boolean {
    const that = tokens.findIndex((token, index) => index > frame.verbEnd && index < at && isWord(token, this.#lexicon.that));
    return that >= 0 && !this.#clauseBreak(tokens, frame.verbEnd, at);
  }

  /** Whether a new clause begins between tokens `from` and `to`: `;`, or `, but` / `, while` …. */
  #clauseBreak(tokens: readonly Token[], from: number, to: number): boolean {
    for (let at = from + 1; at < to; at++) {
      if (isPunct(tokens[at], ';')) return true;
      if (isPunct(tokens[at], ',') && isWord(tokens[at + 1], this.#lexicon.clauseBreaks)) return true;
    }
    return false;
  }

  /** `Nicholson: “…”` at the start of a sentence: the person named. */
  #colonHead(tokens: readonly Token[], at: number): ActorId | undefined {
    if (!isPunct(tokens[at - 1], ':')) return undefined;
    const name = this.#nameChunk(tokens, 0, at - 1);
    return name?.person === true ? name.actor : undefined;
  }

  /** Whether the sentence ends with the quotation at `at` or with its attribution, so that a quote alone after it continues it. */
  #endsWith(tokens: readonly Token[], frames: readonly Frame[], at: number, frame: Frame | undefined): boolean {
    const tail = tokens.slice(at + 1);
    if (tail.every((token) => token.kind === 'punct')) return true;
    if (frame === undefined || frame.verb < at) return false;
    return !frames.some((other) => other.verb > frame.verb) && tokens.slice(frame.verbEnd + 1).every((token) => token.kind !== 'quote');
  }
}

/** Find the quotations of an article's blocks and their speakers. Quotes are found in any language; attributed in those of `lexicon.ts`. */
export function findQuotes(blocks: readonly QuoteBlock[], options: QuoteOptions): FoundQuote[] {
  const lexicon = lexiconOf(options.language);
  if (lexicon === undefined) {
    return blocks.flatMap((block, index) =>
      block.paragraph
        ? quoteSpans(block.text).map((span) => ({block: index, open: span.open, close: span.close, text: quoteText(block.text, span), speaker: undefined}))
        : [],
    );
  }
  return new Reader(lexicon, options).read(blocks);
}
