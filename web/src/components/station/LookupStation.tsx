/** Look-up mode: each scan says what the code is, with a link to its page. Nothing changes. */
import { useEffect, useState } from 'react';
import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { pathOf, type LookupResult } from '../../api/lookup';
import { resolveCode } from './resolve';
import type { HandlerSlot } from './types';

export function LookupStation({ slot }: { slot: HandlerSlot }) {
  const [seen, setSeen] = useState<{ key: number; result: LookupResult }[]>([]);

  useEffect(() => {
    slot.current = async (code) => {
      const found = await resolveCode(code);
      if (found.offline && !found.result) {
        return { tone: 'error', title: 'No connection', detail: 'Looking up needs the server.' };
      }
      const result = found.result!;
      setSeen((s) => [{ key: Date.now() + Math.random(), result }, ...s].slice(0, 50));
      return result.match
        ? { tone: 'ok', title: result.match.label, detail: result.message }
        : { tone: 'error', title: 'Not recognised', detail: result.message };
    };
  });

  return (
    <Card withBorder radius="md" padding="md">
      <Title order={2} fz="h4" mb="sm">
        Looked up
      </Title>
      {seen.length === 0 ? (
        <Text size="sm" c="dimmed">
          Scan anything: an asset, a location, a badge, a carton’s GTIN.
        </Text>
      ) : (
        <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Looked up">
          {seen.map(({ key, result }) => (
            <li key={key}>
              {result.match ? (
                <Anchor component={Link} to={pathOf(result.match)} size="sm">
                  {result.match.label}
                </Anchor>
              ) : (
                <Text size="sm">{result.message}</Text>
              )}
              <Text size="xs" c="dimmed" ff="monospace">
                {result.code}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}
