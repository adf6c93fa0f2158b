// An on/off switch: a real button with role "switch", so keyboards and screen readers get its state.

export interface SwitchProps {
  checked: boolean;
  label: string;
  onChange(checked: boolean): void;
  disabled?: boolean;
}

export function Switch({ checked, label, onChange, disabled }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      class="cp-switch"
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span class="cp-switch__track" aria-hidden="true" />
      <span>{label}</span>
    </button>
  );
}
