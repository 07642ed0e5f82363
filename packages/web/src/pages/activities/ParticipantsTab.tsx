import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrors, post } from '../../lib/api.ts';
import { fields, FormError, useActivityOptions, useRefreshActivity } from './shared.tsx';
import type { Dashboard, Participant, Right } from './types.ts';

const RIGHTS: Right[] = ['sell', 'spend', 'request_salary', 'manage'];

function RightsInput({
  rights,
  administrator,
  onChange,
  error,
}: {
  rights: Right[];
  administrator: boolean;
  onChange: (rights: Right[], administrator: boolean) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const options = useActivityOptions();
  const label = (r: Right) => options.data?.rights.find((o) => o.code === r)?.label ?? r;
  return (
    <Stack gap={6}>
      <Checkbox.Group
        label={t('activities.participants.rights')}
        value={administrator ? RIGHTS : rights}
        onChange={(v) => onChange(v as Right[], administrator)}
        error={error}
      >
        <Group gap="md" mt={4}>
          {RIGHTS.map((r) => (
            <Checkbox
              key={r}
              value={r}
              label={label(r)}
              disabled={administrator}
              data-testid={`right-${r}`}
            />
          ))}
        </Group>
      </Checkbox.Group>
      <Checkbox
        label={t('activities.participants.administrator')}
        description={t('activities.participants.administratorHelp')}
        checked={administrator}
        onChange={(e) => onChange(rights, e.currentTarget.checked)}
      />
    </Stack>
  );
}

function ParticipantCard({ data, participant }: { data: Dashboard; participant: Participant }) {
  const { t } = useTranslation();
  const options = useActivityOptions();
  const refresh = useRefreshActivity(data.activity.id);
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [rights, setRights] = useState<Right[]>(participant.rights);
  const [administrator, setAdministrator] = useState(participant.administrator);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const mayManage = data.me.can.manage && data.activity.status === 'active';
  const label = (r: string) => options.data?.rights.find((o) => o.code === r)?.label ?? r;
  async function change(body: object) {
    setBusy(true);
    setError(null);
    try {
      await post(`/activities/${data.activity.id}/participants/${participant.personId}`, body);
      setEditing(false);
      setRemoving(false);
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Card withBorder padding="sm" data-testid="participant" data-email={participant.email}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div>
          <Group gap="xs">
            <Text fw={600}>{participant.name}</Text>
            {participant.administrator && (
              <Badge variant="light" color="grape">
                {t('activities.participants.administratorBadge')}
              </Badge>
            )}
            {participant.personId === data.me.personId && (
              <Badge variant="outline" color="gray">
                {t('activities.participants.you')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {participant.email}
            {participant.memberNumber
              ? ` · ${t('activities.participants.memberNumber', { number: participant.memberNumber })}`
              : ''}
          </Text>
          <Group gap={4} mt={4}>
            {participant.rights.map((r) => (
              <Badge key={r} variant="dot" color="blue" size="sm">
                {label(r)}
              </Badge>
            ))}
          </Group>
        </div>
        {mayManage && !editing && (
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                setRights(participant.rights);
                setAdministrator(participant.administrator);
                setEditing(true);
              }}
            >
              {t('activities.participants.change')}
            </Button>
            {participant.personId !== data.me.personId && (
              <Button size="compact-sm" variant="subtle" color="red" onClick={() => setRemoving(true)}>
                {t('activities.participants.remove')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {editing && (
        <Stack mt="sm">
          <RightsInput
            rights={rights}
            administrator={administrator}
            onChange={(r, a) => {
              setRights(r);
              setAdministrator(a);
            }}
            error={fieldErrors(error).rights}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" size="xs" onClick={() => setEditing(false)}>
              {t('activities.common.cancel')}
            </Button>
            <Button size="xs" loading={busy} onClick={() => void change({ rights, administrator })}>
              {t('activities.common.save')}
            </Button>
          </Group>
        </Stack>
      )}
      <Modal opened={removing} onClose={() => setRemoving(false)} title={t('activities.participants.remove')}>
        <Stack>
          <Text>{t('activities.participants.removeConfirm', { name: participant.name })}</Text>
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(false)}>
              {t('activities.common.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void change({ remove: true })}>
              {t('activities.participants.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

/** Invites a member, found by e-mail, with the rights they get. */
function InviteForm({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  const refresh = useRefreshActivity(data.activity.id);
  const [email, setEmail] = useState('');
  const [rights, setRights] = useState<Right[]>(['sell', 'spend']);
  const [administrator, setAdministrator] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const errors = fieldErrors(error);
  async function invite() {
    setBusy(true);
    setError(null);
    try {
      await post(`/activities/${data.activity.id}/participants`, {
        email: email.trim(),
        rights,
        administrator,
      });
      setDone(email.trim());
      setEmail('');
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Card withBorder padding="lg" data-testid="invite">
      <Title order={4}>{t('activities.participants.inviteTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('activities.participants.inviteIntro')}
      </Text>
      <Stack gap="sm">
        {done && (
          <Alert color="green" withCloseButton onClose={() => setDone(null)}>
            {t('activities.participants.invited', { email: done })}
          </Alert>
        )}
        <FormError error={error} placed={fields('email', 'rights')} />
        <TextInput
          type="email"
          label={t('activities.participants.email')}
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errors.email}
          required
          maw={420}
          name="invite-email"
        />
        <RightsInput
          rights={rights}
          administrator={administrator}
          onChange={(r, a) => {
            setRights(r);
            setAdministrator(a);
          }}
          error={errors.rights}
        />
        <Group justify="flex-end">
          <Button
            onClick={() => void invite()}
            loading={busy}
            disabled={!email.trim()}
            data-testid="invite-submit"
          >
            {t('activities.participants.invite')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Who takes part in the Activity and what each may do. */
export function ParticipantsTab({ data }: { data: Dashboard }) {
  const { t } = useTranslation();
  return (
    <Stack data-testid="participants">
      <Text size="sm" c="dimmed">
        {t('activities.participants.intro')}
      </Text>
      {data.participants.map((p) => (
        <ParticipantCard key={p.personId} data={data} participant={p} />
      ))}
      {data.me.can.manage && data.activity.status === 'active' && <InviteForm data={data} />}
    </Stack>
  );
}
