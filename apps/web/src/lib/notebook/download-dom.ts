// The browser half of the downloads (downloads.ts has the pure half): read a drawn chart's styles into
// its SVG, rasterise an SVG to PNG, hand a file to the browser.

/** What the stylesheet gives recharts' shapes and text; inlined, the SVG looks the same outside the page. */
const SHAPE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'visibility'];
const TEXT_PROPS = ['font-size', 'font-weight', 'text-anchor', 'dominant-baseline'];
/** Initial values, left out to keep the file small. */
const INITIAL: Record<string, string> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  opacity: '1',
  visibility: 'visible',
  'stroke-dasharray': 'none',
  'dominant-baseline': 'auto',
  'font-weight': '400',
  'text-anchor': 'start',
  stroke: 'none',
  'stroke-width': '1px',
};

function inlineStyle(el: Element): string {
  const cs = getComputedStyle(el);
  const text = el.tagName === 'text' || el.tagName === 'tspan';
  return [...SHAPE_PROPS, ...(text ? TEXT_PROPS : [])]
    .map((p) => [p, cs.getPropertyValue(p)] as const)
    .filter(([p, v]) => v !== '' && (INITIAL[p] !== v || el.hasAttribute(p)))
    .map(([p, v]) => `${p}:${v}`)
    .join(';');
}

/** The chart's <svg> as standalone markup: computed styles inlined, classes and focus outlines dropped. */
export function inlineSvg(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const target = to[i]!;
    const cs = getComputedStyle(el);
    if (cs.display === 'none') {
      target.remove();
      return;
    }
    target.setAttribute('style', inlineStyle(el));
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

/** Draws an SVG document onto a canvas at `scale` (2× for sharp print) and encodes it as PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.width = width;
    img.height = height;
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Hands a file to the browser's download. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveText(text: string, name: string, type: string): void {
  saveBlob(new Blob([text], { type }), name);
}
