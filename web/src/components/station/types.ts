import type { Tone } from './feedback';
import type { ScanSource } from './ScanField';

/** What the station shows and sounds after a scan. */
export interface Feedback {
  tone: Tone;
  title: string;
  detail?: string | undefined;
}

export type ScanHandler = (code: string, source: ScanSource) => Promise<Feedback>;

/** Each mode's panel puts its handler here; the page's field and camera call it. */
export interface HandlerSlot {
  current: ScanHandler | null;
}
