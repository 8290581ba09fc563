import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QR_ERROR_CORRECTION, SVG_QR_MARGIN, svgQr, terminalQr } from './qr.ts';
import { totpUri } from './totp.ts';

const URI = totpUri({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', account: 'aigerim@example.org' });

/** The module matrix the library encodes for this text, as rows of booleans (true = dark). */
function expectedModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, col) => Boolean(modules.get(row, col))),
  );
}

/** Reads the half-block rendering back into modules: each line holds two rows, with a 1-module border. */
function modulesFromTerminal(rendered: string, size: number): boolean[][] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape sequences are what is stripped.
  const lines = rendered.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const halves: Record<string, [boolean, boolean]> = {
    ' ': [false, false],
    '▀': [true, false],
    '▄': [false, true],
    '█': [true, true],
  };
  const grid = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  lines.forEach((line, index) => {
    [...line].forEach((char, charIndex) => {
      const [top, bottom] = halves[char] ?? [false, false];
      const col = charIndex - 1;
      for (const [row, dark] of [
        [index * 2 - 1, top],
        [index * 2, bottom],
      ] as const) {
        const cells = grid[row];
        if (cells && col >= 0 && col < size) cells[col] = dark;
      }
    });
  });
  return grid;
}

/** Reads the SVG's dark path (`M x y`, `m dx dy`, `h n` runs along module rows) back into modules. */
function modulesFromSvg(svg: string, size: number): boolean[][] {
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const grid = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  let x = 0;
  let y = 0;
  for (const [, op, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    const first = Number(a);
    if (op === 'M') [x, y] = [first, Number(b)];
    else if (op === 'm') [x, y] = [x + first, y + Number(b)];
    else {
      const cells = grid[Math.floor(y) - SVG_QR_MARGIN];
      for (let i = 0; i < first; i++) if (cells) cells[x + i - SVG_QR_MARGIN] = true;
      x += first;
    }
  }
  return grid;
}

describe('terminalQr', () => {
  it('draws exactly the modules of the encoded text', async () => {
    const expected = expectedModules(URI);
    const rendered = await terminalQr(URI);
    expect(modulesFromTerminal(rendered, expected.length)).toEqual(expected);
    expect(modulesFromTerminal(await terminalQr(`${URI}x`), expected.length)).not.toEqual(expected);
  });

  it('is small: two module rows a line, one border module each side', async () => {
    const size = expectedModules(URI).length;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape sequences are what is stripped.
    const lines = (await terminalQr(URI)).replace(/\x1b\[[0-9;]*m/g, '').split('\n');
    expect(lines.filter((line) => line.length > 0)).toHaveLength(Math.ceil((size + 2) / 2));
    expect([...(lines[0] ?? '')]).toHaveLength(size + 2);
  });
});

describe('svgQr', () => {
  it('is a scalable SVG with a four-module quiet zone', async () => {
    const size = expectedModules(URI).length;
    const svg = await svgQr(URI);
    const side = size + 2 * SVG_QR_MARGIN;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
    expect(svg).not.toMatch(/<script|width=/);
  });

  it('draws exactly the modules of the encoded text', async () => {
    const expected = expectedModules(URI);
    expect(modulesFromSvg(await svgQr(URI), expected.length)).toEqual(expected);
    expect(modulesFromSvg(await svgQr(`${URI}x`), expected.length)).not.toEqual(expected);
  });

  it('differs for different texts', async () => {
    expect(await svgQr(`${URI}x`)).not.toBe(await svgQr(URI));
  });
});
