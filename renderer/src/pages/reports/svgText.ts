/**
 * echarts writes a font-family list into an SVG `style` attribute with its double quotes as they
 * are ("Segoe UI"), which ends the attribute early: browsers drawing the chart inline forgive it,
 * but as a file (or an image to paint on a canvas) the SVG is not well-formed XML. Single quotes
 * inside the family list make it valid and mean the same.
 */
export function repairSvgFontQuotes(svg: string): string {
  return svg.replace(/font-family:([^;>]*);/g, (_whole, families: string) => `font-family:${families.replace(/"/g, "'")};`);
}
