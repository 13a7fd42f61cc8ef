import type { LayerKind } from '../../lib/diagram/layer-kind.ts';
import { TEXT_FONT } from '../../lib/diagram/text.ts';
import { downloadBlob } from '../shared/download.ts';

/**
 * Downloads a diagram as a stand-alone SVG or PNG file. On the page the SVG takes its colours
 * from the theme through CSS; a file opened elsewhere has no page stylesheet, so the copy gets an
 * embedded stylesheet with explicit colours (the light theme's) and a white background.
 */

/**
 * The layer colours of exported files: the light theme's values of the shared layer colours
 * (`widget.css`), as Chromium computes them, which an exported file cannot read from the page.
 */
const LAYER_EXPORT_STYLE = Object.entries({
	input: ['#edeef3', '#555962'],
	conv: ['#cfd4fc', '#3d50f5'],
	pool: ['#defbd0', '#4fdf0c'],
	dense: ['#edd1fa', '#bb3df5'],
	norm: ['#fceac5', '#f5bb3d'],
	activation: ['#fad1df', '#f53d7d'],
	merge: ['#d6e8e7', '#2aa5af'],
	dropout: ['#f3d1ed', '#d748bc'],
	reshape: ['#ffffff', '#888c96'],
} satisfies Record<LayerKind, [string, string]>)
	.map(
		([kind, [low, strong]]) =>
			`.cnn-kind-${kind} rect, rect.cnn-kind-${kind} { fill: ${low}; stroke: ${strong}; stroke-width: 1.5; }`,
	)
	.join('\n');

/** The colours of exported files, one rule per class the diagrams use. */
export const EXPORT_STYLE = `
svg { color: #1b1e24; font-family: ${TEXT_FONT}; font-size: 12px; }
text { fill: #1b1e24; }
.dg-muted { fill: #4b5160; }
.dg-strong { font-weight: 700; }
.dg-node rect, .dg-box { fill: #ffffff; stroke: #6b7180; stroke-width: 1; }
${LAYER_EXPORT_STYLE}
.cnn-kind-reshape rect { stroke-dasharray: 4 3; }
.dg-group rect { fill: #eef0f3; }
.dg-edge { fill: none; stroke: #6b7180; stroke-width: 1.25; }
.dg-skip { fill: none; stroke: #3451b2; stroke-width: 1.5; }
.dg-arrow { fill: #6b7180; }
.dg-arrow-skip { fill: #3451b2; }
.dg-chevron { fill: #1b1e24; }
.dg-grid { stroke: #6b7180; fill: none; }
`;

/** A copy of `svg` that renders on its own: namespaces, size, explicit colours, background. */
export function standaloneSvg(svg: SVGSVGElement): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const box = svg.viewBox.baseVal;
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.setAttribute('width', String(box.width));
	copy.setAttribute('height', String(box.height));
	copy.removeAttribute('style');
	copy.removeAttribute('class');
	for (const el of copy.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
	for (const el of copy.querySelectorAll('.is-active')) el.classList.remove('is-active');
	const ns = 'http://www.w3.org/2000/svg';
	const style = document.createElementNS(ns, 'style');
	style.textContent = EXPORT_STYLE;
	const background = document.createElementNS(ns, 'rect');
	background.setAttribute('x', String(box.x));
	background.setAttribute('y', String(box.y));
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', '#ffffff');
	const defs = copy.querySelector('defs');
	copy.insertBefore(style, defs ? defs.nextSibling : copy.firstChild);
	copy.insertBefore(background, style.nextSibling);
	return new XMLSerializer().serializeToString(copy);
}

/** Saves the diagram as `<name>.svg`. */
export function downloadSvg(svg: SVGSVGElement, name: string): void {
	downloadBlob(new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' }), `${name}.svg`);
}

/**
 * Saves the diagram as `<name>.png` at twice its size: the stand-alone SVG is drawn into a canvas
 * (`drawImage`), so the PNG shows exactly what the SVG file does.
 */
export async function downloadPng(svg: SVGSVGElement, name: string): Promise<void> {
	const text = standaloneSvg(svg);
	const box = svg.viewBox.baseVal;
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.ceil(box.width * 2);
	canvas.height = Math.ceil(box.height * 2);
	const context = canvas.getContext('2d');
	if (!context) return;
	context.scale(2, 2);
	context.drawImage(image, 0, 0, box.width, box.height);
	const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
	if (blob) downloadBlob(blob, `${name}.png`);
}
