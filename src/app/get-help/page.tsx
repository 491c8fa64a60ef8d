import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Get help" };

const list = "flex list-disc flex-col gap-2 ps-5 text-stone-800";

export default function GetHelpPage() {
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Get help">
        <p className="text-stone-700">
          Kept can help two people who both want to rebuild trust. It can't replace a counselor, and it is not
          safe for everyone.
        </p>
      </PageHeader>

      <Card title="If you feel controlled, afraid or unsafe" headingId="unsafe">
        <div className="flex flex-col gap-3 text-stone-800">
          <p className="font-medium">
            Kept is not the right tool if your partner watches you, checks on you, frightens you or makes you
            account for your time. An app that shows what you do can become a way to control you.
          </p>
          <ul className={list}>
            <li>
              If you are in danger now, call your local emergency number (112 in Europe, 911 in North America,
              999 in the UK, 000 in Australia).
            </li>
            <li>
              Talk to a domestic-abuse helpline: they are free, confidential and help you plan whatever you
              decide. Search “domestic abuse helpline” with your country's name, or ask your doctor. A
              directory of helplines by country: <span className="break-all">findahelpline.com</span>.
            </li>
            <li>
              Use a device and a browser your partner can't open, and a private window, when you look for
              help.
            </li>
          </ul>
          <h3 className="font-semibold text-stone-900">Leaving Kept quietly</h3>
          <ul className={list}>
            <li>
              <strong>Quick exit</strong>, at the top of every page, or Escape pressed twice (not while you
              are typing), replaces Kept at once with a weather site, tells that site nothing about Kept, and
              empties what this browser kept of Kept (drafts, saved files). The page you were on is gone from
              the tab's history, but pages you opened before it are still there: Back can go to them and,
              while you are signed in, show them again. On a phone someone else may pick up, sign out or close
              the tab afterwards.
            </li>
            <li>
              <strong>Take a break</strong> (Home) stops sharing for up to 30 days without ending anything:
              your partner sees only that you are taking a break, and until when.
            </li>
            <li>
              <strong>Unlink</strong> (Home) ends the link at once. Your partner is told that the link ended,
              nothing else; your own data stays yours.
            </li>
            <li>
              <strong>Delete your account</strong> (Settings, “Your data”) removes what is yours alone and
              signs out every device.
            </li>
          </ul>
          <p>
            Kept never records where you are, never shows when you were last here, and shows your partner the{" "}
            <em>day</em> of what you did, never the time.
          </p>
        </div>
      </Card>

      <Card title="Finding a couples counselor" headingId="counselor">
        <ul className={list}>
          <li>
            Look for a licensed therapist who works with couples (marriage and family therapists, couples
            psychotherapists). National associations of therapists keep searchable directories; your doctor
            can refer you too.
          </li>
          <li>
            Ask in a first call how they work with trust after a breach, and whether they see each of you
            alone as well. It is fine to try someone else if it doesn't feel right.
          </li>
          <li>
            Kept can prepare a <strong>counselor summary</strong> of a period you choose, and you can share it
            with your counselor if you both agree (see below).
          </li>
        </ul>
      </Card>

      <Card title="What couples counseling is, and isn't" headingId="counseling">
        <ul className={list}>
          <li>It is a place where both of you are heard, with someone trained to keep it fair.</li>
          <li>It helps you agree on what repair looks like, and notice patterns rather than single days.</li>
          <li>
            It isn't a court: no one is there to decide who is right, and a summary of check-ins is something
            to talk about, not a verdict.
          </li>
          <li>
            It isn't recommended while one partner is afraid of the other: then counselors advise help for
            each person separately first.
          </li>
        </ul>
      </Card>

      <Card title="Sharing with a counselor" headingId="sharing">
        <ul className={list}>
          <li>
            The counselor summary shows both of you side by side for the period you choose: each commitment's
            weekly kept-rate and pattern, boundaries agreed, revised and retired, and respect check-ins; how
            many amends each of you shared and how the other answered (by day); and each week's talk, held or
            skipped (never what either of you wrote). Private notes and unshared amends are never in it. Your
            shared notes and the words of your shared amends only if you tick “include my shared notes”: the
            same tick for both, and only yours.
          </li>
          <li>
            A link for a counselor exists only when both of you approve it: one proposes, the other confirms.
            It lasts 14 days unless you choose otherwise (at most 90), and either of you can revoke it at
            once.
          </li>
          <li>
            The counselor needs no account and can only read that summary. Every time the link is opened, both
            of you see when, and in which kind of browser.
          </li>
        </ul>
        <p className="mt-3 text-stone-800">
          <TextLink href="/counselor">Open the counselor summary</TextLink>
        </p>
      </Card>
    </div>
  );
}
