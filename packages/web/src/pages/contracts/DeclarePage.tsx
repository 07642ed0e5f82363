import { Alert, Anchor, Button, Container, Group, Paper, Stepper, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ApiError, fieldErrors, get, post } from '../../lib/api.ts';
import { ClientStep } from './ClientStep.tsx';
import {
  initialForm,
  isShownOnWorkStep,
  stepOfField,
  toBody,
  type DeclarationForm,
} from './declaration-form.ts';
import { MembershipInvite } from './MembershipInvite.tsx';
import { PreviewStep } from './PreviewStep.tsx';
import type { Client, Confirmed, ContractOptions, Preview } from './types.ts';
import { WorkStep } from './WorkStep.tsx';

const GATE_CODE = 'gate.free_prestations_used';

/**
 * The Contract tool's declaration, in three steps: the client, the work, then what the client pays and what
 * the worker receives. Confirming issues one invoice and one employment contract, then opens the contract.
 */
export function DeclarePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const phone = useMediaQuery('(max-width: 36em)');
  const options = useQuery({
    queryKey: ['contract-options', lang],
    queryFn: () => get<ContractOptions>('/contracts/options'),
  });
  const [step, setStep] = useState(0);
  const [client, setClient] = useState<Client | null>(null);
  const [form, setForm] = useState<DeclarationForm | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [clientError, setClientError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  // One key per checked declaration: a double click on "confirm" declares once.
  const confirmKey = useRef(crypto.randomUUID());

  useEffect(() => {
    if (options.data && !form) setForm(initialForm(options.data));
  }, [options.data, form]);

  const errors = fieldErrors(error);
  const gateClosed = error instanceof ApiError && error.code === GATE_CODE;
  const unplaced =
    error instanceof ApiError && !gateClosed
      ? error.errors.filter((e) => stepOfField(e.field) === 1 && !isShownOnWorkStep(e.field))
      : [];
  const update = (patch: Partial<DeclarationForm>) => {
    setForm((prev) => (prev ? { ...prev, ...patch } : prev));
    setPreview(null);
  };

  function fail(e: unknown) {
    setError(e);
    const fields = fieldErrors(e);
    if (fields.clientId) {
      setClientError(fields.clientId);
      setStep(0);
    } else if (Object.keys(fields).length > 0) setStep(1);
  }

  async function check() {
    if (!form || !client) return;
    setBusy(true);
    setError(null);
    try {
      const result = await post<Preview>('/contracts/preview', toBody(form, client.id));
      setPreview(result);
      confirmKey.current = crypto.randomUUID();
      setStep(2);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    if (!form || !client) return;
    setBusy(true);
    setError(null);
    try {
      const result = await post<Confirmed>('/contracts', toBody(form, client.id), confirmKey.current);
      await queryClient.invalidateQueries({ queryKey: ['contracts'] });
      navigate(`/contracts/${result.contractId}`);
    } catch (e) {
      fail(e);
      setBusy(false);
    }
  }

  function next() {
    setError(null);
    if (step === 0) {
      if (!client) {
        setClientError(t('contracts.client.required'));
        return;
      }
      setClientError(undefined);
      setStep(1);
    } else if (step === 1) void check();
  }

  return (
    <Container size="md" px={0}>
      <Group justify="space-between" mb="xs">
        <Title order={2}>{t('contracts.declare.title')}</Title>
        <Anchor component={Link} to="/contracts" size="sm">
          {t('contracts.declare.backToList')}
        </Anchor>
      </Group>
      <Text c="dimmed" mb="md">
        {t('contracts.declare.intro')}
      </Text>
      <ErrorAlert error={options.error} />
      {gateClosed && (
        <div style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
          <MembershipInvite remaining={0} />
        </div>
      )}
      {error !== null && !gateClosed && (Object.keys(errors).length === 0 || unplaced.length > 0) && (
        <Alert
          color="red"
          mb="md"
          role="alert"
          data-testid="error"
          title={error instanceof ApiError ? error.title : t('common.errorTitle')}
        >
          {unplaced.map((e) => (
            <Text size="sm" key={e.field + e.code}>
              {e.message}
            </Text>
          ))}
        </Alert>
      )}
      {error !== null && !gateClosed && Object.keys(errors).length > 0 && unplaced.length === 0 && (
        <Alert color="red" mb="md" role="alert" data-testid="error">
          {t('contracts.declare.fixErrors')}
        </Alert>
      )}
      <Paper withBorder p={{ base: 'sm', sm: 'lg' }}>
        {phone && (
          <Text fw={600} mb="xs" data-testid="step-title">
            {t('contracts.declare.stepOf', {
              step: step + 1,
              label: [
                t('contracts.declare.stepClient'),
                t('contracts.declare.stepWork'),
                t('contracts.declare.stepCheck'),
              ][step],
            })}
          </Text>
        )}
        <Stepper
          active={step}
          onStepClick={(s) => {
            setError(null);
            setStep(s);
          }}
          size="sm"
          allowNextStepsSelect={false}
          iconSize={phone ? 28 : undefined}
        >
          <Stepper.Step
            label={phone ? undefined : t('contracts.declare.stepClient')}
            description={phone ? undefined : client?.name}
            color={clientError ? 'red' : undefined}
          >
            <ClientStep
              client={client}
              onChange={(c) => {
                setClient(c);
                setClientError(undefined);
                setPreview(null);
              }}
              error={clientError}
            />
          </Stepper.Step>
          <Stepper.Step
            label={phone ? undefined : t('contracts.declare.stepWork')}
            color={Object.keys(errors).some((f) => stepOfField(f) === 1) ? 'red' : undefined}
          >
            {form && options.data && (
              <WorkStep options={options.data} form={form} update={update} errors={errors} />
            )}
          </Stepper.Step>
          <Stepper.Step label={phone ? undefined : t('contracts.declare.stepCheck')}>
            {preview && <PreviewStep preview={preview} />}
          </Stepper.Step>
        </Stepper>
        <Group justify="space-between" mt="xl">
          <Button
            variant="default"
            onClick={() => {
              setError(null);
              setStep((s) => Math.max(0, s - 1));
            }}
            disabled={step === 0}
          >
            {t('common.back')}
          </Button>
          {step < 2 ? (
            <Button onClick={next} loading={busy} disabled={!form} data-testid="declare-next">
              {step === 1 ? t('contracts.declare.check') : t('common.next')}
            </Button>
          ) : (
            <Button
              onClick={confirm}
              loading={busy}
              disabled={!preview || gateClosed}
              color="green"
              data-testid="declare-confirm"
            >
              {t('contracts.declare.confirm')}
            </Button>
          )}
        </Group>
      </Paper>
    </Container>
  );
}
