/**
 * Print labels for a selection (assets by id, a delivery, everything at a location, locations):
 * pick the label stock and the code, then the PDF (or ZPL for a roll) downloads. More than 500
 * labels run as a background job: its progress shows here and the file downloads when it is done.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { errorMessage } from '../../api/client';
import { useJob } from '../../api/jobs';
import { download, labelJobFile, printLabels, useLabelTemplates, type LabelRequest } from '../../api/labels';
import { JobProgress } from '../JobProgress';

export type LabelSelection = Pick<LabelRequest, 'assetIds' | 'receivedWith' | 'locationId' | 'tags' | 'locationLabels'>;

const SYMBOLOGY_NAMES: Record<string, string> = {
  code128: 'Code 128 (tag)',
  qr: 'QR code (tag)',
  'qr-url': 'QR code (link to the page)',
  datamatrix: 'Data Matrix (tag)',
  'gs1-128': 'GS1-128 (GIAI)',
  'gs1-datamatrix': 'GS1 Data Matrix (GIAI)',
  'gs1-qr': 'GS1 QR (GIAI)',
};

const STORE_KEY = 'qm-label-template';

export function PrintLabels({ selection, what }: { selection: LabelSelection; what: string }) {
  const templates = useLabelTemplates();
  const [templateId, setTemplateId] = useState<string | null>(() => localStorage.getItem(STORE_KEY));
  const [symbology, setSymbology] = useState<string | null>(null);
  const [format, setFormat] = useState<'pdf' | 'zpl'>('pdf');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);

  const items = templates.data?.items ?? [];
  const template = items.find((t) => t.id === templateId) ?? items[0];

  useEffect(() => {
    const j = job.data;
    if (!jobId || !j || j.status !== 'completed') return;
    setJobId(null);
    labelJobFile(j.id)
      .then(({ blob, fileName }) => {
        download(blob, fileName);
        setDone(`${fileName} downloaded.`);
      })
      .catch((err: unknown) => setProblem(errorMessage(err)));
  }, [job.data, jobId]);

  const print = async () => {
    if (!template) return;
    setBusy(true);
    setProblem(null);
    setDone(null);
    try {
      const outcome = await printLabels({
        template: template.id as LabelRequest['template'],
        ...(symbology ? { symbology: symbology as LabelRequest['symbology'] } : {}),
        format: template.formats.includes(format) ? format : 'pdf',
        skip: 0,
        ...selection,
      });
      if (outcome.kind === 'job') setJobId(outcome.job.id);
      else {
        download(outcome.blob, outcome.fileName);
        setDone(`${outcome.labels} ${outcome.labels === 1 ? 'label' : 'labels'} in ${outcome.fileName}.`);
      }
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const running = job.data && jobId ? job.data : null;
  return (
    <Stack gap="sm">
      <Group align="flex-end" wrap="wrap">
        <Select
          label="Label stock"
          data={items.map((t) => ({ value: t.id, label: t.title }))}
          value={template?.id ?? null}
          onChange={(v) => {
            setTemplateId(v);
            if (v) localStorage.setItem(STORE_KEY, v);
          }}
          allowDeselect={false}
          w={260}
        />
        <Select
          label="Code"
          placeholder={
            template ? `Default: ${SYMBOLOGY_NAMES[template.defaultSymbology] ?? template.defaultSymbology}` : ''
          }
          data={Object.entries(SYMBOLOGY_NAMES).map(([value, label]) => ({ value, label }))}
          value={symbology}
          onChange={setSymbology}
          clearable
          w={240}
        />
        {template?.formats.includes('zpl') && (
          <Select
            label="File"
            data={[
              { value: 'pdf', label: 'PDF' },
              { value: 'zpl', label: 'ZPL (Zebra printer)' },
            ]}
            value={format}
            onChange={(v) => setFormat(v === 'zpl' ? 'zpl' : 'pdf')}
            allowDeselect={false}
            w={180}
          />
        )}
        <Button
          leftSection={<IconPrinter size={16} />}
          onClick={() => void print()}
          loading={busy || Boolean(running)}
          disabled={!template}
        >
          Print labels for {what}
        </Button>
      </Group>
      {running && <JobProgress job={running} label="Labels being made" />}
      {running?.message && (
        <Text size="xs" c="dimmed">
          {running.message}
        </Text>
      )}
      {job.data?.status === 'failed' && jobId && (
        <Alert color="red">{job.data.message ?? 'The label job failed.'}</Alert>
      )}
      {problem && (
        <Alert color="red" role="alert" title="No labels printed">
          {problem}
        </Alert>
      )}
      {done && (
        <Text size="sm" role="status">
          {done}
        </Text>
      )}
    </Stack>
  );
}
