import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { DataTable } from '../shared/DataTable.tsx';
import type { RowFigure, SummaryFigures, TableFigures } from './full.ts';
import type { ModelStrings } from './strings.ts';
import { kindClass, kindsOf, layerKind } from '../../lib/diagram/layer-kind.ts';
import { LayerLegend } from '../shared/LayerLegend.tsx';

interface Props {
	t: ModelStrings;
	lang: Lang;
	/** The current input shape, shown even while the layers cannot be computed. */
	input: string;
	table: TableFigures;
	/** The last summary that succeeded: the current one, or the one kept while input is invalid. */
	shown: SummaryFigures;
	stale: boolean;
}

/** A type's name in the page's language; a type the editor does not offer keeps its engine name. */
function typeName(t: ModelStrings, type: string): string {
	return Object.hasOwn(t.types, type) ? t.types[type as keyof ModelStrings['types']] : type;
}

function Row(props: { t: ModelStrings; lang: Lang; row: RowFigure }) {
	const { t, lang, row } = props;
	const n = (v: number) => formatNumber(v, lang);
	return (
		<tr>
			<th scope="row">
				<span class={`cnn-swatch ${kindClass(layerKind(row.type))}`} aria-hidden="true" />
				{row.name} <span class="calc-muted">({typeName(t, row.type)})</span>
			</th>
			<td>{row.shape}</td>
			<td class="calc-num">{n(row.params)}</td>
			<td class="calc-num">{n(row.macs)}</td>
		</tr>
	);
}

/**
 * The model as Keras's `model.summary()` would print it: one row per layer with its output shape,
 * parameters and MACs, then the totals, and the working behind each count on request. When a
 * layer cannot be computed, its row carries the engine's message; the rows before it are still
 * computed, and the totals keep the last valid network's figures, marked stale.
 */
export function SummaryTable({ t, lang, input, table, shown, stale }: Props) {
	const n = (v: number) => formatNumber(v, lang);
	let body;
	if (table.ok) {
		body = table.rows.map((row) => <Row key={row.index} t={t} lang={lang} row={row} />);
	} else if (table.names) {
		const failing = table.layer ?? 0;
		body = table.names.map((name, i) => {
			const row = table.partial?.[i];
			if (row && i < failing) return <Row key={i} t={t} lang={lang} row={row} />;
			return (
				<tr key={i} class={i === failing ? 'calc-row-error' : 'calc-muted'}>
					<th scope="row">{name}</th>
					<td colSpan={3} class={i === failing ? 'calc-wrap' : undefined}>
						{i === failing ? (
							<span class="calc-error" role="alert">
								{table.message}
							</span>
						) : (
							t.notComputed
						)}
					</td>
				</tr>
			);
		});
	} else {
		body = shown.rows.map((row) => <Row key={row.index} t={t} lang={lang} row={row} />);
	}
	const unplaced = !table.ok && !table.names;
	const totals: [string, number][] = [
		[t.totalParams, shown.totalParams],
		[t.trainable, shown.trainableParams],
		[t.nonTrainable, shown.nonTrainableParams],
		[t.macsPerImage, shown.macs],
	];
	return (
		<div class="calc-summary">
			{unplaced && (
				<p class="calc-error" role="alert">
					{table.message}
				</p>
			)}
			<DataTable
				regionClass="calc-scroll"
				label={t.summary}
				tableClass={unplaced ? 'cnn-stale' : undefined}
				caption={t.summaryCaption}
				columns={[t.colLayer, t.colShape, t.colParams, t.colMacs]}
			>
				<tr class="calc-muted">
					<th scope="row">
						<span class="cnn-swatch cnn-kind-input" aria-hidden="true" />
						{t.inputRow}
					</th>
					<td>{input}</td>
					<td class="calc-num">0</td>
					<td class="calc-num">0</td>
				</tr>
				{body}
			</DataTable>
			<LayerLegend
				kinds={kindsOf(['input', ...shown.rows.map((row) => row.type)])}
				words={t.legend}
			/>
			<dl class={`calc-totals ${stale ? 'cnn-stale' : ''}`} data-testid="totals">
				{totals.map(([label, value]) => (
					<div key={label}>
						<dt>{label}</dt>
						<dd>{n(value)}</dd>
					</div>
				))}
			</dl>
			<details class="calc-working">
				<summary>{t.showWorking}</summary>
				<p class="calc-muted">{t.workingNote}</p>
				<ul class={stale ? 'cnn-stale' : undefined}>
					{shown.rows
						.filter((row) => row.params > 0)
						.map((row) => (
							<li key={row.index}>
								<code>
									{row.name}: {row.working}
								</code>
							</li>
						))}
				</ul>
			</details>
		</div>
	);
}
