import type { Design, DesignControl } from '@facet/mesh/parts/design';

/** What every section of controls gets: the design, a way to change it, and the problems by control. */
export interface DesignControlsProps {
  design: Design;
  /** `key` names the control, so that a slider's drag is one step to undo. */
  onChange: (design: Design, key: string) => void;
  problemOf: (control: DesignControl) => string | undefined;
}
