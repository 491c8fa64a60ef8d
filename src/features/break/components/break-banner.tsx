import { Alert } from "@/components/ui/alert";
import { formatDay } from "@/domain/commitment/format-day";

type TPartnerBreak = { name: string; until: string; note: string | null } | null;

/** What the partner sees instead of check-ins, notes and figures during a break. */
export function BreakBanner({ partnerBreak }: { partnerBreak: TPartnerBreak }) {
  if (!partnerBreak) return null;
  return (
    <Alert tone="note">
      <p data-testid="break-banner">
        <bdi className="font-medium">{partnerBreak.name}</bdi> is taking a break until{" "}
        {formatDay(partnerBreak.until, { weekday: undefined })}. Their check-ins and figures for these days
        stay with them; it isn't a breakup.
      </p>
      {partnerBreak.note ? (
        <p className="mt-1 [overflow-wrap:anywhere]" dir="auto">
          “{partnerBreak.note}”
        </p>
      ) : null}
    </Alert>
  );
}
