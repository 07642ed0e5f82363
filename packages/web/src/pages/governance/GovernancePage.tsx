import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { get } from '../../lib/api.ts';
import { dateTime } from '../../lib/format.ts';
import { hasRole, useSession } from '../../lib/session.ts';
import { inLanguage, type AssemblySummary } from './types.ts';

export const STATE_COLOURS = { scheduled: 'gray', open: 'green', closed: 'blue' } as const;

/** General assemblies of the cooperative with their votes; administrators prepare new ones. */
export function GovernancePage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const query = useQuery({
    queryKey: ['governance', 'assemblies'],
    queryFn: () => get<{ assemblies: AssemblySummary[] }>('/governance/assemblies'),
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('governance.assemblies.title')}</Title>
        {hasRole(user, 'admin') && (
          <Button component={Link} to="/governance/prepare" data-testid="prepare-assembly">
            {t('governance.assemblies.prepare')}
          </Button>
        )}
      </Group>
      <Text c="dimmed">{t('governance.assemblies.intro')}</Text>
      <Group>
        <Anchor component={Link} to="/governance/groups">
          {t('governance.nav.groups')}
        </Anchor>
        <Anchor component={Link} to="/sessions">
          {t('governance.nav.sessions')}
        </Anchor>
      </Group>
      <ErrorAlert error={query.error} />
      {query.data?.assemblies.length === 0 && <Text>{t('governance.assemblies.none')}</Text>}
      {query.data?.assemblies.map((a) => (
        <Card withBorder key={a.id} data-testid="assembly-card">
          <Group justify="space-between" mb="xs">
            <Anchor component={Link} to={`/governance/assemblies/${a.id}`} fw={600}>
              {inLanguage(a.title, i18n.language)}
            </Anchor>
            <Badge variant="light">{t(`governance.assemblies.status.${a.status}`)}</Badge>
          </Group>
          <Text size="sm">
            {dateTime(a.heldAt, i18n.language)} · {a.place}
          </Text>
          <Group mt="xs" gap="xs">
            {a.votes.map((v) => (
              <Badge key={v.id} color={STATE_COLOURS[v.state]} variant="outline">
                {inLanguage(v.title, i18n.language)} – {t(`governance.vote.state.${v.state}`)}
              </Badge>
            ))}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
