// Registers a module-resolution hook that reports every package the process loads (used by the
// benchmark to prove the one-shot console never loads discord.js).
import { register } from 'node:module';

register('./record-imports-hook.mjs', import.meta.url);
