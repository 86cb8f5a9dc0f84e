// The package's entry (@gongkai/parser/parse): the pipeline is composed in compose.ts, the report built
// in assemble.ts; callers import from here only.

export { PARSER_VERSION, parseDocument, parseReport, parseReportWithSource, parseText } from './compose.ts';
export type { ParseOptions } from './compose.ts';
export { agencyFromTitle } from './metadata.ts';
