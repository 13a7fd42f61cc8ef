import { formatShape, working, type LayerSummary, type Summary } from '../../lib/cnn/index.ts';
import { LazyDetails } from '../shared/LazyDetails.tsx';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { Analysis } from './compute.ts';
import { isEditableType } from './layers.ts';
import type { FullStrings } from './strings.ts';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';

interface Props {
	t: FullStrings;
	lang: Lang;
	/** The current input shape, shown even while the layers cannot be computed. */
	input: readonly number[];
	analysis: Analysis;
	/** The last summary that succeeded: the current one, or the one kept while input is invalid. */
	shown: Summary;
	stale: boolean;
	/** Loads the engine's `working` (with the mode's other on-demand code) for "show the working". */
	loadWorking: () => Promise<{ working: typeof working }>;
}

/**
 * The engine's `working`, on the server only, so readers without JavaScript get every layer's
 * arithmetic in the page; the browser's bundle drops it (the engine has no side effects) and
 * loads it (`loadWorking`) when "show the working" is first opened.
 */
const serverWorking = import.meta.env.SSR ? working : undefined;

/** The arithmetic behind each count of the shown summary, as `name: (3×3×3 + 1) × 100 = 2,800`. */
function Working(props: {
	t: FullStrings;
	lang: Lang;
	shown: Summary;
	stale: boolean;
	working: typeof working;
}) {
	return (
		<>
			<p class="calc-muted">{props.t.workingNote}</p>
			<ul class={props.stale ? 'cnn-stale' : undefined}>
				{props.shown.layers
					.filter((row) => row.params > 0)
					.map((row) => (
						<li key={row.index}>
							<code>
								{row.name}: {props.working(row, props.lang)}
							</code>
						</li>
					))}
			</ul>
		</>
	);
}

function typeName(t: FullStrings, type: string): string {
	return isEditableType(type) ? t.types[type] : type;
}

function Row(props: { t: FullStrings; lang: Lang; row: LayerSummary }) {
	const { t, lang, row } = props;
	const n = (v: number) => formatNumber(v, lang);
	return (
		<tr>
			<th scope="row">
				{row.name} <span class="calc-muted">({typeName(t, row.type)})</span>
			</th>
			<td>{formatShape(row.outputShape)}</td>
			<td class="calc-num">{n(row.params)}</td>
			<td class="calc-num">{n(row.macs)}</td>
		</tr>
	);
}

/**
 * The model as Keras's `model.summary()` would print it: one row per layer with its output shape,
 * parameters and MACs, then the totals, and the working behind each count on request (its code
 * loads when a reader first asks). When a
 * layer cannot be computed, its row carries the engine's message; the rows before it are still
 * computed, and the totals keep the last valid network's figures, marked stale.
 */
export function SummaryTable({ t, lang, input, analysis, shown, stale, loadWorking }: Props) {
	const n = (v: number) => formatNumber(v, lang);
	let body;
	if (analysis.ok) {
		body = analysis.summary.layers.map((row) => (
			<Row key={row.index} t={t} lang={lang} row={row} />
		));
	} else if (analysis.names) {
		const failing = analysis.error.layer?.index ?? 0;
		body = analysis.names.map((name, i) => {
			const row = analysis.partial?.layers[i];
			if (row && i < failing) return <Row key={i} t={t} lang={lang} row={row} />;
			return (
				<tr key={i} class={i === failing ? 'calc-row-error' : 'calc-muted'}>
					<th scope="row">{name}</th>
					<td colSpan={3} class={i === failing ? 'calc-wrap' : undefined}>
						{i === failing ? (
							<span class="calc-error" role="alert">
								{analysis.error.describe(lang)}
							</span>
						) : (
							t.notComputed
						)}
					</td>
				</tr>
			);
		});
	} else {
		body = shown.layers.map((row) => <Row key={row.index} t={t} lang={lang} row={row} />);
	}
	const totals: [string, number][] = [
		[t.totalParams, shown.totalParams],
		[t.trainable, shown.trainableParams],
		[t.nonTrainable, shown.nonTrainableParams],
		[t.macsPerImage, shown.macs],
	];
	return (
		<div class="calc-summary">
			{!analysis.ok && !analysis.names && (
				<p class="calc-error" role="alert">
					{analysis.error.describe(lang)}
				</p>
			)}
			<ScrollRegion class="calc-scroll" label={t.summary}>
				<table class={!analysis.ok && !analysis.names ? 'cnn-stale' : undefined}>
					<caption>{t.summaryCaption}</caption>
					<thead>
						<tr>
							<th scope="col">{t.colLayer}</th>
							<th scope="col">{t.colShape}</th>
							<th scope="col">{t.colParams}</th>
							<th scope="col">{t.colMacs}</th>
						</tr>
					</thead>
					<tbody>
						<tr class="calc-muted">
							<th scope="row">{t.inputRow}</th>
							<td>{formatShape(input)}</td>
							<td class="calc-num">0</td>
							<td class="calc-num">0</td>
						</tr>
						{body}
					</tbody>
				</table>
			</ScrollRegion>
			<dl class={`calc-totals ${stale ? 'cnn-stale' : ''}`} data-testid="totals">
				{totals.map(([label, value]) => (
					<div key={label}>
						<dt>{label}</dt>
						<dd>{n(value)}</dd>
					</div>
				))}
			</dl>
			<LazyDetails
				class="calc-working"
				summary={t.showWorking}
				load={loadWorking}
				fallback={
					serverWorking && (
						<Working t={t} lang={lang} shown={shown} stale={stale} working={serverWorking} />
					)
				}
			>
				{(m) => <Working t={t} lang={lang} shown={shown} stale={stale} working={m.working} />}
			</LazyDetails>
		</div>
	);
}
