/**
 * The words quote attribution reads, per language: verbs of saying, the
 * pronouns that stand for a speaker, and the small words around them. Data
 * only; `attribute.ts` applies it. English is the richest; for Russian,
 * Persian, Dari, Pashto and Urdu only the plain "X said: «…»" and
 * "«…», X said" forms are read, and a pronoun is never carried where the
 * script has no capital letters to tell an unknown name from a word.
 */

/** What attribution needs to know about one language. */
export interface Lexicon {
  /** Verbs of saying, lower case (for Persian, the first word of a phrase such as `اظهار داشت`). */
  readonly verbs: ReadonlySet<string>;
  /** Verbs whose subject is the person named after them in `V X as saying`-style quoting. */
  readonly quoting: ReadonlySet<string>;
  /** Words that stand for one person as a subject: `he`, `she`. */
  readonly pronouns: ReadonlySet<string>;
  /** Words that introduce reported speech after a verb: `that`. */
  readonly that: ReadonlySet<string>;
  /** Adverbs and auxiliaries between a subject and its verb, skipped: `also`, `had`. */
  readonly skipped: ReadonlySet<string>;
  /** Auxiliaries of the passive: before a verb they make its subject the one spoken to (`was told`). */
  readonly passive: ReadonlySet<string>;
  /** Words that, just before a name, make it no subject: `and`, `for`, `with`. */
  readonly notSubjectAfter: ReadonlySet<string>;
  /** Words that join a second verb to the first one's subject: `and`, `but`. */
  readonly coordinating: ReadonlySet<string>;
  /** Words that begin a new clause after a comma: `but`, `while`. */
  readonly clauseBreaks: ReadonlySet<string>;
  /** `according to`: a phrase whose speaker is the name after it. */
  readonly according: readonly (readonly string[])[];
  /** Titles and roles that may stand before a name: `Gen.`, `commander`, `Defense`. */
  readonly roles: ReadonlySet<string>;
  /** Words that begin an appositive or relative clause after a name: `a`, `who`, `the`. */
  readonly appositive: ReadonlySet<string>;
  /** Articles that may begin a subject: `the`, `a`. */
  readonly determiners: ReadonlySet<string>;
  /** Words that end a title of a work just before a quote: `book`, `titled`. */
  readonly titleCues: ReadonlySet<string>;
  /** Small words a title in title case leaves in lower case. */
  readonly minorWords: ReadonlySet<string>;
  /** Nouns for one person: `a spokesman`, `the general` is someone a later `he` may stand for. */
  readonly personNouns: ReadonlySet<string>;
  /** Capitalised words that are never part of a person's name, lower case: `province`, `army`, `afghan`. */
  readonly notPersonWords: ReadonlySet<string>;
  /** Whether a pronoun may stand for the last person named (needs capital letters, see above). */
  readonly carryPronouns: boolean;
}

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/).filter((word) => word !== '').map((word) => word.toLowerCase()));

const english: Lexicon = {
  verbs: words(`
    say says said saying tell tells told add adds added note notes noted state states stated declare declares declared
    explain explains explained claim claims claimed ask asks asked reply replies replied answer answers answered
    warn warns warned concede concedes conceded insist insists insisted argue argues argued maintain maintains maintained
    write writes wrote continue continues continued recall recalls recalled announce announces announced
    acknowledge acknowledges acknowledged admit admits admitted remark remarks remarked observe observes observed
    stress stresses stressed emphasise emphasises emphasised emphasize emphasizes emphasized conclude concludes concluded
    suggest suggests suggested urge urges urged predict predicts predicted quip quips quipped respond responds responded
    counter counters countered confirm confirms confirmed describe describes described call calls called
    complain complains complained caution cautions cautioned vow vows vowed promise promises promised pledge pledges pledged
    boast boasts boasted lament laments lamented joke jokes joked allege alleges alleged assure assures assured
    testify testifies testified tweet tweets tweeted report reports reported insisted recount recounts recounted
    reiterate reiterates reiterated declare declared agree agrees agreed
  `),
  quoting: words('quoted quotes quote cited cites'),
  pronouns: words('he she'),
  that: words('that'),
  skipped: words(`
    also even then later again once previously recently repeatedly further had has have would will reportedly subsequently
    separately bluntly flatly publicly privately simply quickly finally first earlier never often ultimately openly clearly
    sharply strongly directly immediately frankly angrily calmly
  `),
  passive: words('was were is are been be being'),
  notSubjectAfter: words(`
    and or nor of for with to by from about against than like between among as at on in under over after before behind
    without via per toward towards into onto upon beside besides including unlike quoting quoted told asked met meeting
    named called praised criticised criticized accused
  `),
  coordinating: words('and but'),
  clauseBreaks: words('but and while whereas although though yet so or because since whose'),
  according: [['according', 'to']],
  roles: words(`
    gen. gen general lt. lt. lieutenant col. colonel maj. major capt. captain sgt. sergeant adm. admiral cmdr. commander
    mr. mrs. ms. dr. prof. sen. senator rep. representative gov. governor pres. president amb. ambassador envoy
    secretary minister prime deputy chief head leader spokesman spokeswoman spokesperson official former then-
    foreign defense defence interior army navy air force national security adviser advisor director special
    chairman chairwoman chair mayor judge justice king queen prince sheikh mullah mawlawi maulvi haji commander-in-chief
    acting retired top senior u.s.
  `),
  appositive: words(`
    a an the who whom whose which now then once former currently himself herself also still until at in
    his her its their one another
  `),
  determiners: words('the a an'),
  titleCues: words(`
    book books novel novels film films movie movies documentary memoir report essay poem song album series show play
    column article newspaper magazine titled entitled headlined
  `),
  minorWords: words('a an the and or nor but of in on at to for by with from as vs via into over per'),
  personNouns: words(`
    spokesman spokeswoman spokesperson official officer commander minister general colonel major captain reporter
    journalist correspondent soldier fighter man woman leader president ambassador envoy analyst expert resident witness
    diplomat senator lawmaker adviser advisor aide activist farmer teacher doctor student boy girl father mother son
    daughter brother sister husband wife member representative negotiator mediator commentator scholar professor
    researcher governor mayor chief head director secretary deputy judge cleric mullah elder villager driver guard
    survivor victim prisoner detainee source friend neighbour neighbor
  `),
  notPersonWords: words(`
    Province Provinces State States Army Forces Force Command Committee Council Ministry Department Times Journal Post News
    Agency Office Government Front Party Movement Group University Street City Republic Union Nations Court House Senate
    Congress Parliament Assembly Commission Mission Directorate Security Support Resolute National Central Islamic
    Emirate International Institute Foundation Bank Fund Organisation Organization Alliance Corps Brigade Division Police
    Intelligence Service Services Agency Authority Airport Base Valley River Mountains Line Sea Ocean Gulf Strait Pass
    District Region Square Hotel Road Highway Bridge Dam Station Embassy Consulate Ministry School College Academy Network
    East West North South Eastern Western Northern Southern Middle Asia Europe Africa America Day Week Year Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November
    December Taliban Daesh Times Tribune Guardian Review Magazine Press Reuters Associated Television Radio
    Afghan Afghans Pakistani Pakistanis Russian Russians American Americans Chinese Iranian Indian Tajik Uzbek Turkmen
    Soviet Arab Arabs Pashtun Hazara Baloch Qatari Turkish British European Asian Western Eastern Central Islamist Jihadist
  `),
  carryPronouns: true,
};

const russian: Lexicon = {
  ...english,
  verbs: words(`
    сказал сказала сказали заявил заявила заявили отметил отметила отметили сообщил сообщила сообщили добавил добавила
    подчеркнул подчеркнула пояснил пояснила признал признала говорит говорил говорила написал написала ответил ответила
    считает уточнил уточнила
  `),
  quoting: words(''),
  pronouns: words('он она'),
  that: words('что'),
  skipped: words('также тогда позже ранее уже еще ещё'),
  passive: words('был была было были'),
  notSubjectAfter: words('и или с со к ко по от о об для у при между против'),
  coordinating: words('и но а'),
  clauseBreaks: words('но а однако хотя пока'),
  according: [['по', 'словам']],
  roles: words('генерал посол министр президент глава представитель спецпредставитель сенатор'),
  appositive: words('который которая которые'),
  determiners: words(''),
  titleCues: words('книга книге книгу роман фильм статья доклад'),
  minorWords: words(''),
  personNouns: words(''),
  notPersonWords: words(''),
  carryPronouns: true,
};

const persian: Lexicon = {
  ...english,
  verbs: words('گفت گفته گفتند افزود نوشت پرسید خاطرنشان اظهار تأکید اعلام'),
  quoting: words(''),
  pronouns: words('او وی'),
  that: words('که'),
  skipped: words('نیز همچنین هم'),
  passive: words(''),
  notSubjectAfter: words('و یا با از به برای'),
  coordinating: words('و'),
  clauseBreaks: words('اما ولی'),
  according: [['به', 'گفته']],
  roles: words('جنرال ژنرال وزیر رئیس سفیر معاون'),
  appositive: words(''),
  determiners: words(''),
  titleCues: words('کتاب'),
  minorWords: words(''),
  personNouns: words(''),
  notPersonWords: words(''),
  carryPronouns: false,
};

const pashto: Lexicon = {
  ...persian,
  verbs: words('وویل وايي وایي ویلي زیاته ليکلي لیکلي'),
  pronouns: words('هغه'),
  that: words('چې'),
  skipped: words('هم'),
  notSubjectAfter: words('او یا له د سره ته'),
  coordinating: words('او'),
  clauseBreaks: words('خو'),
  according: [],
  roles: words('جنرال وزیر رئیس سفیر'),
  titleCues: words('کتاب'),
};

const urdu: Lexicon = {
  ...persian,
  verbs: words('کہا کہتے کہتی بتایا لکھا'),
  pronouns: words(''),
  that: words('کہ'),
  skipped: words('نے بھی'),
  notSubjectAfter: words('اور یا سے کو کے کی'),
  coordinating: words('اور'),
  clauseBreaks: words('لیکن مگر'),
  according: [],
  roles: words('جنرل وزیر صدر سفیر'),
  titleCues: words('کتاب'),
};

const lexicons: Readonly<Record<string, Lexicon>> = {en: english, ru: russian, fa: persian, prs: persian, ps: pashto, ur: urdu};

/** The lexicon of a language tag (its primary subtag), or `undefined` where quotes are found but never attributed. */
export function lexiconOf(language: string): Lexicon | undefined {
  return lexicons[language.split('-')[0]?.toLowerCase() ?? ''];
}
