/** A problem in data/: names the file, the fact in it and what is wrong, so a reviewer can fix it at once. */
export class DataError extends Error {
  override readonly name = 'DataError';

  constructor(
    readonly file: string,
    readonly fact: string | null,
    readonly problem: string,
  ) {
    super(`${file}${fact ? ` (${fact})` : ''}: ${problem}`);
  }
}
