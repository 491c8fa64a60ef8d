// The counselor PDF's fonts: Noto Sans with its Hebrew and Arabic families and monochrome Noto
// Emoji, as TrueType files from their npm packages (OFL-1.1, licence files inside them), so every
// name prints and nothing is fetched at run time. The built-in Helvetica only knows WinAnsi: a
// Hebrew name came out as "ÔâÕà". react-pdf picks, character by character, the first family in
// the list that has a glyph.
import { createRequire } from "node:module";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

// Resolved from the app's root at run time (the server and the image run from it), not by the
// bundler: the files stay in node_modules, where the container image has them.
const fromRoot = createRequire(path.join(process.cwd(), "package.json"));

const FAMILIES = [
  { family: "NotoSans", pkg: "noto-sans", file: "NotoSans" },
  { family: "NotoSansHebrew", pkg: "noto-sans-hebrew", file: "NotoSansHebrew" },
  { family: "NotoSansArabic", pkg: "noto-sans-arabic", file: "NotoSansArabic" },
  { family: "NotoEmoji", pkg: "noto-emoji", file: "NotoEmoji" },
] as const;

const WEIGHTS = [
  { fontWeight: 400, dir: "400Regular" },
  { fontWeight: 700, dir: "700Bold" },
] as const;

/** The font stack of every paragraph: Latin first, then Hebrew, Arabic, and emoji as a fallback. */
export const PDF_FONTS = FAMILIES.map((f) => f.family);

let registered = false;

export function registerPdfFonts() {
  if (registered) return;
  for (const { family, pkg, file } of FAMILIES) {
    Font.register({
      family,
      fonts: WEIGHTS.map(({ fontWeight, dir }) => ({
        src: fromRoot.resolve(`@expo-google-fonts/${pkg}/${dir}/${file}_${dir}.ttf`),
        fontWeight,
      })),
    });
  }
  registered = true;
}
