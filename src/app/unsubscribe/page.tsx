import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { isMailCategory, MAIL_CATEGORIES } from "@/domain/mail/settings";
import { readUnsubscribeLink } from "@/server/mail/unsubscribe";

export const metadata: Metadata = { title: "Stop these mails", referrer: "no-referrer" };

type Params = Promise<Record<string, string | string[] | undefined>>;

/**
 * The footer link of a non-essential mail. Opening it changes nothing (link scanners open links);
 * the button does, for this one category, without signing in.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Params }) {
  const raw = await searchParams;
  const params = new URLSearchParams();
  for (const key of ["u", "c", "t", "done"]) {
    const value = raw[key];
    if (typeof value === "string") params.set(key, value);
  }
  const done = params.get("done");
  if (done && isMailCategory(done)) {
    return (
      <Shell>
        <Alert tone="success">
          Done: no more {MAIL_CATEGORIES[done].label.toLowerCase()} mails. Your other choices stay as they
          were; you can change any of them in Settings.
        </Alert>
      </Shell>
    );
  }
  const link = readUnsubscribeLink(params);
  if (!link) {
    return (
      <Shell>
        <Alert>
          This link isn't complete. You can choose which mails you get in Settings, after signing in.
        </Alert>
        <TextLink href="/settings">Open Settings</TextLink>
      </Shell>
    );
  }
  params.set("from", "page");
  params.delete("done");
  return (
    <Shell>
      <p className="text-stone-700">
        Stop {MAIL_CATEGORIES[link.category].label.toLowerCase()} mails? Only this kind stops; everything else
        stays as it is.
      </p>
      <form method="post" action={`/api/mail/unsubscribe?${params.toString()}`}>
        <Button type="submit">Stop these mails</Button>
      </form>
    </Shell>
  );
}

function Shell({ children }: { children: React.ReactNode }) {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <PageHeader title="Mail from Kept" />
      <Card>
        <div className="flex flex-col gap-4">{children}</div>
      </Card>
    </div>
  );
}
