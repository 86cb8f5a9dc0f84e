// Generated from src/graphql/*.graphql by npm run codegen. Do not edit.
/* eslint-disable */

/** The GraphQL SDL of the API, every domain in one text (base.graphql first). */
export const typeDefs: string = "\"Any JSON value: analytics columns carry numbers, strings or null.\"\nscalar JSON\n\n\"\"\"\nAn exact decimal, as text (money: 7730.28 万元). Never a float.\n\"\"\"\nscalar Decimal\n\ntype Query {\n  \"Health and what the store holds.\"\n  status: Status!\n}\n\ntype Mutation {\n  _noop: Boolean\n}\n\ntype Status {\n  reports: Int!\n  agencies: Int!\n  syntheticReports: Int!\n  years: [Int!]!\n  parserVersion: String!\n  \"When the last report was stored (ISO 8601): the date of the data, for source lines.\"\n  lastIngestedAt: String\n}\n\ntype PageInfo {\n  hasNextPage: Boolean!\n  endCursor: String\n}\n\n\"\"\"\nWhether synthetic (generated sample) reports are included. Analysts must never mistake them for\npublished figures: every result says how many synthetic reports it covers.\n\"\"\"\nenum SyntheticFilter {\n  INCLUDE\n  EXCLUDE\n  ONLY\n}\n\nextend type Query {\n  \"Who is asking and what the server lets them do; anyone may ask.\"\n  access: Access!\n  \"The signed-in user's personal API tokens (never the tokens themselves: they are shown once).\"\n  myTokens: [ApiToken!]!\n  \"Admins only: every account.\"\n  users: [User!]!\n  \"Admins only: every write (who, what, when, from which address), newest first.\"\n  auditLog(first: Int = 50, after: String, actor: String, action: String): AuditConnection!\n}\n\nextend type Mutation {\n  \"A personal token for GraphQL clients (Authorization: Bearer gk_…), with at most the owner's role.\"\n  createApiToken(name: String!, role: Role!, expiresInDays: Int): CreatedApiToken!\n  revokeApiToken(id: ID!): Boolean!\n  \"Needs a signed-in session (not a token); ends the user's other sessions.\"\n  changePassword(currentPassword: String!, newPassword: String!): Boolean!\n  \"Admins only. The password is made by the server and shown once.\"\n  createUser(username: String!, role: Role!, email: String, name: String): CreatedUser!\n  \"Admins only.\"\n  setUserRole(id: ID!, role: Role!): User!\n  \"Admins only. A disabled user cannot sign in; their sessions and tokens stop working.\"\n  setUserDisabled(id: ID!, disabled: Boolean!): User!\n  \"Admins only. A new one-time password; the user's sessions end.\"\n  resetUserPassword(id: ID!): CreatedUser!\n}\n\n\"viewer reads; editor also writes notebooks and imports; admin also manages users.\"\nenum Role {\n  VIEWER\n  EDITOR\n  ADMIN\n}\n\nenum EmbedMode {\n  \"Any chart may be embedded by its URL.\"\n  PUBLIC\n  \"Only embed URLs signed by an editor are shown.\"\n  SIGNED\n}\n\ntype Access {\n  \"The signed-in user (or a token's owner); null for anonymous requests and embeds.\"\n  user: User\n  \"How the request proved who it is: SESSION, TOKEN, OPERATOR, EMBED or ANONYMOUS.\"\n  via: String!\n  role: Role\n  \"Whether anyone may read without signing in (GONGKAI_PUBLIC).\"\n  publicReads: Boolean!\n  embeds: EmbedMode!\n  canRead: Boolean!\n  canWrite: Boolean!\n  isAdmin: Boolean!\n}\n\ntype User {\n  id: ID!\n  username: String!\n  name: String!\n  email: String!\n  role: Role!\n  disabled: Boolean!\n  createdAt: String!\n}\n\ntype ApiToken {\n  id: ID!\n  name: String!\n  role: Role!\n  \"The token's first characters, to tell tokens apart.\"\n  prefix: String!\n  createdAt: String!\n  lastUsedAt: String\n  expiresAt: String\n}\n\ntype CreatedApiToken {\n  \"Shown once: only its hash is stored.\"\n  token: String!\n  apiToken: ApiToken!\n}\n\ntype CreatedUser {\n  user: User!\n  \"Shown once.\"\n  password: String!\n}\n\ntype AuditEntry {\n  id: ID!\n  at: String!\n  actor: String!\n  role: String\n  via: String!\n  action: String!\n  target: String\n  \"JSON of the arguments that say what was written.\"\n  detail: String\n  ok: Boolean!\n  error: String\n  ip: String\n}\n\ntype AuditConnection {\n  totalCount: Int!\n  entries: [AuditEntry!]!\n  pageInfo: PageInfo!\n}\n\nextend type Query {\n  agencies(search: String, regionCode: String, level: AdminLevel, synthetic: SyntheticFilter = INCLUDE, first: Int = 20, after: String): AgencyConnection!\n  agency(id: ID!): Agency\n  \"Two reports of one agency side by side, with the cells that differ.\"\n  compare(agencyId: ID!, yearA: Int!, yearB: Int!): Comparison\n}\n\ntype AgencyConnection {\n  totalCount: Int!\n  edges: [AgencyEdge!]!\n  pageInfo: PageInfo!\n}\n\ntype AgencyEdge {\n  cursor: String!\n  node: Agency!\n}\n\ntype Agency {\n  id: ID!\n  name: String!\n  \"Every name the body was titled with.\"\n  names: [String!]!\n  level: AdminLevel\n  region: Region\n  township: String\n  \"How sure the region is (0–1); see regionCandidates when it is not.\"\n  regionConfidence: Float!\n  regionCandidates: [RegionCandidate!]!\n  synthetic: Boolean!\n  \"Latest version of each year's report.\"\n  reports: [Report!]!\n  years: [Int!]!\n  \"Rules 6 and 7 across consecutive years.\"\n  crossYearChecks: [CrossYearCheck!]!\n}\n\ntype RegionCandidate {\n  code: String!\n  path: String!\n  level: String!\n  confidence: Float!\n}\n\ntype CrossYearCheck {\n  rule: Int!\n  \"E.g. applications.carriedOver.total vs applications.carriedForward.total of the year before.\"\n  path: String!\n  year: Int!\n  previousYear: Int!\n  expected: Float\n  actual: Float\n  ok: Boolean!\n  message: String!\n}\n\ntype Comparison {\n  agency: Agency!\n  a: Report\n  b: Report\n  differences: [CellDifference!]!\n}\n\ntype CellDifference {\n  path: String!\n  labelZh: String!\n  labelEn: String!\n  a: Float\n  b: Float\n  change: Float\n}\n\nextend type Query {\n  \"The measures and dimensions analytics understands, with labels.\"\n  measures: [Measure!]!\n  dimensions: [Dimension!]!\n  \"\"\"\n  A semantic-layer query: measures grouped by dimensions, filtered and sorted. The result is columnar\n  (one array per column) so a long series stays cheap; every row says how many reports it covers.\n  \"\"\"\n  analytics(query: AnalyticsQuery!): AnalyticsResult!\n}\n\nenum MeasureKind {\n  CELL\n  GROUP\n  RATE\n  COUNT\n}\n\ntype Measure {\n  key: String!\n  labelZh: String!\n  labelEn: String!\n  kind: MeasureKind!\n  \"万元 for money, % for rates, 件 for counts.\"\n  unit: String!\n}\n\nenum DimensionKey {\n  YEAR\n  REGION\n  LEVEL\n  AGENCY\n  TEMPLATE\n  APPLICANT_TYPE\n  OUTCOME_GROUP\n}\n\ntype Dimension {\n  key: DimensionKey!\n  labelZh: String!\n  labelEn: String!\n}\n\ninput AnalyticsQuery {\n  \"\"\"\n  Measure keys: any cell path (applications.newlyReceived.total), a group (outcome.denied,\n  applicants.organisations), a rate (rate.granted), or reports. With APPLICANT_TYPE, a row path\n  (applications.newlyReceived) is split by applicant column; with OUTCOME_GROUP, the measure outcome.*\n  is split by group.\n  \"\"\"\n  measures: [String!]!\n  groupBy: [DimensionKey!] = []\n  \"For REGION: the level to group at (default PROVINCE).\"\n  regionLevel: RegionLevel = PROVINCE\n  filter: ReportFilter\n  sort: [AnalyticsSort!]\n  limit: Int\n  \"Sum the values the parser read, leaving people's corrections out (default: corrected values).\"\n  useParsed: Boolean = false\n}\n\ninput AnalyticsSort {\n  key: String!\n  desc: Boolean = false\n}\n\ntype AnalyticsColumn {\n  key: String!\n  labelZh: String!\n  labelEn: String!\n  kind: String!\n  unit: String\n  values: [JSON]!\n}\n\ntype AnalyticsResult {\n  columns: [AnalyticsColumn!]!\n  \"Reports behind each row.\"\n  reports: [Int!]!\n  rowCount: Int!\n  \"Synthetic reports among those covered: non-zero means sample data is included.\"\n  syntheticReports: Int!\n  totalReports: Int!\n}\n\nextend type Mutation {\n  \"\"\"\n  Parse and store one report, as `gongkai ingest` does. Needs an editor.\n  content: the file's bytes in base64 (any supported format) or, with encoding TEXT, its text.\n  progressKey: a random UUID naming this import, to follow a scan's pages with importProgress meanwhile.\n  \"\"\"\n  importReport(fileName: String!, content: String!, encoding: ContentEncoding = BASE64, progressKey: String): ImportResult!\n}\n\nextend type Query {\n  \"How far the signed-in user's import named progressKey has got (a scan, read page by page); null before its first page.\"\n  importProgress(progressKey: String!): ImportProgress\n}\n\n\"A scan being read by OCR: the pages read so far, of how many.\"\ntype ImportProgress {\n  page: Int!\n  pages: Int!\n}\n\nenum ContentEncoding {\n  BASE64\n  TEXT\n}\n\nenum ImportStatus {\n  INGESTED\n  UNCHANGED\n  UPDATED\n  FAILED\n}\n\ntype ImportResult {\n  status: ImportStatus!\n  fileName: String!\n  reason: String\n  report: Report\n  \"What the parser read, also when nothing was stored (a failed import still shows its diagnostics).\"\n  diagnostics: [Diagnostic!]!\n}\n\nextend type Query {\n  \"\"\"\n  Pairs of reports (latest versions) whose narrative section is at least minScore alike, most alike first:\n  a body that copied its own earlier report (sameAgency) or another body's report of the same year.\n  Found at ingest for scores of 0.9 and more.\n  \"\"\"\n  copiedSections(year: Int, minScore: Float = 0.9, sameAgency: Boolean, first: Int = 50, after: String): CopiedSections!\n\n  \"\"\"\n  Governments whose report speaks for their whole area (本报告汇总全县…) compared with the sum of the\n  reports of the bodies below them — townships and departments for a county, counties and departments for a\n  city — in sections 三 and 四. Only where every expected child report is present are sums compared;\n  otherwise the check names the children missing. regionCode: that region and the regions below it.\n  \"\"\"\n  hierarchyChecks(regionCode: String, year: Int!): [HierarchyCheck!]!\n\n  \"\"\"\n  Values far from the body's own history (its other years) or from its peers (same level, province and\n  year): robust z-scores (median and MAD) on the headline rates and on the logarithm of the main counts.\n  A rate over fewer than minBase requests, or a count under minBase, is not judged.\n  \"\"\"\n  anomalies(filter: AnomalyFilter!, first: Int = 50, after: String): Anomalies!\n}\n\nextend type Report {\n  \"\"\"\n  For each narrative section long enough to judge (120 characters or more, whitespace and punctuation left\n  out): the most similar section among the same body's earlier reports and among other bodies' reports of\n  the same year, with the passages they share.\n  \"\"\"\n  similarity: [SectionSimilarity!]!\n}\n\nenum NarrativeSection {\n  \"一、总体情况\"\n  OVERVIEW\n  \"五、存在的主要问题及改进情况\"\n  PROBLEMS\n  \"六、其他需要报告的事项\"\n  OTHER_MATTERS\n}\n\ntype SectionSimilarity {\n  section: NarrativeSection!\n  \"Characters compared (whitespace and punctuation dropped).\"\n  chars: Int!\n  \"The most similar section of the same body's earlier reports, if any.\"\n  earlierYear: SimilarSection\n  \"The most similar section of another body's report of the same year, if any is at least 0.3 alike.\"\n  sameYear: SimilarSection\n}\n\ntype SimilarSection {\n  report: Report!\n  \"\"\"\n  Jaccard similarity of the two sections' five-character shingles, 0–1. Runs of digits count as one\n  character, so a text copied with new figures still scores 1.\n  \"\"\"\n  score: Float!\n  \"score ≥ 0.9.\"\n  copied: Boolean!\n  passages: SharedPassages!\n}\n\ntype SharedPassages {\n  \"Share of this section's characters in passages (12 characters or more) that the other also has.\"\n  sharedShare: Float!\n  this: [TextSegment!]!\n  other: [TextSegment!]!\n}\n\ntype TextSegment {\n  text: String!\n  shared: Boolean!\n}\n\ntype CopiedSections {\n  \"Pairs found (counted up to 10,000).\"\n  totalCount: Int!\n  pairs: [CopiedSection!]!\n  pageInfo: PageInfo!\n}\n\ntype CopiedSection {\n  \"The later report (by year, then by the order stored).\"\n  report: Report!\n  \"The report it is alike to.\"\n  other: Report!\n  section: NarrativeSection!\n  score: Float!\n  sameAgency: Boolean!\n}\n\nenum HierarchyStatus {\n  \"Every compared cell equals the sum of the children's.\"\n  ADDS_UP\n  \"At least one compared cell differs from the sum.\"\n  MISMATCH\n  \"Some expected child report is missing: no sums compared.\"\n  INCOMPLETE\n}\n\ntype HierarchyCheck {\n  region: Region!\n  year: Int!\n  \"The government's report for its whole area.\"\n  report: Report!\n  status: HierarchyStatus!\n  \"Bodies below expected to report: known bodies (a report in any year) and the gazetteer's divisions.\"\n  expected: Int!\n  children: [Report!]!\n  \"Expected children without a report this year, by name.\"\n  missing: [String!]!\n  \"Cells compared (sections 三 and 四); cells some child left empty are not compared.\"\n  compared: Int!\n  mismatches: Int!\n  \"The cells that differ, largest difference first (at most 20).\"\n  cells: [HierarchyCell!]!\n}\n\ntype HierarchyCell {\n  path: String!\n  labelZh: String!\n  labelEn: String!\n  reported: Float!\n  childrenSum: Float!\n  difference: Float!\n}\n\ninput AnomalyFilter {\n  year: Int!\n  level: AdminLevel\n  regionCode: String\n  \"Smallest base (a rate's denominator, or the count itself) judged. Default 20.\"\n  minBase: Int\n  \"Smallest |robust z| flagged. Default 3.5 (Iglewicz and Hoaglin).\"\n  threshold: Float\n  \"Only values far from the body's history, or only far from its peers.\"\n  kind: AnomalyKind\n}\n\nenum AnomalyKind {\n  \"Against the body's own other years (at least three).\"\n  HISTORY\n  \"Against bodies of the same level, province and year (at least eight).\"\n  PEERS\n}\n\ntype Anomalies {\n  year: Int!\n  \"Values judged (after minBase) and flagged.\"\n  judged: Int!\n  totalCount: Int!\n  entries: [Anomaly!]!\n  pageInfo: PageInfo!\n}\n\ntype Anomaly {\n  agency: Agency!\n  report: Report!\n  measure: Measure!\n  kind: AnomalyKind!\n  value: Float!\n  \"The median it is compared with (the history's or the peers').\"\n  median: Float!\n  \"Robust z-score: 0.6745 × (value − median) / MAD; for counts on log(1 + value).\"\n  z: Float!\n  \"How many values the median was taken over.\"\n  over: Int!\n  reasonZh: String!\n  reasonEn: String!\n}\n\nextend type Query {\n  notebooks(search: String): [Notebook!]!\n  \"A notebook (also one in the bin).\"\n  notebook(id: ID!): Notebook\n  \"Editors: notebooks deleted in the last 30 days, restorable.\"\n  notebookBin: [Notebook!]!\n  \"An embed token's notebook, chart and locked parameters; refused when unsigned, tampered with or expired.\"\n  embed(token: String!): EmbedGrant!\n}\n\nextend type Mutation {\n  \"Needs an editor, as every notebook change.\"\n  createNotebook(input: NotebookInput!): Notebook!\n  \"\"\"\n  Saves a new revision (the last 20 are kept, and the last of each day for 30 days). With expectedRevision, refuses to overwrite a newer save.\n  \"\"\"\n  updateNotebook(id: ID!, input: NotebookInput!, expectedRevision: Int): Notebook!\n  duplicateNotebook(id: ID!, title: String): Notebook!\n  \"Moves the notebook to the bin, where it stays restorable for 30 days.\"\n  deleteNotebook(id: ID!): Boolean!\n  \"Takes a notebook out of the bin.\"\n  restoreNotebook(id: ID!): Notebook!\n  \"Makes an earlier revision the current one (as a new revision: nothing is lost).\"\n  restoreNotebookRevision(id: ID!, revision: Int!): Notebook!\n  \"A notebook exported as a file (the JSON of Notebook.exportJson).\"\n  importNotebook(file: String!): Notebook!\n  \"\"\"\n  Signs an embed of a chart cell: the token covers the notebook, the cell, the parameters locked at\n  their values and the expiry. Readers may change only the parameters not locked.\n  \"\"\"\n  publishEmbed(notebookId: ID!, cellId: String!, locked: JSON, expiresInDays: Int): EmbedLink!\n}\n\ntype EmbedGrant {\n  notebookId: ID!\n  cellId: String!\n  \"Parameter name → value, fixed for the reader.\"\n  locked: JSON!\n  expiresAt: String\n}\n\ntype EmbedLink {\n  token: String!\n  \"The embed's path on the dashboard, with the token.\"\n  path: String!\n  expiresAt: String\n}\n\ninput NotebookInput {\n  title: String!\n  description: String\n  \"\"\"\n  The cells, in order: { version: 1, cells: [{ id, kind: markdown | query | chart | parameter, … }] }.\n  @gongkai/schema/notebook (src/notebook.ts) gives the shape of each kind.\n  \"\"\"\n  document: JSON!\n}\n\ntype Notebook {\n  id: ID!\n  title: String!\n  description: String\n  document: JSON!\n  revision: Int!\n  \"Shipped with Gongkai (overview, agency deep-dive, data-quality review).\"\n  shipped: Boolean!\n  createdAt: String!\n  updatedAt: String!\n  \"When it was moved to the bin (null when it is not there).\"\n  deletedAt: String\n  \"The kept revisions, newest first.\"\n  revisions: [NotebookRevision!]!\n  \"The notebook as a file, for exportNotebook/importNotebook.\"\n  exportJson: String!\n}\n\ntype NotebookRevision {\n  revision: Int!\n  title: String!\n  savedAt: String!\n  document: JSON!\n}\n\nextend type Query {\n  \"Diagnostics by code, rule and year; the reports that break each rule.\"\n  dataQuality(filter: ReportFilter): DataQuality!\n}\n\ntype DataQuality {\n  reports: Int!\n  reportsWithWarnings: Int!\n  reportsWithErrors: Int!\n  byCode: [CodeCount!]!\n  byRule: [RuleCount!]!\n  byYear: [YearCodeCount!]!\n  byRegion: [RegionCodeCount!]!\n}\n\ntype CodeCount {\n  code: String!\n  severity: Severity!\n  labelZh: String!\n  labelEn: String!\n  diagnostics: Int!\n  reports: Int!\n}\n\ntype RuleCount {\n  rule: Int!\n  labelZh: String!\n  labelEn: String!\n  reports: Int!\n  \"Up to 50 reports that break the rule.\"\n  examples: [Report!]!\n}\n\ntype YearCodeCount {\n  year: Int!\n  code: String!\n  reports: Int!\n}\n\ntype RegionCodeCount {\n  region: Region\n  code: String!\n  reports: Int!\n}\n\nextend type Query {\n  \"\"\"\n  Agencies of one level ranked by a measure in one year (the latest complete report of each), within a\n  region when one is given. For a rate, an agency whose base (the rate's denominator: requests decided,\n  reconsiderations ended, …) is under minBase is listed but not ranked: its sample is too small. Ranked\n  agencies come first, by rank; ties share a rank.\n  \"\"\"\n  rankings(\n    measure: String!\n    year: Int!\n    level: AdminLevel!\n    regionCode: String\n    minBase: Int = 20\n    order: RankOrder = DESC\n    first: Int = 50\n    after: String\n  ): Rankings!\n}\n\nextend type Agency {\n  \"\"\"\n  Where the agency stands among agencies of its level in its province, for each headline rate, in a year\n  (default: its latest).\n  \"\"\"\n  peerStanding(year: Int, minBase: Int = 20): [PeerStanding!]!\n}\n\nenum RankOrder {\n  \"Highest value first.\"\n  DESC\n  \"Lowest value first.\"\n  ASC\n}\n\ntype Rankings {\n  measure: Measure!\n  year: Int!\n  level: AdminLevel!\n  regionCode: String\n  minBase: Int!\n  \"Agencies with a value, and of those the ones ranked (their base at least minBase).\"\n  agencies: Int!\n  ranked: Int!\n  \"The ranked agencies' median and quartiles.\"\n  median: Float\n  p25: Float\n  p75: Float\n  \"The ranked values in ten equal bins from the lowest to the highest, for a distribution chart.\"\n  histogram: [HistogramBin!]!\n  entries: [RankingEntry!]!\n  pageInfo: PageInfo!\n}\n\ntype HistogramBin {\n  from: Float!\n  to: Float!\n  agencies: Int!\n}\n\ntype RankingEntry {\n  agency: Agency!\n  report: Report!\n  value: Float\n  \"The rate's denominator; null for a count.\"\n  base: Float\n  \"1 for the first in the order asked; null when the sample is too small.\"\n  rank: Int\n  \"Share of ranked peers below this value (0–100); null when not ranked.\"\n  percentile: Float\n  smallSample: Boolean!\n}\n\ntype PeerStanding {\n  measure: Measure!\n  year: Int!\n  value: Float\n  base: Float\n  rank: Int\n  \"Peers ranked (same level, same province, same year).\"\n  of: Int!\n  percentile: Float\n  median: Float\n  smallSample: Boolean!\n}\n\nextend type Query {\n  \"The division tree: top level when parentCode is absent.\"\n  regions(parentCode: String): [Region!]!\n  region(code: String!): Region\n}\n\nenum RegionLevel {\n  PROVINCE\n  CITY\n  COUNTY\n}\n\ntype Region {\n  code: String!\n  name: String!\n  level: RegionLevel!\n  parent: Region\n  children: [Region!]!\n  \"Agencies and latest reports placed in this division or below.\"\n  agencyCount: Int!\n  reportCount: Int!\n}\n\nextend type Query {\n  \"Reports, newest first by default. Page size is capped at 100.\"\n  reports(filter: ReportFilter, first: Int = 20, after: String, orderBy: ReportOrder = YEAR_DESC): ReportConnection!\n  report(id: ID!): Report\n}\n\nenum ReportOrder {\n  YEAR_DESC\n  YEAR_ASC\n  AGENCY_ASC\n  INGESTED_DESC\n}\n\nenum CellState {\n  PRINTED\n  INFERRED\n  REPAIRED\n  MISSING\n  \"A person set the value (correctCell); parsedValue keeps what the parser read.\"\n  CORRECTED\n}\n\nenum Severity {\n  ERROR\n  WARNING\n  INFO\n}\n\nenum AdminLevel {\n  PROVINCE\n  CITY\n  COUNTY\n  TOWNSHIP\n  DEPARTMENT\n}\n\ninput ReportFilter {\n  yearFrom: Int\n  yearTo: Int\n  agencyId: ID\n  \"Division code at any level; matches by prefix (41 = 河南省, 4108 = 焦作市, 410823 = 武陟县).\"\n  regionCode: String\n  level: AdminLevel\n  \"2019 or 2021.\"\n  template: String\n  hasDiagnostics: Boolean\n  diagnosticCode: String\n  \"Full-text search in the narratives (sections 一, 五, 六).\"\n  search: String\n  \"Only the latest version of each agency-year (default true).\"\n  latestOnly: Boolean = true\n  synthetic: SyntheticFilter = INCLUDE\n  \"\"\"\n  Analytics leave out reports whose tables are missing or cut short (REPORT_INCOMPLETE) unless this\n  is true; lists show them (flagged) either way.\n  \"\"\"\n  includeIncomplete: Boolean = false\n}\n\ntype ReportConnection {\n  totalCount: Int!\n  syntheticCount: Int!\n  edges: [ReportEdge!]!\n  pageInfo: PageInfo!\n}\n\ntype ReportEdge {\n  cursor: String!\n  node: Report!\n}\n\ntype Report {\n  id: ID!\n  agency: Agency!\n  \"The agency as titled in this report.\"\n  agencyTitle: String\n  year: Int\n  template: String\n  publishedOn: String\n  sourceName: String!\n  sourceFormat: String!\n  layout: String\n  encoding: String\n  contentHash: String!\n  parserVersion: String!\n  ingestedAt: String!\n  status: String!\n  version: Int!\n  isLatest: Boolean!\n  synthetic: Boolean!\n  \"\"\"\n  False when a table is missing or cut short (REPORT_INCOMPLETE): such a report is kept, never made the\n  latest version over a complete one, and left out of analytics unless asked for.\n  \"\"\"\n  complete: Boolean!\n  \"Diagnostics by severity, without loading them.\"\n  errorCount: Int!\n  warningCount: Int!\n  infoCount: Int!\n  active: ActiveTable!\n  applications: ApplicationsTable!\n  review: ReviewTable!\n  \"Every stored cell with its state and provenance; optionally one section.\"\n  cells(section: String): [Cell!]!\n  cell(path: String!): Cell\n  diagnostics: [Diagnostic!]!\n  narratives: Narratives!\n  \"The text the provenance offsets point into (decoded text, HTML, or the layout text of a PDF).\"\n  sourceText: String\n  \"The pages of a scanned report, as kept for checking numbers read by OCR (empty for any other report).\"\n  scanPages: [ScanPage!]!\n  \"One page of a scanned report, with its image.\"\n  scanPage(page: Int!): ScanPage\n  \"Every version of the same agency-year, this one included.\"\n  versions: [Report!]!\n  \"How far people have reviewed this report.\"\n  reviewStatus: ReviewStatus!\n  \"Corrections and diagnostic reviews, newest first.\"\n  reviewHistory: [ReviewEvent!]!\n  \"Every correction of this report, in force or not, newest first.\"\n  corrections: [Correction!]!\n}\n\n\"\"\"\nA table cell's place on a scanned page, in the pixels of the page image kept for it.\n\"\"\"\ntype ScanBox {\n  \"The page, from 1.\"\n  page: Int!\n  x0: Int!\n  y0: Int!\n  x1: Int!\n  y1: Int!\n}\n\n\"\"\"\nA page of a scanned report, in grey, at most 1,240 pixels wide.\n\"\"\"\ntype ScanPage {\n  page: Int!\n  width: Int!\n  height: Int!\n  \"The page as a PNG data URL (data:image/png;base64,…); asked for one page at a time.\"\n  image: String!\n}\n\ntype Cell {\n  path: String!\n  section: String!\n  row: String!\n  column: String!\n  labelZh: String!\n  labelEn: String!\n  \"Counts as numbers; money as a number for charts, see decimal for the exact value.\"\n  value: Float\n  decimal: Decimal\n  state: CellState!\n  line: Int\n  start: Int\n  end: Int\n  \"The raw text of the cell as printed.\"\n  raw: String\n  \"A cell read by OCR from a scanned page: where it is on that page (see Report.scanPage).\"\n  scanBox: ScanBox\n  \"How sure the OCR engine was of this number (0–100); null when it was not read by OCR.\"\n  confidence: Int\n  \"What the parser read, whatever a person corrected since.\"\n  parsedValue: Float\n  parsedDecimal: Decimal\n  parsedState: CellState!\n  \"The cell's corrections, newest first (the one in force is ACTIVE).\"\n  corrections: [Correction!]!\n}\n\ntype Diagnostic {\n  \"Null for the diagnostics of an import that stored nothing.\"\n  id: ID\n  code: String!\n  severity: Severity!\n  path: String\n  rule: Int\n  line: Int\n  message: String!\n  candidates: [Float!]\n  reviewStatus: DiagnosticReviewStatus!\n  \"The latest review, if any.\"\n  review: DiagnosticReview\n}\n\ntype Narratives {\n  overview: String\n  problems: String\n  otherMatters: String\n}\n\ntype ActiveRow {\n  issued: Int\n  repealed: Int\n  inForce: Int\n  newlyMade: Int\n  newlyPublished: Int\n  totalPublished: Int\n  previousCount: Int\n  change: Int\n  decisions: Int\n  amount: Decimal\n  projects: Int\n}\n\ntype ActiveTable {\n  regulations: ActiveRow\n  normativeDocuments: ActiveRow\n  licensing: ActiveRow\n  otherServices: ActiveRow\n  penalties: ActiveRow\n  coercion: ActiveRow\n  fees: ActiveRow\n  procurement: ActiveRow\n}\n\ntype ApplicantRow {\n  naturalPerson: Int\n  commercial: Int\n  research: Int\n  publicInterest: Int\n  legalService: Int\n  otherOrg: Int\n  total: Int\n}\n\ntype ApplicationsTable {\n  newlyReceived: ApplicantRow\n  carriedOver: ApplicantRow\n  granted: ApplicantRow\n  partiallyGranted: ApplicantRow\n  deniedStateSecret: ApplicantRow\n  deniedLawProhibited: ApplicantRow\n  deniedSafetyStability: ApplicantRow\n  deniedThirdParty: ApplicantRow\n  deniedInternalAffairs: ApplicantRow\n  deniedProcessInfo: ApplicantRow\n  deniedEnforcementFile: ApplicantRow\n  deniedAdminQuery: ApplicantRow\n  unableNotHeld: ApplicantRow\n  unableNeedsCreation: ApplicantRow\n  unableUnclear: ApplicantRow\n  notProcessedPetition: ApplicantRow\n  notProcessedDuplicate: ApplicantRow\n  notProcessedPublication: ApplicantRow\n  notProcessedExcessive: ApplicantRow\n  notProcessedConfirmation: ApplicantRow\n  otherHandling: ApplicantRow\n  otherNoCorrection: ApplicantRow\n  otherUnpaidFee: ApplicantRow\n  otherMisc: ApplicantRow\n  totalProcessed: ApplicantRow\n  carriedForward: ApplicantRow\n}\n\ntype ReviewGroup {\n  upheld: Int\n  corrected: Int\n  other: Int\n  pending: Int\n  total: Int\n}\n\ntype ReviewTable {\n  reconsideration: ReviewGroup\n  litigationDirect: ReviewGroup\n  litigationAfterReconsideration: ReviewGroup\n}\n\nextend type Query {\n  \"\"\"\n  Reports in the order they most need a person: open errors first, then corrections flagged for a second\n  look after a re-parse, then empty cells in the tables the dashboard reads (sections 三 and 四), then\n  large inferred values. Reports with nothing to review are left out. Latest versions only unless the\n  filter says otherwise.\n  \"\"\"\n  reviewQueue(filter: ReportFilter, first: Int = 20, after: String): ReviewQueueConnection!\n}\n\nextend type Mutation {\n  \"\"\"\n  Sets a cell's value as read by a person, with the reason (and where it was read). The parsed value is\n  kept; analytics, rollups and exports use the corrected one from now on. A later correction of the same\n  cell supersedes this one. Needs an editor. value: a count as digits, money as decimal text (万元), or\n  null for “not filled in the report”.\n  \"\"\"\n  correctCell(reportId: ID!, path: String!, value: String, reason: String!, source: CorrectionSourceInput): Correction!\n  \"Undoes one correction: the cell returns to the correction it superseded, or to the parsed value. Needs an editor.\"\n  revertCorrection(id: ID!): Correction!\n  \"Puts a correction flagged STALE after a re-parse back in force: a person looked again and it still holds. Needs an editor.\"\n  confirmCorrection(id: ID!): Correction!\n  \"\"\"\n  Reviews one diagnostic: CONFIRMED (the report really prints it so), DISMISSED (a parser mistake) or\n  OPEN again. Needs an editor.\n  \"\"\"\n  reviewDiagnostic(id: ID!, status: DiagnosticReviewStatus!, comment: String): Diagnostic!\n}\n\n\"Where a person read a corrected value: a page and line of the source, and a note.\"\ninput CorrectionSourceInput {\n  page: Int\n  line: Int\n  note: String\n}\n\nenum CorrectionStatus {\n  \"In force: the cell's value.\"\n  ACTIVE\n  \"Replaced by a later correction of the same cell.\"\n  SUPERSEDED\n  \"Undone by revertCorrection.\"\n  REVERTED\n  \"A newer parser read a different source cell: not in force until a person confirms it.\"\n  STALE\n}\n\ntype CorrectionSource {\n  page: Int\n  line: Int\n  note: String\n}\n\ntype Correction {\n  id: ID!\n  reportId: ID!\n  path: String!\n  \"The corrected value (counts as numbers; money see decimal).\"\n  value: Float\n  decimal: Decimal\n  \"What the parser had read when the correction was made.\"\n  parsedValue: Float\n  parsedDecimal: Decimal\n  reason: String!\n  source: CorrectionSource\n  status: CorrectionStatus!\n  \"Who made it: the user's name at the time.\"\n  by: String!\n  at: String!\n  revertedBy: String\n  revertedAt: String\n  \"Set when the correction was carried over to a newer parse: why it is STALE, or that the source matched.\"\n  carryNote: String\n}\n\nenum DiagnosticReviewStatus {\n  OPEN\n  CONFIRMED\n  DISMISSED\n}\n\ntype DiagnosticReview {\n  status: DiagnosticReviewStatus!\n  comment: String\n  by: String!\n  at: String!\n}\n\nenum ReviewState {\n  \"Nobody has looked at it yet.\"\n  UNREVIEWED\n  \"Some of it is reviewed; something is still open.\"\n  IN_REVIEW\n  \"Every error and warning confirmed or dismissed, no correction stale.\"\n  REVIEWED\n}\n\ntype ReviewStatus {\n  state: ReviewState!\n  openErrors: Int!\n  openWarnings: Int!\n  confirmed: Int!\n  dismissed: Int!\n  \"Corrections in force.\"\n  corrections: Int!\n  staleCorrections: Int!\n  \"Empty cells of sections 三 and 四 without a correction.\"\n  emptyCells: Int!\n  lastReviewedBy: String\n  lastReviewedAt: String\n}\n\nenum ReviewEventKind {\n  CORRECTION\n  DIAGNOSTIC\n}\n\n\"One step of a report's review: a correction (with its current status) or a diagnostic's review.\"\ntype ReviewEvent {\n  kind: ReviewEventKind!\n  \"The cell's path, or the diagnostic's code.\"\n  subject: String!\n  \"CorrectionStatus or DiagnosticReviewStatus, as text.\"\n  status: String!\n  \"The corrected value as text, for corrections.\"\n  value: String\n  \"The reason of a correction, the comment of a review.\"\n  comment: String\n  by: String!\n  at: String!\n}\n\ntype ReviewQueueItem {\n  report: Report!\n  openErrors: Int!\n  staleCorrections: Int!\n  emptyCells: Int!\n  inferredLarge: Int!\n  openWarnings: Int!\n}\n\ntype ReviewQueueEdge {\n  cursor: String!\n  node: ReviewQueueItem!\n}\n\ntype ReviewQueueConnection {\n  \"Reports waiting, counted up to 10,000 (a longer queue says totalCountCapped).\"\n  totalCount: Int!\n  totalCountCapped: Boolean!\n  edges: [ReviewQueueEdge!]!\n  pageInfo: PageInfo!\n}\n";

export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any JSON value: analytics columns carry numbers, strings or null. */
  JSON: { input: unknown; output: unknown; }
  /** An exact decimal, as text (money: 7730.28 万元). Never a float. */
  Decimal: { input: string; output: string; }
};

export type Query = {
  __typename?: 'Query';
  /** Health and what the store holds. */
  status: Status;
  /** Who is asking and what the server lets them do; anyone may ask. */
  access: Access;
  /** The signed-in user's personal API tokens (never the tokens themselves: they are shown once). */
  myTokens: Array<ApiToken>;
  /** Admins only: every account. */
  users: Array<User>;
  /** Admins only: every write (who, what, when, from which address), newest first. */
  auditLog: AuditConnection;
  agencies: AgencyConnection;
  agency: Maybe<Agency>;
  /** Two reports of one agency side by side, with the cells that differ. */
  compare: Maybe<Comparison>;
  /** The measures and dimensions analytics understands, with labels. */
  measures: Array<Measure>;
  dimensions: Array<Dimension>;
  /**
   * A semantic-layer query: measures grouped by dimensions, filtered and sorted. The result is columnar
   * (one array per column) so a long series stays cheap; every row says how many reports it covers.
   */
  analytics: AnalyticsResult;
  /** How far the signed-in user's import named progressKey has got (a scan, read page by page); null before its first page. */
  importProgress: Maybe<ImportProgress>;
  /**
   * Pairs of reports (latest versions) whose narrative section is at least minScore alike, most alike first:
   * a body that copied its own earlier report (sameAgency) or another body's report of the same year.
   * Found at ingest for scores of 0.9 and more.
   */
  copiedSections: CopiedSections;
  /**
   * Governments whose report speaks for their whole area (本报告汇总全县…) compared with the sum of the
   * reports of the bodies below them — townships and departments for a county, counties and departments for a
   * city — in sections 三 and 四. Only where every expected child report is present are sums compared;
   * otherwise the check names the children missing. regionCode: that region and the regions below it.
   */
  hierarchyChecks: Array<HierarchyCheck>;
  /**
   * Values far from the body's own history (its other years) or from its peers (same level, province and
   * year): robust z-scores (median and MAD) on the headline rates and on the logarithm of the main counts.
   * A rate over fewer than minBase requests, or a count under minBase, is not judged.
   */
  anomalies: Anomalies;
  notebooks: Array<Notebook>;
  /** A notebook (also one in the bin). */
  notebook: Maybe<Notebook>;
  /** Editors: notebooks deleted in the last 30 days, restorable. */
  notebookBin: Array<Notebook>;
  /** An embed token's notebook, chart and locked parameters; refused when unsigned, tampered with or expired. */
  embed: EmbedGrant;
  /** Diagnostics by code, rule and year; the reports that break each rule. */
  dataQuality: DataQuality;
  /**
   * Agencies of one level ranked by a measure in one year (the latest complete report of each), within a
   * region when one is given. For a rate, an agency whose base (the rate's denominator: requests decided,
   * reconsiderations ended, …) is under minBase is listed but not ranked: its sample is too small. Ranked
   * agencies come first, by rank; ties share a rank.
   */
  rankings: Rankings;
  /** The division tree: top level when parentCode is absent. */
  regions: Array<Region>;
  region: Maybe<Region>;
  /** Reports, newest first by default. Page size is capped at 100. */
  reports: ReportConnection;
  report: Maybe<Report>;
  /**
   * Reports in the order they most need a person: open errors first, then corrections flagged for a second
   * look after a re-parse, then empty cells in the tables the dashboard reads (sections 三 and 四), then
   * large inferred values. Reports with nothing to review are left out. Latest versions only unless the
   * filter says otherwise.
   */
  reviewQueue: ReviewQueueConnection;
};


export type QueryAuditLogArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  action?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAgenciesArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<AdminLevel>;
  synthetic?: InputMaybe<SyntheticFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCompareArgs = {
  agencyId: Scalars['ID']['input'];
  yearA: Scalars['Int']['input'];
  yearB: Scalars['Int']['input'];
};


export type QueryAnalyticsArgs = {
  query: AnalyticsQuery;
};


export type QueryImportProgressArgs = {
  progressKey: Scalars['String']['input'];
};


export type QueryCopiedSectionsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
  sameAgency?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryHierarchyChecksArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryAnomaliesArgs = {
  filter: AnomalyFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNotebooksArgs = {
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNotebookArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmbedArgs = {
  token: Scalars['String']['input'];
};


export type QueryDataQualityArgs = {
  filter?: InputMaybe<ReportFilter>;
};


export type QueryRankingsArgs = {
  measure: Scalars['String']['input'];
  year: Scalars['Int']['input'];
  level: AdminLevel;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  minBase?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<RankOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRegionsArgs = {
  parentCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRegionArgs = {
  code: Scalars['String']['input'];
};


export type QueryReportsArgs = {
  filter?: InputMaybe<ReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<ReportOrder>;
};


export type QueryReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReviewQueueArgs = {
  filter?: InputMaybe<ReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  _noop: Maybe<Scalars['Boolean']['output']>;
  /** A personal token for GraphQL clients (Authorization: Bearer gk_…), with at most the owner's role. */
  createApiToken: CreatedApiToken;
  revokeApiToken: Scalars['Boolean']['output'];
  /** Needs a signed-in session (not a token); ends the user's other sessions. */
  changePassword: Scalars['Boolean']['output'];
  /** Admins only. The password is made by the server and shown once. */
  createUser: CreatedUser;
  /** Admins only. */
  setUserRole: User;
  /** Admins only. A disabled user cannot sign in; their sessions and tokens stop working. */
  setUserDisabled: User;
  /** Admins only. A new one-time password; the user's sessions end. */
  resetUserPassword: CreatedUser;
  /**
   * Parse and store one report, as `gongkai ingest` does. Needs an editor.
   * content: the file's bytes in base64 (any supported format) or, with encoding TEXT, its text.
   * progressKey: a random UUID naming this import, to follow a scan's pages with importProgress meanwhile.
   */
  importReport: ImportResult;
  /** Needs an editor, as every notebook change. */
  createNotebook: Notebook;
  /** Saves a new revision (the last 20 are kept, and the last of each day for 30 days). With expectedRevision, refuses to overwrite a newer save. */
  updateNotebook: Notebook;
  duplicateNotebook: Notebook;
  /** Moves the notebook to the bin, where it stays restorable for 30 days. */
  deleteNotebook: Scalars['Boolean']['output'];
  /** Takes a notebook out of the bin. */
  restoreNotebook: Notebook;
  /** Makes an earlier revision the current one (as a new revision: nothing is lost). */
  restoreNotebookRevision: Notebook;
  /** A notebook exported as a file (the JSON of Notebook.exportJson). */
  importNotebook: Notebook;
  /**
   * Signs an embed of a chart cell: the token covers the notebook, the cell, the parameters locked at
   * their values and the expiry. Readers may change only the parameters not locked.
   */
  publishEmbed: EmbedLink;
  /**
   * Sets a cell's value as read by a person, with the reason (and where it was read). The parsed value is
   * kept; analytics, rollups and exports use the corrected one from now on. A later correction of the same
   * cell supersedes this one. Needs an editor. value: a count as digits, money as decimal text (万元), or
   * null for “not filled in the report”.
   */
  correctCell: Correction;
  /** Undoes one correction: the cell returns to the correction it superseded, or to the parsed value. Needs an editor. */
  revertCorrection: Correction;
  /** Puts a correction flagged STALE after a re-parse back in force: a person looked again and it still holds. Needs an editor. */
  confirmCorrection: Correction;
  /**
   * Reviews one diagnostic: CONFIRMED (the report really prints it so), DISMISSED (a parser mistake) or
   * OPEN again. Needs an editor.
   */
  reviewDiagnostic: Diagnostic;
};


export type MutationCreateApiTokenArgs = {
  name: Scalars['String']['input'];
  role: Role;
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateUserArgs = {
  username: Scalars['String']['input'];
  role: Role;
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetUserRoleArgs = {
  id: Scalars['ID']['input'];
  role: Role;
};


export type MutationSetUserDisabledArgs = {
  id: Scalars['ID']['input'];
  disabled: Scalars['Boolean']['input'];
};


export type MutationResetUserPasswordArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportReportArgs = {
  fileName: Scalars['String']['input'];
  content: Scalars['String']['input'];
  encoding?: InputMaybe<ContentEncoding>;
  progressKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateNotebookArgs = {
  input: NotebookInput;
};


export type MutationUpdateNotebookArgs = {
  id: Scalars['ID']['input'];
  input: NotebookInput;
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationDuplicateNotebookArgs = {
  id: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteNotebookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreNotebookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreNotebookRevisionArgs = {
  id: Scalars['ID']['input'];
  revision: Scalars['Int']['input'];
};


export type MutationImportNotebookArgs = {
  file: Scalars['String']['input'];
};


export type MutationPublishEmbedArgs = {
  notebookId: Scalars['ID']['input'];
  cellId: Scalars['String']['input'];
  locked?: InputMaybe<Scalars['JSON']['input']>;
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCorrectCellArgs = {
  reportId: Scalars['ID']['input'];
  path: Scalars['String']['input'];
  value?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  source?: InputMaybe<CorrectionSourceInput>;
};


export type MutationRevertCorrectionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmCorrectionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReviewDiagnosticArgs = {
  id: Scalars['ID']['input'];
  status: DiagnosticReviewStatus;
  comment?: InputMaybe<Scalars['String']['input']>;
};

export type Status = {
  __typename?: 'Status';
  reports: Scalars['Int']['output'];
  agencies: Scalars['Int']['output'];
  syntheticReports: Scalars['Int']['output'];
  years: Array<Scalars['Int']['output']>;
  parserVersion: Scalars['String']['output'];
  /** When the last report was stored (ISO 8601): the date of the data, for source lines. */
  lastIngestedAt: Maybe<Scalars['String']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  hasNextPage: Scalars['Boolean']['output'];
  endCursor: Maybe<Scalars['String']['output']>;
};

/**
 * Whether synthetic (generated sample) reports are included. Analysts must never mistake them for
 * published figures: every result says how many synthetic reports it covers.
 */
export type SyntheticFilter =
  | 'INCLUDE'
  | 'EXCLUDE'
  | 'ONLY';

/** viewer reads; editor also writes notebooks and imports; admin also manages users. */
export type Role =
  | 'VIEWER'
  | 'EDITOR'
  | 'ADMIN';

export type EmbedMode =
  /** Any chart may be embedded by its URL. */
  | 'PUBLIC'
  /** Only embed URLs signed by an editor are shown. */
  | 'SIGNED';

export type Access = {
  __typename?: 'Access';
  /** The signed-in user (or a token's owner); null for anonymous requests and embeds. */
  user: Maybe<User>;
  /** How the request proved who it is: SESSION, TOKEN, OPERATOR, EMBED or ANONYMOUS. */
  via: Scalars['String']['output'];
  role: Maybe<Role>;
  /** Whether anyone may read without signing in (GONGKAI_PUBLIC). */
  publicReads: Scalars['Boolean']['output'];
  embeds: EmbedMode;
  canRead: Scalars['Boolean']['output'];
  canWrite: Scalars['Boolean']['output'];
  isAdmin: Scalars['Boolean']['output'];
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  username: Scalars['String']['output'];
  name: Scalars['String']['output'];
  email: Scalars['String']['output'];
  role: Role;
  disabled: Scalars['Boolean']['output'];
  createdAt: Scalars['String']['output'];
};

export type ApiToken = {
  __typename?: 'ApiToken';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: Role;
  /** The token's first characters, to tell tokens apart. */
  prefix: Scalars['String']['output'];
  createdAt: Scalars['String']['output'];
  lastUsedAt: Maybe<Scalars['String']['output']>;
  expiresAt: Maybe<Scalars['String']['output']>;
};

export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  /** Shown once: only its hash is stored. */
  token: Scalars['String']['output'];
  apiToken: ApiToken;
};

export type CreatedUser = {
  __typename?: 'CreatedUser';
  user: User;
  /** Shown once. */
  password: Scalars['String']['output'];
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  id: Scalars['ID']['output'];
  at: Scalars['String']['output'];
  actor: Scalars['String']['output'];
  role: Maybe<Scalars['String']['output']>;
  via: Scalars['String']['output'];
  action: Scalars['String']['output'];
  target: Maybe<Scalars['String']['output']>;
  /** JSON of the arguments that say what was written. */
  detail: Maybe<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
  error: Maybe<Scalars['String']['output']>;
  ip: Maybe<Scalars['String']['output']>;
};

export type AuditConnection = {
  __typename?: 'AuditConnection';
  totalCount: Scalars['Int']['output'];
  entries: Array<AuditEntry>;
  pageInfo: PageInfo;
};

export type AgencyConnection = {
  __typename?: 'AgencyConnection';
  totalCount: Scalars['Int']['output'];
  edges: Array<AgencyEdge>;
  pageInfo: PageInfo;
};

export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  cursor: Scalars['String']['output'];
  node: Agency;
};

export type Agency = {
  __typename?: 'Agency';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Every name the body was titled with. */
  names: Array<Scalars['String']['output']>;
  level: Maybe<AdminLevel>;
  region: Maybe<Region>;
  township: Maybe<Scalars['String']['output']>;
  /** How sure the region is (0–1); see regionCandidates when it is not. */
  regionConfidence: Scalars['Float']['output'];
  regionCandidates: Array<RegionCandidate>;
  synthetic: Scalars['Boolean']['output'];
  /** Latest version of each year's report. */
  reports: Array<Report>;
  years: Array<Scalars['Int']['output']>;
  /** Rules 6 and 7 across consecutive years. */
  crossYearChecks: Array<CrossYearCheck>;
  /**
   * Where the agency stands among agencies of its level in its province, for each headline rate, in a year
   * (default: its latest).
   */
  peerStanding: Array<PeerStanding>;
};


export type AgencyPeerStandingArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
  minBase?: InputMaybe<Scalars['Int']['input']>;
};

export type RegionCandidate = {
  __typename?: 'RegionCandidate';
  code: Scalars['String']['output'];
  path: Scalars['String']['output'];
  level: Scalars['String']['output'];
  confidence: Scalars['Float']['output'];
};

export type CrossYearCheck = {
  __typename?: 'CrossYearCheck';
  rule: Scalars['Int']['output'];
  /** E.g. applications.carriedOver.total vs applications.carriedForward.total of the year before. */
  path: Scalars['String']['output'];
  year: Scalars['Int']['output'];
  previousYear: Scalars['Int']['output'];
  expected: Maybe<Scalars['Float']['output']>;
  actual: Maybe<Scalars['Float']['output']>;
  ok: Scalars['Boolean']['output'];
  message: Scalars['String']['output'];
};

export type Comparison = {
  __typename?: 'Comparison';
  agency: Agency;
  a: Maybe<Report>;
  b: Maybe<Report>;
  differences: Array<CellDifference>;
};

export type CellDifference = {
  __typename?: 'CellDifference';
  path: Scalars['String']['output'];
  labelZh: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  a: Maybe<Scalars['Float']['output']>;
  b: Maybe<Scalars['Float']['output']>;
  change: Maybe<Scalars['Float']['output']>;
};

export type MeasureKind =
  | 'CELL'
  | 'GROUP'
  | 'RATE'
  | 'COUNT';

export type Measure = {
  __typename?: 'Measure';
  key: Scalars['String']['output'];
  labelZh: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  kind: MeasureKind;
  /** 万元 for money, % for rates, 件 for counts. */
  unit: Scalars['String']['output'];
};

export type DimensionKey =
  | 'YEAR'
  | 'REGION'
  | 'LEVEL'
  | 'AGENCY'
  | 'TEMPLATE'
  | 'APPLICANT_TYPE'
  | 'OUTCOME_GROUP';

export type Dimension = {
  __typename?: 'Dimension';
  key: DimensionKey;
  labelZh: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
};

export type AnalyticsQuery = {
  /**
   * Measure keys: any cell path (applications.newlyReceived.total), a group (outcome.denied,
   * applicants.organisations), a rate (rate.granted), or reports. With APPLICANT_TYPE, a row path
   * (applications.newlyReceived) is split by applicant column; with OUTCOME_GROUP, the measure outcome.*
   * is split by group.
   */
  measures: Array<Scalars['String']['input']>;
  groupBy?: InputMaybe<Array<DimensionKey>>;
  /** For REGION: the level to group at (default PROVINCE). */
  regionLevel?: InputMaybe<RegionLevel>;
  filter?: InputMaybe<ReportFilter>;
  sort?: InputMaybe<Array<AnalyticsSort>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  /** Sum the values the parser read, leaving people's corrections out (default: corrected values). */
  useParsed?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AnalyticsSort = {
  key: Scalars['String']['input'];
  desc?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AnalyticsColumn = {
  __typename?: 'AnalyticsColumn';
  key: Scalars['String']['output'];
  labelZh: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  unit: Maybe<Scalars['String']['output']>;
  values: Array<Maybe<Scalars['JSON']['output']>>;
};

export type AnalyticsResult = {
  __typename?: 'AnalyticsResult';
  columns: Array<AnalyticsColumn>;
  /** Reports behind each row. */
  reports: Array<Scalars['Int']['output']>;
  rowCount: Scalars['Int']['output'];
  /** Synthetic reports among those covered: non-zero means sample data is included. */
  syntheticReports: Scalars['Int']['output'];
  totalReports: Scalars['Int']['output'];
};

/** A scan being read by OCR: the pages read so far, of how many. */
export type ImportProgress = {
  __typename?: 'ImportProgress';
  page: Scalars['Int']['output'];
  pages: Scalars['Int']['output'];
};

export type ContentEncoding =
  | 'BASE64'
  | 'TEXT';

export type ImportStatus =
  | 'INGESTED'
  | 'UNCHANGED'
  | 'UPDATED'
  | 'FAILED';

export type ImportResult = {
  __typename?: 'ImportResult';
  status: ImportStatus;
  fileName: Scalars['String']['output'];
  reason: Maybe<Scalars['String']['output']>;
  report: Maybe<Report>;
  /** What the parser read, also when nothing was stored (a failed import still shows its diagnostics). */
  diagnostics: Array<Diagnostic>;
};

export type NarrativeSection =
  /** 一、总体情况 */
  | 'OVERVIEW'
  /** 五、存在的主要问题及改进情况 */
  | 'PROBLEMS'
  /** 六、其他需要报告的事项 */
  | 'OTHER_MATTERS';

export type SectionSimilarity = {
  __typename?: 'SectionSimilarity';
  section: NarrativeSection;
  /** Characters compared (whitespace and punctuation dropped). */
  chars: Scalars['Int']['output'];
  /** The most similar section of the same body's earlier reports, if any. */
  earlierYear: Maybe<SimilarSection>;
  /** The most similar section of another body's report of the same year, if any is at least 0.3 alike. */
  sameYear: Maybe<SimilarSection>;
};

export type SimilarSection = {
  __typename?: 'SimilarSection';
  report: Report;
  /**
   * Jaccard similarity of the two sections' five-character shingles, 0–1. Runs of digits count as one
   * character, so a text copied with new figures still scores 1.
   */
  score: Scalars['Float']['output'];
  /** score ≥ 0.9. */
  copied: Scalars['Boolean']['output'];
  passages: SharedPassages;
};

export type SharedPassages = {
  __typename?: 'SharedPassages';
  /** Share of this section's characters in passages (12 characters or more) that the other also has. */
  sharedShare: Scalars['Float']['output'];
  this: Array<TextSegment>;
  other: Array<TextSegment>;
};

export type TextSegment = {
  __typename?: 'TextSegment';
  text: Scalars['String']['output'];
  shared: Scalars['Boolean']['output'];
};

export type CopiedSections = {
  __typename?: 'CopiedSections';
  /** Pairs found (counted up to 10,000). */
  totalCount: Scalars['Int']['output'];
  pairs: Array<CopiedSection>;
  pageInfo: PageInfo;
};

export type CopiedSection = {
  __typename?: 'CopiedSection';
  /** The later report (by year, then by the order stored). */
  report: Report;
  /** The report it is alike to. */
  other: Report;
  section: NarrativeSection;
  score: Scalars['Float']['output'];
  sameAgency: Scalars['Boolean']['output'];
};

export type HierarchyStatus =
  /** Every compared cell equals the sum of the children's. */
  | 'ADDS_UP'
  /** At least one compared cell differs from the sum. */
  | 'MISMATCH'
  /** Some expected child report is missing: no sums compared. */
  | 'INCOMPLETE';

export type HierarchyCheck = {
  __typename?: 'HierarchyCheck';
  region: Region;
  year: Scalars['Int']['output'];
  /** The government's report for its whole area. */
  report: Report;
  status: HierarchyStatus;
  /** Bodies below expected to report: known bodies (a report in any year) and the gazetteer's divisions. */
  expected: Scalars['Int']['output'];
  children: Array<Report>;
  /** Expected children without a report this year, by name. */
  missing: Array<Scalars['String']['output']>;
  /** Cells compared (sections 三 and 四); cells some child left empty are not compared. */
  compared: Scalars['Int']['output'];
  mismatches: Scalars['Int']['output'];
  /** The cells that differ, largest difference first (at most 20). */
  cells: Array<HierarchyCell>;
};

export type HierarchyCell = {
  __typename?: 'HierarchyCell';
  path: Scalars['String']['output'];
  labelZh: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  reported: Scalars['Float']['output'];
  childrenSum: Scalars['Float']['output'];
  difference: Scalars['Float']['output'];
};

export type AnomalyFilter = {
  year: Scalars['Int']['input'];
  level?: InputMaybe<AdminLevel>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Smallest base (a rate's denominator, or the count itself) judged. Default 20. */
  minBase?: InputMaybe<Scalars['Int']['input']>;
  /** Smallest |robust z| flagged. Default 3.5 (Iglewicz and Hoaglin). */
  threshold?: InputMaybe<Scalars['Float']['input']>;
  /** Only values far from the body's history, or only far from its peers. */
  kind?: InputMaybe<AnomalyKind>;
};

export type AnomalyKind =
  /** Against the body's own other years (at least three). */
  | 'HISTORY'
  /** Against bodies of the same level, province and year (at least eight). */
  | 'PEERS';

export type Anomalies = {
  __typename?: 'Anomalies';
  year: Scalars['Int']['output'];
  /** Values judged (after minBase) and flagged. */
  judged: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
  entries: Array<Anomaly>;
  pageInfo: PageInfo;
};

export type Anomaly = {
  __typename?: 'Anomaly';
  agency: Agency;
  report: Report;
  measure: Measure;
  kind: AnomalyKind;
  value: Scalars['Float']['output'];
  /** The median it is compared with (the history's or the peers'). */
  median: Scalars['Float']['output'];
  /** Robust z-score: 0.6745 × (value − median) / MAD; for counts on log(1 + value). */
  z: Scalars['Float']['output'];
  /** How many values the median was taken over. */
  over: Scalars['Int']['output'];
  reasonZh: Scalars['String']['output'];
  reasonEn: Scalars['String']['output'];
};

export type EmbedGrant = {
  __typename?: 'EmbedGrant';
  notebookId: Scalars['ID']['output'];
  cellId: Scalars['String']['output'];
  /** Parameter name → value, fixed for the reader. */
  locked: Scalars['JSON']['output'];
  expiresAt: Maybe<Scalars['String']['output']>;
};

export type EmbedLink = {
  __typename?: 'EmbedLink';
  token: Scalars['String']['output'];
  /** The embed's path on the dashboard, with the token. */
  path: Scalars['String']['output'];
  expiresAt: Maybe<Scalars['String']['output']>;
};

export type NotebookInput = {
  title: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /**
   * The cells, in order: { version: 1, cells: [{ id, kind: markdown | query | chart | parameter, … }] }.
   * @gongkai/schema/notebook (src/notebook.ts) gives the shape of each kind.
   */
  document: Scalars['JSON']['input'];
};

export type Notebook = {
  __typename?: 'Notebook';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  document: Scalars['JSON']['output'];
  revision: Scalars['Int']['output'];
  /** Shipped with Gongkai (overview, agency deep-dive, data-quality review). */
  shipped: Scalars['Boolean']['output'];
  createdAt: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
  /** When it was moved to the bin (null when it is not there). */
  deletedAt: Maybe<Scalars['String']['output']>;
  /** The kept revisions, newest first. */
  revisions: Array<NotebookRevision>;
  /** The notebook as a file, for exportNotebook/importNotebook. */
  exportJson: Scalars['String']['output'];
};

export type NotebookRevision = {
  __typename?: 'NotebookRevision';
  revision: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  savedAt: Scalars['String']['output'];
  document: Scalars['JSON']['output'];
};

export type DataQuality = {
  __typename?: 'DataQuality';
  reports: Scalars['Int']['output'];
  reportsWithWarnings: Scalars['Int']['output'];
  reportsWithErrors: Scalars['Int']['output'];
  byCode: Array<CodeCount>;
  byRule: Array<RuleCount>;
  byYear: Array<YearCodeCount>;
  byRegion: Array<RegionCodeCount>;
};

export type CodeCount = {
  __typename?: 'CodeCount';
  code: Scalars['String']['output'];
  severity: Severity;
  labelZh: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  diagnostics: Scalars['Int']['output'];
  reports: Scalars['Int']['output'];
};

export type RuleCount = {
  __typename?: 'RuleCount';
  rule: Scalars['Int']['output'];
  labelZh: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  reports: Scalars['Int']['output'];
  /** Up to 50 reports that break the rule. */
  examples: Array<Report>;
};

export type YearCodeCount = {
  __typename?: 'YearCodeCount';
  year: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  reports: Scalars['Int']['output'];
};

export type RegionCodeCount = {
  __typename?: 'RegionCodeCount';
  region: Maybe<Region>;
  code: Scalars['String']['output'];
  reports: Scalars['Int']['output'];
};

export type RankOrder =
  /** Highest value first. */
  | 'DESC'
  /** Lowest value first. */
  | 'ASC';

export type Rankings = {
  __typename?: 'Rankings';
  measure: Measure;
  year: Scalars['Int']['output'];
  level: AdminLevel;
  regionCode: Maybe<Scalars['String']['output']>;
  minBase: Scalars['Int']['output'];
  /** Agencies with a value, and of those the ones ranked (their base at least minBase). */
  agencies: Scalars['Int']['output'];
  ranked: Scalars['Int']['output'];
  /** The ranked agencies' median and quartiles. */
  median: Maybe<Scalars['Float']['output']>;
  p25: Maybe<Scalars['Float']['output']>;
  p75: Maybe<Scalars['Float']['output']>;
  /** The ranked values in ten equal bins from the lowest to the highest, for a distribution chart. */
  histogram: Array<HistogramBin>;
  entries: Array<RankingEntry>;
  pageInfo: PageInfo;
};

export type HistogramBin = {
  __typename?: 'HistogramBin';
  from: Scalars['Float']['output'];
  to: Scalars['Float']['output'];
  agencies: Scalars['Int']['output'];
};

export type RankingEntry = {
  __typename?: 'RankingEntry';
  agency: Agency;
  report: Report;
  value: Maybe<Scalars['Float']['output']>;
  /** The rate's denominator; null for a count. */
  base: Maybe<Scalars['Float']['output']>;
  /** 1 for the first in the order asked; null when the sample is too small. */
  rank: Maybe<Scalars['Int']['output']>;
  /** Share of ranked peers below this value (0–100); null when not ranked. */
  percentile: Maybe<Scalars['Float']['output']>;
  smallSample: Scalars['Boolean']['output'];
};

export type PeerStanding = {
  __typename?: 'PeerStanding';
  measure: Measure;
  year: Scalars['Int']['output'];
  value: Maybe<Scalars['Float']['output']>;
  base: Maybe<Scalars['Float']['output']>;
  rank: Maybe<Scalars['Int']['output']>;
  /** Peers ranked (same level, same province, same year). */
  of: Scalars['Int']['output'];
  percentile: Maybe<Scalars['Float']['output']>;
  median: Maybe<Scalars['Float']['output']>;
  smallSample: Scalars['Boolean']['output'];
};

export type RegionLevel =
  | 'PROVINCE'
  | 'CITY'
  | 'COUNTY';

export type Region = {
  __typename?: 'Region';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  level: RegionLevel;
  parent: Maybe<Region>;
  children: Array<Region>;
  /** Agencies and latest reports placed in this division or below. */
  agencyCount: Scalars['Int']['output'];
  reportCount: Scalars['Int']['output'];
};

export type ReportOrder =
  | 'YEAR_DESC'
  | 'YEAR_ASC'
  | 'AGENCY_ASC'
  | 'INGESTED_DESC';

export type CellState =
  | 'PRINTED'
  | 'INFERRED'
  | 'REPAIRED'
  | 'MISSING'
  /** A person set the value (correctCell); parsedValue keeps what the parser read. */
  | 'CORRECTED';

export type Severity =
  | 'ERROR'
  | 'WARNING'
  | 'INFO';

export type AdminLevel =
  | 'PROVINCE'
  | 'CITY'
  | 'COUNTY'
  | 'TOWNSHIP'
  | 'DEPARTMENT';

export type ReportFilter = {
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  yearTo?: InputMaybe<Scalars['Int']['input']>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Division code at any level; matches by prefix (41 = 河南省, 4108 = 焦作市, 410823 = 武陟县). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<AdminLevel>;
  /** 2019 or 2021. */
  template?: InputMaybe<Scalars['String']['input']>;
  hasDiagnostics?: InputMaybe<Scalars['Boolean']['input']>;
  diagnosticCode?: InputMaybe<Scalars['String']['input']>;
  /** Full-text search in the narratives (sections 一, 五, 六). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only the latest version of each agency-year (default true). */
  latestOnly?: InputMaybe<Scalars['Boolean']['input']>;
  synthetic?: InputMaybe<SyntheticFilter>;
  /**
   * Analytics leave out reports whose tables are missing or cut short (REPORT_INCOMPLETE) unless this
   * is true; lists show them (flagged) either way.
   */
  includeIncomplete?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ReportConnection = {
  __typename?: 'ReportConnection';
  totalCount: Scalars['Int']['output'];
  syntheticCount: Scalars['Int']['output'];
  edges: Array<ReportEdge>;
  pageInfo: PageInfo;
};

export type ReportEdge = {
  __typename?: 'ReportEdge';
  cursor: Scalars['String']['output'];
  node: Report;
};

export type Report = {
  __typename?: 'Report';
  id: Scalars['ID']['output'];
  agency: Agency;
  /** The agency as titled in this report. */
  agencyTitle: Maybe<Scalars['String']['output']>;
  year: Maybe<Scalars['Int']['output']>;
  template: Maybe<Scalars['String']['output']>;
  publishedOn: Maybe<Scalars['String']['output']>;
  sourceName: Scalars['String']['output'];
  sourceFormat: Scalars['String']['output'];
  layout: Maybe<Scalars['String']['output']>;
  encoding: Maybe<Scalars['String']['output']>;
  contentHash: Scalars['String']['output'];
  parserVersion: Scalars['String']['output'];
  ingestedAt: Scalars['String']['output'];
  status: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  isLatest: Scalars['Boolean']['output'];
  synthetic: Scalars['Boolean']['output'];
  /**
   * False when a table is missing or cut short (REPORT_INCOMPLETE): such a report is kept, never made the
   * latest version over a complete one, and left out of analytics unless asked for.
   */
  complete: Scalars['Boolean']['output'];
  /** Diagnostics by severity, without loading them. */
  errorCount: Scalars['Int']['output'];
  warningCount: Scalars['Int']['output'];
  infoCount: Scalars['Int']['output'];
  active: ActiveTable;
  applications: ApplicationsTable;
  review: ReviewTable;
  /** Every stored cell with its state and provenance; optionally one section. */
  cells: Array<Cell>;
  cell: Maybe<Cell>;
  diagnostics: Array<Diagnostic>;
  narratives: Narratives;
  /** The text the provenance offsets point into (decoded text, HTML, or the layout text of a PDF). */
  sourceText: Maybe<Scalars['String']['output']>;
  /** The pages of a scanned report, as kept for checking numbers read by OCR (empty for any other report). */
  scanPages: Array<ScanPage>;
  /** One page of a scanned report, with its image. */
  scanPage: Maybe<ScanPage>;
  /** Every version of the same agency-year, this one included. */
  versions: Array<Report>;
  /** How far people have reviewed this report. */
  reviewStatus: ReviewStatus;
  /** Corrections and diagnostic reviews, newest first. */
  reviewHistory: Array<ReviewEvent>;
  /** Every correction of this report, in force or not, newest first. */
  corrections: Array<Correction>;
  /**
   * For each narrative section long enough to judge (120 characters or more, whitespace and punctuation left
   * out): the most similar section among the same body's earlier reports and among other bodies' reports of
   * the same year, with the passages they share.
   */
  similarity: Array<SectionSimilarity>;
};


export type ReportCellsArgs = {
  section?: InputMaybe<Scalars['String']['input']>;
};


export type ReportCellArgs = {
  path: Scalars['String']['input'];
};


export type ReportScanPageArgs = {
  page: Scalars['Int']['input'];
};

/** A table cell's place on a scanned page, in the pixels of the page image kept for it. */
export type ScanBox = {
  __typename?: 'ScanBox';
  /** The page, from 1. */
  page: Scalars['Int']['output'];
  x0: Scalars['Int']['output'];
  y0: Scalars['Int']['output'];
  x1: Scalars['Int']['output'];
  y1: Scalars['Int']['output'];
};

/** A page of a scanned report, in grey, at most 1,240 pixels wide. */
export type ScanPage = {
  __typename?: 'ScanPage';
  page: Scalars['Int']['output'];
  width: Scalars['Int']['output'];
  height: Scalars['Int']['output'];
  /** The page as a PNG data URL (data:image/png;base64,…); asked for one page at a time. */
  image: Scalars['String']['output'];
};

export type Cell = {
  __typename?: 'Cell';
  path: Scalars['String']['output'];
  section: Scalars['String']['output'];
  row: Scalars['String']['output'];
  column: Scalars['String']['output'];
  labelZh: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  /** Counts as numbers; money as a number for charts, see decimal for the exact value. */
  value: Maybe<Scalars['Float']['output']>;
  decimal: Maybe<Scalars['Decimal']['output']>;
  state: CellState;
  line: Maybe<Scalars['Int']['output']>;
  start: Maybe<Scalars['Int']['output']>;
  end: Maybe<Scalars['Int']['output']>;
  /** The raw text of the cell as printed. */
  raw: Maybe<Scalars['String']['output']>;
  /** A cell read by OCR from a scanned page: where it is on that page (see Report.scanPage). */
  scanBox: Maybe<ScanBox>;
  /** How sure the OCR engine was of this number (0–100); null when it was not read by OCR. */
  confidence: Maybe<Scalars['Int']['output']>;
  /** What the parser read, whatever a person corrected since. */
  parsedValue: Maybe<Scalars['Float']['output']>;
  parsedDecimal: Maybe<Scalars['Decimal']['output']>;
  parsedState: CellState;
  /** The cell's corrections, newest first (the one in force is ACTIVE). */
  corrections: Array<Correction>;
};

export type Diagnostic = {
  __typename?: 'Diagnostic';
  /** Null for the diagnostics of an import that stored nothing. */
  id: Maybe<Scalars['ID']['output']>;
  code: Scalars['String']['output'];
  severity: Severity;
  path: Maybe<Scalars['String']['output']>;
  rule: Maybe<Scalars['Int']['output']>;
  line: Maybe<Scalars['Int']['output']>;
  message: Scalars['String']['output'];
  candidates: Maybe<Array<Scalars['Float']['output']>>;
  reviewStatus: DiagnosticReviewStatus;
  /** The latest review, if any. */
  review: Maybe<DiagnosticReview>;
};

export type Narratives = {
  __typename?: 'Narratives';
  overview: Maybe<Scalars['String']['output']>;
  problems: Maybe<Scalars['String']['output']>;
  otherMatters: Maybe<Scalars['String']['output']>;
};

export type ActiveRow = {
  __typename?: 'ActiveRow';
  issued: Maybe<Scalars['Int']['output']>;
  repealed: Maybe<Scalars['Int']['output']>;
  inForce: Maybe<Scalars['Int']['output']>;
  newlyMade: Maybe<Scalars['Int']['output']>;
  newlyPublished: Maybe<Scalars['Int']['output']>;
  totalPublished: Maybe<Scalars['Int']['output']>;
  previousCount: Maybe<Scalars['Int']['output']>;
  change: Maybe<Scalars['Int']['output']>;
  decisions: Maybe<Scalars['Int']['output']>;
  amount: Maybe<Scalars['Decimal']['output']>;
  projects: Maybe<Scalars['Int']['output']>;
};

export type ActiveTable = {
  __typename?: 'ActiveTable';
  regulations: Maybe<ActiveRow>;
  normativeDocuments: Maybe<ActiveRow>;
  licensing: Maybe<ActiveRow>;
  otherServices: Maybe<ActiveRow>;
  penalties: Maybe<ActiveRow>;
  coercion: Maybe<ActiveRow>;
  fees: Maybe<ActiveRow>;
  procurement: Maybe<ActiveRow>;
};

export type ApplicantRow = {
  __typename?: 'ApplicantRow';
  naturalPerson: Maybe<Scalars['Int']['output']>;
  commercial: Maybe<Scalars['Int']['output']>;
  research: Maybe<Scalars['Int']['output']>;
  publicInterest: Maybe<Scalars['Int']['output']>;
  legalService: Maybe<Scalars['Int']['output']>;
  otherOrg: Maybe<Scalars['Int']['output']>;
  total: Maybe<Scalars['Int']['output']>;
};

export type ApplicationsTable = {
  __typename?: 'ApplicationsTable';
  newlyReceived: Maybe<ApplicantRow>;
  carriedOver: Maybe<ApplicantRow>;
  granted: Maybe<ApplicantRow>;
  partiallyGranted: Maybe<ApplicantRow>;
  deniedStateSecret: Maybe<ApplicantRow>;
  deniedLawProhibited: Maybe<ApplicantRow>;
  deniedSafetyStability: Maybe<ApplicantRow>;
  deniedThirdParty: Maybe<ApplicantRow>;
  deniedInternalAffairs: Maybe<ApplicantRow>;
  deniedProcessInfo: Maybe<ApplicantRow>;
  deniedEnforcementFile: Maybe<ApplicantRow>;
  deniedAdminQuery: Maybe<ApplicantRow>;
  unableNotHeld: Maybe<ApplicantRow>;
  unableNeedsCreation: Maybe<ApplicantRow>;
  unableUnclear: Maybe<ApplicantRow>;
  notProcessedPetition: Maybe<ApplicantRow>;
  notProcessedDuplicate: Maybe<ApplicantRow>;
  notProcessedPublication: Maybe<ApplicantRow>;
  notProcessedExcessive: Maybe<ApplicantRow>;
  notProcessedConfirmation: Maybe<ApplicantRow>;
  otherHandling: Maybe<ApplicantRow>;
  otherNoCorrection: Maybe<ApplicantRow>;
  otherUnpaidFee: Maybe<ApplicantRow>;
  otherMisc: Maybe<ApplicantRow>;
  totalProcessed: Maybe<ApplicantRow>;
  carriedForward: Maybe<ApplicantRow>;
};

export type ReviewGroup = {
  __typename?: 'ReviewGroup';
  upheld: Maybe<Scalars['Int']['output']>;
  corrected: Maybe<Scalars['Int']['output']>;
  other: Maybe<Scalars['Int']['output']>;
  pending: Maybe<Scalars['Int']['output']>;
  total: Maybe<Scalars['Int']['output']>;
};

export type ReviewTable = {
  __typename?: 'ReviewTable';
  reconsideration: Maybe<ReviewGroup>;
  litigationDirect: Maybe<ReviewGroup>;
  litigationAfterReconsideration: Maybe<ReviewGroup>;
};

/** Where a person read a corrected value: a page and line of the source, and a note. */
export type CorrectionSourceInput = {
  page?: InputMaybe<Scalars['Int']['input']>;
  line?: InputMaybe<Scalars['Int']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

export type CorrectionStatus =
  /** In force: the cell's value. */
  | 'ACTIVE'
  /** Replaced by a later correction of the same cell. */
  | 'SUPERSEDED'
  /** Undone by revertCorrection. */
  | 'REVERTED'
  /** A newer parser read a different source cell: not in force until a person confirms it. */
  | 'STALE';

export type CorrectionSource = {
  __typename?: 'CorrectionSource';
  page: Maybe<Scalars['Int']['output']>;
  line: Maybe<Scalars['Int']['output']>;
  note: Maybe<Scalars['String']['output']>;
};

export type Correction = {
  __typename?: 'Correction';
  id: Scalars['ID']['output'];
  reportId: Scalars['ID']['output'];
  path: Scalars['String']['output'];
  /** The corrected value (counts as numbers; money see decimal). */
  value: Maybe<Scalars['Float']['output']>;
  decimal: Maybe<Scalars['Decimal']['output']>;
  /** What the parser had read when the correction was made. */
  parsedValue: Maybe<Scalars['Float']['output']>;
  parsedDecimal: Maybe<Scalars['Decimal']['output']>;
  reason: Scalars['String']['output'];
  source: Maybe<CorrectionSource>;
  status: CorrectionStatus;
  /** Who made it: the user's name at the time. */
  by: Scalars['String']['output'];
  at: Scalars['String']['output'];
  revertedBy: Maybe<Scalars['String']['output']>;
  revertedAt: Maybe<Scalars['String']['output']>;
  /** Set when the correction was carried over to a newer parse: why it is STALE, or that the source matched. */
  carryNote: Maybe<Scalars['String']['output']>;
};

export type DiagnosticReviewStatus =
  | 'OPEN'
  | 'CONFIRMED'
  | 'DISMISSED';

export type DiagnosticReview = {
  __typename?: 'DiagnosticReview';
  status: DiagnosticReviewStatus;
  comment: Maybe<Scalars['String']['output']>;
  by: Scalars['String']['output'];
  at: Scalars['String']['output'];
};

export type ReviewState =
  /** Nobody has looked at it yet. */
  | 'UNREVIEWED'
  /** Some of it is reviewed; something is still open. */
  | 'IN_REVIEW'
  /** Every error and warning confirmed or dismissed, no correction stale. */
  | 'REVIEWED';

export type ReviewStatus = {
  __typename?: 'ReviewStatus';
  state: ReviewState;
  openErrors: Scalars['Int']['output'];
  openWarnings: Scalars['Int']['output'];
  confirmed: Scalars['Int']['output'];
  dismissed: Scalars['Int']['output'];
  /** Corrections in force. */
  corrections: Scalars['Int']['output'];
  staleCorrections: Scalars['Int']['output'];
  /** Empty cells of sections 三 and 四 without a correction. */
  emptyCells: Scalars['Int']['output'];
  lastReviewedBy: Maybe<Scalars['String']['output']>;
  lastReviewedAt: Maybe<Scalars['String']['output']>;
};

export type ReviewEventKind =
  | 'CORRECTION'
  | 'DIAGNOSTIC';

/** One step of a report's review: a correction (with its current status) or a diagnostic's review. */
export type ReviewEvent = {
  __typename?: 'ReviewEvent';
  kind: ReviewEventKind;
  /** The cell's path, or the diagnostic's code. */
  subject: Scalars['String']['output'];
  /** CorrectionStatus or DiagnosticReviewStatus, as text. */
  status: Scalars['String']['output'];
  /** The corrected value as text, for corrections. */
  value: Maybe<Scalars['String']['output']>;
  /** The reason of a correction, the comment of a review. */
  comment: Maybe<Scalars['String']['output']>;
  by: Scalars['String']['output'];
  at: Scalars['String']['output'];
};

export type ReviewQueueItem = {
  __typename?: 'ReviewQueueItem';
  report: Report;
  openErrors: Scalars['Int']['output'];
  staleCorrections: Scalars['Int']['output'];
  emptyCells: Scalars['Int']['output'];
  inferredLarge: Scalars['Int']['output'];
  openWarnings: Scalars['Int']['output'];
};

export type ReviewQueueEdge = {
  __typename?: 'ReviewQueueEdge';
  cursor: Scalars['String']['output'];
  node: ReviewQueueItem;
};

export type ReviewQueueConnection = {
  __typename?: 'ReviewQueueConnection';
  /** Reports waiting, counted up to 10,000 (a longer queue says totalCountCapped). */
  totalCount: Scalars['Int']['output'];
  totalCountCapped: Scalars['Boolean']['output'];
  edges: Array<ReviewQueueEdge>;
  pageInfo: PageInfo;
};
