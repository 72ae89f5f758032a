/**
 * The station's input. A keyboard-wedge scanner types the code and Enter (or Tab) in a few
 * milliseconds; a person types slower. In the field both are taken (Enter submits; the list says
 * which it was). Outside any text field, a scanner's burst is still caught and taken as a scan, so a
 * scan after clicking a button is not lost; a person's keystrokes there are left alone. A burst
 * ending in Tab is a scan too, instead of moving the focus.
 */
import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react';
import { TextInput } from '@mantine/core';
import { IconBarcode } from '@tabler/icons-react';
import { WedgeBuffer } from '../../../../src/domain/scan/wedge-buffer';
import { MONO_INPUT } from '../kit';

export type ScanSource = 'scanner' | 'typed' | 'camera';

export interface ScanFieldHandle {
  focus: () => void;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

interface ScanFieldProps {
  label: string;
  placeholder: string;
  description?: string;
  disabled?: boolean;
  onScan: (code: string, source: ScanSource) => void;
}

export const ScanField = forwardRef<ScanFieldHandle, ScanFieldProps>(function ScanField(
  { label, placeholder, description, disabled, onScan },
  ref,
) {
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const fieldBuffer = useRef(new WedgeBuffer());
  const onScanRef = useRef(onScan);
  onScanRef.current = onScan;
  useImperativeHandle(ref, () => ({ focus: () => input.current?.focus() }), []);

  // Bursts typed while the focus is on no text field (a button, the page).
  useEffect(() => {
    const buffer = new WedgeBuffer();
    const listener = (event: globalThis.KeyboardEvent) => {
      if (event.target === input.current || isEditable(event.target) || event.ctrlKey || event.metaKey || event.altKey)
        return;
      if (event.key.length === 1) buffer.push(event.key, event.timeStamp);
      else if (event.key === 'Enter' || event.key === 'Tab') {
        const code = buffer.end(event.timeStamp);
        if (code.fromScanner && code.text.trim()) {
          event.preventDefault();
          onScanRef.current(code.text.trim(), 'scanner');
          input.current?.focus();
        }
      }
    };
    document.addEventListener('keydown', listener, true);
    return () => document.removeEventListener('keydown', listener, true);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const t = event.timeStamp;
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      fieldBuffer.current.push(event.key, t);
      return;
    }
    if (event.key !== 'Enter' && event.key !== 'Tab') return;
    const code = fieldBuffer.current.end(t);
    if (event.key === 'Tab' && !code.fromScanner) return; // a person moving on
    event.preventDefault();
    const text = value.trim();
    setValue('');
    if (text) onScanRef.current(text, code.fromScanner && code.text.trim() === text ? 'scanner' : 'typed');
  };

  return (
    <TextInput
      ref={input}
      label={label}
      description={description}
      placeholder={placeholder}
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      onKeyDown={onKeyDown}
      disabled={disabled}
      autoComplete="off"
      autoCapitalize="off"
      autoCorrect="off"
      spellCheck={false}
      enterKeyHint="go"
      size="lg"
      leftSection={<IconBarcode size={22} />}
      styles={MONO_INPUT}
      data-autofocus
    />
  );
});
