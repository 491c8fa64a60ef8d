import {
  forwardRef,
  type InputHTMLAttributes,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from "react";

type FieldProps = { label: string; error?: string; hint?: string };

function FieldShell({
  id,
  label,
  error,
  hint,
  children,
}: FieldProps & { id: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-stone-700">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-rose-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The id, state and description every control of a field carries, so its label, hint and error are read with it. */
function useControl({ id, error, hint }: { id?: string; error?: string; hint?: string }) {
  const autoId = useId();
  const inputId = id ?? autoId;
  return {
    id: inputId,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${inputId}-error` : hint ? `${inputId}-hint` : undefined,
    className:
      "min-h-11 rounded-lg border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 aria-[invalid=true]:border-rose-500",
  };
}

type InputFieldProps = FieldProps & InputHTMLAttributes<HTMLInputElement>;

export const TextField = forwardRef<HTMLInputElement, InputFieldProps>(function TextField(
  { label, error, hint, id, ...props },
  ref,
) {
  const control = useControl({ id, error, hint });
  return (
    <FieldShell id={control.id} label={label} error={error} hint={hint}>
      <input ref={ref} {...control} {...props} />
    </FieldShell>
  );
});

/** An address field: the email keyboard on phones, no capitals or spelling fixes. */
export const EmailField = forwardRef<HTMLInputElement, Omit<InputFieldProps, "label"> & { label?: string }>(
  function EmailField({ label = "Email", ...props }, ref) {
    return (
      <TextField
        ref={ref}
        label={label}
        type="email"
        inputMode="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        {...props}
      />
    );
  },
);

/** A password field; `autoComplete` says whether it is the current one or a new one (password managers read it). */
export const PasswordField = forwardRef<
  HTMLInputElement,
  Omit<InputFieldProps, "label" | "autoComplete"> & {
    label?: string;
    autoComplete: "current-password" | "new-password";
  }
>(function PasswordField({ label = "Password", ...props }, ref) {
  return <TextField ref={ref} label={label} type="password" {...props} />;
});

export const SelectField = forwardRef<
  HTMLSelectElement,
  FieldProps & SelectHTMLAttributes<HTMLSelectElement>
>(function SelectField({ label, error, hint, id, children, ...props }, ref) {
  const control = useControl({ id, error, hint });
  return (
    <FieldShell id={control.id} label={label} error={error} hint={hint}>
      <select ref={ref} {...control} {...props}>
        {children}
      </select>
    </FieldShell>
  );
});

export const TextAreaField = forwardRef<
  HTMLTextAreaElement,
  FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>
>(function TextAreaField({ label, error, hint, id, rows = 4, ...props }, ref) {
  const control = useControl({ id, error, hint });
  return (
    <FieldShell id={control.id} label={label} error={error} hint={hint}>
      <textarea ref={ref} rows={rows} {...control} {...props} />
    </FieldShell>
  );
});
