import { Accordion, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { get } from '../../lib/api.ts';
import { dateTime } from '../../lib/format.ts';

interface Email {
  id: number;
  to: string;
  language: string;
  subject: string;
  body: string;
  status: string;
  createdAt: string;
}

/** Turns the links of an e-mail body into clickable links, nothing else: the body is shown as text. */
function Body({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </Text>
  );
}

export function OutboxPage() {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['outbox'],
    queryFn: () => get<Email[]>('/outbox?limit=100'),
    refetchInterval: 10_000,
  });
  return (
    <Stack maw={900}>
      <Title order={2}>{t('staff.outboxTitle')}</Title>
      <Text size="sm" c="dimmed">
        {t('staff.outboxNote')}
      </Text>
      <ErrorAlert error={query.error} />
      <Accordion variant="separated" data-testid="outbox">
        {query.data?.map((email) => (
          <Accordion.Item key={email.id} value={String(email.id)}>
            <Accordion.Control>
              <Group justify="space-between" wrap="nowrap">
                <div>
                  <Text size="sm" fw={500}>
                    {email.subject}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('staff.to')} {email.to} · {dateTime(email.createdAt, i18n.language)}
                  </Text>
                </div>
                <Badge variant="light">{email.language.toUpperCase()}</Badge>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Body text={email.body} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}
