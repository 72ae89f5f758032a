import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Combobox, Group, InputBase, Loader, Stack, Text, useCombobox, type MantineSize } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';

export interface SearchOption {
  value: string;
  /** What the input shows once the option is picked. */
  label: string;
  /** A second line in the list (a breadcrumb, an e-mail, a category). */
  description?: ReactNode;
  /** Right-hand detail in the list (a code, a badge). */
  aside?: ReactNode;
}

export interface SearchResults {
  options: SearchOption[];
  isFetching: boolean;
  /** Shown when nothing matches (or before anything is typed). */
  message?: string;
}

export interface SearchSelectProps {
  label: ReactNode;
  value: string | null | undefined;
  onChange: (value: string | null, option: SearchOption | null) => void;
  /** Called with the (debounced) text; runs on every render like any hook, so pass a stable hook. */
  useSearch: (q: string, opened: boolean) => SearchResults;
  /** The label of the current value when it was not picked here (from the URL, a saved record). */
  useSelectedLabel: (value: string | null | undefined) => string | undefined;
  /**
   * Enter pressed with no option highlighted (a scanner types the code and presses Enter before the
   * list has answered): resolve the typed text to one option, or null.
   */
  resolveExact?: (text: string) => Promise<SearchOption | null>;
  placeholder?: string;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  clearable?: boolean;
  autoFocus?: boolean;
  size?: MantineSize;
  w?: string | number | Record<string, string | number>;
  maw?: string | number;
  style?: React.CSSProperties;
  'data-testid'?: string;
}

/**
 * A select that searches the server as you type (debounced), for lists too long to load whole:
 * locations, models, people, assets. The text box shows the picked option's label; typing searches;
 * leaving without picking restores the label.
 */
export function SearchSelect({
  label,
  value,
  onChange,
  useSearch,
  useSelectedLabel,
  resolveExact,
  placeholder = 'Type to search',
  description,
  error,
  required,
  disabled,
  clearable = true,
  autoFocus,
  size,
  w,
  maw,
  style,
  'data-testid': testId,
}: SearchSelectProps) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const selectedLabel = useSelectedLabel(value);
  const [picked, setPicked] = useState<SearchOption | null>(null);
  const shownLabel = value ? (picked?.value === value ? picked.label : (selectedLabel ?? '')) : '';
  const [text, setText] = useState(shownLabel);
  const [typing, setTyping] = useState(false);
  const [debounced] = useDebouncedValue(text, 200);
  const results = useSearch(typing ? debounced.trim() : '', combobox.dropdownOpened);
  const [resolving, setResolving] = useState(false);
  const lastShown = useRef(shownLabel);

  // The label arrives after the value (a fetch): show it unless the user is typing.
  useEffect(() => {
    if (!typing && lastShown.current !== shownLabel) setText(shownLabel);
    lastShown.current = shownLabel;
  }, [shownLabel, typing]);

  const choose = (option: SearchOption | null) => {
    setPicked(option);
    setTyping(false);
    setText(option?.label ?? '');
    onChange(option?.value ?? null, option);
    combobox.closeDropdown();
  };

  // Highlight the first result so Enter picks it.
  useEffect(() => {
    if (combobox.dropdownOpened && results.options.length > 0 && typing) combobox.selectFirstOption();
  }, [results.options, combobox, typing]);

  const stale = typing && debounced.trim() !== text.trim();
  const options = results.options.map((option) => (
    <Combobox.Option value={option.value} key={option.value} active={option.value === value}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" truncate>
            {option.label}
          </Text>
          {option.description && (
            <Text size="xs" c="dimmed" truncate>
              {option.description}
            </Text>
          )}
        </Stack>
        {option.aside}
      </Group>
    </Combobox.Option>
  ));

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(v) => choose(results.options.find((o) => o.value === v) ?? null)}
      withinPortal
    >
      <Combobox.Target>
        <InputBase
          label={label}
          description={description}
          error={error}
          required={required}
          disabled={disabled}
          autoFocus={autoFocus}
          size={size}
          w={w}
          maw={maw}
          style={style}
          data-testid={testId}
          placeholder={placeholder}
          value={text}
          autoComplete="off"
          rightSection={
            results.isFetching || resolving || stale ? (
              <Loader size={14} aria-label="Searching" />
            ) : clearable && value ? (
              <Combobox.ClearButton aria-label="Clear" onClear={() => choose(null)} />
            ) : (
              <Combobox.Chevron />
            )
          }
          rightSectionPointerEvents={clearable && value ? 'auto' : 'none'}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setTyping(true);
            combobox.openDropdown();
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={(event) => {
            combobox.openDropdown();
            event.currentTarget.select();
          }}
          onBlur={() => {
            combobox.closeDropdown();
            if (!resolving) {
              setTyping(false);
              setText(shownLabel);
            }
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || !resolveExact) return;
            if (combobox.dropdownOpened && combobox.getSelectedOptionIndex() !== -1 && !stale) return;
            event.preventDefault();
            const typed = text.trim();
            if (!typed) return;
            setResolving(true);
            void resolveExact(typed)
              .then((option) => option && choose(option))
              .finally(() => setResolving(false));
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={320} style={{ overflowY: 'auto' }}>
          {options.length > 0 ? (
            options
          ) : (
            <Combobox.Empty>
              {results.isFetching || stale ? 'Searching…' : (results.message ?? 'Nothing found')}
            </Combobox.Empty>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
