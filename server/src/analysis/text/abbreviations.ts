/**
 * Words that end in a period without ending the sentence, and words that
 * start a sentence often enough to settle the ambiguous cases ("in the U.S.
 * The talks…" splits, "the U.S. Senate" does not).
 */

/** Titles: always followed by a name, so a period after them never ends a sentence. */
export const TITLES: ReadonlySet<string> = new Set(
  (
    'Mr Mrs Ms Mx Dr Prof Gen Sen Rep Gov Lt Col Capt Cpt Sgt Cpl Pvt Rev Hon Pres Adm Maj Cmdr Cdr ' +
    'Brig Fr Msgr Atty Supt Det Insp Amb Treas Messrs Mmes Gens Sens Reps Govs Drs Profs Coun Couns Cllr Cllrs Ald Const Sup Asst Dep Comm Commr Supr Mgr Gov-Gen ' +
    'MR MRS MS DR PROF GEN SEN REP GOV'
  ).split(' '),
);

/** Abbreviations that are usually followed by a number ("No. 5", "Jan. 12"). */
export const BEFORE_NUMBER: ReadonlySet<string> = new Set(
  (
    'No Nos Nr Vol Vols pp Pp p Fig Figs Ch Chap Sec Sect Para Eds Dept Rs Re Rp ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec approx ca est Est Ca Approx vol fig'
  ).split(' '),
);

/**
 * Other abbreviations: the period ends the sentence only when a typical
 * sentence-starting word follows.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'Inc Ltd Corp Co Cos Bros Plc plc LLC Llc Pty AG SA NV etc vs v al cf Jr Sr Esq St Mt Ft Ave Blvd Rd Hwy ' +
    'Tue Tues Thu Thur Thurs Fri Univ Assn Dept Govt Admin Intl Natl Mfg Ph dept govt ' +
    'a.m p.m e.g i.e U.S U.K U.N E.U U.A.E U.S.A N.Y D.C L.A Ph.D Hon Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ' +
    'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo'
  ).split(' '),
);

/** Never followed by a sentence break, whatever comes next. */
export const NEVER_FINAL: ReadonlySet<string> = new Set(['vs', 'v', 'cf', 'e.g', 'i.e', 'viz', 'approx', 'ca']);

/** Words that, capitalised after an ambiguous period, signal a new sentence. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(
  (
    'The A An He She It They We I You His Her Its Their Our My Your This That These Those There Here ' +
    'But And Or So Yet Nor In On At For With Without After Before As When Where While Whilst Although Though If ' +
    'Because Since Until Unless Once Meanwhile However Still Also Then Now Later Earlier Last Next Some Many ' +
    'Most Much More Few Several Both Each Every All No None Other Others Another One Two Three Four Five Six ' +
    'Seven Eight Nine Ten Officials Analysts Asked According Despite During Under By From Over Into Among ' +
    'What Who Why How Which Such Not Only Even Instead Indeed Further Furthermore Moreover Nevertheless ' +
    'Nonetheless Overall Today Yesterday Tomorrow Tonight Shares Sales Prices Talks Police Critics Experts ' +
    'Investors Residents Voters Workers People Economists Researchers Scientists Officers Leaders Members ' +
    'Reporting Editing Writing Additional Read See Click Photo Follow Subscribe Related Share Let Do Does Did ' +
    'Is Are Was Were Has Have Had Will Would Could Should Can May Might Must ' +
    // Capitalised words that, in CoNLL-2003 train, start a sentence at least
    // 60% of the times they appear capitalised (4+ times), less team names and
    // words that often begin a name after an abbreviation ("U.S. Trade
    // Representative", "U.N. Women").
    'Results Standings Result Leading Extras Scores Summary Dealers Following Traders About Played ' +
    'Thousands Maybe Just Doctors Fastest Nearly Organisers Expected Diplomats Witnesses ' +
    // The same kind of word in today's news: groups of people who act or speak.
    'Reporters Journalists Protesters Demonstrators Lawmakers Legislators Authorities Rescuers Troops ' +
    'Soldiers Prosecutors Investigators Supporters Opponents Separately Elsewhere Instead Overall'
  ).split(' '),
);
