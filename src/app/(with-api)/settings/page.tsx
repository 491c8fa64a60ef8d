import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { listTimeZones } from "@/domain/user/time-zone";
import { PartnerSettings } from "@/features/partners/components/partner-settings";
import { Devices } from "@/features/settings/components/devices";
import { EmailForm } from "@/features/settings/components/email-form";
import { MailSettings } from "@/features/settings/components/mail-settings";
import { NotificationSettings } from "@/features/settings/components/notification-settings";
import { PasswordForm } from "@/features/settings/components/password-form";
import { ProfileForm } from "@/features/settings/components/profile-form";
import { SignOutEverywhere } from "@/features/settings/components/sign-out-everywhere";
import { ThemeSettings } from "@/features/settings/components/theme-settings";
import { YourData } from "@/features/settings/components/your-data";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const caller = await getCaller();
  const [devices, notificationSettings, mailSettings, couple] = await Promise.all([
    caller.session.list(),
    caller.notification.settings(),
    caller.mail.settings(),
    caller.couple.get().catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
      throw error;
    }),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Settings" />
      <Card title="Profile">
        <ProfileForm
          initial={{
            name: user.name,
            timeZone: user.timeZone,
            weekStartsOn: user.weekStartsOn,
            showStreaks: user.showStreaks,
          }}
          timeZones={listTimeZones()}
        />
      </Card>
      <Card title="Appearance" headingId="appearance">
        <ThemeSettings theme={user.theme} />
      </Card>
      <Card title="Partner" headingId="partner">
        <PartnerSettings couple={couple} />
      </Card>
      <Card title="Notifications" headingId="notifications">
        <NotificationSettings settings={notificationSettings} />
      </Card>
      <Card title="Email address" headingId="email-address">
        <EmailForm email={mailSettings.email} verified={mailSettings.verified} />
      </Card>
      <Card title="Email" headingId="email">
        <MailSettings settings={mailSettings} />
      </Card>
      <Card title="Password" headingId="change-password">
        <PasswordForm email={user.email} />
      </Card>
      <Card title="Where you're signed in">
        <div className="flex flex-col gap-4">
          <Devices devices={devices} />
          <div className="self-start">
            <SignOutEverywhere />
          </div>
        </div>
      </Card>
      <Card title="Your data">
        <YourData email={user.email} />
      </Card>
      <Card title="Counselor summary" headingId="counselor">
        <p className="text-stone-800">
          A summary of a period you choose, to print or, if you both agree, to share with a counselor through
          a link. <TextLink href="/counselor">Open the counselor summary</TextLink>
        </p>
      </Card>
    </div>
  );
}
