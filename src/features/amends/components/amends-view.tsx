import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { UserText } from "@/features/repair/user-text";
import { formatLocalDay } from "@/lib/format";
import { AMENDS_GUIDANCE } from "./guidance";

type Detail = {
  whatIDid: string;
  impact: string;
  different: string;
  commitmentId: string | null;
  boundaryId: string | null;
  history: {
    id: string;
    by: string;
    mine: boolean;
    kind: string;
    answer: string | null;
    note: string | null;
    on: string;
  }[];
};

/** The three parts of an amends, as written. */
export function AmendsText({ amends }: { amends: Detail }) {
  return (
    <dl className="flex flex-col gap-4">
      {(["whatIDid", "impact", "different"] as const).map((field) => (
        <div key={field} className="flex flex-col gap-1">
          <dt className="text-sm font-medium text-stone-600">{AMENDS_GUIDANCE[field].label}</dt>
          <dd>
            <UserText text={amends[field]} />
          </dd>
        </div>
      ))}
      {amends.commitmentId ? (
        <TextLink href={`/commitments/${amends.commitmentId}`} className="self-start text-sm">
          The commitment made from it
        </TextLink>
      ) : null}
      {amends.boundaryId ? (
        <TextLink href={`/boundaries/${amends.boundaryId}`} className="self-start text-sm">
          The boundary proposed from it
        </TextLink>
      ) : null}
    </dl>
  );
}

const entryText = (e: Detail["history"][number]) => {
  if (e.kind === "answer") return `answered: “${e.answer ?? ""}”`;
  if (e.kind === "talked") return "marked it as talked about";
  return "added a follow-up";
};

/** Every answer and follow-up, oldest first, by day (never the minute). */
export function AmendsHistory({ amends }: { amends: Detail }) {
  if (amends.history.length === 0) return null;
  return (
    <Card title="Since it was shared" headingId="amends-history">
      <ol className="flex flex-col gap-3">
        {amends.history.map((e) => (
          <li key={e.id} className="rounded-lg border border-stone-200 px-3 py-2">
            <p className="text-sm text-stone-600">
              {formatLocalDay(e.on)} · <bdi>{e.by}</bdi> {entryText(e)}
            </p>
            {e.note ? <UserText text={e.note} className="mt-1" /> : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}
