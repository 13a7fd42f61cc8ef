import type { RefObject } from 'preact';
import type { ExplorerStrings } from './strings.ts';

/**
 * The two download buttons under a diagram: the SVG as it is drawn, and a PNG of it. The export
 * code loads on the first click, so it costs a page nothing until a reader uses it.
 */
export function ExportButtons(props: {
	svgRef: RefObject<SVGSVGElement>;
	name: string;
	t: ExplorerStrings;
}) {
	const { t } = props;
	const svg = () => props.svgRef.current;
	return (
		<div class="ax-buttons">
			{(['svg', 'png'] as const).map((format) => (
				<button
					key={format}
					type="button"
					data-export={format}
					onClick={() => {
						const el = svg();
						if (el)
							void import('./export.ts').then((m) =>
								format === 'svg' ? m.downloadSvg(el, props.name) : m.downloadPng(el, props.name),
							);
					}}
				>
					{t.download} {format.toUpperCase()}
				</button>
			))}
		</div>
	);
}
