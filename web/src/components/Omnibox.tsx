import { useRef, useState, type FormEvent } from 'react';
import { Kbd, Loader, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { lookUp, pathOf } from '../api/lookup';
import { notifyError } from './notify';
import { useIsPhone } from './useIsPhone';

/**
 * The box in the header that takes anything: type or scan a tag, serial, location code, GTIN,
 * employee number or e-mail and it goes there; anything else opens the search page. "/" focuses it.
 */
export function Omnibox({ onDone }: { onDone?: () => void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const isPhone = useIsPhone();
  useHotkeys([['/', () => input.current?.focus()]]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (!q || busy) return;
    setBusy(true);
    try {
      const result = await lookUp(q);
      // One thing is what the code names: go there. Otherwise show what contains the text, and why.
      void navigate(
        result.match ? pathOf(result.match) : `/search?q=${encodeURIComponent(q)}`,
        result.match ? undefined : { state: { lookupMessage: result.message } },
      );
      setText('');
      input.current?.blur();
      onDone?.();
    } catch (error) {
      notifyError(`Could not look up “${q}”`, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} role="search" style={{ flex: 1, maxWidth: 420, minWidth: 0 }}>
      <TextInput
        ref={input}
        aria-label="Find a tag, serial, location code, person or GTIN"
        placeholder={isPhone ? 'Find or scan' : 'Tag, serial, location, person, GTIN'}
        leftSection={busy ? <Loader size={14} aria-label="Looking up" /> : <IconSearch size={16} aria-hidden />}
        rightSection={
          <Kbd size="xs" visibleFrom="sm" aria-hidden>
            /
          </Kbd>
        }
        rightSectionPointerEvents="none"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autoComplete="off"
        enterKeyHint="go"
      />
    </form>
  );
}
