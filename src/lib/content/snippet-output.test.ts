import { describe, expect, it } from 'vitest';
import { compareOutput, statedOutput } from './snippet-output.ts';

const LOOP = `for x in range(2):
    print(x)
print(sum(range(2)))  # the total
# 0
# 1
# 1
`;

describe('statedOutput', () => {
	it('reads inline comments of print lines and the block of comments that ends a snippet', () => {
		expect(statedOutput('a = 1  # not a print\nprint(a)  # 1\n# 1\n')).toEqual({
			inline: [{ line: 2, text: '1' }],
			trailing: [{ line: 3, text: '1' }],
		});
		expect(statedOutput(LOOP).trailing.map((s) => s.text)).toEqual(['0', '1', '1']);
	});
});

describe('compareOutput', () => {
	it('accepts inline values, values with a note after two spaces, and a final block', () => {
		expect(compareOutput('print(2)  # 2\nprint(263.0)  # 263.0  (float32: 526.0)\n', '2\n263.0\n')).toEqual([]);
		expect(compareOutput(LOOP, '0\n1\n1\n')).toEqual([]);
	});

	it('names a printed line that differs from its comment', () => {
		expect(compareOutput('print(165)  # 6405\n', '165\n')).toEqual([
			'printed “165” where line 1 states “6405”',
		]);
	});

	it('names a stated value that is never printed, and a printed line no comment states', () => {
		expect(compareOutput('x = 1\nprint(x)\n# 1\n# 2\n', '1\n')).toEqual([
			'line 4 states “2”, never printed',
		]);
		expect(compareOutput('print(1)\n', '1\n')).toEqual(['printed “1”, which no comment states']);
		expect(compareOutput('if False:\n    print(3)  # 3\n', '')).toEqual([
			'line 2 states “3”, never printed',
		]);
	});

	it('lets an inline description stand when the value is stated elsewhere', () => {
		expect(compareOutput('print(5)  # in MB\nprint(6)  # 6\n# 5\n', '5\n6\n')).toEqual([]);
		expect(compareOutput('if False:\n    print(1)  # test accuracy\n', '')).toEqual([]);
	});
});
