import { Alert } from "@/components/ui/alert";
import { formatReturnTime } from "@/lib/format";

type TPartnerTimeOut = { name: string; returnAt: Date } | null;

/** What the partner sees while the other takes a time-out: calm, with the return time they shared. */
export function TimeOutNotice({ partner, timeZone }: { partner: TPartnerTimeOut; timeZone: string }) {
  if (!partner) return null;
  return (
    <Alert tone="note">
      <p data-testid="time-out-notice">
        <bdi className="font-medium">{partner.name}</bdi> needs a break from this conversation and will be
        back <span suppressHydrationWarning>{formatReturnTime(partner.returnAt, timeZone)}</span> (your time).
        No reason needed, nothing to do meanwhile: take a breath too.
      </p>
    </Alert>
  );
}
