import type { ReactNode } from 'react';
import { Navigate, createBrowserRouter } from 'react-router';
import { RequirePermission } from './components/RequirePermission';
import { SessionGate } from './components/SessionGate';
import { AssetDetailPage } from './pages/AssetDetailPage';
import { AssetsPage } from './pages/AssetsPage';
import { AuditPage } from './pages/AuditPage';
import { CategoriesPage } from './pages/catalogue/CategoriesPage';
import { CategoryDetailPage } from './pages/catalogue/CategoryDetailPage';
import { ManufacturerDetailPage } from './pages/catalogue/ManufacturerDetailPage';
import { ManufacturersPage } from './pages/catalogue/ManufacturersPage';
import { ModelDetailPage } from './pages/catalogue/ModelDetailPage';
import { ModelFormPage } from './pages/catalogue/ModelFormPage';
import { ModelsPage } from './pages/catalogue/ModelsPage';
import { SupplierDetailPage } from './pages/catalogue/SupplierDetailPage';
import { SuppliersPage } from './pages/catalogue/SuppliersPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { DepartmentDetailPage } from './pages/DepartmentDetailPage';
import { DepartmentsPage } from './pages/DepartmentsPage';
import { FinanceBooksPage } from './pages/finance/FinanceBooksPage';
import { FinanceReportsPage } from './pages/finance/FinanceReportsPage';
import { HomePage } from './pages/HomePage';
import { ImportPage } from './pages/ImportPage';
import { ImportsPage } from './pages/ImportsPage';
import { JobsPage } from './pages/JobsPage';
import { LocationDetailPage } from './pages/LocationDetailPage';
import { LocationsPage } from './pages/LocationsPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PeoplePage } from './pages/PeoplePage';
import { PersonDetailPage } from './pages/PersonDetailPage';
import { ReceivePage } from './pages/ReceivePage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { SearchPage } from './pages/SearchPage';
import { StationPage } from './pages/StationPage';
import { PlanningPage } from './pages/PlanningPage';
import { PlanningSetupPage } from './pages/PlanningSetupPage';
import { StockLevelsPage } from './pages/StockLevelsPage';
import { StockMovementsPage } from './pages/StockMovementsPage';
import { StockOnHandPage } from './pages/StockOnHandPage';
import { TokensPage } from './pages/TokensPage';
import { UserDetailPage } from './pages/UserDetailPage';
import { UsersPage } from './pages/UsersPage';

const needs = (permission: string, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <SessionGate />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'assets', element: needs('inventory.read', <AssetsPage />) },
      { path: 'assets/:id', element: needs('inventory.read', <AssetDetailPage />) },
      { path: 'receive', element: needs('inventory.write', <ReceivePage />) },
      { path: 'imports', element: needs('inventory.write', <ImportsPage />) },
      { path: 'imports/:id', element: needs('inventory.write', <ImportPage />) },
      { path: 'station', element: needs('inventory.read', <StationPage />) },
      { path: 'search', element: needs('inventory.read', <SearchPage />) },
      { path: 'stock', element: needs('inventory.read', <StockLevelsPage />) },
      { path: 'on-hand', element: needs('inventory.read', <StockOnHandPage />) },
      { path: 'on-hand/movements', element: needs('inventory.read', <StockMovementsPage />) },
      { path: 'planning', element: needs('inventory.read', <PlanningPage />) },
      { path: 'planning/setup', element: needs('inventory.read', <PlanningSetupPage />) },
      { path: 'finance', element: needs('inventory.read', <FinanceReportsPage />) },
      { path: 'finance/books', element: needs('settings.manage', <FinanceBooksPage />) },
      { path: 'locations', element: needs('inventory.read', <LocationsPage />) },
      { path: 'locations/:id', element: needs('inventory.read', <LocationDetailPage />) },
      { path: 'people', element: needs('inventory.read', <PeoplePage />) },
      { path: 'people/:id', element: needs('inventory.read', <PersonDetailPage />) },
      { path: 'departments', element: needs('inventory.read', <DepartmentsPage />) },
      { path: 'departments/:id', element: needs('inventory.read', <DepartmentDetailPage />) },
      { path: 'catalogue', element: <Navigate to="/catalogue/models" replace /> },
      { path: 'catalogue/models', element: needs('inventory.read', <ModelsPage />) },
      { path: 'catalogue/models/new', element: needs('inventory.manage', <ModelFormPage />) },
      { path: 'catalogue/models/:id', element: needs('inventory.read', <ModelDetailPage />) },
      { path: 'catalogue/models/:id/edit', element: needs('inventory.manage', <ModelFormPage />) },
      { path: 'catalogue/categories', element: needs('inventory.read', <CategoriesPage />) },
      { path: 'catalogue/categories/:id', element: needs('inventory.read', <CategoryDetailPage />) },
      { path: 'catalogue/manufacturers', element: needs('inventory.read', <ManufacturersPage />) },
      { path: 'catalogue/manufacturers/:id', element: needs('inventory.read', <ManufacturerDetailPage />) },
      { path: 'catalogue/suppliers', element: needs('inventory.read', <SuppliersPage />) },
      { path: 'catalogue/suppliers/:id', element: needs('inventory.read', <SupplierDetailPage />) },
      { path: 'users', element: needs('users.manage', <UsersPage />) },
      { path: 'users/:id', element: needs('users.manage', <UserDetailPage />) },
      { path: 'tokens', element: <TokensPage /> },
      { path: 'audit', element: needs('audit.read', <AuditPage />) },
      { path: 'jobs', element: <JobsPage /> },
      { path: 'account/password', element: <ChangePasswordPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
