import { Alert, Button, Select, Stack, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrors, post } from '../../lib/api.ts';

/** The online candidacy form: profile, motivation, skills, vision, category and gender. */
export function CandidacyForm({ voteId }: { voteId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form, setForm] = useState({
    category: 'A',
    gender: '',
    profile: '',
    motivation: '',
    skills: '',
    vision: '',
  });
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const errors = fieldErrors(error);
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  async function submit() {
    setError(null);
    try {
      await post(`/governance/votes/${voteId}/candidates`, {
        category: form.category,
        ...(form.gender ? { gender: form.gender } : {}),
        profile: form.profile,
        motivation: form.motivation,
        skills: form.skills,
        vision: form.vision,
      });
      setDone(true);
      await client.invalidateQueries({ queryKey: ['governance'] });
    } catch (e) {
      setError(e);
    }
  }

  if (done) return <Alert color="green">{t('governance.candidacy.done')}</Alert>;
  return (
    <Stack gap="xs" data-testid="candidacy-form">
      <Title order={5}>{t('governance.candidacy.title')}</Title>
      <Select
        label={t('governance.candidacy.category')}
        data={['A', 'B', 'C']}
        value={form.category}
        onChange={(v) => set('category')(v ?? 'A')}
        error={errors.category}
      />
      <Select
        label={t('governance.candidacy.gender')}
        data={(['female', 'male', 'x'] as const).map((g) => ({
          value: g,
          label: t(`governance.candidacy.genders.${g}`),
        }))}
        value={form.gender || null}
        onChange={(v) => set('gender')(v ?? '')}
        clearable
        error={errors.gender}
      />
      {(['profile', 'motivation', 'skills', 'vision'] as const).map((field) => (
        <Textarea
          key={field}
          name={field}
          label={t(`governance.candidacy.${field}`)}
          value={form[field]}
          onChange={(e) => set(field)(e.currentTarget.value)}
          error={errors[field]}
          autosize
          minRows={2}
          required
        />
      ))}
      <ErrorAlert error={error} />
      <Button onClick={submit} data-testid="submit-candidacy">
        {t('governance.candidacy.submit')}
      </Button>
    </Stack>
  );
}
