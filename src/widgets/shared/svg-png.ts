import { PNG_MIN_WIDTH, pngLayout, wrapWords } from '../../lib/figure-png/layout.ts';

/**
 * Presentation properties the site's stylesheets set on SVG elements through classes and
 * Starlight's custom properties. An SVG drawn as an image sees none of the page's CSS, so each is
 * copied inline, as the browser computed it for the current theme.
 */
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-opacity',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'visibility',
	'display',
] as const;

/** A line of the key under a figure: a stroke of the figure's colour, then its words. */
export interface PngKey {
	readonly label: string;
	readonly colour: string;
	readonly dashed: boolean;
	readonly lineWidth: number;
}

/** What goes around the drawing. */
export interface PngOptions {
	/** The heading: the first line bold (the figure's title), the rest plain (its caption). */
	readonly heading?: readonly string[];
	readonly keys?: readonly PngKey[];
	/** Device pixels per CSS pixel; 3 gives a sharp picture for a slide or a printed page. */
	readonly scale?: number;
}

/** The page's colours and text font, as the current theme resolves them around `element`. */
export function themeAround(element: Element): {
	background: string;
	text: string;
	font: string;
} {
	let background = '';
	for (let node: Element | null = element; node; node = node.parentElement) {
		const colour = getComputedStyle(node).backgroundColor;
		if (colour && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) {
			background = colour;
			break;
		}
	}
	const body = getComputedStyle(document.body);
	return {
		background: background || body.backgroundColor || '#ffffff',
		text: body.color,
		font: body.fontFamily,
	};
}

/**
 * A copy of `svg` with every computed presentation property inline and its size as attributes:
 * its own size, or larger for a drawing narrower than `PNG_MIN_WIDTH` (eight 3 × 3 filters), so
 * that it fills the picture's width instead of sitting small in a corner.
 */
function standalone(svg: SVGSVGElement): { markup: string; width: number; height: number } {
	const box = svg.viewBox.baseVal;
	const zoom = Math.max(1, PNG_MIN_WIDTH / (box.width || svg.clientWidth || PNG_MIN_WIDTH));
	const width = zoom * (box.width || svg.clientWidth);
	const height = zoom * (box.height || svg.clientHeight);
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const from = [svg, ...svg.querySelectorAll('*')];
	const to = [copy, ...copy.querySelectorAll('*')];
	from.forEach((element, i) => {
		const target = to[i];
		if (!(target instanceof SVGElement)) return;
		const computed = getComputedStyle(element);
		for (const property of STYLE_PROPERTIES)
			target.style.setProperty(property, computed.getPropertyValue(property));
	});
	copy.removeAttribute('style');
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.setAttribute('width', String(width));
	copy.setAttribute('height', String(height));
	return { markup: new XMLSerializer().serializeToString(copy), width, height };
}

/**
 * Draws an SVG figure of the page onto a canvas, on the theme's background, with its heading
 * above and its key below in the site's text font, and returns it as a PNG. The SVG is drawn as
 * an image from a copy whose colours and fonts the current theme has already resolved, so the
 * PNG looks like the figure on the screen, in the light or the dark theme.
 */
export async function svgToPng(svg: SVGSVGElement, options: PngOptions = {}): Promise<Blob> {
	const scale = options.scale ?? 3;
	const theme = themeAround(svg);
	const { markup, width, height } = standalone(svg);
	const fontSize = 14;
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d');
	if (!context) throw new Error('no 2-D canvas');
	const font = (bold: boolean) => `${bold ? '600 ' : ''}${fontSize}px ${theme.font}`;

	const first = pngLayout({ width, height, headingLines: 0, keyLines: 0, fontSize });
	const textWidth = first.width - 2 * first.padding;
	const heading = (options.heading ?? []).flatMap((text, i) => {
		context.font = font(i === 0);
		return wrapWords(text, textWidth, (s) => context.measureText(s).width).map((line) => ({
			line,
			bold: i === 0,
		}));
	});
	const keys = options.keys ?? [];
	const layout = pngLayout({
		width,
		height,
		headingLines: heading.length,
		keyLines: keys.length,
		fontSize,
	});

	canvas.width = layout.width * scale;
	canvas.height = layout.height * scale;
	context.scale(scale, scale);
	context.fillStyle = theme.background;
	context.fillRect(0, 0, layout.width, layout.height);

	const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		context.drawImage(image, layout.padding, layout.imageY, width, height);
	} finally {
		URL.revokeObjectURL(url);
	}

	context.fillStyle = theme.text;
	context.textBaseline = 'alphabetic';
	heading.forEach(({ line, bold }, i) => {
		context.font = font(bold);
		context.fillText(line, layout.padding, layout.headingY + i * layout.lineHeight);
	});
	context.font = font(false);
	context.textBaseline = 'middle';
	keys.forEach((key, i) => {
		const y = layout.keyY + i * layout.lineHeight;
		context.strokeStyle = key.colour;
		context.lineWidth = key.lineWidth;
		context.setLineDash(key.dashed ? [6, 4] : []);
		context.beginPath();
		context.moveTo(layout.padding, y);
		context.lineTo(layout.padding + 24, y);
		context.stroke();
		context.fillStyle = theme.text;
		context.fillText(key.label, layout.padding + 32, y);
	});

	return new Promise((resolve, reject) => {
		canvas.toBlob((blob) => {
			if (blob) resolve(blob);
			else reject(new Error('the canvas gave no PNG'));
		}, 'image/png');
	});
}
