// Renders its content right after the frame that first showed its parent, for what is out of view when
// that frame comes: the panel's sections under its key figures and questions. Building them first made
// the panel's first frame wait for their nodes (the quiz, the debates, the context chart and its table),
// their text layout and their paint.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** False during a component's first render, true from the render after the browser painted it. */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  // Preact runs effects after the browser has painted the frame of the render that scheduled them.
  useEffect(() => setPainted(true), []);
  return painted;
}

export interface AfterFirstPaintProps {
  /** Builds the content; called from the second render on. */
  children: () => ComponentChildren;
}

export function AfterFirstPaint({ children }: AfterFirstPaintProps) {
  return useAfterFirstPaint() ? children() : null;
}
