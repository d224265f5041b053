// Runs in the loader thread: prints each resolved node_modules package once, on stderr.
const seen = new Set();

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(result.url);
  if (match && !seen.has(match[1])) {
    seen.add(match[1]);
    process.stderr.write(`[import] ${match[1]}\n`);
  }
  return result;
}
