import type { NavIconName } from "@/components/nav-icons";

// Every place of the signed-in app, in order: the one list the phone's tab bar (with More), the
// wide screen's sidebar and Help's "Where things are" are built from. A new place is one line here.
// Not a client module, so the server's Help page reads the same list.

export type NavGroup = "daily" | "together" | "you";

export type NavEntry = {
  href: string;
  label: string;
  icon: NavIconName;
  group: NavGroup;
  /** One sentence for Help: what the place is for. */
  help: string;
  /** One of the phone's bottom tabs (keep it to four); the rest are under More. */
  tab?: boolean;
  /** Pages that belong to this entry without being under its path. */
  also?: readonly string[];
};

export const NAV_GROUPS: Record<NavGroup, string> = {
  daily: "Every day",
  together: "Repair together",
  you: "You",
};

export const NAV_ENTRIES: readonly NavEntry[] = [
  {
    href: "/home",
    label: "Home",
    icon: "home",
    group: "daily",
    tab: true,
    also: ["/today"],
    help: "Today's check-ins, what waits on you, and the two of you. Earlier days are linked from it.",
  },
  {
    href: "/commitments",
    label: "Commitments",
    icon: "commitments",
    group: "daily",
    tab: true,
    help: "What each of you said you'd do, how often, and how it went.",
  },
  {
    href: "/boundaries",
    label: "Boundaries",
    icon: "boundaries",
    group: "daily",
    tab: true,
    help: "What you agreed together: proposed by one, agreed by both, changed only by both.",
  },
  {
    href: "/dashboard",
    label: "Consistency",
    icon: "consistency",
    group: "daily",
    tab: true,
    help: "Your weeks side by side: what each of you kept, in words first.",
  },
  {
    href: "/talk",
    label: "Weekly talk",
    icon: "talk",
    group: "together",
    help: "A few questions once a week, on the day you chose; answers open when you've both shared.",
  },
  {
    href: "/amends",
    label: "Amends",
    icon: "amends",
    group: "together",
    help: "Name what you did, how it landed, and what you'll do differently; your partner answers when ready.",
  },
  {
    href: "/repair",
    label: "What happened",
    icon: "repair",
    group: "together",
    help: "Talk one incident through in six steps, each private until you've both shared it.",
  },
  {
    href: "/quality-time",
    label: "Quality time",
    icon: "qualityTime",
    group: "together",
    help: "Ideas for time together: each of you marks them privately, and only the ones you both want show.",
  },
  {
    href: "/journey",
    label: "Journey",
    icon: "journey",
    group: "together",
    help: "What you've done together, month by month: trust comes back over months, not days.",
  },
  {
    href: "/counselor",
    label: "Counselor summary",
    icon: "counselor",
    group: "together",
    help: "A summary of a period you choose, to print or share with a counselor if you both agree.",
  },
  {
    href: "/settings",
    label: "Settings",
    icon: "settings",
    group: "you",
    help: "Your profile, partner, notifications, email, password, devices and data.",
  },
  { href: "/help", label: "Help", icon: "help", group: "you", help: "How Kept works, and where things are." },
];

export const isCurrent = (pathname: string, entry: Pick<NavEntry, "href" | "also">) =>
  [entry.href, ...(entry.also ?? [])].some((href) => pathname === href || pathname.startsWith(`${href}/`));
