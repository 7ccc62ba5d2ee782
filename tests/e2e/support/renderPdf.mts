/**
 * Renders a PDF's pages to PNG with MuPDF and prints, per page, its text and the share of
 * coloured (non-grey) pixels: how the end-to-end test sees that a report's charts are drawn.
 * A separate ES-module script because MuPDF's package is ES-only.
 *
 *   npx tsx tests/e2e/support/renderPdf.mts REPORT.pdf OUT_PREFIX
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as mupdf from 'mupdf';

const [file, prefix] = process.argv.slice(2);
if (!file || !prefix) throw new Error('Usage: renderPdf.mts REPORT.pdf OUT_PREFIX');
const doc = mupdf.Document.openDocument(readFileSync(file), 'application/pdf');
const pages: { text: string; colouredShare: number; png: string }[] = [];
for (let i = 0; i < doc.countPages(); i++) {
  const page = doc.loadPage(i);
  const pix = page.toPixmap(mupdf.Matrix.scale(1, 1), mupdf.ColorSpace.DeviceRGB, false, true);
  const samples = pix.getPixels();
  let coloured = 0;
  for (let p = 0; p < samples.length; p += 3) {
    const [r, g, b] = [samples[p]!, samples[p + 1]!, samples[p + 2]!];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
  }
  const png = `${prefix}-${i + 1}.png`;
  writeFileSync(png, pix.asPNG());
  pages.push({ text: page.toStructuredText('preserve-whitespace').asText(), colouredShare: coloured / (samples.length / 3), png });
}
process.stdout.write(JSON.stringify({ pages }));
