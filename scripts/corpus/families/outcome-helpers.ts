/**
 * Helpers shared by the outcome family files (outcomes.ts, outcomes2.ts): the candidate's
 * To header, and expectations (`exp`, `who`).
 */
import type { Expected, ExpectedPerson, Kit, Person } from '../kit';

export function to(k: Kit): string {
  return k.chance(0.5) ? k.addr(k.candidate) : k.candidate.email;
}

export function exp(
  company: string | null,
  role: string | null,
  people: ExpectedPerson[] = [],
  decisionBy: string | null = null,
): Expected {
  return { company, role, interviewAt: null, decisionBy, people };
}

export function who(
  p: Person,
  role: ExpectedPerson['role'],
  email: string | null = p.email,
  phone: string | null = null,
): ExpectedPerson {
  return { name: p.name, email, phone, role };
}
