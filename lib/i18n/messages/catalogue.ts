/** Nested groups of ICU MessageFormat messages. */
export type Catalogue = { readonly [key: string]: string | Catalogue }

/** A catalogue's keys with any message in each: what a translation must provide. */
export type Translated<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Translated<T[K]>
}
