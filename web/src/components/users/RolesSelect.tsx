import { MultiSelect } from '@mantine/core';
import { useRoles } from '../../api/roles';
import type { Role } from '../../api/types';

/** Organisation-wide roles, picked by their labels from GET /roles. */
export function RolesSelect({
  value,
  onChange,
  error,
  label = 'Roles',
  description,
}: {
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: string | undefined;
  label?: string;
  description?: string;
}) {
  const roles = useRoles();
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? 'No role: the user can sign in but see nothing' : undefined}
      data={(roles.data?.roles ?? []).map((r) => ({ value: r.role, label: r.label }))}
      value={value}
      onChange={(roles) => onChange(roles as Role[])}
      error={error}
      clearable
      comboboxProps={{ withinPortal: true }}
    />
  );
}
