import type { Metadata } from "next";
import { TalkPage } from "@/features/talk/components/talk-page";

export const metadata: Metadata = { title: "Weekly talk" };

export default function CurrentTalkPage() {
  return <TalkPage week={undefined} />;
}
