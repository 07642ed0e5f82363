import type { Messages } from './en.ts';

/** Same keys as the English catalogue, any text: the compiler refuses a missing or extra key. */
export type Catalogue<T = Messages> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
