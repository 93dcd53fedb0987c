/** The same picture for X/Twitter cards. */
export { default, generateImageMetadata } from './opengraph-image'
