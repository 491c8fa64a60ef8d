// The counselor summary as a PDF, rendered on the server with @react-pdf/renderer in embedded
// Noto fonts (pdf-fonts.ts), so names and notes in any of Latin, Hebrew or Arabic script, and
// emoji, print as written. Day patterns use letters in Courier, a fixed width for the columns.
// Whatever a person wrote (names, titles, notes) is a bidi isolate: a Hebrew name at the start of
// an English line keeps its comma on its own side, and a paragraph of their own text reads in its
// own direction.
import { Document, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import { formatDay } from "@/domain/commitment/format-day";
import {
  amendsLine,
  amendsTotals,
  dayText as day,
  qualityTimeTotals,
  repairTalkTotals,
  talkLine,
  timeOutTotals,
} from "@/domain/counselor/summary";
import { PDF_FONTS, registerPdfFonts } from "./pdf-fonts";
import type { SummarySection, TSummary } from "./summary";

const LETTERS: Record<string, string> = {
  kept: "K",
  partly: "P",
  missed: "M",
  excused: "x",
  "not-applicable": ".",
  "not-logged": "?",
  none: " ",
};

const s = StyleSheet.create({
  page: { padding: 36, fontSize: 10, fontFamily: PDF_FONTS, color: "#1c1917" },
  h1: { fontSize: 16, marginBottom: 4, fontWeight: 700 },
  h2: { fontSize: 12, marginTop: 14, marginBottom: 6, fontWeight: 700 },
  h3: { fontSize: 10, marginBottom: 4, fontWeight: 700 },
  row: { flexDirection: "row", gap: 16 },
  col: { flex: 1 },
  small: { fontSize: 8, color: "#57534e" },
  pattern: { fontFamily: "Courier", fontSize: 8, marginBottom: 6 },
  item: { marginBottom: 6 },
});

/**
 * A person's own words inside one of ours: U+2068 FIRST STRONG ISOLATE ... U+2069 POP DIRECTIONAL
 * ISOLATE, the PDF's <bdi>. Its direction comes from its first strong letter, and the digits and
 * punctuation around it stay with the sentence they belong to.
 */
const iso = (text: string) => `\u2068${text}\u2069`;

/** A paragraph that is one person's text alone reads in that text's own direction (dir=auto). */
const RTL_FIRST = /^[^\p{L}]*[\p{Script=Hebrew}\p{Script=Arabic}]/u;
const own = (text: string) =>
  RTL_FIRST.test(text) ? ({ direction: "rtl", textAlign: "right" } as const) : undefined;

const pct = (rate: number | null) => (rate === null ? "-" : `${Math.round(rate * 100)} %`);

function SectionPdf({ section }: { section: SummarySection }) {
  switch (section.kind) {
    case "commitments":
      return (
        <View>
          <Text style={s.h2}>Commitments: how consistently each kept them</Text>
          <View style={s.row}>
            {section.people.map((p) => (
              <View key={p.name} style={s.col}>
                <Text style={s.h3}>{p.name}</Text>
                {p.commitments.map((c) => (
                  <View key={c.title} style={s.item} wrap={false}>
                    <Text>
                      {iso(c.title)}
                      {c.shared ? " (shared)" : ""}: {pct(c.rate)}
                    </Text>
                    <Text style={s.small}>
                      {c.weeks
                        .map((w) => `${formatDay(w.weekStart, { weekday: undefined })} ${pct(w.rate)}`)
                        .join("  ")}
                    </Text>
                    <Text style={s.pattern}>{c.pattern.map((x) => LETTERS[x] ?? " ").join("")}</Text>
                  </View>
                ))}
              </View>
            ))}
          </View>
          <Text style={s.small}>
            Pattern, one letter per day: K kept, P partly, M missed, x excused, . not due, ? not logged.
          </Text>
        </View>
      );
    case "boundaries":
      return (
        <View>
          <Text style={s.h2}>Boundaries: agreed, revised, retired; respect check-ins</Text>
          {section.changes.length === 0 ? (
            <Text>No boundary was agreed, revised or retired in this period.</Text>
          ) : null}
          {section.changes.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, in order
            <Text key={i}>
              {day(c.day)}: {iso(c.title)} {c.what}
            </Text>
          ))}
          {section.current.map((b) => (
            <Text key={b.title} style={s.small}>
              {iso(b.title)}:{" "}
              {b.respect
                .map((r) => `${iso(r.name)} respected ${r.respected}, not ${r.notRespected}`)
                .join("; ")}
            </Text>
          ))}
        </View>
      );
    case "amends":
      return (
        <View>
          <Text style={s.h2}>Amends: shared and answered (text only where its author included it)</Text>
          <View style={s.row}>
            {section.people.map((p) => (
              <View key={p.name} style={s.col}>
                <Text style={s.h3}>{p.name}</Text>
                <Text style={s.small}>{amendsTotals(p)}</Text>
                {p.items.map((a, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, in order
                  <View key={i} style={s.item} wrap={false}>
                    <Text>{amendsLine(a)}</Text>
                    {a.text ? (
                      <Text style={[s.small, own(a.text.whatIDid) ?? {}]}>
                        {iso(a.text.whatIDid)} / {iso(a.text.impact)} / {iso(a.text.different)}
                      </Text>
                    ) : null}
                  </View>
                ))}
              </View>
            ))}
          </View>
        </View>
      );
    case "talks":
      return (
        <View>
          <Text style={s.h2}>Weekly talks: held, skipped or still open (never the answers)</Text>
          {!section.hasTalkDay && section.weeks.length === 0 ? (
            <Text>No day was chosen for the weekly talk.</Text>
          ) : null}
          {section.weeks.map((w) => (
            <Text key={w.week}>
              {talkLine(w)}
              {w.skippedBy ? ` by ${iso(w.skippedBy)}` : ""}
            </Text>
          ))}
        </View>
      );
    case "repair-talks":
      return (
        <View>
          <Text style={s.h2}>
            When a fight happens: time-outs and conversations about it (counts; a plan's words only where its
            author included them)
          </Text>
          <Text>{timeOutTotals(section.timeOuts)}</Text>
          <Text>Conversations about what happened: {repairTalkTotals(section)}</Text>
          {section.people.flatMap((p) =>
            p.plans.map((plan, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, in order
              <Text key={`${p.name}-${i}`} style={s.small}>
                {iso(p.name)}, {day(plan.day)}: {iso(plan.text)}
              </Text>
            )),
          )}
        </View>
      );
    case "quality-time":
      return (
        <View>
          <Text style={s.h2}>
            Quality time (how often; a moment's words only where its author included them)
          </Text>
          <Text>{qualityTimeTotals(section)}</Text>
          {section.people.flatMap((p) =>
            p.moments.map((m, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, in order
              <Text key={`${p.name}-${i}`} style={s.small}>
                {p.name}, {day(m.day)}: {m.text}
              </Text>
            )),
          )}
        </View>
      );
    case "notes":
      return (
        <View>
          <Text style={s.h2}>Shared notes (only where their author included them)</Text>
          <View style={s.row}>
            {section.people.map((p) => (
              <View key={p.name} style={s.col}>
                <Text style={s.h3}>{p.name}</Text>
                {!p.included ? <Text style={s.small}>Not included.</Text> : null}
                {p.notes.map((n, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, in order
                  <Text key={i} style={s.item}>
                    {day(n.day)}, {iso(n.commitment)}: {iso(n.note)}
                  </Text>
                ))}
              </View>
            ))}
          </View>
        </View>
      );
  }
}

export function summaryPdf(summary: TSummary): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(
    <Document title={`Kept summary, ${summary.from} to ${summary.to}`} creator="Kept" producer="Kept">
      <Page size="A4" style={s.page}>
        <Text style={s.h1}>
          {iso(summary.names[0] ?? "")} and {iso(summary.names[1] ?? "")}
        </Text>
        <Text style={s.small}>
          {day(summary.from)} to {day(summary.to)}. Private notes are never part of this summary.
        </Text>
        {summary.sections.map((section) => (
          <SectionPdf key={section.kind} section={section} />
        ))}
      </Page>
    </Document>,
  );
}

export function pdfResponse(pdf: Buffer, name: string) {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store",
      "x-robots-tag": "noindex, nofollow",
      "referrer-policy": "no-referrer",
    },
  });
}
