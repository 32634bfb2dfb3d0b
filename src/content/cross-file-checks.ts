/**
 * Checks across files: problems no single file shows on its own.
 */

import type {Position} from 'unist';
import type {VFile} from 'vfile';
import {fail, warn} from './messages.ts';
import type {ParsedActor} from './registry-entries.ts';

/** What the slug check needs of an article. */
export interface SluggedArticle {
  readonly entry: {readonly slug: string};
  readonly file: VFile;
  /** Where the slug is set: its field, or the top of the file for a slug from the file name. */
  readonly slugPlace: Position;
}

/** Report articles that share a slug (and so a URL), on each file, naming the others. */
export function checkDuplicateSlugs(articles: readonly SluggedArticle[]): void {
  const bySlug = new Map<string, SluggedArticle[]>();
  for (const article of articles) {
    const list = bySlug.get(article.entry.slug) ?? [];
    list.push(article);
    bySlug.set(article.entry.slug, list);
  }
  for (const [slug, list] of bySlug) {
    if (list.length < 2) continue;
    for (const article of list) {
      const others = list.filter((other) => other !== article).map((other) => `\`${other.file.path}\``);
      fail(
        article.file,
        `Duplicate slug \`${slug}\`: ${others.join(', ')} has it too, and both would be published at \`/articles/${slug}/\`. Give one of them another \`slug:\` or file name.`,
        article.slugPlace,
        'duplicate-slug',
      );
    }
  }
}

/**
 * Warn about a name or alias that two actors claim, on each actor file.
 * Such a name is only counted in an article that otherwise names one of them.
 */
export function checkSharedAliases(actors: readonly ParsedActor[]): void {
  const byName = new Map<string, {actor: ParsedActor; index: number}[]>();
  for (const actor of actors) {
    const seen = new Set<string>();
    actor.names.forEach((name, index) => {
      const key = name.value.replace(/\s+/g, ' ').replace(/[’ʼ]/g, "'");
      if (seen.has(key)) return;
      seen.add(key);
      const list = byName.get(key) ?? [];
      list.push({actor, index});
      byName.set(key, list);
    });
  }
  for (const [name, list] of byName) {
    if (list.length < 2) continue;
    for (const {actor, index} of list) {
      const place = actor.names[index]?.place;
      const others = list.filter((other) => other.actor !== actor).map((other) => `\`${other.actor.entry.id}\` (\`${other.actor.file.path}\`)`);
      warn(
        actor.file,
        `The name \`${name}\` is claimed by \`${actor.entry.id}\` and by ${others.join(', ')}. In an article it counts for the one that the article's \`actors:\` lists, or else for the one the article names more often by other names (on a tie, the one named first); where the article names neither otherwise, it is not counted. Make the alias more specific if you can.`,
        place,
        'shared-alias',
      );
    }
  }
}
