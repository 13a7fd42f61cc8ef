import { useState } from 'preact/hooks';
import { attempt, parseJson, type ModelJson } from '../../lib/cnn/index.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { ModelExport, type Say } from '../shared/ModelExport.tsx';
import { checkEditable, editProblemText } from './editable.ts';
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

/**
 * Pasting a model in the engine's JSON format (validated by the engine, then by the editor) and
 * copying the current one as JSON, Keras or PyTorch code (`shared/ModelExport.tsx`, which the CNN
 * lab shows too): the body of the full mode's "tools" disclosure. This module loads when a reader
 * first opens it (`LazyDetails`), and the exporters only when a reader asks for code, so none of
 * it is part of the page's first download.
 */
export function JsonTools({ t, lang, json, total, onLoad, idBase }: Props) {
	const [text, setText] = useState('');
	const [error, setError] = useState('');
	const pasteId = `${idBase}-paste`;

	const load = (say: Say) => {
		const parsed = attempt(() => parseJson(text));
		const problem = parsed.ok
			? checkEditable(parsed.value)
			: { code: 'engine' as const, error: parsed.error };
		if (problem) {
			setError(sentence(editProblemText(t, lang, problem)));
			return;
		}
		setError('');
		say(t.loaded);
		onLoad((parsed as { value: ModelJson }).value);
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
			<ModelExport
				t={t}
				lang={lang}
				json={json}
				total={total}
				idBase={idBase}
				buttonsClass="calc-buttons"
				before={(say) => (
					<button type="button" onClick={() => load(say)}>
						{t.load}
					</button>
				)}
			/>
		</>
	);
}
