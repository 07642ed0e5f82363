import { Button, Card, Group, Stack, Switch, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrors, post } from '../../lib/api.ts';
import { TranslatedInput, emptyTranslated } from './TranslatedInput.tsx';
import { localToIso, type Translated } from './types.ts';

/** An administrator prepares a general assembly; votes are added on the assembly's page. */
export function PrepareAssemblyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [title, setTitle] = useState<Translated>(emptyTranslated());
  const [heldAt, setHeldAt] = useState('');
  const [place, setPlace] = useState('');
  const [streamUrl, setStreamUrl] = useState('');
  const [cutoffDate, setCutoffDate] = useState('');
  const [secondConvocation, setSecondConvocation] = useState(false);
  const [documents, setDocuments] = useState<Array<{ title: Translated; url: string }>>([]);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error);

  async function submit() {
    setError(null);
    try {
      const created = await post<{ id: string }>('/governance/assemblies', {
        title,
        heldAt: localToIso(heldAt),
        place,
        ...(streamUrl ? { streamUrl } : {}),
        cutoffDate,
        secondConvocation,
        documents,
      });
      navigate(`/governance/assemblies/${created.id}`);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Stack>
      <Title order={2}>{t('governance.assemblies.prepare')}</Title>
      <TranslatedInput
        label={t('governance.admin.assemblyTitle')}
        value={title}
        onChange={setTitle}
        testId="assembly-title"
      />
      <Group grow>
        <TextInput
          type="datetime-local"
          label={t('governance.admin.heldAt')}
          value={heldAt}
          onChange={(e) => setHeldAt(e.currentTarget.value)}
          error={errors.heldAt}
          data-testid="assembly-held-at"
        />
        <TextInput
          type="date"
          label={t('governance.admin.cutoffDate')}
          value={cutoffDate}
          onChange={(e) => setCutoffDate(e.currentTarget.value)}
          error={errors.cutoffDate}
          data-testid="assembly-cutoff"
        />
      </Group>
      <TextInput
        label={t('governance.admin.place')}
        value={place}
        onChange={(e) => setPlace(e.currentTarget.value)}
        error={errors.place}
        data-testid="assembly-place"
      />
      <TextInput
        label={t('governance.admin.streamUrl')}
        value={streamUrl}
        onChange={(e) => setStreamUrl(e.currentTarget.value)}
        error={errors.streamUrl}
      />
      <Switch
        label={t('governance.admin.secondConvocation')}
        checked={secondConvocation}
        onChange={(e) => setSecondConvocation(e.currentTarget.checked)}
      />
      {documents.map((d, i) => (
        <Card withBorder key={i}>
          <TranslatedInput
            label={t('governance.admin.documentTitle')}
            value={d.title}
            onChange={(v) => setDocuments((list) => list.map((x, j) => (j === i ? { ...x, title: v } : x)))}
          />
          <TextInput
            label={t('governance.admin.documentUrl')}
            value={d.url}
            onChange={(e) => {
              const url = e.currentTarget.value;
              setDocuments((list) => list.map((x, j) => (j === i ? { ...x, url } : x)));
            }}
          />
        </Card>
      ))}
      <Group>
        <Button
          variant="subtle"
          onClick={() => setDocuments((list) => [...list, { title: emptyTranslated(), url: '' }])}
        >
          {t('governance.admin.addDocument')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      <Group>
        <Button onClick={submit} data-testid="create-assembly">
          {t('governance.admin.create')}
        </Button>
      </Group>
    </Stack>
  );
}
