/**
 * Draws the Teams app icons with pngjs (no image files to hand-edit): a white shield with a
 * tick on the accent blue (color.png, 192×192) and the same shield as a white outline on
 * transparency (outline.png, 32×32), as Teams requires. `npx tsx scripts/make-teams-icons.ts`
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";

const DIR = join(import.meta.dirname, "..", "manifest", "teams");
const ACCENT = [0x1d, 0x4f, 0x91] as const;

type Pt = readonly [number, number];

/** The shield in unit coordinates (0–1): a flat top and a point at the bottom. */
const SHIELD: Pt[] = [
  [0.5, 0.08],
  [0.86, 0.2],
  [0.86, 0.5],
  [0.78, 0.68],
  [0.5, 0.92],
  [0.22, 0.68],
  [0.14, 0.5],
  [0.14, 0.2],
];
const TICK: Pt[] = [
  [0.32, 0.5],
  [0.45, 0.63],
  [0.7, 0.36],
];

function inside(poly: Pt[], x: number, y: number): boolean {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i] as Pt;
    const [xj, yj] = poly[j] as Pt;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function distanceToSegment(px: number, py: number, a: Pt, b: Pt): number {
  const [ax, ay] = a;
  const [bx, by] = b;
  const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len2));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function nearPath(path: Pt[], x: number, y: number, width: number, closed: boolean): boolean {
  const n = closed ? path.length : path.length - 1;
  for (let i = 0; i < n; i++) {
    if (distanceToSegment(x, y, path[i] as Pt, path[(i + 1) % path.length] as Pt) <= width / 2) return true;
  }
  return false;
}

/** Coverage of a pixel by a shape, 4×4 supersampled for smooth edges. */
function coverage(size: number, px: number, py: number, test: (x: number, y: number) => boolean): number {
  let hits = 0;
  for (let sy = 0; sy < 4; sy++)
    for (let sx = 0; sx < 4; sx++) if (test((px + (sx + 0.5) / 4) / size, (py + (sy + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

function draw(size: number, pixel: (x: number, y: number) => readonly [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const [r, g, b, a] = pixel(x, y);
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = a;
    }
  }
  return PNG.sync.write(png);
}

const mix = (a: number, b: number, t: number) => Math.round(a + (b - a) * t);

// Colour: accent background, white shield, accent tick inside it.
const color = draw(192, (x, y) => {
  const shield = coverage(192, x, y, (u, v) => inside(SHIELD, u, v));
  const tick = coverage(192, x, y, (u, v) => nearPath(TICK, u, v, 0.09, false));
  const white = shield * (1 - tick);
  return [mix(ACCENT[0], 255, white), mix(ACCENT[1], 255, white), mix(ACCENT[2], 255, white), 255];
});

// Outline: white only, on transparency; the shield's edge and the tick.
const outline = draw(32, (x, y) => {
  const a = coverage(32, x, y, (u, v) => nearPath(SHIELD, u, v, 0.09, true) || nearPath(TICK, u, v, 0.1, false));
  return [255, 255, 255, Math.round(a * 255)];
});

writeFileSync(join(DIR, "color.png"), color);
writeFileSync(join(DIR, "outline.png"), outline);
console.log(`wrote ${join(DIR, "color.png")} (192×192) and ${join(DIR, "outline.png")} (32×32)`);
