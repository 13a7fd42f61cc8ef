import { useMemo, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';
import { DataTable } from '../shared/DataTable.tsx';
import { useOnDemand } from '../shared/useOnDemand.ts';
import '../shared/widget.css';
import './DenseToConv.css';
import type { LayerKind } from '../../lib/diagram/layer-kind.ts';
import { LayerLegend } from '../shared/LayerLegend.tsx';
import { GridSvg } from './GridSvg.tsx';
import { HeadSvg } from './HeadSvg.tsx';
import { LIMITS, TRAIN_SIZE, type Head } from './settings.ts';
import type { ConverterStrings } from './strings.ts';
import type { ConverterView } from './view.ts';
import { WidgetRoot } from '../shared/WidgetRoot.tsx';

/** Sizes offered as one-click examples: the training size, twice it, and one in between. */
const EXAMPLES = [224, 448, 640] as const;

/** The widget's main action: run the convolutional head on an image twice the training size. */
const PRIMARY_EXAMPLE = 448;

/** The head's three fields, in the form's order; each edits the `Head` field of its name. */
const HEAD_FIELDS = ['dense', 'units', 'classes'] as const;

/** The layer colours the head figure uses, for its legend. */
const HEAD_KINDS: readonly LayerKind[] = ['input', 'reshape', 'dense', 'conv'];

/** `(25,088, 4,096)` in the page's number format. */
export function tuple(values: readonly number[], lang: Lang): string {
	return `(${values.map((v) => formatNumber(v, lang)).join(', ')})`;
}

export interface DenseToConvProps {
	lang: Lang;
	/** The page language's words (`STRINGS[lang]`), from `DenseToConv.astro`. */
	t: ConverterStrings;
	/** The first frame, computed at build time: VGG-16's own head on a 224×224 image. */
	view: ConverterView;
}

/**
 * The dense-to-convolution converter of question 7: VGG-16's dense head next to its convolutional
 * twin, layer by layer with identical counts, the weight reshapes, and the grid of predictions a
 * larger input gives. Reader-set head and input size. Every number comes from `view.ts` (the
 * engine): the first frame from the wrapper, later ones from the module this island loads when the
 * reader first focuses or touches it. An impossible size gets the engine's own message while the
 * last good result stays, marked stale; so does a change made before the engine has arrived.
 */
export default function DenseToConv(props: DenseToConvProps) {
	const { lang, t } = props;
	const n = (v: number) => formatNumber(v, lang);
	const [engine, load] = useOnDemand(() => import('./view.ts'));
	const [size, setSize] = useState<number>(props.view.size);
	const [sizeKey, setSizeKey] = useState(0);
	const [head, setHead] = useState<Head>(props.view.head);
	const [invalid, setInvalid] = useState<Record<string, boolean>>({});
	const result = useMemo(() => engine?.converterView(head, size, lang), [engine, head, size, lang]);
	const last = useRef<ConverterView>(props.view);
	if (result?.ok) last.current = result.view;
	const shown = last.current;
	const waiting = result === undefined && (size !== props.view.size || head !== props.view.head);
	const bad = Object.values(invalid).some(Boolean);
	const stale = waiting || bad || result?.ok === false;
	const validity = (field: string) => (isBad: boolean) =>
		setInvalid((v) => ({ ...v, [field]: isBad }));
	const square = (s: number) => `${n(s)}×${n(s)}`;

	const { layers, output, stride } = shown;
	const [fh, fw, fc] = shown.featureMap;
	const positions = output[0] * output[1];
	const billions = (macs: number) =>
		fill(t.gmacs, { v: formatNumber(macs / 1e9, lang, { maximumFractionDigits: 1 }) });
	const plural = (sentence: { one: string; other: string }, count: number) =>
		count === 1 ? sentence.one : sentence.other;
	return (
		<WidgetRoot class="d2c" attrs={{ lang }} load={load}>
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
								class={example === PRIMARY_EXAMPLE ? 'cnn-btn-primary' : undefined}
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
					{HEAD_FIELDS.map((key) => (
						<NumberField
							key={key}
							id={`d2c-${key}`}
							label={t[key]}
							value={head[key]}
							rule={LIMITS[key]}
							lang={lang}
							onValue={(value) => setHead((h) => ({ ...h, [key]: value }))}
							onValidity={validity(key)}
						/>
					))}
				</fieldset>
			</div>
			{result?.ok === false && (
				<p class="cnn-field__error d2c-error" role="alert">
					{result.message}
				</p>
			)}
			<LiveRegion>
				{!stale
					? fill(t.announce, {
							size: square(size),
							grid: `${n(output[0])}×${n(output[1])}`,
							total: n(shown.convTotal),
						})
					: ''}
			</LiveRegion>
			<div class={stale ? 'cnn-stale' : undefined} data-size={shown.size}>
				<h4 class="d2c-heading">{t.layersTitle}</h4>
				<figure class="d2c-figure">
					<ScrollRegion class="d2c-scroll" label={t.headTitle}>
						<HeadSvg view={shown} t={t} lang={lang} />
					</ScrollRegion>
					<LayerLegend kinds={HEAD_KINDS} words={t.legend} />
				</figure>
				<DataTable
					regionClass="d2c-scroll"
					label={t.layersTitle}
					tableClass="d2c-pairs"
					columns={[
						t.layer,
						fill(t.denseHeader, { size: square(TRAIN_SIZE) }),
						fill(t.convHeader, { size: square(shown.size) }),
						t.same,
					]}
				>
					{layers.map((layer) => (
						<tr key={layer.name} data-layer={layer.name}>
							<th scope="row">{layer.name}</th>
							{(['dense', 'conv'] as const).map((kind) => (
								<td key={kind}>
									<span class="d2c-count" data-kind={kind}>
										{n(layer[kind].params)}
									</span>
									<span class="d2c-working">{layer[kind].working}</span>
								</td>
							))}
							<td>{layer.dense.params === layer.conv.params ? `✓ ${t.yes}` : '✗'}</td>
						</tr>
					))}
					<tr>
						<th scope="row">{t.total}</th>
						<td class="d2c-total" data-kind="dense">
							{n(shown.denseTotal)}
						</td>
						<td class="d2c-total" data-kind="conv">
							{n(shown.convTotal)}
						</td>
						<td>{shown.denseTotal === shown.convTotal ? `✓ ${t.yes}` : '✗'}</td>
					</tr>
				</DataTable>

				<h4 class="d2c-heading">{t.reshapeTitle}</h4>
				<ul class="d2c-reshapes">
					{layers.map(({ name, reshape: r }) => (
						<li key={name}>
							<code>
								{fill(t.reshapeKeras, {
									name,
									from: tuple(r.kerasFrom, lang),
									to: tuple(r.kerasTo, lang),
								})}
							</code>
							<br />
							<code>
								{fill(t.reshapeTorch, {
									name,
									from: tuple(r.torchFrom, lang),
									to: tuple(r.torchTo, lang),
								})}
							</code>
						</li>
					))}
				</ul>
				<p class="d2c-note">{fill(t.flatIndex, { h: n(fh), w: n(fw), c: n(fc) })}</p>

				<h4 class="d2c-heading">{t.gridTitle}</h4>
				<figure class="d2c-figure">
					<ScrollRegion class="d2c-scroll" label={t.gridTitle}>
						<GridSvg view={shown} t={t} lang={lang} />
					</ScrollRegion>
				</figure>
				<ul class="d2c-explain">
					<li class="d2c-grid" data-grid={`${output[0]}x${output[1]}`}>
						{fill(plural(t.predictions, positions), {
							grid: `${n(output[0])}×${n(output[1])}×${n(output[2])}`,
							count: n(positions),
						})}
					</li>
					<li>
						{fill(plural(t.slide, shown.slides), {
							size: n(shown.size),
							window: n(TRAIN_SIZE),
							stride: n(stride),
							positions: n(shown.slides),
						})}
					</li>
					<li>{fill(t.strideWhy, { stride: n(stride), pools: n(shown.pools) })}</li>
					<li>
						{fill(t.once, {
							one: billions(shown.macs.conv),
							count: n(positions),
							crop: billions(shown.macs.dense),
							many: billions(positions * shown.macs.dense),
						})}
					</li>
				</ul>
			</div>
		</WidgetRoot>
	);
}
