// Where the package's files are, found from the package root rather than from this file, so the same code
// works from src/ (tsx, vitest), from dist/src/ (tsc output) and from the one-file console bundle dist/ask.cjs.
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The nearest folder above this module holding package.json: the package root in every layout. */
function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`talks-bot: no package.json above ${start}`);
  }
}

export const PACKAGE_ROOT = findPackageRoot(here);

/** True when running the compiled build (this module lives under dist/). */
export const COMPILED = relative(PACKAGE_ROOT, here).split(sep)[0] === 'dist';

export const DIST_DIR = join(PACKAGE_ROOT, 'dist');
export const DATA_DIR = join(PACKAGE_ROOT, 'data');
/** Command modules: the .ts sources, or their compiled .js beside the rest of the build. */
export const COMMANDS_DIR = join(COMPILED ? DIST_DIR : PACKAGE_ROOT, 'commands');
