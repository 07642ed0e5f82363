import { Box, Button, Group, Popover, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrors } from '../../lib/api.ts';

export type Decision = 'approve' | 'refuse';

/**
 * Approve (or grant) in one click, refuse with a reason typed in place. `decide` receives the idempotency
 * key of this decision: a double click decides once; a failed attempt gets a new key.
 */
export function DecisionControl({
  testId,
  approveLabel,
  approveHint,
  decide,
}: {
  /** Prefix of the buttons' test ids: `<testId>-approve`, `<testId>-refuse`, `<testId>-reason`, `<testId>-refuse-confirm`. */
  testId: string;
  approveLabel?: string;
  approveHint?: string;
  decide: (decision: Decision, reason: string | undefined, key: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState<Decision | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = useRef(crypto.randomUUID());

  async function send(decision: Decision) {
    if (decision === 'refuse' && !reason.trim()) {
      setMissing(true);
      return;
    }
    setBusy(decision);
    setError(null);
    try {
      await decide(decision, decision === 'refuse' ? reason.trim() : undefined, key.current);
      setRefusing(false);
    } catch (e) {
      setError(e);
      key.current = crypto.randomUUID();
    } finally {
      setBusy(null);
    }
  }

  const reasonError = missing ? t('advisers.decision.reasonRequired') : fieldErrors(error).reason;

  return (
    <Stack gap={6}>
      <Group gap="xs" wrap="nowrap">
        <Button
          size="compact-sm"
          color="teal"
          onClick={() => send('approve')}
          loading={busy === 'approve'}
          disabled={busy !== null}
          data-testid={`${testId}-approve`}
        >
          {approveLabel ?? t('advisers.decision.approve')}
        </Button>
        <Popover
          opened={refusing}
          onChange={setRefusing}
          width={320}
          position="bottom-end"
          withArrow
          shadow="md"
          trapFocus
        >
          <Popover.Target>
            <Button
              size="compact-sm"
              variant="light"
              color="red"
              onClick={() => setRefusing((open) => !open)}
              disabled={busy === 'approve'}
              data-testid={`${testId}-refuse`}
            >
              {t('advisers.decision.refuse')}
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap="xs">
              <Textarea
                label={t('advisers.decision.reason')}
                description={t('advisers.decision.reasonHelp')}
                required
                autosize
                minRows={3}
                maxLength={1000}
                value={reason}
                onChange={(e) => {
                  setReason(e.currentTarget.value);
                  setMissing(false);
                }}
                error={reasonError}
                name="reason"
                data-autofocus
                data-testid={`${testId}-reason`}
              />
              {error && !fieldErrors(error).reason ? <ErrorAlert error={error} /> : null}
              <Group justify="flex-end" gap="xs">
                <Button size="compact-sm" variant="default" onClick={() => setRefusing(false)}>
                  {t('advisers.decision.cancel')}
                </Button>
                <Button
                  size="compact-sm"
                  color="red"
                  onClick={() => send('refuse')}
                  loading={busy === 'refuse'}
                  data-testid={`${testId}-refuse-confirm`}
                >
                  {t('advisers.decision.confirmRefusal')}
                </Button>
              </Group>
            </Stack>
          </Popover.Dropdown>
        </Popover>
      </Group>
      {approveHint && (
        <Text size="xs" c="dimmed">
          {approveHint}
        </Text>
      )}
      {error && !refusing ? (
        <Box maw={360}>
          <ErrorAlert error={error} />
        </Box>
      ) : null}
    </Stack>
  );
}
