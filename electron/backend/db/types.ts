import type Database from 'better-sqlite3';

/**
 * Read and write handles as distinct types: a function that only reads takes a ReadableDB and
 * cannot write by mistake. Both wrap the same better-sqlite3 connection.
 */
declare const readable: unique symbol;
declare const writable: unique symbol;
export type ReadableDB = Database.Database & { readonly [readable]: true };
export type WritableDB = ReadableDB & { readonly [writable]: true };
