import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict');
const j = Jieba.withDict(dict);
for (const s of process.argv.slice(2)) console.log(JSON.stringify(j.tag(s, true)));
