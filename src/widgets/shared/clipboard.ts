/**
 * Puts text on the clipboard. Resolves false where the browser refuses (no permission, an
 * insecure page), so the caller can show the text to copy by hand instead of failing silently.
 */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
