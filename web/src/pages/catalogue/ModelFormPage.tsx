import { useState, type FormEvent } from 'react';
import {
  Button,
  Grid,
  Group,
  Loader,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { useModel, useSaveModel, type ModelInput } from '../../api/catalog';
import { fieldErrors } from '../../api/client';
import type { Model } from '../../api/types';
import { MONEY_PATTERN } from '../../components/format';
import { BackLink, SaveError, textOrNull } from '../../components/kit';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { CategoryPicker, ManufacturerPicker } from '../../components/pickers/pickers';
import { QueryError } from '../../components/QueryError';
import { useIsPhone } from '../../components/useIsPhone';

const FIELDS = [
  'categoryId',
  'manufacturerId',
  'name',
  'tracking',
  'modelNumber',
  'gtins',
  'expectedLifeMonths',
  'defaultUnitCost',
  'currency',
  'minStock',
  'imageUrl',
  'notes',
] as const;

const numberOrNull = (v: number | string) => (v === '' ? null : Number(v));

function ModelForm({ model }: { model?: Model }) {
  const navigate = useNavigate();
  const isPhone = useIsPhone();
  const save = useSaveModel(model?.id);
  const [categoryId, setCategoryId] = useState<string | null>(model?.categoryId ?? null);
  const [manufacturerId, setManufacturerId] = useState<string | null>(model?.manufacturerId ?? null);
  const [name, setName] = useState(model?.name ?? '');
  const [modelNumber, setModelNumber] = useState(model?.modelNumber ?? '');
  const [gtins, setGtins] = useState<string[]>(model?.gtins ?? []);
  const [tracking, setTracking] = useState<Model['tracking']>(model?.tracking ?? 'individual');
  const [life, setLife] = useState<number | string>(model?.expectedLifeMonths ?? '');
  const [cost, setCost] = useState(model?.defaultUnitCost ?? '');
  const [currency, setCurrency] = useState(model?.currency ?? '');
  const [minStock, setMinStock] = useState<number | string>(model?.minStock ?? '');
  const [imageUrl, setImageUrl] = useState(model?.imageUrl ?? '');
  const [notes, setNotes] = useState(model?.notes ?? '');
  const [local, setLocal] = useState<{ defaultUnitCost?: string; currency?: string; categoryId?: string }>({});
  const server = fieldErrors(save.error, FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: typeof local = {};
    if (!categoryId) problems.categoryId = 'Pick the category the model belongs to.';
    if (cost.trim() && !MONEY_PATTERN.test(cost.trim()))
      problems.defaultUnitCost = 'Write the amount with a dot and at most two decimals, e.g. 1299.00.';
    if (currency.trim() && !/^[A-Za-z]{3}$/.test(currency.trim()))
      problems.currency = 'A three-letter ISO code, e.g. EUR, USD, GBP.';
    if (cost.trim() && !currency.trim()) problems.currency = 'Say which currency the cost is in.';
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const body: ModelInput = {
      categoryId: categoryId!,
      manufacturerId,
      name: name.trim(),
      tracking,
      modelNumber: textOrNull(modelNumber),
      gtins: gtins.map((g) => g.trim()).filter(Boolean),
      expectedLifeMonths: numberOrNull(life),
      defaultUnitCost: textOrNull(cost),
      currency: textOrNull(currency)?.toUpperCase() ?? null,
      minStock: numberOrNull(minStock),
      imageUrl: textOrNull(imageUrl),
      notes: textOrNull(notes),
    };
    save.mutate(model ? { ...body, version: model.version } : body, {
      onSuccess: (saved) => {
        notifySuccess(`Model ${saved.name} ${model ? 'saved' : 'created'}.`);
        void navigate(`/catalogue/models/${saved.id}`);
      },
    });
  };

  const errors = { ...server, ...local };
  return (
    <form onSubmit={submit} noValidate aria-label={model ? `Edit ${model.name}` : 'New model'}>
      <Stack maw={880}>
        <SaveError error={save.error} what="this model" hide={Object.keys(server).length > 0} />
        <Paper withBorder p="lg" radius="md">
          <Stack>
            <Text fw={600}>What it is</Text>
            <Grid>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <CategoryPicker
                  value={categoryId}
                  onChange={setCategoryId}
                  required
                  error={errors.categoryId}
                  placeholder="Search categories"
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <ManufacturerPicker
                  value={manufacturerId}
                  onChange={setManufacturerId}
                  error={errors.manufacturerId}
                  placeholder="Search manufacturers"
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label="Name"
                  required
                  value={name}
                  onChange={(e) => setName(e.currentTarget.value)}
                  error={errors.name}
                  placeholder="Latitude 7450"
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput
                  label="Model number"
                  value={modelNumber}
                  onChange={(e) => setModelNumber(e.currentTarget.value)}
                  error={errors.modelNumber}
                  placeholder="Manufacturer's part number"
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <TagsInput
                  label="GTINs (EAN / UPC barcodes)"
                  description="Scan or type each code from the box and press Enter. Receiving by scanning a carton finds the model by these."
                  value={gtins}
                  onChange={setGtins}
                  error={errors.gtins}
                  clearable
                  splitChars={[',', ' ']}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <Text size="sm" fw={500} mb={4} id="tracking-label">
                  Tracking
                </Text>
                <SegmentedControl
                  aria-labelledby="tracking-label"
                  value={tracking}
                  onChange={(v) => setTracking(v as Model['tracking'])}
                  data={[
                    { value: 'individual', label: 'Individual: each unit has a tag' },
                    { value: 'quantity', label: 'By quantity: a count per location' },
                  ]}
                  fullWidth
                  orientation={isPhone ? 'vertical' : 'horizontal'}
                />
                <Text size="xs" c={errors.tracking ? 'var(--mantine-color-error)' : 'dimmed'} mt={4}>
                  {errors.tracking ??
                    'Laptops and monitors are tracked one by one; cables and toner by quantity. Fixed once assets exist.'}
                </Text>
              </Grid.Col>
            </Grid>
          </Stack>
        </Paper>
        <Paper withBorder p="lg" radius="md">
          <Stack>
            <Text fw={600}>Cost, life and stock</Text>
            <Grid>
              <Grid.Col span={{ base: 8, sm: 4 }}>
                <TextInput
                  label="Default unit cost"
                  inputMode="decimal"
                  value={cost}
                  onChange={(e) => setCost(e.currentTarget.value)}
                  error={errors.defaultUnitCost}
                  placeholder="1299.00"
                />
              </Grid.Col>
              <Grid.Col span={{ base: 4, sm: 2 }}>
                <TextInput
                  label="Currency"
                  value={currency}
                  onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
                  error={errors.currency}
                  placeholder="EUR"
                  maxLength={3}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <NumberInput
                  label="Expected life (months)"
                  min={1}
                  max={600}
                  allowDecimal={false}
                  value={life}
                  onChange={setLife}
                  error={errors.expectedLifeMonths}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <NumberInput
                  label="Minimum stock"
                  min={0}
                  allowDecimal={false}
                  value={minStock}
                  onChange={setMinStock}
                  error={errors.minStock}
                  description="Below this, it is flagged"
                />
              </Grid.Col>
            </Grid>
          </Stack>
        </Paper>
        <Paper withBorder p="lg" radius="md">
          <Stack>
            <TextInput
              label="Image URL"
              description="A picture of the model on the manufacturer's site."
              type="url"
              value={imageUrl}
              onChange={(e) => setImageUrl(e.currentTarget.value)}
              error={errors.imageUrl}
            />
            <Textarea
              label="Notes"
              autosize
              minRows={3}
              value={notes}
              onChange={(e) => setNotes(e.currentTarget.value)}
              error={errors.notes}
            />
          </Stack>
        </Paper>
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => void navigate(model ? `/catalogue/models/${model.id}` : '/catalogue/models')}
          >
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!name.trim()}>
            {model ? 'Save model' : 'Create model'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ModelFormPage() {
  const { id } = useParams();
  const model = useModel(id);
  if (id && model.isPending) return <Loader aria-label="Loading model" />;
  if (id && model.error)
    return <QueryError error={model.error} retry={model.refetch} title="Could not load this model" />;
  return (
    <>
      <BackLink to={id ? `/catalogue/models/${id}` : '/catalogue/models'}>
        {id ? model.data?.name : 'All models'}
      </BackLink>
      <PageHeader
        title={id ? `Edit ${model.data?.name}` : 'New model'}
        description="A kind of thing you buy. Its units are received, tagged and followed as assets."
      />
      <ModelForm key={model.data?.version ?? 'new'} model={model.data} />
    </>
  );
}
