import { Button, Card, Group, NumberInput, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { post } from '../../lib/api.ts';
import type { AssemblyView } from './types.ts';

/** Give my proxy to another member, or see the proxies I hold. */
export function ProxyCard({ assembly }: { assembly: AssemblyView }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [holder, setHolder] = useState<number | string>('');
  const [error, setError] = useState<unknown>(null);
  const me = assembly.me!;

  async function give() {
    setError(null);
    try {
      await post(`/governance/assemblies/${assembly.id}/proxies`, { holderMemberNumber: Number(holder) });
      await client.invalidateQueries({ queryKey: ['governance'] });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('governance.proxy.title')}
      </Title>
      {me.proxiesHeld.length > 0 && (
        <Text mb="xs">
          {t('governance.proxy.held', { names: me.proxiesHeld.map((p) => p.name).join(', ') })}
        </Text>
      )}
      {me.proxyGiven ? (
        <Text data-testid="proxy-given">
          {t('governance.proxy.given', {
            name: me.proxyGiven.holderName,
            number: me.proxyGiven.holderNumber,
          })}
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {t('governance.proxy.intro')}
          </Text>
          <Group align="end">
            <NumberInput label={t('governance.proxy.holder')} value={holder} onChange={setHolder} min={1} />
            <Button onClick={give} disabled={!holder}>
              {t('governance.proxy.give')}
            </Button>
          </Group>
          <ErrorAlert error={error} />
        </>
      )}
    </Card>
  );
}
