import {
  IconBarcode,
  IconBooks,
  IconBuildingWarehouse,
  IconChartBar,
  IconCoin,
  IconChartLine,
  IconDevices,
  IconFileImport,
  IconHome,
  IconKey,
  IconListDetails,
  IconPackageImport,
  IconPackages,
  IconProgress,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';

export interface NavItem {
  to: string;
  label: string;
  description: string;
  icon: Icon;
  /** Shown only to users who have this permission. */
  permission?: string;
  /** Other paths that belong to this entry (highlighted with it). */
  also?: string[];
}

/** Every page of the app. Only what exists is listed, and each user sees only what they may use. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Home', description: 'Who you are and what you can do', icon: IconHome },
  {
    to: '/assets',
    label: 'Assets',
    description: 'Every unit with its tag: find, filter, check out, check in, move, retire',
    icon: IconDevices,
    permission: 'inventory.read',
  },
  {
    to: '/receive',
    label: 'Receive',
    description: 'Scan a delivery into a stockroom, serial after serial',
    icon: IconPackageImport,
    permission: 'inventory.write',
  },
  {
    to: '/imports',
    label: 'Import',
    description: 'Load assets from a spreadsheet (CSV, XLSX, Snipe-IT): dry run, then import',
    icon: IconFileImport,
    permission: 'inventory.write',
  },
  {
    to: '/station',
    label: 'Scanning station',
    description: 'Scan to look up, receive, move, check out, check in and repair; works offline',
    icon: IconBarcode,
    permission: 'inventory.read',
  },
  {
    to: '/stock',
    label: 'Stock levels',
    description: 'In stock, in use and in repair per model, and what is below its minimum',
    icon: IconChartBar,
    permission: 'inventory.read',
  },
  {
    to: '/on-hand',
    label: 'Stock on hand',
    description: 'Consumables and spares per location: issue, return, transfer, adjust, and every movement',
    icon: IconPackages,
    permission: 'inventory.read',
    also: ['/on-hand/movements'],
  },
  {
    to: '/planning',
    label: 'Planning',
    description: 'Forecasts, reorder points and predicted stock-outs per model and location, most urgent first',
    icon: IconChartLine,
    permission: 'inventory.read',
  },
  {
    to: '/finance',
    label: 'Finance',
    description: 'Replacement budget, book values, depreciation expense and forecast, write-offs, cost of ownership',
    icon: IconCoin,
    permission: 'inventory.read',
  },
  {
    to: '/locations',
    label: 'Locations',
    description: 'Sites, buildings, floors, rooms and stockrooms, and what is in each',
    icon: IconBuildingWarehouse,
    permission: 'inventory.read',
  },
  {
    to: '/people',
    label: 'People',
    description: 'Employees and contractors, their departments, and what they hold',
    icon: IconUsersGroup,
    permission: 'inventory.read',
    also: ['/departments'],
  },
  {
    to: '/catalogue',
    label: 'Catalogue',
    description: 'Models, categories with their custom fields, manufacturers and suppliers',
    icon: IconBooks,
    permission: 'inventory.read',
  },
  {
    to: '/users',
    label: 'Users',
    description: 'Invite people, give them roles, deactivate them, reset passwords',
    icon: IconUsers,
    permission: 'users.manage',
  },
  {
    to: '/tokens',
    label: 'API tokens',
    description: 'Tokens for scripts and integrations that use the REST API',
    icon: IconKey,
  },
  {
    to: '/audit',
    label: 'Audit log',
    description: 'Every change, who made it, and proof that the history was not altered',
    icon: IconListDetails,
    permission: 'audit.read',
  },
  {
    to: '/jobs',
    label: 'Jobs',
    description: 'Long-running work in the background and its progress',
    icon: IconProgress,
  },
];
