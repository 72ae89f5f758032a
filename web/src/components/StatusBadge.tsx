import { Badge, type MantineSize } from '@mantine/core';
import type { AssetStatus } from '../api/types';

/** Colours limited to those the theme darkens to pass WCAG AA on their light background. */
export const ASSET_STATUS: Record<AssetStatus, { label: string; color: string }> = {
  on_order: { label: 'On order', color: 'indigo' },
  in_stock: { label: 'In stock', color: 'green' },
  in_use: { label: 'In use', color: 'blue' },
  in_repair: { label: 'In repair', color: 'orange' },
  in_transit: { label: 'In transit', color: 'teal' },
  missing: { label: 'Missing', color: 'yellow' },
  retired: { label: 'Retired', color: 'gray' },
  disposed: { label: 'Disposed', color: 'gray' },
  lost: { label: 'Lost', color: 'red' },
  stolen: { label: 'Stolen', color: 'red' },
};

export const ASSET_STATUS_OPTIONS = (Object.keys(ASSET_STATUS) as AssetStatus[]).map((value) => ({
  value,
  label: ASSET_STATUS[value].label,
}));

export function statusLabel(status: string): string {
  return ASSET_STATUS[status as AssetStatus]?.label ?? status;
}

export function StatusBadge({ status, size = 'sm' }: { status: AssetStatus | string; size?: MantineSize }) {
  const known = ASSET_STATUS[status as AssetStatus];
  return (
    <Badge color={known?.color ?? 'gray'} variant="light" size={size} style={{ flexShrink: 0 }}>
      {known?.label ?? status}
    </Badge>
  );
}
