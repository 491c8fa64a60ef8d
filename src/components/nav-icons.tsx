// The navigation's icons, from Lucide (lucide-react: one small component per icon, so a page
// carries only the ones it draws). Every entry of NAV_ENTRIES names one of these.
import {
  CalendarHeart,
  ChartColumn,
  CircleQuestionMark,
  Ellipsis,
  FileText,
  HeartHandshake,
  House,
  ListChecks,
  type LucideIcon,
  MessageCircleHeart,
  MessagesSquare,
  Route,
  Settings,
  Shield,
} from "lucide-react";

const ICONS = {
  home: House,
  commitments: ListChecks,
  boundaries: Shield,
  consistency: ChartColumn,
  talk: MessagesSquare,
  amends: HeartHandshake,
  repair: MessageCircleHeart,
  qualityTime: CalendarHeart,
  journey: Route,
  counselor: FileText,
  settings: Settings,
  help: CircleQuestionMark,
  more: Ellipsis,
} as const satisfies Record<string, LucideIcon>;

export type NavIconName = keyof typeof ICONS;

export function NavIcon({ name, className }: { name: NavIconName; className?: string }) {
  const Icon = ICONS[name];
  // Icons that point along the line of reading are mirrored on right-to-left pages: by name, in
  // src/app/globals.css (no code of their own in every page's first-load script).
  return <Icon aria-hidden="true" className={className ?? "size-6"} strokeWidth={1.8} data-icon={name} />;
}
