import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/**
 * A person who is not a member may declare a few prestations without shares (seeds 001:L295-300); the
 * banner says how many are left, or invites them to become a member once they are used.
 */
/** Prestations a non-member may declare without shares (membership gate, seeds 001:L295-300). */
export const FREE_PRESTATIONS = 3;

export function MembershipInvite({ remaining }: { remaining: number }) {
  const { t } = useTranslation();
  const used = remaining <= 0;
  return (
    <Alert
      color={used ? 'orange' : 'blue'}
      variant="light"
      title={used ? t('contracts.gate.usedTitle') : t('contracts.gate.title')}
      data-testid="membership-invite"
    >
      <Group justify="space-between" align="center">
        <Text size="sm" style={{ flex: 1, minWidth: 220 }}>
          {used
            ? t('contracts.gate.used', { limit: FREE_PRESTATIONS })
            : t('contracts.gate.remaining', { count: remaining })}
        </Text>
        <Button component={Link} to="/membership" size="compact-md" variant={used ? 'filled' : 'light'}>
          {t('contracts.gate.become')}
        </Button>
      </Group>
    </Alert>
  );
}
