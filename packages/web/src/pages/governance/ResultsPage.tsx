import { Alert, Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ApiError, get } from '../../lib/api.ts';
import {
  inLanguage,
  type PublishedBallot,
  type Results,
  type Translated,
  type VoteSummary,
} from './types.ts';

function ReceiptCheck({ voteId, describe }: { voteId: string; describe: (b: PublishedBallot) => string }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [found, setFound] = useState<PublishedBallot | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  async function check() {
    setError(null);
    try {
      setFound(
        await get<PublishedBallot>(`/governance/votes/${voteId}/receipts/${encodeURIComponent(code.trim())}`),
      );
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) setFound(null);
      else setError(e);
    }
  }
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('governance.results.check')}
      </Title>
      <Group align="end">
        <TextInput
          label={t('governance.results.code')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          data-testid="receipt-input"
        />
        <Button onClick={check} disabled={code.trim().length < 4} data-testid="check-receipt">
          {t('governance.results.check')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {found && (
        <Alert color="green" mt="sm" data-testid="receipt-found">
          {t('governance.results.found')} {describe(found)}
        </Alert>
      )}
      {found === null && (
        <Alert color="red" mt="sm" data-testid="receipt-not-found">
          {t('governance.results.notFound')}
        </Alert>
      )}
    </Card>
  );
}

/** Results of a closed vote, every published ballot, and the receipt check. */
export function ResultsPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const results = useQuery({
    queryKey: ['governance', 'results', id],
    queryFn: () =>
      get<{
        vote: VoteSummary & { assemblyId: string };
        resolutions: Array<{ id: string; position: number; title: Translated }>;
        results: Results;
      }>(`/governance/votes/${id}/results`),
  });
  const ballots = useQuery({
    queryKey: ['governance', 'ballots', id],
    queryFn: () => get<{ ballots: PublishedBallot[] }>(`/governance/votes/${id}/ballots`),
  });
  const r = results.data?.results;
  const resolutionTitle = (rid: string) => {
    const res = results.data?.resolutions.find((x) => x.id === rid);
    return res ? `${res.position}. ${inLanguage(res.title, lang)}` : rid.slice(0, 8);
  };
  const candidateName = (cid: string) => r?.candidates?.find((c) => c.id === cid)?.name ?? cid.slice(0, 8);
  const describe = (b: PublishedBallot) =>
    b.content.kind === 'resolutions'
      ? Object.entries(b.content.answers)
          .map(([rid, a]) => `${resolutionTitle(rid)}: ${t(`governance.vote.${a}`)}`)
          .join(' · ')
      : b.content.choices.map(candidateName).join(', ') || '–';
  const elected = new Map(r?.allocation?.elected.map((e) => [e.candidateId, e]) ?? []);

  return (
    <Stack>
      <ErrorAlert error={results.error} />
      {results.data && r && (
        <>
          <Title order={2}>
            {t('governance.results.title')} – {inLanguage(results.data.vote.title, lang)}
          </Title>
          <Card withBorder>
            <Group>
              <Text>
                {t('governance.results.electorate')}:{' '}
                <strong data-testid="electorate">{r.electorate.voters}</strong>
              </Text>
              <Text>
                {t('governance.results.voters')}:{' '}
                <strong data-testid="voters">{r.participation.voters}</strong>
              </Text>
              <Text>
                {t('governance.results.ballots')}: <strong>{r.ballots}</strong>
              </Text>
              {r.blank !== undefined && (
                <Text>
                  {t('governance.results.blank')}: <strong>{r.blank}</strong>
                </Text>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {t('governance.results.byChannel', {
                online: r.participation.byChannel.online ?? 0,
                proxy: r.participation.byChannel.proxy ?? 0,
                room: r.participation.byChannel.room ?? 0,
              })}
            </Text>
          </Card>
          {r.resolutions && (
            <Table striped withTableBorder data-testid="resolution-results">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('governance.results.resolution')}</Table.Th>
                  <Table.Th>{t('governance.vote.for')}</Table.Th>
                  <Table.Th>{t('governance.vote.against')}</Table.Th>
                  <Table.Th>{t('governance.vote.abstain')}</Table.Th>
                  <Table.Th>{t('governance.results.needed')}</Table.Th>
                  <Table.Th>{t('governance.results.byCategory')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.resolutions.map((res) => (
                  <Table.Tr key={res.resolutionId}>
                    <Table.Td>{resolutionTitle(res.resolutionId)}</Table.Td>
                    <Table.Td>{res.counts.for}</Table.Td>
                    <Table.Td>{res.counts.against}</Table.Td>
                    <Table.Td>{res.counts.abstain}</Table.Td>
                    <Table.Td>{res.needed}</Table.Td>
                    <Table.Td>
                      {Object.entries(res.byCategory)
                        .map(([cat, c]) => `${cat}: ${c.for}/${c.against}/${c.abstain}`)
                        .join(' · ')}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={res.outcome === 'adopted' ? 'green' : 'red'}>
                        {t(`governance.results.outcome.${res.outcome}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {r.candidates && (
            <Table striped withTableBorder data-testid="election-results">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('governance.candidacy.page')}</Table.Th>
                  <Table.Th>{t('governance.candidacy.category')}</Table.Th>
                  <Table.Th>{t('governance.results.votes')}</Table.Th>
                  <Table.Th>{t('governance.results.byCategory')}</Table.Th>
                  <Table.Th>{t('governance.results.lot')}</Table.Th>
                  <Table.Th>{t('governance.results.elected')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...r.candidates]
                  .sort(
                    (a, b) =>
                      (r.allocation?.ranking.indexOf(a.id) ?? 0) - (r.allocation?.ranking.indexOf(b.id) ?? 0),
                  )
                  .map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{c.name}</Table.Td>
                      <Table.Td>{c.category}</Table.Td>
                      <Table.Td>{c.votes}</Table.Td>
                      <Table.Td>
                        {Object.entries(c.byCategory)
                          .map(([cat, n]) => `${cat}: ${n}`)
                          .join(' · ')}
                      </Table.Td>
                      <Table.Td>{c.lot}</Table.Td>
                      <Table.Td>
                        {elected.has(c.id) && (
                          <Badge color="green">
                            {t('governance.results.elected')}
                            {elected.get(c.id)!.byParity ? ` (${t('governance.results.byParity')})` : ''}
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          )}
          {r.allocation && r.allocation.problems.length > 0 && (
            <Alert color="yellow" title={t('governance.results.problems')}>
              {r.allocation.problems.map((p, i) => (
                <Text key={i} size="sm">
                  {t(`governance.results.problem.${p.code.replace('governance.allocation.', '')}`, {
                    ...p,
                    gender: p.gender ? t(`governance.candidacy.genders.${p.gender}`) : '',
                  })}
                </Text>
              ))}
            </Alert>
          )}
          <ReceiptCheck voteId={id!} describe={describe} />
          <Card withBorder>
            <Title order={4}>{t('governance.results.ballotsTitle')}</Title>
            <Text size="sm" c="dimmed" mb="xs">
              {t('governance.results.ballotsHelp')}
            </Text>
            <Table data-testid="published-ballots">
              <Table.Tbody>
                {ballots.data?.ballots.map((b) => (
                  <Table.Tr key={b.receipt}>
                    <Table.Td ff="monospace">{b.receipt}</Table.Td>
                    <Table.Td>{b.category}</Table.Td>
                    <Table.Td>{describe(b)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        </>
      )}
    </Stack>
  );
}
