"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { NoticeAlert } from "@/components/ui/alert";
import { Button, SubmitButton } from "@/components/ui/button";
import { PasswordField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { useAppForm } from "@/components/ui/use-app-form";
import { type TDeleteAccount, ZDeleteAccount } from "@/domain/account/export";
import { useTRPC } from "@/trpc/react";
import { useAppMutation } from "@/trpc/use-app-mutation";

const LINK =
  "inline-flex min-h-11 items-center rounded-md border border-stone-300 px-4 text-sm font-medium text-stone-800 hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-stone-900";

/** Download everything that is yours; delete your account (with your password). */
export function YourData({ email }: { email: string }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const form = useAppForm<TDeleteAccount>({
    resolver: zodResolver(ZDeleteAccount),
    defaultValues: { password: "" },
    mode: "onTouched",
  });
  const { field, handleSubmit, formState } = form;
  const remove = useAppMutation(trpc.account.delete.mutationOptions(), { form, refresh: false });

  const onSubmit = handleSubmit(async (values) => {
    if ((await remove.run(values)).ok) await signOut({ callbackUrl: "/?deleted=1" });
  });

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col gap-2">
        <p className="text-sm text-stone-700">
          Download everything that is yours: your profile, your commitments and check-ins with all your notes,
          the boundaries you agreed and the responses you gave and got. Never your partner&apos;s own notes.
        </p>
        <div className="flex flex-wrap gap-3">
          <a className={LINK} href="/api/account/export?format=json" download>
            Download all (JSON)
          </a>
          <a className={LINK} href="/api/account/export?format=csv" download>
            Download check-ins (CSV)
          </a>
        </div>
      </div>
      <div className="flex flex-col gap-3 border-t border-stone-200 pt-4">
        <h3 className="text-base font-semibold text-stone-900">Delete your account</h3>
        <p className="text-sm text-stone-700">
          This ends your link with your partner and signs you out everywhere. It removes your check-ins with
          their history and the responses on them, your notes, your own commitments and the proposals your
          partner never agreed to. Your partner keeps their own data and what you agreed together. It
          can&apos;t be undone, so download your data first if you want it.
        </p>
        {open ? (
          <Form onSubmit={onSubmit} className="flex flex-col gap-4">
            <NoticeAlert notice={remove.notice} />
            <input type="email" autoComplete="username" value={email} readOnly hidden />
            <PasswordField
              label="Your password, to confirm"
              autoComplete="current-password"
              {...field("password")}
            />
            <div className="flex flex-wrap gap-3">
              <SubmitButton pending={formState.isSubmitting} pendingLabel="Deleting…" variant="danger">
                Delete my account
              </SubmitButton>
              <Button variant="secondary" onClick={() => setOpen(false)}>
                Keep my account
              </Button>
            </div>
          </Form>
        ) : (
          <Button variant="secondary" className="self-start" onClick={() => setOpen(true)}>
            Delete account…
          </Button>
        )}
      </div>
    </div>
  );
}
