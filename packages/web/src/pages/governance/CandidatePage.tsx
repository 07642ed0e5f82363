import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { get } from '../../lib/api.ts';
import { inLanguage, type Candidate, type VoteSummary } from './types.ts';

/** A published candidate page: profile, motivation, skills, vision. */
export function CandidatePage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['governance', 'candidate', id],
    queryFn: () => get<Candidate & { vote: VoteSummary; assemblyId: string }>(`/governance/candidates/${id}`),
  });
  const c = query.data;
  return (
    <Stack>
      <ErrorAlert error={query.error} />
      {c && (
        <>
          <Group>
            <Title order={2} data-testid="candidate-name">
              {c.name}
            </Title>
            <Badge>{c.category}</Badge>
            {c.gender && <Badge variant="light">{t(`governance.candidacy.genders.${c.gender}`)}</Badge>}
          </Group>
          <Anchor component={Link} to={`/governance/assemblies/${c.assemblyId}`}>
            {inLanguage(c.vote.title, i18n.language)}
          </Anchor>
          {(['profile', 'motivation', 'skills', 'vision'] as const).map((field) => (
            <Card withBorder key={field}>
              <Title order={5}>{t(`governance.candidacy.${field}`)}</Title>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{c[field]}</Text>
            </Card>
          ))}
        </>
      )}
    </Stack>
  );
}
