import type { ReportFilter } from '@gongkai/schema/graphql';
import type { RunAnalyticsQueryVariables } from '../graphql/generated';

// The overview's headline figures as one analytics query (shared with the end-to-end tests, which
// send the very same request to check the page against the API).

export const HEADLINE_MEASURES = [
  'reports',
  'agencies',
  'applications.newlyReceived.total',
  'rate.granted',
  'review.reconsideration.total',
  'litigation.total',
  'active.penalties.decisions',
];

export function headlineVariables(filter: ReportFilter): RunAnalyticsQueryVariables {
  return { query: { measures: HEADLINE_MEASURES, filter } };
}
