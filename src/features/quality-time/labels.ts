// How the quality-time pages name an idea's kind and effort and a time's state, from the viewer's side.
import { EFFORTS, IDEA_KINDS } from "@/domain/quality-time/ideas";
import type { QualityTimeStatus } from "@/domain/quality-time/quality-time";

const KIND_LABEL = new Map<string, string>(IDEA_KINDS.map((k) => [k.value, k.label]));
const EFFORT_LABEL = new Map<string, string>(EFFORTS.map((e) => [e.value, e.label]));

export const kindLabel = (kind: string) => KIND_LABEL.get(kind) ?? kind;
export const effortLabel = (effort: string) => EFFORT_LABEL.get(effort) ?? effort;

export function statusLabel(status: QualityTimeStatus, partnerName: string): string {
  switch (status) {
    case "upcoming":
      return "Coming up";
    case "answer":
      return "Two small questions are waiting for you both";
    case "partner-answered":
      return `${partnerName} has answered; your turn when you're ready`;
    case "waiting-for-partner":
      return `You've answered; it opens when ${partnerName} has too`;
    case "revealed":
      return "Open to you both";
  }
}
