import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";

export default function NotFound() {
  return (
    <div className="flex flex-col gap-4 py-8">
      <PageHeader title="We couldn't find that page" />
      <p className="text-stone-700">It may have moved, or the link may be incomplete.</p>
      <TextLink href="/">Go to the start</TextLink>
    </div>
  );
}
