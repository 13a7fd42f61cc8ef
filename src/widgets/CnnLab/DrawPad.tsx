import type { TargetedEvent, TargetedKeyboardEvent, TargetedPointerEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../lib/i18n/fill.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { SIDE, toFashionInput, workingSize } from '../../lib/training/image.ts';
import { greyToRgba, toGreyLevels } from '../../lib/training/inspect.ts';
import {
	cellAt,
	emptyPad,
	padKeyAction,
	padReducer,
	type Cell,
	type PadAction,
	type PadState,
} from '../../lib/training/pad.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import type { InspectStrings } from './inspect-strings.ts';
import './inspect.css';

export interface DrawPadProps {
	/** The page language's words (`INSPECT_STRINGS[lang]`). */
	t: InspectStrings;
	lang: Lang;
	/** Prefix for element ids; unique on the page. */
	id: string;
	/**
	 * Pixels to put on the pad (784 values in [0, 1]), e.g. the test image the reader picked; a
	 * new array (by identity) replaces the drawing, which the reader can then touch up. Loading it
	 * does not call `onChange`: the caller already has it.
	 */
	value?: Float32Array | undefined;
	/**
	 * The pad's 784 values in [0, 1], row-major, light ink on black as in Fashion MNIST: called when
	 * a stroke ends, after each painting or erasing key, on clearing and after an upload. A fresh
	 * array each time, which the caller may keep or transfer.
	 *
	 * `note` is the sentence that says what changed ("Painted at row 9, column 10."), for a
	 * keyboard change, a clearing or an upload. The pad does not announce it itself: the caller
	 * announces it together with what the change leads to (the network's new prediction), in one
	 * live announcement rather than two that interrupt each other at every key press.
	 */
	onChange: (pixels: Float32Array, note?: string) => void;
}

/** RGBA bytes of a picture file, drawn no larger than `workingSize` allows. */
async function readPicture(
	file: File,
): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
	const bitmap = await createImageBitmap(file);
	const { width, height } = workingSize(bitmap.width, bitmap.height);
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) throw new Error('no 2-D canvas');
	context.drawImage(bitmap, 0, 0, width, height);
	bitmap.close();
	return { data: context.getImageData(0, 0, width, height).data, width, height };
}

/**
 * A 28 × 28 pad to draw a piece of clothing on, with the mouse, a finger or the keyboard (arrows
 * move a cursor cell, Space or Enter paints, Shift with an arrow paints along, Delete erases), or
 * to fill from an uploaded picture shrunk the way Fashion MNIST's images were. Every change of
 * the pixels goes through `padReducer` (`lib/training/pad.ts`, tested there); this component turns
 * events into its actions, draws the result, and says what happened in a live region.
 */
export function DrawPad(props: DrawPadProps) {
	const { t, lang, id, value, onChange } = props;
	const [pad, setPad] = useState<PadState>(emptyPad);
	const latest = useRef(pad);
	const canvas = useRef<HTMLCanvasElement>(null);
	const stroke = useRef<{ pointer: number; last: Cell } | undefined>(undefined);
	const [announcement, setAnnouncement] = useState('');
	const [uploadError, setUploadError] = useState<string | undefined>(undefined);

	/**
	 * Applies an action; `emit` hands the new pixels to the caller, with `note` (what changed,
	 * for the caller to announce) when it is a string.
	 */
	const apply = (action: PadAction, emit: boolean, note?: (next: PadState) => string): PadState => {
		const next = padReducer(latest.current, action);
		latest.current = next;
		setPad(next);
		if (emit) onChange(next.pixels.slice(), note?.(next));
		return next;
	};

	useEffect(() => {
		// Only a new `value` loads (`apply` is recreated on every render but reads the ref).
		if (value) apply({ type: 'load', pixels: value }, false);
	}, [value]);

	useEffect(() => {
		const context = canvas.current?.getContext('2d');
		if (!context) return;
		const levels = toGreyLevels(pad.pixels, { min: 0, max: 1 });
		context.putImageData(new ImageData(greyToRgba(levels), SIDE, SIDE), 0, 0);
	}, [pad.pixels]);

	const place = (cell: Cell) => ({ row: cell[0] + 1, col: cell[1] + 1 });
	const percent = (v: number) => `${formatNumber(Math.round(v * 100), lang)}%`;

	const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		const action = padKeyAction(event.key, event.shiftKey);
		if (!action) return;
		event.preventDefault();
		const painting = action.type !== 'move' || action.paint === true;
		// A change of the pixels is announced by the caller with the prediction it leads to; a
		// move changes nothing else, so the pad says where the cursor is and what is under it.
		const next = apply(action, painting, (state) =>
			fill(action.type === 'erase' ? t.padErased : t.padPainted, place(state.cursor)),
		);
		if (!painting) {
			const ink = next.pixels[next.cursor[0] * SIDE + next.cursor[1]] ?? 0;
			const described = ink > 0 ? fill(t.padInk, { percent: percent(ink) }) : t.padEmpty;
			setAnnouncement(fill(t.padCell, { ...place(next.cursor), ink: described }));
		}
	};

	const cellOf = (event: TargetedPointerEvent<HTMLDivElement>): Cell => {
		const box = event.currentTarget.getBoundingClientRect();
		return cellAt(event.clientX - box.left, event.clientY - box.top, box.width, box.height);
	};

	const onPointerDown = (event: TargetedPointerEvent<HTMLDivElement>) => {
		if (event.button !== 0) return;
		event.preventDefault();
		event.currentTarget.focus({ preventScroll: true });
		event.currentTarget.setPointerCapture(event.pointerId);
		const cell = cellOf(event);
		stroke.current = { pointer: event.pointerId, last: cell };
		apply({ type: 'paint', at: cell }, false);
	};

	const onPointerMove = (event: TargetedPointerEvent<HTMLDivElement>) => {
		const current = stroke.current;
		if (current?.pointer !== event.pointerId) return;
		const cell = cellOf(event);
		if (cell[0] === current.last[0] && cell[1] === current.last[1]) return;
		apply({ type: 'stroke', from: current.last, to: cell }, false);
		current.last = cell;
	};

	const onPointerEnd = (event: TargetedPointerEvent<HTMLDivElement>) => {
		if (stroke.current?.pointer !== event.pointerId) return;
		stroke.current = undefined;
		onChange(latest.current.pixels.slice());
	};

	const onUpload = async (event: TargetedEvent<HTMLInputElement>) => {
		const input = event.currentTarget;
		const file = input.files?.[0];
		if (!file) return;
		try {
			const { data, width, height } = await readPicture(file);
			const picture = toFashionInput(data, width, height);
			if (!picture.found) {
				setUploadError(t.padUploadBlank);
				return;
			}
			setUploadError(undefined);
			apply({ type: 'load', pixels: picture.pixels }, true, () => t.padUploaded);
		} catch {
			setUploadError(t.padUploadError);
		} finally {
			// The same file chosen again is a new upload.
			input.value = '';
		}
	};

	const [row, col] = pad.cursor;
	const errorId = `${id}-upload-error`;
	return (
		<div class="inspect-pad">
			<h6 id={`${id}-pad-title`}>{t.padTitle}</h6>
			<p id={`${id}-pad-help`} class="inspect-note">
				{t.padHelp}
			</p>
			{/* eslint-disable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex -- a drawing surface with its own keys (arrows move, Space paints, Delete erases), announced by aria-keyshortcuts and its instructions; "application" hands those keys to it, and nothing inside needs browse mode */}
			<div
				class="inspect-pad__box"
				role="application"
				tabIndex={0}
				aria-label={t.padLabel}
				aria-describedby={`${id}-pad-help`}
				aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight Space Enter Delete"
				onKeyDown={onKeyDown}
				onPointerDown={onPointerDown}
				onPointerMove={onPointerMove}
				onPointerUp={onPointerEnd}
				onPointerCancel={onPointerEnd}
			>
				{/* eslint-enable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex -- only the pad's opening tag */}
				<canvas ref={canvas} width={SIDE} height={SIDE} aria-hidden="true" />
				<span
					class="inspect-pad__cursor"
					aria-hidden="true"
					style={{ top: `${(row * 100) / SIDE}%`, left: `${(col * 100) / SIDE}%` }}
				/>
			</div>
			<div class="inspect-pad__actions">
				<button
					type="button"
					onClick={() => {
						apply({ type: 'clear' }, true, () => t.padCleared);
					}}
				>
					{t.padClear}
				</button>
				<div class="cnn-field">
					<label for={`${id}-upload`}>{t.padUpload}</label>
					<input
						id={`${id}-upload`}
						type="file"
						accept="image/*"
						aria-invalid={uploadError ? 'true' : undefined}
						aria-describedby={`${id}-upload-hint${uploadError ? ` ${errorId}` : ''}`}
						onChange={(event) => void onUpload(event)}
					/>
					<span id={`${id}-upload-hint`} class="cnn-field__hint">
						{t.padUploadHint}
					</span>
					{uploadError && (
						<span id={errorId} class="cnn-field__error" role="alert">
							{uploadError}
						</span>
					)}
				</div>
			</div>
			<LiveRegion>{announcement}</LiveRegion>
		</div>
	);
}
