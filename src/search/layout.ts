/**
 * Where the search files are in the built site, and the shapes of the small
 * JSON files that tie them together: shared by the build, which writes them,
 * and the search page's script, which reads them (it is bundled from this
 * same module). No dependency on Node or the DOM.
 *
 * ```
 * pagefind/                  the primary Pagefind bundle (the newest articles)
 *   shards.json              ShardList: every shard, newest articles first, then entity pages
 *   shards/NAME/             the other shards' bundles (data only)
 *   names/index.names        NameTableIndex: the name table's buckets (gzip-compressed JSON)
 *   names/HASH.names         one bucket of the name table (gzip-compressed NameBucket)
 * ```
 */

/** The folder of the index inside the site. */
export const searchBundleFolder = 'pagefind';

/** The folder, inside the primary bundle, of the other shards' bundles. */
export const shardsFolder = 'shards';

/** The list of shards, inside the primary bundle. */
export const shardListFile = 'shards.json';

/** The name table's folder, inside the primary bundle. */
export const nameTableFolder = 'names';

/** The name table's list of buckets, inside its folder. */
export const nameTableIndexFile = 'index.names';

/** One shard of the index, as listed in `shards.json`. */
export interface ShardEntry {
  /** `2020-2029`, `entities`, …: also the value of its `shard` merge filter. */
  readonly name: string;
  /** Its bundle, relative to the primary bundle: `` for the primary, `shards/NAME/` for the others. */
  readonly path: string;
  /** Articles (sharded by date, never overlapping, newest first) or entity pages. */
  readonly section: 'articles' | 'entities';
}

/** `shards.json`. */
export interface ShardList {
  readonly shards: readonly ShardEntry[];
}

/** `names/index.names`: the buckets of the name table, in the order of their keys. */
export interface NameTableIndex {
  /**
   * `[first key, file]` pairs, `file` relative to the name table's folder:
   * a bucket holds every name whose key (`nameKey`) sorts from its first
   * key up to the next bucket's first key (JavaScript's string order).
   */
  readonly buckets: readonly (readonly [string, string])[];
}

/** What a card shows for one actor, topic or source, and what the search needs to find its articles. */
export interface NameEntry {
  /** The entity's page, with the path prefix. */
  readonly url: string;
  /** The name or title first, then the aliases, as written. */
  readonly names: readonly string[];
  /** `person`, `organization`, `country`, `place`, `topic` or `source`: the search page names it for readers. */
  readonly kind: string;
  readonly description: string;
  /** Articles that name the actor, are on the topic, or come from the source. */
  readonly articles: number;
  /** The newest and the oldest of those articles' dates, as readers see them; absent without articles. */
  readonly newest?: string;
  readonly oldest?: string;
  /** An actor's mention token (see `search/records.ts`): searching it finds the articles that mention the actor. */
  readonly token?: string;
  /** A person's quotations in the archive, and the link to them on its page ("In their words"); absent without any. */
  readonly quotes?: number;
  readonly quotesUrl?: string;
}

/** One bucket file: the entities one of whose names has a key in the bucket. */
export interface NameBucket {
  readonly entries: readonly NameEntry[];
}

/**
 * The form of an actor's mention token (`q`, 12 digits, `q`; see
 * `search/records.ts`): the search page leaves these words out of what it
 * shows.
 */
export const mentionTokenPattern = /^q\d{12}q$/;
