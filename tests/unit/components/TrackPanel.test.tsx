// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type JobChoice, type PanelValues, TrackPanel } from '@/components/TrackPanel';

const priya = {
  name: 'Priya Natarajan',
  email: 'priya@brightwater.example',
  phone: null,
  role: 'recruiter' as const,
  inInterview: false,
};
const marcus = {
  name: 'Marcus Okafor',
  email: 'marcus@brightwater.example',
  phone: '+1 555 0100',
  role: 'interviewer' as const,
  inInterview: true,
};

const initial: PanelValues = {
  company: 'Brightwater Labs',
  role: '',
  people: [priya],
  interviewAt: '2026-11-03T14:00',
  decisionBy: '2026-11-13',
};

function setup(
  onConfirm = vi.fn(async (_values: PanelValues & JobChoice) => {}),
  values: PanelValues = initial,
) {
  const onClose = vi.fn();
  render(
    <TrackPanel
      heading="Track follow-up"
      initial={values}
      labelText="This looks like a scheduled interview."
      evidence={['your interview is confirmed']}
      confirmLabel="Track"
      onConfirm={onConfirm}
      onClose={onClose}
    />,
  );
  return { onConfirm, onClose };
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(input(label), { target: { value } });
const track = () => fireEvent.click(screen.getByRole('button', { name: 'Track' }));
const ready = { ...initial, role: 'Senior Product Analyst' };

describe('TrackPanel', () => {
  it('is a labelled dialog, focuses its first field, and shows why with the quote', () => {
    setup();
    expect(screen.getByRole('dialog', { name: 'Track follow-up' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Company'));
    expect(screen.getByText('“your interview is confirmed”')).toBeTruthy();
  });

  it('asks for what is missing instead of saving', async () => {
    const { onConfirm } = setup();
    track();
    expect((await screen.findByRole('alert')).textContent).toMatch(/company and the role/);
    expect(input('Role').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input('Role').getAttribute('aria-describedby')!)?.textContent).toBe(
      'Add the role.',
    );
    expect(input('Company').getAttribute('aria-invalid')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('sends the user’s corrections, including a person’s role', async () => {
    const { onConfirm } = setup();
    type('Role', 'Senior Product Analyst');
    fireEvent.change(screen.getByLabelText('Role of Priya Natarajan'), {
      target: { value: 'hiring_manager' },
    });
    track();
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
    // A hiring manager was in the interview unless the user says otherwise.
    expect(onConfirm).toHaveBeenCalledWith({
      ...initial,
      role: 'Senior Product Analyst',
      people: [{ ...priya, role: 'hiring_manager', inInterview: true }],
      // Nothing asked about another opportunity for the same job: a new one, not "another job".
      attachTo: null,
      newJob: false,
    });
  });

  it('labels each person’s fields by number, and the role also by name', () => {
    setup(undefined, { ...ready, people: [priya, marcus] });
    expect(input('Name of person 2').value).toBe('Marcus Okafor');
    expect(input('Email of person 2').value).toBe('marcus@brightwater.example');
    expect(screen.getByLabelText('Role of person 2')).toBe(screen.getByLabelText('Role of Marcus Okafor'));
    expect((screen.getByLabelText('Role of person 1') as HTMLSelectElement).value).toBe('recruiter');
    expect(screen.getByLabelText('Person 2 was in the interview')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove person 2' })).toBeTruthy();
  });

  it('asks “who did you meet?” when an interview time is set, ticking interviewers and hiring managers', () => {
    setup(undefined, { ...ready, people: [priya, { ...marcus, inInterview: false }] });
    const people = screen.getByRole('group', { name: 'Who did you meet?' });
    expect(within(people).getByText(/Tick everyone who was in the interview/)).toBeTruthy();
    expect((screen.getByLabelText('Person 1 was in the interview') as HTMLInputElement).checked).toBe(false);
    // What the caller gave is kept: the user unticked Marcus (or the understanding said so).
    expect((screen.getByLabelText('Person 2 was in the interview') as HTMLInputElement).checked).toBe(false);
  });

  it('shows no checkboxes and heads the section “People” without an interview time', () => {
    setup(undefined, { ...ready, interviewAt: '', people: [priya] });
    expect(screen.getByRole('group', { name: 'People' })).toBeTruthy();
    expect(screen.queryByLabelText('Person 1 was in the interview')).toBeNull();
    // Setting a time brings the question.
    fireEvent.input(input('Interview (your time)'), { target: { value: '2026-11-03T14:00' } });
    expect(screen.getByRole('group', { name: 'Who did you meet?' })).toBeTruthy();
    expect(screen.getByLabelText('Person 1 was in the interview')).toBeTruthy();
  });

  it('edits an email, adds a person, removes one, ticks the recruiter, and sends exactly that', async () => {
    const { onConfirm } = setup(undefined, { ...ready, people: [priya, marcus] });
    type('Email of person 2', 'marcus.okafor@brightwater.example');

    fireEvent.click(screen.getByRole('button', { name: 'Add a person' }));
    // The new row takes the focus, ready to type.
    expect(document.activeElement).toBe(input('Name of person 3'));
    type('Name of person 3', 'Dana Ortiz');
    type('Email of person 3', 'dana@brightwater.example');
    fireEvent.change(screen.getByLabelText('Role of Dana Ortiz'), { target: { value: 'hiring_manager' } });

    fireEvent.click(screen.getByRole('button', { name: 'Add a person' }));
    type('Name of person 4', 'Wrong Person');
    fireEvent.click(screen.getByRole('button', { name: 'Remove person 4' }));
    expect(screen.queryByLabelText('Name of person 4')).toBeNull();
    expect(screen.getByText(/Wrong Person will not be tracked/)).toBeTruthy();
    // Focus goes to Undo, so the keyboard can take it back at once.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo removing person 4' }));

    fireEvent.click(screen.getByLabelText('Person 1 was in the interview'));
    track();
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
    expect(onConfirm.mock.calls[0]![0].people).toEqual([
      { ...priya, inInterview: true },
      { ...marcus, email: 'marcus.okafor@brightwater.example' },
      {
        name: 'Dana Ortiz',
        email: 'dana@brightwater.example',
        phone: null,
        role: 'hiring_manager',
        inInterview: true,
      },
    ]);
  });

  it('undoes a removal while the panel is open, focus back on the name', async () => {
    const { onConfirm } = setup(undefined, { ...ready, people: [priya, marcus] });
    fireEvent.click(screen.getByRole('button', { name: 'Remove person 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo removing person 1' }));
    expect(document.activeElement).toBe(input('Name of person 1'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove person 2' }));
    track();
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
    expect(onConfirm.mock.calls[0]![0].people).toEqual([priya]);
  });

  it('keeps a ticked box when the role changes, and follows the role until then', () => {
    setup(undefined, { ...ready, people: [priya] });
    const box = () => screen.getByLabelText('Person 1 was in the interview') as HTMLInputElement;
    const role = screen.getByLabelText('Role of person 1');
    fireEvent.change(role, { target: { value: 'interviewer' } });
    expect(box().checked).toBe(true);
    fireEvent.click(box());
    expect(box().checked).toBe(false);
    fireEvent.change(role, { target: { value: 'hiring_manager' } });
    expect(box().checked).toBe(false);
  });

  it('says what is wrong beside each field, focuses it, and sends nothing until it is fixed', async () => {
    const { onConfirm } = setup(undefined, { ...ready, people: [priya, marcus] });
    type('Email of person 1', 'priya at brightwater');
    type('Name of person 2', '   ');
    fireEvent.click(screen.getByRole('button', { name: 'Add a person' }));
    type('Name of person 3', 'Priya N.');
    type('Email of person 3', 'PRIYA@brightwater.example'.replace('PRIYA', 'marcus'));
    track();

    expect((await screen.findByRole('alert')).textContent).toMatch(/need a fix/);
    const email = input('Email of person 1');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(email);
    const described = (el: HTMLElement) =>
      document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(described(email)).toMatch(/does not look like an email address/);
    expect(described(input('Name of person 2'))).toBe('Add this person’s name.');
    expect(described(input('Email of person 3'))).toBe('Person 2 already has this address.');
    expect(onConfirm).not.toHaveBeenCalled();

    // The notes follow the typing, and go once all is well.
    type('Email of person 1', 'priya@brightwater.example');
    expect(email.getAttribute('aria-invalid')).toBeNull();
    type('Name of person 2', 'Marcus Okafor');
    type('Email of person 3', '');
    track();
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
    expect(onConfirm.mock.calls[0]![0].people.map((p) => p.email)).toEqual([
      'priya@brightwater.example',
      'marcus@brightwater.example',
      null,
    ]);
  });

  it('refuses a company past its bound, saying so beside it', async () => {
    const { onConfirm } = setup(undefined, { ...ready, company: 'x'.repeat(301) });
    track();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Keep the company and the role under 300 characters each.',
    );
    expect(screen.getByText('Keep it under 300 characters.')).toBeTruthy();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('refuses a name past its bound', async () => {
    const { onConfirm } = setup(undefined, { ...ready, people: [{ ...priya, name: 'x'.repeat(301) }] });
    track();
    expect(await screen.findByText('Keep the name under 300 characters.')).toBeTruthy();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('shows the background’s error and stays open', async () => {
    setup(
      vi.fn(async () => {
        throw new Error('params.company: too long');
      }),
    );
    type('Role', 'Analyst');
    track();
    expect((await screen.findByRole('alert')).textContent).toBe('params.company: too long');
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('closes on Escape and on Cancel without saving', () => {
    const { onClose, onConfirm } = setup();
    fireEvent.keyDown(screen.getByLabelText('Company'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});

describe('TrackPanel: a job already followed', () => {
  const offer = { id: 'o1', company: 'Brightwater Labs', role: 'Senior Product Analyst', status: 'offer' };

  function withSameJob(found: typeof offer | null) {
    const onConfirm = vi.fn(async (_values: unknown) => {});
    const findSameJob = vi.fn(async () => found);
    render(
      <TrackPanel
        heading="Track follow-up"
        initial={ready}
        labelText={null}
        evidence={[]}
        confirmLabel="Track"
        findSameJob={findSameJob}
        onConfirm={onConfirm}
        onClose={vi.fn()}
      />,
    );
    return { onConfirm, findSameJob };
  }

  it('asks whether to add the conversation to it, and writes nothing until answered', async () => {
    const { onConfirm, findSameJob } = withSameJob(offer);
    track();
    expect((await screen.findByRole('alert')).textContent).toMatch(/You already follow this job/);
    expect(findSameJob).toHaveBeenCalledWith('Brightwater Labs', 'Senior Product Analyst');
    const group = screen.getByRole('group', {
      name: 'You already follow Senior Product Analyst at Brightwater Labs (offer).',
    });
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(within(group).getByLabelText('Add this conversation to it'));
    track();
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
    expect(onConfirm.mock.calls[0]![0]).toMatchObject({ attachTo: 'o1', newJob: false });
  });

  it('follows it as another job when the user says so', async () => {
    const { onConfirm } = withSameJob(offer);
    track();
    fireEvent.click(await screen.findByLabelText('It is another job: follow it separately'));
    track();
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
    expect(onConfirm.mock.calls[0]![0]).toMatchObject({ attachTo: null, newJob: true });
  });

  it('asks again when the role is changed, and saves at once when nothing matches', async () => {
    const { onConfirm, findSameJob } = withSameJob(null);
    track();
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
    expect(onConfirm.mock.calls[0]![0]).toMatchObject({ attachTo: null, newJob: false });
    expect(findSameJob).toHaveBeenCalledTimes(1);
  });
});
