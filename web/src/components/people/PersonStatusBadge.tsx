import { Badge } from '@mantine/core';
import type { PersonStatus } from '../../api/types';

const STATUS: Record<PersonStatus, { label: string; color: string }> = {
  active: { label: 'Active', color: 'green' },
  leaving: { label: 'Leaving', color: 'orange' },
  left: { label: 'Left', color: 'gray' },
};

export function PersonStatusBadge({ status }: { status: PersonStatus }) {
  return (
    <Badge size="sm" variant="light" color={STATUS[status].color}>
      {STATUS[status].label}
    </Badge>
  );
}
