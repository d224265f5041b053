// @ts-check
// The layers of src/, lowest first, and the lint rule that keeps imports pointing down: a module may import its
// own layer and the layers listed in its `may`, nothing else. Type-only imports count too (a type is a
// dependency). The README's "How it works" describes the same order.
//
// Checked with ESLint's no-restricted-imports on the import specifier: a relative specifier that climbs out of
// its folder (`../x/`, `../../x/`) into a layer it may not import is an error. Top-level folder names are unique
// in src/, so the folder a specifier names is the layer it reaches. Dynamic import() is not checked by the rule;
// src/main.ts, the one entry point, is the only module that uses one.

/**
 * @typedef {object} Layer
 * @property {string} name
 * @property {string[]} files globs, relative to the repository root
 * @property {string[]} [ignores]
 * @property {string[]} may the layers it may import besides its own
 * @property {boolean} [discord] may import discord.js (only the Discord interface and the command modules)
 * @property {string} why one sentence on what it may import, for the error message
 */

/** @type {Layer[]} */
export const LAYERS = [
  {
    name: 'ground',
    files: ['src/*.ts', 'src/state/**/*.ts', 'src/types/**/*.ts'],
    ignores: ['src/main.ts', 'src/serve.ts'],
    may: [],
    why: 'ground-level modules (paths, env, languages, shared kinds, data files, state) import no layer',
  },
  { name: 'facts', files: ['src/facts/**/*.ts'], may: ['ground'], why: 'facts/ imports ground level only' },
  { name: 'lexicon', files: ['src/lexicon/**/*.ts'], may: ['ground'], why: 'lexicon/ imports ground level only' },
  { name: 'i18n', files: ['src/i18n/**/*.ts'], may: ['ground', 'facts'], why: 'i18n/ words facts: it imports facts/ and ground level' },
  {
    name: 'matching',
    files: ['src/matching/**/*.ts'],
    may: ['ground', 'facts', 'lexicon', 'i18n'],
    why: 'matching/ reads questions against facts, lexicon and i18n; never answering or an interface',
  },
  {
    name: 'answering',
    files: ['src/answering/**/*.ts'],
    may: ['ground', 'facts', 'lexicon', 'i18n', 'matching'],
    why: 'answering/ builds answers from the layers below; it knows no interface',
  },
  {
    name: 'conversation',
    files: ['src/conversation/**/*.ts'],
    may: ['ground', 'facts', 'lexicon', 'i18n', 'matching', 'answering'],
    why: 'conversation/ keeps what the last answer was about and reads follow-ups through the reader: answering and below, never an interface',
  },
  {
    name: 'console',
    files: ['src/console/**/*.ts'],
    may: ['ground', 'facts', 'lexicon', 'i18n', 'matching', 'answering', 'conversation'],
    why: 'console/ is an interface: everything below, never discord/',
  },
  {
    name: 'discord',
    // Metrics count what the Discord handlers do (and what the HTTP server serves of them): part of that interface.
    files: ['src/discord/**/*.ts', 'src/observability/**/*.ts'],
    may: ['ground', 'facts', 'lexicon', 'i18n', 'matching', 'answering', 'conversation'],
    discord: true,
    why: 'discord/ is an interface: everything below, never console/',
  },
  {
    name: 'http',
    files: ['src/http/**/*.ts'],
    may: ['ground', 'facts', 'lexicon', 'i18n', 'matching', 'answering', 'conversation', 'discord'],
    discord: true,
    why: 'http/ serves Discord interactions over HTTP with the Discord handlers: discord/ and below, never console/',
  },
  {
    name: 'entry',
    files: ['src/serve.ts'],
    may: ['ground', 'facts', 'lexicon', 'i18n', 'matching', 'answering', 'conversation', 'discord', 'http'],
    discord: true,
    why: 'src/serve.ts starts the scaled-out processes: the Discord and HTTP interfaces and below, never console/',
  },
  {
    name: 'commands',
    files: ['commands/**/*.ts'],
    may: ['ground', 'facts', 'lexicon', 'i18n', 'matching', 'answering', 'conversation', 'discord'],
    discord: true,
    why: 'commands/ are Discord commands: discord/ and below, never console/',
  },
];

/** Every folder of src/ (a new one is placed here and in LAYERS; a test checks none is missing). */
export const FOLDERS = ['state', 'types', 'facts', 'lexicon', 'i18n', 'matching', 'answering', 'conversation', 'console', 'discord', 'observability', 'http'];
/** Folders that belong to another layer: ground is the files directly in src/, src/state/ and the type declarations. */
const FOLDER_LAYER = /** @type {Record<string, string>} */ ({ state: 'ground', types: 'ground', observability: 'discord' });
export const layerOfFolder = (/** @type {string} */ folder) => FOLDER_LAYER[folder] ?? folder;

/** @param {string} text */
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a module of `layer` may not import, as no-restricted-imports patterns.
 * @param {Layer} layer
 */
function patternsFor(layer) {
  const allowed = new Set([layer.name, ...layer.may]);
  const banned = FOLDERS.filter((f) => !allowed.has(layerOfFolder(f)));
  const message = `upward import: ${layer.why} (layer order in eslint.layers.js)`;
  // From src/*.ts: "./folder/…"; from src/x/…: "../folder/…" however deep; from commands/: "../src/folder/…".
  const climb = layer.name === 'commands' ? '\\.\\./src/' : '(\\./|(\\.\\./)+)';
  /** @type {({ regex: string, message: string } | { group: string[], message: string })[]} */
  const patterns = [];
  if (banned.length > 0) patterns.push({ regex: `^${climb}(${banned.map(escape).join('|')})(/|$)`, message });
  // src/main.ts starts everything; nothing imports it.
  patterns.push({ regex: `^${climb}main(\\.js)?$`, message: 'src/main.ts is the entry point: nothing imports it' });
  if (!layer.discord) patterns.push({ group: ['discord.js', '@discordjs/*'], message: `${message}; only discord/ and commands/ talk to Discord` });
  return patterns;
}

/**
 * One ESLint config object per layer.
 * @type {import('eslint').Linter.Config[]}
 */
export const layerConfigs = LAYERS.map((layer) => ({
  name: `layers/${layer.name}`,
  files: layer.files,
  ...(layer.ignores ? { ignores: layer.ignores } : {}),
  rules: { 'no-restricted-imports': ['error', { patterns: patternsFor(layer) }] },
}));
