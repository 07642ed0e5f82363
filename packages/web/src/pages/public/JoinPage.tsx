import {
  Alert,
  Button,
  Checkbox,
  Container,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  PasswordInput,
  ScrollArea,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../i18n/index.ts';
import { ApiError, fieldErrors, get, post, setCsrfToken } from '../../lib/api.ts';
import { money } from '../../lib/format.ts';
import { useRefreshSession } from '../../lib/session.ts';

interface Entity {
  id: string;
  name: string;
  holdsRegister: boolean;
  settings: {
    shareCategories: Array<{
      code: string;
      label: Record<string, string>;
      nominalCents: number;
      minShares: number;
      eligible: string[];
    }>;
  };
}
interface LegalText {
  kind: 'data_policy' | 'internal_rules' | 'financial_risk';
  version: number;
  title: string;
  body: string;
}

const STEP_OF_FIELD: Array<[RegExp, number]> = [
  [/^(email|password|language)$/, 0],
  [/^(natural|legal|niss|foreignId|enterpriseNumber)/, 1],
  [/^(address|iban|phone)/, 2],
  [/^(subscription|quantity|category)/, 3],
  [/^consents/, 4],
];

export function JoinPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const refresh = useRefreshSession();
  const idempotencyKey = useRef(crypto.randomUUID());
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [noNiss, setNoNiss] = useState(false);
  const [f, setF] = useState({
    entityId: 'BE-COOP',
    kind: 'natural' as 'natural' | 'legal',
    email: '',
    password: '',
    language: (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : 'fr',
    firstName: '',
    lastName: '',
    birthDate: '',
    gender: '',
    niss: '',
    foreignId: '',
    foreignIdCountry: '',
    legalName: '',
    enterpriseNumber: '',
    vatNumber: '',
    representativeName: '',
    representativeRole: '',
    street: '',
    postalCode: '',
    city: '',
    country: 'BE',
    iban: '',
    phone: '',
    category: 'A',
    quantity: 1,
    consents: {} as Record<string, number>,
  });
  const set = <K extends keyof typeof f>(key: K, value: (typeof f)[K]) =>
    setF((prev) => ({ ...prev, [key]: value }));
  const input = (key: keyof typeof f, errorKey = String(key)) => ({
    value: String(f[key] ?? ''),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(key, e.currentTarget.value as never),
    error: errors[errorKey],
    name: String(key),
  });

  const entities = useQuery({ queryKey: ['entities'], queryFn: () => get<Entity[]>('/entities') });
  const texts = useQuery({
    queryKey: ['legal-texts', f.entityId, lang],
    queryFn: () => get<LegalText[]>(`/membership/legal-texts?entityId=${f.entityId}`),
  });
  const cooperatives = (entities.data ?? []).filter((e) => e.holdsRegister);
  const categories = useMemo(
    () =>
      cooperatives
        .find((e) => e.id === f.entityId)
        ?.settings.shareCategories.filter((c) => c.eligible.includes(f.kind)) ?? [],
    [cooperatives, f.entityId, f.kind],
  );
  const category = categories.find((c) => c.code === f.category) ?? categories[0];

  async function submit() {
    setBusy(true);
    setErrors({});
    setFailure(null);
    try {
      await get('/auth/me');
      const body = {
        entityId: f.entityId,
        kind: f.kind,
        email: f.email,
        password: f.password,
        language: f.language,
        ...(f.phone ? { phone: f.phone } : {}),
        ...(f.kind === 'natural'
          ? {
              natural: {
                firstName: f.firstName,
                lastName: f.lastName,
                birthDate: f.birthDate,
                gender: f.gender,
                ...(noNiss
                  ? { foreignId: f.foreignId, foreignIdCountry: f.foreignIdCountry }
                  : { niss: f.niss }),
              },
            }
          : {
              legal: {
                legalName: f.legalName,
                enterpriseNumber: f.enterpriseNumber,
                ...(f.vatNumber ? { vatNumber: f.vatNumber } : {}),
                representativeName: f.representativeName,
                representativeRole: f.representativeRole,
              },
            }),
        address: { street: f.street, postalCode: f.postalCode, city: f.city, country: f.country },
        iban: f.iban,
        consents: {
          data_policy: f.consents.data_policy ?? 0,
          internal_rules: f.consents.internal_rules ?? 0,
          financial_risk: f.consents.financial_risk ?? 0,
        },
        subscription: { category: category?.code ?? f.category, quantity: f.quantity },
      };
      const result = await post<{ csrfToken: string }>('/membership/sign-up', body, idempotencyKey.current);
      setCsrfToken(result.csrfToken);
      await refresh();
      navigate('/membership');
    } catch (e) {
      const fields = fieldErrors(e);
      // "quantity" errors come from the share rules; show them on the shares step.
      setErrors(fields);
      setFailure(e instanceof ApiError ? e.title : t('common.errorTitle'));
      const first = Object.keys(fields)[0];
      const target = first ? STEP_OF_FIELD.find(([re]) => re.test(first))?.[1] : undefined;
      if (target !== undefined) setStep(target);
      idempotencyKey.current = crypto.randomUUID();
    } finally {
      setBusy(false);
    }
  }

  const stepErrors = (n: number) =>
    Object.keys(errors).some((k) => STEP_OF_FIELD.find(([re]) => re.test(k))?.[1] === n);

  return (
    <Container size="sm" py="lg">
      <Title order={2}>{t('join.title')}</Title>
      <Text c="dimmed" mb="md">
        {t('join.intro')}
      </Text>
      {failure && (
        <Alert color="red" mb="md" role="alert" data-testid="error" title={failure}>
          {t('join.fixErrors')}
        </Alert>
      )}
      <Paper withBorder p="lg">
        <Stepper active={step} onStepClick={setStep} size="sm" allowNextStepsSelect={false}>
          <Stepper.Step label={t('join.stepAccount')} color={stepErrors(0) ? 'red' : undefined}>
            <Stack mt="md">
              <Select
                label={t('join.cooperative')}
                data={cooperatives.map((e) => ({ value: e.id, label: e.name }))}
                value={f.entityId}
                onChange={(v) => v && set('entityId', v)}
                allowDeselect={false}
              />
              <TextInput
                label={t('join.email')}
                type="email"
                autoComplete="email"
                required
                {...input('email')}
              />
              <PasswordInput
                label={t('join.password')}
                autoComplete="new-password"
                required
                {...input('password')}
              />
              <Select
                label={t('join.language')}
                data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
                value={f.language}
                onChange={(v) => v && set('language', v as Language)}
                allowDeselect={false}
                name="language"
              />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('join.stepIdentity')} color={stepErrors(1) ? 'red' : undefined}>
            <Stack mt="md">
              <Text size="sm" fw={500}>
                {t('join.kind')}
              </Text>
              <SegmentedControl
                value={f.kind}
                onChange={(v) => set('kind', v as 'natural' | 'legal')}
                data={[
                  { value: 'natural', label: t('join.kindNatural') },
                  { value: 'legal', label: t('join.kindLegal') },
                ]}
              />
              {f.kind === 'natural' ? (
                <>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput
                      label={t('join.firstName')}
                      required
                      autoComplete="given-name"
                      {...input('firstName', 'natural.firstName')}
                    />
                    <TextInput
                      label={t('join.lastName')}
                      required
                      autoComplete="family-name"
                      {...input('lastName', 'natural.lastName')}
                    />
                  </SimpleGrid>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput
                      label={t('join.birthDate')}
                      type="date"
                      required
                      {...input('birthDate', 'natural.birthDate')}
                    />
                    <NativeSelect
                      label={t('join.gender')}
                      required
                      name="gender"
                      data={[
                        { value: '', label: '—' },
                        { value: 'female', label: t('join.genderFemale') },
                        { value: 'male', label: t('join.genderMale') },
                        { value: 'x', label: t('join.genderX') },
                      ]}
                      value={f.gender}
                      onChange={(e) => set('gender', e.currentTarget.value)}
                      error={errors['natural.gender']}
                    />
                  </SimpleGrid>
                  {!noNiss ? (
                    <TextInput
                      label={t('join.niss')}
                      description={t('join.nissHelp')}
                      required
                      {...input('niss', 'natural.niss')}
                    />
                  ) : (
                    <SimpleGrid cols={{ base: 1, sm: 2 }}>
                      <TextInput
                        label={t('join.foreignId')}
                        required
                        {...input('foreignId', 'natural.foreignId')}
                      />
                      <TextInput
                        label={t('join.foreignIdCountry')}
                        maxLength={2}
                        required
                        {...input('foreignIdCountry', 'natural.foreignIdCountry')}
                      />
                    </SimpleGrid>
                  )}
                  <Checkbox
                    label={t('join.noNiss')}
                    checked={noNiss}
                    onChange={(e) => setNoNiss(e.currentTarget.checked)}
                  />
                </>
              ) : (
                <>
                  <TextInput
                    label={t('join.legalName')}
                    required
                    {...input('legalName', 'legal.legalName')}
                  />
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput
                      label={t('join.enterpriseNumber')}
                      required
                      {...input('enterpriseNumber', 'legal.enterpriseNumber')}
                    />
                    <TextInput label={t('join.vatNumber')} {...input('vatNumber', 'legal.vatNumber')} />
                  </SimpleGrid>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput
                      label={t('join.representativeName')}
                      required
                      {...input('representativeName', 'legal.representativeName')}
                    />
                    <TextInput
                      label={t('join.representativeRole')}
                      required
                      {...input('representativeRole', 'legal.representativeRole')}
                    />
                  </SimpleGrid>
                </>
              )}
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('join.stepAddress')} color={stepErrors(2) ? 'red' : undefined}>
            <Stack mt="md">
              <TextInput
                label={t('join.street')}
                required
                autoComplete="street-address"
                {...input('street', 'address.street')}
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  label={t('join.postalCode')}
                  required
                  autoComplete="postal-code"
                  {...input('postalCode', 'address.postalCode')}
                />
                <TextInput
                  label={t('join.city')}
                  required
                  autoComplete="address-level2"
                  {...input('city', 'address.city')}
                />
                <TextInput
                  label={t('join.country')}
                  maxLength={2}
                  required
                  {...input('country', 'address.country')}
                />
              </SimpleGrid>
              <TextInput
                label={t('join.iban')}
                required
                placeholder="BE68 5390 0754 7034"
                {...input('iban')}
              />
              <TextInput label={t('join.phone')} autoComplete="tel" {...input('phone')} />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('join.stepShares')} color={stepErrors(3) ? 'red' : undefined}>
            <Stack mt="md">
              <Select
                label={t('join.category')}
                data={categories.map((c) => ({ value: c.code, label: c.label[lang] ?? c.code }))}
                value={category?.code ?? null}
                onChange={(v) => v && set('category', v)}
                allowDeselect={false}
                name="category"
                error={errors['category'] ?? errors['subscription.category']}
              />
              <NumberInput
                label={t('join.quantity')}
                min={1}
                max={100000}
                allowDecimal={false}
                value={f.quantity}
                onChange={(v) => set('quantity', Number(v) || 0)}
                error={errors['quantity'] ?? errors['subscription.quantity']}
                name="quantity"
              />
              {category && (
                <Text size="sm" c="dimmed">
                  {t('join.unitValue', {
                    value: money(category.nominalCents, lang),
                    min: category.minShares,
                  })}
                </Text>
              )}
              <Text fw={600} data-testid="join-total">
                {t('join.total')}: {money((category?.nominalCents ?? 0) * f.quantity, lang)}
              </Text>
              <Alert color="blue" variant="light">
                {t('join.sharesNote')}
              </Alert>
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('join.stepConsents')} color={stepErrors(4) ? 'red' : undefined}>
            <Stack mt="md">
              {(texts.data ?? []).map((text) => (
                <Paper key={text.kind} withBorder p="sm">
                  <Text fw={600} mb={4}>
                    {text.title}
                  </Text>
                  <ScrollArea.Autosize mah={120}>
                    <Text size="sm">{text.body}</Text>
                  </ScrollArea.Autosize>
                  <Checkbox
                    mt="sm"
                    name={`consent-${text.kind}`}
                    label={t('join.accept', { title: text.title })}
                    checked={f.consents[text.kind] === text.version}
                    error={errors[`consents.${text.kind}`]}
                    onChange={(e) => {
                      const checked = e.currentTarget.checked;
                      setF((prev) => ({
                        ...prev,
                        consents: { ...prev.consents, [text.kind]: checked ? text.version : 0 },
                      }));
                    }}
                  />
                </Paper>
              ))}
            </Stack>
          </Stepper.Step>
        </Stepper>
        <Group justify="space-between" mt="xl">
          <Button variant="default" onClick={() => setStep((s) => Math.max(0, s - 1))} disabled={step === 0}>
            {t('common.back')}
          </Button>
          {step < 4 ? (
            <Button onClick={() => setStep((s) => s + 1)} data-testid="join-next">
              {t('common.next')}
            </Button>
          ) : (
            <Button onClick={submit} loading={busy} data-testid="join-submit">
              {t('join.submit')}
            </Button>
          )}
        </Group>
      </Paper>
    </Container>
  );
}
