import type { NoteKind } from './types.ts';

const PATHS: Record<NoteKind, string[]> = {
  meeting: [
    'M4 7a2 2 0 0 1 2 -2h12a2 2 0 0 1 2 2v12a2 2 0 0 1 -2 2h-12a2 2 0 0 1 -2 -2z',
    'M16 3v4',
    'M8 3v4',
    'M4 11h16',
  ],
  call: [
    'M5 4h4l2 5l-2.5 1.5a11 11 0 0 0 5 5l1.5 -2.5l5 2v4a2 2 0 0 1 -2 2a16 16 0 0 1 -15 -15a2 2 0 0 1 2 -2',
  ],
  email: ['M3 7a2 2 0 0 1 2 -2h14a2 2 0 0 1 2 2v10a2 2 0 0 1 -2 2h-14a2 2 0 0 1 -2 -2z', 'M3 7l9 6l9 -6'],
  note: ['M4 20h4l10.5 -10.5a2.828 2.828 0 1 0 -4 -4l-10.5 10.5v4', 'M13.5 6.5l4 4'],
};

export const NOTE_COLORS: Record<NoteKind, string> = {
  meeting: 'blue',
  call: 'teal',
  email: 'violet',
  note: 'gray',
};

/** A small line icon for each kind of note (meeting, call, e-mail, note). */
export function NoteIcon({ kind, size = 14 }: { kind: NoteKind; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {(PATHS[kind] ?? PATHS.note).map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
