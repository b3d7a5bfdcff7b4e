/**
 * Newsroom-flavoured filler text for the synthetic corpus: headlines, standfirsts and bodies with the markdown a
 * real story carries (links, emphasis, a list, a subheading), so the markdown renderer does representative work.
 */
import { between, pick, type Random } from './random.ts';

const subjects = [
  'China', 'The European Commission', 'Regulators', 'The central bank', 'Ministers', 'Scientists', 'Investors',
  'The Treasury', 'Chipmakers', 'Carmakers', 'Unions', 'The World Health Organization', 'Tech giants', 'Farmers',
  'Energy firms', 'Lawmakers', 'Airlines', 'Startups', 'Hospitals', 'City councils', 'Shipping lines', 'Banks',
];
const verbs = [
  'tightens', 'loosens', 'backs', 'rejects', 'delays', 'expands', 'questions', 'announces', 'scraps', 'reviews',
  'welcomes', 'warns over', 'bets on', 'cuts', 'doubles', 'pauses', 'defends', 'challenges', 'unveils', 'probes',
];
const adjectives = [
  'crucial', 'new', 'controversial', 'long-awaited', 'sweeping', 'modest', 'record', 'surprise', 'global', 'local',
  'quarterly', 'emergency', 'digital', 'green', 'rural', 'urban', 'national', 'cross-border', 'hidden', 'rising',
];
const nouns = [
  'export rules', 'rare earths', 'interest rates', 'battery supply', 'chip subsidies', 'data centres', 'wind farms',
  'grain prices', 'rail strikes', 'vaccine trials', 'housing targets', 'carbon taxes', 'AI safety', 'water bills',
  'port fees', 'fishing quotas', 'broadband rollout', 'pension reform', 'steel tariffs', 'satellite launches',
  'drug prices', 'school funding', 'copper mining', 'flood defences', 'electric buses', 'gas storage',
];
const fillers = [
  'the', 'a', 'of', 'in', 'and', 'to', 'for', 'on', 'with', 'as', 'that', 'by', 'its', 'their', 'which', 'while',
  'after', 'before', 'under', 'over', 'said', 'says', 'added', 'reported', 'expected', 'according', 'officials',
  'market', 'year', 'month', 'week', 'plan', 'deal', 'talks', 'figures', 'analysts', 'government', 'industry',
  'companies', 'prices', 'supply', 'demand', 'growth', 'costs', 'workers', 'customers', 'rules', 'policy', 'report',
  'statement', 'spokesperson', 'sources', 'data', 'budget', 'pressure', 'risk', 'shortage', 'production', 'sector',
  'investment', 'approval', 'licence', 'agreement', 'meeting', 'negotiations', 'controls', 'technology', 'research',
];
const places = ['Beijing', 'Brussels', 'Washington', 'London', 'Lagos', 'Tokyo', 'Berlin', 'Delhi', 'Nairobi', 'Sao Paulo', 'Jakarta', 'Madrid'];
const people = ['Alex Capri', 'Ian Tang', 'Priya Raman', 'Tomasz Nowak', 'Amara Obi', 'Sofia Reyes', 'Kenji Mori', 'Lena Vogel'];

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function headline(random: Random): string {
  const core = `${pick(random, subjects)} ${pick(random, verbs)} ${pick(random, adjectives)} ${pick(random, nouns)}`;
  const roll = random();
  if (roll < 0.12) return `Breaking: ${core}`;
  if (roll < 0.3) return `${core} as ${pick(random, nouns)} ${pick(random, ['bite', 'stall', 'surge', 'slip', 'return'])}`;
  if (roll < 0.4) return `${core} in ${pick(random, places)}`;
  if (roll < 0.48) return `Why ${pick(random, nouns)} matter more than you think`;
  if (roll < 0.55) return `${pick(random, places)}'s ${pick(random, adjectives)} bet on ${pick(random, nouns)}`;
  return core;
}

/** One plain sentence of 8-22 words, starting with a capital and ending with a full stop. */
export function sentence(random: Random): string {
  const words = [pick(random, subjects).toLowerCase(), pick(random, verbs)];
  const length = between(random, 8, 22);
  while (words.length < length) {
    const roll = random();
    words.push(roll < 0.12 ? pick(random, nouns) : roll < 0.2 ? pick(random, places) : roll < 0.28 ? pick(random, adjectives) : pick(random, fillers));
  }
  return `${capitalize(words.join(' '))}.`;
}

export function standfirst(random: Random): string {
  return `${pick(random, places)}'s decision on ${pick(random, nouns)} is a ${pick(random, adjectives)} test for ${pick(random, subjects).toLowerCase()}.`;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

/** Decorates a sentence with inline markdown now and then: a link, emphasis, strong emphasis, a quotation. */
function decorate(random: Random, text: string): string {
  const roll = random();
  if (roll < 0.1) return text.replace(/ (\w+) (\w+)\.$/, (_, a: string, b: string) => ` [${a} ${b}](https://example.com/${a}/${b}).`);
  if (roll < 0.18) return text.replace(/ (\w{5,}) /, ' *$1* ');
  if (roll < 0.24) return text.replace(/ (\w{5,}) /, ' **$1** ');
  if (roll < 0.3) return `${text.slice(0, -1)}, "${pick(random, people)} said".`;
  return text;
}

function paragraph(random: Random): string {
  const sentences: string[] = [];
  const count = between(random, 2, 6);
  for (let i = 0; i < count; i++) sentences.push(decorate(random, sentence(random)));
  return sentences.join(' ');
}

/** A story body of `words` words or a few more, in paragraphs, with one subheading and one bulleted list. */
export function body(random: Random, words: number): string {
  const blocks: string[] = [];
  for (let written = 0; written < words; ) {
    const text = paragraph(random);
    blocks.push(text);
    written += countWords(text);
  }
  const items = Array.from({ length: between(random, 3, 5) }, () => `- ${capitalize(pick(random, nouns))} in ${pick(random, places)}`);
  blocks.splice(Math.ceil((blocks.length * 2) / 3), 0, items.join('\n'));
  blocks.splice(Math.ceil(blocks.length / 3), 0, `## ${capitalize(pick(random, nouns))} and ${pick(random, nouns)}`);
  blocks.push(`Additional reporting by ${pick(random, people)}`);
  return `${blocks.join('\n\n')}\n`;
}
