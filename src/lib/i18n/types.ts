/** The shape of a dictionary: the Japanese one's, which every other language must match. */
import type ja from './ja';

export type Dictionary = typeof ja;
