import { Button, Card, Container, Group, List, SimpleGrid, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../lib/session.ts';

export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <Container size="md" py="xl">
      <Title order={1} mb="md">
        {t('home.title')}
      </Title>
      <Text size="lg" mb="lg">
        {t('home.intro')}
      </Text>
      <List
        spacing="sm"
        mb="xl"
        icon={
          <ThemeIcon radius="xl" size={22}>
            ✓
          </ThemeIcon>
        }
      >
        <List.Item>{t('home.point1')}</List.Item>
        <List.Item>{t('home.point2')}</List.Item>
        <List.Item>{t('home.point3')}</List.Item>
      </List>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {!user && (
          <Card withBorder padding="lg">
            <Button component={Link} to="/join" fullWidth data-testid="cta-join">
              {t('home.ctaJoin')}
            </Button>
          </Card>
        )}
        {!user && (
          <Card withBorder padding="lg">
            <Button component={Link} to="/login" variant="light" fullWidth>
              {t('home.ctaLogin')}
            </Button>
          </Card>
        )}
        <Card withBorder padding="lg">
          <Button component={Link} to="/simulator" variant="outline" fullWidth>
            {t('home.ctaSimulator')}
          </Button>
        </Card>
      </SimpleGrid>
      <Group mt="xl">
        <Text size="sm" c="dimmed">
          {t('common.tagline')}
        </Text>
      </Group>
    </Container>
  );
}
