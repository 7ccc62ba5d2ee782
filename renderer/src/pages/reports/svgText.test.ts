import { describe, expect, it } from 'vitest';
import { repairSvgFontQuotes } from './svgText';

describe('repairSvgFontQuotes', () => {
  it('turns the quotes inside a font-family list into single quotes, leaving the attribute’s own', () => {
    const broken = '<text style="font-size:12px;font-family:Inter, "Segoe UI", sans-serif;" fill="#868e96">€0</text>';
    expect(repairSvgFontQuotes(broken)).toBe(`<text style="font-size:12px;font-family:Inter, 'Segoe UI', sans-serif;" fill="#868e96">€0</text>`);
  });

  it('leaves an SVG without quoted families as it is', () => {
    const fine = '<text style="font-family:sans-serif;">A "quoted" text</text>';
    expect(repairSvgFontQuotes(fine)).toBe(fine);
  });
});
