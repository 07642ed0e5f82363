import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { api, get, post } from '../../lib/api.ts';
import { dateTime } from '../../lib/format.ts';
import { TranslatedInput, emptyTranslated } from './TranslatedInput.tsx';
import {
  inLanguage,
  localToIso,
  type Answer,
  type AssemblyView,
  type Translated,
  type VoteDetail,
} from './types.ts';

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['governance'] });
}

const KINDS = ['ordinary', 'two_thirds', 'statutory_change', 'purpose_change'] as const;

function AddVoteForm({ assemblyId }: { assemblyId: string }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [kind, setKind] = useState<'resolutions' | 'election'>('resolutions');
  const [title, setTitle] = useState<Translated>(emptyTranslated());
  const [opensAt, setOpensAt] = useState('');
  const [closesAt, setClosesAt] = useState('');
  const [callOpensAt, setCallOpensAt] = useState('');
  const [callClosesAt, setCallClosesAt] = useState('');
  const [maxChoices, setMaxChoices] = useState<number | string>(18);
  const [allowChange, setAllowChange] = useState(true);
  const [resolutions, setResolutions] = useState([
    { kind: 'ordinary', title: emptyTranslated(), body: emptyTranslated() },
  ]);
  const [error, setError] = useState<unknown>(null);

  async function create() {
    setError(null);
    try {
      const base = { kind, title, opensAt: localToIso(opensAt), closesAt: localToIso(closesAt), allowChange };
      await post(
        `/governance/assemblies/${assemblyId}/votes`,
        kind === 'resolutions'
          ? { ...base, resolutions }
          : {
              ...base,
              maxChoices: Number(maxChoices),
              callOpensAt: localToIso(callOpensAt),
              callClosesAt: localToIso(callClosesAt),
            },
      );
      await refresh();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Stack gap="xs" data-testid="add-vote">
      <Title order={5}>{t('governance.admin.addVote')}</Title>
      <SegmentedControl
        value={kind}
        onChange={(v) => setKind(v as typeof kind)}
        data={[
          { value: 'resolutions', label: t('governance.vote.kind.resolutions') },
          { value: 'election', label: t('governance.vote.kind.election') },
        ]}
        data-testid="vote-kind"
      />
      <TranslatedInput
        label={t('governance.admin.voteTitle')}
        value={title}
        onChange={setTitle}
        testId="vote-title"
      />
      {kind === 'election' && (
        <Group grow>
          <TextInput
            type="datetime-local"
            label={t('governance.admin.callOpensAt')}
            value={callOpensAt}
            onChange={(e) => setCallOpensAt(e.currentTarget.value)}
            data-testid="call-opens"
          />
          <TextInput
            type="datetime-local"
            label={t('governance.admin.callClosesAt')}
            value={callClosesAt}
            onChange={(e) => setCallClosesAt(e.currentTarget.value)}
            data-testid="call-closes"
          />
        </Group>
      )}
      <Group grow>
        <TextInput
          type="datetime-local"
          label={t('governance.admin.opensAt')}
          value={opensAt}
          onChange={(e) => setOpensAt(e.currentTarget.value)}
          data-testid="vote-opens"
        />
        <TextInput
          type="datetime-local"
          label={t('governance.admin.closesAt')}
          value={closesAt}
          onChange={(e) => setClosesAt(e.currentTarget.value)}
          data-testid="vote-closes"
        />
      </Group>
      {kind === 'election' && (
        <NumberInput
          label={t('governance.admin.maxChoices')}
          value={maxChoices}
          onChange={setMaxChoices}
          min={1}
          max={100}
          data-testid="max-choices"
        />
      )}
      <Switch
        label={t('governance.admin.allowChange')}
        checked={allowChange}
        onChange={(e) => setAllowChange(e.currentTarget.checked)}
      />
      {kind === 'resolutions' &&
        resolutions.map((r, i) => (
          <Card withBorder key={i}>
            <Select
              label={t('governance.admin.resolutionKind')}
              data={KINDS.map((k) => ({ value: k, label: t(`governance.vote.kindOf.${k}`) }))}
              value={r.kind}
              onChange={(v) =>
                setResolutions((list) => list.map((x, j) => (j === i ? { ...x, kind: v ?? 'ordinary' } : x)))
              }
            />
            <TranslatedInput
              label={t('governance.admin.resolutionTitle')}
              value={r.title}
              onChange={(v) =>
                setResolutions((list) => list.map((x, j) => (j === i ? { ...x, title: v } : x)))
              }
            />
            <TranslatedInput
              label={t('governance.admin.resolutionBody')}
              value={r.body}
              multiline
              onChange={(v) =>
                setResolutions((list) => list.map((x, j) => (j === i ? { ...x, body: v } : x)))
              }
            />
          </Card>
        ))}
      {kind === 'resolutions' && (
        <Button
          variant="subtle"
          onClick={() =>
            setResolutions((list) => [
              ...list,
              { kind: 'ordinary', title: emptyTranslated(), body: emptyTranslated() },
            ])
          }
        >
          {t('governance.admin.addResolution')}
        </Button>
      )}
      <ErrorAlert error={error} />
      <Button onClick={create} data-testid="create-vote">
        {t('governance.admin.create')}
      </Button>
    </Stack>
  );
}

function RoomBallot({ vote }: { vote: VoteDetail }) {
  const { t, i18n } = useTranslation();
  const [number, setNumber] = useState<number | string>('');
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [choices, setChoices] = useState<string[]>([]);
  const [receipt, setReceipt] = useState('');
  const [error, setError] = useState<unknown>(null);

  async function submit() {
    setError(null);
    setReceipt('');
    try {
      const reply = await api<{ receipt: string }>('POST', `/governance/votes/${vote.id}/room-ballots`, {
        memberNumber: Number(number),
        ...(vote.kind === 'resolutions' ? { answers } : { choices }),
      });
      setReceipt(reply.receipt);
      setAnswers({});
      setChoices([]);
      setNumber('');
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Stack gap="xs">
      <Text fw={600}>{t('governance.admin.room')}</Text>
      <Text size="sm" c="dimmed">
        {t('governance.admin.roomHelp')}
      </Text>
      <NumberInput label={t('governance.admin.memberNumber')} value={number} onChange={setNumber} min={1} />
      {vote.kind === 'resolutions' &&
        vote.resolutions.map((r) => (
          <Radio.Group
            key={r.id}
            label={`${r.position}. ${inLanguage(r.title, i18n.language)}`}
            value={answers[r.id] ?? ''}
            onChange={(v) => setAnswers((a) => ({ ...a, [r.id]: v as Answer }))}
          >
            <Group>
              {(['for', 'against', 'abstain'] as const).map((a) => (
                <Radio key={a} value={a} label={t(`governance.vote.${a}`)} />
              ))}
            </Group>
          </Radio.Group>
        ))}
      {vote.kind === 'election' && (
        <Checkbox.Group value={choices} onChange={setChoices}>
          <Group>
            {vote.candidates.map((c) => (
              <Checkbox key={c.id} value={c.id} label={c.name} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
      <ErrorAlert error={error} />
      {receipt && (
        <Alert color="green" title={t('governance.vote.receipt')}>
          <Text ff="monospace" fw={700}>
            {receipt}
          </Text>
        </Alert>
      )}
      <Button variant="light" onClick={submit} disabled={!number}>
        {t('governance.vote.cast')}
      </Button>
    </Stack>
  );
}

function CloseButton({ vote }: { vote: VoteDetail }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [error, setError] = useState<unknown>(null);
  async function close() {
    if (!window.confirm(t('governance.admin.closeConfirm'))) return;
    setError(null);
    try {
      await post(`/governance/votes/${vote.id}/close`);
      await refresh();
    } catch (e) {
      setError(e);
    }
  }
  return (
    <>
      <Button color="red" variant="light" onClick={close} data-testid={`close-${vote.kind}`}>
        {t('governance.admin.close')}
      </Button>
      <ErrorAlert error={error} />
    </>
  );
}

interface Minutes {
  body: string;
  signedAt: string | null;
  signatories: string | null;
}

function MinutesCard({ assemblyId }: { assemblyId: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['governance', 'minutes', assemblyId],
    queryFn: () => get<Minutes>(`/governance/assemblies/${assemblyId}/minutes`).catch(() => null),
  });
  const [body, setBody] = useState<string | null>(null);
  const [signatories, setSignatories] = useState('');
  const [error, setError] = useState<unknown>(null);
  const refresh = useRefresh();
  const minutes = query.data;
  const text = body ?? minutes?.body ?? '';

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      await refresh();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Stack gap="xs">
      <Title order={5}>{t('governance.admin.minutes')}</Title>
      {minutes?.signedAt ? (
        <>
          <Text>
            {t('governance.admin.signed', {
              date: dateTime(minutes.signedAt, i18n.language),
              by: minutes.signatories,
            })}
          </Text>
          <Anchor href={`/api/v1/governance/assemblies/${assemblyId}/minutes.pdf`} target="_blank">
            {t('governance.admin.pdf')}
          </Anchor>
        </>
      ) : (
        <>
          <Textarea
            label={t('governance.admin.minutesBody')}
            value={text}
            onChange={(e) => setBody(e.currentTarget.value)}
            autosize
            minRows={4}
          />
          <Button
            variant="light"
            onClick={() =>
              run(() => api('PUT', `/governance/assemblies/${assemblyId}/minutes`, { body: text }))
            }
          >
            {t('governance.admin.saveDraft')}
          </Button>
          <TextInput
            label={t('governance.admin.signatories')}
            value={signatories}
            onChange={(e) => setSignatories(e.currentTarget.value)}
          />
          <Button
            onClick={() =>
              run(() => post(`/governance/assemblies/${assemblyId}/minutes/sign`, { signatories }))
            }
            disabled={!signatories}
          >
            {t('governance.admin.sign')}
          </Button>
        </>
      )}
      <ErrorAlert error={error} />
    </Stack>
  );
}

/** What administrators do with an assembly: convocation, votes, in-room ballots, close, minutes. */
export function AdminPanel({ assembly }: { assembly: AssemblyView }) {
  const { t, i18n } = useTranslation();
  const refresh = useRefresh();
  const [error, setError] = useState<unknown>(null);
  async function convene() {
    setError(null);
    try {
      await post(`/governance/assemblies/${assembly.id}/convocation`);
      await refresh();
    } catch (e) {
      setError(e);
    }
  }
  const allClosed = assembly.votes.length > 0 && assembly.votes.every((v) => !!v.closedAt);
  return (
    <Card withBorder data-testid="admin-panel">
      <Title order={3} mb="sm">
        {t('governance.admin.title')}
      </Title>
      <Stack>
        {assembly.convenedAt ? (
          <Text>
            {t('governance.admin.convened', {
              count: assembly.convenedCount ?? 0,
              date: dateTime(assembly.convenedAt, i18n.language),
            })}
          </Text>
        ) : (
          <Group>
            <Button onClick={convene} data-testid="send-convocation">
              {t('governance.admin.convocation')}
            </Button>
          </Group>
        )}
        <ErrorAlert error={error} />
        {assembly.votes
          .filter((v) => !v.closedAt)
          .map((v) => (
            <Card withBorder key={v.id}>
              <Text fw={600} mb="xs">
                {inLanguage(v.title, i18n.language)}
              </Text>
              {v.state === 'open' && <RoomBallot vote={v} />}
              <Group mt="sm">
                <CloseButton vote={v} />
              </Group>
            </Card>
          ))}
        {assembly.status !== 'closed' && <AddVoteForm assemblyId={assembly.id} />}
        {allClosed && <MinutesCard assemblyId={assembly.id} />}
      </Stack>
    </Card>
  );
}
