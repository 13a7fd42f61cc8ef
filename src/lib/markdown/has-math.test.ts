import { expect, test } from 'vitest';
import { hasMath } from './has-math.ts';

test('an inline or display formula counts as math', () => {
	expect(hasMath('The output is $n_{out} = 2$ wide.')).toBe(true);
	expect(hasMath('Before\n\n$$\n\\frac{a}{b}\n$$\n\nafter')).toBe(true);
});

test('prose, escaped dollars and a lone dollar sign do not', () => {
	expect(hasMath('A page about pooling, with no formula.')).toBe(false);
	expect(hasMath('It costs \\$5 and \\$10.')).toBe(false);
	expect(hasMath('It costs $5.')).toBe(false);
});

test('a dollar pair inside code is not a formula', () => {
	expect(hasMath('Run `echo $HOME $PATH` first.')).toBe(false);
	expect(hasMath('```sh\necho $HOME $PATH\n```\n')).toBe(false);
});
