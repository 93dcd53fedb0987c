/**
 * The engine's inner parts that tests check on their own: the query planner, the folding
 * of optional filters, the tokeniser and index behind `match`, and the documents each
 * perspective sees. Not for application code, which only runs queries (see index.ts).
 */
export { planScans, type Scan } from './query-plan'
export { findGuards, fold, guardValues } from './fold'
export { matchTokens, TokenIndex } from './match-index'
export { perspectiveView } from './perspective-view'
