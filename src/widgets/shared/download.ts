/**
 * Saves `blob` as a file named `fileName`, the way a link with `download` does. One helper for
 * every download a widget offers (the architecture diagrams' SVG and PNG, the lab's figures), in a
 * module of its own so that a widget loading it pulls in nothing else.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started from the URL by now; a minute is ample for a slow disk.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
