import { articleOfSize } from './bench-texts';
import { readAllFixtures } from './read-fixtures';
import { analyzeArticle } from '../../core/analyze-article';
const fx = readAllFixtures('/work/main');
const lang = (process.argv[2] ?? 'de') as 'de';
const a = articleOfSize(fx[lang], Number(process.argv[3] ?? 10000));
for (let i = 0; i < Number(process.argv[4] ?? 600); i++) analyzeArticle(a);
