import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { ZList } from "@/domain/boundary/schemas";
import { BoundaryArchive } from "@/features/boundaries/components/boundary-archive";
import { BoundaryList, boundaryListHref } from "@/features/boundaries/components/boundary-list";
import { ProposeBoundary } from "@/features/boundaries/components/propose-boundary";
import { LinkFirst } from "@/features/partners/components/link-first";
import { getCaller, requireUser } from "@/trpc/server";

export const metadata: Metadata = { title: "Boundaries" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** Filters come from the URL so they are plain links and a GET form: they work without JavaScript. */
function readFilters(params: Awaited<SearchParams>) {
  const parsed = ZList.safeParse({ view: first(params.view), category: first(params.category) });
  return parsed.success ? parsed.data : { view: "all" as const, category: undefined };
}

export default async function BoundariesPage({ searchParams }: { searchParams: SearchParams }) {
  const filters = readFilters(await searchParams);
  await requireUser(boundaryListHref(filters));
  const caller = await getCaller();
  const notLinked = (error: unknown) => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  };
  const [list, archive] = await Promise.all([
    caller.boundary.list(filters).catch(notLinked),
    caller.boundary.archive(),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Boundaries">
        <p className="text-stone-700">
          Boundaries you agree together. Each change needs both of you, and every step stays in the history.
        </p>
      </PageHeader>

      {list ? (
        <>
          <TextLink href="#propose" className="self-start text-sm">
            Propose a boundary
          </TextLink>
          <Card>
            <BoundaryList list={list} filters={filters} />
          </Card>
          <div id="propose" className="scroll-mt-4">
            <Card title="Propose a boundary" headingId="propose-title">
              <ProposeBoundary partnerName={list.partnerName} />
            </Card>
          </div>
        </>
      ) : (
        <LinkFirst>
          Boundaries are agreed by two people. Once you're linked with your partner, you can propose one here.
        </LinkFirst>
      )}

      <BoundaryArchive archive={archive} />
    </div>
  );
}
