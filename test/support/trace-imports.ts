// Preloaded with `--import` into a child process: appends every module URL the ESM loader resolves to the
// file named by TRACE_IMPORTS_FILE, so a test can see what a command really loads (e.g. never discord.js).
import { register } from 'node:module';

const file = process.env.TRACE_IMPORTS_FILE;
if (file) {
  // The hooks run on the loader thread; a data: URL keeps them self-contained (no TypeScript needed there).
  const hooks = `
    import { appendFileSync } from 'node:fs';
    const file = ${JSON.stringify(file)};
    export async function resolve(specifier, context, next) {
      const result = await next(specifier, context);
      appendFileSync(file, specifier + '\\t' + result.url + '\\n');
      return result;
    }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}
