import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../lib/i18n/fill.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { LayerMaps } from '../../lib/training/inspect.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { ConfusionMatrix } from './ConfusionMatrix.tsx';
import { DrawPad } from './DrawPad.tsx';
import { FeatureMaps } from './FeatureMaps.tsx';
import type { InspectStrings } from './inspect-strings.ts';
import { Prediction, predictionSentence } from './Prediction.tsx';

/** What the reader is looking at: a held-out image by index, or their own pixels. */
export type InspectSource =
	| { readonly test: number; readonly pixels?: undefined }
	| { readonly test?: undefined; readonly pixels: Float32Array };

/** The worker's answer for the current source (`inspection` in `protocol.ts`). */
export interface InspectResult {
	readonly test: number | undefined;
	readonly label: number | undefined;
	readonly pixels: Float32Array;
	readonly probabilities: Float32Array;
	readonly layers: readonly LayerMaps[];
}

export interface InspectProps {
	/** The page language's words (`INSPECT_STRINGS[lang]`), from `CnnLab.astro`. */
	t: InspectStrings;
	lang: Lang;
	/** Prefix for element ids; unique on the page. */
	id: string;
	/** Held-out images to pick from. */
	testCount: number;
	/**
	 * Bumped by the island whenever the network changed enough to look again (an epoch ended,
	 * training paused): the current image is then sent through it again.
	 */
	version: number;
	/** The latest answer of the worker, or undefined before the first one. */
	result: InspectResult | undefined;
	/** The latest held-out confusion matrix. */
	confusion: Int32Array | undefined;
	/** Asks the worker to run `source` through the network (the island numbers the request). */
	onInspect: (source: InspectSource) => void;
}

/**
 * The lab's "looking inside" section once a network has trained: a held-out image picked by
 * number (or previous / next), or the reader's drawing or upload on the pad, then the network's
 * prediction and feature maps for it, and the held-out confusion matrix. The island owns the
 * worker; this component only says which image to look at, and draws the answers.
 */
export function Inspect(props: InspectProps) {
	const { t, lang, id, testCount, version, result, confusion, onInspect } = props;
	const [source, setSource] = useState<InspectSource>({ test: 0 });
	const [fieldKey, setFieldKey] = useState(0);
	const [padValue, setPadValue] = useState<Float32Array | undefined>(undefined);
	/** What the reader last did on the pad, said with the prediction it leads to. */
	const padNote = useRef('');
	const [announcement, setAnnouncement] = useState('');
	const test = source.test ?? result?.test ?? 0;

	// A new image, or a network that changed: look again. The pixels are copied, since the
	// island transfers what it sends.
	useEffect(() => {
		onInspect(source.pixels ? { pixels: source.pixels.slice() } : source);
		// `onInspect` is a new function on every render of the island; only these two matter.
	}, [source, version]);

	// A test image's pixels go onto the pad, where the reader can touch them up.
	useEffect(() => {
		if (result?.test !== undefined) setPadValue(result.pixels);
	}, [result]);

	const pick = (index: number) => {
		setSource({ test: Math.min(Math.max(index, 0), testCount - 1) });
	};
	const step = (by: number) => {
		pick(test + by);
		setFieldKey((k) => k + 1);
	};
	// Until the worker answers for a newly picked test image, the previous answer is not shown.
	const shown = source.test === undefined || result?.test === source.test ? result : undefined;
	const label = source.test === undefined ? undefined : shown?.label;

	// One announcement per answer: the pad's note (if the reader changed it) and the prediction.
	// The same sentence again (a network that did not change its mind) is not announced again.
	// Only a new answer announces (not a change of source whose answer is still on its way).
	useEffect(() => {
		if (!shown || shown !== result) return;
		const sentence = predictionSentence(shown.probabilities, t, lang);
		setAnnouncement(padNote.current ? `${padNote.current} ${sentence}` : sentence);
		padNote.current = '';
		// `shown` is derived from `result` and the source; only a new answer matters.
	}, [result]);

	return (
		<>
			<p class="lab-note">{t.inspectLive}</p>
			<div class="lab-inspect-pick">
				<NumberField
					key={fieldKey}
					id={`${id}-test`}
					label={t.testLabel}
					value={test + 1}
					rule={{ min: 1, max: testCount }}
					lang={lang}
					hint={fill(t.testHint, { count: formatNumber(testCount, lang) })}
					onValue={(v) => pick(v - 1)}
				/>
				<div class="lab-inspect-steps">
					<button type="button" onClick={() => step(-1)} disabled={test <= 0}>
						{t.testPrevious}
					</button>
					<button type="button" onClick={() => step(1)} disabled={test >= testCount - 1}>
						{t.testNext}
					</button>
				</div>
				{label !== undefined && (
					<p class="lab-inspect-truth" data-testid="lab-test-truth">
						{fill(t.testTruth, { class: t.classes[label] ?? String(label) })}
					</p>
				)}
			</div>
			<div class="lab-inspect-grid">
				<DrawPad
					t={t}
					lang={lang}
					id={id}
					value={padValue}
					onChange={(pixels, note) => {
						padNote.current = note ?? '';
						setSource({ pixels });
					}}
				/>
				<Prediction probabilities={shown?.probabilities} label={label} t={t} lang={lang} id={id} />
			</div>
			<FeatureMaps layers={shown?.layers} t={t} lang={lang} id={id} />
			<ConfusionMatrix confusion={confusion} t={t} lang={lang} id={id} />
			<LiveRegion>{announcement}</LiveRegion>
		</>
	);
}
