import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/lang.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import {
	numberInputMessage,
	parseNumberInput,
	type NumberRule,
} from '../../lib/i18n/number-input.ts';

export interface NumberFieldProps {
	/** Unique on the page; the error message's id is derived from it. */
	id: string;
	label: string;
	/** The current valid value; shown until the reader types something else. */
	value: number;
	rule: NumberRule;
	lang: Lang;
	/** Called with each valid entry; invalid entries never reach the widget's state. */
	onValue: (value: number) => void;
	/** Called with whether the entry is currently invalid, so a widget can mark its results stale. */
	onValidity?: (invalid: boolean) => void;
	/** A short hint shown under the field, e.g. the allowed range. */
	hint?: string;
	class?: string;
}

/**
 * A labelled number field that answers bad input in words. It keeps the reader's text as typed
 * (so a half-typed "1." is not reformatted away), reports only valid numbers to the widget, and
 * shows why an entry is refused right next to it, tied to the input by `aria-describedby` and
 * flagged with `aria-invalid` so a screen reader announces it.
 */
export function NumberField(props: NumberFieldProps) {
	const { id, label, value, rule, lang, onValue, onValidity, hint } = props;
	const [text, setText] = useState<string | undefined>(undefined);
	const shown = text ?? formatNumber(value, lang, { maximumFractionDigits: 6 }).replace(/\s/g, '');
	const result = text === undefined ? undefined : parseNumberInput(text, rule, lang);
	const error = result && !result.ok ? numberInputMessage(result.error, lang) : undefined;
	const messageId = `${id}-message`;
	const hintId = `${id}-hint`;
	const describedBy = [error ? messageId : '', hint ? hintId : ''].filter(Boolean).join(' ');

	return (
		<div class={`cnn-field ${props.class ?? ''}`}>
			<label for={id}>{label}</label>
			<input
				id={id}
				type="text"
				inputMode={rule.integer === false ? 'decimal' : 'numeric'}
				autocomplete="off"
				spellcheck={false}
				value={shown}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={describedBy || undefined}
				onInput={(event) => {
					const raw = event.currentTarget.value;
					setText(raw);
					const parsed = parseNumberInput(raw, rule, lang);
					onValidity?.(!parsed.ok);
					if (parsed.ok) onValue(parsed.value);
				}}
				onBlur={() => {
					// Once the reader leaves a valid field, show the number in the page's format.
					if (result?.ok) setText(undefined);
				}}
			/>
			{hint && (
				<span id={hintId} class="cnn-field__hint">
					{hint}
				</span>
			)}
			{error && (
				<span id={messageId} class="cnn-field__error" role="alert">
					{error}
				</span>
			)}
		</div>
	);
}
