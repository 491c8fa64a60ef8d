// Summarises a V8 CPU profile (`npx tsx bench/http/cli.ts --cpu-prof DIR` writes one per server):
//   npx tsx bench/http/profile-top.ts DIR/CPU.….cpuprofile [--top N]
// prints where the server's CPU time went: by package (node_modules/<name>, node's own internals,
// the app's code) and the functions with the most self time.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "30" } },
});
const file = positionals[0];
if (!file) throw new Error("usage: profile-top.ts FILE.cpuprofile [--top N]");
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicros = new Map<number, number>();
profile.samples.forEach((id, i) => {
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);

function packageOf(url: string, functionName: string) {
  if (functionName === "(idle)" || functionName === "(program)" || functionName === "(garbage collector)")
    return functionName;
  if (!url) return "(native)";
  if (url.startsWith("node:")) return "node internals";
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match?.[1]) {
    // Next's server bundles compiled packages under next/dist/compiled/<name>.
    const compiled = /next\/dist\/compiled\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    return compiled?.[1] ? `next (compiled ${compiled[1]})` : match[1];
  }
  if (url.includes("/.next/server/")) return "app (.next/server bundle)";
  return url;
}

const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const frame = byId.get(id)?.callFrame;
  if (!frame) continue;
  const pkg = packageOf(frame.url, frame.functionName);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
  const where = frame.url ? `${frame.url.replace(/^.*node_modules\//, "")}:${frame.lineNumber + 1}` : "";
  const key = `${frame.functionName || "(anonymous)"} ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
}

const top = Number(values.top);
const pct = (micros: number) => `${((micros / total) * 100).toFixed(1).padStart(5)} %`;
const ms = (micros: number) => `${(micros / 1000).toFixed(0).padStart(7)} ms`;
process.stdout.write(`${file}: ${(total / 1e6).toFixed(1)} s sampled\n\nby package (self time)\n`);
for (const [pkg, micros] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  process.stdout.write(`${pct(micros)} ${ms(micros)}  ${pkg}\n`);
}
process.stdout.write("\nby function (self time)\n");
for (const [fn, micros] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  process.stdout.write(`${pct(micros)} ${ms(micros)}  ${fn}\n`);
}
