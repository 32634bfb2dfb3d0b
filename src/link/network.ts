/**
 * Who is named with whom, laid out at build time: on the actors index, the
 * most-named actors with an edge where two share enough articles, placed by
 * `d3-force` from its deterministic start with a fixed random seed and a
 * fixed number of ticks; on an actor page, the actor among the actors most
 * often named with it, on a circle. Coordinates are rounded to a tenth, so
 * the same archive always gives the same drawing, byte for byte.
 */

import {forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum} from 'd3-force';
import type {Translator} from '../i18n/translator.ts';
import type {ActorCount, ActorId, ActorLink, ActorNetwork, ChartLabel, NetworkEdge, NetworkNode} from '../model/types.ts';
import {neighboursDescription, neighboursTitle, networkDescription, networkTitle} from './chart-text.ts';
import type {NameOrder} from './order.ts';
import {seededRandom} from '../util/seeded-random.ts';

/** How many actors the actors index's network shows at most. */
export const networkSize = 40;

/** Ticks of the force simulation: enough for it to settle, and always the same. */
const ticks = 300;

/** The random seed of the force simulation. */
const seed = 15;

/** The fewest shared articles an edge stands for, however few actors share more. */
const minimumShared = 2;

/** At most this many edges per node on the index: the threshold rises until the drawing stays readable. */
const edgesPerNode = 2;

const round = (value: number): number => Math.round(value * 10) / 10;

/** Where a node's name goes: beside it, on the side away from the drawing's centre. */
function labelBeside(x: number, y: number, r: number, centreX: number): ChartLabel {
  return x <= centreX ? {x: round(x + r + 3), y: round(y + 4), text: '', anchor: 'start'} : {x: round(x - r - 3), y: round(y + 4), text: '', anchor: 'end'};
}

/** About how wide a name is in the drawing's units (13-unit text). */
const labelWidth = (text: string): number => 7.5 * [...text].length;

/**
 * Move a drawing so that its nodes and their names fit a box with `padding`
 * around them, and give that box's size: names are never cut off, whatever
 * their length.
 */
function fitBox(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[], padding: number): {nodes: NetworkNode[]; edges: NetworkEdge[]; width: number; height: number} {
  const extents = nodes.flatMap((node) => {
    const width = labelWidth(node.label.text);
    const left = node.label.anchor === 'start' ? node.label.x : node.label.anchor === 'end' ? node.label.x - width : node.label.x - width / 2;
    return [
      {x1: node.x - node.hitR, x2: node.x + node.hitR, y1: node.y - node.hitR, y2: node.y + node.hitR},
      {x1: left, x2: left + width, y1: node.label.y - 12, y2: node.label.y + 4},
    ];
  });
  const minX = Math.min(...extents.map((extent) => extent.x1));
  const minY = Math.min(...extents.map((extent) => extent.y1));
  const dx = padding - minX;
  const dy = padding - minY;
  const move = (label: ChartLabel): ChartLabel => ({...label, x: round(label.x + dx), y: round(label.y + dy)});
  return {
    nodes: nodes.map((node) => ({...node, x: round(node.x + dx), y: round(node.y + dy), label: move(node.label)})),
    edges: edges.map((edge) => ({...edge, x1: round(edge.x1 + dx), y1: round(edge.y1 + dy), x2: round(edge.x2 + dx), y2: round(edge.y2 + dy)})),
    width: Math.ceil(Math.max(...extents.map((extent) => extent.x2)) + dx + padding),
    height: Math.ceil(Math.max(...extents.map((extent) => extent.y2)) + dy + padding),
  };
}

/** An article as the network sees it: the actors it names. */
export interface NamedTogether {
  readonly mentions: readonly {readonly actor: ActorId}[];
}

interface Placed extends SimulationNodeDatum {
  readonly index: number;
}

/** The box the actors index's nodes are spread over, in the drawing's units, before names are fitted around it. */
const indexBox = {width: 440, height: 400} as const;

/**
 * The network of the actors index: the `networkSize` most-named actors
 * (`ranked`, most named first) that share at least a threshold of articles
 * with another of them, and those pairs, strongest first then by name in
 * `order`. `undefined` when no pair reaches it.
 */
export function archiveNetwork(ranked: readonly ActorCount[], articles: readonly NamedTogether[], t: Translator, order: NameOrder): ActorNetwork | undefined {
  const top = ranked.filter((item) => item.articles > 0).slice(0, networkSize);
  const position = new Map(top.map((item, index) => [item.actor.id, index]));
  const size = top.length;
  const shared = new Map<number, number>();
  for (const article of articles) {
    const here = [...new Set(article.mentions.flatMap((mention) => position.get(mention.actor) ?? []))].sort((a, b) => a - b);
    for (let i = 0; i < here.length; i++) {
      for (let j = i + 1; j < here.length; j++) {
        const key = (here[i] ?? 0) * size + (here[j] ?? 0);
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const counts = [...shared.values()].sort((a, b) => b - a);
  let threshold = minimumShared;
  while (counts.filter((count) => count >= threshold).length > edgesPerNode * size) threshold++;
  const pairs = [...shared]
    .filter(([, count]) => count >= threshold)
    .map(([key, count]) => ({a: Math.floor(key / size), b: key % size, shared: count}));
  if (pairs.length === 0) return undefined;

  const used = [...new Set(pairs.flatMap((pair) => [pair.a, pair.b]))].sort((a, b) => a - b);
  const nodes: Placed[] = used.map((index) => ({index}));
  const at = new Map(used.map((index, order) => [index, order]));
  const links: SimulationLinkDatum<Placed>[] = pairs.map((pair) => ({source: at.get(pair.a) ?? 0, target: at.get(pair.b) ?? 0}));
  const most = Math.max(...pairs.map((pair) => pair.shared));
  const radiusOf = (index: number): number => 4 + 8 * Math.sqrt((top[index]?.articles ?? 0) / (top[0]?.articles ?? 1));
  const simulation = forceSimulation(nodes)
    .randomSource(seededRandom(seed))
    .force('link', forceLink<Placed, SimulationLinkDatum<Placed>>(links).distance(70).strength((_link, index) => 0.2 + (0.6 * (pairs[index]?.shared ?? 0)) / most))
    .force('charge', forceManyBody().strength(-240))
    .force('x', forceX(0).strength(0.05))
    .force('y', forceY(0).strength(0.08))
    .force('collide', forceCollide<Placed>((node) => radiusOf(used[node.index] ?? 0) + 6))
    .stop();
  simulation.tick(ticks);

  // Spread the layout over the box, keeping its proportions; names are fitted around it afterwards.
  const xs = nodes.map((node) => node.x ?? 0);
  const ys = nodes.map((node) => node.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(indexBox.width / Math.max(1, maxX - minX), indexBox.height / Math.max(1, maxY - minY));
  const point = (order: number): {x: number; y: number} => ({
    x: round(((nodes[order]?.x ?? 0) - minX) * scale),
    y: round(((nodes[order]?.y ?? 0) - minY) * scale),
  });
  const middle = ((maxX - minX) * scale) / 2;
  const drawn: NetworkNode[] = used.flatMap((index, order) => {
    const item = top[index];
    if (item === undefined) return [];
    const {x, y} = point(order);
    const r = round(radiusOf(index));
    return [{actor: item.actor, articles: item.articles, x, y, r, hitR: round(r + 8), label: {...labelBeside(x, y, r, middle), text: item.actor.name}, centre: false}];
  });
  const edges: NetworkEdge[] = pairs
    .flatMap((pair) => {
      const source = top[pair.a]?.actor;
      const target = top[pair.b]?.actor;
      const from = point(at.get(pair.a) ?? 0);
      const to = point(at.get(pair.b) ?? 0);
      if (source === undefined || target === undefined) return [];
      const width = round(1 + (3 * (pair.shared - threshold)) / Math.max(1, most - threshold));
      return [{source, target, shared: pair.shared, x1: from.x, y1: from.y, x2: to.x, y2: to.y, strokeWidth: width}];
    })
    .sort((a, b) => b.shared - a.shared || order.byName(a.source.name, b.source.name) || order.byName(a.target.name, b.target.name));
  const [strongest] = edges;
  if (strongest === undefined) return undefined;
  const fitted = fitBox(drawn, edges, 8);
  return {
    id: 'network',
    title: networkTitle(t, drawn.length),
    description: networkDescription(t, {
      nodes: drawn.length,
      edges: edges.length,
      threshold,
      strongest: {a: strongest.source.name, b: strongest.target.name, shared: strongest.shared},
    }),
    width: fitted.width,
    height: fitted.height,
    nodes: fitted.nodes,
    edges: fitted.edges,
    threshold,
  };
}

/** The radius of the circle an actor page's neighbours stand on. */
const circleRadius = 130;

/**
 * An actor page's small network: the actor at the centre, the actors most
 * often named with it (`neighbours`, with shared articles) around it, and a
 * line between two neighbours where each lists the other among its own
 * (`neighboursOf`) with at least `minimumShared` articles.
 */
export function neighbourNetwork(
  actor: ActorLink,
  neighbours: readonly ActorCount[],
  neighboursOf: (id: ActorId) => readonly ActorCount[],
  t: Translator,
): ActorNetwork | undefined {
  if (neighbours.length === 0) return undefined;
  const centreX = 0;
  const centreY = 0;
  const most = Math.max(...neighbours.map((item) => item.articles));
  const radius = (count: number): number => round(4 + 6 * Math.sqrt(count / most));
  const placed = neighbours.map((item, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / neighbours.length;
    const x = round(centreX + circleRadius * Math.cos(angle));
    const y = round(centreY + circleRadius * Math.sin(angle));
    const r = radius(item.articles);
    const cos = Math.cos(angle);
    // Names stand outside the circle: above or below near the top and bottom, else to the side.
    const label: ChartLabel =
      Math.abs(cos) < 0.3
        ? {x, y: round(Math.sin(angle) < 0 ? y - r - 5 : y + r + 14), text: item.actor.name, anchor: 'middle'}
        : {x: round(cos > 0 ? x + r + 3 : x - r - 3), y: round(y + 4), text: item.actor.name, anchor: cos > 0 ? 'start' : 'end'};
    return {item, node: {actor: item.actor, articles: item.articles, x, y, r, hitR: round(r + 8), label, centre: false} satisfies NetworkNode};
  });
  const centre: NetworkNode = {
    actor,
    articles: most,
    x: centreX,
    y: centreY,
    r: 12,
    hitR: 12,
    label: {x: centreX, y: round(centreY + 28), text: actor.name, anchor: 'middle'},
    centre: true,
  };
  const width = (count: number): number => round(1 + (3 * (count - 1)) / Math.max(1, most - 1));
  const spokes: NetworkEdge[] = placed.map(({item, node}) => ({
    source: actor,
    target: item.actor,
    shared: item.articles,
    x1: centreX,
    y1: centreY,
    x2: node.x,
    y2: node.y,
    strokeWidth: width(item.articles),
  }));
  const chords: NetworkEdge[] = placed.flatMap(({item, node}, index) =>
    placed.slice(index + 1).flatMap((other) => {
      const together = neighboursOf(item.actor.id).find((candidate) => candidate.actor.id === other.item.actor.id);
      if (together === undefined || together.articles < minimumShared) return [];
      return [{source: item.actor, target: other.item.actor, shared: together.articles, x1: node.x, y1: node.y, x2: other.node.x, y2: other.node.y, strokeWidth: 1}];
    }),
  );
  const fitted = fitBox([centre, ...placed.map(({node}) => node)], [...chords, ...spokes], 8);
  return {
    id: 'neighbours',
    title: neighboursTitle(t, actor.name),
    description: neighboursDescription(
      t,
      actor.name,
      neighbours.map((item) => ({name: item.actor.name, shared: item.articles})),
    ),
    width: fitted.width,
    height: fitted.height,
    nodes: fitted.nodes,
    edges: fitted.edges,
    threshold: minimumShared,
  };
}
