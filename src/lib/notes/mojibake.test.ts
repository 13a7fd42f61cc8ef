import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hasMojibake, repairMojibake } from './mojibake.ts';

/** Damages text the way the notes were damaged: UTF-8 bytes read as Windows-1252, undefined bytes dropped. */
function damage(text: string): string {
	const cp1252 = new TextDecoder('windows-1252');
	return [...new TextEncoder().encode(text)]
		.map((b) =>
			[0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b) ? '' : cp1252.decode(new Uint8Array([b])),
		)
		.join('');
}

const notes = readFileSync(
	new URL('../../../content/_sources/ch14-cnn.md', import.meta.url),
	'utf8',
);

describe('repairMojibake', () => {
	test('repairs every damaged character of the chapter 14 notes', () => {
		const { text } = repairMojibake(notes);
		expect(hasMojibake(notes)).toBe(true);
		expect(hasMojibake(text)).toBe(false);
		expect(text).toContain('# 📘 Chapter 14 – Convolutional Neural Networks');
		expect(text).toContain('(3×3 kernel, stride 2, padding “same”) – Berapa parameternya?');
		expect(text).toContain('**Total** ≈ **903,400 parameters**');
		expect(text).toContain('Mini-batch 50 → ~172 MB');
		expect(text).toContain('Dense bisa diganti Conv dengan kernel 1×1.');
	});

	test('restores the closing quote whose last byte Windows-1252 could not represent', () => {
		expect(repairMojibake('padding â€œsameâ€)').text).toBe('padding “same”)');
	});

	test('reports each repair with what it was and what it became', () => {
		const { repairs } = repairMojibake('3Ã—3 â†’ ok');
		expect(repairs).toEqual([
			{ from: 'Ã—', to: '×', index: 1 },
			{ from: 'â†’', to: '→', index: 5 },
		]);
	});

	test('repairs the damage of every character that survives the round trip', () => {
		const samples = [
			'×',
			'→',
			'≈',
			'–',
			'—',
			'“',
			'”',
			'‘',
			'’',
			'…',
			'é',
			'ñ',
			'ü',
			'ß',
			'€',
			'📘',
			'🧠',
			'√',
			'α',
			'β',
			'²',
		];
		for (const ch of samples) expect(repairMojibake(damage(`a ${ch} b`)).text).toBe(`a ${ch} b`);
	});

	test('leaves clean text exactly as it is', () => {
		const clean = 'Jumlah parameter: 903.400 × 4 bita ≈ 3,6 MB — “same” → naïve café, 📘 ½';
		const result = repairMojibake(clean);
		expect(result.text).toBe(clean);
		expect(result.repairs).toEqual([]);
	});

	test('repairs text that was damaged twice', () => {
		expect(repairMojibake(damage(damage('3×3 → 9'))).text).toBe('3×3 → 9');
	});

	test('round-trips any damaged Indonesian or English text with typographic characters', () => {
		const alphabet = fc.constantFrom(
			...'abcdefghijklmnopqrstuvwxyz ABC 0123456789.,:;()-_*#>'.split(''),
			'×',
			'→',
			'≈',
			'–',
			'—',
			'“',
			'”',
			'’',
			'…',
			'é',
			'√',
			'📘',
			'²',
			'\n',
		);
		fc.assert(
			fc.property(fc.array(alphabet, { maxLength: 80 }), (chars) => {
				const text = chars.join('');
				expect(repairMojibake(damage(text)).text).toBe(text);
			}),
			{ numRuns: 1000 },
		);
	});

	test('never changes clean prose, whatever its typography', () => {
		const word = fc.constantFrom(
			'parameter',
			'peta',
			'fitur',
			'café',
			'naïve',
			'São',
			'Ñandú',
			'Über',
			'903.400',
			'3,6',
			'MB',
			'3×3',
			'→',
			'≈',
			'–',
			'—',
			'…',
			'“same”',
			'‘kutip’',
			'½',
			'²',
			'√n',
			'α',
			'📘',
			'🧠',
		);
		const sep = fc.constantFrom(' ', ' ', ', ', '. ', '\n', ': ');
		fc.assert(
			fc.property(fc.array(fc.tuple(word, sep), { maxLength: 40 }), (parts) => {
				const text = parts.map(([w, s]) => w + s).join('');
				expect(repairMojibake(text)).toEqual({ text, repairs: [] });
			}),
			{ numRuns: 1000 },
		);
	});

	test('leaves a lone Latin letter before a curly quote alone in clean text', () => {
		expect(repairMojibake('Le café“ ouvert').text).toBe('Le café“ ouvert');
	});
});

describe('hasMojibake', () => {
	test('spots the telltale sequences and nothing in clean text', () => {
		expect(hasMojibake('3Ã—3')).toBe(true);
		expect(hasMojibake('â€œsameâ€')).toBe(true);
		expect(hasMojibake('ðŸ“˜')).toBe(true);
		expect(hasMojibake('São Paulo, Ãgua, 3×3 “same”')).toBe(false);
	});
});
