// Generated from the SDL by npm run codegen. Do not edit.
/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ReportRow, CellRow, ScanPageRow, DiagnosticRow } from '../queries/reports.ts';
import type { AgencyRow } from '../queries/agencies.ts';
import type { RegionRow } from '../queries/regions.ts';
import type { AnalyticsOut } from '../queries/analytics.ts';
import type { QualityOut } from '../queries/quality.ts';
import type { RuleCountRow, RegionCodeCountRow, ComparisonRow, ImportResultRow, TableRow } from './mappers.ts';
import type { NotebookRow } from '../services/notebooks.ts';
import type { UserRow } from '../services/users.ts';
import type { TokenRow } from '../services/tokens.ts';
import type { AuditRow } from '../queries/audit.ts';
import type { CorrectionRow, ReviewStatusRow, ReviewEventRow, ReviewQueueRow } from '../queries/review.ts';
import type { RankingsOut, RankingEntryRow, PeerStandingRow } from '../queries/rankings.ts';
import type { SectionSimilarityRow, SimilarSectionRow, CopiedSectionRow } from '../queries/similarity.ts';
import type { HierarchyCheckRow } from '../queries/hierarchy.ts';
import type { AnomalyRow } from '../queries/anomalies.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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
  agency?: Maybe<Agency>;
  /** Two reports of one agency side by side, with the cells that differ. */
  compare?: Maybe<Comparison>;
  /** The measures and dimensions analytics understands, with labels. */
  measures: Array<Measure>;
  dimensions: Array<Dimension>;
  /**
   * A semantic-layer query: measures grouped by dimensions, filtered and sorted. The result is columnar
   * (one array per column) so a long series stays cheap; every row says how many reports it covers.
   */
  analytics: AnalyticsResult;
  /** How far the signed-in user's import named progressKey has got (a scan, read page by page); null before its first page. */
  importProgress?: Maybe<ImportProgress>;
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
  notebook?: Maybe<Notebook>;
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
  region?: Maybe<Region>;
  /** Reports, newest first by default. Page size is capped at 100. */
  reports: ReportConnection;
  report?: Maybe<Report>;
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
  _noop?: Maybe<Scalars['Boolean']['output']>;
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
  lastIngestedAt?: Maybe<Scalars['String']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  hasNextPage: Scalars['Boolean']['output'];
  endCursor?: Maybe<Scalars['String']['output']>;
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
  user?: Maybe<User>;
  /** How the request proved who it is: SESSION, TOKEN, OPERATOR, EMBED or ANONYMOUS. */
  via: Scalars['String']['output'];
  role?: Maybe<Role>;
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
  lastUsedAt?: Maybe<Scalars['String']['output']>;
  expiresAt?: Maybe<Scalars['String']['output']>;
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
  role?: Maybe<Scalars['String']['output']>;
  via: Scalars['String']['output'];
  action: Scalars['String']['output'];
  target?: Maybe<Scalars['String']['output']>;
  /** JSON of the arguments that say what was written. */
  detail?: Maybe<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
  error?: Maybe<Scalars['String']['output']>;
  ip?: Maybe<Scalars['String']['output']>;
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
  level?: Maybe<AdminLevel>;
  region?: Maybe<Region>;
  township?: Maybe<Scalars['String']['output']>;
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
  expected?: Maybe<Scalars['Float']['output']>;
  actual?: Maybe<Scalars['Float']['output']>;
  ok: Scalars['Boolean']['output'];
  message: Scalars['String']['output'];
};

export type Comparison = {
  __typename?: 'Comparison';
  agency: Agency;
  a?: Maybe<Report>;
  b?: Maybe<Report>;
  differences: Array<CellDifference>;
};

export type CellDifference = {
  __typename?: 'CellDifference';
  path: Scalars['String']['output'];
  labelZh: Scalars['String']['output'];
  labelEn: Scalars['String']['output'];
  a?: Maybe<Scalars['Float']['output']>;
  b?: Maybe<Scalars['Float']['output']>;
  change?: Maybe<Scalars['Float']['output']>;
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
  unit?: Maybe<Scalars['String']['output']>;
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
  reason?: Maybe<Scalars['String']['output']>;
  report?: Maybe<Report>;
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
  earlierYear?: Maybe<SimilarSection>;
  /** The most similar section of another body's report of the same year, if any is at least 0.3 alike. */
  sameYear?: Maybe<SimilarSection>;
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
  expiresAt?: Maybe<Scalars['String']['output']>;
};

export type EmbedLink = {
  __typename?: 'EmbedLink';
  token: Scalars['String']['output'];
  /** The embed's path on the dashboard, with the token. */
  path: Scalars['String']['output'];
  expiresAt?: Maybe<Scalars['String']['output']>;
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
  description?: Maybe<Scalars['String']['output']>;
  document: Scalars['JSON']['output'];
  revision: Scalars['Int']['output'];
  /** Shipped with Gongkai (overview, agency deep-dive, data-quality review). */
  shipped: Scalars['Boolean']['output'];
  createdAt: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
  /** When it was moved to the bin (null when it is not there). */
  deletedAt?: Maybe<Scalars['String']['output']>;
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
  region?: Maybe<Region>;
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
  regionCode?: Maybe<Scalars['String']['output']>;
  minBase: Scalars['Int']['output'];
  /** Agencies with a value, and of those the ones ranked (their base at least minBase). */
  agencies: Scalars['Int']['output'];
  ranked: Scalars['Int']['output'];
  /** The ranked agencies' median and quartiles. */
  median?: Maybe<Scalars['Float']['output']>;
  p25?: Maybe<Scalars['Float']['output']>;
  p75?: Maybe<Scalars['Float']['output']>;
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
  value?: Maybe<Scalars['Float']['output']>;
  /** The rate's denominator; null for a count. */
  base?: Maybe<Scalars['Float']['output']>;
  /** 1 for the first in the order asked; null when the sample is too small. */
  rank?: Maybe<Scalars['Int']['output']>;
  /** Share of ranked peers below this value (0–100); null when not ranked. */
  percentile?: Maybe<Scalars['Float']['output']>;
  smallSample: Scalars['Boolean']['output'];
};

export type PeerStanding = {
  __typename?: 'PeerStanding';
  measure: Measure;
  year: Scalars['Int']['output'];
  value?: Maybe<Scalars['Float']['output']>;
  base?: Maybe<Scalars['Float']['output']>;
  rank?: Maybe<Scalars['Int']['output']>;
  /** Peers ranked (same level, same province, same year). */
  of: Scalars['Int']['output'];
  percentile?: Maybe<Scalars['Float']['output']>;
  median?: Maybe<Scalars['Float']['output']>;
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
  parent?: Maybe<Region>;
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
  agencyTitle?: Maybe<Scalars['String']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
  template?: Maybe<Scalars['String']['output']>;
  publishedOn?: Maybe<Scalars['String']['output']>;
  sourceName: Scalars['String']['output'];
  sourceFormat: Scalars['String']['output'];
  layout?: Maybe<Scalars['String']['output']>;
  encoding?: Maybe<Scalars['String']['output']>;
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
  cell?: Maybe<Cell>;
  diagnostics: Array<Diagnostic>;
  narratives: Narratives;
  /** The text the provenance offsets point into (decoded text, HTML, or the layout text of a PDF). */
  sourceText?: Maybe<Scalars['String']['output']>;
  /** The pages of a scanned report, as kept for checking numbers read by OCR (empty for any other report). */
  scanPages: Array<ScanPage>;
  /** One page of a scanned report, with its image. */
  scanPage?: Maybe<ScanPage>;
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
  value?: Maybe<Scalars['Float']['output']>;
  decimal?: Maybe<Scalars['Decimal']['output']>;
  state: CellState;
  line?: Maybe<Scalars['Int']['output']>;
  start?: Maybe<Scalars['Int']['output']>;
  end?: Maybe<Scalars['Int']['output']>;
  /** The raw text of the cell as printed. */
  raw?: Maybe<Scalars['String']['output']>;
  /** A cell read by OCR from a scanned page: where it is on that page (see Report.scanPage). */
  scanBox?: Maybe<ScanBox>;
  /** How sure the OCR engine was of this number (0–100); null when it was not read by OCR. */
  confidence?: Maybe<Scalars['Int']['output']>;
  /** What the parser read, whatever a person corrected since. */
  parsedValue?: Maybe<Scalars['Float']['output']>;
  parsedDecimal?: Maybe<Scalars['Decimal']['output']>;
  parsedState: CellState;
  /** The cell's corrections, newest first (the one in force is ACTIVE). */
  corrections: Array<Correction>;
};

export type Diagnostic = {
  __typename?: 'Diagnostic';
  /** Null for the diagnostics of an import that stored nothing. */
  id?: Maybe<Scalars['ID']['output']>;
  code: Scalars['String']['output'];
  severity: Severity;
  path?: Maybe<Scalars['String']['output']>;
  rule?: Maybe<Scalars['Int']['output']>;
  line?: Maybe<Scalars['Int']['output']>;
  message: Scalars['String']['output'];
  candidates?: Maybe<Array<Scalars['Float']['output']>>;
  reviewStatus: DiagnosticReviewStatus;
  /** The latest review, if any. */
  review?: Maybe<DiagnosticReview>;
};

export type Narratives = {
  __typename?: 'Narratives';
  overview?: Maybe<Scalars['String']['output']>;
  problems?: Maybe<Scalars['String']['output']>;
  otherMatters?: Maybe<Scalars['String']['output']>;
};

export type ActiveRow = {
  __typename?: 'ActiveRow';
  issued?: Maybe<Scalars['Int']['output']>;
  repealed?: Maybe<Scalars['Int']['output']>;
  inForce?: Maybe<Scalars['Int']['output']>;
  newlyMade?: Maybe<Scalars['Int']['output']>;
  newlyPublished?: Maybe<Scalars['Int']['output']>;
  totalPublished?: Maybe<Scalars['Int']['output']>;
  previousCount?: Maybe<Scalars['Int']['output']>;
  change?: Maybe<Scalars['Int']['output']>;
  decisions?: Maybe<Scalars['Int']['output']>;
  amount?: Maybe<Scalars['Decimal']['output']>;
  projects?: Maybe<Scalars['Int']['output']>;
};

export type ActiveTable = {
  __typename?: 'ActiveTable';
  regulations?: Maybe<ActiveRow>;
  normativeDocuments?: Maybe<ActiveRow>;
  licensing?: Maybe<ActiveRow>;
  otherServices?: Maybe<ActiveRow>;
  penalties?: Maybe<ActiveRow>;
  coercion?: Maybe<ActiveRow>;
  fees?: Maybe<ActiveRow>;
  procurement?: Maybe<ActiveRow>;
};

export type ApplicantRow = {
  __typename?: 'ApplicantRow';
  naturalPerson?: Maybe<Scalars['Int']['output']>;
  commercial?: Maybe<Scalars['Int']['output']>;
  research?: Maybe<Scalars['Int']['output']>;
  publicInterest?: Maybe<Scalars['Int']['output']>;
  legalService?: Maybe<Scalars['Int']['output']>;
  otherOrg?: Maybe<Scalars['Int']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
};

export type ApplicationsTable = {
  __typename?: 'ApplicationsTable';
  newlyReceived?: Maybe<ApplicantRow>;
  carriedOver?: Maybe<ApplicantRow>;
  granted?: Maybe<ApplicantRow>;
  partiallyGranted?: Maybe<ApplicantRow>;
  deniedStateSecret?: Maybe<ApplicantRow>;
  deniedLawProhibited?: Maybe<ApplicantRow>;
  deniedSafetyStability?: Maybe<ApplicantRow>;
  deniedThirdParty?: Maybe<ApplicantRow>;
  deniedInternalAffairs?: Maybe<ApplicantRow>;
  deniedProcessInfo?: Maybe<ApplicantRow>;
  deniedEnforcementFile?: Maybe<ApplicantRow>;
  deniedAdminQuery?: Maybe<ApplicantRow>;
  unableNotHeld?: Maybe<ApplicantRow>;
  unableNeedsCreation?: Maybe<ApplicantRow>;
  unableUnclear?: Maybe<ApplicantRow>;
  notProcessedPetition?: Maybe<ApplicantRow>;
  notProcessedDuplicate?: Maybe<ApplicantRow>;
  notProcessedPublication?: Maybe<ApplicantRow>;
  notProcessedExcessive?: Maybe<ApplicantRow>;
  notProcessedConfirmation?: Maybe<ApplicantRow>;
  otherHandling?: Maybe<ApplicantRow>;
  otherNoCorrection?: Maybe<ApplicantRow>;
  otherUnpaidFee?: Maybe<ApplicantRow>;
  otherMisc?: Maybe<ApplicantRow>;
  totalProcessed?: Maybe<ApplicantRow>;
  carriedForward?: Maybe<ApplicantRow>;
};

export type ReviewGroup = {
  __typename?: 'ReviewGroup';
  upheld?: Maybe<Scalars['Int']['output']>;
  corrected?: Maybe<Scalars['Int']['output']>;
  other?: Maybe<Scalars['Int']['output']>;
  pending?: Maybe<Scalars['Int']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
};

export type ReviewTable = {
  __typename?: 'ReviewTable';
  reconsideration?: Maybe<ReviewGroup>;
  litigationDirect?: Maybe<ReviewGroup>;
  litigationAfterReconsideration?: Maybe<ReviewGroup>;
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
  page?: Maybe<Scalars['Int']['output']>;
  line?: Maybe<Scalars['Int']['output']>;
  note?: Maybe<Scalars['String']['output']>;
};

export type Correction = {
  __typename?: 'Correction';
  id: Scalars['ID']['output'];
  reportId: Scalars['ID']['output'];
  path: Scalars['String']['output'];
  /** The corrected value (counts as numbers; money see decimal). */
  value?: Maybe<Scalars['Float']['output']>;
  decimal?: Maybe<Scalars['Decimal']['output']>;
  /** What the parser had read when the correction was made. */
  parsedValue?: Maybe<Scalars['Float']['output']>;
  parsedDecimal?: Maybe<Scalars['Decimal']['output']>;
  reason: Scalars['String']['output'];
  source?: Maybe<CorrectionSource>;
  status: CorrectionStatus;
  /** Who made it: the user's name at the time. */
  by: Scalars['String']['output'];
  at: Scalars['String']['output'];
  revertedBy?: Maybe<Scalars['String']['output']>;
  revertedAt?: Maybe<Scalars['String']['output']>;
  /** Set when the correction was carried over to a newer parse: why it is STALE, or that the source matched. */
  carryNote?: Maybe<Scalars['String']['output']>;
};

export type DiagnosticReviewStatus =
  | 'OPEN'
  | 'CONFIRMED'
  | 'DISMISSED';

export type DiagnosticReview = {
  __typename?: 'DiagnosticReview';
  status: DiagnosticReviewStatus;
  comment?: Maybe<Scalars['String']['output']>;
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
  lastReviewedBy?: Maybe<Scalars['String']['output']>;
  lastReviewedAt?: Maybe<Scalars['String']['output']>;
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
  value?: Maybe<Scalars['String']['output']>;
  /** The reason of a correction, the comment of a review. */
  comment?: Maybe<Scalars['String']['output']>;
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



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Status: ResolverTypeWrapper<Status>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  SyntheticFilter: SyntheticFilter;
  Role: Role;
  EmbedMode: EmbedMode;
  Access: ResolverTypeWrapper<Omit<Access, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  User: ResolverTypeWrapper<UserRow>;
  ApiToken: ResolverTypeWrapper<TokenRow>;
  CreatedApiToken: ResolverTypeWrapper<Omit<CreatedApiToken, 'apiToken'> & { apiToken: ResolversTypes['ApiToken'] }>;
  CreatedUser: ResolverTypeWrapper<Omit<CreatedUser, 'user'> & { user: ResolversTypes['User'] }>;
  AuditEntry: ResolverTypeWrapper<AuditRow>;
  AuditConnection: ResolverTypeWrapper<Omit<AuditConnection, 'entries'> & { entries: Array<ResolversTypes['AuditEntry']> }>;
  AgencyConnection: ResolverTypeWrapper<Omit<AgencyConnection, 'edges'> & { edges: Array<ResolversTypes['AgencyEdge']> }>;
  AgencyEdge: ResolverTypeWrapper<Omit<AgencyEdge, 'node'> & { node: ResolversTypes['Agency'] }>;
  Agency: ResolverTypeWrapper<AgencyRow>;
  RegionCandidate: ResolverTypeWrapper<RegionCandidate>;
  CrossYearCheck: ResolverTypeWrapper<CrossYearCheck>;
  Comparison: ResolverTypeWrapper<ComparisonRow>;
  CellDifference: ResolverTypeWrapper<CellDifference>;
  MeasureKind: MeasureKind;
  Measure: ResolverTypeWrapper<Measure>;
  DimensionKey: DimensionKey;
  Dimension: ResolverTypeWrapper<Dimension>;
  AnalyticsQuery: AnalyticsQuery;
  AnalyticsSort: AnalyticsSort;
  AnalyticsColumn: ResolverTypeWrapper<AnalyticsColumn>;
  AnalyticsResult: ResolverTypeWrapper<AnalyticsOut>;
  ImportProgress: ResolverTypeWrapper<ImportProgress>;
  ContentEncoding: ContentEncoding;
  ImportStatus: ImportStatus;
  ImportResult: ResolverTypeWrapper<ImportResultRow>;
  NarrativeSection: NarrativeSection;
  SectionSimilarity: ResolverTypeWrapper<SectionSimilarityRow>;
  SimilarSection: ResolverTypeWrapper<SimilarSectionRow>;
  SharedPassages: ResolverTypeWrapper<SharedPassages>;
  TextSegment: ResolverTypeWrapper<TextSegment>;
  CopiedSections: ResolverTypeWrapper<Omit<CopiedSections, 'pairs'> & { pairs: Array<ResolversTypes['CopiedSection']> }>;
  CopiedSection: ResolverTypeWrapper<CopiedSectionRow>;
  HierarchyStatus: HierarchyStatus;
  HierarchyCheck: ResolverTypeWrapper<HierarchyCheckRow>;
  HierarchyCell: ResolverTypeWrapper<HierarchyCell>;
  AnomalyFilter: AnomalyFilter;
  AnomalyKind: AnomalyKind;
  Anomalies: ResolverTypeWrapper<Omit<Anomalies, 'entries'> & { entries: Array<ResolversTypes['Anomaly']> }>;
  Anomaly: ResolverTypeWrapper<AnomalyRow>;
  EmbedGrant: ResolverTypeWrapper<EmbedGrant>;
  EmbedLink: ResolverTypeWrapper<EmbedLink>;
  NotebookInput: NotebookInput;
  Notebook: ResolverTypeWrapper<NotebookRow>;
  NotebookRevision: ResolverTypeWrapper<NotebookRevision>;
  DataQuality: ResolverTypeWrapper<QualityOut>;
  CodeCount: ResolverTypeWrapper<CodeCount>;
  RuleCount: ResolverTypeWrapper<RuleCountRow>;
  YearCodeCount: ResolverTypeWrapper<YearCodeCount>;
  RegionCodeCount: ResolverTypeWrapper<RegionCodeCountRow>;
  RankOrder: RankOrder;
  Rankings: ResolverTypeWrapper<RankingsOut>;
  HistogramBin: ResolverTypeWrapper<HistogramBin>;
  RankingEntry: ResolverTypeWrapper<RankingEntryRow>;
  PeerStanding: ResolverTypeWrapper<PeerStandingRow>;
  RegionLevel: RegionLevel;
  Region: ResolverTypeWrapper<RegionRow>;
  ReportOrder: ReportOrder;
  CellState: CellState;
  Severity: Severity;
  AdminLevel: AdminLevel;
  ReportFilter: ReportFilter;
  ReportConnection: ResolverTypeWrapper<Omit<ReportConnection, 'edges'> & { edges: Array<ResolversTypes['ReportEdge']> }>;
  ReportEdge: ResolverTypeWrapper<Omit<ReportEdge, 'node'> & { node: ResolversTypes['Report'] }>;
  Report: ResolverTypeWrapper<ReportRow>;
  ScanBox: ResolverTypeWrapper<ScanBox>;
  ScanPage: ResolverTypeWrapper<ScanPageRow>;
  Cell: ResolverTypeWrapper<CellRow>;
  Diagnostic: ResolverTypeWrapper<DiagnosticRow>;
  Narratives: ResolverTypeWrapper<Narratives>;
  ActiveRow: ResolverTypeWrapper<ActiveRow>;
  ActiveTable: ResolverTypeWrapper<TableRow>;
  ApplicantRow: ResolverTypeWrapper<ApplicantRow>;
  ApplicationsTable: ResolverTypeWrapper<TableRow>;
  ReviewGroup: ResolverTypeWrapper<ReviewGroup>;
  ReviewTable: ResolverTypeWrapper<TableRow>;
  CorrectionSourceInput: CorrectionSourceInput;
  CorrectionStatus: CorrectionStatus;
  CorrectionSource: ResolverTypeWrapper<CorrectionSource>;
  Correction: ResolverTypeWrapper<CorrectionRow>;
  DiagnosticReviewStatus: DiagnosticReviewStatus;
  DiagnosticReview: ResolverTypeWrapper<DiagnosticReview>;
  ReviewState: ReviewState;
  ReviewStatus: ResolverTypeWrapper<ReviewStatusRow>;
  ReviewEventKind: ReviewEventKind;
  ReviewEvent: ResolverTypeWrapper<ReviewEventRow>;
  ReviewQueueItem: ResolverTypeWrapper<ReviewQueueRow>;
  ReviewQueueEdge: ResolverTypeWrapper<Omit<ReviewQueueEdge, 'node'> & { node: ResolversTypes['ReviewQueueItem'] }>;
  ReviewQueueConnection: ResolverTypeWrapper<Omit<ReviewQueueConnection, 'edges'> & { edges: Array<ResolversTypes['ReviewQueueEdge']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  JSON: Scalars['JSON']['output'];
  Decimal: Scalars['Decimal']['output'];
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  Boolean: Scalars['Boolean']['output'];
  Mutation: Record<PropertyKey, never>;
  Status: Status;
  PageInfo: PageInfo;
  Access: Omit<Access, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  User: UserRow;
  ApiToken: TokenRow;
  CreatedApiToken: Omit<CreatedApiToken, 'apiToken'> & { apiToken: ResolversParentTypes['ApiToken'] };
  CreatedUser: Omit<CreatedUser, 'user'> & { user: ResolversParentTypes['User'] };
  AuditEntry: AuditRow;
  AuditConnection: Omit<AuditConnection, 'entries'> & { entries: Array<ResolversParentTypes['AuditEntry']> };
  AgencyConnection: Omit<AgencyConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgencyEdge']> };
  AgencyEdge: Omit<AgencyEdge, 'node'> & { node: ResolversParentTypes['Agency'] };
  Agency: AgencyRow;
  RegionCandidate: RegionCandidate;
  CrossYearCheck: CrossYearCheck;
  Comparison: ComparisonRow;
  CellDifference: CellDifference;
  Measure: Measure;
  Dimension: Dimension;
  AnalyticsQuery: AnalyticsQuery;
  AnalyticsSort: AnalyticsSort;
  AnalyticsColumn: AnalyticsColumn;
  AnalyticsResult: AnalyticsOut;
  ImportProgress: ImportProgress;
  ImportResult: ImportResultRow;
  SectionSimilarity: SectionSimilarityRow;
  SimilarSection: SimilarSectionRow;
  SharedPassages: SharedPassages;
  TextSegment: TextSegment;
  CopiedSections: Omit<CopiedSections, 'pairs'> & { pairs: Array<ResolversParentTypes['CopiedSection']> };
  CopiedSection: CopiedSectionRow;
  HierarchyCheck: HierarchyCheckRow;
  HierarchyCell: HierarchyCell;
  AnomalyFilter: AnomalyFilter;
  Anomalies: Omit<Anomalies, 'entries'> & { entries: Array<ResolversParentTypes['Anomaly']> };
  Anomaly: AnomalyRow;
  EmbedGrant: EmbedGrant;
  EmbedLink: EmbedLink;
  NotebookInput: NotebookInput;
  Notebook: NotebookRow;
  NotebookRevision: NotebookRevision;
  DataQuality: QualityOut;
  CodeCount: CodeCount;
  RuleCount: RuleCountRow;
  YearCodeCount: YearCodeCount;
  RegionCodeCount: RegionCodeCountRow;
  Rankings: RankingsOut;
  HistogramBin: HistogramBin;
  RankingEntry: RankingEntryRow;
  PeerStanding: PeerStandingRow;
  Region: RegionRow;
  ReportFilter: ReportFilter;
  ReportConnection: Omit<ReportConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReportEdge']> };
  ReportEdge: Omit<ReportEdge, 'node'> & { node: ResolversParentTypes['Report'] };
  Report: ReportRow;
  ScanBox: ScanBox;
  ScanPage: ScanPageRow;
  Cell: CellRow;
  Diagnostic: DiagnosticRow;
  Narratives: Narratives;
  ActiveRow: ActiveRow;
  ActiveTable: TableRow;
  ApplicantRow: ApplicantRow;
  ApplicationsTable: TableRow;
  ReviewGroup: ReviewGroup;
  ReviewTable: TableRow;
  CorrectionSourceInput: CorrectionSourceInput;
  CorrectionSource: CorrectionSource;
  Correction: CorrectionRow;
  DiagnosticReview: DiagnosticReview;
  ReviewStatus: ReviewStatusRow;
  ReviewEvent: ReviewEventRow;
  ReviewQueueItem: ReviewQueueRow;
  ReviewQueueEdge: Omit<ReviewQueueEdge, 'node'> & { node: ResolversParentTypes['ReviewQueueItem'] };
  ReviewQueueConnection: Omit<ReviewQueueConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReviewQueueEdge']> };
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  access?: Resolver<ResolversTypes['Access'], ParentType, ContextType>;
  myTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  auditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  agencies?: Resolver<ResolversTypes['AgencyConnection'], ParentType, ContextType, RequireFields<QueryAgenciesArgs, 'synthetic' | 'first'>>;
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType, RequireFields<QueryAgencyArgs, 'id'>>;
  compare?: Resolver<Maybe<ResolversTypes['Comparison']>, ParentType, ContextType, RequireFields<QueryCompareArgs, 'agencyId' | 'yearA' | 'yearB'>>;
  measures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  dimensions?: Resolver<Array<ResolversTypes['Dimension']>, ParentType, ContextType>;
  analytics?: Resolver<ResolversTypes['AnalyticsResult'], ParentType, ContextType, RequireFields<QueryAnalyticsArgs, 'query'>>;
  importProgress?: Resolver<Maybe<ResolversTypes['ImportProgress']>, ParentType, ContextType, RequireFields<QueryImportProgressArgs, 'progressKey'>>;
  copiedSections?: Resolver<ResolversTypes['CopiedSections'], ParentType, ContextType, RequireFields<QueryCopiedSectionsArgs, 'minScore' | 'first'>>;
  hierarchyChecks?: Resolver<Array<ResolversTypes['HierarchyCheck']>, ParentType, ContextType, RequireFields<QueryHierarchyChecksArgs, 'year'>>;
  anomalies?: Resolver<ResolversTypes['Anomalies'], ParentType, ContextType, RequireFields<QueryAnomaliesArgs, 'filter' | 'first'>>;
  notebooks?: Resolver<Array<ResolversTypes['Notebook']>, ParentType, ContextType, Partial<QueryNotebooksArgs>>;
  notebook?: Resolver<Maybe<ResolversTypes['Notebook']>, ParentType, ContextType, RequireFields<QueryNotebookArgs, 'id'>>;
  notebookBin?: Resolver<Array<ResolversTypes['Notebook']>, ParentType, ContextType>;
  embed?: Resolver<ResolversTypes['EmbedGrant'], ParentType, ContextType, RequireFields<QueryEmbedArgs, 'token'>>;
  dataQuality?: Resolver<ResolversTypes['DataQuality'], ParentType, ContextType, Partial<QueryDataQualityArgs>>;
  rankings?: Resolver<ResolversTypes['Rankings'], ParentType, ContextType, RequireFields<QueryRankingsArgs, 'measure' | 'year' | 'level' | 'minBase' | 'order' | 'first'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryRegionsArgs>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  reports?: Resolver<ResolversTypes['ReportConnection'], ParentType, ContextType, RequireFields<QueryReportsArgs, 'first' | 'orderBy'>>;
  report?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<QueryReportArgs, 'id'>>;
  reviewQueue?: Resolver<ResolversTypes['ReviewQueueConnection'], ParentType, ContextType, RequireFields<QueryReviewQueueArgs, 'first'>>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createApiToken?: Resolver<ResolversTypes['CreatedApiToken'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'name' | 'role'>>;
  revokeApiToken?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  createUser?: Resolver<ResolversTypes['CreatedUser'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'username' | 'role'>>;
  setUserRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserRoleArgs, 'id' | 'role'>>;
  setUserDisabled?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetUserDisabledArgs, 'id' | 'disabled'>>;
  resetUserPassword?: Resolver<ResolversTypes['CreatedUser'], ParentType, ContextType, RequireFields<MutationResetUserPasswordArgs, 'id'>>;
  importReport?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportReportArgs, 'fileName' | 'content' | 'encoding'>>;
  createNotebook?: Resolver<ResolversTypes['Notebook'], ParentType, ContextType, RequireFields<MutationCreateNotebookArgs, 'input'>>;
  updateNotebook?: Resolver<ResolversTypes['Notebook'], ParentType, ContextType, RequireFields<MutationUpdateNotebookArgs, 'id' | 'input'>>;
  duplicateNotebook?: Resolver<ResolversTypes['Notebook'], ParentType, ContextType, RequireFields<MutationDuplicateNotebookArgs, 'id'>>;
  deleteNotebook?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteNotebookArgs, 'id'>>;
  restoreNotebook?: Resolver<ResolversTypes['Notebook'], ParentType, ContextType, RequireFields<MutationRestoreNotebookArgs, 'id'>>;
  restoreNotebookRevision?: Resolver<ResolversTypes['Notebook'], ParentType, ContextType, RequireFields<MutationRestoreNotebookRevisionArgs, 'id' | 'revision'>>;
  importNotebook?: Resolver<ResolversTypes['Notebook'], ParentType, ContextType, RequireFields<MutationImportNotebookArgs, 'file'>>;
  publishEmbed?: Resolver<ResolversTypes['EmbedLink'], ParentType, ContextType, RequireFields<MutationPublishEmbedArgs, 'notebookId' | 'cellId'>>;
  correctCell?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationCorrectCellArgs, 'reportId' | 'path' | 'reason'>>;
  revertCorrection?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationRevertCorrectionArgs, 'id'>>;
  confirmCorrection?: Resolver<ResolversTypes['Correction'], ParentType, ContextType, RequireFields<MutationConfirmCorrectionArgs, 'id'>>;
  reviewDiagnostic?: Resolver<ResolversTypes['Diagnostic'], ParentType, ContextType, RequireFields<MutationReviewDiagnosticArgs, 'id' | 'status'>>;
};

export type StatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Status'] = ResolversParentTypes['Status']> = {
  reports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agencies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  syntheticReports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  parserVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastIngestedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Access'] = ResolversParentTypes['Access']> = {
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  publicReads?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  embeds?: Resolver<ResolversTypes['EmbedMode'], ParentType, ContextType>;
  canRead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canWrite?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isAdmin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreatedApiTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatedApiToken'] = ResolversParentTypes['CreatedApiToken']> = {
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
};

export type CreatedUserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatedUser'] = ResolversParentTypes['CreatedUser']> = {
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  password?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = {
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AgencyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyConnection'] = ResolversParentTypes['AgencyConnection']> = {
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgencyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AgencyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyEdge'] = ResolversParentTypes['AgencyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
};

export type AgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['AdminLevel']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  township?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regionConfidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  regionCandidates?: Resolver<Array<ResolversTypes['RegionCandidate']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Report']>, ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  crossYearChecks?: Resolver<Array<ResolversTypes['CrossYearCheck']>, ParentType, ContextType>;
  peerStanding?: Resolver<Array<ResolversTypes['PeerStanding']>, ParentType, ContextType, RequireFields<AgencyPeerStandingArgs, 'minBase'>>;
};

export type RegionCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionCandidate'] = ResolversParentTypes['RegionCandidate']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CrossYearCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CrossYearCheck'] = ResolversParentTypes['CrossYearCheck']> = {
  rule?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  previousYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expected?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  actual?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Comparison'] = ResolversParentTypes['Comparison']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  a?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType>;
  b?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType>;
  differences?: Resolver<Array<ResolversTypes['CellDifference']>, ParentType, ContextType>;
};

export type CellDifferenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CellDifference'] = ResolversParentTypes['CellDifference']> = {
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  a?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  b?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Measure'] = ResolversParentTypes['Measure']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeasureKind'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DimensionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dimension'] = ResolversParentTypes['Dimension']> = {
  key?: Resolver<ResolversTypes['DimensionKey'], ParentType, ContextType>;
  labelZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AnalyticsColumnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnalyticsColumn'] = ResolversParentTypes['AnalyticsColumn']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  values?: Resolver<Array<Maybe<ResolversTypes['JSON']>>, ParentType, ContextType>;
};

export type AnalyticsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnalyticsResult'] = ResolversParentTypes['AnalyticsResult']> = {
  columns?: Resolver<Array<ResolversTypes['AnalyticsColumn']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  syntheticReports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalReports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportProgress'] = ResolversParentTypes['ImportProgress']> = {
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = {
  status?: Resolver<ResolversTypes['ImportStatus'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType>;
  diagnostics?: Resolver<Array<ResolversTypes['Diagnostic']>, ParentType, ContextType>;
};

export type SectionSimilarityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SectionSimilarity'] = ResolversParentTypes['SectionSimilarity']> = {
  section?: Resolver<ResolversTypes['NarrativeSection'], ParentType, ContextType>;
  chars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  earlierYear?: Resolver<Maybe<ResolversTypes['SimilarSection']>, ParentType, ContextType>;
  sameYear?: Resolver<Maybe<ResolversTypes['SimilarSection']>, ParentType, ContextType>;
};

export type SimilarSectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SimilarSection'] = ResolversParentTypes['SimilarSection']> = {
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  copied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  passages?: Resolver<ResolversTypes['SharedPassages'], ParentType, ContextType>;
};

export type SharedPassagesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SharedPassages'] = ResolversParentTypes['SharedPassages']> = {
  sharedShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  this?: Resolver<Array<ResolversTypes['TextSegment']>, ParentType, ContextType>;
  other?: Resolver<Array<ResolversTypes['TextSegment']>, ParentType, ContextType>;
};

export type TextSegmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TextSegment'] = ResolversParentTypes['TextSegment']> = {
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shared?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CopiedSectionsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CopiedSections'] = ResolversParentTypes['CopiedSections']> = {
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pairs?: Resolver<Array<ResolversTypes['CopiedSection']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CopiedSectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CopiedSection'] = ResolversParentTypes['CopiedSection']> = {
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
  other?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['NarrativeSection'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sameAgency?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type HierarchyCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HierarchyCheck'] = ResolversParentTypes['HierarchyCheck']> = {
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HierarchyStatus'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Report']>, ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  compared?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mismatches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['HierarchyCell']>, ParentType, ContextType>;
};

export type HierarchyCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HierarchyCell'] = ResolversParentTypes['HierarchyCell']> = {
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reported?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  childrenSum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  difference?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AnomaliesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Anomalies'] = ResolversParentTypes['Anomalies']> = {
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  judged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['Anomaly']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AnomalyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Anomaly'] = ResolversParentTypes['Anomaly']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AnomalyKind'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  median?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  z?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  over?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasonZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasonEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EmbedGrantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmbedGrant'] = ResolversParentTypes['EmbedGrant']> = {
  notebookId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cellId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locked?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EmbedLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmbedLink'] = ResolversParentTypes['EmbedLink']> = {
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NotebookResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notebook'] = ResolversParentTypes['Notebook']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shipped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['NotebookRevision']>, ParentType, ContextType>;
  exportJson?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NotebookRevisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotebookRevision'] = ResolversParentTypes['NotebookRevision']> = {
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  savedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type DataQualityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataQuality'] = ResolversParentTypes['DataQuality']> = {
  reports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportsWithWarnings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportsWithErrors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byCode?: Resolver<Array<ResolversTypes['CodeCount']>, ParentType, ContextType>;
  byRule?: Resolver<Array<ResolversTypes['RuleCount']>, ParentType, ContextType>;
  byYear?: Resolver<Array<ResolversTypes['YearCodeCount']>, ParentType, ContextType>;
  byRegion?: Resolver<Array<ResolversTypes['RegionCodeCount']>, ParentType, ContextType>;
};

export type CodeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CodeCount'] = ResolversParentTypes['CodeCount']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  labelZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  diagnostics?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RuleCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RuleCount'] = ResolversParentTypes['RuleCount']> = {
  rule?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  labelZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['Report']>, ParentType, ContextType>;
};

export type YearCodeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['YearCodeCount'] = ResolversParentTypes['YearCodeCount']> = {
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionCodeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionCodeCount'] = ResolversParentTypes['RegionCodeCount']> = {
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RankingsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Rankings'] = ResolversParentTypes['Rankings']> = {
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AdminLevel'], ParentType, ContextType>;
  regionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  minBase?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agencies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ranked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  median?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p25?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p75?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  histogram?: Resolver<Array<ResolversTypes['HistogramBin']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['RankingEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type HistogramBinResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HistogramBin'] = ResolversParentTypes['HistogramBin']> = {
  from?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  agencies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RankingEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RankingEntry'] = ResolversParentTypes['RankingEntry']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  base?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  percentile?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  smallSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PeerStandingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeerStanding'] = ResolversParentTypes['PeerStanding']> = {
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  base?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  of?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percentile?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  median?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  smallSample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  agencyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportConnection'] = ResolversParentTypes['ReportConnection']> = {
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  syntheticCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ReportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ReportEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportEdge'] = ResolversParentTypes['ReportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
};

export type ReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  agencyTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  template?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceFormat?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  layout?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  encoding?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parserVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ingestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  isLatest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warningCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  infoCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  active?: Resolver<ResolversTypes['ActiveTable'], ParentType, ContextType>;
  applications?: Resolver<ResolversTypes['ApplicationsTable'], ParentType, ContextType>;
  review?: Resolver<ResolversTypes['ReviewTable'], ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['Cell']>, ParentType, ContextType, Partial<ReportCellsArgs>>;
  cell?: Resolver<Maybe<ResolversTypes['Cell']>, ParentType, ContextType, RequireFields<ReportCellArgs, 'path'>>;
  diagnostics?: Resolver<Array<ResolversTypes['Diagnostic']>, ParentType, ContextType>;
  narratives?: Resolver<ResolversTypes['Narratives'], ParentType, ContextType>;
  sourceText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scanPages?: Resolver<Array<ResolversTypes['ScanPage']>, ParentType, ContextType>;
  scanPage?: Resolver<Maybe<ResolversTypes['ScanPage']>, ParentType, ContextType, RequireFields<ReportScanPageArgs, 'page'>>;
  versions?: Resolver<Array<ResolversTypes['Report']>, ParentType, ContextType>;
  reviewStatus?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
  reviewHistory?: Resolver<Array<ResolversTypes['ReviewEvent']>, ParentType, ContextType>;
  corrections?: Resolver<Array<ResolversTypes['Correction']>, ParentType, ContextType>;
  similarity?: Resolver<Array<ResolversTypes['SectionSimilarity']>, ParentType, ContextType>;
};

export type ScanBoxResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScanBox'] = ResolversParentTypes['ScanBox']> = {
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  x0?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  y0?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  x1?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  y1?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScanPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScanPage'] = ResolversParentTypes['ScanPage']> = {
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  image?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Cell'] = ResolversParentTypes['Cell']> = {
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  decimal?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['CellState'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  raw?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scanBox?: Resolver<Maybe<ResolversTypes['ScanBox']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  parsedValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  parsedDecimal?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  parsedState?: Resolver<ResolversTypes['CellState'], ParentType, ContextType>;
  corrections?: Resolver<Array<ResolversTypes['Correction']>, ParentType, ContextType>;
};

export type DiagnosticResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Diagnostic'] = ResolversParentTypes['Diagnostic']> = {
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  candidates?: Resolver<Maybe<Array<ResolversTypes['Float']>>, ParentType, ContextType>;
  reviewStatus?: Resolver<ResolversTypes['DiagnosticReviewStatus'], ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['DiagnosticReview']>, ParentType, ContextType>;
};

export type NarrativesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Narratives'] = ResolversParentTypes['Narratives']> = {
  overview?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  problems?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  otherMatters?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ActiveRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActiveRow'] = ResolversParentTypes['ActiveRow']> = {
  issued?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  repealed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  inForce?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  newlyMade?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  newlyPublished?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  totalPublished?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  previousCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  decisions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  projects?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ActiveTableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActiveTable'] = ResolversParentTypes['ActiveTable']> = {
  regulations?: Resolver<Maybe<ResolversTypes['ActiveRow']>, ParentType, ContextType>;
  normativeDocuments?: Resolver<Maybe<ResolversTypes['ActiveRow']>, ParentType, ContextType>;
  licensing?: Resolver<Maybe<ResolversTypes['ActiveRow']>, ParentType, ContextType>;
  otherServices?: Resolver<Maybe<ResolversTypes['ActiveRow']>, ParentType, ContextType>;
  penalties?: Resolver<Maybe<ResolversTypes['ActiveRow']>, ParentType, ContextType>;
  coercion?: Resolver<Maybe<ResolversTypes['ActiveRow']>, ParentType, ContextType>;
  fees?: Resolver<Maybe<ResolversTypes['ActiveRow']>, ParentType, ContextType>;
  procurement?: Resolver<Maybe<ResolversTypes['ActiveRow']>, ParentType, ContextType>;
};

export type ApplicantRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicantRow'] = ResolversParentTypes['ApplicantRow']> = {
  naturalPerson?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  commercial?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  research?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  publicInterest?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  legalService?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  otherOrg?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ApplicationsTableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApplicationsTable'] = ResolversParentTypes['ApplicationsTable']> = {
  newlyReceived?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  carriedOver?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  granted?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  partiallyGranted?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  deniedStateSecret?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  deniedLawProhibited?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  deniedSafetyStability?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  deniedThirdParty?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  deniedInternalAffairs?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  deniedProcessInfo?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  deniedEnforcementFile?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  deniedAdminQuery?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  unableNotHeld?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  unableNeedsCreation?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  unableUnclear?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  notProcessedPetition?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  notProcessedDuplicate?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  notProcessedPublication?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  notProcessedExcessive?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  notProcessedConfirmation?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  otherHandling?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  otherNoCorrection?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  otherUnpaidFee?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  otherMisc?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  totalProcessed?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
  carriedForward?: Resolver<Maybe<ResolversTypes['ApplicantRow']>, ParentType, ContextType>;
};

export type ReviewGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewGroup'] = ResolversParentTypes['ReviewGroup']> = {
  upheld?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  corrected?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  other?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pending?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ReviewTableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewTable'] = ResolversParentTypes['ReviewTable']> = {
  reconsideration?: Resolver<Maybe<ResolversTypes['ReviewGroup']>, ParentType, ContextType>;
  litigationDirect?: Resolver<Maybe<ResolversTypes['ReviewGroup']>, ParentType, ContextType>;
  litigationAfterReconsideration?: Resolver<Maybe<ResolversTypes['ReviewGroup']>, ParentType, ContextType>;
};

export type CorrectionSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionSource'] = ResolversParentTypes['CorrectionSource']> = {
  page?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CorrectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Correction'] = ResolversParentTypes['Correction']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reportId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  decimal?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  parsedValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  parsedDecimal?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['CorrectionSource']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CorrectionStatus'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revertedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revertedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  carryNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DiagnosticReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DiagnosticReview'] = ResolversParentTypes['DiagnosticReview']> = {
  status?: Resolver<ResolversTypes['DiagnosticReviewStatus'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReviewStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewStatus'] = ResolversParentTypes['ReviewStatus']> = {
  state?: Resolver<ResolversTypes['ReviewState'], ParentType, ContextType>;
  openErrors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openWarnings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dismissed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  corrections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staleCorrections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  emptyCells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastReviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastReviewedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReviewEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewEvent'] = ResolversParentTypes['ReviewEvent']> = {
  kind?: Resolver<ResolversTypes['ReviewEventKind'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReviewQueueItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewQueueItem'] = ResolversParentTypes['ReviewQueueItem']> = {
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
  openErrors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staleCorrections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  emptyCells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inferredLarge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openWarnings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReviewQueueEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewQueueEdge'] = ResolversParentTypes['ReviewQueueEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReviewQueueItem'], ParentType, ContextType>;
};

export type ReviewQueueConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewQueueConnection'] = ResolversParentTypes['ReviewQueueConnection']> = {
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ReviewQueueEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  JSON?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Status?: StatusResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Access?: AccessResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  CreatedApiToken?: CreatedApiTokenResolvers<ContextType>;
  CreatedUser?: CreatedUserResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AgencyConnection?: AgencyConnectionResolvers<ContextType>;
  AgencyEdge?: AgencyEdgeResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  RegionCandidate?: RegionCandidateResolvers<ContextType>;
  CrossYearCheck?: CrossYearCheckResolvers<ContextType>;
  Comparison?: ComparisonResolvers<ContextType>;
  CellDifference?: CellDifferenceResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  Dimension?: DimensionResolvers<ContextType>;
  AnalyticsColumn?: AnalyticsColumnResolvers<ContextType>;
  AnalyticsResult?: AnalyticsResultResolvers<ContextType>;
  ImportProgress?: ImportProgressResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  SectionSimilarity?: SectionSimilarityResolvers<ContextType>;
  SimilarSection?: SimilarSectionResolvers<ContextType>;
  SharedPassages?: SharedPassagesResolvers<ContextType>;
  TextSegment?: TextSegmentResolvers<ContextType>;
  CopiedSections?: CopiedSectionsResolvers<ContextType>;
  CopiedSection?: CopiedSectionResolvers<ContextType>;
  HierarchyCheck?: HierarchyCheckResolvers<ContextType>;
  HierarchyCell?: HierarchyCellResolvers<ContextType>;
  Anomalies?: AnomaliesResolvers<ContextType>;
  Anomaly?: AnomalyResolvers<ContextType>;
  EmbedGrant?: EmbedGrantResolvers<ContextType>;
  EmbedLink?: EmbedLinkResolvers<ContextType>;
  Notebook?: NotebookResolvers<ContextType>;
  NotebookRevision?: NotebookRevisionResolvers<ContextType>;
  DataQuality?: DataQualityResolvers<ContextType>;
  CodeCount?: CodeCountResolvers<ContextType>;
  RuleCount?: RuleCountResolvers<ContextType>;
  YearCodeCount?: YearCodeCountResolvers<ContextType>;
  RegionCodeCount?: RegionCodeCountResolvers<ContextType>;
  Rankings?: RankingsResolvers<ContextType>;
  HistogramBin?: HistogramBinResolvers<ContextType>;
  RankingEntry?: RankingEntryResolvers<ContextType>;
  PeerStanding?: PeerStandingResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  ReportConnection?: ReportConnectionResolvers<ContextType>;
  ReportEdge?: ReportEdgeResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ScanBox?: ScanBoxResolvers<ContextType>;
  ScanPage?: ScanPageResolvers<ContextType>;
  Cell?: CellResolvers<ContextType>;
  Diagnostic?: DiagnosticResolvers<ContextType>;
  Narratives?: NarrativesResolvers<ContextType>;
  ActiveRow?: ActiveRowResolvers<ContextType>;
  ActiveTable?: ActiveTableResolvers<ContextType>;
  ApplicantRow?: ApplicantRowResolvers<ContextType>;
  ApplicationsTable?: ApplicationsTableResolvers<ContextType>;
  ReviewGroup?: ReviewGroupResolvers<ContextType>;
  ReviewTable?: ReviewTableResolvers<ContextType>;
  CorrectionSource?: CorrectionSourceResolvers<ContextType>;
  Correction?: CorrectionResolvers<ContextType>;
  DiagnosticReview?: DiagnosticReviewResolvers<ContextType>;
  ReviewStatus?: ReviewStatusResolvers<ContextType>;
  ReviewEvent?: ReviewEventResolvers<ContextType>;
  ReviewQueueItem?: ReviewQueueItemResolvers<ContextType>;
  ReviewQueueEdge?: ReviewQueueEdgeResolvers<ContextType>;
  ReviewQueueConnection?: ReviewQueueConnectionResolvers<ContextType>;
};

