import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../../lib/i18n/format.ts';
import { fill } from '../../lib/i18n/fill.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { EpochFigures, FilterImages, LabSettings } from '../../lib/training/lab-run.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import '../shared/widget.css';
import './CnnLab.css';
import { Filters } from './Filters.tsx';
import { Inspect, type InspectResult, type InspectSource } from './Inspect.tsx';
import { LabExport } from './LabExport.tsx';
import type { InspectStrings } from './inspect-strings.ts';
import type { LabModelProps } from './lab-model.ts';
import { LabModelSection, useLabModel } from './LabModel.tsx';
import { LearningCurve } from './LearningCurve.tsx';
import type { LabPresetView } from './presets.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import type { ReferenceRun, RunningPoint } from './reference-run.ts';
import { announceDue, isBusy, type Phase } from './status.ts';
import type { CnnLabStrings } from './strings.ts';

export interface CnnLabProps {
	lang: Lang;
	/** The page language's words (`STRINGS[lang]`), from `CnnLab.astro`. */
	t: CnnLabStrings;
	/** The page language's words of the "looking inside" section (`INSPECT_STRINGS[lang]`). */
	inspect: InspectStrings;
	/** The lab presets with the engine's summaries, computed at build time; the first is the default. */
	presets: readonly LabPresetView[];
	/** The model section's words and first figures, from the build (`labModelProps`). */
	model: LabModelProps;
	/** The committed reference run: what the chart and the filters show before the reader trains. */
	reference: Pick<ReferenceRun, 'epochs' | 'running' | 'filters' | 'settings'>;
	/** The default settings, and the ranges the fields accept (`SETTING_RULES`), from the wrapper. */
	defaults: LabSettings;
	rules: Readonly<
		Record<Exclude<keyof LabSettings, 'optimizer'>, { min: number; max: number; integer?: boolean }>
	>;
	/** The folder of the data files, with the site's base path (`/cnn-notes/lab/fashion-mnist/`). */
	dataUrl: string;
	/** Prefix for element ids; unique on the page. */
	id?: string | undefined;
}

/** The reader's run, as the worker reports it. */
interface LiveRun {
	readonly epochs: readonly EpochFigures[];
	readonly running: readonly RunningPoint[];
	readonly filters: FilterImages | undefined;
	readonly totalEpochs: number;
	readonly perEpoch: number;
	readonly epoch: number;
	readonly seen: number;
	readonly loss: number;
	/** Held-out images the worker can run through the network. */
	readonly testCount: number;
	/** Paused at least once: the reader has looked inside, and the section stays on resuming. */
	readonly pausedOnce: boolean;
}

type NumericSetting = Exclude<keyof LabSettings, 'optimizer'>;

/**
 * The CNN lab: a preset model (its summary from the engine), training settings, Train / Pause /
 * Reset, a live learning curve and the first layer's filters. Training runs in a module worker
 * (`train.worker.ts`), created when the reader first presses Train; the worker downloads the
 * images then, with a progress bar. Until then, and after a reset, the chart and the filters show
 * the committed reference run the wrapper rendered, so the page reads the same without
 * JavaScript.
 */
export default function CnnLab(props: CnnLabProps) {
	const { lang, t, presets, reference, rules } = props;
	const id = props.id ?? `lab-${lang}`;
	const [settings, setSettings] = useState<LabSettings>(props.defaults);
	const lab = useLabModel(presets, props.model, settings, lang);
	const [invalid, setInvalid] = useState<Readonly<Record<string, boolean>>>({});
	const [fieldGeneration, setFieldGeneration] = useState(0);
	const [phase, setPhase] = useState<Phase>('idle');
	const [download, setDownload] = useState({ loaded: 0, total: 0 });
	const [live, setLive] = useState<LiveRun | undefined>(undefined);
	const [message, setMessage] = useState('');
	const [announcement, setAnnouncement] = useState('');
	/** Set by Reset: the idle status then says so, since the data has been downloaded. */
	const [wasReset, setWasReset] = useState(false);
	const [inspection, setInspection] = useState<InspectResult | undefined>(undefined);
	const [confusion, setConfusion] = useState<Int32Array | undefined>(undefined);
	/** Bumped when the network changed enough to look at the current image again. */
	const [version, setVersion] = useState(0);
	const worker = useRef<Worker | undefined>(undefined);
	/** The last `inspect` request sent: older answers are dropped. */
	const inspectRequest = useRef(0);
	const lastAnnounced = useRef(0);
	const running = useRef<LabSettings>(settings);

	useEffect(() => () => worker.current?.terminate(), []);

	const n = (v: number, digits = 0) =>
		formatNumber(v, lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
	const mb = (bytes: number) => n(bytes / 1e6, 1);
	const announce = (text: string) => {
		lastAnnounced.current = Date.now();
		setAnnouncement(text);
	};
	const invalidEntry = Object.values(invalid).some(Boolean) || lab.invalid.size > 0;

	const onMessage = (event: MessageEvent<FromWorker>) => {
		const m = event.data;
		const total = running.current.epochs;
		switch (m.type) {
			case 'download':
				setPhase('downloading');
				setDownload({ loaded: m.loaded, total: m.total });
				break;
			case 'download-failed':
				setPhase('failed');
				setMessage(fill(t.downloadFailed, { message: m.message }));
				announce(fill(t.downloadFailed, { message: m.message }));
				break;
			case 'refused':
				setPhase('refused');
				setMessage(fill(t.refused, { message: m.message }));
				announce(fill(t.refused, { message: m.message }));
				break;
			case 'started':
				setPhase('training');
				setLive({
					epochs: [],
					running: [],
					filters: m.filters,
					totalEpochs: total,
					perEpoch: m.perEpoch,
					epoch: 0,
					seen: 0,
					loss: Number.NaN,
					testCount: m.testCount,
					pausedOnce: false,
				});
				break;
			case 'progress':
				setLive(
					(old) =>
						old && {
							...old,
							running: [...old.running, m.point],
							filters: m.filters,
							epoch: m.epoch,
							seen: m.seen,
							loss: m.point.loss,
						},
				);
				if (announceDue(lastAnnounced.current, Date.now()))
					announce(
						fill(t.statusTraining, {
							epoch: Math.min(m.epoch + 1, total),
							epochs: total,
							seen: n(m.seen),
							perEpoch: n(running.current.imagesPerEpoch),
							loss: n(m.point.loss, 3),
						}),
					);
				break;
			case 'epoch':
				setLive((old) => old && { ...old, epochs: [...old.epochs, m.figures] });
				setVersion((v) => v + 1);
				announce(
					fill(t.statusEpoch, {
						epoch: m.figures.epoch,
						epochs: total,
						loss: n(m.figures.trainLoss, 3),
						accuracy: n(100 * m.figures.testAccuracy, 1),
					}),
				);
				break;
			case 'paused':
				setPhase('paused');
				setLive((old) => old && { ...old, pausedOnce: true });
				setVersion((v) => v + 1);
				// The network has moved since the last epoch's evaluation: evaluate it as it is.
				worker.current?.postMessage({ type: 'evaluate' } satisfies ToWorker);
				break;
			case 'diverged':
				setPhase('diverged');
				setMessage(fill(t.diverged, { epoch: m.epoch + 1 }));
				announce(fill(t.diverged, { epoch: m.epoch + 1 }));
				break;
			case 'done':
				setPhase('done');
				break;
			case 'inspection':
				if (m.request === inspectRequest.current) setInspection(m);
				break;
			case 'confusion':
				setConfusion(m.confusion);
				break;
		}
	};

	const send = (message: ToWorker, transfer: Transferable[] = []) =>
		worker.current?.postMessage(message, { transfer });
	const inspect = (source: InspectSource) => {
		inspectRequest.current += 1;
		send(
			{ type: 'inspect', request: inspectRequest.current, ...source },
			source.pixels ? [source.pixels.buffer] : [],
		);
	};
	const forgetInspection = () => {
		inspectRequest.current += 1;
		setInspection(undefined);
		setConfusion(undefined);
	};

	const train = () => {
		if (invalidEntry) {
			setPhase('invalid');
			announce(t.invalidSettings);
			return;
		}
		if (!worker.current) {
			setPhase('loading');
			const w = new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' });
			w.addEventListener('message', onMessage);
			worker.current = w;
		} else setPhase('preparing');
		running.current = settings;
		setMessage('');
		setLive(undefined);
		forgetInspection();
		send({ type: 'train', model: lab.json, settings, lang, dataUrl: props.dataUrl });
	};
	const pause = () => {
		send({ type: 'pause' });
	};
	const resume = () => {
		setPhase('training');
		send({ type: 'resume' });
	};
	const reset = () => {
		send({ type: 'reset' });
		setWasReset(true);
		setPhase('idle');
		setLive(undefined);
		forgetInspection();
		setMessage('');
		announce(t.statusReset);
	};

	const setSetting = (key: NumericSetting, value: number) => {
		setSettings((old) => ({ ...old, [key]: value }));
	};
	const setValidity = (key: string, bad: boolean) => {
		setInvalid((old) => (old[key] === bad ? old : { ...old, [key]: bad }));
	};
	const field = (key: NumericSetting, label: string, hint?: string) => (
		<NumberField
			key={`${key}-${fieldGeneration}`}
			id={`${id}-${key}`}
			label={label}
			value={settings[key]}
			rule={rules[key]}
			lang={lang}
			hint={
				hint ?? `${n(rules[key].min, rules[key].integer === false ? 5 : 0)}–${n(rules[key].max)}`
			}
			onValue={(v) => setSetting(key, v)}
			onValidity={(bad) => setValidity(key, bad)}
		/>
	);

	/** The model's figures follow the settings too (batch size, optimizer): the engine loads at the first focus or touch. */
	const startEngine = () => void lab.load().catch(() => undefined);

	const busy = isBusy(phase);
	const shownEpochs = live?.epochs ?? reference.epochs;
	const last = shownEpochs.at(-1);
	let status: string;
	switch (phase) {
		case 'loading':
			status = t.statusLoadingCode;
			break;
		case 'downloading':
			status =
				download.total > 0
					? fill(t.statusDownloading, { loaded: mb(download.loaded), total: mb(download.total) })
					: fill(t.statusDownloadingUnknown, { loaded: mb(download.loaded) });
			break;
		case 'preparing':
			status = t.statusPreparing;
			break;
		case 'training':
			status =
				live && Number.isFinite(live.loss)
					? fill(t.statusTraining, {
							epoch: Math.min(live.epoch + 1, live.totalEpochs),
							epochs: live.totalEpochs,
							seen: n(live.seen),
							perEpoch: n(live.perEpoch),
							loss: n(live.loss, 3),
						})
					: t.statusPreparing;
			break;
		case 'paused':
			status = fill(t.statusPaused, { seen: n(live?.seen ?? 0), epoch: (live?.epoch ?? 0) + 1 });
			break;
		case 'done':
			status = fill(t.statusDone, {
				epochs: live?.epochs.length ?? 0,
				accuracy: n(100 * (last?.testAccuracy ?? 0), 1),
			});
			break;
		case 'idle':
			status = wasReset ? t.statusReset : t.statusIdle;
			break;
		case 'invalid':
			status = t.invalidSettings;
			break;
		default:
			status = message;
	}
	// Paused and done are announced when they happen; so are resets, refusals and failures.
	useEffect(() => {
		if (phase === 'paused' || phase === 'done') announce(status);
		// Only a change of phase announces; the status text of that phase is read at that moment.
	}, [phase]);

	// The network can be looked into once it has trained an epoch, or once it has been paused
	// (and on after resuming, so the section does not vanish under the reader); not after a
	// divergence (its weights are no longer numbers) nor once reset.
	const inspectable =
		live !== undefined &&
		live.testCount > 0 &&
		(phase === 'paused' ||
			((phase === 'training' || phase === 'done') && (live.epochs.length > 0 || live.pausedOnce)));

	const curve = live
		? { epochs: live.epochs, running: live.running, totalEpochs: live.totalEpochs }
		: {
				epochs: reference.epochs,
				running: reference.running,
				totalEpochs: reference.settings.epochs,
			};

	return (
		<div
			class="cnn-widget not-content lab"
			id={id}
			data-phase={phase}
			onFocusIn={startEngine}
			onPointerDown={startEngine}
		>
			<h4>{t.title}</h4>
			<p>{t.intro}</p>

			<LabModelSection
				lab={lab}
				presets={presets}
				model={props.model}
				t={t}
				lang={lang}
				id={id}
				announce={announce}
			/>

			<fieldset class="lab-settings">
				<legend>{t.settings}</legend>
				{field('epochs', t.epochs)}
				{field('batchSize', t.batchSize)}
				{field('learningRate', t.learningRate)}
				<div class="cnn-field">
					<label for={`${id}-optimizer`}>{t.optimizer}</label>
					<select
						id={`${id}-optimizer`}
						value={settings.optimizer}
						onChange={(e) =>
							setSettings((old) => ({
								...old,
								optimizer: e.currentTarget.value === 'sgd' ? 'sgd' : 'adam',
							}))
						}
					>
						<option value="adam">{t.adam}</option>
						<option value="sgd">{t.sgd}</option>
					</select>
				</div>
				{settings.optimizer === 'sgd' && field('momentum', t.momentum)}
				{field('seed', t.seed)}
				{field('imagesPerEpoch', t.imagesPerEpoch, t.imagesHint)}
			</fieldset>

			<div class="lab-actions">
				<button type="button" class="cnn-btn-primary" onClick={train} disabled={busy}>
					{t.train}
				</button>
				{phase === 'paused' ? (
					<button type="button" onClick={resume}>
						{t.resume}
					</button>
				) : (
					<button type="button" onClick={pause} disabled={phase !== 'training'}>
						{t.pause}
					</button>
				)}
				<button type="button" onClick={reset} disabled={phase === 'idle'}>
					{t.reset}
				</button>
			</div>

			{(phase === 'downloading' || phase === 'loading') && (
				<progress
					class="lab-progress"
					aria-label={t.downloadLabel}
					max={download.total > 0 ? download.total : undefined}
					value={download.total > 0 ? download.loaded : undefined}
				/>
			)}
			<p
				class={`lab-status ${phase === 'failed' || phase === 'refused' || phase === 'diverged' || phase === 'invalid' ? 'lab-status-error' : ''}`}
				data-testid="lab-status"
			>
				{status}
			</p>
			{phase === 'failed' && (
				<button type="button" onClick={train}>
					{t.retry}
				</button>
			)}
			{phase === 'diverged' && (
				<button
					type="button"
					onClick={() => {
						setSetting(
							'learningRate',
							Math.max(rules.learningRate.min, settings.learningRate / 10),
						);
						setValidity('learningRate', false);
						setFieldGeneration((g) => g + 1);
					}}
				>
					{t.lowerRate}
				</button>
			)}

			<div class="lab-figures">
				<LearningCurve
					id={id}
					data={curve}
					caption={live ? t.curveLive : t.curveReference}
					t={t}
					lang={lang}
				/>
				<Filters
					id={id}
					filters={live ? live.filters : reference.filters}
					caption={live ? t.filtersLive : t.filtersReference}
					t={t}
				/>
			</div>
			{!live && <p class="lab-note">{t.referenceNote}</p>}
			<LabExport
				t={t}
				lang={lang}
				id={id}
				model={lab.json}
				total={lab.tableStale ? undefined : lab.shown.table.totalParams}
				hasFilters={(live ? live.filters : reference.filters) !== undefined}
			/>

			<section class="lab-inspect" data-testid="lab-inspect" aria-labelledby={`${id}-inspect`}>
				<h5 id={`${id}-inspect`}>{t.inspectTitle}</h5>
				{inspectable ? (
					<Inspect
						t={props.inspect}
						lang={lang}
						id={`${id}-in`}
						testCount={live.testCount}
						version={version}
						result={inspection}
						confusion={confusion}
						onInspect={inspect}
					/>
				) : (
					<p class="lab-note">{t.inspectPending}</p>
				)}
			</section>

			<LiveRegion id={`${id}-announce`}>{announcement}</LiveRegion>
		</div>
	);
}
