/**
 * Who is named with whom (`src/link/network.ts`): the same layout on every
 * run, a threshold that keeps the drawing readable, names never cut off.
 * The drawings of the shipped archive are checked in `shipped-archive.test.ts`.
 */

import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {archiveNetwork, neighbourNetwork, networkSize} from '../src/link/network.ts';
import {englishInterface} from '../src/i18n/catalogue.ts';
import {translatorFor} from '../src/i18n/translator.ts';
import {nameOrder} from '../src/link/order.ts';
import {defaultLanguage} from '../src/model/language.ts';
import type {ActorCount, ActorId, ActorLink, Href} from '../src/model/types.ts';

const t = translatorFor(englishInterface);
const order = nameOrder(defaultLanguage);

const root = fileURLToPath(new URL('../', import.meta.url));

const actor = (index: number): ActorLink => ({id: `actor-${index}` as ActorId, url: `/actors/actor-${index}/` as Href, name: `Actor number ${index}`, kind: 'person', description: ''});
const counted = (index: number, articles: number): ActorCount => ({actor: actor(index), count: articles, articles});

/** 60 actors; article `n` names actors `n % 60`, `(n + 1) % 60`, `(n + 7) % 60`, and every tenth one also actors 0–4. */
const ranked = Array.from({length: 60}, (_, index) => counted(index, 60 - index));
const articles = Array.from({length: 300}, (_, n) => ({
  mentions: [n % 60, (n + 1) % 60, (n + 7) % 60, ...(n % 10 === 0 ? [0, 1, 2, 3, 4] : [])].map((index) => ({actor: `actor-${index}` as ActorId})),
}));

describe('archiveNetwork', () => {
  test('gives the same drawing on every run', () => {
    const first = archiveNetwork(ranked, articles, t, order);
    const second = archiveNetwork(ranked, articles, t, order);
    assert.ok(first !== undefined);
    assert.deepEqual(second, first);
    assert.equal(new Set(first.nodes.map((node) => `${node.x},${node.y}`)).size, first.nodes.length, 'no two nodes in one place');
  });

  test('shows at most the most-named actors, with edges only above a threshold that keeps about two per node', () => {
    const network = archiveNetwork(ranked, articles, t, order);
    assert.ok(network !== undefined);
    assert.ok(network.nodes.length <= networkSize);
    assert.ok(network.nodes.every((node) => Number(node.actor.id.slice(6)) < networkSize), 'only the 40 most named');
    assert.ok(network.edges.length <= 2 * network.nodes.length, `${network.edges.length} edges for ${network.nodes.length} nodes`);
    assert.ok(network.threshold >= 2);
    assert.ok(network.edges.every((edge) => edge.shared >= network.threshold));
    assert.deepEqual(
      network.edges.map((edge) => edge.shared),
      [...network.edges.map((edge) => edge.shared)].sort((a, b) => b - a),
      'strongest pairs first',
    );
    assert.match(network.description, /^\d+ actors, \d+ pairs named together in at least \d+ articles; most often Actor number \d+ and Actor number \d+, in \d+ articles\./);
  });

  test('keeps every node and name inside its box', () => {
    const network = archiveNetwork(ranked, articles, t, order);
    for (const node of network?.nodes ?? []) {
      assert.ok(node.x - node.r >= 0 && node.x + node.r <= (network?.width ?? 0) && node.y >= 0 && node.y <= (network?.height ?? 0), node.actor.name);
      const width = 7.5 * node.label.text.length;
      const left = node.label.anchor === 'start' ? node.label.x : node.label.anchor === 'end' ? node.label.x - width : node.label.x - width / 2;
      assert.ok(left >= 0 && left + width <= (network?.width ?? 0), `${node.actor.name}'s name fits`);
    }
  });

  test('draws nothing when no two actors share two articles', () => {
    assert.equal(archiveNetwork(ranked.slice(0, 3), [{mentions: [{actor: 'actor-0' as ActorId}, {actor: 'actor-1' as ActorId}]}], t, order), undefined);
  });
});

describe('neighbourNetwork', () => {
  test('puts the actor at the centre and its neighbours around it, with a line between neighbours named together', () => {
    const neighbours = [counted(1, 5), counted(2, 3), counted(3, 1)];
    const of = (id: ActorId): ActorCount[] => (id === 'actor-1' ? [counted(2, 2)] : []);
    const network = neighbourNetwork(actor(0), neighbours, of, t);
    assert.deepEqual(network?.nodes.map((node) => [node.actor.id, node.centre]), [['actor-0', true], ['actor-1', false], ['actor-2', false], ['actor-3', false]]);
    assert.deepEqual(network?.edges.map((edge) => [edge.source.id, edge.target.id, edge.shared]), [['actor-1', 'actor-2', 2], ['actor-0', 'actor-1', 5], ['actor-0', 'actor-2', 3], ['actor-0', 'actor-3', 1]]);
    assert.equal(network?.description, 'Shared articles with Actor number 0: Actor number 1 (5), Actor number 2 (3) and Actor number 3 (1). Lines between two of them mark actors that are also often named together.');
  });
});

test('d3-force is pinned to one exact version', async () => {
  const manifest: {dependencies: Record<string, string>} = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  assert.match(manifest.dependencies['d3-force'] ?? '', /^\d+\.\d+\.\d+$/);
});
