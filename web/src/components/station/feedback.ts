/**
 * What a scan sounds like: a short high beep when it is taken, two rising tones when it sets where
 * or to whom the next assets go, a low buzz when it is refused. WebAudio, made on the spot (no sound
 * files); browsers only allow sound after the user has interacted with the page, which a station
 * always has (the mode was picked, the field was focused).
 */
export type Tone = 'ok' | 'context' | 'warn' | 'error';

let audio: AudioContext | null = null;

function beep(ctx: AudioContext, frequency: number, start: number, duration: number, type: OscillatorType) {
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.type = type;
  osc.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, ctx.currentTime + start);
  gain.gain.exponentialRampToValueAtTime(0.25, ctx.currentTime + start + 0.01);
  gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + start + duration);
  osc.connect(gain).connect(ctx.destination);
  osc.start(ctx.currentTime + start);
  osc.stop(ctx.currentTime + start + duration + 0.02);
}

export function playTone(tone: Tone, enabled = true) {
  if (!enabled || typeof AudioContext === 'undefined') return;
  try {
    audio ??= new AudioContext();
    if (audio.state === 'suspended') void audio.resume();
    if (tone === 'ok') beep(audio, 1320, 0, 0.08, 'square');
    else if (tone === 'context') {
      beep(audio, 880, 0, 0.07, 'square');
      beep(audio, 1320, 0.09, 0.07, 'square');
    } else if (tone === 'warn') beep(audio, 660, 0, 0.18, 'triangle');
    else beep(audio, 180, 0, 0.35, 'sawtooth');
  } catch {
    // No audio device: the colour and the text still say what happened.
  }
}

/** Filled backgrounds with enough contrast for their text (white, or black on yellow). */
export const TONE_COLORS: Record<Tone, { bg: string; text: string }> = {
  ok: { bg: 'teal.9', text: 'white' },
  context: { bg: 'blue.8', text: 'white' },
  warn: { bg: 'yellow.5', text: 'black' },
  error: { bg: 'red.9', text: 'white' },
};
