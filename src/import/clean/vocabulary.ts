/**
 * Content words and how much two texts share them: the measure the cleaner
 * uses to tell the article from text that is about something else (an
 * appended article, a donation letter, a promotional line).
 */

/** English words too common to say what a text is about. */
export const stopWords: ReadonlySet<string> = new Set(
  `a about above after again against all also am among an and another any are as at be because been before being
  below between both but by can could did do does doing down during each even ever every few for from further get
  gets got had has have having he her here hers herself him himself his how however i if in into is it its itself
  just last least less like made make many may me might more most much must my near neither no nor not now of off
  often on once one only or other others our ours ourselves out over own per quite rather really said same say says
  see seen she should since so some still such than that the their theirs them themselves then there these they this
  those though through thus to too toward towards under until up upon us very via was we well were what when where
  whether which while who whom whose why will with within without would yet you your yours yourself
  according also already although always among around away back became become becomes becoming behind beyond came
  cannot come comes despite done either else enough even first former four go goes going gone into latter lot lots
  new next none nothing old one onto others part put recent recently several shall show shown six some something
  take taken ten three told two us use used way ways went whatever yes year years day days time times week weeks
  mr mrs ms dr st`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** A word's comparable form: lower case, without a possessive, plural `-s`/`-ies` folded. */
export function normalizeWord(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/u, '').replace(/['’]/gu, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

/** The words of a text, in order, as written (letters, digits and inner apostrophes). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
}

/** The content words of a text, normalized: no stop words, no numbers, no single letters. */
export function contentWords(text: string): string[] {
  return wordsOf(text)
    .filter((word) => !stopWords.has(word.toLowerCase().replace(/['’]s$/u, '')))
    .map(normalizeWord)
    .filter((word) => word.length > 1 && !/^\p{N}+$/u.test(word) && !stopWords.has(word));
}

/** A set of content words to compare texts against. */
export type Vocabulary = ReadonlySet<string>;

/** The vocabulary of some texts. */
export function vocabularyOf(texts: readonly string[]): Vocabulary {
  return new Set(texts.flatMap(contentWords));
}

/** Shared content words of a text with a vocabulary: how many of its content words there are, how many are shared. */
export interface Overlap {
  readonly words: number;
  readonly shared: number;
}

/** Count the content words of `text` and those of them in `vocabulary`. */
export function overlap(text: string, vocabulary: Vocabulary): Overlap {
  const words = contentWords(text);
  return {words: words.length, shared: words.filter((word) => vocabulary.has(word)).length};
}

/**
 * The share of a line's content words that must be in the vocabulary of the
 * title and the first paragraphs for the line to relate to the article (and
 * at least two of them, for lines of more than one content word).
 */
export const relatedThreshold = 0.2;

/** Whether a text relates to the article whose vocabulary is `vocabulary` (see `relatedThreshold`). */
export function relatedTo(vocabulary: Vocabulary): (text: string) => boolean {
  return (text) => {
    const {words, shared} = overlap(text, vocabulary);
    return words > 0 && shared / words >= relatedThreshold && shared >= Math.min(2, words);
  };
}

/** The share (0–1) of `text`'s content words found in `vocabulary`; 0 for a text without content words. */
export function relatedness(text: string, vocabulary: Vocabulary): number {
  const {words, shared} = overlap(text, vocabulary);
  return words === 0 ? 0 : shared / words;
}

/** A content word as the topic measure sees it: names are keyed by their first five letters, so `Russian` meets `Russia`. */
export interface Term {
  readonly key: string;
  /** A proper name: capitalised in the middle of a sentence (or, at a sentence's start, elsewhere in the text). */
  readonly name: boolean;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Whether the word at `index` of `text` starts a sentence. */
function startsSentence(text: string, index: number): boolean {
  // A window before the word is enough (and keeps the whole text from being copied for every word).
  const before = text.slice(Math.max(0, index - 64), index).replace(/["“‘'(\[\s]+$/u, '');
  return before === '' || /[.!?:…]$/u.test(before);
}

/** Words (normalized) that a text capitalises in the middle of a sentence: its names. */
export function namesOf(text: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(wordPattern)) {
    if (/^\p{Lu}/u.test(match[0]) && !startsSentence(text, match.index)) names.add(normalizeWord(match[0]));
  }
  return names;
}

/** The terms of a text; `names` (from `namesOf` over the whole document) tells sentence-initial names from ordinary words. */
export function termsOf(text: string, names: ReadonlySet<string>): Term[] {
  const terms: Term[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const raw = match[0];
    if (stopWords.has(raw.toLowerCase().replace(/['’]s$/u, ''))) continue;
    const word = normalizeWord(raw);
    if (word.length < 2 || /^\p{N}+$/u.test(word) || stopWords.has(word)) continue;
    const name = /^\p{Lu}/u.test(raw) && (!startsSentence(text, match.index) || names.has(word));
    terms.push({key: name ? word.slice(0, 5) : word, name});
  }
  return terms;
}

/** How much more a shared name counts than a shared ordinary word. */
export const nameWeight = 3;

/** The weighted share of `terms` whose keys `known` holds: the measure of `topicSimilarity`. */
export function knownShare(terms: readonly Term[], known: ReadonlySet<string>): number {
  let total = 0;
  let shared = 0;
  for (const term of terms) {
    const weight = term.name ? nameWeight : 1;
    total += weight;
    if (known.has(term.key)) shared += weight;
  }
  return total === 0 ? 0 : shared / total;
}

/**
 * How much `text` is about what `reference` is about (0–1): the weighted
 * share of its terms found among the reference's, names counting three times.
 */
export function topicSimilarity(text: string, reference: readonly string[], names: ReadonlySet<string>): number {
  const known = new Set(reference.flatMap((part) => termsOf(part, names).map((term) => term.key)));
  return knownShare(termsOf(text, names), known);
}
