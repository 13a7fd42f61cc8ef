import type { Lang } from '../../lib/i18n/lang.ts';
import { fmt } from './formula.ts';
import { keyedValue, MAX_ACTIVATION, valueAtPointer } from './state.ts';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';

/** What an editable chart needs: each bar becomes a slider the reader can drag or key. */
export interface Editing {
	label: (i: number) => string;
	/** aria-valuetext of bar i: its value and, e.g., its output. */
	valueText: (i: number) => string;
	onChange: (i: number, value: number) => void;
	onFocusBar: (i: number) => void;
}

export interface BarChartProps {
	title: string;
	scaleText: string;
	values: readonly number[];
	/** Top of the scale; the bottom is 0, or −max when `symmetric`. */
	max: number;
	symmetric?: boolean;
	/** Channel numbers below the bars, e.g. "0". */
	indexLabel: (i: number) => string;
	/** The channels in the current LRN window (outlined), and the channel it belongs to. */
	window?: { low: number; high: number } | undefined;
	focus?: number | undefined;
	editing?: Editing;
	onHover: (i: number | undefined) => void;
	lang: Lang;
	testId?: string;
}

/**
 * A row of bars, one per channel, drawn in HTML so each bar can be a focusable slider. Bars in the
 * current LRN window get an outline and a marker, not only a tint; the value is printed above
 * every bar, so the chart can be read without judging heights.
 */
export function BarChart(props: BarChartProps) {
	const { values, max, symmetric, window, focus, editing, lang } = props;
	const min = symmetric ? -max : 0;
	const range = max - min;
	const zero = max / range;

	const bar = (v: number): { top?: string; bottom?: string; height: string } => {
		const clamped = Math.min(max, Math.max(min, v));
		const height = `${(Math.abs(clamped) / range) * 100}%`;
		return clamped >= 0
			? { bottom: `${(1 - zero) * 100}%`, height }
			: { top: `${zero * 100}%`, height };
	};

	const setFromPointer = (i: number, event: PointerEvent) => {
		const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
		editing?.onChange(i, valueAtPointer(event.clientY, rect.top, rect.height));
	};

	const bars = (
		<div class={`lrn-bars ${symmetric ? 'lrn-bars--symmetric' : ''}`}>
			{values.map((v, i) => {
				const inWindow = window !== undefined && i >= window.low && i <= window.high;
				const classes = ['lrn-col', inWindow ? 'is-in' : '', i === focus ? 'is-focus' : ''].filter(
					Boolean,
				);
				const track = editing ? (
					<div
						class="lrn-track lrn-track--edit"
						role="slider"
						tabIndex={0}
						aria-label={editing.label(i)}
						aria-valuemin={0}
						aria-valuemax={MAX_ACTIVATION}
						aria-valuenow={v}
						aria-valuetext={editing.valueText(i)}
						aria-orientation="vertical"
						data-bar={i}
						onFocus={() => editing.onFocusBar(i)}
						onKeyDown={(event) => {
							const next = keyedValue(event.key, v);
							if (next === undefined) return;
							event.preventDefault();
							editing.onChange(i, next);
						}}
						onPointerDown={(event) => {
							event.preventDefault();
							(event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
							(event.currentTarget as HTMLElement).focus();
							setFromPointer(i, event);
						}}
						onPointerMove={(event) => {
							const el = event.currentTarget as HTMLElement;
							if (el.hasPointerCapture(event.pointerId)) setFromPointer(i, event);
						}}
					>
						<div class="lrn-bar" style={bar(v)} />
					</div>
				) : (
					<div class="lrn-track">
						<div class="lrn-bar" style={bar(v)} />
					</div>
				);
				return (
					<div
						class={classes.join(' ')}
						onPointerEnter={() => props.onHover(i)}
						onPointerLeave={() => props.onHover(undefined)}
					>
						<span class="lrn-val">{fmt(v, lang)}</span>
						{track}
						<span class="lrn-idx">
							{props.indexLabel(i)}
							{inWindow && (
								<span class="lrn-mark" aria-hidden="true">
									▲
								</span>
							)}
						</span>
					</div>
				);
			})}
		</div>
	);

	return (
		<figure class="lrn-chart" data-testid={props.testId}>
			<figcaption>
				<span class="lrn-chart__title">{props.title}</span>{' '}
				<span class="lrn-chart__scale">({props.scaleText})</span>
			</figcaption>
			{/* A scroll box must be reachable by keyboard; an editable chart's bars already are. */}
			{editing ? (
				<div class="cnn-scroll">{bars}</div>
			) : (
				<ScrollRegion class="lrn-scroll" label={props.title}>
					{bars}
				</ScrollRegion>
			)}
		</figure>
	);
}
