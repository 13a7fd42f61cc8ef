import { fill } from '../../lib/i18n/fill.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { argmax } from '../../lib/training/inspect.ts';
import type { InspectStrings } from './inspect-strings.ts';
import './inspect.css';

export interface PredictionProps {
	/**
	 * The network's class probabilities for one image, in label order (`network.predict(x, 1)`),
	 * or `undefined` before there is an image.
	 */
	probabilities: ArrayLike<number> | undefined;
	/** The image's true class, when it is a test image (a drawing has none). */
	label?: number | undefined;
	/** The page language's words (`INSPECT_STRINGS[lang]`); class names come from `t.classes`. */
	t: InspectStrings;
	lang: Lang;
	/** Prefix for element ids; unique on the page. */
	id: string;
}

const percentOf = (p: number, lang: Lang) =>
	`${formatNumber(100 * p, lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`;

/**
 * The sentence naming the most likely class and its probability: shown above the bars, and
 * announced by `Inspect` (with what the reader just did, in one announcement) when it changes.
 */
export function predictionSentence(
	probabilities: ArrayLike<number>,
	t: InspectStrings,
	lang: Lang,
): string {
	const top = argmax(probabilities);
	return fill(t.predSentence, {
		class: t.classes[top] ?? String(top),
		percent: percentOf(probabilities[top] ?? 0, lang),
	});
}

/**
 * The network's answer for one image: a sentence naming the most likely class and its
 * probability, and every class as a labelled bar with its percentage, in label order so a bar
 * stays in place from one image to the next. The most likely class and, for a test image, the
 * true one are marked in words, not only in colour. `Inspect` announces the sentence.
 */
export function Prediction(props: PredictionProps) {
	const { probabilities, label, t, lang, id } = props;
	const percent = (p: number) => percentOf(p, lang);
	const top = probabilities ? argmax(probabilities) : -1;
	const sentence = probabilities ? predictionSentence(probabilities, t, lang) : '';
	const truth =
		label === undefined
			? ''
			: ` ${fill(t.predTruth, { class: t.classes[label] ?? String(label) })}`;
	return (
		<div class="inspect-pred">
			<h6 id={`${id}-pred-title`}>{t.predTitle}</h6>
			{!probabilities ? (
				<p class="inspect-note">{t.predEmpty}</p>
			) : (
				<>
					<p class="inspect-pred__sentence">
						{sentence}
						{truth}
					</p>
					<ul class="inspect-pred__bars" aria-labelledby={`${id}-pred-title`}>
						{t.classes.map((name, k) => {
							const p = Math.min(Math.max(probabilities[k] ?? 0, 0), 1);
							return (
								<li key={k} class={k === top ? 'is-top' : undefined}>
									<span class="inspect-pred__name">
										{name}
										{k === top && <span class="inspect-tag">{t.predTop}</span>}
										{k === label && <span class="inspect-tag">{t.predTrue}</span>}
									</span>
									<span class="inspect-pred__track" aria-hidden="true">
										<span class="inspect-pred__bar" style={{ width: `${100 * p}%` }} />
									</span>
									<span class="inspect-pred__value">{percent(p)}</span>
								</li>
							);
						})}
					</ul>
				</>
			)}
		</div>
	);
}
