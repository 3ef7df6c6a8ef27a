/** Styles for Afterview's in-page UI (inside shadow roots, so nothing leaks either way). */
export const inPageCss = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.av-button, .av-chip {
  display: inline-flex; align-items: center; gap: 4px; margin-left: 8px; vertical-align: middle;
  font-size: 12px; line-height: 18px; padding: 2px 10px; border-radius: 12px; cursor: pointer;
  border: 1px solid #2f6f4f; background: #fff; color: #1f4d36;
}
/* A chip is one line: a long company or name ends in an ellipsis, the full text in its title. */
.av-chip {
  display: inline-block; max-width: min(24em, 100%); overflow: hidden; white-space: nowrap;
  text-overflow: ellipsis;
}
.av-button:hover, .av-chip:hover { background: #eef7f1; }
.av-button:focus-visible, .av-chip:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible {
  outline: 2px solid #1a73e8; outline-offset: 2px;
}
.av-quiet { border-color: #c4c9cf; color: #4a5561; padding: 0 8px; font-size: 11px; }
.av-chip--due { background: #fff4e0; border-color: #b36b00; color: #6b3f00; }
.av-chip--closed { border-color: #9aa3ad; color: #4a5561; }
.av-backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.25); z-index: 2147483000; }
.av-panel {
  position: fixed; top: 10vh; left: 50%; transform: translateX(-50%); z-index: 2147483001;
  width: min(520px, 94vw); max-height: 80vh; overflow: auto; background: #fff; color: #1d2630;
  border-radius: 10px; box-shadow: 0 10px 40px rgba(0,0,0,.3); padding: 18px 20px; font-size: 14px;
  overflow-wrap: anywhere;
}
.av-panel fieldset, .av-panel select { min-width: 0; max-width: 100%; }
.av-panel h2 { margin: 0 0 4px; font-size: 17px; }
.av-panel label { display: block; margin: 10px 0 2px; font-weight: 600; font-size: 13px; }
.av-panel input, .av-panel select { width: 100%; padding: 6px 8px; font-size: 14px; border: 1px solid #b8c0c8; border-radius: 6px; }
.av-person { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr) 130px; gap: 4px 6px; margin-top: 8px; align-items: start; }
.av-people { border: 0; padding: 0; margin: 12px 0 0; }
.av-people legend { font-weight: 600; font-size: 13px; padding: 0; }
.av-person-head { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr) 130px; gap: 6px; margin-top: 6px; font-size: 12px; color: #4a5561; }
.av-person-foot { grid-column: 1 / -1; display: flex; justify-content: space-between; align-items: center; font-size: 13px; }
.av-panel label.av-check { display: inline-flex; align-items: center; gap: 6px; margin: 0; font-weight: 400; }
.av-panel input[type="checkbox"], .av-panel input[type="radio"] { width: auto; margin: 0; }
.av-panel label.av-choice { display: flex; align-items: center; gap: 6px; margin: 6px 0 0; font-weight: 400; }
.av-panel label.av-choice input { flex: none; }
.av-panel input[aria-invalid="true"] { border-color: #b3261e; }
.av-field-error { color: #b3261e; font-size: 12px; margin: 2px 0 0; }
.av-link { border: 0; background: none; padding: 2px 4px; color: #1a5fb4; text-decoration: underline; cursor: pointer; font-size: 13px; }
.av-add { margin-top: 10px; padding: 4px 12px; border-radius: 6px; border: 1px solid #2f6f4f; background: #fff; color: #1f4d36; cursor: pointer; font-size: 13px; }
.av-add:disabled { opacity: .6; cursor: default; }
.av-removed { margin: 8px 0 0; font-size: 13px; color: #4a5561; }
.av-evidence { margin: 8px 0 0; padding-left: 18px; color: #4a5561; font-size: 13px; }
.av-hint { color: #4a5561; font-size: 12px; margin: 4px 0 0; }
.av-actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 16px; }
.av-actions button { padding: 6px 14px; border-radius: 6px; border: 1px solid #b8c0c8; background: #fff; cursor: pointer; font-size: 14px; }
.av-actions .av-primary { background: #2f6f4f; border-color: #2f6f4f; color: #fff; }
.av-error { color: #b3261e; margin-top: 8px; }
.av-proposal {
  display: inline-flex; flex-wrap: wrap; gap: 6px; align-items: center; max-width: 100%; margin-left: 8px;
  font-size: 12px; color: #1d2630; overflow-wrap: anywhere;
}
.av-proposal button { font-size: 12px; padding: 1px 8px; border-radius: 10px; border: 1px solid #b8c0c8; background: #fff; cursor: pointer; }
.av-note { font-size: 12px; color: #4a5561; margin-left: 8px; overflow-wrap: anywhere; }
`;
