import { Select, TextInput } from '@mantine/core';
import { useUsers } from '../../api/users';
import { useSession } from '../session-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Administrators pick the actor from the users list; others (auditors cannot list users) paste a
 * user id, or click an actor in the table.
 */
export function ActorFilter({ value, onChange }: { value: string | undefined; onChange: (id: string | null) => void }) {
  const { can } = useSession();
  const canList = can('users.manage');
  const users = useUsers({}, { enabled: canList, limit: 200 });
  if (!canList) {
    const invalid = value !== undefined && !UUID.test(value);
    return (
      <TextInput
        label="Actor (user id)"
        placeholder="Any actor"
        defaultValue={value ?? ''}
        key={value ?? ''}
        onBlur={(e) => onChange(e.currentTarget.value.trim() || null)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange(e.currentTarget.value.trim() || null);
        }}
        error={invalid ? 'A user id looks like 123e4567-e89b-12d3-a456-426614174000.' : undefined}
        w={{ base: '100%', sm: 300 }}
      />
    );
  }
  const options = (users.data?.pages.flatMap((p) => p.items) ?? []).map((u) => ({
    value: u.id,
    label: `${u.name} (${u.email})`,
  }));
  if (value && !options.some((o) => o.value === value)) options.unshift({ value, label: value });
  return (
    <Select
      label="Actor"
      placeholder="Any actor"
      data={options}
      value={value ?? null}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage="No such user"
      w={{ base: '100%', sm: 280 }}
    />
  );
}
