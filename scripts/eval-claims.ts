// `npm run eval-claims [file…] [--misses] [--baseline]`: scores a claims file (test/questions/fresh/claims-*.json):
// verdict right, and for supports / contradicts the first match quoting the expected sentence of the right
// talk; counts "supports" given to a contradicted claim (the worst error). `--baseline` scores the engine's
// plain findSources (any match → related, none → none), the figure before the claim checker.
import { loadEngine } from '../src/answering/load.js';
import { loadClaimSet, namedDetails, scoreClaims, type CheckedClaim } from '../test/support/claim-set.js';

// A reader that went away (`| head`) ends the report quietly.
process.stdout.on('error', () => process.exit(0));

const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verbose = process.argv.includes('--misses');
const engine = loadEngine();

const baseline = (claim: string): CheckedClaim => {
  const found = engine.findSources(claim);
  return {
    verdict: found.length > 0 ? 'related' : 'none',
    differs: [],
    matches: found.map((s) => ({ talk: s.citation.talk, date: s.citation.date, quote: s.citation.quote, verdict: 'related' })),
  };
};

const checker = (claim: string): CheckedClaim => {
  const c = engine.check(claim);
  return {
    verdict: c.verdict,
    differs: c.differs.flatMap(namedDetails),
    matches: c.matches.map((m) => ({ talk: m.citation.talk, date: m.citation.date, quote: m.citation.quote, verdict: m.verdict })),
  };
};

const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}%`;
for (const file of files.length > 0 ? files : ['fresh/claims-r1.json']) {
  const score = scoreClaims(loadClaimSet(file), process.argv.includes('--baseline') ? baseline : checker);
  process.stdout.write(`${file}: ${score.right}/${score.total} (${pct(score.right, score.total)}); supports for a contradicted claim: ${score.supportsForContradicted.length}\n`);
  process.stdout.write(`  the differing detail named: ${score.differsNamed.right}/${score.differsNamed.total}\n`);
  for (const [k, c] of [...score.byKind].sort(([a], [b]) => a.localeCompare(b))) process.stdout.write(`  ${k.padEnd(24)} ${c.ok}/${c.n} (${pct(c.ok, c.n)})\n`);
  for (const claim of score.supportsForContradicted) process.stdout.write(`  SUPPORTS BUT CONTRADICTED: ${JSON.stringify(claim)}\n`);
  if (verbose) {
    for (const { entry, result, why } of score.misses) {
      process.stdout.write(`  ${JSON.stringify(entry.claim)}: ${why} :: ${result.verdict} ${JSON.stringify(result.differs)} ${result.matches[0]?.quote.slice(0, 90) ?? ''}\n`);
    }
    for (const { entry, result } of score.unnamed) {
      process.stdout.write(`  ${JSON.stringify(entry.claim)}: detail ${entry.differs ?? ''} not named :: ${result.verdict} ${JSON.stringify(result.differs)}\n`);
    }
  }
}
