import { TRPCReactProvider } from "@/trpc/react";

// The pages whose client components call the API from the browser (forms, check-ins, answers).
// Only they load the provider's code (tRPC's client, TanStack Query, superjson: about 20 kB
// gzipped); the dashboard, help, landing and sign-in pages are rendered on the server and don't.
// A route group: it changes no URL.
export default function WithApiLayout({ children }: { children: React.ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
