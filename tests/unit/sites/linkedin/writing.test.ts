// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findInvitationNote, findMessageComposer, readConversation } from '@/lib/sites/linkedin/read';

const DIR = 'tests/fixtures/pages/linkedin';
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(`${DIR}/${name}`, 'utf8'), 'text/html');
const LI = 'https://www.linkedin.com';
const THREAD = `${LI}/messaging/thread/2-ZXhhbXBsZS10aHJlYWQtcHJpeWE=/`;
const PRIYA = `${LI}/in/priya-natarajan-example/`;

describe('findMessageComposer', () => {
  it.each([
    // The messaging page's open conversation.
    ['messaging.html'],
    // The chat bubble opened from Priya's profile.
    ['profile-2024.html'],
  ])('%s: the editor and who it writes to', (file) => {
    const doc = load(file);
    const composer = findMessageComposer(doc);
    expect(composer).not.toBeNull();
    expect(composer!.editor.getAttribute('contenteditable')).toBe('true');
    expect(composer!.editor.getAttribute('role')).toBe('textbox');
    expect(composer!.editor.classList.contains('msg-form__contenteditable')).toBe(true);
    expect({ name: composer!.recipientName, url: composer!.recipientProfileUrl }).toEqual({
      name: 'Priya Natarajan',
      url: PRIYA,
    });
  });

  it.each(['profile-2022.html', 'job-view.html', 'invitation-modal.html', 'authwall.html'])(
    '%s: none',
    (file) => {
      expect(findMessageComposer(load(file))).toBeNull();
    },
  );

  it('finds the editor by class when its English label changes, and by its form when the class goes', () => {
    const doc = load('messaging.html');
    const editor = doc.querySelector('[contenteditable="true"]')!;
    editor.setAttribute('aria-label', 'Écrivez un message…');
    expect(findMessageComposer(doc)?.editor).toBe(editor);
    editor.removeAttribute('class');
    editor.removeAttribute('role');
    expect(findMessageComposer(doc)?.editor).toBe(editor);
  });

  it('still gives the editor when the title bar is gone, with no recipient', () => {
    const doc = load('messaging.html');
    doc.querySelector('.msg-title-bar')!.remove();
    expect(findMessageComposer(doc)).toMatchObject({ recipientName: null, recipientProfileUrl: null });
  });
});

describe('readConversation', () => {
  it('the participant, each message with its sender (carried over a run), and the composer', () => {
    expect(readConversation(load('messaging.html'), THREAD)).toEqual({
      threadId: '2-ZXhhbXBsZS10aHJlYWQtcHJpeWE=',
      participantName: 'Priya Natarajan',
      participantProfileUrl: PRIYA,
      messages: [
        {
          sender: 'Priya Natarajan',
          // Member ids keep their case.
          senderProfileUrl: `${LI}/in/ACoAAExamplePriyaNatarajan0001/`,
          fromOther: true,
          text: 'Hi Jordan, thanks for applying to the Senior Product Analyst role. Could you talk next week?',
        },
        {
          sender: 'Priya Natarajan',
          senderProfileUrl: `${LI}/in/ACoAAExamplePriyaNatarajan0001/`,
          fromOther: true,
          text: 'Tuesday at 2 PM Eastern would suit me.',
        },
        {
          sender: 'Jordan Rivera',
          senderProfileUrl: `${LI}/in/ACoAAExampleJordanRivera0001/`,
          fromOther: false,
          text: 'Thank you, Priya. Tuesday works well.',
        },
      ],
      hasComposer: true,
    });
  });

  it("says it cannot tell whose message is whose when LinkedIn's marker is gone", () => {
    const doc = load('messaging.html');
    for (const e of doc.querySelectorAll('.msg-s-event-listitem--other')) {
      e.classList.remove('msg-s-event-listitem--other');
    }
    expect(readConversation(doc, `${LI}/messaging/`).messages.map((m) => m.fromOther)).toEqual([
      null,
      null,
      null,
    ]);
    expect(readConversation(doc, `${LI}/messaging/`).threadId).toBeNull();
  });
});

describe('findInvitationNote', () => {
  it('the note field, its 300-character limit and the invitee', () => {
    const doc = load('invitation-modal.html');
    const note = findInvitationNote(doc);
    expect(note).not.toBeNull();
    expect(note!.textarea).toBe(doc.getElementById('custom-message'));
    expect(note!.textarea.tagName).toBe('TEXTAREA');
    expect({ maxLength: note!.maxLength, inviteeName: note!.inviteeName }).toEqual({
      maxLength: 300,
      inviteeName: 'Samuel Adeyemi-Park',
    });
  });

  it('takes the limit from the field, and 300 when the field gives none or nonsense', () => {
    const doc = load('invitation-modal.html');
    const field = doc.getElementById('custom-message')!;
    field.setAttribute('maxlength', '200');
    expect(findInvitationNote(doc)?.maxLength).toBe(200);
    field.setAttribute('maxlength', 'lots');
    expect(findInvitationNote(doc)?.maxLength).toBe(300);
    field.removeAttribute('maxlength');
    expect(findInvitationNote(doc)?.maxLength).toBe(300);
  });

  it('names the invitee from the profile behind the dialog when the dialog does not', () => {
    const doc = load('invitation-modal.html');
    doc.querySelector('[role="dialog"] strong')!.remove();
    expect(findInvitationNote(doc)?.inviteeName).toBe('Samuel Adeyemi-Park');
  });

  it('finds the field by its name and class when the id goes, and the dialog by class without its role', () => {
    const doc = load('invitation-modal.html');
    const field = doc.getElementById('custom-message')!;
    field.removeAttribute('id');
    doc.querySelector('[role="dialog"]')!.removeAttribute('role');
    expect(findInvitationNote(doc)?.textarea).toBe(field);
    field.removeAttribute('name');
    expect(findInvitationNote(doc)?.textarea).toBe(field);
  });

  it.each(['profile-2024.html', 'messaging.html', 'profile-public.html'])('%s: none', (file) => {
    expect(findInvitationNote(load(file))).toBeNull();
  });

  it('none for a message field outside a dialog', () => {
    const doc = new DOMParser().parseFromString(
      '<form><textarea name="message"></textarea></form>',
      'text/html',
    );
    expect(findInvitationNote(doc)).toBeNull();
  });
});
