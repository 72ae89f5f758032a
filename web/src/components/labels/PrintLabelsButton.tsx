/** A button that opens the label printing dialog for a selection (assets, a location's contents...). */
import { useState } from 'react';
import { Button, Modal, type ButtonProps } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { PrintLabels, type LabelSelection } from './PrintLabels';

export function PrintLabelsButton({
  selection,
  what,
  label = 'Print labels',
  ...button
}: { selection: LabelSelection; what: string; label?: string } & ButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => setOpen(true)} {...button}>
        {label}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={`Labels for ${what}`} size="xl">
        <PrintLabels selection={selection} what={what} />
      </Modal>
    </>
  );
}
