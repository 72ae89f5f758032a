/**
 * A handheld scanner's batch file (CSV or text lines of "time,code" or just "code"): a location code
 * sets where the assets after it go. Goes through the same pipeline as live scans: importing the
 * same file again applies nothing twice. The answer is shown line by line.
 */
import { useState } from 'react';
import { Alert, Badge, Button, Card, FileInput, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { errorMessage } from '../../api/client';
import { importBatchFile, type BatchFileAction, type BatchFileResult } from '../../api/scans';
import { plural } from '../format';
import { deviceId } from './scan-store';

const ACTIONS: { value: BatchFileAction; label: string }[] = [
  { value: 'move', label: 'Move to the location scanned before' },
  { value: 'check_in', label: 'Check in at the location scanned before' },
  { value: 'return_from_repair', label: 'Return from repair to the location scanned before' },
  { value: 'mark_found', label: 'Mark found at the location scanned before' },
];

const OUTCOME_COLORS: Record<string, string> = {
  location: 'blue',
  applied: 'green',
  conflict: 'orange',
  rejected: 'red',
  unreadable: 'red',
};

export function BatchFileUpload() {
  const [file, setFile] = useState<File | null>(null);
  const [action, setAction] = useState<BatchFileAction>('move');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<BatchFileResult | null>(null);

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    setResult(null);
    try {
      setResult(await importBatchFile(await file.text(), action, deviceId()));
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder radius="md" padding="md">
      <Title order={2} fz="h4" mb={4}>
        Batch file from a handheld scanner
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Lines of time and code, or just codes. A location code sets where the assets after it go. The same file imported
        twice applies nothing twice.
      </Text>
      <Stack gap="sm">
        <Group align="flex-end" wrap="wrap">
          <FileInput
            label="File"
            placeholder="Choose a .csv or .txt file"
            accept=".csv,.txt,text/plain,text/csv"
            value={file}
            onChange={setFile}
            clearable
            w={280}
          />
          <NativeSelect
            label="Each asset is"
            data={ACTIONS}
            value={action}
            onChange={(e) => setAction(e.currentTarget.value as BatchFileAction)}
            w={340}
          />
          <Button
            leftSection={<IconFileUpload size={16} />}
            disabled={!file}
            loading={busy}
            onClick={() => void upload()}
          >
            Import the file
          </Button>
        </Group>
        {problem && (
          <Alert color="red" role="alert" title="Nothing was imported">
            {problem}
          </Alert>
        )}
        {result && (
          <>
            <Text size="sm" role="status">
              {plural(result.applied, 'scan applied', 'scans applied')},{' '}
              {plural(result.problems, 'line needs', 'lines need')} a look.
            </Text>
            <Table.ScrollContainer minWidth={480}>
              <Table striped aria-label="Lines of the file">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Line</Table.Th>
                    <Table.Th>Code</Table.Th>
                    <Table.Th>Result</Table.Th>
                    <Table.Th>What happened</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.lines.slice(0, 500).map((l) => (
                    <Table.Tr key={l.line}>
                      <Table.Td>{l.line}</Table.Td>
                      <Table.Td ff="monospace">{l.code}</Table.Td>
                      <Table.Td>
                        <Badge color={OUTCOME_COLORS[l.outcome] ?? 'gray'} variant="light">
                          {l.outcome}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{l.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {result.lines.length > 500 && (
              <Text size="xs" c="dimmed">
                The first 500 of {result.lines.length} lines.
              </Text>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
