import { useId } from "react";

/**
 * A set of radio buttons under a legend, with its error announced through aria-describedby.
 * `pills` lays the choices out in a row of large tap targets (e.g. Kept / Partly / Missed).
 */
export function ChoiceGroup<T extends string>({
  legend,
  hideLegend = false,
  options,
  value,
  onChange,
  error,
  pills = false,
}: {
  legend: string;
  hideLegend?: boolean;
  options: readonly { value: T; label: string }[];
  value: T | null | "";
  onChange: (value: T) => void;
  error?: string;
  pills?: boolean;
}) {
  const id = useId();
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={hideLegend ? "sr-only" : "mb-1 text-sm font-medium text-stone-700"}>{legend}</legend>
      <div className={pills ? "flex flex-wrap gap-2" : "flex flex-col"}>
        {options.map((o) => (
          <label
            key={o.value}
            className={
              pills
                ? "inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-stone-300 bg-white px-4 text-sm text-stone-800 has-[:checked]:border-sage-600 has-[:checked]:bg-sage-50 has-[:checked]:font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-sage-600"
                : "flex min-h-11 items-center gap-3 text-stone-800"
            }
          >
            <input
              type="radio"
              name={`${id}-choice`}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              aria-invalid={error ? true : undefined}
              className={pills ? "size-4 accent-sage-600" : "size-5 accent-sage-600"}
            />
            {o.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-rose-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
