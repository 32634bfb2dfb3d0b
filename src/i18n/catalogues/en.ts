/**
 * English: the reference catalogue. Every other catalogue has exactly its
 * keys and, in each message, exactly its `{placeholders}`.
 *
 * To add a message: add the key here, with a comment if its use is not
 * obvious, then the same key to every catalogue beside this one
 * (`npm run typecheck` lists each catalogue that lacks it; a build in that
 * language fails naming the key). A counted message is an object of
 * `Intl.PluralRules` categories (`one`, `other`, and for Russian `few` and
 * `many`) and must have a `{count}`. Keys starting with `search.` are also
 * sent to the search page's script.
 */

export const en = {
  // Every page: head, header, footer.
  'page.title': '{title} – {site}',
  'nav.skip': 'Skip to content',
  'nav.label': 'Site',
  'nav.home': 'Home',
  'nav.timeline': 'Timeline',
  'nav.topics': 'Topics',
  'nav.actors': 'Actors',
  'nav.sources': 'Sources',
  'header.searchLabel': 'Search the archive',
  'header.searchButton': 'Search',
  'footer.feed': 'Atom feed of all articles',

  // Counts, lists and dates wherever they appear.
  'count.articles': {one: '{count} article', other: '{count} articles'},
  'count.mentions': {one: '{count} mention', other: '{count} mentions'},
  'count.sharedArticles': {one: '{count} shared article', other: '{count} shared articles'},
  'count.inArticles': {one: 'in {count} article', other: 'in {count} articles'},
  /** `{mentions}` is `count.mentions`, `{inArticles}` is `count.inArticles`. */
  'count.mentionsInArticles': '{mentions} {inArticles}',
  'list.noArticles': 'No articles.',
  'list.noActors': 'No actors.',
  'list.noTopics': 'No topics.',
  'list.noSources': 'No sources.',
  /** An article dated only to a year, in the timeline. */
  'date.monthUnknown': '{year}, month not known',
  'feed.of': 'Atom feed for {name}',
  /** The title of a topic's or an actor's feed. */
  'feed.title': '{name} · {site}',

  // Kinds of actor, one and many.
  'kind.person': 'Person',
  'kind.organization': 'Organisation',
  'kind.country': 'Country',
  'kind.place': 'Place',
  'kinds.person': 'People',
  'kinds.organization': 'Organisations',
  'kinds.country': 'Countries',
  'kinds.place': 'Places',

  // Kinds of piece (`genre` in an article), where the value is one of these; any other is shown as written.
  'genre.news': 'News',
  'genre.opinion': 'Opinion',
  'genre.analysis': 'Analysis',
  'genre.interview': 'Interview',
  'genre.feature': 'Feature',
  'genre.editorial': 'Editorial',
  'genre.explainer': 'Explainer',
  'genre.report': 'Report',

  // The home page.
  'home.description': '{site}: {articles}.',
  'home.descriptionSpan': '{site}: {articles} from {first} to {last}.',
  'home.descriptionYear': '{site}: {articles} from {year}.',
  'home.latest': 'Latest articles',
  'home.everyArticle': 'Every article, by year and month',
  'home.topics': 'Topics',
  'home.allTopics': 'All topics',
  'home.actors': 'Most-mentioned actors',
  'home.allActors': 'All actors',

  // The timeline and its years.
  'timeline.title': 'Timeline',
  'timeline.description': 'Every article in {site} by date: {articles}.',
  'timeline.descriptionSpan': 'Every article in {site} by date: {articles} from {first} to {last}.',
  'timeline.descriptionYear': 'Every article in {site} by date: {articles} from {year}.',
  'timeline.years': 'Years',
  'timelineYear.title': '{year} · Timeline',
  'timelineYear.description': '{articles} from {year}, by month.',
  'timelineYear.months': 'Months',
  'timelineYear.otherYears': 'Other years',
  'timelineYear.previous': 'Previous year: {year}',
  'timelineYear.next': 'Next year: {year}',
  'timelineYear.all': 'All years',

  // An article page.
  'article.date': 'Date',
  'article.source': 'Source',
  'article.reportsOn': 'Reports on',
  'article.genre': 'Kind',
  'article.authors': 'Authors',
  'article.editors': 'Editors',
  'article.original': 'Original',
  'article.topics': 'Topics',
  'article.actors': 'Actors in this article',
  'article.related': 'Related articles',
  /** Under an image: who made it. */
  'image.credit': 'Image: {credit}',

  // Topics.
  'topics.title': 'Topics',
  'topics.description': 'The topics of {site}.',
  'topic.description': 'Articles on {title}.',
  'topic.articles': 'Articles',
  'topic.actors': 'Most-mentioned actors',
  'topic.timeline': 'Timeline',

  // Actors.
  'actors.title': 'Actors',
  'actors.description': 'People, organisations, countries and places named in {site}.',
  'actors.kinds': 'Kinds of actor',
  'actor.description': 'Articles in {site} that name {name}.',
  'actor.descriptionGiven': '{name}: {description}',
  /** `{kind}` is a kind of actor, `{mentions}` a count of mentions. */
  'actor.lede': '{kind} · {mentions} in the archive',
  'actor.aliases': 'Also known as',
  'actor.partOf': 'Part of',
  'actor.members': 'Members',
  'actor.wikidata': 'Wikidata',
  'actor.feed': 'Feed',
  'actor.appearances': 'Appearances',
  'actor.namedWith': 'Often named with',
  /** The quotations the actor is given, by article. */
  'actor.inTheirWords': 'In their words',
  /** The tooltip of the mark after a quotation on an article page: the person who spoke it. */
  'quote.speaker': 'Said by {name}',
  /** The heading of the actor's chart of articles over time. */
  'actor.coverage': 'Coverage over time',
  /** The heading of the actors index's drawing of the most-named actors. */
  'actors.network': 'Who is named with whom',
  'count.actors': {one: '{count} actor', other: '{count} actors'},
  'count.pairs': {one: '{count} pair', other: '{count} pairs'},
  /** The title of that drawing; `{actors}` is `count.actors`. */
  'network.title': 'The {actors} named most and who is named with whom',
  /** Its description: `{actors}` and `{pairs}` are counts, `{threshold}` and `{shared}` `count.articles`, `{first}` and `{second}` the pair named together most. */
  'network.description': '{actors}, {pairs} named together in at least {threshold}; most often {first} and {second}, in {shared}. The list below gives every pair.',
  /** Opens the list of every pair the drawing shows. */
  'network.pairs': 'The same pairs as a list',
  /** A pair in that list: `{first}` and `{second}` are links to the two actors. */
  'network.pair': '{first} and {second}',
  /** The title of an actor page's drawing of the actors named with it. */
  'network.neighboursTitle': '{name} and the actors most often named with them',
  /** Its description; `{list}` is each neighbour as `network.neighbour`. */
  'network.neighboursDescription': 'Shared articles with {name}: {list}. Lines between two of them mark actors that are also often named together.',
  /** A neighbour and its number of shared articles. */
  'network.neighbour': '{name} ({shared})',

  // Charts of articles over time: the timeline, its years, actors and topics.
  'chart.month': 'Month',
  'chart.year': 'Year',
  'chart.articles': 'Articles',
  /** A range of years in a chart's title. */
  'chart.range': '{first}–{last}',
  'chart.perMonth': 'Articles per month, {range}',
  'chart.perYear': 'Articles per year, {range}',
  'chart.actorPerMonth': 'Articles naming {name}, per month, {range}',
  'chart.actorPerYear': 'Articles naming {name}, per year, {range}',
  'chart.topicPerMonth': 'Articles on {title}, per month, {range}',
  'chart.topicPerYear': 'Articles on {title}, per year, {range}',
  /** A chart's description: `{articles}` is `count.articles`, `{peak}` the most articles of one month, `{when}` the months that have it. */
  'chart.descriptionMonths': 'From {first} to {last}: {articles} in all; the most in one month, {peak}, in {when}.',
  'chart.descriptionMonthsYear': 'In {year}: {articles} in all; the most in one month, {peak}, in {when}.',
  'chart.descriptionYears': 'From {first} to {last}: {articles} in all; the most in one year, {peak}, in {when}.',
  /** `{when}` when more than three months or years share the peak. */
  'chart.manyMonths': {one: '{count} month', other: '{count} months'},
  'chart.manyYears': {one: '{count} year', other: '{count} years'},
  /** What a bar's link is called: `{label}` its month or year, `{articles}` `count.articles`. */
  'chart.bar': '{label}: {articles}',
  /** Under a year's chart, the column of its articles whose month is not known. */
  'chart.monthUnknownTick': '?',
  /** The calendar of the second date of an article in Persian, Dari or Pashto. */
  'calendar.persian': 'Solar Hijri',

  // Sources.
  'sources.title': 'Sources',
  'sources.description': 'The outlets whose reporting {site} keeps.',
  /** A source in the list of sources: its count of articles and its country. */
  'sources.countAndCountry': '{articles}, {country}',
  'source.description': 'Articles from {name} in {site}.',
  'source.website': 'Website',
  'source.country': 'Country',
  'source.articles': 'Articles',
  'source.reportedOn': 'Articles reporting on its work',

  // The page for a missing address.
  'notFound.title': 'Page not found',
  'notFound.description': 'This page is not in {site}.',
  'notFound.home': 'Home page',
  'notFound.timeline': 'Every article, by year and month',
  'notFound.topics': 'Topics',
  'notFound.actors': 'Actors',

  // The search page: the page itself, then what its script shows (`search.*` keys reach the script).
  'searchPage.title': 'Search',
  'searchPage.description': 'Search every article, actor, topic and source in {site}.',
  'searchPage.noscript': 'Search runs in your browser and needs JavaScript, which is turned off. You can still find every article through these pages:',
  'searchPage.query': 'Words to find',
  'searchPage.order': 'Order',
  'searchPage.bestFirst': 'Best match first',
  'searchPage.newestFirst': 'Newest first',
  'searchPage.button': 'Search',
  'searchPage.filters': 'Filters',
  'searchPage.articles': 'Articles',
  'searchPage.more': 'Show more articles',
  /** The short list of the other actors', topics' and sources' pages a search finds, below the articles. */
  'searchPage.entities': 'People, places and topics',
  'searchPage.moreEntities': 'Show more people, places and topics',
  'search.prompt': 'Type words to search every article, actor, topic and source, or choose a filter.',
  'search.results': {one: '{count} result.', other: '{count} results.'},
  'search.resultsFor': {one: '{count} result for “{query}”.', other: '{count} results for “{query}”.'},
  'search.none': 'No results.',
  'search.noneFor': 'No results for “{query}”.',
  'search.failed': 'Search could not start: {reason}',
  'search.filter.kind': 'Type',
  'search.filter.topic': 'Topic',
  'search.filter.actor': 'Actor',
  /** The filter of the people an article quotes. */
  'search.filter.quoted': 'Quoted',
  'search.filter.source': 'Source',
  'search.filter.year': 'Year',
  'search.filter.language': 'Language',
  /** Kinds of page, as the search's "Type" filter and its results show them. */
  'search.kind.article': 'Article',
  'search.kind.actor': 'Actor',
  'search.kind.topic': 'Topic',
  'search.kind.source': 'Source',
  /** Kinds of actor, on the cards of the actors a search names. */
  'search.kind.person': 'Person',
  'search.kind.organization': 'Organisation',
  'search.kind.country': 'Country',
  'search.kind.place': 'Place',
  /** The label of the cards above the results: the actors, topics and sources the query names. */
  'search.cards': 'Named in your search',
  'search.card.articles': {one: '{count} article', other: '{count} articles'},
  /** On a person's card: the link to their quotations. */
  'search.card.quotes': {one: '{count} quotation', other: '{count} quotations'},
  'search.card.noArticles': 'No articles yet',
  /** The dates of the oldest and the newest of a card's articles. */
  'search.card.range': '{oldest} – {newest}',
  /** Above the articles when the query names an actor; `{name}` is its name. */
  'search.namedFirst': 'Articles that name {name} come first, in any language.',
} as const;
