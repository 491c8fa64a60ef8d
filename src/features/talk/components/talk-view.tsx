import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { WEEKDAY_NAMES } from "@/domain/talk/talk";
import type { TDashboardPeople, TTalk } from "../types";
import { OwnAnswers, RevealedAnswers } from "./revealed";
import { AmendsToTalk, ConsistencySideBySide } from "./side-by-side";
import { SkipTalk, TalkAnswerForm, TalkDayForm } from "./talk-forms";

type Talk = TTalk;
type People = TDashboardPeople;

/** A "YYYY-MM-DD" talk day as words ("Sunday 29 November 2026"); a calendar day, no zone. */
export const talkDate = (week: string) =>
  new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${week}T12:00:00Z`));

function StatusLine({ talk }: { talk: Talk }) {
  const t = talk.talk;
  if (!t || !talk.week) return null;
  const name = <bdi>{talk.partnerName}</bdi>;
  const text = {
    open: <>Answer whenever you're ready. Your answers stay yours until you've both shared.</>,
    "partner-answered": <>{name} has shared their answers. You'll see them once you've shared yours.</>,
    "waiting-for-partner": <>You've shared your answers. You'll see {name}'s once they've shared theirs.</>,
    revealed: <>You've both answered. Take your time reading, and say back what you heard.</>,
    skipped: (
      <>
        {t.skippedByMe ? "You chose" : <>{name} chose</>} to skip this week. No harm done; there's always next
        week.
      </>
    ),
  }[t.status];
  return (
    <p className="text-stone-700" data-testid="talk-status">
      {text}
    </p>
  );
}

export function TalkView({ talk, people }: { talk: Talk; people: People | null }) {
  if (talk.talkDay === null || !talk.week || !talk.talk) {
    return (
      <Card title="Choose your talk day" headingId="talk-day">
        <div className="flex flex-col gap-3">
          <p className="text-stone-700">
            Once a week, on a day you choose together, each of you answers a few short prompts privately. When
            you've both answered, you see each other's answers at the same moment.
          </p>
          <TalkDayForm day={null} />
        </div>
      </Card>
    );
  }
  const t = talk.talk;
  const canAnswer = talk.open && (t.status === "open" || t.status === "partner-answered");
  return (
    <div className="flex flex-col gap-6">
      <StatusLine talk={talk} />
      {!talk.open ? <Alert tone="note">This talk opens on {talkDate(talk.week)}, your time.</Alert> : null}
      {t.status === "revealed" && t.mine && t.partner ? (
        <Card title="What you each wrote" headingId="answers">
          <RevealedAnswers
            mine={t.mine}
            partner={t.partner}
            partnerName={talk.partnerName}
            readOnly={false}
          />
        </Card>
      ) : canAnswer ? (
        <Card title="Your answers" headingId="answers">
          <TalkAnswerForm week={talk.week} mine={t.mine?.text ?? null} partnerName={talk.partnerName} />
        </Card>
      ) : t.mine ? (
        <Card title="Your answers" headingId="answers">
          <OwnAnswers text={t.mine.text} />
        </Card>
      ) : null}
      <Card title="Amends to talk about" headingId="amends">
        <AmendsToTalk items={talk.amends} partnerName={talk.partnerName} />
      </Card>
      {people ? (
        <Card title="This week's consistency" headingId="consistency">
          <ConsistencySideBySide people={people} />
        </Card>
      ) : null}
      {talk.open && t.status !== "revealed" ? (
        <SkipTalk week={talk.week} skipped={t.status === "skipped"} />
      ) : null}
      <Card title="Your talk day" headingId="talk-day">
        <div className="flex flex-col gap-3">
          <p className="text-stone-700">
            Every {WEEKDAY_NAMES[talk.talkDay]}; next on {talkDate(talk.nextWeek ?? "")}.{" "}
            <TextLink href="/talk/past">Past talks</TextLink>
          </p>
          <TalkDayForm day={talk.talkDay} />
        </div>
      </Card>
    </div>
  );
}
