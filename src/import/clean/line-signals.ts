/**
 * Signals of boilerplate in one line of scraped text, each a general
 * pattern of wording (not of any one site). `clean/clean-article.ts` decides, with the
 * line's place and its relation to the article, what a signal means.
 */

import {endsAsProse, isSeparatorLine, wordCount} from './line-shape.ts';

const anyOf = (patterns: readonly RegExp[], text: string): boolean => patterns.some((pattern) => pattern.test(text));

const subscriptionPatterns: readonly RegExp[] = [
  /\bsubscri(?:be|bed|ber|bers|ption|ptions)\b/iu,
  /\bsign(?:ing)?[ -]up\b/iu,
  /\bnewsletters?\b/iu,
  /\binbox(?:es)?\b/iu,
  /\bget the (?:best|latest|most) (?:of|from)\b/iu,
  /\b(?:free |daily |weekly )+(?:e-?mails?|briefings?|digests?)\b/iu,
  /\bregister (?:now|today|for free)\b/iu,
  /\balready (?:a subscriber|have an account)\b/iu,
  /\b(?:log|sign) in to (?:continue|read|keep reading)\b/iu,
  /\bdelivered (?:directly |straight )?to you\b/iu,
  /\bunlimited (?:digital )?access\b/iu,
  /\bcancel (?:at )?any ?time\b/iu,
];

/** Call-to-action and subscription wording: subscribe, sign up, newsletter, inbox, "get the best of", a free daily email. */
export function subscriptionSignal(text: string): boolean {
  return anyOf(subscriptionPatterns, text);
}

const donationPatterns: readonly RegExp[] = [
  /\bdonat(?:e|es|ed|ing|ion|ions)\b/iu,
  /\bdonors?\b.*\b(?:you|your)\b/iu,
  /\bsupport (?:our|independent|nonprofit|non-profit|quality|this|reader-funded) (?:\w+ )?(?:journalism|reporting|work|newsroom|mission)\b/iu,
  /\bdig deep\b/iu,
  /\bany amount\b/iu,
  /\b(?:become|becoming) a (?:member|supporter|patron|sustainer|sustaining member)\b/iu,
  /\btax[- ]deductible\b/iu,
  /\breader[- ](?:supported|funded)\b/iu,
  /\bmake a (?:gift|contribution|one-time gift)\b/iu,
  /\b(?:chip|pitch) in\b/iu,
  /\b(?:monthly|recurring|one-time) (?:gift|donation|contribution)\b/iu,
];

/** Donation wording: donate, donation, "support our journalism", "dig deep", "any amount", "become a member". */
export function donationSignal(text: string): boolean {
  return anyOf(donationPatterns, text);
}

/** Whether a line speaks to the reader or for the publisher: you, your, we, our, us. */
export function addressesReader(text: string): boolean {
  return /\b(?:you|your|we|our|us)\b/iu.test(text) || /\b(?:we’|we')(?:re|ve|ll|d)\b/iu.test(text);
}

/**
 * Whether a line reads as a prompt rather than as reporting: it speaks to
 * the reader, starts with an imperative (`Subscribe`, `Sign up`, `Get`,
 * `Donate`, `Please` …), or is a label without final punctuation. A line of
 * reporting that merely mentions a newsletter or donations is none of these.
 */
export function readsAsPrompt(text: string): boolean {
  return (
    addressesReader(text) ||
    /^(?:subscribe|sign up|sign in|log in|get|join|download|follow|register|try|start|unlock|support|donate|give|please|already|become|chip in|read|listen|watch)\b/iu.test(text) ||
    !endsAsProse(text)
  );
}

/** The salutation of a letter: `Dear Truthout Community,`, `Dear readers,`. */
export function isSalutation(text: string): boolean {
  return /^Dear\s+\S/u.test(text) && wordCount(text) <= 8 && !/[.!?]$/u.test(text);
}

/** A letter's closing line: `With love, rage, and solidarity,`, `Sincerely,`, `Thank you,`. */
export function isSignOff(text: string): boolean {
  return (
    wordCount(text) <= 8 &&
    /,\s*$/u.test(text) &&
    /^(?:with (?:love|gratitude|thanks|appreciation|best wishes|warm regards)|sincerely|yours(?: truly| sincerely| faithfully)?|warm(?:ly| regards| wishes)|best(?: wishes| regards)?|kind regards|regards|in solidarity|solidarity|thank you|thanks|many thanks|gratefully|cheers|onward|onwards)\b/iu.test(text)
  );
}

/** Names and their role learned from a credit line. */
export interface Credit {
  readonly role: 'authors' | 'editors';
  readonly names: readonly string[];
  /** Whether the line is a bare `By …` line, which lists of other stories also use. */
  readonly bare: boolean;
}

const nameSeparators = /\s*(?:,|;|&|\band\b)\s*/u;

/** A person's or an outlet's name: capitalised words, with the particles names have (`bin`, `al`, `de` …). */
const namePattern = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|al|bin|bint|da|de|del|der|di|du|el|ibn|la|le|ud|ul|van|von))*$/u;

/** Whether `text` is only names: `Jane Roe`, `Jane Roe and John Doe`, `Theara Coleman, The Week US`. */
function isNameList(text: string): boolean {
  const parts = text.split(nameSeparators).map((part) => part.trim()).filter((part) => part !== '');
  return parts.length > 0 && parts.every((part) => namePattern.test(part) && wordCount(part) <= 5);
}

/** Split `Jane Roe and John Doe` into names, dropping empty parts and outlet-like parts (`The Week US`). */
function splitNames(text: string): string[] {
  return text
    .split(nameSeparators)
    .map((name) => name.trim().replace(/[.。]$/u, ''))
    .filter((name) => name !== '' && !/^the\s/iu.test(name) && /^\p{Lu}/u.test(name) && wordCount(name) <= 5);
}

/**
 * A byline or credit: `Author: X`, `Authors: X, Y`, `Written by X`,
 * `Reporting by X; Editing by Y`, `Edited by: X`, `By X` (up to a
 * `Published`/`Updated` stamp or a `|`). Returns every credit on the line.
 */
export function credits(text: string): Credit[] {
  const found: Credit[] = [];
  for (const part of text.split(/\s*;\s*/u)) {
    const labelled = /^(?:(?:additional )?(authors?|written by|words by|reporting by|reported by|text by|story by)|(edited by|editors?|editing by))\s*:?\s+(.+)$/iu.exec(part);
    if (labelled !== null) {
      const names = splitNames(labelled[3] ?? '');
      if (names.length > 0) found.push({role: labelled[2] === undefined ? 'authors' : 'editors', names, bare: false});
      continue;
    }
    const bare = /^By\s+(\p{Lu}.*)$/u.exec(part);
    if (bare !== null && found.length === 0) {
      const rest = (bare[1] ?? '').split(/\s+(?:Published|Updated|Posted|Last updated)\b|\s+[|–—]\s+|\s+-\s+/u)[0]?.trim() ?? '';
      // `By Tuesday, the army had …` is reporting, not a byline: a byline is names only.
      const names = isNameList(rest) ? splitNames(rest) : [];
      if (names.length > 0 && wordCount(rest) <= 12) found.push({role: 'authors', names, bare: true});
    }
  }
  return found;
}

/** A publication or update stamp on a line of its own: `Published 4 December 2025`, `Updated: 10:32 GMT`. */
export function isDateStamp(text: string): boolean {
  return /^(?:published|updated|posted|last updated|first published)(?:\s+on)?\s*:?\s+\S/iu.test(text) && wordCount(text) <= 12 && !/[.!?,;]$/u.test(text);
}

const bioRole =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|producer|blogger|photographer|photojournalist|analyst|fellow|researcher|author|freelancer)\b/u;

const bioPatterns: readonly RegExp[] = [
  /\bis a graduate of\b/iu,
  /\b(?:graduated|holds a degree) from\b/iu,
  /\b(?:he|she|they|\p{Lu}\p{Ll}+) (?:lives|lived|is based|are based) in\b/u,
  /\bhas (?:also )?(?:contributed to|written for|worked for|reported for)\b/iu,
  /\benjoys (?:writing|reading|covering)\b/iu,
  /\bfollow (?:him|her|them) (?:on|at)\b/iu,
  /\b(?:his|her|their) (?:work|writing|reporting) has appeared in\b/iu,
  /\babout the author\b/iu,
];

/** How an author's bio reads: a role sentence at the start (`Tim is a staff writer at …`), and other bio phrases counted. */
export function bioSignals(text: string): {readonly role: boolean; readonly phrases: number} {
  return {role: bioRole.test(text), phrases: bioPatterns.filter((pattern) => pattern.test(text)).length};
}

const readMoreWords = String.raw`(?:read|continue reading|see|find)\s+(?:more|the\s+(?:full|original|whole)\s+(?:story|article|report|piece|essay)|the\s+rest)`;
const readMoreLine = new RegExp(String.raw`^${readMoreWords}(?:\s+(?:at|on|in|from)\s+(.+?))?\s*[.:]?$`, 'iu');
const readMoreTail = new RegExp(String.raw`(?<=[.!?…]["”’)]?)\s+(${readMoreWords}\s+(?:at|on|in|from)\s+([^.!?]+?)\.?)\s*$`, 'iu');

/** A "Read more at X" link: the whole line, or the trailing sentence of a paragraph. */
export interface ReadMore {
  /** The outlet named, without a final full stop; absent for a bare `Read more`. */
  readonly outlet?: string;
  /** Where the read-more text starts in the line: 0 when it is the whole line. */
  readonly start: number;
  /** The read-more text as written. */
  readonly text: string;
}

/** Find "Read more at X" as a whole line or as the last sentence of a paragraph. */
export function readMore(text: string): ReadMore | undefined {
  const line = readMoreLine.exec(text);
  if (line !== null && wordCount(text) <= 12) {
    const outlet = line[1]?.trim();
    return {...(outlet === undefined || outlet === '' ? {} : {outlet}), start: 0, text};
  }
  const tail = readMoreTail.exec(text);
  // Only an outlet's name (capitalised) makes the last sentence a link: `Read more at the ministry's site.` is text.
  if (tail !== null && tail[1] !== undefined && tail[2] !== undefined && wordCount(tail[2]) <= 8 && /^(?:the\s+)?[\p{Lu}\p{N}]/u.test(tail[2])) {
    const start = text.length - text.slice(tail.index).trimStart().length;
    return {outlet: tail[2].trim(), start, text: text.slice(start)};
  }
  return undefined;
}

/** The tags of a tag line: `More about: Afghanistan, ISIS, NATO` → the three names. */
export function tagList(text: string): string[] | undefined {
  const match = /^(?:more about|more on|tags?|topics|filed under|related topics|keywords|categories)\s*:\s*(.+)$/iu.exec(text);
  if (match === null) return undefined;
  const tags = (match[1] ?? '')
    .split(/\s*[,;|]\s*/u)
    .map((tag) => tag.trim().replace(/\.$/u, ''))
    .filter((tag) => tag !== '');
  return tags.length > 0 && tags.every((tag) => wordCount(tag) <= 6) ? tags : undefined;
}

const widgetLine = new RegExp(
  [
    String.raw`(?:leave|post|add|write) a (?:comment|reply)`,
    String.raw`(?:show|view|read|hide|load) (?:all |more )?comments`,
    String.raw`\d*\s*comments?`,
    String.raw`join the (?:conversation|discussion)`,
    String.raw`trending(?: now| stories| topics| articles)?`,
    String.raw`most (?:read|popular|viewed|shared|commented)(?: stories| articles)?`,
    String.raw`popular(?: now| stories| articles)?`,
    String.raw`related(?: articles| stories| content| posts| coverage| topics| news| reading)?`,
    String.raw`recommended(?: for you| stories| articles| reading)?`,
    String.raw`you (?:may|might) also (?:like|be interested in)`,
    String.raw`(?:also read|see also|read also|more stories|more from \S+(?: \S+){0,3}|top stories|latest news|editor'?s picks)`,
    String.raw`share(?: this| on)?(?: (?:article|story|page|post|facebook|twitter|x|linkedin|whatsapp|telegram|email|via email))*`,
    String.raw`(?:tweet|e-?mail|print|copy link|link copied|save|bookmark|facebook|twitter|whatsapp|linkedin|telegram|reddit|flipboard)`,
    String.raw`advertisement|sponsored(?: content)?|ad`,
    String.raw`(?:skip|go|jump) to (?:main )?content|back to top`,
    String.raw`listen(?: to (?:this )?(?:article|story))?|\d+\s*min(?:ute)?s?\s*read`,
    String.raw`follow us(?: on .{1,40})?`,
    String.raw`click here.{0,60}`,
  ].join('|'),
  'iu',
);

/** A page widget's label on a line of its own: "Leave a comment", "Trending", "Share", "Comments (3)". */
const wholeWidgetLine = new RegExp(`^(?:${widgetLine.source})$`, 'iu');

export function isWidgetLine(text: string): boolean {
  const bare = text.replace(/\s*[([]?\d+[)\]]?\s*$/u, '').replace(/[:.!]$/u, '').trim();
  return wordCount(text) <= 8 && wholeWidgetLine.test(bare);
}

/** A photo, image or video credit: `Photo: …`, `Image source: …`, `(Photo by … / Getty Images)`. */
export function isMediaCredit(text: string): boolean {
  if (wordCount(text) > 30) return false;
  return (
    /^(?:photo|image|picture|photograph|video|graphic|illustration|caption|image source|image caption|photo credit|credit)s?\s*(?:credit|source)?\s*:/iu.test(text) ||
    /^\((?:photo|image|picture|video|file photo)\b[^)]*\)$/iu.test(text) ||
    /\b(?:photo|image|picture)s? (?:by|courtesy of)\b.*(?:\/|\|)\s*\S+$/iu.test(text) ||
    /(?:^|\s)(?:\/|\|)\s*(?:getty images|afp|reuters|ap|epa|anadolu|xinhua|sputnik|tass)(?:\s+via\s+.+)?\)?$/iu.test(text)
  );
}

/** A copyright line: `© 2024 …`, `Copyright …`, `All rights reserved`. */
export function isCopyrightNotice(text: string): boolean {
  return wordCount(text) <= 25 && (/^(?:©|\(c\)|copyright\b)/iu.test(text) || /\ball rights reserved\b/iu.test(text));
}

/** A line of a list of other stories that is not a headline: a separator or a `By … Published` line. */
export function isListMarker(text: string): boolean {
  return isSeparatorLine(text) || (/^By\s/u.test(text) && /\b(?:Published|Updated)\b/u.test(text));
}

/**
 * A label that opens what follows an article on a page: comments, related
 * or recommended stories, most-read lists. (Share buttons and ad labels,
 * which stand inside articles too, are not; nor is a count such as
 * `12 Comments`, which bylines carry.)
 */
export function isEndMarker(text: string): boolean {
  // `12 Comments` at the top of an article is a link to them, not their heading.
  const bare = text.replace(/[:.!]$/u, '').trim();
  return (
    wordCount(bare) <= 6 &&
    /^(?:(?:top[- ]rated |latest |all |reader |show |view |read |load )?comments?|(?:join |start )?the (?:conversation|discussion)|discussion|(?:leave|post|add) a (?:comment|reply)|trending(?: now| stories| topics| articles)?|most (?:read|popular|viewed|shared|commented)(?: stories| articles| now)?|popular(?: now| stories| articles)?|related(?: articles| stories| content| posts| coverage| news| reading)?|recommended(?: for you| stories| articles| reading)?|you (?:may|might) also (?:like|enjoy|be interested in)|more (?:stories|news|articles|from \S+(?: \S+){0,3})|top stories|latest (?:news|stories)|editor'?s picks|read next|up next|what to read next)$/iu.test(bare)
  );
}

/** A line of a comment's furniture: `2 days ago`, `Reply`, `Rating: 7 Votes`, `Report`, `12 likes`. */
export function isCommentMeta(text: string): boolean {
  return wordCount(text) <= 8 && /\b(?:ago|repl(?:y|ies)|votes?|likes?|report|flag|permalink|upvotes?|downvotes?)\b|\b\d{1,2}:\d{2}\s*(?:am|pm)\b/iu.test(text);
}

/** A relative time stamp on a line of its own, as feeds of other stories carry: `32M ago`, `2 hours ago`, `22 hours ago on iOS Blog`. */
export function isRelativeTimeStamp(text: string): boolean {
  return wordCount(text) <= 8 && /^(?:updated\s+)?\d+\s*(?:s|m|h|d|w|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\s+ago\b/iu.test(text);
}
