import { Alert, Anchor, Button, Code, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { CustomField, CustomFieldReport } from '../../api/types';
import { formatCount, plural } from '../format';

function show(value: unknown): string {
  if (value === null || value === undefined) return '(empty)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * After a change to a field's definition: the values already stored in assets that no longer fit.
 * They are kept as they are (never dropped); each asset needs a look.
 */
export function FieldReportModal({
  field,
  report,
  onClose,
}: {
  field: CustomField;
  report: CustomFieldReport;
  onClose: () => void;
}) {
  const shown = report.incompatible.length;
  return (
    <Modal opened onClose={onClose} title={`Existing values of ${field.label}`} size="xl">
      <Stack>
        <Alert
          color="orange"
          icon={<IconAlertTriangle />}
          title={`${plural(report.total, 'asset has', 'assets have')} a value that no longer fits`}
        >
          The change was saved. These values were kept as they were: correct them on each asset (or change the field
          back).
          {report.total > shown && ` The first ${formatCount(shown)} are listed.`}
        </Alert>
        <Table.ScrollContainer minWidth={520}>
          <Table striped fz="sm" aria-label="Values that no longer fit">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Asset</Table.Th>
                <Table.Th>Stored value</Table.Th>
                <Table.Th>Problem</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.incompatible.map((row) => (
                <Table.Tr key={row.assetId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/assets/${row.assetId}`} ff="monospace" size="sm" onClick={onClose}>
                      {row.tag}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Code>{show(row.value)}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{row.message}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="flex-end">
          <Button onClick={onClose}>Close</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
