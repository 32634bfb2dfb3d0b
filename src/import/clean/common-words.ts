/**
 * Small word lists for the glued-word check (`suspicious.ts`): common
 * English words (function words and frequent words of news writing),
 * the function words that scraped text most often glues to a neighbour,
 * and real words made of two function words, which are never glued.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/u).filter((word) => word !== ''));

/** Common English words, in their base forms (`kill`, not `killing`); `suspicious.ts` strips endings before looking up. */
export const commonWords: ReadonlySet<string> = words(`
  a about above across act action add after again against age ago agree aid air all allow ally almost alone along already
  also although always among amount and announce another answer any appear area arm army around arrive art as ask at
  attack attempt authority available away back bad base battle be bear beat because become before begin behind believe
  best better between beyond big bill black blame block blood board body book border both break bring build burn
  business but buy by call camp campaign can capital car care carry case cause center central century certain chance
  change charge chief child choose citizen city civil civilian claim clash class clear close come command comment
  common community company concern condemn conference conflict consider continue control cost could council count
  country course court cover create crime crisis cross current cut damage danger day dead deal death decide decision
  defend defense deny describe destroy develop die different direct discuss do doctor down draw drive drop during each
  early east economy effect effort either election else embassy end enemy enough enter even event ever every evidence
  exactly expect experience explain face fact fail fall family far fear feel few fight figure file final find fire
  first five follow for force foreign form former forward four free friend from front full fund future gain general
  get girl give go good govern government great ground group grow guard gun half hand happen hard have he head health
  hear heavy help her here high him his history hit hold home hope hospital host hour house how however human hundred
  idea if important in include increase indeed inform inside instead interest international into involve issue it its
  job join just keep kill kind know land large last late later launch law lead leader learn least leave left less let
  level lie life light like likely line list little live local long look lose loss lot low main maintain major make
  man many march mark market matter may mean measure media meet meeting member mention might military million minister
  minute miss moment money month more morning most move much must name nation national near need negotiate
  negotiation never new news next night no none nor north not note nothing now number occur of off offer office officer
  official often old on once one only open operation opinion or order organization other our out over own part party
  pass past pay peace people percent perhaps period person place plan play point police policy political politics
  poor popular position possible power prepare present president press pressure prevent previous price prime prison
  prisoner private problem process produce program promise protect protest prove provide public pull push put
  question quite raise rather reach read ready real reason receive recent recognize record reduce refuse region
  regional reject release remain remember remove report represent require resistance resolve response rest result
  return reveal right rise risk road role rule run safe safety same say school season second secret security see seek
  seem send senior sense serve service set several shall share she shoot short should show side sign since situation
  small so social soldier some someone something sometimes soon south speak special spend spokesman stand start state
  statement stay step still stop strategy street strike strong student study such suggest support sure system take
  talk target tax team tell term territory terror terrorism terrorist than that the their them then there these they
  thing think this those though thousand threat threaten three through throughout time to today together too top
  toward town trade travel treaty trial troop true truce try turn two under understand union until up upon us use
  usually very victim view village violence visit vote wait walk want war warn watch water way we weapon weaken week
  well west what when where whether which while white who whole whose why wide will win with within without woman
  word work world worry would write wrong year yet you young your
  are is was were been being am has had did does done said says made went gone came took taken gave given told
  knew known thought felt left led met paid sent set spent stood won fought held kept lost built brought bought
  caught taught sought children men women people
`);

/**
 * Function words that scraped text glues to the next or previous word
 * (`andkilling`, `weretargeting`, `Duringprevious`). Words that also begin
 * or end ordinary compounds (`over`, `out`, `under`, `up`, `for`, `any`,
 * `some`, `no`) are left out.
 */
export const glueWords: ReadonlySet<string> = words(`
  about after against also although among and are because been before being between both but could did does during
  each from had has have her his into its many may might much must only onto our said should since such than that the
  their them then these they this those though until upon very was were what when where whether which while who would
  with
`);

/** Function words that may be glued to the word before them (`Talibanand`); a shorter list, since many words end in `-will` or `-with`. */
export const trailingGlueWords: ReadonlySet<string> = words(`
  and are been but during from had has have into said that the their they this was were which who would
`);

/** Real words made of two shorter words, which the glued-word check must not take for glued ones. */
export const compoundWords: ReadonlySet<string> = words(`
  afterward afterwards another anybody anyhow anyone anything anyway anywhere beforehand cannot everybody everyone
  everything everywhere forever forthwith furthermore hereafter hereby herein herself himself however inasmuch
  insofar itself meantime meanwhile moreover myself nevertheless nobody nonetheless notwithstanding nowhere
  otherwise ourselves somebody someday somehow someone something sometime sometimes somewhat somewhere thereafter
  thereby therefore therein thereof thereupon themselves whatever whatsoever whenever whereas whereby wherein
  whereupon wherever whichever whoever withdraw withdrawal withdrawals withdrawing withdrawn withdraws withdrew
  withheld withhold withholding within without withstand withstood worthwhile yourself yourselves
  alongside altogether outside inside throughout together understood undertake underway
`);
