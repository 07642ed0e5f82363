import '@mantine/core/styles.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import './i18n/index.ts';
import { Layout } from './components/Layout.tsx';
import { HomePage } from './pages/public/HomePage.tsx';
import { LoginPage } from './pages/public/LoginPage.tsx';
import { ForgotPasswordPage, ResetPasswordPage } from './pages/public/PasswordPages.tsx';
import { JoinPage } from './pages/public/JoinPage.tsx';
import { SimulatorPage } from './pages/public/SimulatorPage.tsx';
import { MembershipPage } from './pages/member/MembershipPage.tsx';
import { AccountPage } from './pages/member/AccountPage.tsx';
import { RequestsPage } from './pages/staff/RequestsPage.tsx';
import { RegisterPage } from './pages/staff/RegisterPage.tsx';
import { RefundsPage } from './pages/staff/RefundsPage.tsx';
import { OutboxPage } from './pages/staff/OutboxPage.tsx';
import { AuditPage } from './pages/staff/AuditPage.tsx';
import { UsersPage } from './pages/staff/UsersPage.tsx';
import { ContractsPage } from './pages/contracts/ContractsPage.tsx';
import { DeclarePage } from './pages/contracts/DeclarePage.tsx';
import { ContractPage } from './pages/contracts/ContractPage.tsx';
import { DeclarationsPage } from './pages/staff/DeclarationsPage.tsx';
import { PostingsPage } from './pages/staff/PostingsPage.tsx';
import { PayrollPage } from './pages/staff/PayrollPage.tsx';
import { PaymentsPage } from './pages/staff/PaymentsPage.tsx';
import { InvoicesPage } from './pages/staff/InvoicesPage.tsx';
import { ReceivablesPage } from './pages/staff/ReceivablesPage.tsx';
import { CollectionCasePage } from './pages/staff/CollectionCasePage.tsx';
import { ReceivablesFiguresPage } from './pages/staff/ReceivablesFiguresPage.tsx';
import { InvoicePage } from './pages/staff/InvoicePage.tsx';
import { BankPage } from './pages/staff/BankPage.tsx';
import { ClientRequestsPage } from './pages/staff/ClientRequestsPage.tsx';
import { ClientPage } from './pages/public/ClientPage.tsx';
import { GovernancePage } from './pages/governance/GovernancePage.tsx';
import { AssemblyPage } from './pages/governance/AssemblyPage.tsx';
import { PrepareAssemblyPage } from './pages/governance/PrepareAssemblyPage.tsx';
import { CandidatePage } from './pages/governance/CandidatePage.tsx';
import { ResultsPage } from './pages/governance/ResultsPage.tsx';
import { WorkingGroupsPage } from './pages/governance/WorkingGroupsPage.tsx';
import { InfoSessionsPage } from './pages/governance/InfoSessionsPage.tsx';
import { PortfolioPage } from './pages/advisers/PortfolioPage.tsx';
import { PersonPage } from './pages/advisers/PersonPage.tsx';
import { ActivitiesPage } from './pages/activities/ActivitiesPage.tsx';
import { ActivityPage } from './pages/activities/ActivityPage.tsx';
import { QuotePage } from './pages/public/QuotePage.tsx';
import { useSession } from './lib/session.ts';
import type { ReactNode } from 'react';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});
const theme = createTheme({ primaryColor: 'blue', defaultRadius: 'md' });

function Private({ children }: { children: ReactNode }) {
  const { user, loading } = useSession();
  if (loading) return null;
  return user ? children : <Navigate to="/login" replace />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<HomePage />} />
              <Route path="login" element={<LoginPage />} />
              <Route path="forgot-password" element={<ForgotPasswordPage />} />
              <Route path="reset-password" element={<ResetPasswordPage />} />
              <Route path="join" element={<JoinPage />} />
              <Route path="simulator" element={<SimulatorPage />} />
              <Route
                path="membership"
                element={
                  <Private>
                    <MembershipPage />
                  </Private>
                }
              />
              <Route
                path="account"
                element={
                  <Private>
                    <AccountPage />
                  </Private>
                }
              />
              <Route
                path="staff/requests"
                element={
                  <Private>
                    <RequestsPage />
                  </Private>
                }
              />
              <Route
                path="staff/register"
                element={
                  <Private>
                    <RegisterPage />
                  </Private>
                }
              />
              <Route
                path="staff/refunds"
                element={
                  <Private>
                    <RefundsPage />
                  </Private>
                }
              />
              <Route
                path="staff/outbox"
                element={
                  <Private>
                    <OutboxPage />
                  </Private>
                }
              />
              <Route
                path="staff/users"
                element={
                  <Private>
                    <UsersPage />
                  </Private>
                }
              />
              <Route
                path="staff/audit"
                element={
                  <Private>
                    <AuditPage />
                  </Private>
                }
              />
              <Route
                path="contracts"
                element={
                  <Private>
                    <ContractsPage />
                  </Private>
                }
              />
              <Route
                path="contracts/new"
                element={
                  <Private>
                    <DeclarePage />
                  </Private>
                }
              />
              <Route
                path="contracts/:id"
                element={
                  <Private>
                    <ContractPage />
                  </Private>
                }
              />
              <Route
                path="staff/declarations"
                element={
                  <Private>
                    <DeclarationsPage />
                  </Private>
                }
              />
              <Route
                path="staff/postings"
                element={
                  <Private>
                    <PostingsPage />
                  </Private>
                }
              />
              <Route
                path="staff/payroll"
                element={
                  <Private>
                    <PayrollPage />
                  </Private>
                }
              />
              <Route
                path="staff/payments"
                element={
                  <Private>
                    <PaymentsPage />
                  </Private>
                }
              />
              <Route
                path="staff/receivables"
                element={
                  <Private>
                    <ReceivablesPage />
                  </Private>
                }
              />
              <Route
                path="staff/receivables/figures"
                element={
                  <Private>
                    <ReceivablesFiguresPage />
                  </Private>
                }
              />
              <Route
                path="staff/receivables/:invoiceId"
                element={
                  <Private>
                    <CollectionCasePage />
                  </Private>
                }
              />
              <Route
                path="staff/invoices"
                element={
                  <Private>
                    <InvoicesPage />
                  </Private>
                }
              />
              <Route
                path="staff/invoices/:id"
                element={
                  <Private>
                    <InvoicePage />
                  </Private>
                }
              />
              <Route
                path="staff/bank"
                element={
                  <Private>
                    <BankPage />
                  </Private>
                }
              />
              <Route
                path="governance"
                element={
                  <Private>
                    <GovernancePage />
                  </Private>
                }
              />
              <Route
                path="governance/prepare"
                element={
                  <Private>
                    <PrepareAssemblyPage />
                  </Private>
                }
              />
              <Route
                path="governance/assemblies/:id"
                element={
                  <Private>
                    <AssemblyPage />
                  </Private>
                }
              />
              <Route
                path="governance/candidates/:id"
                element={
                  <Private>
                    <CandidatePage />
                  </Private>
                }
              />
              <Route
                path="governance/groups"
                element={
                  <Private>
                    <WorkingGroupsPage />
                  </Private>
                }
              />
              <Route path="governance/votes/:id/results" element={<ResultsPage />} />
              <Route path="sessions" element={<InfoSessionsPage />} />
              <Route
                path="staff/portfolio"
                element={
                  <Private>
                    <PortfolioPage />
                  </Private>
                }
              />
              <Route
                path="staff/people/:personId"
                element={
                  <Private>
                    <PersonPage />
                  </Private>
                }
              />
              <Route path="c/:token" element={<ClientPage />} />
              <Route path="q/:token" element={<QuotePage />} />
              <Route
                path="activities"
                element={
                  <Private>
                    <ActivitiesPage />
                  </Private>
                }
              />
              <Route
                path="activities/:id"
                element={
                  <Private>
                    <ActivityPage />
                  </Private>
                }
              />
              <Route
                path="staff/client-requests"
                element={
                  <Private>
                    <ClientRequestsPage />
                  </Private>
                }
              />
              <Route path="*" element={<Navigate to="/" replace />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
