import type { Grid } from '../../lib/grid/grid.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { NumberField } from '../shared/NumberField.tsx';
import type { PoolingStrings } from './strings.ts';
import { fill } from '../../lib/i18n/fill.ts';

export interface KernelEditorProps {
	id: string;
	kernel: Grid;
	window: number;
	bias: number;
	lang: Lang;
	t: PoolingStrings;
	onWeight: (row: number, col: number, value: number) => void;
	onBias: (value: number) => void;
	onValidity: (key: string, invalid: boolean) => void;
}

/** Weights and the bias a reader may type: small numbers, fractions allowed. */
export const WEIGHT_RULE = { min: -9, max: 9, integer: false };
/** The bias accepts the same range as a cell value. */
export const BIAS_RULE = { min: -99, max: 99, integer: false };

/** The k×k kernel (2×2 or 3×3) as a grid of number fields, plus the bias. */
export function KernelEditor(props: KernelEditorProps) {
	const { kernel, window, lang, t, id } = props;
	return (
		<fieldset class="pool-kernel">
			<legend>{t.kernel}</legend>
			<div class="pool-kernel__grid" style={{ gridTemplateColumns: `repeat(${window}, 4.5rem)` }}>
				{kernel
					.slice(0, window)
					.flatMap((line, r) =>
						line
							.slice(0, window)
							.map((w, c) => (
								<NumberField
									id={`${id}-w${r}${c}`}
									label={fill(t.weight, { row: r + 1, col: c + 1 })}
									value={w}
									rule={WEIGHT_RULE}
									lang={lang}
									class="pool-kernel__cell"
									onValue={(v) => props.onWeight(r, c, v)}
									onValidity={(bad) => props.onValidity(`w${r}${c}`, bad)}
								/>
							)),
					)}
			</div>
			<NumberField
				id={`${id}-bias`}
				label={t.bias}
				value={props.bias}
				rule={BIAS_RULE}
				lang={lang}
				onValue={props.onBias}
				onValidity={(bad) => props.onValidity('bias', bad)}
			/>
		</fieldset>
	);
}
