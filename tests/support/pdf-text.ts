// A PDF's text, for checking what a generated PDF says (the counselor summary's).
async function pdfPages(bytes: Uint8Array) {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdfjs reads the standard fonts (Helvetica) from its own package to extract their text quietly.
  const standardFontDataUrl = `${process.cwd()}/node_modules/pdfjs-dist/standard_fonts/`;
  const doc = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl }).promise;
  const items: { str: string; x: number; y: number }[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    items.push(
      content.items.flatMap((i) =>
        "str" in i ? [{ str: i.str, x: Number(i.transform[4]), y: Number(i.transform[5]) }] : [],
      ),
    );
  }
  return items;
}

export async function pdfText(bytes: Uint8Array) {
  return (await pdfPages(bytes)).map((page) => page.map((i) => i.str).join(" ")).join(" ");
}

/** Where each run of text starts on the page (points from the left and from the bottom). */
export async function pdfTextItems(bytes: Uint8Array) {
  return (await pdfPages(bytes)).flat();
}
