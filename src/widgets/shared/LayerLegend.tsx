import { kindClass, type LayerKind } from '../../lib/diagram/layer-kind.ts';
import type { LayerLegendWords } from './layer-words.ts';

/**
 * The key to the layer colours, shown with every figure that colours layers: one swatch and name
 * per family the figure uses, in the shared colours of `widget.css`. It renders on the server
 * with its figure; the swatches are decoration, the names carry the meaning.
 */
export function LayerLegend(props: { kinds: readonly LayerKind[]; words: LayerLegendWords }) {
	const { kinds, words } = props;
	if (kinds.length === 0) return null;
	return (
		<ul class="cnn-legend" aria-label={words.title}>
			{kinds.map((kind) => (
				<li key={kind} data-kind={kind}>
					<span class={`cnn-swatch ${kindClass(kind)}`} aria-hidden="true" />
					{words.kinds[kind]}
				</li>
			))}
		</ul>
	);
}
