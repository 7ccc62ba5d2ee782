/**
 * Units carried in the type system. A number that means weeks cannot be passed where days are
 * expected without an explicit conversion, and currency cannot be mixed up with points.
 * The brand exists only at compile time; at run time these are plain numbers.
 */
declare const unit: unique symbol;
export type Unit<U extends string> = number & { readonly [unit]: U };

export type Days = Unit<'days'>;
export type Weeks = Unit<'weeks'>;
/** An amount of money in the workspace currency (major units, e.g. euros, never cents). */
export type Currency = Unit<'currency'>;
/** A rate of events per week (e.g. purchases per week). */
export type PerWeek = Unit<'per-week'>;
/** A share between 0 and 1. */
export type Share = Unit<'share'>;

export const days = (n: number): Days => n as Days;
export const weeks = (n: number): Weeks => n as Weeks;
export const currency = (n: number): Currency => n as Currency;
export const perWeek = (n: number): PerWeek => n as PerWeek;
export const share = (n: number): Share => n as Share;

export const DAYS_PER_WEEK = 7;
export const weeksToDays = (w: Weeks): Days => days(w * DAYS_PER_WEEK);
export const daysToWeeks = (d: Days): Weeks => weeks(d / DAYS_PER_WEEK);
