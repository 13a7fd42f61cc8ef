import { useState } from 'preact/hooks';
import { attempt, parseJson, type ModelJson } from '../../lib/cnn/index.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { copyText } from './CopyLink.tsx';
import { checkEditable, editProblemText } from './editable.ts';
import { fill } from '../../lib/i18n/fill.ts';
import type { FullStrings } from './strings.ts';

/** A fragment of a sentence as a sentence of its own: capital first letter, final full stop. */
function sentence(text: string): string {
	const s = text.charAt(0).toUpperCase() + text.slice(1);
	return /[.!?]$/.test(s) ? s : `${s}.`;
}

interface Props {
	t: FullStrings;
	lang: Lang;
	json: ModelJson;
	/** The current network's total, or undefined while it cannot be computed. */
	total: number | undefined;
	onLoad: (json: ModelJson) => void;
	idBase: string;
}

type Kind = 'json' | 'keras' | 'torch';

/**
 * Pasting a model in the engine's JSON format (validated by the engine, then by the editor) and
 * copying the current one as JSON, Keras or PyTorch code: the body of the full mode's "tools"
 * disclosure. This module loads when a reader first opens it (`LazyDetails`), and the exporters
 * only when a reader asks for code, so none of it is part of the page's first download.
 */
export function JsonTools({ t, lang, json, total, onLoad, idBase }: Props) {
	const [text, setText] = useState('');
	const [error, setError] = useState('');
	const [status, setStatus] = useState('');
	const [output, setOutput] = useState('');
	const pasteId = `${idBase}-paste`;

	const load = () => {
		const parsed = attempt(() => parseJson(text));
		const problem = parsed.ok
			? checkEditable(parsed.value)
			: { code: 'engine' as const, error: parsed.error };
		if (problem) {
			setError(sentence(editProblemText(t, lang, problem)));
			return;
		}
		setError('');
		setStatus(t.loaded);
		onLoad((parsed as { value: ModelJson }).value);
	};

	const exportAs = async (kind: Kind) => {
		if (total === undefined) {
			setStatus(t.fixFirst);
			return;
		}
		let code = `${JSON.stringify(json, null, 2)}\n`;
		let note = '';
		if (kind !== 'json') {
			const run =
				kind === 'keras'
					? (await import('../../lib/code-export/keras.ts')).toKeras
					: (await import('../../lib/code-export/pytorch.ts')).toPyTorch;
			const result = attempt(() => run(json));
			if (!result.ok) {
				setStatus(result.error.describe(lang));
				return;
			}
			code = result.value.code;
			if (result.value.totalParams !== total) {
				note = ` ${fill(t.otherCount, {
					framework: kind === 'keras' ? 'Keras' : 'PyTorch',
					n: formatNumber(result.value.totalParams, lang),
				})}`;
			}
		}
		setOutput(code);
		setStatus(((await copyText(code)) ? t.copied : t.copyManual) + note);
	};

	return (
		<>
			<div class="cnn-field">
				<label for={pasteId}>{t.paste}</label>
				<textarea
					id={pasteId}
					rows={5}
					spellcheck={false}
					value={text}
					aria-invalid={error ? 'true' : undefined}
					aria-describedby={error ? `${pasteId}-message` : undefined}
					onInput={(e) => setText(e.currentTarget.value)}
				/>
				{error && (
					<span id={`${pasteId}-message`} class="cnn-field__error" role="alert">
						{error}
					</span>
				)}
			</div>
			<div class="calc-buttons">
				<button type="button" onClick={load}>
					{t.load}
				</button>
				<button type="button" onClick={() => void exportAs('json')}>
					{t.copyJson}
				</button>
				<button type="button" onClick={() => void exportAs('keras')}>
					{t.copyKeras}
				</button>
				<button type="button" onClick={() => void exportAs('torch')}>
					{t.copyTorch}
				</button>
			</div>
			<LiveRegion visible>{status}</LiveRegion>
			{output && (
				<div class="cnn-field">
					<label for={`${idBase}-output`}>{t.exported}</label>
					<textarea
						id={`${idBase}-output`}
						readOnly
						rows={10}
						spellcheck={false}
						value={output}
						data-testid="export-output"
					/>
				</div>
			)}
		</>
	);
}
