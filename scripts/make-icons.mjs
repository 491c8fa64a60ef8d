// Draws the app's icons from one SVG (a check mark held by two arcs, on sage): the manifest's
// 192/512 "any" icons, the maskable ones (the mark inside the 80 % safe zone, full-bleed colour),
// the Apple touch icon and the favicon. Run `node scripts/make-icons.mjs` after changing the mark;
// the PNGs are committed.
import { writeFileSync } from "node:fs";
import sharp from "sharp";

const SAGE = "#4d6b52";
const mark = (scale) => `
  <g transform="translate(256 256) scale(${scale}) translate(-256 -256)" fill="none" stroke="#fff" stroke-linecap="round" stroke-linejoin="round">
    <path d="M164 262l62 62 124-136" stroke-width="40"/>
    <path d="M120 190a156 156 0 0 1 230-60" stroke-width="22" opacity="0.7"/>
    <path d="M392 322a156 156 0 0 1-230 60" stroke-width="22" opacity="0.7"/>
  </g>`;
const any = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><title>Kept</title><rect width="512" height="512" rx="112" fill="${SAGE}"/>${mark(1)}</svg>`;
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><title>Kept</title><rect width="512" height="512" fill="${SAGE}"/>${mark(0.72)}</svg>`;

const out = "public/icons";
for (const size of [192, 512]) {
  await sharp(Buffer.from(any)).resize(size, size).png().toFile(`${out}/icon-${size}.png`);
  await sharp(Buffer.from(maskable)).resize(size, size).png().toFile(`${out}/maskable-${size}.png`);
}
await sharp(Buffer.from(maskable)).resize(180, 180).png().toFile("src/app/apple-icon.png");
writeFileSync("src/app/icon.svg", any);
// favicon.ico: an ICO directory of PNG images (16, 32, 48), which every current browser reads.
const pngs = await Promise.all(
  [16, 32, 48].map((s) => sharp(Buffer.from(any)).resize(s, s).png().toBuffer()),
);
const header = Buffer.alloc(6 + 16 * pngs.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(pngs.length, 4);
let offset = header.length;
pngs.forEach((png, i) => {
  const size = [16, 32, 48][i];
  const at = 6 + 16 * i;
  header.writeUInt8(size, at);
  header.writeUInt8(size, at + 1);
  header.writeUInt16LE(1, at + 4);
  header.writeUInt16LE(32, at + 6);
  header.writeUInt32LE(png.length, at + 8);
  header.writeUInt32LE(offset, at + 12);
  offset += png.length;
});
writeFileSync("src/app/favicon.ico", Buffer.concat([header, ...pngs]));
console.log("icons written");
