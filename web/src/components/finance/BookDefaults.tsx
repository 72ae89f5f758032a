/** Which profile a book uses for each category and model (a model's wins over its category's). */
import { useState } from 'react';
import { ActionIcon, Button, Group, SegmentedControl, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { fieldErrors } from '../../api/client';
import { useBookDefaults, useSetDefault, type DepreciationProfile } from '../../api/finance-books';
import { SaveError } from '../kit';
import { notifyError, notifySuccess } from '../notify';
import { CategoryPicker, ModelPicker } from '../pickers/pickers';
import { QueryError } from '../QueryError';

const FIELDS = ['categoryId', 'modelId', 'profileId'] as const;

export function BookDefaults({ bookId, profiles }: { bookId: string; profiles: DepreciationProfile[] }) {
  const defaults = useBookDefaults(bookId);
  const set = useSetDefault(bookId);
  const [target, setTarget] = useState<'category' | 'model'>('category');
  const [targetId, setTargetId] = useState<string | null>(null);
  const [profileId, setProfileId] = useState<string | null>(null);
  const errors = fieldErrors(set.error, FIELDS);
  const name = (id: string) => profiles.find((p) => p.id === id)?.name ?? id;
  const assign = () => {
    if (!targetId) return;
    set.mutate(
      { ...(target === 'category' ? { categoryId: targetId } : { modelId: targetId }), profileId },
      {
        onSuccess: () => {
          notifySuccess(profileId ? `Profile ${name(profileId)} set.` : 'Setting removed.');
          setTargetId(null);
        },
      },
    );
  };
  if (defaults.isError) return <QueryError error={defaults.error} />;
  const rows = defaults.data?.items ?? [];
  return (
    <Stack>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No category or model has its own profile in this book: assets follow the book's default profile.
        </Text>
      ) : (
        <Table fz="sm" striped aria-label="Profiles per category and model">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>For</Table.Th>
              <Table.Th>Profile</Table.Th>
              <Table.Th aria-label="Actions" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.categoryName ? `Category ${d.categoryName}` : `Model ${d.modelName}`}</Table.Td>
                <Table.Td>{name(d.profileId)}</Table.Td>
                <Table.Td>
                  <Tooltip label="Remove (the next setting down applies)">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove the profile of ${d.categoryName ?? d.modelName}`}
                      onClick={() =>
                        set.mutate(
                          d.categoryId
                            ? { categoryId: d.categoryId, profileId: null }
                            : { modelId: d.modelId!, profileId: null },
                          { onError: (err) => notifyError('Not removed', err) },
                        )
                      }
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end" wrap="wrap" gap="sm">
        <SegmentedControl
          size="sm"
          value={target}
          onChange={(t) => {
            setTarget(t as 'category' | 'model');
            setTargetId(null);
          }}
          data={[
            { value: 'category', label: 'Category' },
            { value: 'model', label: 'Model' },
          ]}
          aria-label="Set a profile for a"
        />
        {target === 'category' ? (
          <CategoryPicker value={targetId} onChange={setTargetId} error={errors.categoryId} />
        ) : (
          <ModelPicker value={targetId} onChange={setTargetId} error={errors.modelId} />
        )}
        <Select
          label="Profile"
          placeholder="None (remove)"
          clearable
          data={profiles.filter((p) => !p.archivedAt).map((p) => ({ value: p.id, label: p.name }))}
          value={profileId}
          onChange={setProfileId}
          error={errors.profileId}
          w={220}
        />
        <Button onClick={assign} disabled={!targetId} loading={set.isPending}>
          Set
        </Button>
      </Group>
      <SaveError error={set.error} what="this book" hide={Object.keys(errors).length > 0} />
    </Stack>
  );
}
