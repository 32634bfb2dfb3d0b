/**
 * Processed articles kept in memory between loads of one long-running
 * process (the preview server): an article whose path and text are as they
 * were, processed with the same settings, is taken as it is, with no hashing
 * and no reading of the cache folder. The settings are compared as a whole;
 * when they change (an actor's name, a new topic), the memo starts empty.
 */

import type {ArticleSource, ProcessedArticle, ProcessSettings} from '../process/article.ts';

/** The memo of one set of settings: look up, then keep what a load used. */
export interface MemoForSettings {
  /** Whether it holds no article (a first load, or new settings). */
  readonly empty: boolean;
  get(source: ArticleSource): ProcessedArticle | undefined;
  /** Keep exactly these articles (what this load used). */
  keep(sources: readonly ArticleSource[], processed: readonly ProcessedArticle[]): void;
}

/** Processed articles in memory, for one set of settings at a time. */
export interface ArticleMemo {
  /** The memo for `settings` (from `settingsKey`); a different key empties it. */
  open(settings: string): MemoForSettings;
}

/**
 * What processing depends on besides the file, as one string. `advice`
 * only adds name evidence, which `check` needs and the preview does not; an
 * entry without it does not serve a check, so it is part of the key.
 */
export function settingsKey(settings: ProcessSettings): string {
  return JSON.stringify(settings);
}

/** A new, empty memo. */
export function createArticleMemo(): ArticleMemo {
  let key: string | undefined;
  let entries = new Map<string, {readonly text: string; readonly processed: ProcessedArticle}>();
  return {
    open(settings) {
      if (settings !== key) {
        key = settings;
        entries = new Map();
      }
      return {
        empty: entries.size === 0,
        get: (source) => {
          const entry = entries.get(source.contentPath);
          return entry !== undefined && entry.text === source.text ? entry.processed : undefined;
        },
        keep: (sources, processed) => {
          const kept = new Map<string, {readonly text: string; readonly processed: ProcessedArticle}>();
          sources.forEach((source, index) => {
            const result = processed[index];
            if (result !== undefined) kept.set(source.contentPath, {text: source.text, processed: result});
          });
          entries = kept;
        },
      };
    },
  };
}
