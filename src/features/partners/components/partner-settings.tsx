import { TextLink } from "@/components/ui/text-link";
import { formatLocalDay } from "@/lib/format";
import { UnlinkSection } from "./unlink-section";

/** Settings → Partner: who you're linked with, since when, and unlinking (one step from any page). */
export function PartnerSettings({
  couple,
}: {
  couple: { partner: { name: string }; linkedOn: string } | null;
}) {
  if (!couple) {
    return (
      <p className="text-stone-700" data-testid="not-linked">
        You're not linked with a partner. <TextLink href="/home">Invite your partner from Home</TextLink>.
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <p className="text-stone-800">
        Linked with{" "}
        <strong>
          <bdi>{couple.partner.name}</bdi>
        </strong>{" "}
        since {formatLocalDay(couple.linkedOn)}.
      </p>
      <UnlinkSection partnerName={couple.partner.name} />
    </div>
  );
}
