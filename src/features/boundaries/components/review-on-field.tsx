"use client";

import { useEffect, useRef } from "react";
import { TextField } from "@/components/ui/field";
import { suggestedReviewOn } from "@/domain/boundary/review";
import { addDays } from "@/domain/commitment/schedule";

/** The browser's today, for a date field's earliest day (the server checks in the person's zone). */
export const browserToday = () => new Intl.DateTimeFormat("en-CA").format(new Date());

/**
 * An optional review date on a proposal. A monitoring-type category (phones, privacy) fills in a
 * review in 90 days, until the person changes the field themselves.
 */
export function ReviewOnField({
  category,
  value,
  onChange,
}: {
  category: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const touched = useRef(false);
  useEffect(() => {
    if (!touched.current) onChange(suggestedReviewOn(category, browserToday()) ?? "");
  }, [category, onChange]);
  return (
    <TextField
      label="Review it on (optional)"
      hint="On that day you're both asked: keep it, loosen it, or retire it? Boundaries about phones and privacy suggest 90 days: checking on each other for ever turns into surveillance."
      type="date"
      min={addDays(browserToday(), 1)}
      value={value}
      onChange={(e) => {
        touched.current = true;
        onChange(e.target.value);
      }}
    />
  );
}
