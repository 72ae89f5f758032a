/**
 * The phone's or laptop's camera as a scanner: frames go to ZXing-C++ compiled to WebAssembly
 * (zxing-wasm). Its .wasm file is bundled with the app and served by us (the library's default
 * would fetch it from a CDN, which a locked-down network or our Content-Security-Policy refuses).
 * The same code seen again within two seconds is one scan, not a stream of them.
 */
import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Button, Group, Text } from '@mantine/core';
import { IconCameraOff } from '@tabler/icons-react';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
  },
});

const FORMATS = ['Code128', 'QRCode', 'DataMatrix', 'EAN-13', 'EAN-8', 'UPC-A', 'UPC-E', 'Code39'] as const;
const REPEAT_MS = 2000;
const FRAME_MS = 150;

export function CameraScanner({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    let timer: number | undefined;
    const last = { code: '', at: 0 };
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    const tick = async () => {
      const v = video.current;
      if (stopped || !v || !context) return;
      if (v.readyState >= 2 && v.videoWidth > 0) {
        canvas.width = v.videoWidth;
        canvas.height = v.videoHeight;
        context.drawImage(v, 0, 0);
        try {
          const found = await readBarcodes(context.getImageData(0, 0, canvas.width, canvas.height), {
            formats: [...FORMATS],
            tryHarder: true,
            maxNumberOfSymbols: 1,
          });
          const hit = found.find((r) => r.isValid && r.text);
          const now = Date.now();
          if (hit && (hit.text !== last.code || now - last.at > REPEAT_MS)) {
            last.code = hit.text;
            last.at = now;
            onCodeRef.current(hit.text);
          } else if (hit) last.at = now;
        } catch (err) {
          setProblem(`The barcode reader could not start: ${err instanceof Error ? err.message : String(err)}`);
          return;
        }
      }
      timer = window.setTimeout(() => void tick(), FRAME_MS);
    };

    (async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setProblem('This browser gives no camera to this page (a camera needs HTTPS, or localhost).');
        return;
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
          audio: false,
        });
      } catch (err) {
        setProblem(
          err instanceof DOMException && err.name === 'NotAllowedError'
            ? 'The camera was not allowed. Allow it in the browser’s site settings, or use a scanner.'
            : `No camera could be opened${err instanceof Error ? `: ${err.message}` : ''}.`,
        );
        return;
      }
      if (stopped || !video.current) {
        stream.getTracks().forEach((t) => t.stop());
        return;
      }
      video.current.srcObject = stream;
      await video.current.play().catch(() => undefined);
      setRunning(true);
      void tick();
    })();

    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, []);

  return (
    <Box>
      {problem ? (
        <Alert color="orange" icon={<IconCameraOff />} title="Camera">
          {problem}
        </Alert>
      ) : (
        <Box pos="relative" style={{ borderRadius: 8, overflow: 'hidden', background: 'black' }}>
          <video
            ref={video}
            muted
            playsInline
            aria-label="Camera view"
            style={{ width: '100%', maxHeight: 360, objectFit: 'cover', display: 'block' }}
          />
          {running && (
            <Box
              pos="absolute"
              style={{ inset: '25% 10%', border: '2px solid rgba(255,255,255,0.8)', borderRadius: 8 }}
              aria-hidden
            />
          )}
        </Box>
      )}
      <Group justify="space-between" mt="xs">
        <Text size="xs" c="dimmed">
          {running ? 'Hold the code inside the frame.' : problem ? '' : 'Opening the camera…'}
        </Text>
        <Button size="xs" variant="default" onClick={onClose}>
          Close camera
        </Button>
      </Group>
    </Box>
  );
}
