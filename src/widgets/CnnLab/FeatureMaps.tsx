import { useEffect, useRef } from 'preact/hooks';
import { fill } from '../../lib/i18n/fill.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import {
	channelOf,
	channelStats,
	greyToRgba,
	toGreyLevels,
	valueRange,
	type LayerMaps,
	type ValueRange,
} from '../../lib/training/inspect.ts';
import type { InspectStrings } from './inspect-strings.ts';
import './inspect.css';

export interface FeatureMapsProps {
	/**
	 * Each convolution and pooling layer's output for one image, in layer order, as
	 * `layerMaps(network)` (`lib/training/inspect.ts`) returns them; `undefined` before an image
	 * has gone through the network.
	 */
	layers: readonly LayerMaps[] | undefined;
	/** The page language's words (`INSPECT_STRINGS[lang]`). */
	t: InspectStrings;
	lang: Lang;
	/** Prefix for element ids; unique on the page. */
	id: string;
	/** Maps drawn per layer at most (default 64, the book model's widest layer). */
	maxMaps?: number | undefined;
}

/** One feature map drawn on a canvas the size of the map, which CSS enlarges without smoothing. */
function MapCanvas(props: {
	pixels: Float32Array;
	height: number;
	width: number;
	range: ValueRange;
	label: string;
}) {
	const { pixels, height, width, range } = props;
	const canvas = useRef<HTMLCanvasElement>(null);
	useEffect(() => {
		const context = canvas.current?.getContext('2d');
		if (!context) return;
		const rgba = greyToRgba(toGreyLevels(pixels, range));
		context.putImageData(new ImageData(rgba, width, height), 0, 0);
	}, [pixels, height, width, range]);
	return (
		<canvas
			ref={canvas}
			class="inspect-maps__map"
			width={width}
			height={height}
			title={props.label}
			aria-hidden="true"
		/>
	);
}

/**
 * What every convolution and pooling layer makes of one image: each feature map as a small grey
 * image, the layer's lowest value black and its highest white (one scale per layer, so a map that
 * barely responds stays dark beside one that fires). The maps are pictures for the eye; each
 * layer also gets a sentence (its size, its range of values and its most active map), which is
 * the text alternative screen readers get and what a reader without the pictures reads.
 */
export function FeatureMaps(props: FeatureMapsProps) {
	const { layers, t, lang, id, maxMaps = 64 } = props;
	const number = (v: number) => formatNumber(v, lang, { maximumFractionDigits: 2 });
	return (
		<div class="inspect-maps">
			<h6 id={`${id}-maps-title`}>{t.mapsTitle}</h6>
			{!layers || layers.length === 0 ? (
				<p class="inspect-note">{t.mapsEmpty}</p>
			) : (
				<>
					<p class="inspect-note">{t.mapsHelp}</p>
					{layers.map((layer, index) => {
						const [height, width, count] = layer.shape;
						const range = valueRange(layer.values);
						const stats = channelStats(layer.values, layer.shape);
						let best = 0;
						stats.forEach((s, k) => {
							if (s.mean > (stats[best]?.mean ?? -Infinity)) best = k;
						});
						const shown = Math.min(count, maxMaps);
						const values = { name: layer.name, count, height, width };
						const summaryId = `${id}-maps-${index}`;
						return (
							<figure class="inspect-maps__layer" key={`${layer.name}-${index}`}>
								<figcaption>{fill(t.mapsLayer, values)}</figcaption>
								<div
									class="inspect-maps__grid"
									role="img"
									aria-label={fill(t.mapsLayer, values)}
									aria-describedby={summaryId}
								>
									{Array.from({ length: shown }, (_, channel) => (
										<MapCanvas
											key={channel}
											pixels={channelOf(layer.values, layer.shape, channel)}
											height={height}
											width={width}
											range={range}
											label={fill(t.mapsMap, { n: channel + 1 })}
										/>
									))}
								</div>
								<p id={summaryId} class="inspect-note">
									{fill(t.mapsSummary, {
										...values,
										min: number(range.min),
										max: number(range.max),
										best: best + 1,
										mean: number(stats[best]?.mean ?? 0),
									})}
									{shown < count && ` ${fill(t.mapsMore, { shown, count })}`}
								</p>
							</figure>
						);
					})}
				</>
			)}
		</div>
	);
}
