/**
 * The settings page's styles, scoped under .av-settings. Colours come from the page's own
 * variables when it has them (--fg, --muted, --line, --accent, --ok), else from the system
 * colour scheme, so the page reads in light and dark.
 */
export const settingsCss = `
.av-settings {
  color-scheme: light dark;
  --av-line: var(--line, color-mix(in srgb, currentColor 22%, transparent));
  --av-muted: var(--muted, color-mix(in srgb, currentColor 68%, transparent));
  --av-accent: var(--accent, LinkText);
  --av-ok: var(--ok, #1f8a4c);
  --av-error: #b3261e;
  max-width: 760px;
}
@media (prefers-color-scheme: dark) {
  .av-settings { --av-ok: var(--ok, #5cc28a); --av-error: #f2b8b5; }
}
.av-settings .av-section { border-top: 1px solid var(--av-line); padding: 12px 0 20px; }
.av-settings .av-subsection { margin: 12px 0 20px; }
.av-settings h3 { font-size: 1em; margin: 16px 0 6px; }
.av-settings .av-muted, .av-settings .av-hint { color: var(--av-muted); }
.av-settings .av-hint { font-size: 0.9em; margin: 4px 0 0; }
.av-settings .av-field { margin: 0 0 14px; border: 0; padding: 0; min-width: 0; }
.av-settings .av-field > label, .av-settings legend { display: block; font-weight: 600; margin-bottom: 4px; padding: 0; }
.av-settings .av-choice { display: flex; gap: 6px; align-items: baseline; font-weight: normal; margin: 4px 0; }
.av-settings .av-row { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; }
.av-settings input[type='text'], .av-settings input[type='tel'], .av-settings input[type='time'],
.av-settings select, .av-settings textarea {
  font: inherit; color: inherit; background: transparent;
  border: 1px solid var(--av-line); border-radius: 6px; padding: 5px 8px;
}
.av-settings input[type='text'], .av-settings input[type='tel'], .av-settings select, .av-settings textarea {
  width: 100%; box-sizing: border-box;
}
.av-settings select option { color: initial; }
.av-settings textarea { resize: vertical; }
.av-settings [aria-invalid='true'] { border-color: var(--av-error); outline: 1px solid var(--av-error); }
.av-settings button {
  font: inherit; color: inherit; background: transparent; cursor: pointer;
  border: 1px solid var(--av-line); border-radius: 6px; padding: 5px 12px;
}
.av-settings button:disabled { opacity: 0.55; cursor: default; }
.av-settings button.av-primary { border-color: var(--av-accent); color: var(--av-accent); font-weight: 600; }
.av-settings button.av-danger { border-color: var(--av-error); color: var(--av-error); }
.av-settings button.av-link { border: 0; padding: 2px 0; color: var(--av-accent); text-decoration: underline; }
.av-settings :focus-visible { outline: 2px solid var(--av-accent); outline-offset: 2px; }
.av-settings .av-actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
.av-settings .av-ok { color: var(--av-ok); margin: 4px 0; min-height: 1.2em; }
.av-settings .av-error, .av-settings [role='alert'], .av-settings .av-problems { color: var(--av-error); }
.av-settings .av-problems ul, .av-settings .av-counts { margin: 4px 0; padding-left: 1.2em; }
.av-settings .av-template { border: 1px solid var(--av-line); border-radius: 6px; margin: 6px 0; padding: 6px 10px; }
.av-settings .av-template summary { cursor: pointer; display: flex; gap: 8px; align-items: center; }
.av-settings .av-template[open] summary { margin-bottom: 8px; }
.av-settings .av-badge {
  font-size: 0.8em; border: 1px solid var(--av-accent); color: var(--av-accent);
  border-radius: 999px; padding: 0 7px;
}
.av-settings .av-badge-quiet { border-color: var(--av-line); color: var(--av-muted); }
.av-settings .av-confirm { border-left: 3px solid var(--av-error); padding: 4px 10px; margin: 8px 0; }
.av-settings .av-confirm button { margin-right: 8px; }
`;
