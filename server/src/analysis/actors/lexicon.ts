// General English word classes the actor rules rely on. These are closed
// classes (determiners, pronouns) and common role and institution nouns of
// news English, never names from any particular article.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Determiners that open a definite description. */
export const DEFINITE = set('the this that these those');
/** Possessive determiners. */
export const POSSESSIVE_DET = set("his her its their our my your");
/** Indefinite articles (an indefinite phrase is a mention only in apposition). */
export const INDEFINITE = set('a an');

/** Honorifics: with a surname they make a title mention; they also tell gender. */
export const HONORIFIC_GENDER: ReadonlyMap<string, 'm' | 'f' | undefined> = new Map([
  ['mr', 'm'], ['mr.', 'm'], ['sir', 'm'], ['lord', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'],
  ['miss', 'f'], ['dame', 'f'], ['lady', 'f'], ['mx', undefined], ['dr', undefined], ['dr.', undefined],
  ['prof', undefined], ['prof.', undefined],
] as [string, 'm' | 'f' | undefined][]);

/** Abbreviated titles before a name ("Sen. Marcus Dellinger", "Gov. Ana Ruiz"), lower case without the dot, with the role each stands for. */
export const ABBREVIATED_ROLES: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], ['rep', 'representative'], ['gov', 'governor'], ['lt', 'lieutenant'], ['gen', 'general'],
  ['col', 'colonel'], ['sgt', 'sergeant'], ['capt', 'captain'], ['adm', 'admiral'], ['det', 'detective'],
  ['atty', 'attorney'], ['supt', 'superintendent'], ['cmdr', 'commander'], ['amb', 'ambassador'], ['insp', 'inspector'],
  ['pres', 'president'], ['sec', 'secretary'], ['maj', 'major'], ['cpl', 'corporal'], ['rev', 'reverend'], ['cllr', 'councillor'],
  ['coun', 'councillor'], ['const', 'constable'], ['ald', 'alderman'],
]);

/** Positions in sport that stand before a player's name like a title ("Quarterback Devin Marsh", "kicker Luis Ortega"). */
export const SPORT_ROLES = set(`
  quarterback kicker punter pitcher catcher shortstop linebacker receiver cornerback safety tailback wicketkeeper batsman
  batter bowler jockey cyclist sprinter winger fullback halfback centre-back center-back defenceman defenseman goaltender
  goalie keeper setter scrum-half fly-half prop hooker flanker
`);

/** Nouns that name a person by office, occupation or relation. */
export const PERSON_ROLES = set(`
  president vice-president secretary-general minister governor mayor councilor councillor senator congressman congresswoman
  councilman councilwoman councilmember alderman alderwoman assemblyman assemblywoman selectman supervisor
  representative judge justice chancellor premier king queen prince princess emperor ambassador envoy sheikh sheikha emir sultan ayatollah
  secretary spokesperson spokesman spokeswoman chairman chairwoman chair chairperson chief executive director
  director-general head leader founder co-founder cofounder professor doctor clerk commissioner officer
  inspector detective sergeant captain general admiral colonel lieutenant coach manager editor reporter
  correspondent economist analyst astronomer scientist researcher official lawyer attorney prosecutor
  defendant owner ceo cfo coo cto deputy treasurer pope bishop archbishop rabbi imam pastor sheriff
  superintendent principal dean rector provost counterpart teacher schoolteacher headteacher headmaster headmistress candidate challenger
  incumbent mother father sister brother wife husband son daughter aunt uncle cousin grandmother grandfather
  widow widower twin sibling partner boss founder-chief economist physicist astronaut engineer activist
  campaigner chef striker goalkeeper midfielder defender forward player captain-elect premier-elect
  president-elect minister-designate nominee speaker whip commander marshal diplomat negotiator regulator
  auditor investor banker executive-director administrator organiser organizer mp mep rival ally friend
  colleague neighbour neighbor predecessor successor opponent actor actress singer rapper artist author co-author coauthor glaciologist
  tycoon billionaire millionaire businessman businesswoman entrepreneur veteran politician lawmaker legislator
  journalist photographer filmmaker designer architect economist-in-chief suspect victim witness patient
  assistant aide adviser advisor consultant strategist writer novelist poet musician athlete footballer cricketer boxer driver pilot surgeon nurse professor-elect
  painter sculptor composer playwright dancer historian philosopher lecturer student farmer
  coordinator rapporteur ombudsman magistrate coroner paramedic firefighter investigator epidemiologist virologist
  statistician demographer pollster curator producer presenter commentator trustee registrar mediator lobbyist
  forecaster meteorologist seismologist volcanologist hydrologist counsel solicitor barrister accountant
  shopkeeper pensioner retiree homeowner landlord tenant shopper commuter fisherman fisherwoman miner volunteer ranger
  trader vendor baker butcher cleaner carer midwife pharmacist vet builder plumber electrician mechanic waiter waitress
  quarterback kicker punter pitcher catcher shortstop linebacker receiver cornerback tailback wicketkeeper batsman batter bowler jockey cyclist sprinter winger fullback halfback goaltender goalie
`);

/**
 * Roles a company or a state holds as often as a person ("rival Penmarsh
 * Stores", "its partner Vela Motors", "the auditor Kessler & Marr"): before a
 * name the tagger typed organisation, they leave it one.
 */
export const SHARED_ROLES = set('rival ally partner investor owner regulator successor predecessor neighbour neighbor opponent auditor defendant challenger incumbent');

/** Capitalised modifiers that may stand inside a title ("Foreign Trade Minister", "City Clerk"). */
export const TITLE_MODIFIERS = set(`
  foreign trade finance city chief executive vice deputy prime state home interior defence defense health
  education justice energy economy economic culture labour labor transport environment agriculture general
  senior acting interim former first managing attorney supreme high police fire county district federal
  national regional party opposition majority minority associate assistant junior principal operations
  operating financial marketing information commercial product investment medical scientific legal creative
  commerce industry treasury security development science technology digital foreign-affairs public chief-of
  housing climate business communities local government sport media veterans cabinet shadow immigration
  planning welfare infrastructure tourism tournament festival programme program project campaign communications
  research medical technical editorial marketing sales lead
`);

/** Kinship nouns, with the gender they give the person they describe. */
export const KIN_GENDER: ReadonlyMap<string, 'm' | 'f' | undefined> = new Map([
  ['mother', 'f'], ['sister', 'f'], ['wife', 'f'], ['daughter', 'f'], ['aunt', 'f'], ['grandmother', 'f'],
  ['widow', 'f'], ['father', 'm'], ['brother', 'm'], ['husband', 'm'], ['son', 'm'], ['uncle', 'm'],
  ['grandfather', 'm'], ['widower', 'm'], ['cousin', undefined], ['twin', undefined], ['sibling', undefined],
  ['partner', undefined],
] as [string, 'm' | 'f' | undefined][]);

/** Relations that hold both ways ("her sister" of a sister is the first one). */
export const SYMMETRIC_RELATIONS = set('sister brother sibling twin cousin counterpart partner rival');

/** Role nouns that may refer back to any fitting person, not only one holding that exact title. */
export const GENERIC_PERSON_HEADS = set(
  'leader counterpart official executive boss head tycoon billionaire businessman businesswoman entrepreneur veteran politician lawmaker',
);

/** Role nouns gendered by themselves. */
export const ROLE_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['chairman', 'm'], ['spokesman', 'm'], ['congressman', 'm'], ['king', 'm'], ['prince', 'm'], ['emperor', 'm'],
  ['councilman', 'm'], ['alderman', 'm'], ['assemblyman', 'm'], ['sheikh', 'm'], ['emir', 'm'], ['sultan', 'm'],
  ['chairwoman', 'f'], ['spokeswoman', 'f'], ['congresswoman', 'f'], ['queen', 'f'], ['princess', 'f'],
  ['councilwoman', 'f'], ['alderwoman', 'f'], ['assemblywoman', 'f'], ['sheikha', 'f'],
] as [string, 'm' | 'f'][]);

/** Nouns that name an institution: the head of an organisation's name or a description of one. */
export const ORG_NOUNS = set(`
  company firm group bloc organisation organization agency bank institute institution university college
  union forum alliance council committee commission office ministry department association federation
  society foundation party club team network court board authority body newspaper broadcaster maker
  manufacturer producer carrier airline retailer lender insurer chain developer startup start-up
  conglomerate giant regulator watchdog charity coalition consortium league centre center service fund
  exchange corporation studio publisher operator academy school hospital trust army police government
  parliament assembly congress senate cabinet administration carmaker automaker chipmaker drugmaker
  steelmaker planemaker shipbuilder miner brewer utility supermarket telecom exporter importer
  contractor subcontractor supplier vendor distributor provider caterer wholesaler builder broker shipper
  directorate inspectorate secretariat museum gallery palace airport hospice library festival orchestra zoo prison bureau confederation
`);

/** Institution nouns that fit an organisation of any kind (a bloc, a group, an organisation). */
export const UMBRELLA_ORG_NOUNS = set('organisation organization group body bloc');

/** Nouns that describe a business; they fit an organisation whose name does not say what it is. */
export const BUSINESS_NOUNS = set(`
  company firm maker manufacturer producer carrier airline retailer lender insurer chain developer startup
  start-up conglomerate giant group business operator publisher studio carmaker automaker chipmaker
  drugmaker steelmaker planemaker shipbuilder miner brewer utility supermarket telecom exporter importer
  contractor subcontractor supplier vendor distributor provider caterer wholesaler builder broker shipper
`);

/** Words that end a noun phrase when scanning right (prepositions, conjunctions, relatives, verbs of saying). */
export const PHRASE_BREAKERS = set(`
  of in at on for from with by to into onto over under about after before since during against between
  among through across near than as and or but nor who whom whose which that where when while because if
  is are was were be been being has have had will would can could should may might must said says say
  told tells added says announced did does do not also who's largely based led
`);

/** Words that start a new clause; a mention right after one is that clause's subject. */
export const CLAUSE_OPENERS = set('and but or that when while because if as although though who which whereas so');

/** Pronouns that can refer to an actor, with their person/number features. */
export const PRONOUNS: ReadonlyMap<string, { gender: 'm' | 'f' | 'n'; possessive: boolean }> = new Map([
  ['he', { gender: 'm', possessive: false }], ['him', { gender: 'm', possessive: false }],
  ['his', { gender: 'm', possessive: true }], ['she', { gender: 'f', possessive: false }],
  ['her', { gender: 'f', possessive: false }], ['it', { gender: 'n', possessive: false }],
  ['its', { gender: 'n', possessive: true }],
] as [string, { gender: 'm' | 'f' | 'n'; possessive: boolean }][]);

/** Function words that cannot be the noun after a possessive "her" (so "her" is then an object). */
export const NOT_A_NOUN = set(`
  to in at on for from with by of and or but that when while because if as than the a an this his her its
  their after before about into over up down out off back again yet still not also
`);

/** Verbs and adjectives after "it is/was" that make "it" an expletive ("it is expected to …"). */
export const EXPLETIVE_BE = set("is was 's will would seems seemed appears appeared remains remained takes took");

/** Last words of newspaper names ("Marlow Tribune", "Bayline Post"): such an organisation is "the newspaper". */
export const NEWSPAPER_WORDS = set(`
  tribune times post news herald journal gazette guardian telegraph chronicle observer mirror express inquirer
  examiner courier record standard independent bulletin dispatch sentinel argus mercury clarion wire
`);

/** Legal-form suffixes that make a name a company's ("Halden Robotics ASA"). */
export const CORPORATE_SUFFIXES = set('asa ag sa plc inc inc. ltd ltd. llc corp corp. gmbh nv bv ab oy spa as co co. lp llp');

/** What a newspaper is called once named. */
export const NEWSPAPER_NOUNS = set('newspaper paper daily publication outlet tabloid broadsheet');

/**
 * Last words of organisations named after their place, whose first word alone
 * is that place, not them ("Brenford Commuters' Association", "Harwick City
 * Council", "Chelmsford Magistrates' Court"); a company's first word is its
 * short name ("Harlow" of "Harlow Foods").
 */
export const MEMBER_BODY_HEADS = set(`
  association council society union federation chamber assembly commission committee board authority
  hospital police court
`);

/** Plural or trade words that close a company's name and are no surname or place ("Harlow Foods", "Vela Motors"). */
export const COMPANY_WORDS = new Set(
  (
    'foods stores motors partners capital pharmaceuticals pharma labs laboratories media brands retail retailers logistics ' +
    'insurance healthcare solutions entertainment studios resources mining petroleum steel chemicals telecom ' +
    'communications electric electronics software robotics therapeutics biosciences ventures investments properties ' +
    'hotels beverages apparel aerospace semiconductors devices instruments networks airline shipping utilities ' +
    'enterprises dynamics analytics securities advisors advisers consulting rail energy freight construction engineering builders ' +
    'offshore power water gas terminals maritime insight research renewables pension pensions holdings industries technologies materials minerals metals farms mobility ' +
    'biotech automotive aviation marine airways broadcasting wireless primary health railways railway railroad airlines ferries transit homes housing ' +
    'tractors trucks cement textiles tyres tires fertilisers fertilizers breweries brewing dairies bakeries line lines buses coaches trains ' +
    // (Trade words of technology firms: "Helix Silicon", "Halden Digital", "Orbis Systems".)
    'digital silicon semiconductor chips cloud systems technology tech payments biologics genomics diagnostics'
  ).split(' '),
);

/** True when a name's lower-cased words hold something of an organisation: a head noun, a legal form or a trade word. */
export function hasOrganisationWord(words: readonly string[]): boolean {
  return words.some((w) => ORG_NOUNS.has(w) || CORPORATE_SUFFIXES.has(w) || COMPANY_WORDS.has(w));
}
