import { localDate, weekStartOf } from "@/domain/commitment/schedule";

/** The first day ("YYYY-MM-DD") of the person's own week containing `instant`, in their zone. */
export function localWeekStart(instant: Date, timeZone: string, weekStartsOn: number): string {
  return weekStartOf(localDate(instant, timeZone), weekStartsOn);
}
