"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { describeTRPCError, useTRPC } from "@/trpc/react";
import { BoundaryTextForm } from "./boundary-text-form";

export function ProposeBoundary({ partnerName }: { partnerName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [navigating, startNavigation] = useTransition();
  const propose = useMutation(trpc.boundary.propose.mutationOptions());

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-stone-700">
        {partnerName} will be asked to agree, suggest an edit or decline. Nothing is active until you both
        agree.
      </p>
      {error ? <Alert>{error}</Alert> : null}
      <BoundaryTextForm
        submitLabel="Propose this boundary"
        pendingLabel="Proposing…"
        busy={navigating}
        onSubmit={async (values) => {
          setError(null);
          try {
            const created = await propose.mutateAsync(values);
            startNavigation(() => router.push(`/boundaries/${created.id}`));
            return null;
          } catch (e) {
            const { message, fieldErrors } = describeTRPCError(e);
            setError(message);
            return fieldErrors;
          }
        }}
      />
    </div>
  );
}
