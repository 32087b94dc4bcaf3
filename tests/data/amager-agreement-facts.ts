/**
 * The signed Amager agreement in its own words: the passages every fact the product states
 * about Amager is checked against (tests/shared/amager-agreement-facts.test.ts). Copied from the
 * transcript of »Amager Partnerskab – partnerskabsaftale« as it is, typos and spacing included
 * ("3B s fem", "SSP beredskabet", "(-25%)"); only the transcript's page numbers between two
 * pages are left out. `where` is the agreement's page and section. The project never reads the
 * transcript itself: a clone has this file and nothing more.
 */

export interface Passage {
  where: string;
  text: string;
}

export const passages = {
  intro: {
    where: "s. 2, indledningen",
    text: "Aftale om Partnerskab for Amager Københavns Kommune, Københavns Politi, SSP København og boligforeningen 3B indgår med denne aftale et forpligtende partnerskab for Amager med det formål at øge trygheden og reducere kriminaliteten indenfor partnerskabsområdet, der er defineret som 3B s fem selvstændige afdelinger: Hørgården, Remisevænget Øst, Remisevænget Vest, Remisevænget Nord samt Dyvekevænget, jf. det med rødt markerede område på kortet side 7. Områderne omtales normalt som Urbanplanen og Hørgården.",
  },
  funds: {
    where: "s. 2, indledningen",
    text: "Derfor har Borgerrepræsentationen besluttet, at partnerskabets midler også kan anvendes uden for partnerskabets geografiske område og således kan følge partnerskabets beboere, fx børn og unge fra partnerskabsområdet som bruger nærliggende klubber, skoler eller idrætsfaciliteter.",
  },
  period: {
    where: "s. 2, indledningen",
    text: "Partnerskabsaftalen gælder fra underskriftsdatoen til og med 31. december 2016. Parterne er enige om løbende at følge udviklingen af partnerskabet og implementeringen af de tryghedsskabende aktiviteter og årligt drøfte behovet for eventuelle justeringer.",
  },
  focusAreas: {
    where: "s. 4, afsnit 1 (Baggrund)",
    text: "Partnerskabsaftalen fokuserer på tre overordnede indsatsområder: 1. Dialog og kommunikationsindsats for at skabe et bedre omdømme. 2. Skabelse af et byrum, der opleves som trygt. 3. Brobygning til et godt voksenliv.",
  },
  safetyPlan: {
    where: "s. 4, afsnit 1 (Baggrund)",
    text: "Der udarbejdes en Tryghedsplan for Amager Partnerskab, som detaljeret beskriver de konkrete indsatsområder og aktiviteter, der skal bidrage til at skabe øget tryghed og mindre kriminalitet i partnerskabsområdet. Tryghedsplanen er dynamisk, hvilket indebærer, at den opdateres løbende og minimum en gang årligt, således at partnerskabets konkrete aktiviteter hele tiden imødekommer de aktuelle behov.",
  },
  aim: {
    where: "s. 4, afsnit 2 (Partnerskabets overordnede målsætninger)",
    text: "Amager Partnerskab har som sine overordnede målsætninger at øge den oplevede tryghed og begrænse kriminaliteten i partnerskabsområdet. Konkret arbejder partnerskabet efter følgende målsætninger:",
  },
  objective1: {
    where: "s. 4, afsnit 2, målsætning 1",
    text: "1. Tryghedssituationen, som målt gennem tryghedsindekset, skal fastholdes på et reduceret niveau med udgangen af 2016. Der måles ud fra Københavns Kommunes Tryghedsindeks, som årligt udkommer i maj. I Tryghedsindekset for 2012 er der i distrikt 29, hvor størstedelen af partnerskabsområdet er placeret, et reduceret behov for tryghedsskabende indsatser. Der foretages videre en særanalyse for Amager Partnerskab, hvorved tryghedssituationen for det eksakte partnerskabsområde kan måles.",
  },
  objective2: {
    where: "s. 4, afsnit 2, målsætning 2",
    text: "2. SSP Københavns ressourceforbrug i distrikt 15 Sundbyvester (Amager Vest) skal falde hen imod et normalt niveau. Der måles ved optælling af antallet af ekstraordinære aktiveringer af SSP beredskabet (fx handleplaner, rådgivningsmøder og ekstraordinært indkaldte ledergruppemøder) som fremgår af afrapporteringen af urolige områder i København. Baseline for 2012 var 6 ekstraordinære aktiveringer.",
  },
  objective3: {
    where: "s. 4, afsnit 2, målsætning 3 med tabellen over måltal",
    text: "3. Kriminaliteten i partnerskabsområdet skal nedbringes, i overensstemmelse med nedenstående måltal. Der måles ud fra Københavns Politis årlige opgørelser over antal anmeldelser: Gerningstype Baseline (2012) Måltal 2013 (-10 %) Måltal 2014 (-15 %) Måltal 2015 (-20 %) Indbrud 77 69 65 62 58 Tyverier 244 220 207 195 183 Vold/Trusler 73 66 62 58 55 Hærværk 70 63 60 56 53 Narkotika 52 47 44 42 39 Chikane 72 65 61 58 54 Måltal 2016 (-25%)",
  },
  statusReport: {
    where: "s. 5, afsnit 3 (Partnerskabets målsætninger for de enkelte indsatsområder)",
    text: "Partnerskabet vil én gang årligt gøre status for målopfyldelsen for målsætningerne for de enkelte indsatsområder. En kort statusrapport udarbejdes og offentliggøres i maj efter tryghedsindeksets offentliggørelse.",
  },
  parties: {
    where: "s. 5, afsnit 4 (Organisering)",
    text: "Partnerskabet for Amager består af følgende partnere: Københavns Kommunes syv forvaltninger o Økonomiforvaltningen, o Socialforvaltningen, o Børne- og Ungdomsforvaltningen, o Teknik- og Miljøforvaltningen, o Beskæftigelses- og Integrationsforvaltningen, o Sundheds- og Omsorgsforvaltningen. o Kultur- og Fritidsforvaltningen. Københavns Politi SSP København Boligforeningen 3B",
  },
  steering: {
    where: "s. 5, afsnit 4 (Organisering)",
    text: "Det overordnede ansvar for, at aftalens målsætninger og formål efterleves, varetages af en styregruppe, bestående af repræsentanter fra hver deltager i partnerskabet. Styregruppen mødes efter behov, dog mindst 2 gange årligt.",
  },
  working: {
    where: "s. 5–6, afsnit 4 (Organisering)",
    text: "Planlægning og organisering af indsatsområder og gennemførelse af aktiviteter foretages af en arbejdsgruppe. Arbejdsgruppen er ansvarlig for at udarbejde Tryghedsplan for Amager Partnerskab og sikre den løbende implementering af partnerskabets aktiviteter. For at sikre en tæt og løbende koordination er det væsentligt, at alle forvaltninger og partnere er repræsenteret i arbejdsgruppen. Hvis parterne ønsker det, kan flere aktører inddrages efter behov. Arbejdsgruppen mødes 6-8 gange årligt.",
  },
  secretariat: {
    where: "s. 6, afsnit 4 (Organisering)",
    text: "Det administrative ansvar og sekretariatsbetjeningen af partnerskabet placeres i Københavns Kommunes Økonomiforvaltning. Økonomiforvaltningen udpeger en projektleder, som samtidig fungerer som formand for arbejdsgruppen. Økonomiforvaltningen er endvidere ansvarlig for udarbejdelse af en årlig statusrapport for indsatsen og betjening af styregruppen. Københavns Kommune har afsat et halvt årsværk til sekretariatsbetjeningen af Partnerskabet i partnerskabets løbetid.",
  },
  money: {
    where: "s. 6, afsnit 5 (Økonomi)",
    text: "Københavns Kommune har afsat 750.000 kr. i 2014, og 1,5 mio. kr. årligt i 2015 og 2016 til Amager Partnerskab i perioden 2013 til 2016. Hertil kommer 0,3 mio. kr., svarende til et halvt årsværk til sekretariatsbetjening af Partnerskabet i perioden 2013 til 2016.",
  },
  signatures: {
    where: "s. 8, afsnit 7 (Partnerskab for Amager), underskrifterne",
    text: "Er indgået mellem følgende parter: Direktør Bjarne Winge (formand) Økonomiforvaltningen Direktør Peter Juul Andersen BOLIGFORENINGEN 3B Områdechef Jette Bolding Sundheds- og Omsorgsforvaltningen Leder af Solvang og Ørestad Biblioteker Kirsten Egebo Direktør Kaj Ove Christiansen Beskæftigelses- og Integrationsforvaltningen Centerchef Simon Kjær Hansen Teknik- og Miljøforvaltningen Direktør Sven Bjerre Socialforvaltningen Områdechef Svend Alleslev Børne- og Ungdomsforvaltningen Sekretariatschef Michael Melbye SSP København Vicepolitidirektør Mogens Kjærgaard Møller KØBENHAVNS POLITI",
  },
} satisfies Record<string, Passage>;

export type PassageId = keyof typeof passages;

/**
 * How a fact in the bundled Amager data (shared/agreement/bundled/amager.json) is accounted
 * for, by its path (`[*]` for any array index):
 * - `quoted`: the value stands word for word in the passages (case and spacing aside); `written`
 *   maps a stored value to the words the agreement uses for it (2016-12-31 → "til og med
 *   31. december 2016");
 * - `reworded`: a rewording: every word of it, of three letters or more, stands in the passages;
 * - `translation`: the English beside a Danish value that is checked;
 * - `identifier`: the product's own name for something, not a statement about the agreement;
 * - `elsewhere`: a fact the agreement does not give, from the source named (shown as such).
 * A path no rule covers is a fact the product states unchecked: the test fails on it.
 */
export type FactRule =
  | { rule: "quoted"; in: readonly PassageId[]; written?: Readonly<Record<string, string>> }
  | { rule: "reworded"; in: readonly PassageId[] }
  | { rule: "translation" }
  | { rule: "identifier"; why: string }
  | { rule: "elsewhere"; source: string };

const targetsTable: readonly PassageId[] = ["objective3"];

export const factRules: ReadonlyArray<readonly [path: string, rule: FactRule]> = [
  ["categories[*].synonyms.en[*]", { rule: "identifier", why: "words partners use for the category in questions, not a statement" }],
  ["indicators[*].synonyms.en[*]", { rule: "identifier", why: "words partners use in questions, not a statement" }],
  ["focusAreas[*].synonyms.en[*]", { rule: "identifier", why: "words partners use for the focus area in questions, not a statement" }],
  // Everything else in English is a translation of a Danish value checked on its own line.
  ["*.en", { rule: "translation" }],
  ["*.en[*]", { rule: "translation" }],
  ["id", { rule: "identifier", why: "the agreement's id in the product (--agreement amager)" }],
  ["name.da", { rule: "quoted", in: ["aim", "safetyPlan"] }],
  ["aim.da", { rule: "quoted", in: ["aim"] }],
  ["parties[*].kind", { rule: "identifier", why: "what kind of party, for the product's own use" }],
  ["parties[*].name.da", { rule: "quoted", in: ["intro", "parties"] }],
  ["parties[*].units[*]", { rule: "quoted", in: ["parties"] }],
  ["area.name.da", { rule: "quoted", in: ["intro"] }],
  ["area.estates[*]", { rule: "quoted", in: ["intro"] }],
  ["area.note.da", { rule: "reworded", in: ["funds"] }],
  ["period.start", { rule: "quoted", in: ["period"], written: { signing: "fra underskriftsdatoen" } }],
  ["period.end", { rule: "quoted", in: ["period"], written: { "2016-12-31": "til og med 31. december 2016" } }],
  ["focusAreas[*].id", { rule: "identifier", why: "the focus area's key in the tracker's Aktiviteter sheet" }],
  ["focusAreas[*].name.da", { rule: "quoted", in: ["focusAreas"] }],
  ["focusAreas[*].synonyms.da[*]", { rule: "identifier", why: "words partners use for the focus area in questions, not a statement" }],
  ["categories[*].id", { rule: "identifier", why: "the category's key" }],
  ["categories[*].name.da", { rule: "quoted", in: targetsTable }],
  ["categories[*].synonyms.da[*]", { rule: "identifier", why: "words partners use for the category in questions, not a statement" }],
  ["indicators[*].kind", { rule: "identifier", why: "the kind of measure" }],
  ["indicators[*].category", { rule: "identifier", why: "the category's key" }],
  ["indicators[*].id", { rule: "identifier", why: "the indicator's key" }],
  ["indicators[*].synonyms.da[*]", { rule: "identifier", why: "words partners use in questions, not a statement" }],
  ["indicators[*].name.da", { rule: "reworded", in: ["objective1", "objective2"] }],
  ["indicators[*].unit.da", { rule: "reworded", in: ["objective2", "objective3"] }],
  ["indicators[*].source.da", { rule: "reworded", in: ["objective1", "objective2", "objective3"] }],
  // The target figures: every baseline and computed target is checked against the table row by row.
  ["indicators[*].baseline.year", { rule: "quoted", in: ["objective1", "objective2", "objective3"] }],
  ["indicators[*].baseline.value", { rule: "quoted", in: ["objective2", "objective3"] }],
  [
    "indicators[*].targets[*].year",
    { rule: "quoted", in: targetsTable, written: { 2013: "Måltal 2013", 2014: "Måltal 2014", 2015: "Måltal 2015", 2016: "Måltal 2016" } },
  ],
  [
    "indicators[*].targets[*].reductionPercent",
    {
      rule: "quoted",
      in: targetsTable,
      written: { 10: "Måltal 2013 (-10 %)", 15: "Måltal 2014 (-15 %)", 20: "Måltal 2015 (-20 %)", 25: "Måltal 2016 (-25%)" },
    },
  ],
  ["indicators[*].scale[*].id", { rule: "elsewhere", source: "Københavns Kommunes Tryghedsindeks: its five levels of need for action" }],
  [
    "indicators[*].scale[*].name.da",
    { rule: "elsewhere", source: "Københavns Kommunes Tryghedsindeks: minimal, reduceret, ordinær, intensiveret, markant" },
  ],
  ["indicators[*].areas[*].id", { rule: "identifier", why: "the area's key" }],
  ["indicators[*].areas[*].name.da", { rule: "reworded", in: ["objective1"] }],
  ["indicators[*].areas[*].note.da", { rule: "quoted", in: ["objective1"] }],
  ["indicators[*].baseline.level", { rule: "quoted", in: ["objective1"], written: { reduceret: "et reduceret behov" } }],
  [
    "indicators[*].baseline.area",
    { rule: "identifier", why: "district 29's key: »I Tryghedsindekset for 2012 er der i distrikt 29 … et reduceret behov«" },
  ],
  ["indicators[*].goal.atMost", { rule: "quoted", in: ["objective1"], written: { reduceret: "fastholdes på et reduceret niveau" } }],
  ["indicators[*].goal.byYear", { rule: "quoted", in: ["objective1"], written: { 2016: "med udgangen af 2016" } }],
  [
    "indicators[*].lastYear",
    { rule: "elsewhere", source: "the safety index was published 2009–2014; Københavns Tryghedsundersøgelse followed from 2015" },
  ],
  ["objectives[*].id", { rule: "identifier", why: "the objective's key" }],
  ["objectives[*].indicators[*]", { rule: "identifier", why: "which indicators follow the objective" }],
  ["objectives[*].text.da", { rule: "quoted", in: ["objective1", "objective2", "objective3"] }],
  ["objectives[*].measure.da", { rule: "quoted", in: ["objective1", "objective2", "objective3"] }],
  ["cadence.steering.min", { rule: "quoted", in: ["steering"], written: { 2: "efter behov, dog mindst 2 gange årligt" } }],
  ["cadence.working.min", { rule: "quoted", in: ["working"], written: { 6: "Arbejdsgruppen mødes 6-8 gange årligt" } }],
  ["cadence.working.max", { rule: "quoted", in: ["working"], written: { 8: "Arbejdsgruppen mødes 6-8 gange årligt" } }],
  ["statusReportMonth", { rule: "quoted", in: ["statusReport"], written: { 5: "offentliggøres i maj" } }],
  // "Partnerskabets aktiviteter": the product's label for the money "til Amager Partnerskab", in the agreement's words.
  ["budget[*].label.da", { rule: "reworded", in: ["money", "funds", "safetyPlan"] }],
  [
    "budget[*].amountKr",
    {
      rule: "quoted",
      in: ["money"],
      written: { 750000: "750.000 kr. i 2014", 1500000: "1,5 mio. kr. årligt i 2015 og 2016", 300000: "0,3 mio. kr." },
    },
  ],
  ["budget[*].year", { rule: "quoted", in: ["money"], written: { 2014: "i 2014", 2015: "i 2015 og 2016", 2016: "i 2015 og 2016" } }],
  ["budget[*].fromYear", { rule: "quoted", in: ["money"], written: { 2013: "i perioden 2013 til 2016" } }],
  ["budget[*].toYear", { rule: "quoted", in: ["money"], written: { 2016: "i perioden 2013 til 2016" } }],
  ["budget[*].wording.da", { rule: "quoted", in: ["money"] }],
  ["organisation.steering.members.da", { rule: "quoted", in: ["steering"] }],
  ["organisation.steering.tasks.da", { rule: "quoted", in: ["steering"] }],
  ["organisation.working.members.da", { rule: "reworded", in: ["working"] }],
  ["organisation.working.chair.da", { rule: "reworded", in: ["secretariat"] }],
  ["organisation.working.tasks.da", { rule: "reworded", in: ["working"] }],
  ["organisation.secretariat.unit.da", { rule: "quoted", in: ["secretariat"] }],
  ["organisation.secretariat.staffing.da", { rule: "quoted", in: ["secretariat"] }],
  ["organisation.secretariat.tasks.da", { rule: "reworded", in: ["secretariat"] }],
  ["signatories[*].name", { rule: "quoted", in: ["signatures"] }],
  ["signatories[*].title.da", { rule: "quoted", in: ["signatures"] }],
  ["signatories[*].unit", { rule: "quoted", in: ["signatures"] }],
  ["signatories[*].chair", { rule: "quoted", in: ["signatures"], written: { true: "Bjarne Winge (formand)" } }],
  ["duties.adjustments.da", { rule: "quoted", in: ["period"] }],
  ["duties.safetyPlan.da", { rule: "quoted", in: ["safetyPlan"] }],
  ["duties.statusReport.da", { rule: "quoted", in: ["statusReport"] }],
];

/** The signatories in the order the signature page gives them. */
export const signatureOrder = [
  "Bjarne Winge",
  "Peter Juul Andersen",
  "Jette Bolding",
  "Kirsten Egebo",
  "Kaj Ove Christiansen",
  "Simon Kjær Hansen",
  "Sven Bjerre",
  "Svend Alleslev",
  "Michael Melbye",
  "Mogens Kjærgaard Møller",
] as const;
