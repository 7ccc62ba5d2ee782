import { useEffect, useRef, useState } from 'react';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartOption } from './chartOption';

// Only what our charts use, so the bundle carries no unused chart types. SVG keeps text crisp
// at any zoom and in screenshots.
use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

interface EChartProps {
  option: ChartOption;
  height: number;
  testId: string;
  /** What the chart shows, for screen readers. */
  ariaLabel: string;
}

/**
 * Mounts echarts and nothing more: options come from the pure builders beside this file.
 * `data-rendered` turns "true" after echarts reports the frame finished, which is what the
 * end-to-end tests wait for.
 */
export function EChart({ option, height, testId, ariaLabel }: EChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const [rendered, setRendered] = useState(false);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const chart = init(container, null, { renderer: 'svg' });
    chartRef.current = chart;
    chart.on('finished', () => setRendered(true));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a new option replaces the old one whole, so a theme switch leaves no old colours.
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={containerRef}
      data-testid={testId}
      data-rendered={rendered ? 'true' : 'false'}
      role="img"
      aria-label={ariaLabel}
      style={{ width: '100%', height }}
    />
  );
}
