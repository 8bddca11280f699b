// node check.mjs FILE.md...: parses every ```mermaid block of each Markdown file with mermaid.js
// (the library GitHub and GitLab render Mermaid with) and prints one JSON object per block:
//   {"file", "block", "ok", "error", "type", "length", "nodes": {id: text}, "edges": [[from, to, text]],
//    "subgraphs": {id: title}}
// Labels come back decoded (entity codes resolved, <br/> as "\n") so the caller can compare them
// with the design. Exits 1 when any block fails to parse or a file has no block.
import fs from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
globalThis.DOMParser = dom.window.DOMParser;
globalThis.Element = dom.window.Element;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

// mermaid keeps "#60;" as a placeholder until it writes the SVG; resolve it like the renderer.
const decode = (text) => {
  // Line breaks first: an encoded "#60;br/#62;" is literal text, not a break.
  return String(text ?? '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/ﬂ°°(\d+)¶ß/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/ﬂ°(\w+)¶ß/g, (_, name) => dom.window.document.createRange()
      .createContextualFragment(`&${name};`).textContent);
};

const fence = /^```mermaid[^\n]*\n([\s\S]*?)^```[ \t]*$/gm;
let failed = 0;
for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, 'utf8');
  const blocks = [...text.matchAll(fence)].map((m) => m[1]);
  if (blocks.length === 0) {
    failed++;
    console.log(JSON.stringify({ file, block: 0, ok: false, error: 'no mermaid block' }));
  }
  for (const [i, src] of blocks.entries()) {
    const out = { file, block: i + 1, ok: true, length: src.length };
    try {
      const parsed = await mermaid.parse(src);
      out.type = parsed.diagramType;
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(src);
      const db = diagram.db;
      if (typeof db.getVertices === 'function') {
        out.nodes = {};
        for (const [id, v] of db.getVertices()) out.nodes[id] = decode(v.text);
        out.edges = db.getEdges().map((e) => [e.start, e.end, decode(e.text)]);
        out.subgraphs = {};
        for (const s of db.getSubGraphs()) out.subgraphs[s.id] = decode(s.title);
      }
    } catch (e) {
      failed++;
      out.ok = false;
      out.error = String(e?.message ?? e).split('\n').slice(0, 4).join(' | ');
    }
    console.log(JSON.stringify(out));
  }
}
process.exit(failed ? 1 : 0);
