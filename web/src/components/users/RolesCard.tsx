import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { errorMessage, isApiError } from '../../api/client';
import { useLocation } from '../../api/locations';
import { useRoleLabel, useRoles } from '../../api/roles';
import type { Grant, Role, User } from '../../api/types';
import { useSetGrants } from '../../api/users';
import { notifySuccess } from '../notify';
import { LocationPicker } from '../pickers/LocationPicker';
import { RolesSelect } from './RolesSelect';
import { VersionConflict } from './VersionConflict';

type LocationGrant = Grant & { locationId: string };

function sameGrants(a: Grant[], b: Grant[]) {
  const key = (g: Grant) => `${g.role}@${g.locationId ?? ''}`;
  const keys = new Set(a.map(key));
  return a.length === b.length && b.every((g) => keys.has(key(g)));
}

function GrantLocation({ id }: { id: string }) {
  const location = useLocation(id);
  if (location.isPending)
    return (
      <Text span size="sm" c="dimmed">
        …
      </Text>
    );
  if (!location.data)
    return (
      <Text span size="sm">
        a location you cannot see
      </Text>
    );
  return (
    <Anchor component={Link} to={`/locations/${id}`} size="sm">
      {location.data.name} ({location.data.code})
    </Anchor>
  );
}

/**
 * Roles for the whole organisation, and roles for one location and everything below it (a
 * technician for the London site): PUT /users/{id}/grants replaces them all at once.
 */
export function RolesCard({ user, onReload }: { user: User; onReload: () => void }) {
  const roleLabel = useRoleLabel();
  const roles = useRoles();
  const savedOrg = user.grants.filter((g) => g.locationId === null).map((g) => g.role);
  const [orgRoles, setOrgRoles] = useState<Role[]>(savedOrg);
  const [locationGrants, setLocationGrants] = useState<LocationGrant[]>(
    user.grants.filter((g): g is LocationGrant => g.locationId !== null),
  );
  const [newRole, setNewRole] = useState<Role | null>('technician');
  const [newLocation, setNewLocation] = useState<string | null>(null);
  const setGrants = useSetGrants(user.id);
  const conflict = isApiError(setGrants.error, 'version_conflict');
  const grants: Grant[] = [...orgRoles.map((role) => ({ role, locationId: null })), ...locationGrants];
  const duplicate = locationGrants.some((g) => g.role === newRole && g.locationId === newLocation);

  const save = () =>
    setGrants.mutate(
      { version: user.version, grants },
      { onSuccess: (saved) => notifySuccess(`Roles of ${saved.email} saved.`) },
    );

  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="h4" mb="md">
        Roles
      </Title>
      {conflict && (
        <VersionConflict
          onReload={() => {
            setGrants.reset();
            onReload();
          }}
        />
      )}
      <Stack>
        {setGrants.error && !conflict && <Alert color="red">{errorMessage(setGrants.error)}</Alert>}
        <RolesSelect label="Whole organisation" value={orgRoles} onChange={setOrgRoles} />
        <div>
          <Text size="sm" fw={500}>
            For one location and everything in it
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            Inventory roles can be limited to a site, a building or a stockroom; managing users and reading the audit
            log need a role for the whole organisation.
          </Text>
          {locationGrants.length === 0 ? (
            <Text size="sm" c="dimmed" mb="xs">
              None.
            </Text>
          ) : (
            <Stack
              gap={4}
              component="ul"
              p={0}
              m={0}
              mb="xs"
              style={{ listStyle: 'none' }}
              aria-label="Roles for a location"
            >
              {locationGrants.map((g) => (
                <Group key={`${g.role}@${g.locationId}`} component="li" gap="xs" wrap="nowrap">
                  <Badge variant="light" size="sm">
                    {roleLabel(g.role)}
                  </Badge>
                  <Text size="sm">at</Text>
                  <GrantLocation id={g.locationId} />
                  <Tooltip label="Remove this role">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="sm"
                      aria-label={`Remove ${roleLabel(g.role)} at this location`}
                      onClick={() => setLocationGrants((list) => list.filter((x) => x !== g))}
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              ))}
            </Stack>
          )}
          <Group gap="xs" align="flex-end" wrap="wrap">
            <Select
              label="Role"
              data={(roles.data?.roles ?? []).map((r) => ({ value: r.role, label: r.label }))}
              value={newRole}
              onChange={(v) => setNewRole(v as Role | null)}
              w={{ base: '100%', xs: 170 }}
              allowDeselect={false}
            />
            <LocationPicker
              label="At"
              value={newLocation}
              onChange={setNewLocation}
              style={{ flex: 1, minWidth: 200 }}
            />
            <Button
              variant="light"
              leftSection={<IconPlus size={14} />}
              disabled={!newRole || !newLocation || duplicate}
              onClick={() => {
                setLocationGrants((list) => [...list, { role: newRole!, locationId: newLocation! }]);
                setNewLocation(null);
              }}
            >
              Add
            </Button>
          </Group>
        </div>
        <Group justify="flex-end">
          <Button onClick={save} loading={setGrants.isPending} disabled={sameGrants(grants, user.grants)}>
            Save roles
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
