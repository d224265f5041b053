// More sources: the next quotes of an answer, privately to whoever clicked (anyone may, on a public answer).
import { quotesPage } from '../pages.js';
import { nextPageButton } from './next-page.js';

export const moreSources = nextPageButton('more', (ctx, data, sentences) => quotesPage(ctx, data.lang, data.first, data.total, sentences));
