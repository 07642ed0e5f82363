import { Alert, Button, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { api } from '../../lib/api.ts';
import { inLanguage, type Answer, type VoteDetail } from './types.ts';
import { rememberReceipt, storedReceipt, voterToken } from './voter-token.ts';

/**
 * The ballot of one vote for one voter (the member, or a member whose proxy they hold). The request
 * carries no idempotency key on purpose: a stored answer next to the user would link them to the receipt.
 */
export function BallotForm({
  vote,
  memberId,
  onBehalfOf,
  alreadyVoted,
}: {
  vote: VoteDetail;
  memberId: string;
  onBehalfOf?: { memberId: string; name: string };
  alreadyVoted: boolean;
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const voter = onBehalfOf?.memberId ?? memberId;
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [choices, setChoices] = useState<string[]>([]);
  const [receipt, setReceipt] = useState<string | undefined>(() => storedReceipt(vote.id, voter));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const voted = alreadyVoted || !!receipt;
  const canChange = vote.allowChange && !!storedReceipt(vote.id, voter);

  async function cast() {
    setBusy(true);
    setError(null);
    try {
      const { token } = voterToken(vote.id, voter);
      const body = vote.kind === 'resolutions' ? { token, answers } : { token, choices };
      const reply = await api<{ receipt: string }>('POST', `/governance/votes/${vote.id}/ballots`, {
        ...body,
        ...(onBehalfOf ? { onBehalfOf: onBehalfOf.memberId } : {}),
      });
      rememberReceipt(vote.id, voter, reply.receipt);
      setReceipt(reply.receipt);
      await client.invalidateQueries({ queryKey: ['governance'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const max = vote.maxChoices ?? 0;
  return (
    <Stack gap="sm" data-testid={`ballot-${vote.kind}`}>
      {onBehalfOf && <Text fw={600}>{t('governance.vote.castFor', { name: onBehalfOf.name })}</Text>}
      {receipt && (
        <Alert color="green" title={t('governance.vote.receipt')} data-testid="receipt-box">
          <Text ff="monospace" fz="xl" fw={700} data-testid="receipt">
            {receipt}
          </Text>
          <Text size="sm">{t('governance.vote.receiptHelp')}</Text>
          <Text size="sm">
            {vote.allowChange ? t('governance.vote.changeHelp') : t('governance.vote.noChange')}
          </Text>
        </Alert>
      )}
      {voted && !receipt && <Alert color="green">{t('governance.vote.voted')}</Alert>}
      {(!voted || canChange) && (
        <>
          {vote.kind === 'resolutions' &&
            vote.resolutions.map((r) => (
              <Radio.Group
                key={r.id}
                label={`${r.position}. ${inLanguage(r.title, i18n.language)}`}
                description={`${inLanguage(r.body, i18n.language)} (${t(`governance.vote.kindOf.${r.kind}`)})`}
                value={answers[r.id] ?? ''}
                onChange={(value) => setAnswers((a) => ({ ...a, [r.id]: value as Answer }))}
              >
                <Group mt="xs">
                  {(['for', 'against', 'abstain'] as const).map((answer) => (
                    <Radio
                      key={answer}
                      value={answer}
                      label={t(`governance.vote.${answer}`)}
                      data-testid={`answer-${r.position}-${answer}`}
                    />
                  ))}
                </Group>
              </Radio.Group>
            ))}
          {vote.kind === 'election' && (
            <Checkbox.Group
              label={t('governance.vote.maxChoices', { max })}
              description={t('governance.vote.chosen', { count: choices.length, max })}
              value={choices}
              onChange={setChoices}
            >
              <Stack mt="xs" gap="xs">
                {vote.candidates.map((c) => (
                  <Group key={c.id} gap="xs">
                    <Checkbox
                      value={c.id}
                      label={`${c.name} (${c.category})`}
                      disabled={!choices.includes(c.id) && choices.length >= max}
                      data-testid={`choose-${c.name}`}
                    />
                    <Link to={`/governance/candidates/${c.id}`}>{t('governance.candidacy.page')}</Link>
                  </Group>
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <ErrorAlert error={error} />
          <Group>
            <Button onClick={cast} loading={busy} data-testid="cast-ballot">
              {voted ? t('governance.vote.change') : t('governance.vote.cast')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('governance.vote.secret')}
          </Text>
        </>
      )}
    </Stack>
  );
}
