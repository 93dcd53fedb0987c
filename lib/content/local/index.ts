/**
 * The embedded GROQ backend, as the rest of the project sees it: run a query over the
 * bundled dataset, load or parse a dataset, and the errors a query can raise. Nothing
 * outside this folder imports its inner files (ESLint enforces it); tests that check the
 * planner, the folding of optional filters or the text index reach them through `engine`.
 */
export { queryLocal, type LocalQueryOptions } from './query'
export { MissingParameterError, QueryParseError } from './errors'
export { datasetDir, loadDataset, parseDataset, type Dataset, type SanityDocument } from './dataset'
export * as engine from './engine'
