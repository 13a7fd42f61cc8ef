/**
 * The newest commit date of every file in a `git log` listing, for Starlight's "Last updated" line.
 *
 * Why the site parses git's output itself: Starlight reads commit dates only for pages under
 * `src/content/docs/`, and this site keeps its pages in `content/` (the author's layout). One
 * `git log --format=t:%ct --name-only -- content` lists every commit that touched a page, newest
 * first, each as a `t:<unix seconds>` line followed by the paths it changed; the first date seen
 * for a path is its newest. Paths are as git prints them, relative to the repository root.
 */
export function newestCommitDates(log: string): Map<string, Date> {
	const dates = new Map<string, Date>();
	let current: Date | undefined;
	for (const line of log.split('\n')) {
		const stamp = /^t:(\d+)$/.exec(line.trim());
		if (stamp?.[1]) {
			current = new Date(Number(stamp[1]) * 1000);
		} else if (current && line.trim() && !dates.has(line.trim())) {
			dates.set(line.trim(), current);
		}
	}
	return dates;
}
