"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { AmendsForm } from "@/features/amends/components/amends-form";

type FromPart = { answerId: string; whatIDid: string; impact: string; different: string };

/** Folded until asked for: an amends is a step of its own, never pressed on anyone. */
export function PartAmendsCard({ partnerName, fromPart }: { partnerName: string; fromPart: FromPart }) {
  const [open, setOpen] = useState(false);
  return (
    <Card title="Make your part an amends">
      {open ? (
        <AmendsForm partnerName={partnerName} fromPart={fromPart} />
      ) : (
        <div className="flex flex-col gap-3">
          <p className="text-sm text-stone-700">
            If you'd like to take responsibility for your part, it can become an amends: what you did, the
            impact you understand it had, and what you'll do differently, filled in from this conversation for
            you to change. Only if you want to.
          </p>
          <Button variant="secondary" className="self-start" onClick={() => setOpen(true)}>
            Make my part an amends
          </Button>
        </div>
      )}
    </Card>
  );
}
