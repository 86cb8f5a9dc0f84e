import type { ApplicantPartKey, OutcomeGroup, ReviewPartKey } from '@gongkai/schema/report';

// Okabe–Ito: distinguishable with the common colour-vision deficiencies, and in greyscale print when
// paired with the hatching some series use. Named by role so a series keeps its colour across charts.

export const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  skyBlue: '#56B4E9',
  yellow: '#F0E442',
  grey: '#8C8C8C',
} as const;

export const APPLICANT_COLOURS: Record<ApplicantPartKey, string> = {
  naturalPerson: OKABE_ITO.blue,
  commercial: OKABE_ITO.orange,
  research: OKABE_ITO.green,
  publicInterest: OKABE_ITO.purple,
  legalService: OKABE_ITO.vermillion,
  otherOrg: OKABE_ITO.skyBlue,
};

export const OUTCOME_COLOURS: Record<OutcomeGroup, string> = {
  granted: OKABE_ITO.green,
  partiallyGranted: OKABE_ITO.skyBlue,
  denied: OKABE_ITO.vermillion,
  unable: OKABE_ITO.orange,
  notProcessed: OKABE_ITO.purple,
  other: OKABE_ITO.grey,
};

export const DECISION_COLOURS: Record<string, string> = {
  licensing: OKABE_ITO.blue,
  penalties: OKABE_ITO.vermillion,
  coercion: OKABE_ITO.orange,
};

export const REVIEW_COLOURS: Record<ReviewPartKey, string> = {
  upheld: OKABE_ITO.blue,
  corrected: OKABE_ITO.vermillion,
  other: OKABE_ITO.grey,
  pending: OKABE_ITO.yellow,
};

export const COVERAGE_COLOURS = { published: OKABE_ITO.blue, synthetic: OKABE_ITO.grey } as const;

/** Lines differ by dash as well as colour, for greyscale print. */
export const DASHES: readonly (string | undefined)[] = [undefined, '6 3', '2 3', '8 3 2 3'];

/** Series without a role, in order: the most distinct first, yellow (weak on white) last. */
export const SERIES_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.green,
  OKABE_ITO.vermillion,
  OKABE_ITO.purple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.grey,
  OKABE_ITO.yellow,
];

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}
