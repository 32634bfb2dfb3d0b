/**
 * Tags to topic ids: the tags of a "More about: a, b, c" line, or topics
 * given by name, matched to the files of `topics/`. A tag matches a topic
 * whose id or title it equals (case-insensitive); and a topic matches when
 * the tags together carry every significant word of its title, or one tag of
 * two or more significant words is all in the title.
 */

import {toSlug} from '../../model/slug.ts';
import type {KnownTopic} from './known-content.ts';
import {contentWords} from '../clean/vocabulary.ts';

/** The topics found for some tags, and the tags that led to none. */
export interface TopicMatches {
  readonly ids: readonly string[];
  /** Tags that led to a topic. */
  readonly matched: readonly string[];
  /** Tags that led to none: suggestions for the editor, not written. */
  readonly unmatched: readonly string[];
}

/** Significant words of a text: content words without stop words, normalized. */
function significant(text: string): Set<string> {
  return new Set(contentWords(text));
}

/** Match `tags` to `topics`. */
export function matchTopics(tags: readonly string[], topics: readonly KnownTopic[]): TopicMatches {
  const ids: string[] = [];
  const matched = new Set<string>();
  const add = (id: string): void => {
    if (!ids.includes(id)) ids.push(id);
  };
  const tagWords = tags.map((tag) => ({tag, words: significant(tag)}));
  const allWords = new Set(tagWords.flatMap(({words}) => [...words]));
  for (const topic of topics) {
    const titleWords = significant(`${topic.title} ${topic.id.replace(/-/gu, ' ')}`);
    const titleOnly = significant(topic.title);
    for (const {tag, words} of tagWords) {
      const slug = toSlug(tag);
      const equal = slug === topic.id || slug === toSlug(topic.title);
      const within = words.size >= 2 && [...words].every((word) => titleWords.has(word));
      if (equal || within) {
        add(topic.id);
        matched.add(tag);
      }
    }
    if (titleOnly.size > 0 && [...titleOnly].every((word) => allWords.has(word))) {
      add(topic.id);
      for (const {tag, words} of tagWords) if (words.size > 0 && [...words].every((word) => titleOnly.has(word))) matched.add(tag);
    }
  }
  return {ids, matched: tags.filter((tag) => matched.has(tag)), unmatched: tags.filter((tag) => !matched.has(tag))};
}
