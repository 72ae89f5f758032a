import { useState } from 'react';
import { Alert, Badge, Button, Card, Code, Group, List, Stack, Text, Title } from '@mantine/core';
import { errorMessage, isApiError } from '../../api/client';
import { useRoleLabel } from '../../api/roles';
import type { Role, User } from '../../api/types';
import { useSetGrants } from '../../api/users';
import { notifySuccess } from '../notify';
import { RolesSelect } from './RolesSelect';
import { VersionConflict } from './VersionConflict';

function sameRoles(a: Role[], b: Role[]) {
  return a.length === b.length && a.every((role) => b.includes(role));
}

/**
 * Organisation-wide roles are edited here. Location-scoped grants are shown as they are and kept on
 * save: there is no way to pick a location in the app yet.
 */
export function RolesCard({ user, onReload }: { user: User; onReload: () => void }) {
  const roleLabel = useRoleLabel();
  const orgRoles = user.grants.filter((g) => g.locationId === null).map((g) => g.role);
  const locationGrants = user.grants.filter((g) => g.locationId !== null);
  const [roles, setRoles] = useState<Role[]>(orgRoles);
  const setGrants = useSetGrants(user.id);
  const conflict = isApiError(setGrants.error, 'version_conflict');

  const save = () =>
    setGrants.mutate(
      { version: user.version, grants: [...roles.map((role) => ({ role, locationId: null })), ...locationGrants] },
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
        <RolesSelect label="Whole organisation" value={roles} onChange={setRoles} />
        {locationGrants.length > 0 && (
          <div>
            <Text size="sm" fw={500}>
              For one location and everything in it
            </Text>
            <List size="sm" mt={4}>
              {locationGrants.map((g) => (
                <List.Item key={`${g.role}:${g.locationId}`}>
                  <Badge variant="light" size="sm" mr={6}>
                    {roleLabel(g.role)}
                  </Badge>
                  at location <Code>{g.locationId}</Code>
                </List.Item>
              ))}
            </List>
            <Text size="xs" c="dimmed" mt={4}>
              Location roles are kept as they are when you save.
            </Text>
          </div>
        )}
        <Group justify="flex-end">
          <Button onClick={save} loading={setGrants.isPending} disabled={sameRoles(roles, orgRoles)}>
            Save roles
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
