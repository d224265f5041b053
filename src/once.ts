// A value computed on first use: indexes a question may never need (another language's, a help text)
// are not built at start-up.

/** The value of `make`, computed on the first call and kept. */
export function once<T>(make: () => T): () => T {
  let value: { readonly v: T } | null = null;
  return () => (value ??= { v: make() }).v;
}
