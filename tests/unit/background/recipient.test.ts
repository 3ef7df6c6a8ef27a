import { describe, expect, it } from 'vitest';
import { chooseRecipient, isUnreadAddress } from '@/lib/background/recipient';
import { Person } from '@/lib/model';

const person = (id: string, fields: Partial<Person>) =>
  Person.parse({ id, name: id, role: 'recruiter', ...fields });

const greenhouse = person('greenhouse', { name: 'Greenhouse', email: 'no-reply@greenhouse.io' });
const careers = person('careers', { name: 'Lumenwave Careers', email: 'careers@lumenwave.example' });
const rita = person('rita', { name: 'Rita Gomez', email: 'rita@northwind.example' });
const mark = person('mark', { name: 'Mark Jones', role: 'hiring_manager', email: 'mark@northwind.example' });
const amy = person('amy', { name: 'Amy Lee', role: 'interviewer', email: 'amy@northwind.example' });

describe('isUnreadAddress', () => {
  it('knows no-reply, shared and hiring-system addresses from a person’s', () => {
    for (const address of [
      'no-reply@greenhouse.io',
      'noreply@acme.example',
      'do-not-reply@acme.example',
      'careers@lumenwave.example',
      'Talent@Acme.example',
      'notifications@lever.co',
      'jane@myworkday.com',
    ])
      expect(isUnreadAddress(address), address).toBe(true);
    for (const address of ['rita@northwind.example', 'amy.lee@acme.example', null, undefined, ''])
      expect(isUnreadAddress(address), String(address)).toBe(false);
  });
});

describe('chooseRecipient', () => {
  it('keeps the task’s own person when their address is read by someone', () => {
    expect(chooseRecipient([greenhouse, amy, rita], 'amy')).toEqual({ kind: 'person', person: amy });
    // Without an address is still a person: the user may add one.
    const noAddress = person('x', { email: null });
    expect(chooseRecipient([noAddress], 'x')).toEqual({ kind: 'person', person: noAddress });
  });

  it('writes to the recruiter instead of a no-reply sender, then to the hiring manager', () => {
    expect(chooseRecipient([greenhouse, amy, mark, rita], 'greenhouse')).toEqual({
      kind: 'instead',
      person: rita,
      setAside: greenhouse,
    });
    expect(chooseRecipient([greenhouse, amy, mark], 'greenhouse')).toMatchObject({
      kind: 'instead',
      person: mark,
    });
  });

  it('never stands in a shared mailbox, and prefers someone with an address', () => {
    const ritaNoAddress = { ...rita, email: null };
    expect(chooseRecipient([greenhouse, careers, ritaNoAddress, mark], 'greenhouse')).toMatchObject({
      kind: 'instead',
      person: mark,
    });
    expect(chooseRecipient([greenhouse, careers, ritaNoAddress], 'greenhouse')).toMatchObject({
      kind: 'instead',
      person: ritaNoAddress,
    });
  });

  it('says when there is nobody to write to', () => {
    expect(chooseRecipient([greenhouse, careers, amy], 'greenhouse')).toEqual({
      kind: 'unread',
      setAside: greenhouse,
    });
    expect(chooseRecipient([], null)).toEqual({ kind: 'nobody' });
    expect(chooseRecipient([amy], null)).toEqual({ kind: 'nobody' });
    expect(chooseRecipient([amy, rita], null)).toEqual({ kind: 'suggested', person: rita });
  });
});
