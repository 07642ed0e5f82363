import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function SimulatorPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={900}>
      <Title order={2}>{t('simulator.title')}</Title>
      <Text>{t('simulator.intro')}</Text>
    </Stack>
  );
}
