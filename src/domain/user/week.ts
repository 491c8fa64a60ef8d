import { TZDate } from "@date-fns/tz";
import { format, startOfWeek } from "date-fns";

type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The first day ("YYYY-MM-DD") of the person's own week containing `instant`, in their zone. */
export function localWeekStart(instant: Date, timeZone: string, weekStartsOn: number): string {
  const local = new TZDate(instant.getTime(), timeZone);
  return format(startOfWeek(local, { weekStartsOn: (weekStartsOn % 7) as WeekStart }), "yyyy-MM-dd");
}
