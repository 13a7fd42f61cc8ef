import { describe, expect, test } from 'vitest';
import { fashionBook, fashionTiny } from '../../lib/cnn/presets/fashion.ts';
import { codec as calculatorCodec } from '../Calculator/full-link.ts';
import { toModelJson } from '../Calculator/full-state.ts';
import { loadPreset } from '../Calculator/networks.ts';
import { MAX_ENCODED, toBase64Url } from '../Calculator/url.ts';
import { LAB_KEY, calculatorHref, codec, labHref } from './lab-link.ts';
import { labMemory, labModelState } from './lab-model.ts';

const PAGE = '/cnn-notes/en/ch14/09-lab-fashion-mnist/';
const CALC = '/cnn-notes/en/ch14/02-parameters-and-memory/';

/** The `?lab=` value of a lab address. */
const valueOf = (href: string, key: string) =>
	new URL(href, 'https://x.test').searchParams.get(key);

describe('the lab’s link', () => {
	test('a lab state survives the link: preset, every layer and the input', () => {
		const state = labModelState('fashion-book', fashionBook());
		const decoded = codec.decode(codec.encode(state));
		expect(decoded).toEqual({ ok: true, state });
	});

	test('the calculator’s “Open in the lab” address opens the lab on the same model, as the reader’s own', async () => {
		const exercise2 = await loadPreset('exercise2');
		const href = labHref(PAGE, exercise2);
		expect(href.startsWith(`${PAGE}?${LAB_KEY}=`)).toBe(true);
		const decoded = codec.decode(valueOf(href, LAB_KEY) ?? '');
		if (!decoded.ok) throw new Error('refused');
		expect(decoded.state.preset).toBe('custom');
		expect(toModelJson(decoded.state.model)).toEqual(exercise2);
	});

	test('the lab’s “Open in the calculator” address opens question 2 on the same model and the training’s memory setting', () => {
		const model = fashionTiny();
		const memory = labMemory({ batchSize: 64, optimizer: 'sgd', momentum: 0.9 });
		const href = calculatorHref(CALC, model, memory);
		const decoded = calculatorCodec.decode(valueOf(href, 'calc') ?? '');
		if (!decoded.ok) throw new Error('refused');
		expect(toModelJson(decoded.state.model)).toEqual({ convention: 'keras', ...model });
		expect(decoded.state.memory).toEqual({
			batch: 64,
			dtype: 'float32',
			mode: 'training',
			optimizer: 'momentum',
		});
	});

	test('a damaged, foreign, too long or unknown-preset link is refused with its reason', () => {
		const good = codec.encode(labModelState('fashion-tiny', fashionTiny()));
		expect(codec.decode(good.slice(0, -7))).toMatchObject({ ok: false });
		expect(codec.decode('x'.repeat(MAX_ENCODED + 1))).toEqual({
			ok: false,
			problem: { code: 'too-long' },
		});
		const payload = (fields: object) => toBase64Url(JSON.stringify({ v: 1, k: 'lab', ...fields }));
		expect(codec.decode(payload({ p: 'vgg16', m: fashionTiny() }))).toEqual({
			ok: false,
			problem: { code: 'malformed' },
		});
		const calcState = calculatorCodec.encode({
			preset: 'custom',
			model: labModelState('custom', fashionTiny()).model,
			memory: labMemory({ batchSize: 32, optimizer: 'adam', momentum: 0.9 }),
		});
		expect(codec.decode(calcState)).toEqual({ ok: false, problem: { code: 'malformed' } });
		const branched = { ...fashionTiny(), layers: [{ type: 'dense', units: 10, inputs: ['x'] }] };
		expect(codec.decode(payload({ p: 'custom', m: branched }))).toMatchObject({
			ok: false,
			problem: { code: 'model' },
		});
	});

	test('Adam, SGD with momentum and plain SGD count their own optimizer state', () => {
		const base = { batchSize: 32, momentum: 0.9 } as const;
		expect(labMemory({ ...base, optimizer: 'adam' }).optimizer).toBe('adam');
		expect(labMemory({ ...base, optimizer: 'sgd' }).optimizer).toBe('momentum');
		expect(labMemory({ ...base, optimizer: 'sgd', momentum: 0 }).optimizer).toBe('sgd');
	});
});
