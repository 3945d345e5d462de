// Fails the build when the citizen routes' initial JavaScript — the entry script and every chunk
// index.html preloads — is over the budget, gzipped. Lazy chunks (loaded on navigation) don't count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgetKb = 250;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = new Set();
for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) scripts.add(match[1]);
for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) scripts.add(match[1]);
if (scripts.size === 0) {
  console.error('check-budget: no script found in dist/index.html');
  process.exit(1);
}

let total = 0;
for (const src of scripts) {
  const size = gzipSync(readFileSync(join(dist, src.replace(/^\//, '')))).length;
  total += size;
  console.log(`  ${src}: ${(size / 1024).toFixed(1)} KB gzipped`);
}
const totalKb = total / 1024;
console.log(`check-budget: initial JavaScript ${totalKb.toFixed(1)} KB gzipped (budget ${budgetKb} KB)`);
if (totalKb > budgetKb) {
  console.error(`check-budget: over budget by ${(totalKb - budgetKb).toFixed(1)} KB`);
  process.exit(1);
}
