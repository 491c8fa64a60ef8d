import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { NotificationList } from "@/features/notifications/components/notification-list";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  await requireUser("/notifications");
  const items = await (await getCaller()).notification.list();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Notifications">
        <p>
          What your partner did in Kept, and your weekly talk day, newest first, kept for 90 days. What needs
          your answer is on <TextLink href="/home">Home</TextLink>. Choose what you hear about in{" "}
          <TextLink href="/settings#notifications">Settings</TextLink>.
        </p>
      </PageHeader>
      <NotificationList items={items} />
    </div>
  );
}
