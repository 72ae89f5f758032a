import { IconHome, IconKey, IconListDetails, IconProgress, IconUsers, type Icon } from '@tabler/icons-react';

export interface NavItem {
  to: string;
  label: string;
  description: string;
  icon: Icon;
  /** Shown only to users who have this permission. */
  permission?: string;
}

/** Every page of the app. Only what exists is listed, and each user sees only what they may use. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Home', description: 'Who you are and what you can do', icon: IconHome },
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
