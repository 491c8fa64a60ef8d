import type { Metadata } from "next";
import { TalkPage } from "@/features/talk/components/talk-page";

export const metadata: Metadata = { title: "Weekly talk" };

export default async function WeekTalkPage({ params }: { params: Promise<{ week: string }> }) {
  return <TalkPage week={(await params).week} />;
}
