import { Alert, Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { get } from '../../lib/api.ts';
import { date, dateTime } from '../../lib/format.ts';
import { hasRole, useSession } from '../../lib/session.ts';
import { AdminPanel } from './AdminPanel.tsx';
import { BallotForm } from './BallotForm.tsx';
import { CandidacyForm } from './CandidacyForm.tsx';
import { STATE_COLOURS } from './GovernancePage.tsx';
import { ProxyCard } from './ProxyCard.tsx';
import { inLanguage, type AssemblyView, type VoteDetail } from './types.ts';

function callOpen(vote: VoteDetail): boolean {
  if (!vote.callOpensAt || !vote.callClosesAt) return false;
  const now = Date.now();
  return Date.parse(vote.callOpensAt) <= now && now < Date.parse(vote.callClosesAt);
}

function VoteCard({ assembly, vote }: { assembly: AssemblyView; vote: VoteDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = assembly.me;
  return (
    <Card withBorder data-testid={`vote-${vote.kind}`}>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{inLanguage(vote.title, lang)}</Title>
        <Badge color={STATE_COLOURS[vote.state]}>{t(`governance.vote.state.${vote.state}`)}</Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('governance.vote.window', {
          opens: dateTime(vote.opensAt, lang),
          closes: dateTime(vote.closesAt, lang),
        })}
      </Text>
      {vote.kind === 'election' && (
        <>
          <Text size="sm" c="dimmed">
            {t('governance.vote.call', {
              opens: dateTime(vote.callOpensAt, lang),
              closes: dateTime(vote.callClosesAt, lang),
            })}
          </Text>
          <Title order={5} mt="sm">
            {t('governance.vote.candidates')}
          </Title>
          {vote.candidates.length === 0 && <Text size="sm">{t('governance.vote.noCandidates')}</Text>}
          <List>
            {vote.candidates.map((c) => (
              <List.Item key={c.id}>
                <Anchor component={Link} to={`/governance/candidates/${c.id}`}>
                  {c.name}
                </Anchor>{' '}
                ({c.category})
              </List.Item>
            ))}
          </List>
          {callOpen(vote) && me?.eligible && <CandidacyForm voteId={vote.id} />}
        </>
      )}
      {vote.closedAt && (
        <Button
          component={Link}
          to={`/governance/votes/${vote.id}/results`}
          mt="sm"
          variant="light"
          data-testid="see-results"
        >
          {t('governance.vote.results')}
        </Button>
      )}
      {vote.state === 'open' && me?.eligible && !me.proxyGiven && (
        <Stack mt="sm">
          <BallotForm vote={vote} memberId={me.memberId} alreadyVoted={vote.iVoted} />
          {me.proxiesHeld.map((p) => (
            <BallotForm
              key={p.memberId}
              vote={vote}
              memberId={me.memberId}
              onBehalfOf={p}
              alreadyVoted={vote.votedFor.includes(p.memberId)}
            />
          ))}
        </Stack>
      )}
    </Card>
  );
}

/** One assembly: practical details, documents, my rights, the votes, and the administration. */
export function AssemblyPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const lang = i18n.language;
  const query = useQuery({
    queryKey: ['governance', 'assembly', id],
    queryFn: () => get<AssemblyView>(`/governance/assemblies/${id}`),
  });
  const a = query.data;
  return (
    <Stack>
      <ErrorAlert error={query.error} />
      {a && (
        <>
          <Group justify="space-between">
            <Title order={2}>{inLanguage(a.title, lang)}</Title>
            <Badge variant="light">{t(`governance.assemblies.status.${a.status}`)}</Badge>
          </Group>
          <Card withBorder>
            <Text>
              <strong>{t('governance.assemblies.heldAt')}:</strong> {dateTime(a.heldAt, lang)}
            </Text>
            <Text>
              <strong>{t('governance.assemblies.place')}:</strong> {a.place}
            </Text>
            {a.streamUrl && (
              <Anchor href={a.streamUrl} target="_blank" rel="noreferrer">
                {t('governance.assemblies.stream')}
              </Anchor>
            )}
            <Text size="sm" c="dimmed" mt="xs">
              {t('governance.assemblies.cutoff', { date: date(a.cutoffDate, lang) })}
            </Text>
            {a.documents.length > 0 && (
              <>
                <Title order={5} mt="sm">
                  {t('governance.assemblies.documents')}
                </Title>
                <List>
                  {a.documents.map((d) => (
                    <List.Item key={d.url}>
                      <Anchor href={d.url} target="_blank" rel="noreferrer">
                        {inLanguage(d.title, lang)}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Card>
          {a.me && !a.me.eligible && (
            <Alert color="yellow" data-testid="not-eligible">
              {t('governance.vote.notEligible')}
            </Alert>
          )}
          {a.me?.eligible && a.status !== 'closed' && <ProxyCard assembly={a} />}
          {a.votes.map((v) => (
            <VoteCard key={v.id} assembly={a} vote={v} />
          ))}
          {hasRole(user, 'admin') && <AdminPanel assembly={a} />}
        </>
      )}
    </Stack>
  );
}
