import { i18next } from '../../i18n/i18n';
import { getInstanceByDom } from 'echarts/core';
import { saveBlob, safeFileName } from './download';
import { repairSvgFontQuotes } from './svgText';

/**
 * A chart on the page saved as an image. The charts are drawn by echarts' SVG renderer, so the
 * SVG is the chart itself (vector, crisp in a document) and the PNG is that SVG painted onto a
 * canvas at twice the size. The chart's background is transparent on the page; the file gets
 * the card's colour, or a dark chart's light text would vanish on a white slide.
 */

function chartIn(container: HTMLElement) {
  const element = container.querySelector<HTMLElement>('[data-rendered]') ?? container;
  return getInstanceByDom(element) ?? null;
}

/** The chart's SVG with a solid background; null when the container holds no chart. */
export function chartSvg(container: HTMLElement, background: string): string | null {
  const chart = chartIn(container);
  if (!chart) return null;
  chart.setOption({ backgroundColor: background, animation: false });
  try {
    return repairSvgFontQuotes(chart.renderToSVGString());
  } finally {
    chart.setOption({ backgroundColor: 'transparent' });
  }
}

export function downloadChartSvg(container: HTMLElement, name: string, background: string): boolean {
  const svg = chartSvg(container, background);
  if (svg === null) return false;
  saveBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), safeFileName(name, 'svg'));
  return true;
}

export async function downloadChartPng(container: HTMLElement, name: string, background: string, pixelRatio = 2): Promise<boolean> {
  const svg = chartSvg(container, background);
  const chart = chartIn(container);
  if (svg === null || !chart) return false;
  const width = chart.getWidth();
  const height = chart.getHeight();
  // A data: URL, not a blob: one: the page's content security policy lets images load only from those.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  const image = new Image(width, height);
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error(i18next.t('chart.notDrawn', { ns: 'reports' })));
    image.src = url;
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * pixelRatio);
  canvas.height = Math.round(height * pixelRatio);
  const context = canvas.getContext('2d');
  if (!context) return false;
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return false;
  saveBlob(blob, safeFileName(name, 'png'));
  return true;
}
