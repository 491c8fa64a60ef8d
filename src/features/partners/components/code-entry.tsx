"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Form } from "@/components/ui/form";
import { TextButton } from "@/components/ui/text-link";
import { useAppForm } from "@/components/ui/use-app-form";
import { type TCodeForm, ZCodeForm } from "@/domain/invite/schemas";
import { InviteAnswer } from "./invite-answer";

export function CodeEntry() {
  const [code, setCode] = useState<string | null>(null);
  const { handleSubmit, field } = useAppForm<TCodeForm>({
    resolver: zodResolver(ZCodeForm),
    defaultValues: { code: "" },
  });
  if (code) {
    return (
      <div className="flex flex-col gap-4">
        <InviteAnswer key={code} inviteRef={{ code }} />
        <TextButton onClick={() => setCode(null)}>Enter a different code</TextButton>
      </div>
    );
  }
  return (
    <Form onSubmit={handleSubmit((v) => setCode(v.code))} className="flex flex-col gap-4">
      <TextField
        label="Invitation code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="ABCD-EFGH"
        hint="8 characters, from your partner."
        {...field("code")}
      />
      <Button type="submit" className="self-start">
        Continue
      </Button>
    </Form>
  );
}
