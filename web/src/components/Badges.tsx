import { Badge } from '@mantine/core';
import type { ApiToken, Job, User } from '../api/types';

export function UserStatusBadge({ status }: { status: User['status'] }) {
  return status === 'active' ? (
    <Badge color="green" variant="light">
      Active
    </Badge>
  ) : (
    <Badge color="gray" variant="light">
      Deactivated
    </Badge>
  );
}

const tokenStates: Record<ApiToken['state'], { color: string; label: string }> = {
  active: { color: 'green', label: 'Active' },
  expired: { color: 'orange', label: 'Expired' },
  revoked: { color: 'gray', label: 'Revoked' },
};

export function TokenStateBadge({ state }: { state: ApiToken['state'] }) {
  const { color, label } = tokenStates[state];
  return (
    <Badge color={color} variant="light">
      {label}
    </Badge>
  );
}

const jobStatuses: Record<Job['status'], { color: string; label: string }> = {
  queued: { color: 'gray', label: 'Queued' },
  running: { color: 'blue', label: 'Running' },
  completed: { color: 'green', label: 'Completed' },
  failed: { color: 'red', label: 'Failed' },
  cancelled: { color: 'orange', label: 'Cancelled' },
};

export function JobStatusBadge({ status }: { status: Job['status'] }) {
  const { color, label } = jobStatuses[status];
  return (
    <Badge color={color} variant="light">
      {label}
    </Badge>
  );
}
