import type { ReactNode } from 'react';
import { Anchor, Text } from '@mantine/core';
import type { CustomField } from '../../api/types';
import { formatDay } from '../format';

/** A stored custom value as the reader expects it (dates formatted, yes/no, links). */
export function customValueText(field: Pick<CustomField, 'type'>, value: unknown): ReactNode {
  if (value === null || value === undefined || value === '') return null;
  switch (field.type) {
    case 'boolean':
      return value === true || value === 'true' ? 'Yes' : 'No';
    case 'date':
      return formatDay(String(value));
    case 'url':
      return (
        <Anchor href={String(value)} target="_blank" rel="noreferrer" size="sm">
          {String(value)}
        </Anchor>
      );
    case 'email':
      return (
        <Anchor href={`mailto:${String(value)}`} size="sm">
          {String(value)}
        </Anchor>
      );
    case 'ip':
    case 'mac':
      return (
        <Text size="sm" ff="monospace" component="span">
          {String(value)}
        </Text>
      );
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}
