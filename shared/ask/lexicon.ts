/**
 * The fixed words that carry a question's meaning, in Danish and English. Category names, focus
 * areas and responsible parties come from the agreement instead (see vocabulary.ts), so a new
 * agreement brings its own words. Entries may be phrases; they are folded and tokenised like
 * the messages they match.
 *
 * Every word of an entry counts as a sign of its language (shared/ask/language.ts) unless the
 * entry says `counted: false`. The words added for issue 13 (sidste / last, months, statuses …)
 * are not counted: they were unknown before, and counting them would change which language
 * many existing messages are answered in.
 */
import { meetingGroupWords } from "../agreement/meeting-groups";
import type { MeetingGroup } from "../agreement/schema";
import { meetingGroups } from "../meetings";
import type { ActivityStatus, Facet } from "./types";

export type Flag =
  | "status" // how is it going, against, met
  | "target" // target, mål
  | "trend" // over the years
  | "overview" // all categories, crime figures
  | "ssp"
  | "safety"
  | "survey" // the safety survey's share of residents who feel unsafe
  | "meeting"
  | "next" // next, when
  | "when" // hvornår, when: asks for a time, never for a draft
  | "who" // hvem, who: asks for a person or a body
  | "how-many"
  | "cadence" // held, planned, how often
  | "budget"
  | "facts" // the agreement
  | "after" // after (a year, the agreement)
  | "help"
  | "greeting" // hej, godmorgen, hello
  | "thanks" // tak, thanks
  | "last" // sidste, seneste, forrige, last, previous: never "next"
  | "activity" // the safety plan's activities
  | "responsible" // ansvarlig, står for, in charge
  | "compare" // sammenlign, bedre, værre, compare, better, worse
  | "best" // bedst, best
  | "worst" // dårligst, værst, worst
  | "improved" // mest forbedret, størst fald, most improved
  | "most" // flest (anmeldelser), the most reports: by count, not against the target
  | "fewest" // færrest, the fewest reports
  | "duty" // opgave, rolle, task, role: what a group does
  | "fill" // udfylde, fill in: what is still to be typed into the tracker
  | "direction" // stiger, falder, increasing, going down: this year against last year
  | "past" // mødtes, did: a meeting that was, not the next one
  | "part-of-year" // sommer, halvår, kvartal, uge: a part of a year no figure is kept for
  | "upcoming" // næste, next: said outright (not only "hvornår")
  | "since" // siden, since: from a year until now
  | "met" // nået, opfyldt, met
  | "missed" // ikke nået, misset, missed
  | "reminder" // reminders, notifications
  | "subscribe" // subscribe (alone enough)
  | "enable" // turn on, sign up (needs "reminders")
  | "unsubscribe" // unsubscribe (alone enough)
  | "disable" // stop, turn off (needs "reminders")
  | "listing" // which, list, my
  | "report" // the yearly status report
  | "make" // make, write, draft (a report)
  | "missing" // what is missing, lacking
  | "total"; // i alt, in total: the sum over the categories

export type Feature =
  | { kind: "flag"; flag: Flag }
  | { kind: "category"; id: string }
  | { kind: "group"; group: MeetingGroup }
  | { kind: "facet"; facet: Facet }
  | { kind: "year"; offset: -1 | 0 | 1 }
  /** A day said relative to the clock: "i går" −1, "i dag" 0, "i morgen" +1 (a meeting's date). */
  | { kind: "day"; offset: -1 | 0 | 1 }
  /** A month (1–12): a meeting asked for by month or date. */
  | { kind: "month"; month: number }
  /** A month said relative to the clock: "sidste måned" −1, "denne måned" 0. */
  | { kind: "month-offset"; offset: -1 | 0 }
  | { kind: "activity-status"; status: ActivityStatus }
  /** From the agreement (vocabulary.ts): one of its focus areas, or a party responsible for activities. */
  | { kind: "focus-area"; id: string }
  | { kind: "party"; id: string }
  /** A known word that tells only the language (never corrected as a typo). */
  | { kind: "word" };

export interface LexiconEntry {
  features: Feature[];
  da: readonly string[];
  en: readonly string[];
  /** false: the words tell nothing about the message's language (see above). */
  counted?: false;
}

const flag = (f: Flag): Feature => ({ kind: "flag", flag: f });

/** How partners name where an activity stands ("i gang", "finished"), for the activities asked about. */
const activityStatusWords: ReadonlyArray<readonly [ActivityStatus, readonly string[], readonly string[]]> = [
  ["planned", ["planlagt", "planlagte", "ikke startet", "ikke begyndt"], ["planned", "not started"]],
  [
    "running",
    ["i gang", "igang", "igangværende", "kører", "løbende", "aktive"],
    ["running", "ongoing", "in progress", "under way", "underway", "active", "current"],
  ],
  [
    "finished",
    ["afsluttet", "afsluttede", "færdig", "færdige", "gennemført", "gennemførte"],
    ["finished", "completed", "complete", "done", "ended"],
  ],
  ["cancelled", ["aflyst", "aflyste", "droppet"], ["cancelled", "canceled", "dropped"]],
];

/**
 * The months, January first. English "may" is left out on purpose: alone it is a verb, so it
 * counts as a month only beside a day's number ("14 May"; shared/ask/findings.ts).
 */
const monthWords: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [
    ["januar", "jan"],
    ["january", "jan"],
  ],
  [
    ["februar", "feb"],
    ["february", "feb"],
  ],
  [["marts"], ["march"]],
  [["april"], ["april"]],
  [["maj"], []],
  [["juni"], ["june"]],
  [["juli"], ["july"]],
  [
    ["august", "aug"],
    ["august", "aug"],
  ],
  [
    ["september", "sep", "sept"],
    ["september", "sep", "sept"],
  ],
  [
    ["oktober", "okt"],
    ["october", "oct"],
  ],
  [
    ["november", "nov"],
    ["november", "nov"],
  ],
  [
    ["december", "dec"],
    ["december", "dec"],
  ],
];
const facet = (f: Facet): Feature[] => [{ kind: "facet", facet: f }, flag("facts")];

export const lexicon: readonly LexiconEntry[] = [
  {
    features: [flag("status")],
    da: [
      "hvordan",
      "går",
      "gik",
      "ligger",
      "klarer",
      "klaret",
      "står",
      "nået",
      "nåede",
      "nå",
      "i forhold til",
      "ift",
      "status",
      "statussen",
      "opfyldt",
      "overholdt",
      "mod",
      "på vej",
      "holder vi",
      // "Når vi målet?" (do we reach it?) and "hvor langt er vi fra målet?" ask how it stands, not what it is.
      "når vi",
      "hvor langt",
      "langt fra",
      "på sporet",
      "på rette spor",
    ],
    en: [
      "how",
      "doing",
      "against",
      "status",
      "met",
      "meet the target",
      // "Did we meet the targets?": meeting targets, never a meeting.
      "meet the targets",
      "meet our targets",
      "meet their targets",
      "meet targets",
      "meet the goals",
      "meet our target",
      "meet the goal",
      "meet its target",
      "meeting the target",
      "meeting its target",
      "reached",
      "achieved",
      "on track",
      "hit",
      "reach",
      "how far",
      "far from",
      "progress",
      "performing",
      "going",
      "compared",
      "versus",
      "vs",
    ],
  },
  {
    features: [flag("target")],
    da: ["mål", "målet", "målene", "måltal", "måltallet", "måltallene", "loft", "loftet"],
    en: ["target", "targets", "goal", "goals", "target figure", "ceiling", "limit"],
  },
  {
    // The agreement's objectives (målsætninger): a target word, and the facet that asks for them all.
    features: [flag("target"), { kind: "facet", facet: "objectives" }],
    da: ["målsætning", "målsætningen", "målsætninger", "målsætningerne", "overordnede målsætninger"],
    en: ["objective", "objectives", "overall objectives", "aims"],
  },
  {
    features: [flag("trend")],
    da: [
      "udvikling",
      "udviklingen",
      "udviklet",
      "udvikler",
      "udviklede",
      "trend",
      "tendens",
      "tendensen",
      "historik",
      "historikken",
      "over årene",
      "gennem årene",
      "år for år",
      "over tid",
      "tidligere år",
      "de seneste år",
      "alle årene",
      "hvert år",
      "hvert enkelt år",
    ],
    en: [
      "trend",
      "trends",
      "develop",
      "developed",
      "developing",
      "development",
      "history",
      "historical",
      "over the years",
      "year by year",
      "over time",
      "previous years",
      "past years",
      "every year",
      "each year",
      "all years",
      "changed",
      "evolved",
    ],
  },
  {
    // "Hvor mange anmeldelser var der i alt?": every category's figure, and their sum.
    features: [flag("overview"), flag("total")],
    da: ["i alt", "ialt", "tilsammen", "sammenlagt", "samlet antal", "det samlede antal"],
    en: ["in total", "total", "altogether", "combined", "total number"],
  },
  {
    features: [flag("overview")],
    da: [
      "oversigt",
      "oversigten",
      "overblik",
      "overblikket",
      "samlet",
      "samlede",
      "alle",
      "kriminalitet",
      "kriminaliteten",
      "gerningstyper",
      "gerningstyperne",
      "kategorier",
      "tal",
      "tallene",
      "resultater",
      "resultaterne",
      "anmeldelser",
      "anmeldelserne",
      "sammenfatning",
    ],
    en: [
      "overview",
      "summary",
      "all",
      "crime",
      "crimes",
      "categories",
      "figures",
      "numbers",
      "results",
      "reports",
      "totals",
      "crime figures",
    ],
  },
  {
    features: [flag("ssp")],
    da: ["ssp", "aktivering", "aktiveringer", "aktiveringerne", "beredskab", "beredskabet", "ssp beredskabet", "ssp beredskab"],
    en: ["ssp", "activation", "activations", "emergency response"],
  },
  {
    features: [flag("safety")],
    da: ["tryghedsindeks", "tryghedsindekset", "tryghed", "trygheden", "indeks", "indekset", "behov for indsats"],
    en: ["safety index", "safety", "index", "need for action", "feel safe", "feeling safe"],
  },
  {
    features: [flag("survey")],
    da: [
      "tryghedsundersøgelse",
      "tryghedsundersøgelsen",
      "tryghedsundersøgelser",
      "utryghed",
      "utrygheden",
      "utryg",
      "utrygge",
      "andel utrygge",
      "andelen af utrygge",
      "andelen utrygge",
    ],
    en: ["safety survey", "unsafe", "feel unsafe", "feeling unsafe", "share feeling unsafe", "share unsafe"],
  },
  {
    features: [flag("meeting")],
    da: ["møde", "mødet", "møder", "møderne", "mødes", "mødtes", "mødedato", "mødedatoer", "mødekalender", "mødekalenderen"],
    en: ["meeting", "meetings", "meet", "meets"],
  },
  {
    // "upcoming" as well: the word itself says next, where "hvornår" only asks when.
    features: [flag("next"), flag("upcoming")],
    da: ["næste", "kommende", "snart", "førstkommende", "næste gang"],
    en: ["next", "upcoming", "soon", "coming"],
  },
  {
    features: [flag("next"), flag("when")],
    da: ["hvornår"],
    en: ["when"],
  },
  { features: [flag("how-many")], da: ["hvor mange", "antal", "antallet"], en: ["how many", "number of"] },
  {
    features: [flag("cadence")],
    da: [
      "afholdt",
      "afholdte",
      "holdt",
      "planlagt",
      "planlagte",
      "kadence",
      "kadencen",
      "rytme",
      "rytmen",
      "hvor ofte",
      "hvor tit",
      "nok",
      "mødeplan",
      "mødeplanen",
      "aflyst",
      "aflyste",
      "mødefrekvens",
    ],
    en: ["held", "planned", "cadence", "how often", "enough", "frequency", "schedule", "cancelled", "canceled"],
  },
  {
    features: [flag("budget")],
    da: [
      "budget",
      "budgettet",
      "budgetter",
      "økonomi",
      "økonomien",
      "penge",
      "pengene",
      "midler",
      "midlerne",
      "bevilling",
      "bevillingen",
      "bevillinger",
      "bevilget",
      "forbrug",
      "forbruget",
      "forbrugt",
      "kroner",
      "kr",
      "udgifter",
      "koster",
      "kostede",
      "koste",
      "konto",
      "kontoen",
      "brugt",
      "brugte",
      "afsat",
      "afsatte",
      "økonomiske",
      "ramme",
      "rammen",
      "rammer",
      "rammerne",
      "hvor meget",
    ],
    en: [
      "budget",
      "budgets",
      "money",
      "funds",
      "funding",
      "spent",
      "spending",
      "allocation",
      "allocated",
      "dkk",
      "cost",
      "costs",
      "expenses",
      "remaining",
      "set aside",
      "how much",
      "finances",
      "financial",
    ],
  },
  {
    features: [flag("facts")],
    da: [
      "aftale",
      "aftalen",
      "aftalens",
      "partnerskabsaftale",
      "partnerskabsaftalen",
      "fakta",
      "aftaleperiode",
      // Its own word, not a compound of "partner" (which would make it the parties).
      "partnerskab",
      "partnerskabet",
      "partnerskabets",
    ],
    en: ["agreement", "facts", "partnership agreement", "contract", "partnership", "the partnership"],
  },
  {
    features: facet("parties"),
    da: ["parter", "parterne", "part", "partnere", "partnerne"],
    en: ["parties", "party", "partners"],
  },
  {
    // »Hvilke forvaltninger er med?«: the parties, the kommune's administrations among them.
    features: facet("parties"),
    da: ["forvaltninger", "forvaltningerne", "organisationer", "organisationerne"],
    en: ["administrations", "organisations", "organizations"],
    counted: false,
  },
  {
    // Alone, "hvem" asks who the partners are; with a duty ("hvem skal lave statusrapporten?"), who has it.
    features: [...facet("parties"), flag("who")],
    da: ["hvem"],
    en: ["who"],
  },
  {
    features: facet("signatories"),
    da: ["underskrevet", "skrevet under", "underskrift", "underskrifter", "underskriften", "underskrivere", "underskriverne", "signeret"],
    en: ["signed", "signatories", "signatory", "signature", "signatures"],
  },
  {
    features: facet("chair"),
    da: ["formand", "formanden", "formandskabet", "forperson", "forpersonen", "leder", "lederen", "leder af"],
    en: ["chair", "chairs", "chaired", "chairman", "chairperson", "chairwoman", "leads", "leader"],
  },
  {
    features: facet("secretariat"),
    da: ["sekretariat", "sekretariatet", "sekretariatsbetjening", "sekretariatsbetjeningen", "projektleder", "projektlederen"],
    en: ["secretariat", "project leader", "runs the secretariat"],
  },
  {
    features: facet("organisation"),
    da: [
      "organisering",
      "organiseringen",
      "organisation",
      "organisationen",
      "medlemmer",
      "medlemmerne",
      "sidder i",
      "består af",
      "repræsenteret",
    ],
    en: ["organisation", "organization", "members", "sits on", "sit on", "made up of", "represented"],
  },
  {
    // »Hvem deltager i arbejdsgruppen?«: its members ("deltog", who came to a meeting, the tracker does not record).
    features: facet("organisation"),
    da: ["deltager i", "deltagere", "deltagerne", "deltager"],
    en: ["participants", "takes part in", "take part in", "participates in"],
    counted: false,
  },
  {
    features: facet("after-end"),
    da: ["forlængelse", "forlængelsen", "forlænge", "forlænges", "forlænget", "ny aftale", "næste aftale", "ophører", "ophør"],
    en: ["extension", "extend", "extended", "renewal", "renew", "renewed", "new agreement", "next agreement"],
  },
  {
    features: facet("area"),
    da: [
      "område",
      "området",
      "områder",
      "boligområde",
      "boligområder",
      "boligområderne",
      "afdelinger",
      "bebyggelser",
      "boligafdeling",
      "boligafdelinger",
      "boligafdelingerne",
    ],
    en: ["area", "estates", "estate", "neighbourhood", "neighborhood", "where"],
  },
  {
    features: facet("period"),
    da: ["periode", "perioden", "varighed", "løbetid", "løbetiden"],
    en: ["period", "duration"],
  },
  {
    // Verbs that ask about a period, the agreement's or another thing's: »Hvornår slutter
    // nyhedsbrevet?« is not about the agreement (a vague rule in shared/intents/agreement-facts.ts).
    features: [{ kind: "facet", facet: "period" }],
    da: ["gælder", "gyldig", "udløber", "slutter", "hvor længe", "startede", "begyndte"],
    en: ["valid", "expire", "expires", "ends", "how long", "started", "began"],
  },
  {
    features: facet("focus-areas"),
    da: [
      "indsatsområde",
      "indsatsområdet",
      "indsatsområder",
      "indsatsområderne",
      "fokusområde",
      "fokusområder",
      "fokusområderne",
      "temaer",
    ],
    en: ["focus areas", "focus area", "focus", "themes", "priorities"],
  },
  { features: [flag("after")], da: ["efter", "derefter", "bagefter", "herefter"], en: ["after", "afterwards", "thereafter", "beyond"] },
  {
    features: [flag("help")],
    da: ["hjælp", "hvad kan du", "hvem er du", "kommandoer", "eksempler", "vejledning", "hvordan bruger jeg", "instruktioner", "hjælpe"],
    en: ["help", "what can you do", "who are you", "commands", "examples", "guide", "instructions", "how do i use"],
  },
  { features: [flag("help")], da: ["hvad kan jeg spørge om", "spørge om"], en: ["what can i ask", "what can i ask about"], counted: false },
  {
    features: [flag("greeting")],
    da: ["hej", "hejsa", "hallo", "goddag", "godmorgen", "davs"],
    en: ["hello", "hi", "hey", "good morning"],
  },
  { features: [flag("thanks")], da: ["tak"], en: ["thanks"] },
  {
    features: [flag("reminder")],
    da: [
      "påmindelse",
      "påmindelsen",
      "påmindelser",
      "påmindelserne",
      "notifikation",
      "notifikationer",
      "varsling",
      "varslinger",
      "besked",
      "beskeder",
    ],
    en: ["reminder", "reminders", "notification", "notifications", "alert", "alerts"],
  },
  {
    features: [flag("subscribe")],
    da: ["abonnér", "abonner", "abonnere", "abonnerer", "tilmeld", "tilmelde", "tilmeld mig"],
    en: ["subscribe", "subscribed"],
  },
  {
    // Beside reminders only (alone they ask for nothing): »Kan jeg få besked før møderne?«, "I want reminders".
    features: [flag("enable")],
    da: ["slå til", "start", "få", "have", "modtage"],
    en: ["sign up", "sign me up", "turn on", "enable", "start", "get", "receive", "want"],
  },
  {
    features: [flag("reminder"), flag("enable")],
    da: ["minde mig om", "mind mig om", "minde os om", "mind os om", "tænd for påmindelser", "tænd for påmindelserne"],
    en: ["remind me", "remind us"],
  },
  {
    // »Slå påmindelser fra«: the whole phrase, so that "påmindelser fra styregruppen" stays a listing.
    features: [flag("reminder"), flag("disable")],
    da: ["slå påmindelser fra", "slå påmindelserne fra", "slå påmindelsen fra", "slå beskeder fra", "slå beskederne fra"],
    en: [],
  },
  {
    features: [flag("reminder"), flag("enable")],
    da: ["slå påmindelser til", "slå påmindelserne til", "slå påmindelsen til", "slå beskeder til", "slå beskederne til"],
    en: [],
  },
  {
    // "Send mig påmindelser" switches reminders on; "Send mig statusrapporten" asks for the document.
    features: [flag("enable"), flag("make")],
    da: ["send mig"],
    en: ["send me"],
  },
  {
    features: [flag("unsubscribe")],
    da: ["afmeld", "afmelde", "afmelder", "frameld", "framelde", "fravælg", "opsig"],
    en: ["unsubscribe"],
  },
  {
    features: [flag("disable")],
    da: ["stop", "stoppe", "slå fra", "ikke flere", "ingen flere", "sluk", "sluk for"],
    en: ["stop", "turn off", "disable", "no more", "cancel"],
  },
  { features: [flag("listing")], da: ["hvilke", "hvilken", "mine", "vis", "liste", "listen"], en: ["which", "list", "show", "my"] },
  {
    features: [flag("reminder"), flag("listing")],
    da: ["abonnement", "abonnementet", "abonnementer", "abonnementerne"],
    en: ["subscription", "subscriptions"],
  },
  ...meetingGroups.map((group) => ({ features: [{ kind: "group", group }], ...meetingGroupWords[group].words }) satisfies LexiconEntry),
  // "What does the working group do?": what the group is for; "do" alone means nothing.
  ...meetingGroups.map(
    (group) =>
      ({
        features: [{ kind: "group", group }, flag("duty")],
        da: [],
        en: meetingGroupWords[group].words.en.filter((w) => w.includes(" ")).map((w) => `${w} do`),
        counted: false,
      }) satisfies LexiconEntry,
  ),
  // A month, resolved against the clock in Europe/Copenhagen (understand.ts).
  {
    features: [{ kind: "month-offset", offset: -1 }],
    da: ["sidste måned", "i sidste måned", "forrige måned", "sidste måneds"],
    en: ["last month", "previous month", "last month's"],
    counted: false,
  },
  {
    features: [{ kind: "month-offset", offset: 0 }],
    da: ["denne måned", "i denne måned", "nuværende måned", "i måneden", "måneden"],
    en: ["this month", "current month", "this month's"],
    counted: false,
  },
  // A meeting's day, resolved against the clock; beside anything but meetings they only set the scene.
  { features: [{ kind: "day", offset: -1 }], da: ["i går", "igår"], en: ["yesterday"] },
  { features: [{ kind: "day", offset: 0 }], da: ["i dag", "idag"], en: ["today"] },
  { features: [{ kind: "day", offset: 1 }], da: ["i morgen", "imorgen"], en: ["tomorrow"] },
  {
    features: [{ kind: "year", offset: 0 }],
    da: ["i år", "iår", "dette år", "indeværende år", "i indeværende år"],
    en: ["this year", "current year", "this years"],
  },
  // "So far" asks for the year to date: this year, which answers with the year in progress.
  {
    features: [{ kind: "year", offset: 0 }],
    da: [
      "indtil nu",
      "indtil videre",
      "hidtil",
      "til dato",
      "år til dato",
      "året til dato",
      "så langt",
      "siden januar",
      "siden nytår",
      "siden årets start",
    ],
    en: ["so far", "to date", "year to date", "ytd", "thus far", "until now", "since january", "since the start of the year"],
  },
  {
    // Alone, or with "hvornår"/"when", it asks when the report is due (the agreement's facts); with "lav" or a year, for the draft.
    features: [flag("report"), ...facet("status-report")],
    da: ["statusrapport", "statusrapporten", "statusrapporter", "statusrapportens", "årsrapport", "årsrapporten", "årsstatus"],
    en: ["status report", "status reports", "annual report", "yearly report", "annual status report"],
  },
  {
    features: [flag("make")],
    // With the report: asking for the document itself ("Send mig statusrapporten", "the Word file").
    da: [
      "lav",
      "lave",
      "laver",
      "skriv",
      "skrive",
      "generér",
      "generer",
      "udarbejd",
      "udarbejde",
      "udkast",
      "udkastet",
      "hent",
      "hente",
      "giv",
      "word",
      "word-fil",
      "word-filen",
      "word-dokument",
      "word-dokumentet",
      "dokument",
      "dokumentet",
    ],
    en: [
      "make",
      "create",
      "write",
      "generate",
      "draft",
      "produce",
      "prepare",
      "download",
      "give",
      "word file",
      "word document",
      "document",
    ],
  },
  {
    // "Send" asks for the report with it, for reminders with them ("Kan du sende en påmindelse før møderne?").
    features: [flag("make"), flag("enable")],
    da: ["send", "sende"],
    en: ["send"],
  },
  {
    features: [flag("missing")],
    da: ["mangler", "mangle", "manglende", "mangel", "klar", "parat", "udestående", "brug for"],
    en: ["missing", "lacking", "lack", "lacks", "ready", "outstanding", "need to fill", "need", "needs", "still need"],
  },
  {
    // What is still to be typed into the tracker: »Hvad mangler vi at udfylde i trackeren?«
    features: [flag("fill")],
    da: ["udfylde", "udfyldes", "udfyldt", "indtaste", "indtastes", "taste ind", "skrive ind"],
    en: ["fill in", "fill out", "filled in", "type in"],
    counted: false,
  },
  {
    // Forecasts: how the year in progress is projected to end (the status answers give it).
    features: [flag("status")],
    da: [
      "prognose",
      "prognosen",
      "forventer",
      "forventet",
      "forventes",
      "forventning",
      "forventningen",
      "fremskrivning",
      "fremskrivningen",
    ],
    en: ["forecast", "projection", "projections", "expect", "expected", "prediction"],
    counted: false,
  },
  {
    features: [{ kind: "year", offset: -1 }],
    da: ["sidste år", "sidste års", "forrige år", "i fjor", "ifjor"],
    en: ["last year", "previous year", "last years"],
  },
  {
    features: [{ kind: "year", offset: 1 }],
    da: ["næste år", "næste års", "kommende år", "til næste år"],
    en: ["next year", "coming year", "next years"],
  },
  // Issue 13's words: not counted for the language (see the top of this file).
  {
    features: [flag("overview")],
    da: ["gerningstype", "kategori"],
    en: ["category", "offence category", "offense category", "crime type"],
    counted: false,
  },
  {
    features: [flag("last")],
    da: ["sidste", "seneste", "forrige", "sidst", "senest", "sidste gang", "seneste gang"],
    en: ["last", "previous", "latest", "most recent", "recent", "last time"],
    counted: false,
  },
  {
    features: [flag("activity")],
    da: ["aktivitet", "aktiviteten", "aktiviteter", "aktiviteterne", "aktiviteternes", "tiltag", "tiltagene", "indsatser", "indsatserne"],
    en: ["activity", "activities", "action plan", "initiative", "initiatives"],
    counted: false,
  },
  {
    // The plan holds the activities; asked when or by whom, it is the agreement's duty (agreement-facts).
    features: [flag("activity"), { kind: "facet", facet: "safety-plan" }],
    da: ["tryghedsplan", "tryghedsplanen", "tryghedsplanens"],
    en: ["safety plan"],
    counted: false,
  },
  {
    features: [flag("responsible")],
    da: ["ansvarlig", "ansvarlige", "ansvar", "ansvaret", "står for", "ejer"],
    en: ["responsible", "in charge", "owner", "owns", "runs", "leads"],
    counted: false,
  },
  {
    features: [flag("compare")],
    da: [
      "sammenlign",
      "sammenligne",
      "sammenlignet",
      "sammenligning",
      "sammenligningen",
      "bedre",
      "værre",
      "forskel",
      "forskellen",
      "flere",
      "færre",
    ],
    en: ["compare", "comparison", "better", "worse", "difference", "fewer", "than"],
    counted: false,
  },
  { features: [flag("best")], da: ["bedst", "bedste", "flottest", "flotteste"], en: ["best", "top"], counted: false },
  {
    // Up or down: this year against last year (understand.ts, yearsCompared).
    features: [flag("direction")],
    da: [
      "steg",
      "faldt",
      "stiger",
      "steget",
      "stigende",
      "stigning",
      "stigningen",
      "falder",
      "faldet",
      "faldende",
      "fald",
      "går op",
      "gået op",
      "går ned",
      "gået ned",
      "vokser",
      "vokset",
    ],
    en: [
      "rose",
      "rise",
      "rises",
      "fell",
      "increasing",
      "increased",
      "increase",
      "rising",
      "risen",
      "going up",
      "gone up",
      "up or down",
      "falling",
      "fallen",
      "decreasing",
      "decreased",
      "decrease",
      "declining",
      "declined",
      "dropping",
      "dropped",
      "going down",
      "gone down",
    ],
    counted: false,
  },
  {
    features: [flag("worst")],
    da: ["dårligst", "dårligste", "værst", "værste", "ringest", "ringeste", "længst fra", "længst væk fra", "mest bagud"],
    en: ["worst", "bottom", "furthest from", "farthest from", "furthest off", "furthest behind", "most behind"],
    counted: false,
  },
  {
    // "Ranger gerningstyperne", "Rank the categories": the whole list, best first.
    features: [flag("best")],
    da: ["ranger", "rangér", "rangere", "rangordne", "rangordnet", "rangliste", "ranglisten", "rangorden"],
    en: ["rank", "ranked", "ranking", "rankings"],
    counted: false,
  },
  {
    // A count, not a standing against the target: "Hvilken gerningstype har flest anmeldelser?"
    features: [flag("most")],
    da: ["flest", "flest anmeldelser", "højeste antal", "mest kriminalitet", "største antal"],
    en: ["the most", "most reports", "most crime", "most crimes", "highest number", "largest number", "most incidents"],
    counted: false,
  },
  {
    features: [flag("fewest")],
    da: ["færrest", "færrest anmeldelser", "laveste antal", "mindst kriminalitet", "mindste antal"],
    en: ["fewest", "the fewest", "fewest reports", "least crime", "the least", "lowest number", "smallest number"],
    counted: false,
  },
  {
    // What a group is for: "Hvad er styregruppens opgaver?", "What is the working group's role?"
    features: [flag("duty")],
    da: ["opgave", "opgaven", "opgaver", "opgaverne", "rolle", "rollen", "funktion", "funktionen", "gør", "laver"],
    en: ["task", "tasks", "role", "job", "duties", "responsibilities", "purpose", "function"],
    counted: false,
  },
  {
    features: [flag("improved")],
    da: [
      "forbedret",
      "forbedret sig",
      "mest forbedret",
      "forbedret mest",
      "forbedring",
      "forbedringen",
      "forbedringer",
      "størst fald",
      "største fald",
      "faldet mest",
    ],
    en: [
      "improved",
      "most improved",
      "improved most",
      "improved the most",
      "improvement",
      "improvements",
      "biggest fall",
      "biggest drop",
      "largest fall",
      "largest drop",
      "fallen most",
      "fallen the most",
      "dropped the most",
    ],
    counted: false,
  },
  {
    features: [flag("met")],
    da: ["nået", "nåede", "opfyldt", "opfyldte", "overholdt", "indfriet", "klaret"],
    en: ["met", "reached", "achieved"],
    counted: false,
  },
  {
    features: [flag("missed")],
    da: ["ikke nået", "ikke nåede", "ikke opfyldt", "ikke overholdt", "misset", "missede", "overskredet", "over målet", "over måltallet"],
    en: ["missed", "not met", "failed", "not reached", "not achieved", "exceeded", "over target", "over the target", "above the target"],
    counted: false,
  },
  {
    // "Hvornår mødtes styregruppen i 2014?": meetings that were (that year's, or the last), never the next.
    features: [flag("meeting"), flag("past")],
    da: ["mødtes", "holdt møde", "holdt møder", "var der møde", "var der møder", "holdt"],
    en: ["did meet"],
    counted: false,
  },
  // "When did the steering group meet in 2015?": "did" beside a meeting is one that was.
  { features: [flag("past")], da: [], en: ["did"], counted: false },
  {
    // "Hvad står der i statusrapporten?": what it says, not how it stands.
    features: [flag("make")],
    da: ["står der", "stod der"],
    en: [],
    counted: false,
  },
  {
    // "Kommer vi under måltallet for tyveri?": how it stands against the target.
    features: [flag("status")],
    da: ["kommer vi under", "kommer under", "komme under", "holder os under", "holde os under"],
    en: ["get below", "stay below", "stay under", "get under"],
    counted: false,
  },
  {
    // "Hvornår nåede vi målet for indbrud første gang?": the years side by side.
    features: [flag("trend")],
    da: ["første gang", "for første gang"],
    en: ["first time", "for the first time"],
    counted: false,
  },
  {
    // "Går det op eller ned med chikane?", "Er der blevet færre indbrud?": this year against last.
    features: [flag("direction")],
    da: ["op eller ned", "blevet færre", "blevet flere", "blevet værre", "blevet bedre", "bliver værre", "bliver bedre", "mere end"],
    en: ["up or down", "getting worse", "getting better", "got worse", "got better"],
    counted: false,
  },
  // "Er der mere vold end sidste år?": "end" (than) compares; "mere" alone ("fortæl mere") does not.
  { features: [flag("compare")], da: ["end"], en: ["more than"], counted: false },
  {
    // The tracker keeps whole years and months: "i sommer", "første halvår", "2. kvartal", "uge 27".
    features: [flag("part-of-year")],
    da: [
      "sommer",
      "sommeren",
      "vinter",
      "vinteren",
      "forår",
      "foråret",
      "efterår",
      "efteråret",
      "halvår",
      "halvåret",
      "kvartal",
      "kvartalet",
      "kvartaler",
      "uge",
      "ugen",
    ],
    en: ["summer", "winter", "spring", "autumn", "quarter", "half of", "first half", "second half", "week", "q1", "q2", "q3", "q4"],
    counted: false,
  },
  // "Hvad er baseline for tyverier?": the targets' answer, which opens with the baseline they count from.
  {
    features: [flag("target")],
    da: ["baseline", "baselinen", "udgangspunkt", "udgangspunktet", "basisår", "basisåret"],
    en: ["baseline"],
    counted: false,
  },
  // "Hvilken type kriminalitet er der mest af?": a count.
  { features: [flag("most")], da: ["mest af", "er der mest"], en: ["most common", "the most of"], counted: false },
  { features: [flag("overview")], da: ["type", "typer", "typen"], en: ["type", "types", "kind", "kinds"], counted: false },
  { features: [flag("ssp")], da: ["aktiveret", "aktiveres", "aktiveringen"], en: ["activated"], counted: false },
  { features: facet("signatories"), da: ["skrev under", "underskrev", "skrev på"], en: ["signed on behalf of"], counted: false },
  // "Er indbruddene faldet siden 2013?": from that year until now.
  { features: [flag("since")], da: ["siden"], en: ["since"], counted: false },
  {
    // "Do I have any reminders?", "Får jeg påmindelser?": asking which, never switching them on.
    features: [flag("listing")],
    da: ["har jeg", "får jeg", "er jeg tilmeldt", "er jeg abonneret", "modtager jeg"],
    en: ["do i have", "do i get", "am i subscribed", "are we subscribed", "am i signed up", "have i got", "do we have", "do we get"],
    counted: false,
  },
  {
    // "Are we meeting our targets?": meeting targets, never a meeting.
    features: [flag("status")],
    da: [],
    en: [
      "meeting our targets",
      "meeting the targets",
      "meeting its targets",
      "meeting our target",
      "meeting their targets",
      "meeting targets",
    ],
    counted: false,
  },
  { features: [{ kind: "facet", facet: "period" }], da: ["slutte", "udløbe"], en: ["end", "run out", "runs out"], counted: false },
  { features: [flag("listing"), flag("reminder")], da: ["hvilke påmindelser har jeg"], en: ["what reminders"], counted: false },
  // "Which targets did we miss last year?"
  { features: [flag("missed")], da: ["misse"], en: ["miss", "misses"], counted: false },
  {
    // "How safe do residents feel?": the survey's share of residents who feel unsafe.
    features: [flag("survey")],
    da: [],
    en: ["how safe", "residents feel", "people feel", "feel about safety"],
    counted: false,
  },
  {
    features: [flag("thanks")],
    da: ["tusind tak", "mange tak", "tak for hjælpen", "for hjælpen", "tak skal du have", "takker"],
    en: [
      "thank you",
      "thanks a lot",
      "thank you very much",
      "thanks for the help",
      "thanks for your help",
      "thank you for the help",
      "thank you for your help",
      "for the help",
      "for your help",
      "thx",
      "cheers",
    ],
    counted: false,
  },
  {
    features: [flag("greeting")],
    da: ["god morgen", "godaften", "god eftermiddag", "halløj"],
    en: ["good afternoon", "good evening", "hiya"],
    counted: false,
  },
  ...activityStatusWords.map(
    ([status, da, en]) => ({ features: [{ kind: "activity-status", status }], da, en, counted: false }) satisfies LexiconEntry,
  ),
  ...monthWords.map(([da, en], i) => ({ features: [{ kind: "month", month: i + 1 }], da, en, counted: false }) satisfies LexiconEntry),
  {
    // Words partners use around a question that name no subject: known, so that they are never
    // taken for a subject the engine does not know (see "unsure" in shared/ask/doubt.ts).
    features: [{ kind: "word" }],
    da: [
      // Known, so never corrected into a subject ("tilbage" is two letters from "tiltag",
      // "tilfælde" from "tilmeld"): "Hvor mange tilfælde af chikane?", "sager om vold".
      "tilbage",
      "level",
      "levels",
      "tilfælde",
      "tilfældet",
      "tilfældene",
      "sag",
      "sager",
      "sagen",
      "sagerne",
      "nogen",
      "nogle",
      "havde",
      "tilbageværende",
      "drøftet",
      "drøftede",
      "drøfte",
      "handlede",
      "handler",
      "handle",
      "snakket",
      "skete",
      "sker",
      "synes",
      "tror",
      "mener",
      "faktisk",
      "generelt",
      "nogenlunde",
      "fortæl",
      "fortælle",
      "kunne",
      "skulle",
      "ville",
      "burde",
      "måske",
      "stadig",
      "allerede",
      "første",
      "anden",
      "andet",
      "andre",
      "nogle",
      "noget",
      "ingen",
      "intet",
      "hele",
      "helt",
      "mere",
      "mest",
      "mindre",
      "større",
      "højere",
      "lavere",
      "højt",
      "lavt",
      "deres",
      "denne",
      "dette",
      "disse",
      "blevet",
      "kommer",
      "komme",
      "venligst",
      "ellers",
      "omkring",
      "under",
      "over",
      "mellem",
      "lige nu",
      "for tiden",
      "samme",
      "aktuelle",
      "nuværende",
      "overhovedet",
      "cirka",
      "omtrent",
      "præcis",
    ],
    en: [
      "discussed",
      "discuss",
      "talked",
      "happened",
      "happening",
      "happen",
      "think",
      "really",
      "actually",
      "overall",
      "generally",
      "currently",
      "right",
      "their",
      "perform",
      "performed",
      "looking",
      "looks",
      "things",
      "thing",
      "stand",
      "stands",
      "standing",
      "again",
      "other",
      "another",
      "already",
      "first",
      "second",
      "third",
      "same",
      "more",
      "most",
      "less",
      "higher",
      "lower",
      "whole",
      "know",
      "want",
      "like",
      "right now",
      "at the moment",
      "anything",
      "something",
      "nothing",
      "ever",
      "maybe",
      "perhaps",
      "around",
      "between",
      "under",
      "over",
    ],
    counted: false,
  },
  {
    features: [{ kind: "word" }],
    da: [
      "hvad",
      "hvor",
      "det",
      "der",
      "den",
      "de",
      "dem",
      "med",
      "er",
      "og",
      "i",
      "på",
      "til",
      "af",
      "om",
      "vi",
      "vores",
      "jeg",
      "mig",
      "kan",
      "du",
      "har",
      "et",
      "en",
      "os",
      "ikke",
      "var",
      "blev",
      "bliver",
      "været",
      "skal",
      "vil",
      "være",
      "så",
      "fra",
      "siden",
      "sig",
      "sin",
      "sit",
      "nu",
      "også",
      "hos",
      "endnu",
      "inden",
      "ved",
      "fx",
      "altså",
      "mon",
      "egentlig",
      "lige",
      "langt",
      "meget",
      "godt",
      "dårligt",
      "end",
      "eller",
      "men",
      "hvis",
      "når",
      "man",
      "jer",
      "dig",
      "jeres",
      "året",
      "år",
      "års",
      "gerne",
      "kun",
      "sket",
      "steget",
      "faldet",
      "fald",
      "hvorfor",
      "hvilket",
      "gang",
      "gange",
    ],
    en: [
      "what",
      "the",
      "of",
      "is",
      "are",
      "was",
      "were",
      "be",
      "been",
      "a",
      "an",
      "and",
      "to",
      "in",
      "on",
      "with",
      "we",
      "our",
      "us",
      "you",
      "your",
      "me",
      "do",
      "does",
      "did",
      "has",
      "have",
      "had",
      "can",
      "could",
      "will",
      "would",
      "should",
      "this",
      "that",
      "these",
      "those",
      "it",
      "its",
      "there",
      "from",
      "since",
      "about",
      "tell",
      "please",
      "much",
      "many",
      "yet",
      "still",
      "up",
      "year",
      "years",
      "than",
      "or",
      "but",
      "if",
      "get",
      "give",
      "only",
      "by",
      "fallen",
      "risen",
      "gone",
      "why",
      "times",
    ],
  },
];
