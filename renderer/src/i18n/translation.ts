/**
 * The Spanish dictionaries have the English ones' shape exactly: a key missing or extra in a
 * translation is a type error, not a blank on screen.
 */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
