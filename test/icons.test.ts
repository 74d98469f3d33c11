import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { drawIcon, ICON_SIZES } from "../scripts/draw-icons";

describe("assets/ icons", () => {
  for (const size of ICON_SIZES) {
    it(`icon-${size}.png is a ${size}x${size} PNG drawn by scripts/draw-icons.ts`, () => {
      const png = readFileSync(join(__dirname, "..", "assets", `icon-${size}.png`));
      assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from("PNG")]);
      assert.equal(png.readUInt32BE(16), size); // IHDR width
      assert.equal(png.readUInt32BE(20), size); // IHDR height
      // The committed file is what the script draws today (re-run it after a design change).
      assert.ok(png.equals(drawIcon(size)), "assets differ from scripts/draw-icons.ts output");
    });
  }
});
