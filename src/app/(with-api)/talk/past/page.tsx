import type { Metadata } from "next";
import { PastTalks } from "@/features/talk/components/past-talks";

export const metadata: Metadata = { title: "Past talks" };

export default function PastTalksPage() {
  return <PastTalks />;
}
