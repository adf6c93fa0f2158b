// A <details> whose body is built the first time it opens. The panel shows several folded debates; their
// arguments are most of the panel's nodes, and building them for every theme before the panel's first
// frame delayed it for sections the reader may never open. Once built, the body stays (closing keeps
// what the reader was reading), and a body opened from outside (`open`) is built right away.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface LazyDetailsProps {
  class?: string;
  summary: ComponentChildren;
  open: boolean;
  /** Builds the body; called once the details are open, never before. */
  children: () => ComponentChildren;
}

export function LazyDetails(props: LazyDetailsProps) {
  const [opened, setOpened] = useState(props.open);
  const built = opened || props.open;
  return (
    <details
      class={props.class}
      open={props.open}
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open) setOpened(true);
      }}
    >
      <summary>{props.summary}</summary>
      {built && props.children()}
    </details>
  );
}
