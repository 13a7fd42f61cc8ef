import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { attempt, type ModelJson } from '../../lib/cnn/index.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { copyText } from './clipboard.ts';
import { LiveRegion } from './LiveRegion.tsx';
import type { ModelExportStrings } from './model-export-strings.ts';

/** A way of writing a model down: the engine's JSON, or code for one of two frameworks. */
export type ExportKind = 'json' | 'keras' | 'torch';

/** Tells the reader, in the export's status line, what a neighbouring button did. */
export type Say = (text: string) => void;

export interface ModelExportProps {
	/** The page language's words (`MODEL_EXPORT_STRINGS[lang]`, or a table that includes them). */
	t: ModelExportStrings;
	lang: Lang;
	/** The model to export, in the engine's JSON format. */
	json: ModelJson;
	/**
	 * The engine's parameter count of `json`, or undefined while it cannot be computed (then
	 * nothing is exported). A framework that counts differently says so beside the code.
	 */
	total: number | undefined;
	/** Prefix for element ids; unique on the page. */
	idBase: string;
	/** Class of the row of buttons (each widget lays its buttons out its own way). */
	buttonsClass: string;
	/** Buttons before the export buttons, in the same row, sharing the status line. */
	before?: ((say: Say) => ComponentChildren) | undefined;
	/** Buttons after the export buttons, in the same row, sharing the status line. */
	after?: ((say: Say) => ComponentChildren) | undefined;
}

/**
 * Copy a model as JSON, Keras or PyTorch code, with the code also shown in a read-only field
 * (for a browser that refuses the clipboard) and the outcome in a visible live status line. The
 * calculator's "tools" and the CNN lab's export both render this, so a model leaves either in the
 * same form. The exporters (`lib/code-export/`) load only when a reader asks for code, so a
 * widget that renders this inside a `LazyDetails` keeps all of it out of its first download.
 */
export function ModelExport(props: ModelExportProps) {
	const { t, lang, json, total, idBase } = props;
	const [status, setStatus] = useState('');
	const [output, setOutput] = useState('');

	const exportAs = async (kind: ExportKind) => {
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
			<div class={props.buttonsClass}>
				{props.before?.(setStatus)}
				<button type="button" onClick={() => void exportAs('json')}>
					{t.copyJson}
				</button>
				<button type="button" onClick={() => void exportAs('keras')}>
					{t.copyKeras}
				</button>
				<button type="button" onClick={() => void exportAs('torch')}>
					{t.copyTorch}
				</button>
				{props.after?.(setStatus)}
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
