import { useMediaQuery } from '@mantine/hooks';

/** Below Mantine's "sm" breakpoint (48em): lists become cards instead of wide tables. */
export function useIsPhone(): boolean {
  return useMediaQuery('(max-width: 47.99em)') ?? false;
}
