import {
  Autocomplete,
  Modal,
  MultiSelect,
  Notification,
  Select,
  TagsInput,
  createTheme,
  type CSSVariablesResolver,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';

// Clear buttons are icons: give them a name for screen readers.
const clearable = { clearButtonProps: { 'aria-label': 'Clear' } };

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 6 with white text is under 4.5:1; 7 passes WCAG AA for button labels.
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  components: {
    // "24 Nov 2026" reads the same everywhere (the pickers' default is the American "November 24, 2026").
    DatePickerInput: DatePickerInput.extend({
      defaultProps: { valueFormat: 'D MMM YYYY', clearButtonProps: { 'aria-label': 'Clear date' } },
    }),
    Select: Select.extend({ defaultProps: clearable }),
    MultiSelect: MultiSelect.extend({ defaultProps: clearable }),
    TagsInput: TagsInput.extend({ defaultProps: clearable }),
    Autocomplete: Autocomplete.extend({ defaultProps: clearable }),
    // Mantine's close buttons are icons without a name: give them one for screen readers.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } },
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    }),
  },
});

/**
 * Mantine's default greys and "light" variant text colours (badges, alerts) fall below the WCAG AA
 * contrast ratio of 4.5:1 for small text in light mode (also "outline"). These darker values pass, and keep the
 * look. In dark mode only the greys need it.
 */
const LIGHT_VARIANT_TEXT: Record<string, string> = {
  green: '#1f6f32',
  teal: 'var(--mantine-color-teal-9)',
  orange: '#a33a00',
  yellow: '#7a5b00',
  red: 'var(--mantine-color-red-9)',
  blue: 'var(--mantine-color-blue-9)',
  indigo: 'var(--mantine-color-indigo-9)',
  gray: 'var(--mantine-color-gray-8)',
};

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': '#6b7280',
    // Field error messages (red 6 by default) are small text: red 9 passes 4.5:1 on white.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // Links stay readable on striped and hovered table rows.
    '--mantine-color-anchor': 'var(--mantine-color-indigo-8)',
    ...Object.fromEntries(
      Object.entries(LIGHT_VARIANT_TEXT).flatMap(([color, value]) => [
        [`--mantine-color-${color}-light-color`, value],
        [`--mantine-color-${color}-outline`, value],
      ]),
    ),
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-placeholder': '#9a9a9a',
    '--mantine-color-error': 'var(--mantine-color-red-5)',
  },
});
