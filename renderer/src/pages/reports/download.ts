import type { ReportFormat } from '../../../../shared/contract/scenarioSchemas';

/** Saving files from the page: bytes the backend sent as base64, CSV text, chart images. */

export const REPORT_MIME: Readonly<Record<ReportFormat, string>> = {
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * A name safe on every file system: no path separators or characters Windows refuses, spaces
 * kept, never empty.
 */
export function safeFileName(name: string, extension: string): string {
  const stem = [...name]
    .map((c) => (c.charCodeAt(0) < 32 ? ' ' : c))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${stem || 'export'}.${extension}`;
}

/**
 * Hands a file to the browser's download: an object URL on an <a download>, clicked, then
 * released. In the desktop app Electron shows its save dialog for the same click.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; a moment later the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveBase64(base64: string, fileName: string, mime: string): void {
  saveBlob(new Blob([base64ToBytes(base64)], { type: mime }), fileName);
}

/** CSV with a byte-order mark, so Excel opens UTF-8 names (accents, €) correctly. */
export function saveCsv(csv: string, fileName: string): void {
  saveBlob(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }), fileName);
}
