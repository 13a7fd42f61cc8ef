import { formatNumber } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import type { ErrorCode, ErrorParams, ParamValue } from './errors.ts';

/** What a message template receives: the language, the field named by the error and its facts. */
export interface MessageArgs {
	readonly lang: Lang;
	readonly field: string;
	readonly params: ErrorParams;
}

type Template = (args: MessageArgs) => string;

/** Renders one fact: numbers grouped per language, numeric lists as `5×5`, string lists joined. */
function show(value: ParamValue | undefined, lang: Lang): string {
	if (value === undefined) return '?';
	if (typeof value === 'number') return formatNumber(value, lang);
	if (typeof value === 'string' || typeof value === 'boolean') return String(value);
	if (value.length === 0) return '[]';
	if (typeof value[0] === 'number')
		return value.map((v) => formatNumber(Number(v), lang)).join('×');
	return value.join(', ');
}

function p(args: MessageArgs, key: string): string {
	return show(args.params[key], args.lang);
}

/** Numbers too large to count exactly read better as powers of ten than as 17 digits. */
function approx(args: MessageArgs, key: string): string {
	const value = args.params[key];
	if (typeof value !== 'number') return show(value, args.lang);
	const [mantissa = '', exponent = ''] = value.toExponential(2).split('e');
	const m = args.lang === 'id' ? mantissa.replace('.', ',') : mantissa;
	return `≈ ${m} × 10^${exponent.replace('+', '')}`;
}

/** What a value of an unlisted kind is said to need. */
const VALID: Record<Lang, string> = { en: 'a valid value', id: 'nilai yang valid' };

/**
 * The phrases for "what a valid value looks like", shared by every type-check message so that
 * "must be …" reads the same wherever it appears.
 */
const EXPECTED: Record<string, Record<Lang, string>> = {
	int: { en: 'a positive integer (1, 2, 3, …)', id: 'bilangan bulat positif (1, 2, 3, …)' },
	pair: {
		en: 'a positive integer or a pair [h, w] of positive integers',
		id: 'bilangan bulat positif atau pasangan [h, w] bilangan bulat positif',
	},
	nonNegInt: { en: 'a whole number, 0 or more', id: 'bilangan bulat 0 atau lebih' },
	padding: {
		en: '"valid", "same", a whole number (0 or more) or a pair [h, w] of them',
		id: '"valid", "same", bilangan bulat (0 atau lebih) atau pasangan [h, w]-nya',
	},
	padding4: {
		en: 'a whole number (0 or more), a pair [h, w] of them or [[top, bottom], [left, right]]',
		id: 'bilangan bulat (0 atau lebih), pasangan [h, w]-nya atau [[atas, bawah], [kiri, kanan]]',
	},
	shape: {
		en: 'a list of 1 to 3 positive integers, such as [28, 28, 1]',
		id: 'daftar berisi 1 sampai 3 bilangan bulat positif, misalnya [28, 28, 1]',
	},
	reshape: {
		en: 'a list of 1 to 3 positive integers, one of which may be -1, such as [7, 7, -1]',
		id: 'daftar berisi 1 sampai 3 bilangan bulat positif (satu boleh -1), misalnya [7, 7, -1]',
	},
	names: {
		en: 'a non-empty list of layer names, such as ["conv2d", "input"]',
		id: 'daftar nama layer yang tidak kosong, misalnya ["conv2d", "input"]',
	},
	name: { en: 'a non-empty text', id: 'teks yang tidak kosong' },
	bool: { en: 'true or false', id: 'true atau false' },
	number: { en: 'a number', id: 'sebuah bilangan' },
	rate: {
		en: 'a number from 0 up to, but not including, 1',
		id: 'bilangan dari 0 sampai kurang dari 1',
	},
	fraction: { en: 'a number from 0 to 1', id: 'bilangan dari 0 sampai 1' },
	positive: { en: 'a number above 0', id: 'bilangan lebih dari 0' },
	object: { en: 'a JSON object { … }', id: 'objek JSON { … }' },
	list: { en: 'a list [ … ]', id: 'daftar [ … ]' },
	valid: VALID,
};

function expected(args: MessageArgs): string {
	const key = args.params.expected;
	if (key === 'option') {
		const options = args.params.options;
		const list = Array.isArray(options) ? options.map((o) => `"${String(o)}"`).join(', ') : '';
		return args.lang === 'en' ? `one of ${list}` : `salah satu dari ${list}`;
	}
	return (EXPECTED[String(key)] ?? VALID)[args.lang];
}

/** The subject of a sentence: the field if there is one, else the thing being checked. */
function subject(args: MessageArgs, en: string, id: string): string {
	if (args.field) return `"${args.field}"`;
	return args.lang === 'en' ? en : id;
}

const mustBe: Record<Lang, Template> = {
	en: (a) =>
		`${subject(a, 'the value', 'nilainya')} must be ${expected(a)}, but it is ${p(a, 'got')}.`,
	id: (a) =>
		`${subject(a, 'the value', 'nilainya')} harus ${expected(a)}, tetapi nilainya ${p(a, 'got')}.`,
};

/** The subject of a count or size message when `what` names nothing listed. */
const THE_VALUE: Record<Lang, string> = { en: 'the value', id: 'nilainya' };

const WHAT: Record<string, Record<Lang, string>> = {
	params: { en: 'the parameter count', id: 'jumlah parameter' },
	macs: { en: 'the number of multiply–accumulates', id: 'jumlah operasi kali-tambah (MAC)' },
	values: { en: 'the number of output values', id: 'jumlah nilai output' },
	bytes: { en: 'the memory in bytes', id: 'kebutuhan memori dalam byte' },
	filters: { en: 'the number of filters', id: 'jumlah filter' },
	channels: { en: 'the number of input channels', id: 'jumlah channel input' },
	kernel: { en: 'the kernel', id: 'kernel' },
	pool: { en: 'the pooling window', id: 'jendela pooling' },
	value: THE_VALUE,
};

function what(args: MessageArgs): string {
	return (WHAT[String(args.params.what)] ?? THE_VALUE)[args.lang];
}

/** A layer's type, or the model itself when the field belongs to no layer. */
function owner(args: MessageArgs, model: string): string {
	return args.params.owner === undefined ? model : p(args, 'owner');
}

function kernelText(args: MessageArgs): string {
	const kernel = p(args, 'kernel');
	if (args.params.effective === undefined || p(args, 'effective') === kernel) return kernel;
	return args.lang === 'en'
		? `${kernel}, ${p(args, 'effective')} once dilated`
		: `${kernel}, ${p(args, 'effective')} setelah dilatasi`;
}

/** One English and one Indonesian sentence body per error code; the prefix is added by CnnError. */
export const MESSAGES: Record<ErrorCode, Record<Lang, Template>> = {
	'invalid-json': {
		en: (a) => `the text is not valid JSON (${p(a, 'detail')}).`,
		id: (a) => `teks ini bukan JSON yang valid (${p(a, 'detail')}).`,
	},
	'not-object': mustBe,
	'not-list': mustBe,
	'missing-field': {
		en: (a) => `the required field "${a.field}" is missing.`,
		id: (a) => `kolom wajib "${a.field}" belum diisi.`,
	},
	'unknown-field': {
		en: (a) =>
			`"${a.field}" is not a field of ${owner(a, 'the model')} (allowed: ${p(a, 'allowed')}).`,
		id: (a) =>
			`"${a.field}" bukan kolom milik ${owner(a, 'model')} (yang diizinkan: ${p(a, 'allowed')}).`,
	},
	'unknown-type': {
		en: (a) => `${p(a, 'got')} is not a layer type; known types are ${p(a, 'known')}.`,
		id: (a) => `${p(a, 'got')} bukan jenis layer; jenis yang dikenal: ${p(a, 'known')}.`,
	},
	'not-positive-integer': mustBe,
	'not-non-negative-integer': mustBe,
	'not-number': mustBe,
	'out-of-range': mustBe,
	'not-boolean': mustBe,
	'not-string': mustBe,
	'invalid-option': mustBe,
	'invalid-shape': mustBe,
	'no-layers': {
		en: () => `the model has no layers; add at least one to "layers".`,
		id: () => `model belum punya layer; tambahkan setidaknya satu ke "layers".`,
	},
	'duplicate-name': {
		en: (a) =>
			`the name "${p(a, 'name')}" is already used by layer ${p(a, 'other')}; layer names must be unique.`,
		id: (a) =>
			`nama "${p(a, 'name')}" sudah dipakai oleh layer ${p(a, 'other')}; nama layer harus unik.`,
	},
	'reserved-name': {
		en: () => `"input" is the name of the model's input; choose another name for a layer.`,
		id: () => `"input" adalah nama input model; pilih nama lain untuk layer.`,
	},
	'unknown-input': {
		en: (a) =>
			`"inputs" names "${p(a, 'got')}", but no layer has that name (write "input" for the model's input).`,
		id: (a) =>
			`"inputs" menyebut "${p(a, 'got')}", tetapi tidak ada layer bernama itu (tulis "input" untuk input model).`,
	},
	cycle: {
		en: (a) =>
			`its inputs lead back to itself (${p(a, 'path')}); a model must not contain a cycle.`,
		id: (a) =>
			`input-nya berputar kembali ke dirinya sendiri (${p(a, 'path')}); model tidak boleh mengandung siklus.`,
	},
	'wrong-input-count': {
		en: (a) =>
			a.params.expected === 'many'
				? `${p(a, 'type')} combines at least 2 inputs, but it is given ${p(a, 'count')}; list them in "inputs".`
				: `${p(a, 'type')} takes exactly 1 input, but it is given ${p(a, 'count')}.`,
		id: (a) =>
			a.params.expected === 'many'
				? `${p(a, 'type')} menggabungkan setidaknya 2 input, tetapi hanya diberi ${p(a, 'count')}; tuliskan di "inputs".`
				: `${p(a, 'type')} menerima tepat 1 input, tetapi diberi ${p(a, 'count')}.`,
	},
	'rank-mismatch': {
		en: (a) =>
			`${p(a, 'type')} needs a feature map of shape height×width×channels, but its input has shape ${p(a, 'got')}.`,
		id: (a) =>
			`${p(a, 'type')} membutuhkan feature map berbentuk tinggi×lebar×channel, tetapi input-nya berbentuk ${p(a, 'got')}.`,
	},
	'kernel-too-large': {
		en: (a) => `${what(a)} (${kernelText(a)}) is larger than its padded input (${p(a, 'input')}).`,
		id: (a) =>
			`${what(a)} (${kernelText(a)}) lebih besar daripada input setelah padding (${p(a, 'input')}).`,
	},
	'padding-too-large': {
		en: (a) =>
			`the padding (${p(a, 'padding')}) is more than half the pooling window (${p(a, 'pool')}); PyTorch allows at most ${p(a, 'max')}.`,
		id: (a) =>
			`padding (${p(a, 'padding')}) lebih dari setengah jendela pooling (${p(a, 'pool')}); PyTorch membolehkan paling banyak ${p(a, 'max')}.`,
	},
	'output-too-small': {
		en: (a) => `its output would measure ${p(a, 'size')}, but every size must be at least 1.`,
		id: (a) => `output-nya akan berukuran ${p(a, 'size')}, padahal setiap ukuran minimal 1.`,
	},
	'shape-mismatch': {
		en: (a) => {
			const shapes = p(a, 'shapes');
			if (a.params.type === 'concat')
				return `concat needs inputs that agree on every axis except channels, but gets ${shapes}.`;
			if (a.params.type === 'multiply')
				return `multiply needs inputs of the same shape (or one of shape [C] or 1×1×C), but gets ${shapes}.`;
			return `${p(a, 'type')} needs inputs of the same shape, but gets ${shapes}.`;
		},
		id: (a) => {
			const shapes = p(a, 'shapes');
			if (a.params.type === 'concat')
				return `concat membutuhkan input yang sama di setiap sumbu kecuali channel, tetapi mendapat ${shapes}.`;
			if (a.params.type === 'multiply')
				return `multiply membutuhkan input berbentuk sama (atau salah satunya [C] atau 1×1×C), tetapi mendapat ${shapes}.`;
			return `${p(a, 'type')} membutuhkan input berbentuk sama, tetapi mendapat ${shapes}.`;
		},
	},
	'groups-mismatch': {
		en: (a) => `${what(a)} (${p(a, 'value')}) must be divisible by "groups" (${p(a, 'groups')}).`,
		id: (a) => `${what(a)} (${p(a, 'value')}) harus habis dibagi "groups" (${p(a, 'groups')}).`,
	},
	'reshape-mismatch': {
		en: (a) =>
			`its input ${p(a, 'from')} holds ${p(a, 'size')} values, which cannot be arranged as ${p(a, 'to')}.`,
		id: (a) =>
			`input-nya ${p(a, 'from')} berisi ${p(a, 'size')} nilai, yang tidak bisa disusun menjadi ${p(a, 'to')}.`,
	},
	'too-large': {
		en: (a) =>
			`${what(a)} (${approx(a, 'value')}) is past 2^53, beyond what can be counted exactly.`,
		id: (a) =>
			`${what(a)} (${approx(a, 'value')}) melewati 2^53, di luar batas yang bisa dihitung dengan tepat.`,
	},
	'internal-error': {
		en: (a) => `the engine failed unexpectedly (${p(a, 'detail')}); please report this model.`,
		id: (a) => `mesin gagal secara tak terduga (${p(a, 'detail')}); mohon laporkan model ini.`,
	},
};
