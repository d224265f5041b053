// Types for wink-porter2-stemmer, which ships without them.
declare module 'wink-porter2-stemmer' {
  /** The Porter2 (Snowball English) stem of a lower-case word. */
  function stem(word: string): string;
  export = stem;
}
