import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES } from '../../i18n/index.ts';
import { ApiError, fieldErrors, get, post } from '../../lib/api.ts';
import { countryName, countryOptions } from './countries.ts';
import type { Client, ClientKind } from './types.ts';

function ClientSummary({ client }: { client: Client }) {
  const { i18n } = useTranslation();
  return (
    <div>
      <Text fw={600}>{client.name}</Text>
      <Text size="sm" c="dimmed">
        {[
          client.enterpriseNumber ?? client.vatNumber,
          `${client.street}, ${client.postalCode} ${client.city}`,
        ]
          .filter(Boolean)
          .join(' · ')}
        {client.country !== 'BE' ? ` (${countryName(client.country, i18n.language)})` : ''}
      </Text>
    </div>
  );
}

const EMPTY = {
  kind: 'company' as ClientKind,
  name: '',
  enterpriseNumber: '',
  vatNumber: '',
  street: '',
  postalCode: '',
  city: '',
  country: 'BE',
  email: '',
  language: 'fr',
  paymentTermsDays: 30 as number | string,
  buyerReference: '',
};

/** Creates a client; the server hands back an existing company with the same number instead of a copy. */
function NewClientForm({ onCreated }: { onCreated: (client: Client, existing: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const [f, setF] = useState({ ...EMPTY, language: i18n.language });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(crypto.randomUUID());
  const errors = fieldErrors(error);
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF((prev) => ({ ...prev, [k]: v }));
  const text = (
    k:
      | 'name'
      | 'enterpriseNumber'
      | 'vatNumber'
      | 'street'
      | 'postalCode'
      | 'city'
      | 'email'
      | 'buyerReference',
  ) => ({
    value: f[k],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(k, e.currentTarget.value),
    error: errors[k],
    name: `client-${k}`,
  });
  const organisation = f.kind !== 'person';
  const known = [
    'kind',
    'name',
    'enterpriseNumber',
    'vatNumber',
    'street',
    'postalCode',
    'city',
    'country',
    'email',
    'language',
    'paymentTermsDays',
    'buyerReference',
  ];
  const other = error instanceof ApiError ? error.errors.filter((e) => !known.includes(e.field)) : [];

  async function create() {
    setBusy(true);
    setError(null);
    try {
      const optional = (v: string) => (v.trim() ? v.trim() : undefined);
      const result = await post<{ client: Client; existing: boolean }>(
        '/clients',
        {
          kind: f.kind,
          name: f.name,
          country: f.country,
          enterpriseNumber: organisation ? optional(f.enterpriseNumber) : undefined,
          vatNumber: organisation ? optional(f.vatNumber) : undefined,
          street: f.street,
          postalCode: f.postalCode,
          city: f.city,
          email: f.email,
          language: f.language,
          paymentTermsDays: Number(f.paymentTermsDays),
          buyerReference: optional(f.buyerReference),
        },
        key.current,
      );
      onCreated(result.client, result.existing);
    } catch (e) {
      setError(e);
      key.current = crypto.randomUUID();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" data-testid="new-client-form">
      <Stack>
        <SegmentedControl
          value={f.kind}
          onChange={(v) => set('kind', v as ClientKind)}
          data={[
            { value: 'company', label: t('contracts.client.kind.company') },
            { value: 'person', label: t('contracts.client.kind.person') },
            { value: 'public_body', label: t('contracts.client.kind.public_body') },
          ]}
          fullWidth
          data-testid="client-kind"
        />
        {error !== null && (errors.kind || other.length > 0 || Object.keys(errors).length === 0) ? (
          <Alert color="red" role="alert" data-testid="error">
            {error instanceof ApiError ? error.title : t('common.errorTitle')}
            {[errors.kind, ...other.map((o) => o.message)].filter(Boolean).map((m) => (
              <Text size="sm" key={m}>
                {m}
              </Text>
            ))}
          </Alert>
        ) : null}
        <TextInput
          label={f.kind === 'person' ? t('contracts.client.personName') : t('contracts.client.name')}
          required
          {...text('name')}
        />
        {organisation && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('contracts.client.enterpriseNumber')}
              description={f.country === 'BE' ? t('contracts.client.enterpriseHelp') : undefined}
              {...text('enterpriseNumber')}
            />
            <TextInput label={t('contracts.client.vatNumber')} {...text('vatNumber')} />
          </SimpleGrid>
        )}
        <TextInput label={t('contracts.client.street')} required {...text('street')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('contracts.client.postalCode')} required {...text('postalCode')} />
          <TextInput label={t('contracts.client.city')} required {...text('city')} />
          <Select
            label={t('contracts.client.country')}
            data={countryOptions(i18n.language)}
            value={f.country}
            onChange={(v) => v && set('country', v)}
            searchable
            allowDeselect={false}
            error={errors.country}
            name="client-country"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('contracts.client.email')}
            description={t('contracts.client.emailHelp')}
            type="email"
            required
            {...text('email')}
          />
          <Select
            label={t('contracts.client.language')}
            description={t('contracts.client.languageHelp')}
            data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            value={f.language}
            onChange={(v) => v && set('language', v)}
            allowDeselect={false}
            error={errors.language}
            name="client-language"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('contracts.client.paymentTerms')}
            suffix={` ${t('contracts.client.daysUnit')}`}
            min={0}
            max={120}
            allowDecimal={false}
            value={f.paymentTermsDays}
            onChange={(v) => set('paymentTermsDays', v)}
            error={errors.paymentTermsDays}
            name="client-paymentTermsDays"
          />
          {f.kind === 'public_body' && (
            <TextInput label={t('contracts.client.buyerReference')} {...text('buyerReference')} />
          )}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button onClick={create} loading={busy} data-testid="client-create">
            {t('contracts.client.create')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Step 1 of the declaration: find the client among those already known, or create it. */
export function ClientStep({
  client,
  onChange,
  error,
}: {
  client: Client | null;
  onChange: (client: Client | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [query] = useDebouncedValue(q.trim(), 250);
  const results = useQuery({
    queryKey: ['clients', query],
    queryFn: () => get<Client[]>(`/clients?q=${encodeURIComponent(query)}&limit=8`),
    enabled: !client && !creating && query.length >= 2,
    placeholderData: keepPreviousData,
  });

  if (client) {
    return (
      <Stack mt="md">
        {notice && (
          <Alert color="blue" data-testid="client-existing">
            {notice}
          </Alert>
        )}
        <Card withBorder data-testid="client-selected">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <ClientSummary client={client} />
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => {
                setNotice(null);
                onChange(null);
              }}
            >
              {t('contracts.client.change')}
            </Button>
          </Group>
        </Card>
      </Stack>
    );
  }

  return (
    <Stack mt="md">
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {!creating && (
        <>
          <TextInput
            label={t('contracts.client.search')}
            placeholder={t('contracts.client.searchPlaceholder')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            name="client-search"
            data-autofocus
          />
          {query.length >= 2 && results.data?.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('contracts.client.noResult')}
            </Text>
          )}
          <Stack gap={6}>
            {(query.length >= 2 ? (results.data ?? []) : []).map((c) => (
              <UnstyledButton key={c.id} onClick={() => onChange(c)} data-testid="client-result">
                <Paper withBorder p="sm">
                  <ClientSummary client={c} />
                </Paper>
              </UnstyledButton>
            ))}
          </Stack>
        </>
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {creating ? t('contracts.client.newIntro') : t('contracts.client.notFound')}
        </Text>
        <Button variant="light" onClick={() => setCreating((c) => !c)} data-testid="client-new">
          {creating ? t('contracts.client.backToSearch') : t('contracts.client.new')}
        </Button>
      </Group>
      {creating && (
        <NewClientForm
          onCreated={(created, existing) => {
            setCreating(false);
            setNotice(existing ? t('contracts.client.existing', { name: created.name }) : null);
            onChange(created);
          }}
        />
      )}
    </Stack>
  );
}
