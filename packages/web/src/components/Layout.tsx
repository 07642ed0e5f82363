import { AppShell, Burger, Button, Group, Menu, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { LANGUAGE_NAMES, LANGUAGES, switchLanguage, type Language } from '../i18n/index.ts';
import { patch, post } from '../lib/api.ts';
import { hasRole, useRefreshSession, useSession } from '../lib/session.ts';

function Logo() {
  return (
    <UnstyledButton component={Link} to="/" aria-label="Partage">
      <Group gap={8}>
        <img src="/favicon.svg" alt="" width={28} height={28} />
        <Text fw={700} size="lg" c="blue.8">
          Partage
        </Text>
      </Group>
    </UnstyledButton>
  );
}

export function LanguageMenu() {
  const { i18n, t } = useTranslation();
  const { user } = useSession();
  const current = i18n.language as Language;
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button
          variant="subtle"
          size="compact-sm"
          aria-label={t('common.language')}
          data-testid="language-menu"
        >
          {current.toUpperCase()}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {LANGUAGES.map((lang) => (
          <Menu.Item
            key={lang}
            data-testid={`language-${lang}`}
            onClick={() => {
              switchLanguage(lang);
              if (user) void patch('/auth/me', { language: lang });
            }}
          >
            {LANGUAGE_NAMES[lang]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

export function Layout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { t } = useTranslation();
  const { user } = useSession();
  const refresh = useRefreshSession();
  const navigate = useNavigate();
  const location = useLocation();

  const links: Array<{ to: string; label: string; show: boolean }> = [
    { to: '/', label: t('nav.home'), show: true },
    { to: '/simulator', label: t('nav.simulator'), show: true },
    { to: '/membership', label: t('nav.membership'), show: !!user && user.roles.includes('member') },
    {
      to: '/staff/requests',
      label: t('nav.requests'),
      show: hasRole(user, 'client_service', 'board', 'admin', 'adviser'),
    },
    {
      to: '/staff/register',
      label: t('nav.register'),
      show: hasRole(user, 'client_service', 'board', 'admin', 'adviser'),
    },
    {
      to: '/staff/refunds',
      label: t('nav.refunds'),
      show: hasRole(user, 'client_service', 'board', 'admin'),
    },
    { to: '/staff/outbox', label: t('nav.outbox'), show: !!user?.isStaff },
    { to: '/staff/users', label: t('nav.users'), show: hasRole(user, 'admin') },
    { to: '/staff/audit', label: t('nav.audit'), show: hasRole(user, 'admin') },
    {
      to: '/contracts',
      label: t('contracts.nav.contracts'),
      show: !!user && (user.roles.includes('member') || user.hasPersonRecord),
    },
    { to: '/activities', label: t('activities.nav'), show: hasRole(user, 'member', 'adviser', 'admin') },
    { to: '/staff/portfolio', label: t('advisers.nav.portfolio'), show: hasRole(user, 'adviser', 'admin') },
    {
      to: '/staff/declarations',
      label: t('contracts.nav.declarations'),
      show: hasRole(user, 'adviser', 'admin'),
    },
    { to: '/staff/postings', label: t('contracts.nav.postings'), show: hasRole(user, 'adviser', 'admin') },
    { to: '/staff/payroll', label: t('contracts.nav.payroll'), show: hasRole(user, 'payroll', 'admin') },
    { to: '/staff/payments', label: t('payments.nav'), show: hasRole(user, 'payroll', 'admin') },
    {
      to: '/staff/invoices',
      label: t('contracts.nav.invoices'),
      show: hasRole(user, 'client_service', 'admin'),
    },
    { to: '/staff/bank', label: t('bank.nav.bank'), show: hasRole(user, 'client_service', 'admin') },
    {
      to: '/staff/receivables',
      label: t('receivables.nav.queue'),
      show: hasRole(user, 'client_service', 'admin'),
    },
    {
      to: '/staff/client-requests',
      label: t('client.staff.nav'),
      show: hasRole(user, 'client_service', 'admin'),
    },
    { to: '/governance', label: t('governance.nav.assemblies'), show: !!user },
    { to: '/sessions', label: t('governance.nav.sessions'), show: true },
    { to: '/account', label: t('nav.account'), show: !!user },
  ];

  async function logout() {
    await post('/auth/logout');
    await refresh();
    navigate('/');
  }

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Logo />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageMenu />
            {user ? (
              <>
                <Text size="sm" visibleFrom="sm" data-testid="user-name">
                  {user.displayName}
                </Text>
                <Button variant="light" size="compact-sm" onClick={logout} data-testid="logout">
                  {t('common.logout')}
                </Button>
              </>
            ) : (
              <Button component={Link} to="/login" size="compact-sm" variant="light">
                {t('common.login')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {links
          .filter((l) => l.show)
          .map((l) => (
            <NavLink
              key={l.to}
              component={Link}
              to={l.to}
              label={l.label}
              active={l.to === '/' ? location.pathname === '/' : location.pathname.startsWith(l.to)}
              onClick={close}
            />
          ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
