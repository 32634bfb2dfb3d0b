/**
 * The site's one script (bundled into `assets/site.js` by the build). Every
 * page works without it; with it:
 * - the search page (`/search/`) searches the Pagefind index in the browser
 *   (`search-page.ts`);
 * - a page opened from a search result (`?highlight=words`) marks those words.
 * It finds the index next to itself (`../pagefind/`), so it works under any
 * path prefix and on any static host.
 */

import {searchBundleFolder} from '../search/layout.ts';
import {highlightTerms} from './highlight.ts';
import {messagesFrom, type Messages} from './messages.ts';
import {startSearch} from './search-page.ts';

/** The messages the page carries (`#search-messages`), for its locale (`data-locale`, else the page's language), digits (`data-numbering`) and direction. */
function readMessages(page: Document): Messages {
  const source = page.getElementById('search-messages');
  let json: unknown;
  try {
    json = JSON.parse(source?.textContent ?? '{}');
  } catch {
    json = {};
  }
  const locale = source?.getAttribute('data-locale') || page.documentElement.lang || 'en';
  const dir = getComputedStyle(page.documentElement).direction === 'rtl' ? 'rtl' : 'ltr';
  return messagesFrom(json, locale, dir, source?.getAttribute('data-numbering') || undefined);
}

const root = document.querySelector('#search');
if (root instanceof HTMLElement) {
  const messages = readMessages(document);
  const bundle = new URL(`../${searchBundleFolder}/`, import.meta.url);
  startSearch(root, messages, bundle).catch((error: unknown) => {
    const status = root.querySelector('#search-status');
    if (status) status.textContent = messages.text('search.failed', {reason: error instanceof Error ? error.message : String(error)});
  });
} else {
  highlightTerms(document);
}
