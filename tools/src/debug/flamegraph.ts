/**
 * An SVG flame graph from folded stacks (prof.ts): the classic layout,
 * the root at the bottom, each frame as wide as its share of the samples,
 * children sorted by name, a tooltip (`<title>`) with its samples and
 * percentage. Static SVG without scripts: it opens in any browser and is
 * checked as XML by the tests. Written here rather than taken from npm:
 * the renderers there either need a browser DOM (d3-flame-graph) or are
 * unmaintained (flamegraph 1.3.0, whose dependencies are a decade old).
 */

interface Node {
  name: string;
  total: number;
  children: Map<string, Node>;
}

const WIDTH = 1200;
const FRAME = 16;
const PAD = 10;
const TITLE = 24;
const CHAR = 7; // px per character of the 12px monospace labels

function tree(folded: ReadonlyMap<string, number>): Node {
  const root: Node = { name: 'all', total: 0, children: new Map() };
  for (const [stack, n] of folded) {
    root.total += n;
    let at = root;
    for (const f of stack.split(';')) {
      let c = at.children.get(f);
      if (!c) at.children.set(f, (c = { name: f, total: 0, children: new Map() }));
      c.total += n;
      at = c;
    }
  }
  return root;
}

function depthOf(n: Node): number {
  let d = 0;
  for (const c of n.children.values()) d = Math.max(d, depthOf(c));
  return d + 1;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A stable warm colour from the name, as flame graphs use. */
function colour(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `rgb(${205 + (h % 50)},${(h >>> 8) % 180},${(h >>> 16) % 55})`;
}

/** The SVG document of a flame graph of the folded stacks, titled title. */
export function flameGraphSvg(folded: ReadonlyMap<string, number>, title: string): string {
  const root = tree(folded);
  const levels = depthOf(root);
  const height = TITLE + levels * FRAME + 2 * PAD;
  const scale = root.total ? (WIDTH - 2 * PAD) / root.total : 0;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="monospace" font-size="12">`,
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#f8f8f8"/>`,
    `<text x="${WIDTH / 2}" y="${PAD + 12}" text-anchor="middle" font-size="16">${esc(title)}</text>`,
  ];
  const draw = (n: Node, x: number, level: number) => {
    const w = n.total * scale;
    const y = height - PAD - (level + 1) * FRAME;
    const pct = root.total ? ((100 * n.total) / root.total).toFixed(2) : '0';
    out.push(
      `<g><title>${esc(n.name)} (${n.total} sample${n.total === 1 ? '' : 's'}, ${pct}%)</title>` +
        `<rect x="${x.toFixed(2)}" y="${y}" width="${w.toFixed(2)}" height="${FRAME - 1}" fill="${colour(n.name)}" rx="2"/>`,
    );
    const chars = Math.floor((w - 6) / CHAR);
    if (chars >= 3) {
      const label = n.name.length <= chars ? n.name : `${n.name.slice(0, chars - 2)}..`;
      out.push(`<text x="${(x + 3).toFixed(2)}" y="${y + FRAME - 4}">${esc(label)}</text>`);
    }
    out.push('</g>');
    let cx = x;
    for (const c of [...n.children.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      draw(c, cx, level + 1);
      cx += c.total * scale;
    }
  };
  draw(root, PAD, 0);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
