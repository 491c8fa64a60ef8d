import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";

/** Shown on couple pages to someone who isn't linked (yet, or any more). */
export function LinkFirst({ children }: { children: React.ReactNode }) {
  return (
    <Card title="Link with your partner first">
      <p className="text-stone-700">{children}</p>
      <TextLink href="/home" className="mt-4 inline-block">
        Go to your home to link
      </TextLink>
    </Card>
  );
}
