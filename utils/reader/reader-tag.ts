/** The one element the reader adds to a page (its overlay's shadow host); the loader needs the name too. */
export const READER_TAG = 'declutter-reader';
