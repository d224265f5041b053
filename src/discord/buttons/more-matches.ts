// More matches: the next article sentences Find sources found for a message, each with its label and Post button.
import { labelsOf } from '../custom-ids.js';
import { matchesPage } from '../pages.js';
import { nextPageButton } from './next-page.js';

export const moreMatches = nextPageButton('match', (ctx, data, sentences) => matchesPage(ctx, data.lang, data.first, data.total, sentences, { target: data.target, labels: labelsOf(data) }));
