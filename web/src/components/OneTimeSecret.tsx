import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';

/**
 * A secret the server returns once (an API token, a temporary password): shown with a copy button
 * and a warning, and forgotten when the dialog closes.
 */
export function OneTimeSecret({
  title,
  secret,
  description,
  onClose,
}: {
  title: string;
  secret: string | null;
  description: string;
  onClose: () => void;
}) {
  return (
    <Modal opened={secret !== null} onClose={onClose} title={title} size="lg" closeOnClickOutside={false}>
      <Stack>
        <Alert color="yellow" icon={<IconAlertTriangle />} title="Copy it now">
          {description} It will not be shown again.
        </Alert>
        <Code block data-testid="one-time-secret" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} fz="md">
          {secret}
        </Code>
        <Group justify="space-between">
          <CopyButton value={secret ?? ''}>
            {({ copied, copy }) => (
              <Button
                color={copied ? 'teal' : undefined}
                leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                onClick={copy}
              >
                {copied ? 'Copied' : 'Copy to clipboard'}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onClose}>
            I have saved it
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          Quartermaster keeps only a hash of it: nobody can read it back later.
        </Text>
      </Stack>
    </Modal>
  );
}
