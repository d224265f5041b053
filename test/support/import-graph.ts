// The static import graph of the project's TypeScript: which files and packages a module loads at run time.
// Type-only imports are left out (they are erased); `import('literal')` counts, since it may run.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

export interface ImportGraph {
  /** Project files reached, absolute paths. */
  readonly files: ReadonlySet<string>;
  /** Bare package names imported (e.g. "fuse.js", "discord.js", "node:fs"), with the first file importing each. */
  readonly packages: ReadonlyMap<string, string>;
}

/** The runtime module specifiers of one TypeScript source. */
export function runtimeImports(source: string, fileName = 'module.ts', dynamic = true): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.importClause?.isTypeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) out.push(node.moduleSpecifier.text);
    } else if (
      dynamic &&
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      out.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** "discord.js/src/x" → "discord.js", "@scope/pkg/y" → "@scope/pkg", "node:fs" stays. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** Walks relative imports from `entry` (a .ts file), mapping "./x.js" to "./x.ts". */
export function importGraph(entry: string, options: { dynamic?: boolean } = {}): ImportGraph {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const pending = [resolve(entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of runtimeImports(readFileSync(file, 'utf8'), file, options.dynamic ?? true)) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        // A JSON file imported as a module (data/lexicon/en-questions.json): a leaf of the graph.
        if (target.endsWith('.json') && existsSync(target)) {
          files.add(target);
          continue;
        }
        const candidates = [target.replace(/\.js$/, '.ts'), target, `${target}.ts`, resolve(target, 'index.ts')];
        const found = candidates.find((c) => c.endsWith('.ts') && existsSync(c));
        if (!found) throw new Error(`${file}: cannot resolve ${spec}`);
        pending.push(found);
      } else if (!packages.has(packageName(spec))) {
        packages.set(packageName(spec), file);
      }
    }
  }
  return { files, packages };
}
