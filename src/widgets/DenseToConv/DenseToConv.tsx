import { useMemo, useRef, useState } from 'preact/hooks';
import { working } from '../../lib/cnn/index.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import '../shared/widget.css';
import './DenseToConv.css';
import {
	LIMITS,
	TRAIN_SIZE,
	VGG_HEAD,
	convert,
	reshapeOf,
	slidePositions,
	type Conversion,
	type Head,
} from './conversion.ts';
import { GridSvg } from './GridSvg.tsx';
import { HeadSvg } from './HeadSvg.tsx';
import { STRINGS } from './strings.ts';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';

/** Sizes offered as one-click examples: the training size, twice it, and one in between. */
const EXAMPLES = [224, 448, 640] as const;

const DEFAULT = convert(VGG_HEAD, TRAIN_SIZE);

/** `(25,088, 4,096)` in the page's number format. */
export function tuple(values: readonly number[], lang: Lang): string {
	return `(${values.map((v) => formatNumber(v, lang)).join(', ')})`;
}

/**
 * The dense-to-convolution converter of question 7: VGG-16's dense head next to its convolutional
 * twin, layer by layer with identical counts, the weight reshapes, and the grid of predictions a
 * larger input gives. Reader-set head and input size; the engine computes every number, and an
 * impossible size gets the engine's own message while the last good result stays, marked stale.
 */
export default function DenseToConv(props: { lang: Lang }) {
	const { lang } = props;
	const t = STRINGS[lang];
	const n = (v: number) => formatNumber(v, lang);
	const [size, setSize] = useState<number>(TRAIN_SIZE);
	const [sizeKey, setSizeKey] = useState(0);
	const [head, setHead] = useState<Head>(VGG_HEAD);
	const [invalid, setInvalid] = useState<Record<string, boolean>>({});
	const result = useMemo(() => convert(head, size), [head, size]);
	const last = useRef<Conversion | undefined>(DEFAULT.ok ? DEFAULT.value : undefined);
	if (result.ok) last.current = result.value;
	const shown = last.current;
	const bad = Object.values(invalid).some(Boolean);
	const stale = !result.ok || bad;
	const validity = (field: string) => (isBad: boolean) =>
		setInvalid((v) => ({ ...v, [field]: isBad }));
	const square = (s: number) => `${n(s)}×${n(s)}`;

	const controls = (
		<div class="d2c-controls">
			<div class="d2c-size">
				<NumberField
					key={sizeKey}
					id="d2c-size"
					label={t.size}
					hint={t.sizeHint}
					value={size}
					rule={LIMITS.size}
					lang={lang}
					onValue={setSize}
					onValidity={validity('size')}
				/>
				<div class="d2c-examples" role="group" aria-label={t.presets}>
					<span aria-hidden="true">{t.presets}</span>
					{EXAMPLES.map((example) => (
						<button
							key={example}
							type="button"
							aria-pressed={size === example}
							onClick={() => {
								setSize(example);
								setInvalid((v) => ({ ...v, size: false }));
								setSizeKey((k) => k + 1);
							}}
						>
							{n(example)}
						</button>
					))}
				</div>
			</div>
			<fieldset class="d2c-head">
				<legend>{t.headLegend}</legend>
				<NumberField
					id="d2c-dense"
					label={t.dense}
					value={head.dense}
					rule={LIMITS.dense}
					lang={lang}
					onValue={(dense) => setHead((h) => ({ ...h, dense }))}
					onValidity={validity('dense')}
				/>
				<NumberField
					id="d2c-units"
					label={t.units}
					value={head.units}
					rule={LIMITS.units}
					lang={lang}
					onValue={(units) => setHead((h) => ({ ...h, units }))}
					onValidity={validity('units')}
				/>
				<NumberField
					id="d2c-classes"
					label={t.classes}
					value={head.classes}
					rule={LIMITS.classes}
					lang={lang}
					onValue={(classes) => setHead((h) => ({ ...h, classes }))}
					onValidity={validity('classes')}
				/>
			</fieldset>
		</div>
	);
	if (!shown) return <div class="cnn-widget d2c">{controls}</div>;

	const { pairs, output, stride } = shown;
	const grid = output[0]!;
	const headTotal = pairs.reduce((sum, p) => sum + p.conv.params, 0);
	const denseTotal = pairs.reduce((sum, p) => sum + p.dense.params, 0);
	const pools = shown.conv.layers
		.slice(0, shown.baseLayers)
		.filter((r) => 'strides' in r.layer && r.layer.strides[0] > 1).length;
	const [fh, fw, fc] = shown.featureMap;
	const positions = output[0]! * output[1]!;
	const billions = (macs: number) =>
		t.gmacs(formatNumber(macs / 1e9, lang, { maximumFractionDigits: 1 }));
	return (
		<div class="cnn-widget d2c" lang={lang}>
			{controls}
			{!result.ok && (
				<p class="cnn-field__error d2c-error" role="alert">
					{result.error.describe(lang)}
				</p>
			)}
			<LiveRegion>
				{result.ok && !bad
					? t.announce(square(size), `${n(grid)}×${n(output[1]!)}`, n(headTotal))
					: ''}
			</LiveRegion>
			<div class={stale ? 'cnn-stale' : undefined} data-size={shown.size}>
				<h4 class="d2c-heading">{t.layersTitle}</h4>
				<figure class="d2c-figure">
					<ScrollRegion class="d2c-scroll" label={t.headTitle}>
						<HeadSvg conversion={shown} lang={lang} />
					</ScrollRegion>
				</figure>
				<ScrollRegion class="d2c-scroll" label={t.layersTitle}>
					<table class="d2c-pairs">
						<thead>
							<tr>
								<th scope="col">{t.layer}</th>
								<th scope="col">{t.denseHeader(square(TRAIN_SIZE))}</th>
								<th scope="col">{t.convHeader(square(shown.size))}</th>
								<th scope="col">{t.same}</th>
							</tr>
						</thead>
						<tbody>
							{pairs.map((pair) => (
								<tr key={pair.dense.name} data-layer={pair.dense.name}>
									<th scope="row">{pair.dense.name}</th>
									<td>
										<span class="d2c-count" data-kind="dense">
											{n(pair.dense.params)}
										</span>
										<span class="d2c-working">{working(pair.dense, lang)}</span>
									</td>
									<td>
										<span class="d2c-count" data-kind="conv">
											{n(pair.conv.params)}
										</span>
										<span class="d2c-working">{working(pair.conv, lang)}</span>
									</td>
									<td>{pair.dense.params === pair.conv.params ? `✓ ${t.yes}` : '✗'}</td>
								</tr>
							))}
							<tr>
								<th scope="row">{t.total}</th>
								<td class="d2c-total" data-kind="dense">
									{n(denseTotal)}
								</td>
								<td class="d2c-total" data-kind="conv">
									{n(headTotal)}
								</td>
								<td>{denseTotal === headTotal ? `✓ ${t.yes}` : '✗'}</td>
							</tr>
						</tbody>
					</table>
				</ScrollRegion>

				<h4 class="d2c-heading">{t.reshapeTitle}</h4>
				<ul class="d2c-reshapes">
					{pairs.map((pair) => {
						const r = reshapeOf(pair);
						return (
							<li key={pair.dense.name}>
								<code>
									{t.reshapeKeras(
										pair.dense.name,
										tuple(r.kerasFrom, lang),
										tuple(r.kerasTo, lang),
									)}
								</code>
								<br />
								<code>
									{t.reshapeTorch(
										pair.dense.name,
										tuple(r.torchFrom, lang),
										tuple(r.torchTo, lang),
									)}
								</code>
							</li>
						);
					})}
				</ul>
				<p class="d2c-note">{t.flatIndex(n(fh!), n(fw!), n(fc!))}</p>

				<h4 class="d2c-heading">{t.gridTitle}</h4>
				<figure class="d2c-figure">
					<ScrollRegion class="d2c-scroll" label={t.gridTitle}>
						<GridSvg conversion={shown} lang={lang} />
					</ScrollRegion>
				</figure>
				<ul class="d2c-explain">
					<li class="d2c-grid" data-grid={`${output[0]}x${output[1]}`}>
						{t.predictions(`${n(output[0]!)}×${n(output[1]!)}×${n(output[2]!)}`, n(positions))}
					</li>
					<li>
						{t.slide(
							n(shown.size),
							n(TRAIN_SIZE),
							n(stride),
							n(slidePositions(shown.size, TRAIN_SIZE, stride)),
						)}
					</li>
					<li>{t.strideWhy(n(stride), n(pools))}</li>
					<li>
						{t.once(
							billions(shown.conv.macs),
							n(positions),
							billions(shown.dense.macs),
							billions(positions * shown.dense.macs),
						)}
					</li>
				</ul>
			</div>
		</div>
	);
}
