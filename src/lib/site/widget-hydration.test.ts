import { describe, expect, test } from 'vitest';
import {
	captureKind,
	caretAfterReplay,
	carriesState,
	matchControl,
	mayScroll,
	replayPlan,
	scrollTarget,
	type ControlInfo,
	type Logged,
} from './widget-hydration.ts';

const field = (over: Partial<ControlInfo> = {}): ControlInfo => ({
	tag: 'input',
	type: 'text',
	id: '',
	name: '',
	value: '',
	...over,
});

describe('captureKind', () => {
	test('replays the values of fields, sliders, boxes, radios, menus and text areas', () => {
		for (const type of ['text', 'number', 'range', 'checkbox', 'radio', 'search']) {
			expect(captureKind({ tag: 'input', type }, false)).toBe('value');
		}
		expect(captureKind({ tag: 'select', type: '' }, false)).toBe('value');
		expect(captureKind({ tag: 'textarea', type: '' }, false)).toBe('value');
	});

	test('replays the click of a button outside a form, which did nothing before hydration', () => {
		expect(captureKind({ tag: 'button', type: 'button' }, false)).toBe('click');
		expect(captureKind({ tag: 'button', type: 'submit' }, false)).toBe('click');
	});

	test('leaves a button inside a form alone: the browser already submitted or reset it', () => {
		expect(captureKind({ tag: 'button', type: 'submit' }, true)).toBeUndefined();
		expect(captureKind({ tag: 'button', type: 'button' }, true)).toBeUndefined();
	});

	test('never replays hidden, file or password inputs, input buttons, links or labels', () => {
		for (const type of ['hidden', 'file', 'password', 'submit', 'reset', 'button', 'image']) {
			expect(captureKind({ tag: 'input', type }, false)).toBeUndefined();
		}
		expect(captureKind({ tag: 'a', type: '' }, false)).toBeUndefined();
		expect(captureKind({ tag: 'label', type: '' }, false)).toBeUndefined();
		expect(captureKind({ tag: 'summary', type: '' }, false)).toBeUndefined();
	});
});

describe('replayPlan', () => {
	test('sets each field once, at its last change, with the events the reader fired', () => {
		const log: Logged[] = [
			{ kind: 'value', control: 0, event: 'input' },
			{ kind: 'value', control: 1, event: 'input' },
			{ kind: 'value', control: 0, event: 'input' },
			{ kind: 'value', control: 1, event: 'change' },
		];
		expect(replayPlan(log)).toEqual([
			{ kind: 'value', control: 0, events: ['input'] },
			{ kind: 'value', control: 1, events: ['input', 'change'] },
		]);
	});

	test('fires only the events the reader’s change fired, input always before change', () => {
		expect(replayPlan([{ kind: 'value', control: 3, event: 'change' }])).toEqual([
			{ kind: 'value', control: 3, events: ['change'] },
		]);
		expect(
			replayPlan([
				{ kind: 'value', control: 3, event: 'change' },
				{ kind: 'value', control: 3, event: 'input' },
			]),
		).toEqual([{ kind: 'value', control: 3, events: ['input', 'change'] }]);
	});

	test('keeps every click, in order, so three clicks on "step forward" step three times', () => {
		const log: Logged[] = [
			{ kind: 'click', control: 2 },
			{ kind: 'click', control: 2 },
			{ kind: 'click', control: 2 },
		];
		expect(replayPlan(log)).toEqual(log);
	});

	test('a value typed before a Reset click is replayed before it, so the reset wins', () => {
		const plan = replayPlan([
			{ kind: 'value', control: 0, event: 'input' },
			{ kind: 'click', control: 1 },
		]);
		expect(plan.map((s) => s.kind)).toEqual(['value', 'click']);
	});

	test('a value typed again after a Reset click is replayed after it, so the typing wins', () => {
		const plan = replayPlan([
			{ kind: 'value', control: 0, event: 'input' },
			{ kind: 'click', control: 1 },
			{ kind: 'value', control: 0, event: 'input' },
		]);
		expect(plan).toEqual([
			{ kind: 'click', control: 1 },
			{ kind: 'value', control: 0, events: ['input'] },
		]);
	});

	test('replays nothing when the reader did nothing', () => {
		expect(replayPlan([])).toEqual([]);
	});
});

describe('matchControl', () => {
	const fields = [
		field({ id: 'lrn-en-channels' }),
		field({ id: 'lrn-en-n' }),
		field({ type: 'range' }),
		field({ id: 'lrn-en-k' }),
		field({ type: 'radio', name: 'op', value: 'max' }),
		field({ type: 'radio', name: 'op', value: 'avg' }),
	];

	test('finds a field by its id, wherever it moved', () => {
		expect(matchControl({ ...field({ id: 'lrn-en-k' }), index: 0 }, fields)).toBe(3);
	});

	test('finds a radio without an id by its name and value', () => {
		const wanted = { ...field({ type: 'radio', name: 'op', value: 'avg' }), index: 0 };
		expect(matchControl(wanted, fields)).toBe(5);
	});

	test('falls back to the position when that element is still of the same kind', () => {
		expect(matchControl({ ...field({ type: 'range' }), index: 2 }, fields)).toBe(2);
		expect(matchControl({ ...field({ type: 'range' }), index: 1 }, fields)).toBe(-1);
	});

	test('answers -1 for a field that is gone, never another field with the same id elsewhere', () => {
		expect(matchControl({ ...field({ id: 'gone' }), index: 9 }, fields)).toBe(-1);
		const select = { ...field({ tag: 'select', type: '', id: 'lrn-en-k' }), index: 0 };
		expect(matchControl(select, fields)).toBe(-1);
	});
});

describe('carriesState', () => {
	test('sees the widget key as a query parameter, among others', () => {
		expect(carriesState('calc', '?calc=eyJ2IjoxfQ', '')).toBe(true);
		expect(carriesState('calc', '?lang=id&calc=', '')).toBe(true);
	});

	test('sees it as a hash naming the key, with or without a value', () => {
		expect(carriesState('calc', '', '#calc')).toBe(true);
		expect(carriesState('calc', '', '#calc=abc')).toBe(true);
	});

	test('ignores other parameters, heading hashes and widgets without a key', () => {
		expect(carriesState('calc', '?calculator=1', '#kode')).toBe(false);
		expect(carriesState('calc', '', '#calc-notes')).toBe(false);
		expect(carriesState(undefined, '?calc=abc', '#calc')).toBe(false);
		expect(carriesState('', '?=abc', '')).toBe(false);
	});
});

describe('scrollTarget', () => {
	const island = (key: string | undefined, holdsHashTarget = false) => ({ key, holdsHashTarget });

	test('scrolls to the first island whose state the URL carries', () => {
		const islands = [island(undefined), island('calc'), island('calc')];
		expect(scrollTarget(islands, '?calc=abc', '')).toBe(1);
	});

	test('scrolls to the island the hash points into, when it carries state', () => {
		const islands = [island('calc'), island('calc', true)];
		expect(scrollTarget(islands, '?calc=abc', '#calc-2')).toBe(1);
	});

	test('ignores a hash inside an island the state is not meant for', () => {
		const islands = [island(undefined, true), island('calc')];
		expect(scrollTarget(islands, '?calc=abc', '#pool-en')).toBe(1);
	});

	test('scrolls nowhere when no island carries state', () => {
		expect(scrollTarget([island(undefined), island('calc')], '', '#kode')).toBe(-1);
		expect(scrollTarget([], '?calc=abc', '')).toBe(-1);
	});
});

describe('mayScroll', () => {
	const fresh = {
		navigation: 'navigate',
		pageScrolled: false,
		hashTarget: 'none',
		focusElsewhere: false,
	} as const;

	test('scrolls a freshly opened link to its widget', () => {
		expect(mayScroll(fresh)).toBe(true);
		expect(mayScroll({ ...fresh, navigation: undefined })).toBe(true);
	});

	test('leaves the place the browser restores after a reload or a step back', () => {
		expect(mayScroll({ ...fresh, navigation: 'reload' })).toBe(false);
		expect(mayScroll({ ...fresh, navigation: 'back_forward' })).toBe(false);
	});

	test('leaves a reader who scrolled or focused something while the widget loaded', () => {
		expect(mayScroll({ ...fresh, pageScrolled: true })).toBe(false);
		expect(mayScroll({ ...fresh, focusElsewhere: true })).toBe(false);
	});

	test('follows a hash that names another place, and scrolls for one inside the widget', () => {
		expect(mayScroll({ ...fresh, hashTarget: 'outside', pageScrolled: true })).toBe(false);
		expect(mayScroll({ ...fresh, hashTarget: 'inside', pageScrolled: true })).toBe(true);
	});
});

describe('caretAfterReplay', () => {
	test('keeps the caret where the reader left it when the text is unchanged', () => {
		expect(caretAfterReplay({ text: '128', start: 1, end: 1 }, '128')).toEqual([1, 1]);
		expect(caretAfterReplay({ text: '128', start: 0, end: 3 }, '128')).toEqual([0, 3]);
	});

	test('puts it at the end when the island changed the text', () => {
		expect(caretAfterReplay({ text: '128', start: 1, end: 1 }, '12')).toEqual([2, 2]);
	});

	test('never places it outside the text', () => {
		expect(caretAfterReplay({ text: 'ab', start: 5, end: 9 }, 'ab')).toEqual([2, 2]);
	});
});
