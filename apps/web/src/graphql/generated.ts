// Generated from the SDL and src/graphql/*.graphql by npm run codegen. Do not edit.
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@gongkai/schema/graphql';

export type AccessQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessQuery = { access: { via: string, role: Types.Role | null, publicReads: boolean, embeds: Types.EmbedMode, canRead: boolean, canWrite: boolean, isAdmin: boolean, user: { id: string, username: string, name: string, role: Types.Role } | null } };

export type MyTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTokensQuery = { myTokens: Array<{ id: string, name: string, role: Types.Role, prefix: string, createdAt: string, lastUsedAt: string | null, expiresAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
  role: Types.Role;
  expiresInDays?: number | null | undefined;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, apiToken: { id: string, name: string, role: Types.Role, prefix: string, createdAt: string, lastUsedAt: string | null, expiresAt: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: boolean };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, username: string, name: string, email: string, role: Types.Role, disabled: boolean, createdAt: string }> };

export type CreateUserMutationVariables = Exact<{
  username: string;
  role: Types.Role;
  email?: string | null | undefined;
}>;


export type CreateUserMutation = { createUser: { password: string, user: { id: string, username: string } } };

export type SetUserRoleMutationVariables = Exact<{
  id: string | number;
  role: Types.Role;
}>;


export type SetUserRoleMutation = { setUserRole: { id: string, role: Types.Role } };

export type SetUserDisabledMutationVariables = Exact<{
  id: string | number;
  disabled: boolean;
}>;


export type SetUserDisabledMutation = { setUserDisabled: { id: string, disabled: boolean } };

export type ResetUserPasswordMutationVariables = Exact<{
  id: string | number;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { password: string, user: { id: string, username: string } } };

export type AuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  actor?: string | null | undefined;
  action?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, entries: Array<{ id: string, at: string, actor: string, role: string | null, via: string, action: string, target: string | null, detail: string | null, ok: boolean, error: string | null, ip: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AgenciesQueryVariables = Exact<{
  search?: string | null | undefined;
  regionCode?: string | null | undefined;
  level?: Types.AdminLevel | null | undefined;
  synthetic?: Types.SyntheticFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AgenciesQuery = { agencies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, level: Types.AdminLevel | null, synthetic: boolean, years: Array<number>, region: { code: string, name: string } | null } }> } };

export type AgencyQueryVariables = Exact<{
  id: string | number;
}>;


export type AgencyQuery = { agency: { id: string, name: string, names: Array<string>, level: Types.AdminLevel | null, synthetic: boolean, township: string | null, regionConfidence: number, years: Array<number>, region: { code: string, name: string, parent: { code: string, name: string, parent: { code: string, name: string } | null } | null } | null, crossYearChecks: Array<{ rule: number, path: string, year: number, previousYear: number, expected: number | null, actual: number | null, ok: boolean, message: string }>, reports: Array<{ id: string, year: number | null, template: string | null, synthetic: boolean, version: number, publishedOn: string | null, sourceName: string, diagnostics: Array<{ severity: Types.Severity }> }> } | null };

export type ImportReportMutationVariables = Exact<{
  fileName: string;
  content: string;
  progressKey?: string | null | undefined;
}>;


export type ImportReportMutation = { importReport: { status: Types.ImportStatus, fileName: string, reason: string | null, report: { id: string, year: number | null, template: string | null, agency: { id: string, name: string } } | null, diagnostics: Array<{ code: string, severity: Types.Severity, path: string | null, rule: number | null, line: number | null, message: string }> } };

export type ImportProgressQueryVariables = Exact<{
  progressKey: string;
}>;


export type ImportProgressQuery = { importProgress: { page: number, pages: number } | null };

export type SimilarityQueryVariables = Exact<{
  id: string | number;
}>;


export type SimilarityQuery = { report: { id: string, year: number | null, agencyTitle: string | null, agency: { id: string, name: string }, similarity: Array<{ section: Types.NarrativeSection, chars: number, earlierYear: { score: number, copied: boolean, report: { id: string, year: number | null, agencyTitle: string | null, agency: { id: string, name: string } }, passages: { sharedShare: number, this: Array<{ text: string, shared: boolean }>, other: Array<{ text: string, shared: boolean }> } } | null, sameYear: { score: number, copied: boolean, report: { id: string, year: number | null, agencyTitle: string | null, agency: { id: string, name: string } }, passages: { sharedShare: number, this: Array<{ text: string, shared: boolean }>, other: Array<{ text: string, shared: boolean }> } } | null }> } | null };

export type CopiedSectionsQueryVariables = Exact<{
  year?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CopiedSectionsQuery = { copiedSections: { totalCount: number, pairs: Array<{ section: Types.NarrativeSection, score: number, sameAgency: boolean, report: { id: string, year: number | null, agency: { id: string, name: string, synthetic: boolean } }, other: { id: string, year: number | null, agency: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HierarchyChecksQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  year: number;
}>;


export type HierarchyChecksQuery = { hierarchyChecks: Array<{ year: number, status: Types.HierarchyStatus, expected: number, missing: Array<string>, compared: number, mismatches: number, region: { code: string, name: string }, report: { id: string, agency: { id: string, name: string, synthetic: boolean } }, children: Array<{ id: string, agency: { id: string, name: string } }>, cells: Array<{ path: string, labelZh: string, labelEn: string, reported: number, childrenSum: number, difference: number }> }> };

export type AnomaliesQueryVariables = Exact<{
  filter: Types.AnomalyFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AnomaliesQuery = { anomalies: { year: number, judged: number, totalCount: number, entries: Array<{ kind: Types.AnomalyKind, value: number, median: number, z: number, over: number, reasonZh: string, reasonEn: string, agency: { id: string, name: string, synthetic: boolean }, report: { id: string, year: number | null }, measure: { key: string, labelZh: string, labelEn: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type NotebooksQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type NotebooksQuery = { notebooks: Array<{ id: string, title: string, description: string | null, revision: number, shipped: boolean, updatedAt: string, document: unknown }> };

export type NotebookQueryVariables = Exact<{
  id: string | number;
}>;


export type NotebookQuery = { notebook: { id: string, title: string, description: string | null, document: unknown, revision: number, shipped: boolean, createdAt: string, updatedAt: string, revisions: Array<{ revision: number, title: string, savedAt: string }> } | null };

export type NotebookExportQueryVariables = Exact<{
  id: string | number;
}>;


export type NotebookExportQuery = { notebook: { id: string, title: string, exportJson: string } | null };

export type DataAsOfQueryVariables = Exact<{ [key: string]: never; }>;


export type DataAsOfQuery = { status: { years: Array<number>, lastIngestedAt: string | null } };

export type CreateNotebookMutationVariables = Exact<{
  input: Types.NotebookInput;
}>;


export type CreateNotebookMutation = { createNotebook: { id: string } };

export type UpdateNotebookMutationVariables = Exact<{
  id: string | number;
  input: Types.NotebookInput;
  expectedRevision?: number | null | undefined;
}>;


export type UpdateNotebookMutation = { updateNotebook: { id: string, revision: number, updatedAt: string, revisions: Array<{ revision: number, title: string, savedAt: string }> } };

export type DuplicateNotebookMutationVariables = Exact<{
  id: string | number;
  title?: string | null | undefined;
}>;


export type DuplicateNotebookMutation = { duplicateNotebook: { id: string } };

export type DeleteNotebookMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteNotebookMutation = { deleteNotebook: boolean };

export type RestoreNotebookRevisionMutationVariables = Exact<{
  id: string | number;
  revision: number;
}>;


export type RestoreNotebookRevisionMutation = { restoreNotebookRevision: { id: string, revision: number } };

export type ImportNotebookMutationVariables = Exact<{
  file: string;
}>;


export type ImportNotebookMutation = { importNotebook: { id: string } };

export type NotebookBinQueryVariables = Exact<{ [key: string]: never; }>;


export type NotebookBinQuery = { notebookBin: Array<{ id: string, title: string, deletedAt: string | null, updatedAt: string }> };

export type RestoreNotebookMutationVariables = Exact<{
  id: string | number;
}>;


export type RestoreNotebookMutation = { restoreNotebook: { id: string } };

export type EmbedQueryVariables = Exact<{
  token: string;
}>;


export type EmbedQuery = { embed: { notebookId: string, cellId: string, locked: unknown, expiresAt: string | null } };

export type PublishEmbedMutationVariables = Exact<{
  notebookId: string | number;
  cellId: string;
  locked?: unknown;
  expiresInDays?: number | null | undefined;
}>;


export type PublishEmbedMutation = { publishEmbed: { token: string, path: string, expiresAt: string | null } };

export type StatusQueryVariables = Exact<{ [key: string]: never; }>;


export type StatusQuery = { status: { reports: number, agencies: number, syntheticReports: number, years: Array<number> } };

export type RunAnalyticsQueryVariables = Exact<{
  query: Types.AnalyticsQuery;
}>;


export type RunAnalyticsQuery = { analytics: { reports: Array<number>, rowCount: number, syntheticReports: number, totalReports: number, columns: Array<{ key: string, labelZh: string, labelEn: string, kind: string, unit: string | null, values: Array<unknown> }> } };

export type FilterOptionsQueryVariables = Exact<{
  region: string;
  withRegion: boolean;
  agencyRegion?: string | null | undefined;
  level?: Types.AdminLevel | null | undefined;
  synthetic?: Types.SyntheticFilter | null | undefined;
}>;


export type FilterOptionsQuery = { status: { years: Array<number> }, provinces: Array<{ code: string, name: string, reportCount: number }>, region?: { code: string, name: string, level: Types.RegionLevel, children: Array<{ code: string, name: string, reportCount: number }>, parent: { code: string, name: string, level: Types.RegionLevel, children: Array<{ code: string, name: string, reportCount: number }>, parent: { code: string, name: string, level: Types.RegionLevel, children: Array<{ code: string, name: string, reportCount: number }> } | null } | null } | null, agencies: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type DataQualityQueryVariables = Exact<{
  filter?: Types.ReportFilter | null | undefined;
}>;


export type DataQualityQuery = { dataQuality: { reports: number, reportsWithWarnings: number, reportsWithErrors: number, byCode: Array<{ code: string, severity: Types.Severity, labelZh: string, labelEn: string, diagnostics: number, reports: number }>, byRule: Array<{ rule: number, labelZh: string, labelEn: string, reports: number, examples: Array<{ id: string, year: number | null, agency: { id: string, name: string } }> }>, byYear: Array<{ year: number, code: string, reports: number }>, byRegion: Array<{ code: string, reports: number, region: { code: string, name: string, level: Types.RegionLevel } | null }> } };

export type RankingsQueryVariables = Exact<{
  measure: string;
  year: number;
  level: Types.AdminLevel;
  regionCode?: string | null | undefined;
  minBase?: number | null | undefined;
  order?: Types.RankOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RankingsQuery = { rankings: { year: number, level: Types.AdminLevel, minBase: number, agencies: number, ranked: number, median: number | null, p25: number | null, p75: number | null, measure: { key: string, labelZh: string, labelEn: string, unit: string }, histogram: Array<{ from: number, to: number, agencies: number }>, entries: Array<{ value: number | null, base: number | null, rank: number | null, percentile: number | null, smallSample: boolean, agency: { id: string, name: string, synthetic: boolean }, report: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PeerStandingQueryVariables = Exact<{
  id: string | number;
}>;


export type PeerStandingQuery = { agency: { id: string, level: Types.AdminLevel | null, region: { code: string } | null, peerStanding: Array<{ year: number, value: number | null, base: number | null, rank: number | null, of: number, percentile: number | null, median: number | null, smallSample: boolean, measure: { key: string, labelZh: string, labelEn: string } }> } | null };

export type ReportsQueryVariables = Exact<{
  filter?: Types.ReportFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: Types.ReportOrder | null | undefined;
}>;


export type ReportsQuery = { reports: { totalCount: number, syntheticCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, year: number | null, template: string | null, publishedOn: string | null, synthetic: boolean, sourceName: string, agencyTitle: string | null, agency: { id: string, name: string, level: Types.AdminLevel | null, region: { code: string, name: string } | null }, diagnostics: Array<{ severity: Types.Severity }> } }> } };

export type ReportQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportQuery = { report: { id: string, year: number | null, template: string | null, publishedOn: string | null, agencyTitle: string | null, sourceName: string, sourceFormat: string, layout: string | null, encoding: string | null, contentHash: string, parserVersion: string, ingestedAt: string, status: string, version: number, isLatest: boolean, synthetic: boolean, sourceText: string | null, scanPages: Array<{ page: number, width: number, height: number }>, agency: { id: string, name: string, level: Types.AdminLevel | null, years: Array<number>, region: { code: string, name: string, parent: { code: string, name: string, parent: { code: string, name: string } | null } | null } | null }, cells: Array<{ path: string, section: string, row: string, column: string, labelZh: string, labelEn: string, value: number | null, decimal: string | null, state: Types.CellState, line: number | null, start: number | null, end: number | null, raw: string | null, confidence: number | null, parsedDecimal: string | null, parsedState: Types.CellState, scanBox: { page: number, x0: number, y0: number, x1: number, y1: number } | null, corrections: Array<{ id: string, status: Types.CorrectionStatus, decimal: string | null, by: string, at: string, reason: string }> }>, diagnostics: Array<{ id: string | null, code: string, severity: Types.Severity, path: string | null, rule: number | null, line: number | null, message: string, candidates: Array<number> | null, reviewStatus: Types.DiagnosticReviewStatus, review: { status: Types.DiagnosticReviewStatus, comment: string | null, by: string, at: string } | null }>, reviewStatus: { state: Types.ReviewState, openErrors: number, openWarnings: number, confirmed: number, dismissed: number, corrections: number, staleCorrections: number, emptyCells: number, lastReviewedBy: string | null, lastReviewedAt: string | null }, reviewHistory: Array<{ kind: Types.ReviewEventKind, subject: string, status: string, value: string | null, comment: string | null, by: string, at: string }>, narratives: { overview: string | null, problems: string | null, otherMatters: string | null }, versions: Array<{ id: string, version: number, isLatest: boolean, ingestedAt: string, sourceName: string }> } | null };

export type CompareQueryVariables = Exact<{
  agencyId: string | number;
  yearA: number;
  yearB: number;
}>;


export type CompareQuery = { compare: { agency: { id: string, name: string, years: Array<number> }, a: { id: string, year: number | null, template: string | null, synthetic: boolean } | null, b: { id: string, year: number | null, template: string | null, synthetic: boolean } | null, differences: Array<{ path: string, labelZh: string, labelEn: string, a: number | null, b: number | null, change: number | null }> } | null };

export type ScanPageImageQueryVariables = Exact<{
  id: string | number;
  page: number;
}>;


export type ScanPageImageQuery = { report: { id: string, scanPage: { page: number, image: string } | null } | null };

export type ReviewQueueQueryVariables = Exact<{
  filter?: Types.ReportFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReviewQueueQuery = { reviewQueue: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { openErrors: number, staleCorrections: number, emptyCells: number, inferredLarge: number, openWarnings: number, report: { id: string, year: number | null, synthetic: boolean, agencyTitle: string | null, agency: { id: string, name: string }, reviewStatus: { state: Types.ReviewState } } } }> } };

export type ReviewDeskQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewDeskQuery = { report: { id: string, year: number | null, template: string | null, agencyTitle: string | null, synthetic: boolean, sourceText: string | null, agency: { id: string, name: string }, cells: Array<{ path: string, section: string, row: string, column: string, labelZh: string, labelEn: string, value: number | null, decimal: string | null, state: Types.CellState, parsedState: Types.CellState, parsedValue: number | null, parsedDecimal: string | null, raw: string | null, line: number | null, start: number | null, end: number | null, corrections: Array<{ id: string, status: Types.CorrectionStatus, decimal: string | null, by: string, at: string, reason: string, carryNote: string | null }> }>, diagnostics: Array<{ id: string | null, code: string, severity: Types.Severity, path: string | null, rule: number | null, line: number | null, message: string, reviewStatus: Types.DiagnosticReviewStatus, review: { status: Types.DiagnosticReviewStatus, comment: string | null, by: string, at: string } | null }>, reviewStatus: { state: Types.ReviewState, openErrors: number, openWarnings: number, confirmed: number, dismissed: number, corrections: number, staleCorrections: number, emptyCells: number } } | null };

export type CorrectCellMutationVariables = Exact<{
  reportId: string | number;
  path: string;
  value?: string | null | undefined;
  reason: string;
}>;


export type CorrectCellMutation = { correctCell: { id: string, status: Types.CorrectionStatus, decimal: string | null, by: string, at: string } };

export type ReviewDiagnosticMutationVariables = Exact<{
  id: string | number;
  status: Types.DiagnosticReviewStatus;
  comment?: string | null | undefined;
}>;


export type ReviewDiagnosticMutation = { reviewDiagnostic: { id: string | null, reviewStatus: Types.DiagnosticReviewStatus } };

export type RevertCorrectionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevertCorrectionMutation = { revertCorrection: { id: string, status: Types.CorrectionStatus } };

/** An operation's text, branded with its result and variables types. */
export type TypedDocument<TResult, TVariables> = string & { readonly __result?: TResult; readonly __variables?: TVariables };

export const AccessDocument = "query Access {\n  access {\n    user {\n      id\n      username\n      name\n      role\n    }\n    via\n    role\n    publicReads\n    embeds\n    canRead\n    canWrite\n    isAdmin\n  }\n}" as TypedDocument<AccessQuery, AccessQueryVariables>;
export const MyTokensDocument = "query MyTokens {\n  myTokens {\n    id\n    name\n    role\n    prefix\n    createdAt\n    lastUsedAt\n    expiresAt\n  }\n}" as TypedDocument<MyTokensQuery, MyTokensQueryVariables>;
export const CreateApiTokenDocument = "mutation CreateApiToken($name: String!, $role: Role!, $expiresInDays: Int) {\n  createApiToken(name: $name, role: $role, expiresInDays: $expiresInDays) {\n    token\n    apiToken {\n      id\n      name\n      role\n      prefix\n      createdAt\n      lastUsedAt\n      expiresAt\n    }\n  }\n}" as TypedDocument<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = "mutation RevokeApiToken($id: ID!) {\n  revokeApiToken(id: $id)\n}" as TypedDocument<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const UsersDocument = "query Users {\n  users {\n    id\n    username\n    name\n    email\n    role\n    disabled\n    createdAt\n  }\n}" as TypedDocument<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = "mutation CreateUser($username: String!, $role: Role!, $email: String) {\n  createUser(username: $username, role: $role, email: $email) {\n    user {\n      id\n      username\n    }\n    password\n  }\n}" as TypedDocument<CreateUserMutation, CreateUserMutationVariables>;
export const SetUserRoleDocument = "mutation SetUserRole($id: ID!, $role: Role!) {\n  setUserRole(id: $id, role: $role) {\n    id\n    role\n  }\n}" as TypedDocument<SetUserRoleMutation, SetUserRoleMutationVariables>;
export const SetUserDisabledDocument = "mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n  setUserDisabled(id: $id, disabled: $disabled) {\n    id\n    disabled\n  }\n}" as TypedDocument<SetUserDisabledMutation, SetUserDisabledMutationVariables>;
export const ResetUserPasswordDocument = "mutation ResetUserPassword($id: ID!) {\n  resetUserPassword(id: $id) {\n    user {\n      id\n      username\n    }\n    password\n  }\n}" as TypedDocument<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const AuditLogDocument = "query AuditLog($first: Int, $after: String, $actor: String, $action: String) {\n  auditLog(first: $first, after: $after, actor: $actor, action: $action) {\n    totalCount\n    entries {\n      id\n      at\n      actor\n      role\n      via\n      action\n      target\n      detail\n      ok\n      error\n      ip\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}" as TypedDocument<AuditLogQuery, AuditLogQueryVariables>;
export const AgenciesDocument = "query Agencies($search: String, $regionCode: String, $level: AdminLevel, $synthetic: SyntheticFilter, $first: Int, $after: String) {\n  agencies(\n    search: $search\n    regionCode: $regionCode\n    level: $level\n    synthetic: $synthetic\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        level\n        synthetic\n        years\n        region {\n          code\n          name\n        }\n      }\n    }\n  }\n}" as TypedDocument<AgenciesQuery, AgenciesQueryVariables>;
export const AgencyDocument = "query Agency($id: ID!) {\n  agency(id: $id) {\n    id\n    name\n    names\n    level\n    synthetic\n    township\n    regionConfidence\n    region {\n      code\n      name\n      parent {\n        code\n        name\n        parent {\n          code\n          name\n        }\n      }\n    }\n    years\n    crossYearChecks {\n      rule\n      path\n      year\n      previousYear\n      expected\n      actual\n      ok\n      message\n    }\n    reports {\n      id\n      year\n      template\n      synthetic\n      version\n      publishedOn\n      sourceName\n      diagnostics {\n        severity\n      }\n    }\n  }\n}" as TypedDocument<AgencyQuery, AgencyQueryVariables>;
export const ImportReportDocument = "mutation ImportReport($fileName: String!, $content: String!, $progressKey: String) {\n  importReport(\n    fileName: $fileName\n    content: $content\n    encoding: BASE64\n    progressKey: $progressKey\n  ) {\n    status\n    fileName\n    reason\n    report {\n      id\n      year\n      template\n      agency {\n        id\n        name\n      }\n    }\n    diagnostics {\n      code\n      severity\n      path\n      rule\n      line\n      message\n    }\n  }\n}" as TypedDocument<ImportReportMutation, ImportReportMutationVariables>;
export const ImportProgressDocument = "query ImportProgress($progressKey: String!) {\n  importProgress(progressKey: $progressKey) {\n    page\n    pages\n  }\n}" as TypedDocument<ImportProgressQuery, ImportProgressQueryVariables>;
export const SimilarityDocument = "query Similarity($id: ID!) {\n  report(id: $id) {\n    id\n    year\n    agencyTitle\n    agency {\n      id\n      name\n    }\n    similarity {\n      section\n      chars\n      earlierYear {\n        score\n        copied\n        report {\n          id\n          year\n          agencyTitle\n          agency {\n            id\n            name\n          }\n        }\n        passages {\n          sharedShare\n          this {\n            text\n            shared\n          }\n          other {\n            text\n            shared\n          }\n        }\n      }\n      sameYear {\n        score\n        copied\n        report {\n          id\n          year\n          agencyTitle\n          agency {\n            id\n            name\n          }\n        }\n        passages {\n          sharedShare\n          this {\n            text\n            shared\n          }\n          other {\n            text\n            shared\n          }\n        }\n      }\n    }\n  }\n}" as TypedDocument<SimilarityQuery, SimilarityQueryVariables>;
export const CopiedSectionsDocument = "query CopiedSections($year: Int, $first: Int, $after: String) {\n  copiedSections(year: $year, first: $first, after: $after) {\n    totalCount\n    pairs {\n      section\n      score\n      sameAgency\n      report {\n        id\n        year\n        agency {\n          id\n          name\n          synthetic\n        }\n      }\n      other {\n        id\n        year\n        agency {\n          id\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}" as TypedDocument<CopiedSectionsQuery, CopiedSectionsQueryVariables>;
export const HierarchyChecksDocument = "query HierarchyChecks($regionCode: String, $year: Int!) {\n  hierarchyChecks(regionCode: $regionCode, year: $year) {\n    region {\n      code\n      name\n    }\n    year\n    status\n    expected\n    missing\n    compared\n    mismatches\n    report {\n      id\n      agency {\n        id\n        name\n        synthetic\n      }\n    }\n    children {\n      id\n      agency {\n        id\n        name\n      }\n    }\n    cells {\n      path\n      labelZh\n      labelEn\n      reported\n      childrenSum\n      difference\n    }\n  }\n}" as TypedDocument<HierarchyChecksQuery, HierarchyChecksQueryVariables>;
export const AnomaliesDocument = "query Anomalies($filter: AnomalyFilter!, $first: Int, $after: String) {\n  anomalies(filter: $filter, first: $first, after: $after) {\n    year\n    judged\n    totalCount\n    entries {\n      agency {\n        id\n        name\n        synthetic\n      }\n      report {\n        id\n        year\n      }\n      measure {\n        key\n        labelZh\n        labelEn\n      }\n      kind\n      value\n      median\n      z\n      over\n      reasonZh\n      reasonEn\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}" as TypedDocument<AnomaliesQuery, AnomaliesQueryVariables>;
export const NotebooksDocument = "query Notebooks($search: String) {\n  notebooks(search: $search) {\n    id\n    title\n    description\n    revision\n    shipped\n    updatedAt\n    document\n  }\n}" as TypedDocument<NotebooksQuery, NotebooksQueryVariables>;
export const NotebookDocument = "query Notebook($id: ID!) {\n  notebook(id: $id) {\n    id\n    title\n    description\n    document\n    revision\n    shipped\n    createdAt\n    updatedAt\n    revisions {\n      revision\n      title\n      savedAt\n    }\n  }\n}" as TypedDocument<NotebookQuery, NotebookQueryVariables>;
export const NotebookExportDocument = "query NotebookExport($id: ID!) {\n  notebook(id: $id) {\n    id\n    title\n    exportJson\n  }\n}" as TypedDocument<NotebookExportQuery, NotebookExportQueryVariables>;
export const DataAsOfDocument = "query DataAsOf {\n  status {\n    years\n    lastIngestedAt\n  }\n}" as TypedDocument<DataAsOfQuery, DataAsOfQueryVariables>;
export const CreateNotebookDocument = "mutation CreateNotebook($input: NotebookInput!) {\n  createNotebook(input: $input) {\n    id\n  }\n}" as TypedDocument<CreateNotebookMutation, CreateNotebookMutationVariables>;
export const UpdateNotebookDocument = "mutation UpdateNotebook($id: ID!, $input: NotebookInput!, $expectedRevision: Int) {\n  updateNotebook(id: $id, input: $input, expectedRevision: $expectedRevision) {\n    id\n    revision\n    updatedAt\n    revisions {\n      revision\n      title\n      savedAt\n    }\n  }\n}" as TypedDocument<UpdateNotebookMutation, UpdateNotebookMutationVariables>;
export const DuplicateNotebookDocument = "mutation DuplicateNotebook($id: ID!, $title: String) {\n  duplicateNotebook(id: $id, title: $title) {\n    id\n  }\n}" as TypedDocument<DuplicateNotebookMutation, DuplicateNotebookMutationVariables>;
export const DeleteNotebookDocument = "mutation DeleteNotebook($id: ID!) {\n  deleteNotebook(id: $id)\n}" as TypedDocument<DeleteNotebookMutation, DeleteNotebookMutationVariables>;
export const RestoreNotebookRevisionDocument = "mutation RestoreNotebookRevision($id: ID!, $revision: Int!) {\n  restoreNotebookRevision(id: $id, revision: $revision) {\n    id\n    revision\n  }\n}" as TypedDocument<RestoreNotebookRevisionMutation, RestoreNotebookRevisionMutationVariables>;
export const ImportNotebookDocument = "mutation ImportNotebook($file: String!) {\n  importNotebook(file: $file) {\n    id\n  }\n}" as TypedDocument<ImportNotebookMutation, ImportNotebookMutationVariables>;
export const NotebookBinDocument = "query NotebookBin {\n  notebookBin {\n    id\n    title\n    deletedAt\n    updatedAt\n  }\n}" as TypedDocument<NotebookBinQuery, NotebookBinQueryVariables>;
export const RestoreNotebookDocument = "mutation RestoreNotebook($id: ID!) {\n  restoreNotebook(id: $id) {\n    id\n  }\n}" as TypedDocument<RestoreNotebookMutation, RestoreNotebookMutationVariables>;
export const EmbedDocument = "query Embed($token: String!) {\n  embed(token: $token) {\n    notebookId\n    cellId\n    locked\n    expiresAt\n  }\n}" as TypedDocument<EmbedQuery, EmbedQueryVariables>;
export const PublishEmbedDocument = "mutation PublishEmbed($notebookId: ID!, $cellId: String!, $locked: JSON, $expiresInDays: Int) {\n  publishEmbed(\n    notebookId: $notebookId\n    cellId: $cellId\n    locked: $locked\n    expiresInDays: $expiresInDays\n  ) {\n    token\n    path\n    expiresAt\n  }\n}" as TypedDocument<PublishEmbedMutation, PublishEmbedMutationVariables>;
export const StatusDocument = "query Status {\n  status {\n    reports\n    agencies\n    syntheticReports\n    years\n  }\n}" as TypedDocument<StatusQuery, StatusQueryVariables>;
export const RunAnalyticsDocument = "query RunAnalytics($query: AnalyticsQuery!) {\n  analytics(query: $query) {\n    columns {\n      key\n      labelZh\n      labelEn\n      kind\n      unit\n      values\n    }\n    reports\n    rowCount\n    syntheticReports\n    totalReports\n  }\n}" as TypedDocument<RunAnalyticsQuery, RunAnalyticsQueryVariables>;
export const FilterOptionsDocument = "query FilterOptions($region: String!, $withRegion: Boolean!, $agencyRegion: String, $level: AdminLevel, $synthetic: SyntheticFilter) {\n  status {\n    years\n  }\n  provinces: regions {\n    code\n    name\n    reportCount\n  }\n  region(code: $region) @include(if: $withRegion) {\n    code\n    name\n    level\n    children {\n      code\n      name\n      reportCount\n    }\n    parent {\n      code\n      name\n      level\n      children {\n        code\n        name\n        reportCount\n      }\n      parent {\n        code\n        name\n        level\n        children {\n          code\n          name\n          reportCount\n        }\n      }\n    }\n  }\n  agencies(\n    regionCode: $agencyRegion\n    level: $level\n    synthetic: $synthetic\n    first: 100\n  ) {\n    totalCount\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n}" as TypedDocument<FilterOptionsQuery, FilterOptionsQueryVariables>;
export const DataQualityDocument = "query DataQuality($filter: ReportFilter) {\n  dataQuality(filter: $filter) {\n    reports\n    reportsWithWarnings\n    reportsWithErrors\n    byCode {\n      code\n      severity\n      labelZh\n      labelEn\n      diagnostics\n      reports\n    }\n    byRule {\n      rule\n      labelZh\n      labelEn\n      reports\n      examples {\n        id\n        year\n        agency {\n          id\n          name\n        }\n      }\n    }\n    byYear {\n      year\n      code\n      reports\n    }\n    byRegion {\n      region {\n        code\n        name\n        level\n      }\n      code\n      reports\n    }\n  }\n}" as TypedDocument<DataQualityQuery, DataQualityQueryVariables>;
export const RankingsDocument = "query Rankings($measure: String!, $year: Int!, $level: AdminLevel!, $regionCode: String, $minBase: Int, $order: RankOrder, $first: Int, $after: String) {\n  rankings(\n    measure: $measure\n    year: $year\n    level: $level\n    regionCode: $regionCode\n    minBase: $minBase\n    order: $order\n    first: $first\n    after: $after\n  ) {\n    measure {\n      key\n      labelZh\n      labelEn\n      unit\n    }\n    year\n    level\n    minBase\n    agencies\n    ranked\n    median\n    p25\n    p75\n    histogram {\n      from\n      to\n      agencies\n    }\n    entries {\n      agency {\n        id\n        name\n        synthetic\n      }\n      report {\n        id\n      }\n      value\n      base\n      rank\n      percentile\n      smallSample\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}" as TypedDocument<RankingsQuery, RankingsQueryVariables>;
export const PeerStandingDocument = "query PeerStanding($id: ID!) {\n  agency(id: $id) {\n    id\n    level\n    region {\n      code\n    }\n    peerStanding {\n      measure {\n        key\n        labelZh\n        labelEn\n      }\n      year\n      value\n      base\n      rank\n      of\n      percentile\n      median\n      smallSample\n    }\n  }\n}" as TypedDocument<PeerStandingQuery, PeerStandingQueryVariables>;
export const ReportsDocument = "query Reports($filter: ReportFilter, $first: Int, $after: String, $orderBy: ReportOrder) {\n  reports(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n    totalCount\n    syntheticCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        year\n        template\n        publishedOn\n        synthetic\n        sourceName\n        agencyTitle\n        agency {\n          id\n          name\n          level\n          region {\n            code\n            name\n          }\n        }\n        diagnostics {\n          severity\n        }\n      }\n    }\n  }\n}" as TypedDocument<ReportsQuery, ReportsQueryVariables>;
export const ReportDocument = "query Report($id: ID!) {\n  report(id: $id) {\n    id\n    year\n    template\n    publishedOn\n    agencyTitle\n    sourceName\n    sourceFormat\n    layout\n    encoding\n    scanPages {\n      page\n      width\n      height\n    }\n    contentHash\n    parserVersion\n    ingestedAt\n    status\n    version\n    isLatest\n    synthetic\n    agency {\n      id\n      name\n      level\n      years\n      region {\n        code\n        name\n        parent {\n          code\n          name\n          parent {\n            code\n            name\n          }\n        }\n      }\n    }\n    cells {\n      path\n      section\n      row\n      column\n      labelZh\n      labelEn\n      value\n      decimal\n      state\n      line\n      start\n      end\n      raw\n      scanBox {\n        page\n        x0\n        y0\n        x1\n        y1\n      }\n      confidence\n      parsedDecimal\n      parsedState\n      corrections {\n        id\n        status\n        decimal\n        by\n        at\n        reason\n      }\n    }\n    diagnostics {\n      id\n      code\n      severity\n      path\n      rule\n      line\n      message\n      candidates\n      reviewStatus\n      review {\n        status\n        comment\n        by\n        at\n      }\n    }\n    reviewStatus {\n      state\n      openErrors\n      openWarnings\n      confirmed\n      dismissed\n      corrections\n      staleCorrections\n      emptyCells\n      lastReviewedBy\n      lastReviewedAt\n    }\n    reviewHistory {\n      kind\n      subject\n      status\n      value\n      comment\n      by\n      at\n    }\n    narratives {\n      overview\n      problems\n      otherMatters\n    }\n    sourceText\n    versions {\n      id\n      version\n      isLatest\n      ingestedAt\n      sourceName\n    }\n  }\n}" as TypedDocument<ReportQuery, ReportQueryVariables>;
export const CompareDocument = "query Compare($agencyId: ID!, $yearA: Int!, $yearB: Int!) {\n  compare(agencyId: $agencyId, yearA: $yearA, yearB: $yearB) {\n    agency {\n      id\n      name\n      years\n    }\n    a {\n      id\n      year\n      template\n      synthetic\n    }\n    b {\n      id\n      year\n      template\n      synthetic\n    }\n    differences {\n      path\n      labelZh\n      labelEn\n      a\n      b\n      change\n    }\n  }\n}" as TypedDocument<CompareQuery, CompareQueryVariables>;
export const ScanPageImageDocument = "query ScanPageImage($id: ID!, $page: Int!) {\n  report(id: $id) {\n    id\n    scanPage(page: $page) {\n      page\n      image\n    }\n  }\n}" as TypedDocument<ScanPageImageQuery, ScanPageImageQueryVariables>;
export const ReviewQueueDocument = "query ReviewQueue($filter: ReportFilter, $first: Int, $after: String) {\n  reviewQueue(filter: $filter, first: $first, after: $after) {\n    totalCount\n    totalCountCapped\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        openErrors\n        staleCorrections\n        emptyCells\n        inferredLarge\n        openWarnings\n        report {\n          id\n          year\n          synthetic\n          agencyTitle\n          agency {\n            id\n            name\n          }\n          reviewStatus {\n            state\n          }\n        }\n      }\n    }\n  }\n}" as TypedDocument<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewDeskDocument = "query ReviewDesk($id: ID!) {\n  report(id: $id) {\n    id\n    year\n    template\n    agencyTitle\n    synthetic\n    sourceText\n    agency {\n      id\n      name\n    }\n    cells {\n      path\n      section\n      row\n      column\n      labelZh\n      labelEn\n      value\n      decimal\n      state\n      parsedState\n      parsedValue\n      parsedDecimal\n      raw\n      line\n      start\n      end\n      corrections {\n        id\n        status\n        decimal\n        by\n        at\n        reason\n        carryNote\n      }\n    }\n    diagnostics {\n      id\n      code\n      severity\n      path\n      rule\n      line\n      message\n      reviewStatus\n      review {\n        status\n        comment\n        by\n        at\n      }\n    }\n    reviewStatus {\n      state\n      openErrors\n      openWarnings\n      confirmed\n      dismissed\n      corrections\n      staleCorrections\n      emptyCells\n    }\n  }\n}" as TypedDocument<ReviewDeskQuery, ReviewDeskQueryVariables>;
export const CorrectCellDocument = "mutation CorrectCell($reportId: ID!, $path: String!, $value: String, $reason: String!) {\n  correctCell(reportId: $reportId, path: $path, value: $value, reason: $reason) {\n    id\n    status\n    decimal\n    by\n    at\n  }\n}" as TypedDocument<CorrectCellMutation, CorrectCellMutationVariables>;
export const ReviewDiagnosticDocument = "mutation ReviewDiagnostic($id: ID!, $status: DiagnosticReviewStatus!, $comment: String) {\n  reviewDiagnostic(id: $id, status: $status, comment: $comment) {\n    id\n    reviewStatus\n  }\n}" as TypedDocument<ReviewDiagnosticMutation, ReviewDiagnosticMutationVariables>;
export const RevertCorrectionDocument = "mutation RevertCorrection($id: ID!) {\n  revertCorrection(id: $id) {\n    id\n    status\n  }\n}" as TypedDocument<RevertCorrectionMutation, RevertCorrectionMutationVariables>;
